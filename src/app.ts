// Start-up, shared by `npm start` (src/main.ts) and the end-to-end tests: validate the config,
// load the library, create the client, wire the router, log in and wait until ready.
import { Events } from 'discord.js';
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, CommandContext, DiscordPort } from '../commands/types.ts';
import { commands as registry } from '../commands/index.ts';
import type { Clock } from './core/clock.ts';
import { systemClock } from './core/clock.ts';
import { extractArticle } from './core/extract/index.ts';
import type { ArticleLibrary } from './core/library.ts';
import { createClient, createDiscordPort } from './discord/client.ts';
import { createRouter } from './discord/router.ts';
import type { Config } from './config.ts';
import { MISSING_TOKEN_HELP, formatProblems, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { Extractor } from './storage/article-library.ts';
import { loadSourcesConfig } from './sources/sources-config.ts';
import { scopedLibrary } from './sources/scoped-library.ts';
import { startSources } from './sources/start-sources.ts';
import { openSettingsStore } from './storage/settings-store.ts';
import { isSettingsStore, startDigest } from './scheduler/start-digest.ts';

/** Start-up problems the user can fix (no token, bad config): main.ts prints the message, exit 1. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

export interface NewsdeskOverrides {
  clock?: Clock;
  logger?: Logger;
  random?: () => number;
  /** A ready-made library (skips reading ARTICLES_DIR). */
  library?: ArticleLibrary;
  extract?: Extractor;
  /** Replaces the registry (tests add a deliberately slow or failing command). */
  commands?: readonly Command[];
  deferAfterMs?: number;
  /** Extra context fields (settings, digest) until they are created here. */
  context?: Partial<CommandContext>;
  /** How long to wait for the gateway's READY. */
  readyTimeoutMs?: number;
}

export interface Newsdesk {
  config: Config;
  client: Client;
  context: CommandContext;
  logger: Logger;
  stop(): Promise<void>;
}

/** The summary length the library extracts: the longest any guild may ask for (settings allow 10). */
export const LIBRARY_SUMMARY_LENGTH = 10;

