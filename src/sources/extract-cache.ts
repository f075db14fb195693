// Extracted articles cached in the store, keyed by a hash of (extractor version, extraction options,
// exact text): a restart with 10,000 articles reads them back instead of extracting them again, and
// a new extractor version misses the cache and re-extracts each article when it is next loaded. The
// article id is not part of the key (the same text under two names is extracted once). Entries
// expire after 60 days unread (re-written when read after 30), so old versions do not pile up.
import { createHash } from 'node:crypto';
import type { Keyv } from 'keyv';
import type { Article } from '../core/article.ts';
import type { Extractor } from '../storage/article-library.ts';

export const EXTRACT_CACHE_NAMESPACE = 'extracted';
/** Entries expire unless read: results of old extractor versions and deleted articles go away. */
export const CACHE_TTL_MS = 60 * 24 * 60 * 60_000;
/** A hit older than this is written again, so what is still read never expires. */
const REFRESH_AFTER_MS = 30 * 24 * 60 * 60_000;

interface CachedArticle {
  /** When it was (re)written, epoch ms. */
  at: number;
  article: Article;
}

export interface ExtractRequest {
  text: string;
  id: string;
  publishedAt?: string;
}

export interface ExtractCacheStats {
  hits: number;
  misses: number;
}

export class ExtractCache {
  readonly stats: ExtractCacheStats = { hits: 0, misses: 0 };

  constructor(
    private readonly store: Keyv,
    private readonly extract: Extractor,
    /** Extractor version plus anything else that changes its output (e.g. the summary length). */
    private readonly version: string,
  ) {}

  key(req: ExtractRequest): string {
    return createHash('sha256')
      .update(`${this.version}\0${req.publishedAt ?? ''}\0${req.text}`)
      .digest('hex')
      .slice(0, 40);
  }

  private fresh(req: ExtractRequest): Article {
    return this.extract(req.text, { id: req.id, ...(req.publishedAt !== undefined ? { publishedAt: req.publishedAt } : {}) });
  }

  /** The article for a text, from the cache or extracted (and then cached). */
  async get(req: ExtractRequest): Promise<Article> {
    const [article] = await this.getMany([req]);
    return article!;
  }

  /** Many at once: one store round trip for the lookups (start-up reads thousands). */
  async getMany(reqs: readonly ExtractRequest[]): Promise<Article[]> {
    if (reqs.length === 0) return [];
    const keys = reqs.map((r) => this.key(r));
    let found: (CachedArticle | undefined)[];
    try {
      found = (await this.store.getMany(keys)) as (CachedArticle | undefined)[];
    } catch {
      found = keys.map(() => undefined); // an unreadable cache is only slower, never wrong
    }
    const now = Date.now();
    const out: Article[] = [];
    const writes: { key: string; value: CachedArticle; ttl: number }[] = [];
    reqs.forEach((req, i) => {
      const hit = found[i];
      if (hit !== undefined && hit !== null && typeof hit === 'object' && Array.isArray(hit.article?.sentences)) {
        this.stats.hits += 1;
        if (!(now - hit.at < REFRESH_AFTER_MS)) writes.push({ key: keys[i]!, value: { at: now, article: hit.article }, ttl: CACHE_TTL_MS });
        out.push(hit.article.id === req.id ? hit.article : { ...hit.article, id: req.id });
        return;
      }
      this.stats.misses += 1;
      const article = this.fresh(req);
      out.push(article);
      writes.push({ key: keys[i]!, value: { at: now, article }, ttl: CACHE_TTL_MS });
    });
    if (writes.length > 0) {
      try {
        await this.store.setMany(writes);
      } catch {
        // Not cached this time; the article itself is fine.
      }
    }
    return out;
  }
}
