// HTML -> the article in it: @mozilla/readability on linkedom (no scripts are run: linkedom only
// parses). Scripts, styles, menus, asides, forms and anything named like an ad or a share bar are
// removed before Readability looks; block elements of what it keeps become paragraphs. The date
// comes from article:published_time and friends, JSON-LD datePublished, or the first <time>.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from './article-input.ts';
import { ArticleInputError, isoDate } from './article-input.ts';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelectorAll']>[number];

const JUNK_SELECTOR = 'script, style, noscript, template, iframe, object, embed, nav, aside, form, button, svg, canvas, footer, header:not(article header)';
const JUNK_TOKEN = /^(ad|ads|adv|advert\w*|advertisement|ad[-_]\w+|\w+[-_]ad|\w+[-_]ads|sponsor\w*|promo\w*|newsletter\w*|share\w*|social\w*|related\w*|cookie\w*|subscribe\w*|paywall\w*|outbrain|taboola|comments?)$/i;

function removeJunk(document: Doc): void {
  for (const el of [...document.querySelectorAll(JUNK_SELECTOR)]) el.remove();
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (el.tagName !== 'BODY' && el.tagName !== 'HTML' && el.tagName !== 'ARTICLE' && tokens.some((t) => JUNK_TOKEN.test(t))) el.remove();
  }
}

function meta(document: Doc, names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function jsonLdDate(document: Doc): string | undefined {
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and harmless
    }
    const stack: unknown[] = [data];
    for (let guard = 0; stack.length > 0 && guard < 1000; guard++) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (typeof node === 'object' && node !== null) {
        const rec = node as Record<string, unknown>;
        const iso = isoDate(rec.datePublished);
        if (iso !== undefined) return iso;
        if (rec['@graph'] !== undefined) stack.push(rec['@graph']);
      }
    }
  }
  return undefined;
}

function publishedAt(document: Doc): string | undefined {
  const fromMeta = isoDate(meta(document, ['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate']));
  if (fromMeta !== undefined) return fromMeta;
  const fromLd = jsonLdDate(document);
  if (fromLd !== undefined) return fromLd;
  const time = document.querySelector('article time[datetime], time[pubdate], time[datetime]');
  return isoDate(time?.getAttribute('datetime'));
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, dd';

function paragraphsOf(root: El | Doc): string[] {
  const out: string[] = [];
  for (const el of [...root.querySelectorAll(BLOCKS)]) {
    // A <p> inside a <blockquote> or <li> is read once, by the innermost block.
    if (el.querySelector(BLOCKS) !== null) continue;
    const text = clean(el.textContent);
    if (text !== '') out.push(text);
  }
  return out;
}

function headlineOf(document: Doc, readabilityTitle: string | undefined): string {
  const og = clean(meta(document, ['og:title', 'twitter:title']));
  if (og !== '') return og;
  const h1 = clean(document.querySelector('article h1, h1')?.textContent);
  const title = clean(readabilityTitle ?? document.querySelector('title')?.textContent);
  if (h1 !== '' && (title === '' || title.includes(h1))) return h1;
  return title !== '' ? title : h1;
}

export function parseHtmlArticle(html: string, options: { url?: string } = {}): ArticleInput {
  const { document } = parseHTML(html);
  // Metadata first: the junk pass removes <script type="application/ld+json"> too.
  const date = publishedAt(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, ['og:url']);
  removeJunk(document);
  const titleBefore = clean(document.querySelector('title')?.textContent);
  let paragraphs: string[] = [];
  let readabilityTitle: string | undefined;
  try {
    const result = new Readability(document as never, { charThreshold: 200 }).parse();
    if (result?.content) {
      readabilityTitle = result.title ?? undefined;
      paragraphs = paragraphsOf(parseHTML(`<html><body>${result.content}</body></html>`).document);
    }
  } catch {
    paragraphs = []; // Readability gave up on odd markup: fall back to the page's own paragraphs
  }
  const { document: fresh } = paragraphs.length === 0 ? parseHTML(html) : { document };
  if (paragraphs.length === 0) {
    removeJunk(fresh);
    paragraphs = paragraphsOf(fresh.querySelector('article') ?? fresh);
  }
  const headline = headlineOf(fresh, readabilityTitle ?? (titleBefore || undefined));
  const body = paragraphs.filter((p) => p !== headline);
  if (headline === '' && body.length === 0) throw new ArticleInputError('the page has no article text');
  if (body.length === 0) throw new ArticleInputError('the page has no paragraphs of article text');
  const input: ArticleInput = { headline: headline !== '' ? headline : body.shift()!, paragraphs: body };
  if (date !== undefined) input.publishedAt = date;
  if (canonical !== undefined && canonical.trim() !== '') {
    try {
      input.url = new URL(canonical.trim(), options.url).href;
    } catch {
      // an unusable canonical link is ignored; the fetched URL stands
    }
  }
  if (input.url === undefined && options.url !== undefined) input.url = options.url;
  return input;
}