export async function startNewsdesk(env: Record<string, string | undefined>, overrides: NewsdeskOverrides = {}): Promise<Newsdesk> {
  const result = loadConfig(env);
  // The sources' variables (issue 6) are checked with the rest, so every problem is listed at once.
  const sourcesConfig = loadSourcesConfig(env);
  if (!result.ok) throw new StartupError(formatProblems([...result.problems, ...(sourcesConfig.ok ? [] : sourcesConfig.problems)]));
  const config = result.config;
  if (config.DISCORD_TOKEN === undefined) throw new StartupError(MISSING_TOKEN_HELP);
  const token = config.DISCORD_TOKEN;

  const logger = overrides.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  const baseExtract = overrides.extract ?? extractArticle;
  const extract: Extractor = (text, opts) => baseExtract(text, { summaryLength: LIBRARY_SUMMARY_LENGTH, ...opts });
  // The living library (issue 6): files (watched), feed articles kept in the store, feeds polled.
  if (!sourcesConfig.ok) throw new StartupError(formatProblems(sourcesConfig.problems));
  const sources =
    overrides.library === undefined
      ? await startSources({
          articlesDir: config.ARTICLES_DIR,
          storeUrl: config.STORE_URL,
          config: sourcesConfig.config,
          logger,
          clock: overrides.clock ?? systemClock,
          extract,
          extractVariant: `summary=${LIBRARY_SUMMARY_LENGTH}${overrides.extract !== undefined ? ':custom' : ''}`,
          pollLeaseMs: config.FEED_LEASE_SECONDS * 1000,
        })
      : null;
  const library = overrides.library ?? sources!.library;

  // An injected library may have lazy indexes: build them before the first interaction arrives.
  library.warm?.();
  const client = createClient({ apiUrl: config.DISCORD_API_URL, logger });
  const discord: DiscordPort = createDiscordPort(client);
  // Guild settings (issue 4) from STORE_URL, unless a test brings its own store; closed in stop().
  const ownSettings =
    overrides.context?.settings === undefined ? await openSettingsStoreOrExplain(config.STORE_URL, logger, overrides.clock ?? systemClock) : null;
  const context: CommandContext = {
    library,
    logger,
    clock: overrides.clock ?? systemClock,
    random: overrides.random ?? Math.random,
    discord,
    ...(ownSettings !== null ? { settings: ownSettings } : {}),
    ...(sources !== null ? { sources: sources.feeds, libraryFor: (guildId: string | null) => scopedLibrary(library, sources.live, guildId) } : {}),
    ...overrides.context,
  };
  const route = createRouter({
    commands: overrides.commands ?? registry,
    context,
    logger,
    ...(overrides.deferAfterMs !== undefined ? { deferAfterMs: overrides.deferAfterMs } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void route(interaction);
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new StartupError('Discord did not report ready in time; check the token and the network.')),
      overrides.readyTimeoutMs ?? 60_000,
    );
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timeout);
      logger.info({ user: c.user.tag, guilds: c.guilds.cache.size, articles: library.size }, 'newsdesk ready');
      resolve();
    });
  });
  try {
    await client.login(token);
    await ready;
  } catch (err) {
    await client.destroy();
    await ownSettings?.close();
    await sources?.stop();
    const code = (err as { code?: string }).code;
    if (code === 'TokenInvalid' || /invalid token|401/i.test(String((err as Error).message))) {
      throw new StartupError('Discord refused the token (DISCORD_TOKEN). Reset it in the Developer Portal (Bot -> Reset Token) and update .env.');
    }
    throw err;
  }

  // The digest scheduler starts once the guilds are known (after ready) and needs the settings store.
  let digest: Awaited<ReturnType<typeof startDigest>> | null = null;
  if (isSettingsStore(context.settings)) {
    try {
      digest = await startDigest({
        client,
        storeUrl: config.STORE_URL,
        settings: context.settings,
        library,
        ...(context.libraryFor !== undefined ? { libraryFor: context.libraryFor } : {}),
        logger,
        clock: context.clock,
        catchUpMinutes: config.DIGEST_CATCH_UP_MINUTES,
        // Discord's 50 requests/s is per bot, shared by every shard process: each takes its share.
        sendsPerSecond: config.DIGEST_SENDS_PER_SECOND * shardShare(client),
        leaseMs: config.DIGEST_LEASE_SECONDS * 1000,
        tickMs: config.DIGEST_TICK_SECONDS * 1000,
      });
      context.digest = digest.scheduler;
    } catch (err) {
      await client.destroy();
      await ownSettings?.close();
      throw err;
    }
  } else {
    logger.warn('digest scheduler not started: no guild settings store');
  }

  let stopped = false;
  return {
    config,
    client,
    context,
    logger,
    async stop() {
      if (stopped) return;
      stopped = true;
      await digest?.stop();
      await client.destroy();
      await sources?.stop();
      await ownSettings?.close();
      logger.info('newsdesk stopped');
    },
  };
}

/** Opens the settings store and reads from it once, so a bad STORE_URL fails at start, not mid-command. */
async function openSettingsStoreOrExplain(storeUrl: string, logger: Logger, clock: Clock): Promise<ReturnType<typeof openSettingsStore>> {
  let store: ReturnType<typeof openSettingsStore> | undefined;
  try {
    store = openSettingsStore(storeUrl, { logger, clock });
    await store.ping();
    return store;
  } catch (err) {
    await store?.close().catch(() => undefined);
    const where = storeUrl.replace(/\/\/[^@/]*@/, '//***@');
    throw new StartupError(`Cannot open the settings store (STORE_URL=${where}): ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The part of the bot's shards this process runs (1 unsharded; 1/2 for one shard of two). */
export function shardShare(client: Client): number {
  const shards = client.options.shards;
  const count = client.options.shardCount ?? 1;
  const mine = Array.isArray(shards) ? shards.length : count;
  return count > 0 ? Math.min(1, mine / count) : 1;
}
