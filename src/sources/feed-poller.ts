// Polls RSS/Atom feeds. Per feed: an interval (default 10 min), conditional GET, the items it has
// already seen (by key: canonical link, guid or content hash), and its health: last success, last
// error, article count, a run of failures with exponential back-off (up to 4 h), and after a day of
// failures a pause with the reason (a moderator's `/source add` resumes it). When a feed is added
// its current items are recorded as seen and not announced: adding a feed never floods the digest.
// Work per poll is bounded: at most `maxNewPerPoll` new items (the rest wait for the next poll,
// which then comes after a minute). State lives in keyv, so a restart neither re-posts nor forgets.
import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { canonicalUrl, parseHttpUrl } from '../core/canonical-url.ts';
import type { ArticleInput } from './article-input.ts';
import type { FeedItem } from './feed.ts';
import { FeedError, parseFeedDocument } from './feed.ts';
import { itemArticle } from './feed-item-article.ts';
import type { FetchOptions, HttpFetcher } from './http-fetch.ts';
import { FetchError, httpFetch } from './http-fetch.ts';

export const DEFAULT_POLL_MINUTES = 10;
export const MAX_BACKOFF_MS = 4 * 60 * 60_000;
export const PAUSE_AFTER_MS = 24 * 60 * 60_000;
export const BACKLOG_RETRY_MS = 60_000;

export interface FeedState {
  /** The canonical feed URL: the feed's id. */
  url: string;
  title: string;
  /** Guilds that added it; `global` when data/sources.json lists it. */
  guilds: string[];
  global: boolean;
  addedAt: string;
  etag?: string;
  lastModified?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  /** Consecutive failed polls and when the run started. */
  failures: number;
  failingSince?: string;
  nextPollAt: number;
  paused?: { at: string; reason: string };
  articleCount: number;
}

/** What the poller hands over for each new item; resolves to true when it became a new article. */
export type ArticleSink = (input: ArticleInput, origin: { feed: FeedState; item: FeedItem; addedAt: string }) => Promise<boolean>;

export interface FeedPollerOptions {
  store: Keyv;
  sink: ArticleSink;
  logger: Logger;
  clock: Clock;
  fetch?: HttpFetcher;
  fetchOptions?: FetchOptions;
  intervalMs?: number;
  maxNewPerPoll?: number;
  /** Seen keys remembered per feed (most recent kept). */
  maxSeen?: number;
  /** Pages fetched at once while handling new items. */
  concurrency?: number;
}

export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export interface PollReport {
  url: string;
  status: 'ok' | 'not-modified' | 'failed' | 'paused';
  added: number;
  skipped: number;
  error?: string;
}

const FEEDS_KEY = 'feeds';
const stateKey = (url: string): string => `feed:${url}`;
const seenKey = (url: string): string => `seen:${url}`;

