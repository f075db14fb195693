// The library while the bot runs: articles from files and feeds come and go in the in-memory index
// (MemoryLibrary), with no duplicates. A feed article whose canonical URL or body text (content
// hash) is already in the library is not added again; the guilds that can see it are merged instead.
// Feed articles are kept in the store (their text, not their extraction, which the ExtractCache
// keeps), so a restart restores them without fetching or extracting again. Files are the operator's
// own: a file is always (re)loaded from disk, and replaces its previous version.
import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { canonicalUrl } from '../core/canonical-url.ts';
import { contentHash } from '../core/content-hash.ts';
import type { LibraryEntry } from '../core/library.ts';
import type { ArticleInput } from './article-input.ts';
import { articleText } from './article-input.ts';
import type { ExtractCache, ExtractRequest } from './extract-cache.ts';

export const LIBRARY_NAMESPACE = 'library';

/** What a mutable in-memory library offers (MemoryLibrary). */
export interface MutableLibrary {
  readonly size: number;
  add(entry: LibraryEntry): void;
  remove(id: string): boolean;
  get(id: string): LibraryEntry | undefined;
}

/** 'global', or the guilds whose feeds brought the article. */
export type Visibility = 'global' | string[];

interface FeedArticleRecord {
  id: string;
  text: string;
  hash: string;
  addedAt: string;
  publishedAt?: string;
  url?: string;
  source?: string;
  feed?: string;
  visibility: Visibility;
}

export interface FileArticle {
  /** Relative to the articles folder. */
  file: string;
  id: string;
  /** Exactly what the extractor reads. */
  text: string;
  /** The body (no headline), for the duplicate check. */
  body: string;
  addedAt: string;
  publishedAt?: string;
  url?: string;
  source?: string;
}

export type AddResult = { status: 'added'; id: string } | { status: 'duplicate'; id: string };

function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return out || 'article';
}

function sortTime(publishedAt: string | null | undefined, addedAt: string): number {
  const p = publishedAt != null ? Date.parse(publishedAt) : NaN;
  return Number.isFinite(p) ? p : Date.parse(addedAt);
}

function mergeVisibility(a: Visibility, b: Visibility): Visibility {
  if (a === 'global' || b === 'global') return 'global';
  return [...new Set([...a, ...b])];
}

export class LiveLibrary {
  private readonly byUrl = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  private readonly files = new Map<string, { id: string; hash: string; url?: string }>();
  private readonly records = new Map<string, FeedArticleRecord>();
  /** Article added listeners (the digest or a log). */
  private readonly listeners: ((entry: LibraryEntry) => void)[] = [];

  constructor(
    private readonly options: { library: MutableLibrary; store: Keyv; cache: ExtractCache; logger: Logger },
  ) {}

  get library(): MutableLibrary {
    return this.options.library;
  }

  onAdded(listener: (entry: LibraryEntry) => void): void {
    this.listeners.push(listener);
  }

  /** Which guilds may see an article: files and global feeds are 'global'. */
  visibility(id: string): Visibility {
    return this.records.get(id)?.visibility ?? 'global';
  }

  visibleTo(id: string, guildId: string | null): boolean {
    const v = this.visibility(id);
    return v === 'global' || (guildId !== null && v.includes(guildId));
  }

  /** True when some article is visible to some guilds only (scopedLibrary's fast path). */
  hasPrivate(): boolean {
    for (const r of this.records.values()) if (r.visibility !== 'global') return true;
    return false;
  }

  /** How many articles a guild cannot see. */
  hiddenCount(guildId: string | null): number {
    let n = 0;
    for (const r of this.records.values()) if (r.visibility !== 'global' && (guildId === null || !r.visibility.includes(guildId))) n += 1;
    return n;
  }

  /** Restores the feed articles kept in the store (start-up). Returns how many. */
  async restore(): Promise<number> {
    const ids = ((await this.options.store.get('index')) as string[] | undefined) ?? [];
    if (ids.length === 0) return 0;
    const records = ((await this.options.store.getMany(ids.map((id) => `article:${id}`))) as (FeedArticleRecord | undefined)[]).filter(
      (r): r is FeedArticleRecord => r !== undefined && r !== null && typeof r.text === 'string',
    );
    const articles = await this.options.cache.getMany(records.map((r) => this.request(r.id, r.text, r.publishedAt)));
    records.forEach((r, i) => {
      this.records.set(r.id, r);
      this.index(r.id, r.hash, r.url);
      this.options.library.add(this.entry(articles[i]!, r));
    });
    return records.length;
  }

  private request(id: string, text: string, publishedAt: string | undefined): ExtractRequest {
    return publishedAt !== undefined ? { id, text, publishedAt } : { id, text };
  }

