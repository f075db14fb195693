// RSS 2.0 / RDF (RSS 1.0) / Atom / JSON Feed -> a flat list of items, with feedsmith (on
// fast-xml-parser). Each item gets a stable key: its canonical link, else its guid/id, else a hash
// of its title and text (an item with neither link nor guid). Items keep feed order (newest first
// in practice); the poller decides how many it handles per poll.
import { parseFeed } from 'feedsmith';
import { canonicalUrl } from '../core/canonical-url.ts';
import { contentHash } from '../core/content-hash.ts';
import { isoDate } from './article-input.ts';

export interface FeedItem {
  /** "url:<canonical link>", "id:<guid>" or "hash:<content hash>". */
  key: string;
  title: string;
  /** Canonical link, when the item has one. */
  link?: string;
  /** ISO, when the item has a usable date. */
  publishedAt?: string;
  /** The item's own content (HTML or text), the fallback when its page cannot be read. */
  content: string;
}

export interface ParsedFeed {
  format: string;
  title: string;
  items: FeedItem[];
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** feedsmith gives text constructs as strings or { value }. */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isRec(v)) return text(v.value ?? v.text ?? v['#text']);
  return '';
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const recs = links.filter(isRec);
  const alt = recs.find((l) => l.rel === undefined || l.rel === 'alternate') ?? recs[0];
  return typeof alt?.href === 'string' ? alt.href : undefined;
}

interface RawItem {
  title: string;
  link: string | undefined;
  id: string | undefined;
  date: string | undefined;
  content: string;
}

function rawItems(format: string, feed: Rec): RawItem[] {
  const list = (format === 'atom' ? feed.entries : feed.items) as unknown;
  if (!Array.isArray(list)) return [];
  return list.filter(isRec).map((it): RawItem => {
    if (format === 'atom') {
      return {
        title: text(it.title),
        link: atomLink(it.links),
        id: text(it.id) || undefined,
        date: text(it.published) || text(it.updated) || undefined,
        content: text(it.content) || text(it.summary),
      };
    }
    if (format === 'json') {
      return {
        title: text(it.title),
        link: text(it.url) || text(it.external_url) || undefined,
        id: text(it.id) || undefined,
        date: text(it.date_published) || text(it.date_modified) || undefined,
        content: text(it.content_html) || text(it.content_text) || text(it.summary),
      };
    }
    const content = isRec(it.content) ? text(it.content.encoded) : '';
    const dc = isRec(it.dc) ? it.dc : {};
    return {
      title: text(it.title),
      link: text(it.link) || undefined,
      id: text(it.guid) || text(it.rdf_about) || undefined,
      date: text(it.pubDate) || text(dc.date) || text(it.date) || undefined,
      content: content || text(it.description),
    };
  });
}

/** The feed a web page advertises, to suggest it when someone gives the page instead of the feed. */
export function advertisedFeed(html: string, base: string): string | undefined {
  const m = /<link\b[^>]*\btype=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(html);
  const href = m ? /\bhref=["']([^"']+)["']/i.exec(m[0])?.[1] : undefined;
  if (href === undefined) return undefined;
  try {
    return new URL(href.replace(/&amp;/g, '&'), base).href;
  } catch {
    return undefined;
  }
}

export function parseFeedDocument(body: string, baseUrl: string): ParsedFeed {
  const trimmed = body.trimStart();
  if (trimmed === '') throw new FeedError('the address returned an empty document, not a feed');
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(trimmed) as { format: string; feed: unknown };
  } catch (err) {
    if (/^<!doctype html|^<html/i.test(trimmed)) {
      const feed = advertisedFeed(trimmed, baseUrl);
      throw new FeedError(
        feed !== undefined ? `that is a web page, not a feed; the page names its feed: ${feed}` : 'that is a web page, not an RSS or Atom feed',
      );
    }
    throw new FeedError(`not an RSS or Atom feed (${(err as Error).message})`);
  }
  const feed = isRec(parsed.feed) ? parsed.feed : {};
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  for (const raw of rawItems(parsed.format, feed)) {
    const link = raw.link !== undefined ? (canonicalUrl(raw.link.trim(), baseUrl) ?? undefined) : undefined;
    const title = raw.title.replace(/\s+/g, ' ').trim();
    if (title === '' && raw.content.trim() === '' && link === undefined) continue; // nothing to read
    const key = link !== undefined ? `url:${link}` : raw.id !== undefined ? `id:${raw.id.trim()}` : `hash:${contentHash(`${title}\n${raw.content}`)}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const item: FeedItem = { key, title, content: raw.content };
    if (link !== undefined) item.link = link;
    const date = raw.date !== undefined ? isoDate(raw.date) : undefined;
    if (date !== undefined) item.publishedAt = date;
    items.push(item);
  }
  return { format: parsed.format, title: text(feed.title).trim(), items };
}