export class FeedPoller {
  private readonly fetch: HttpFetcher;
  private readonly intervalMs: number;
  private readonly maxNewPerPoll: number;
  private readonly maxSeen: number;
  private readonly concurrency: number;
  /** One poll per feed at a time. */
  private readonly running = new Map<string, Promise<PollReport>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: FeedPollerOptions) {
    this.fetch = options.fetch ?? httpFetch;
    this.intervalMs = options.intervalMs ?? DEFAULT_POLL_MINUTES * 60_000;
    this.maxNewPerPoll = options.maxNewPerPoll ?? 50;
    this.maxSeen = options.maxSeen ?? 20_000;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
  }

  private now(): Date {
    return this.options.clock.now();
  }

  async feedUrls(): Promise<string[]> {
    return ((await this.options.store.get(FEEDS_KEY)) as string[] | undefined) ?? [];
  }

  async state(url: string): Promise<FeedState | undefined> {
    return (await this.options.store.get(stateKey(url))) as FeedState | undefined;
  }

  private async save(state: FeedState): Promise<void> {
    await this.options.store.set(stateKey(state.url), state);
  }

  /** Feeds a guild sees in /source list (its own), or every feed (no guild). */
  async list(guildId?: string): Promise<FeedState[]> {
    const out: FeedState[] = [];
    for (const url of await this.feedUrls()) {
      const s = await this.state(url);
      if (s !== undefined && (guildId === undefined || s.guilds.includes(guildId))) out.push(s);
    }
    return out;
  }

  /** The canonical form of a feed URL the user typed, or a SourceError saying why not. */
  static feedUrl(input: string): string {
    const parsed = parseHttpUrl(input);
    if (!parsed.ok) throw new SourceError(`That URL cannot be used: ${parsed.reason}.`);
    return canonicalUrl(parsed.url.href)!;
  }

  /**
   * Adds a feed for a guild (or globally): fetched and parsed first, so a bad URL is refused with
   * its reason; its current items are recorded as seen. A feed already known gets the subscriber
   * added, and is resumed when paused.
   */
  async add(input: string, subscriber: { guildId?: string; global?: boolean }): Promise<{ state: FeedState; created: boolean; resumed: boolean }> {
    const url = FeedPoller.feedUrl(input);
    const existing = await this.state(url);
    const now = this.now();
    if (existing !== undefined) {
      const resumed = existing.paused !== undefined;
      if (subscriber.guildId !== undefined && !existing.guilds.includes(subscriber.guildId)) existing.guilds.push(subscriber.guildId);
      if (subscriber.global === true) existing.global = true;
      if (resumed) {
        delete existing.paused;
        existing.failures = 0;
        delete existing.failingSince;
        existing.nextPollAt = now.getTime();
      }
      await this.save(existing);
      return { state: existing, created: false, resumed };
    }
    let fetched;
    try {
      fetched = await this.fetch(url, { ...this.options.fetchOptions, accept: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5' });
    } catch (err) {
      throw new SourceError(`Could not read that feed: ${(err as Error).message}.`);
    }
    let feed;
    try {
      feed = parseFeedDocument(fetched.text, fetched.url);
    } catch (err) {
      throw new SourceError(`That URL is not a usable feed: ${(err as Error).message}.`);
    }
    const state: FeedState = {
      url,
      title: feed.title || new URL(url).host,
      guilds: subscriber.guildId !== undefined ? [subscriber.guildId] : [],
      global: subscriber.global === true,
      addedAt: now.toISOString(),
      lastSuccessAt: now.toISOString(),
      failures: 0,
      nextPollAt: now.getTime() + this.intervalMs,
      articleCount: 0,
    };
    if (fetched.etag !== undefined) state.etag = fetched.etag;
    if (fetched.lastModified !== undefined) state.lastModified = fetched.lastModified;
    // No flood: what the feed holds today is history, not news.
    await this.options.store.set(seenKey(url), feed.items.slice(0, this.maxSeen).map((i) => i.key));
    await this.save(state);
    const urls = await this.feedUrls();
    if (!urls.includes(url)) await this.options.store.set(FEEDS_KEY, [...urls, url]);
    this.options.logger.info({ feed: url, items: feed.items.length }, 'feed added; its %d current items are recorded as seen', feed.items.length);
    return { state, created: true, resumed: false };
  }

  /** Removes a guild's subscription (or the global flag); the feed is forgotten when nobody has it. */
  async remove(input: string, subscriber: { guildId?: string; global?: boolean }): Promise<FeedState | undefined> {
    const url = canonicalUrl(input) ?? input;
    const state = await this.state(url);
    if (state === undefined) return undefined;
    if (subscriber.guildId !== undefined) {
      if (!state.guilds.includes(subscriber.guildId)) return undefined;
      state.guilds = state.guilds.filter((g) => g !== subscriber.guildId);
    }
    if (subscriber.global === true) state.global = false;
    if (state.guilds.length === 0 && !state.global) {
      await this.options.store.delete(stateKey(url));
      await this.options.store.delete(seenKey(url));
      await this.options.store.set(FEEDS_KEY, (await this.feedUrls()).filter((u) => u !== url));
    } else {
      await this.save(state);
    }
    return state;
  }

  /**
   * Polls every feed whose time has come, a few feeds at a time: one feed's failure never stops the
   * others, and one slow feed (pages timing out) holds up only its own slot.
   */
  async pollDue(): Promise<PollReport[]> {
    const now = this.now().getTime();
    const due: string[] = [];
    for (const url of await this.feedUrls()) {
      const state = await this.state(url);
      if (state !== undefined && state.paused === undefined && state.nextPollAt <= now) due.push(url);
    }
    const reports: PollReport[] = new Array(due.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < due.length) {
        const at = next++;
        reports[at] = await this.poll(due[at]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
    return reports;
  }

  /** Polls one feed now (a poll already running for it is joined, not doubled). */
  poll(url: string): Promise<PollReport> {
    const running = this.running.get(url);
    if (running !== undefined) return running;
    const p = this.pollOnce(url).finally(() => this.running.delete(url));
    this.running.set(url, p);
    return p;
  }

  private async pollOnce(url: string): Promise<PollReport> {
    const state = await this.state(url);
    if (state === undefined) return { url, status: 'failed', added: 0, skipped: 0, error: 'unknown feed' };
    if (state.paused !== undefined) return { url, status: 'paused', added: 0, skipped: 0, error: state.paused.reason };
    const started = this.now();
    let fetched;
    let feed;
    try {
      fetched = await this.fetch(url, {
        ...this.options.fetchOptions,
        ...(state.etag !== undefined ? { etag: state.etag } : {}),
        ...(state.lastModified !== undefined ? { lastModified: state.lastModified } : {}),
      });
      if (fetched.status !== 304) feed = parseFeedDocument(fetched.text, fetched.url);
    } catch (err) {
      const known = err instanceof FetchError || err instanceof FeedError;
      if (!known) this.options.logger.error({ err, feed: url }, 'feed poll failed unexpectedly');
      return this.failed(state, known ? (err as Error).message : `unexpected error: ${(err as Error).message}`);
    }
    state.failures = 0;
    delete state.failingSince;
    state.lastSuccessAt = started.toISOString();
    state.nextPollAt = started.getTime() + this.intervalMs;
    if (fetched.etag !== undefined) state.etag = fetched.etag;
    if (fetched.lastModified !== undefined) state.lastModified = fetched.lastModified;
    if (feed === undefined) {
      await this.save(state);
      return { url, status: 'not-modified', added: 0, skipped: 0 };
    }
    if (feed.title !== '') state.title = feed.title;
    const seenList = ((await this.options.store.get(seenKey(url))) as string[] | undefined) ?? [];
    const seen = new Set(seenList);
    const fresh = feed.items.filter((i) => !seen.has(i.key));
    const batch = fresh.slice(0, this.maxNewPerPoll);
    if (fresh.length > batch.length) state.nextPollAt = started.getTime() + Math.min(BACKLOG_RETRY_MS, this.intervalMs);
    let added = 0;
    let skipped = 0;
    const handled: string[] = [];
    const source = state.title;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batch.length) {
        const item = batch[next++]!;
        try {
          const { input, pageProblem } = await itemArticle(item, this.fetch, this.options.fetchOptions ?? {}, source);
          if (pageProblem !== undefined) this.options.logger.info({ feed: url, item: item.link }, 'item page not read (%s); using the feed text', pageProblem);
          if (await this.options.sink(input, { feed: state, item, addedAt: this.now().toISOString() })) added += 1;
        } catch (err) {
          skipped += 1;
          this.options.logger.warn({ feed: url, item: item.link ?? item.key }, 'feed item skipped: %s', (err as Error).message);
        }
        // Seen even when skipped: a broken item is not retried every poll forever.
        handled.push(item.key);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, batch.length) }, worker));
    state.articleCount += added;
    // Most recent first, bounded: the feed's current keys, then older memory.
    const currentKeys = new Set(feed.items.map((i) => i.key));
    const keep = [...handled, ...seenList.filter((k) => currentKeys.has(k)), ...seenList.filter((k) => !currentKeys.has(k))];
    await this.options.store.set(seenKey(url), [...new Set(keep)].slice(0, this.maxSeen));
    // Saved last: a remove during the poll keeps its effect.
    const latest = await this.state(url);
    if (latest !== undefined) {
      state.guilds = latest.guilds;
      state.global = latest.global;
      await this.save(state);
    }
    return { url, status: 'ok', added, skipped };
  }

  private async failed(state: FeedState, reason: string): Promise<PollReport> {
    const now = this.now();
    state.failures += 1;
    state.failingSince ??= now.toISOString();
    state.lastErrorAt = now.toISOString();
    state.lastError = reason;
    const failingFor = now.getTime() - Date.parse(state.failingSince);
    if (failingFor >= PAUSE_AFTER_MS) {
      state.paused = { at: now.toISOString(), reason: `failing for a day: ${reason}` };
      this.options.logger.warn({ feed: state.url, reason }, 'feed paused after a day of failures');
    }
    state.nextPollAt = now.getTime() + Math.min(MAX_BACKOFF_MS, this.intervalMs * 2 ** (state.failures - 1));
    await this.save(state);
    this.options.logger.warn({ feed: state.url, failures: state.failures }, 'feed poll failed: %s', reason);
    return { url: state.url, status: state.paused !== undefined ? 'paused' : 'failed', added: 0, skipped: 0, error: reason };
  }

  /** Checks for due feeds every `tickMs` (real timers; tests call pollDue with a fake clock). */
  start(tickMs = 30_000): void {
    if (this.timer !== undefined) return;
    let ticking = false;
    const tick = (): void => {
      if (ticking) return; // a slow round of polls is never doubled
      ticking = true;
      this.pollDue()
        .catch((err: unknown) => this.options.logger.error({ err }, 'feed polling failed'))
        .finally(() => {
          ticking = false;
        });
    };
    this.timer = setInterval(tick, tickMs);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.running.values()]);
  }
}
