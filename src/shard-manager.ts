// `npm run start:sharded`: discord.js's ShardingManager runs src/main.ts once per shard, each in its
// own process (run by tsx). discord.js hands every child SHARDS and SHARD_COUNT; the Client reads
// them, so each process connects only its shards, sees only its guilds (client.guilds.cache) and
// so answers and schedules only those. A child that dies is respawned. SIGTERM/SIGINT stop every
// child cleanly (each finishes its digests in flight), then the manager exits 0.
import 'dotenv/config';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Shard } from 'discord.js';
import type { Logger } from 'pino';
import { MISSING_TOKEN_HELP } from './config.ts';
import { createLogger } from './logger.ts';

const MAIN_FILE = fileURLToPath(new URL('./main.ts', import.meta.url));

export class ShardStartError extends Error {
  override readonly name = 'ShardStartError';
}

/**
 * SHARD_COUNT when set (a positive integer, or "auto"); else what Discord recommends from
 * GET /gateway/bot through DISCORD_API_URL. discord.js's own "auto" always asks discord.com, which
 * would ignore DISCORD_API_URL (and a test's fake Discord), so the recommendation is fetched here.
 */
export async function resolveShardCount(env: Record<string, string | undefined>, fetchImpl: typeof fetch = fetch): Promise<number> {
  const raw = env.SHARD_COUNT?.trim();
  if (raw !== undefined && raw !== '' && raw.toLowerCase() !== 'auto') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new ShardStartError(`SHARD_COUNT must be a whole number from 1 (got "${raw}"), or "auto"`);
    return n;
  }
  const token = env.DISCORD_TOKEN?.trim();
  if (token === undefined || token === '') throw new ShardStartError('DISCORD_TOKEN is not set: it is needed to ask Discord how many shards to run (or set SHARD_COUNT).');
  const api = (env.DISCORD_API_URL?.trim() || 'https://discord.com/api').replace(/\/+$/, '');
  let res: Response;
  try {
    res = await fetchImpl(`${api}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` }, signal: AbortSignal.timeout(15_000) });
  } catch (err) {
    throw new ShardStartError(`Could not ask Discord for the shard count (${err instanceof Error ? err.message : String(err)}); set SHARD_COUNT to skip the question.`);
  }
  if (res.status === 401) throw new ShardStartError('Discord refused the token (DISCORD_TOKEN). Reset it in the Developer Portal and update .env.');
  if (!res.ok) throw new ShardStartError(`Discord answered ${res.status} to GET /gateway/bot; set SHARD_COUNT to skip the question.`);
  const body = (await res.json()) as { shards?: unknown };
  if (typeof body.shards !== 'number' || !Number.isInteger(body.shards) || body.shards < 1) {
    throw new ShardStartError('Discord gave no shard count in GET /gateway/bot; set SHARD_COUNT.');
  }
  return body.shards;
}

export interface ShardManagerOptions {
  logger?: Logger;
  /** Between two shards' logins; Discord allows one IDENTIFY per 5 s per bucket (default SHARD_SPAWN_DELAY_MS or 5,500 ms). */
  spawnDelayMs?: number;
  /** How long one shard may take to become ready (default 60 s). */
  readyTimeoutMs?: number;
  fetch?: typeof fetch;
}

export interface RunningShardManager {
  manager: ShardingManager;
  shardCount: number;
  logger: Logger;
  stop(): Promise<void>;
}

export async function startShardManager(env: Record<string, string | undefined>, options: ShardManagerOptions = {}): Promise<RunningShardManager> {
  const token = env.DISCORD_TOKEN?.trim() ?? '';
  // Every shard would fail the same way: say it once, here.
  if (token === '') throw new ShardStartError(MISSING_TOKEN_HELP);
  const logger = options.logger ?? createLogger({ level: env.LOG_LEVEL?.trim() || 'info', secrets: [token] }).child({ component: 'shard-manager' });
  const shardCount = await resolveShardCount(env, options.fetch);
  const manager = new ShardingManager(MAIN_FILE, {
    totalShards: shardCount,
    token,
    mode: 'process',
    respawn: true,
    // The child is TypeScript: node loads it through tsx's ESM hook.
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard: Shard) => {
    // Children inherit process.env; an env given by a caller (tests) is laid over it, shard ids last.
    if (env !== process.env) Object.assign(shard.env as Record<string, unknown>, env, { SHARDS: shard.id, SHARD_COUNT: shardCount, DISCORD_TOKEN: token });
    logger.info({ shardId: shard.id, shardCount }, 'shard starting');
    shard.on('ready', () => logger.info({ shardId: shard.id, pid: shard.process?.pid }, 'shard ready'));
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      logger.warn({ shardId: shard.id, exitCode: code }, 'shard process died; respawning');
    });
    shard.on('error', (err) => logger.error({ err, shardId: shard.id }, 'shard error'));
  });
  if (shardCount > 1 && !/^rediss?:\/\//i.test(env.STORE_URL?.trim() ?? '')) {
    // Each shard process would poll every feed and keep its own settings cache with no invalidation.
    logger.warn({ shardCount }, 'several shard processes without STORE_URL=redis://...: feeds are polled by every shard and settings changes reach the other shards only after a restart; set STORE_URL to a Redis');
  }
  logger.info({ shardCount }, 'starting shards');
  const delay = options.spawnDelayMs ?? (Number(env.SHARD_SPAWN_DELAY_MS) || 5_500);
  await manager.spawn({ amount: shardCount, delay, timeout: options.readyTimeoutMs ?? 60_000 });
  logger.info({ shardCount }, 'every shard is ready');

  let stopping: Promise<void> | undefined;
  return {
    manager,
    shardCount,
    logger,
    stop() {
      stopping ??= Promise.all([...manager.shards.values()].map((shard) => stopShard(shard))).then(() => logger.info('all shards stopped'));
      return stopping;
    },
  };
}

/** SIGTERM to the child (it stops cleanly), SIGKILL if it is still there after `graceMs`. */
async function stopShard(shard: Shard, graceMs = 15_000): Promise<void> {
  const child = shard.process;
  // No respawn for a shard we stop on purpose.
  shard.removeAllListeners('death');
  shard.manager.respawn = false;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function main(): Promise<void> {
  let running: RunningShardManager | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    running?.logger.info({ signal }, 'stopping shards');
    await running?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    running = await startShardManager(process.env);
  } catch (err) {
    console.error(err instanceof ShardStartError ? err.message : `Newsdesk shards failed to start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
