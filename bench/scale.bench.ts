// Running at scale (issue 7). Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); each part
// uses an empty Redis database of its own (15 down to 1, flushed afterwards).
// 1. Settings of SCALE_BENCH_SETTINGS guilds (default 100,000) in Redis: writes (update, 32 in
//    flight) and reads from a fresh process-side cache (every read goes to Redis, 32 in flight).
// 2. A settings read on the interaction path, Redis against SQLite (a temp file), cached and uncached
//    (one at a time, 5,000 guilds). Baseline: the SQLite uncached read, same process.
// 3. Digest delivery for SCALE_BENCH_GUILDS guilds (default 1,000; the 10,000 takes about
//    200 s at 50 requests/s: SCALE_BENCH_GUILDS=10000 npm run bench -- scale) split over two shard
//    processes (src/main.ts with SHARDS/SHARD_COUNT, as ShardingManager starts them) sharing Redis,
//    through the fake Discord enforcing Discord's global 50 requests/s: requests per second, 429s,
//    duplicates, missing. DIGEST_SENDS_PER_SECOND=48 (the default) is the bot's budget: each of the
//    two processes paces at half of it. Baseline: the limit (ratio = rate / 50).
// Run: npm run bench -- scale
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { openSettingsStore } from '../src/storage/settings-store.ts';
import { shardOf, startFakeDiscord } from '../test/fakes/fake-discord.ts';
import { claimEmptyRedisDb } from '../test/helpers/redis.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETTINGS = Number(process.env.SCALE_BENCH_SETTINGS ?? 100_000);
const GUILDS = Number(process.env.SCALE_BENCH_GUILDS ?? 1_000);
const logger = pino({ level: 'silent' });
const guildId = (i: number): string => String(310_000_000_000_000_000n + BigInt(i) * 4_194_304n);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function pool<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function settingsAtScale(): Promise<void> {
  const db = await claimEmptyRedisDb(`bench-${process.pid}`);
  try {
    const ids = Array.from({ length: SETTINGS }, (_, i) => guildId(i));
    const store = openSettingsStore(db.url, { logger });
    let t = performance.now();
    await pool(ids, 32, async (id) => {
      await store.update(id, 'bench', (d) => {
        d.digest.enabled = true;
        d.digest.time = '08:00';
      });
    });
    const writeS = (performance.now() - t) / 1000;
    await store.close();
    const reader = openSettingsStore(db.url, { logger });
    t = performance.now();
    await pool(ids, 32, async (id) => {
      await reader.get(id);
    });
    const readS = (performance.now() - t) / 1000;
    await reader.close();
    console.log(`settings in Redis, ${fmt(SETTINGS)} guilds: write ${fmt(SETTINGS / writeS)}/s (${writeS.toFixed(1)} s), uncached read ${fmt(SETTINGS / readS)}/s (${readS.toFixed(1)} s), 32 in flight`);
  } finally {
    await db.release();
  }
}