  private index(id: string, hash: string, url: string | undefined): void {
    if (!this.byHash.has(hash)) this.byHash.set(hash, id);
    if (url !== undefined && !this.byUrl.has(url)) this.byUrl.set(url, id);
  }

  private unindex(id: string): void {
    for (const [k, v] of this.byHash) if (v === id) this.byHash.delete(k);
    for (const [k, v] of this.byUrl) if (v === id) this.byUrl.delete(k);
  }

  private entry(article: LibraryEntry['article'], meta: { addedAt: string; url?: string; source?: string; file?: string }): LibraryEntry {
    const entry: LibraryEntry = { article, addedAt: meta.addedAt, sortTime: sortTime(article.publishedAt, meta.addedAt) };
    if (meta.url !== undefined) entry.url = meta.url;
    if (meta.source !== undefined) entry.source = meta.source;
    if (meta.file !== undefined) entry.file = meta.file;
    return entry;
  }

  /** The article already in the library with this URL or body, if any. */
  findDuplicate(input: { url?: string; body: string }): string | undefined {
    const url = input.url !== undefined ? canonicalUrl(input.url) : null;
    return (url !== null ? this.byUrl.get(url) : undefined) ?? this.byHash.get(contentHash(input.body));
  }

  /** One add at a time: the duplicate check and the indexing must not interleave (feeds poll in parallel). */
  private queue: Promise<unknown> = Promise.resolve();

  /** Adds an article from a feed, unless the library has it already. */
  addFeedArticle(input: ArticleInput, origin: { addedAt: string; visibility: Visibility; feed?: string }): Promise<AddResult> {
    const run = this.queue.then(() => this.addFeedArticleNow(input, origin));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async addFeedArticleNow(input: ArticleInput, origin: { addedAt: string; visibility: Visibility; feed?: string }): Promise<AddResult> {
    const body = input.paragraphs.join('\n');
    const url = input.url !== undefined ? (canonicalUrl(input.url) ?? undefined) : undefined;
    const hash = contentHash(body);
    const existing = (url !== undefined ? this.byUrl.get(url) : undefined) ?? this.byHash.get(hash);
    if (existing !== undefined) {
      const record = this.records.get(existing);
      if (record !== undefined) {
        const merged = mergeVisibility(record.visibility, origin.visibility);
        if (JSON.stringify(merged) !== JSON.stringify(record.visibility)) {
          record.visibility = merged;
          await this.options.store.set(`article:${record.id}`, record);
        }
      }
      return { status: 'duplicate', id: existing };
    }
    let id = `${slug(input.headline)}-${hash.slice(0, 8)}`;
    while (this.options.library.get(id) !== undefined) id = `${id}-x`;
    const text = articleText(input);
    const record: FeedArticleRecord = { id, text, hash, addedAt: origin.addedAt, visibility: origin.visibility };
    if (input.publishedAt !== undefined) record.publishedAt = input.publishedAt;
    if (url !== undefined) record.url = url;
    if (input.source !== undefined) record.source = input.source;
    if (origin.feed !== undefined) record.feed = origin.feed;
    const article = await this.options.cache.get(this.request(id, text, record.publishedAt));
    this.records.set(id, record);
    this.index(id, hash, url);
    const entry = this.entry(article, record);
    this.options.library.add(entry);
    await this.options.store.set(`article:${id}`, record);
    await this.options.store.set('index', [...this.records.keys()]);
    for (const l of this.listeners) l(entry);
    return { status: 'added', id };
  }

  /** Adds or replaces the articles of files (one extraction-cache round trip for all). */
  async upsertFiles(files: readonly FileArticle[]): Promise<void> {
    const articles = await this.options.cache.getMany(files.map((f) => this.request(f.id, f.text, f.publishedAt)));
    files.forEach((f, i) => {
      const previous = this.files.get(f.file);
      if (previous !== undefined) {
        this.unindex(previous.id);
        if (previous.id !== f.id) this.options.library.remove(previous.id);
      }
      const url = f.url !== undefined ? (canonicalUrl(f.url) ?? undefined) : undefined;
      const hash = contentHash(f.body);
      this.files.set(f.file, url !== undefined ? { id: f.id, hash, url } : { id: f.id, hash });
      this.index(f.id, hash, url);
      const entry = this.entry(articles[i]!, f);
      const isNew = previous === undefined;
      this.options.library.add(entry);
      if (isNew) for (const l of this.listeners) l(entry);
    });
  }

  /** The id of the article a file holds, when it is in the library. */
  fileId(file: string): string | undefined {
    return this.files.get(file)?.id;
  }

  /** The files in the library, relative to the articles folder. */
  fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** A deleted file leaves the library. */
  removeFile(file: string): boolean {
    const known = this.files.get(file);
    if (known === undefined) return false;
    this.files.delete(file);
    this.unindex(known.id);
    return this.options.library.remove(known.id);
  }
}
