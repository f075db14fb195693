// Composition of the living library: the in-memory index, the extraction cache, the files folder
// (scanned, then watched), the feed articles kept in the store, and the feed poller with the global
// feeds of data/sources.json. src/app.ts calls startSources once; /source talks to `feeds`.
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { MemoryLibrary } from '../core/library-index.ts';
import type { Extractor } from '../storage/article-library.ts';
import { createKeyv, storeKind } from '../storage/keyv-factory.ts';
import { LeaseKeeper, openLease } from '../storage/lease.ts';
import { ExtractCache, EXTRACT_CACHE_NAMESPACE } from './extract-cache.ts';
import { extractorFingerprint } from './extractor-version.ts';
import type { FeedState } from './feed-poller.ts';
import { FeedPoller } from './feed-poller.ts';
import { FileSource } from './file-source.ts';
import type { HttpFetcher } from './http-fetch.ts';
import { LIBRARY_NAMESPACE, LiveLibrary } from './live-library.ts';
import type { SourcesConfig } from './sources-config.ts';
import { readGlobalFeeds } from './sources-config.ts';

export const FEEDS_NAMESPACE = 'feeds';

/** What /source needs: one guild's feeds. */
export interface FeedsPort {
  add(url: string, guildId: string): Promise<{ state: FeedState; created: boolean; resumed: boolean }>;
  remove(url: string, guildId: string): Promise<FeedState | undefined>;
  list(guildId: string): Promise<FeedState[]>;
}

export interface Sources {
  library: MemoryLibrary;
  live: LiveLibrary;
  files: FileSource;
  poller: FeedPoller;
  feeds: FeedsPort;
  report: { files: { loaded: number; skipped: number }; restored: number; globalFeeds: number; ms: number; cache: { hits: number; misses: number } };
  stop(): Promise<void>;
}

export interface StartSourcesOptions {
  articlesDir: string;
  storeUrl: string;
  config: SourcesConfig;
  logger: Logger;
  clock: Clock;
  extract: Extractor;
  /** Part of the cache key besides the extractor fingerprint (e.g. the summary length). */
  extractVariant?: string;
  fetch?: HttpFetcher;
  /** Watch the folder and poll feeds (false: load once, e.g. `npm run ask` or the bench). */
  live?: boolean;
  /** Feed-polling lease TTL (issue 7): with Redis, only the lease holder polls (default 30 s). */
  pollLeaseMs?: number;
  /** With Redis, how often a process that does not poll re-reads the feed articles the poller stored (default: the poll interval). */
  followMs?: number;
}

export async function startSources(options: StartSourcesOptions): Promise<Sources> {
  const started = performance.now();
  const { logger, config } = options;
  const library = new MemoryLibrary();
  const stores = {
    cache: createKeyv(options.storeUrl, { namespace: EXTRACT_CACHE_NAMESPACE }),
    library: createKeyv(options.storeUrl, { namespace: LIBRARY_NAMESPACE }),
    feeds: createKeyv(options.storeUrl, { namespace: FEEDS_NAMESPACE }),
  };
  const cache = new ExtractCache(stores.cache, options.extract, `${extractorFingerprint()}:${options.extractVariant ?? ''}`);
  const live = new LiveLibrary({ library, store: stores.library, cache, logger });
  const files = new FileSource(options.articlesDir, live, logger, { maxBytes: config.maxBytes });
  const fileReport = await files.scan();
  const restored = await live.restore();

  const poller = new FeedPoller({
    store: stores.feeds,
    logger,
    clock: options.clock,
    intervalMs: config.pollMinutes * 60_000,
    fetchOptions: { allowPrivate: config.allowPrivate, timeoutMs: config.fetchTimeoutMs, maxBytes: config.maxBytes },
    ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
    sink: async (input, origin) => {
      const result = await live.addFeedArticle(input, {
        addedAt: origin.addedAt,
        visibility: origin.feed.global ? 'global' : [...origin.feed.guilds],
        feed: origin.feed.url,
      });
      return result.status === 'added';
    },
  });

  // Global feeds: data/sources.json is the truth; one that cannot be read now is retried later.
  const global = await readGlobalFeeds(config.sourcesFile);
  for (const p of global.problems) logger.warn('global feeds: %s', p);
  const pendingGlobal = new Set<string>();
  const wanted = new Set<string>();
  for (const url of global.urls) {
    try {
      wanted.add(FeedPoller.feedUrl(url));
    } catch (err) {
      logger.warn({ url }, 'global feed ignored: %s', (err as Error).message);
    }
  }
  if (global.problems.length === 0) {
    for (const state of await poller.list()) if (state.global && !wanted.has(state.url)) await poller.remove(state.url, { global: true });
  }
  const addGlobal = async (): Promise<void> => {
    for (const url of [...wanted]) {
      const state = await poller.state(url);
      if (state?.global === true) continue;
      try {
        await poller.add(url, { global: true });
        pendingGlobal.delete(url);
      } catch (err) {
        pendingGlobal.add(url);
        logger.warn({ feed: url }, 'global feed not added yet (retried every poll interval): %s', (err as Error).message);
      }
    }
  };
  let retry: NodeJS.Timeout | undefined;
  let keeper: LeaseKeeper | undefined;
  if (options.live !== false) {
    files.watch();
    // Feeds are polled once per deployment: by the process holding the lease (always this one on
    // SQLite or memory); another process takes over when the holder dies and its lease expires.
    const leaseMs = options.pollLeaseMs ?? 30_000;
    const lease = await openLease(options.storeUrl, 'feed-poller', leaseMs, (err) => logger.warn({ err }, 'feed lease: store connection error'));
    keeper = new LeaseKeeper({
      lease,
      ttlMs: leaseMs,
      logger: logger.child({ component: 'feed-lease' }),
      onAcquired: () => void addGlobal().finally(() => keeper?.holding === true && poller.start()),
      onLost: () => poller.stop(),
    });
    keeper.start();
    retry = setInterval(() => {
      if (pendingGlobal.size > 0) void addGlobal();
    }, config.pollMinutes * 60_000);
    retry.unref();
  }
  // Shard processes that do not poll learn the feed articles the poller added from the shared store.
  let follow: NodeJS.Timeout | undefined;
  if (options.live !== false && storeKind(options.storeUrl) === 'redis') {
    let following = false;
    follow = setInterval(() => {
      if (keeper?.holding === true || following) return;
      following = true;
      live
        .restore()
        .catch((err: unknown) => logger.warn({ err }, 'feed articles: could not re-read the shared store'))
        .finally(() => (following = false));
    }, options.followMs ?? config.pollMinutes * 60_000);
    follow.unref();
  }

  const report = {
    files: fileReport,
    restored,
    globalFeeds: wanted.size,
    ms: performance.now() - started,
    cache: { ...cache.stats },
  };
  logger.info(report, 'library ready: %d files, %d feed articles', fileReport.loaded, restored);
  return {
    library,
    live,
    files,
    poller,
    feeds: {
      add: (url, guildId) => poller.add(url, { guildId }),
      remove: (url, guildId) => poller.remove(url, { guildId }),
      list: (guildId) => poller.list(guildId),
    },
    report,
    async stop() {
      if (retry !== undefined) clearInterval(retry);
      if (follow !== undefined) clearInterval(follow);
      files.stop();
      await keeper?.stop();
      await poller.stop();
      await Promise.allSettled(Object.values(stores).map((store) => store.disconnect()));
    },
  };
}