async function interactionPath(): Promise<void> {
  const n = 5_000;
  const db = await claimEmptyRedisDb(`bench-${process.pid}`);
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-scale-'));
  try {
    const results: Record<string, { uncached: number; cached: number }> = {};
    for (const [name, url] of [['SQLite', `sqlite://${join(dir, 'bench.sqlite')}`], ['Redis', db.url]] as const) {
      const ids = Array.from({ length: n }, (_, i) => guildId(i));
      const writer = openSettingsStore(url, { logger });
      await pool(ids, 16, async (id) => void (await writer.update(id, 'bench', (d) => void (d.digest.enabled = true))));
      await writer.close();
      const store = openSettingsStore(url, { logger });
      let t = performance.now();
      for (const id of ids) await store.get(id);
      const uncached = (performance.now() - t) / n;
      t = performance.now();
      for (const id of ids) await store.get(id);
      const cached = (performance.now() - t) / n;
      await store.close();
      results[name] = { uncached, cached };
    }
    const base = results.SQLite!.uncached;
    for (const [name, r] of Object.entries(results)) {
      console.log(
        `settings read on the interaction path, ${name}: uncached ${(r.uncached * 1000).toFixed(0)} µs (${(r.uncached / base).toFixed(2)}x SQLite uncached), cached ${(r.cached * 1000).toFixed(1)} µs (${(r.cached / base).toFixed(3)}x)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.release();
  }
}

async function digestAcrossShards(perProcess: number): Promise<void> {
  const db = await claimEmptyRedisDb(`bench-${process.pid}`);
  const discord = await startFakeDiscord({ recommendedShards: 2, guilds: Array.from({ length: GUILDS }, (_, i) => ({ name: `Guild ${i}`, members: [] })) });
  discord.rateLimit({ perSecond: 50 });
  const articles = mkdtempSync(join(tmpdir(), 'newsdesk-scale-articles-'));
  const children: ReturnType<typeof spawn>[] = [];
  try {
    copyFileSync(join(root, 'test/fixtures/gold/seed-article.txt'), join(articles, 'seed-article.txt'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(articles, 'seed-article.txt'), hourAgo, hourAgo);
    const slot = new Date(Date.now() - 2 * 60_000);
    const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
    const guilds = [...discord.guilds.values()];
    const settings = openSettingsStore(db.url, { logger });
    await pool(guilds, 32, async (g) => {
      await settings.update(g.id, 'bench', (d) => {
        d.digest = { ...d.digest, enabled: true, channelId: g.channel('news-digest').id, time, timezone: 'UTC', days: [0, 1, 2, 3, 4, 5, 6] };
      });
    });
    await settings.close();
    const before = { ...discord.stats };
    const started = Date.now();
    for (const shard of [0, 1]) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/main.ts')], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          DOTENV_CONFIG_PATH: join(root, 'does-not-exist.env'),
          SHARDS: String(shard),
          SHARD_COUNT: '2',
          DISCORD_TOKEN: discord.token,
          DISCORD_API_URL: discord.apiUrl,
          ARTICLES_DIR: articles,
          STORE_URL: db.url,
          LOG_LEVEL: 'warn',
          DIGEST_TICK_SECONDS: '1',
          DIGEST_SENDS_PER_SECOND: String(perProcess),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
    }
    const count = (g: (typeof guilds)[number]): number => discord.channelMessages(g.channel('news-digest').id).length;
    const deadline = Date.now() + Math.max(120_000, (GUILDS / 50) * 3_000);
    while (guilds.some((g) => count(g) === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2_000)); // anything further would be a duplicate
    const times = guilds.flatMap((g) => discord.channelMessages(g.channel('news-digest').id).map((m) => m.createdAt)).sort((a, b) => a - b);
    const spanS = (times.at(-1)! - times[0]!) / 1000;
    const duplicates = guilds.filter((g) => count(g) > 1).length;
    const missing = guilds.filter((g) => count(g) === 0).length;
    const perShard = [0, 1].map((s) => guilds.filter((g) => shardOf(g.id, 2) === s).length);
    const rate = times.length / spanS;
    console.log(
      `digest, ${fmt(GUILDS)} guilds over 2 shard processes (${perShard.join(' + ')}), DIGEST_SENDS_PER_SECOND=${perProcess} (the bot's budget, split): ` +
        `${fmt(times.length)} posts in ${spanS.toFixed(1)} s = ${rate.toFixed(1)} posts/s (${(rate / 50).toFixed(2)}x the 50/s limit); ` +
        `429s ${discord.stats.rateLimited - before.rateLimited} (global ${discord.stats.globalRateLimited - before.globalRateLimited}); duplicates ${duplicates}; missing ${missing}; ` +
        `start to last post ${((times.at(-1)! - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await discord.stop();
    rmSync(articles, { recursive: true, force: true });
    await db.release();
  }
}

const only = process.env.SCALE_BENCH_PART;
if (only === undefined || only === 'digest') {
  await digestAcrossShards(Number(process.env.DIGEST_SENDS_PER_SECOND ?? 48));
}
if (only === undefined || only === 'read') await interactionPath();
if (only === undefined || only === 'settings') await settingsAtScale();
