// Past one process (issue 7), against a real Redis at REDIS_URL (skipped with a visible warning when
// none answers, a failure when REQUIRE_REDIS=1). Every run uses an empty Redis database of its own
// (checked empty first, flushed at the end), so the fixed key names of the stores never meet
// another run's.
//  1. Two shard processes (src/main.ts with SHARDS/SHARD_COUNT, as ShardingManager starts them)
//     share settings and digest claims in Redis; each answers only its own guilds. The process of
//     shard 1 is SIGKILLed while it is posting a digest slot; a restarted shard-1 process takes over
//     the slots the dead one had claimed (after a 2 s claim lease) and every guild gets its digest
//     exactly once (a guild whose posting was cut mid-message is closed, never resent).
//  2. Two processes that both connect shard 0 of 1 (both believe they own every guild) send each
//     guild's digest once: the claim in Redis decides.
//  3. Two feed pollers on one feed (loopback HTTP) behind the Redis lease fetch it once per interval,
//     and the other one takes over when the holder dies.
//  4. A process that does not poll sees the feed articles the polling one stored.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChannelType } from 'discord.js';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.ts';
import { systemClock } from '../../src/core/clock.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { FeedPoller } from '../../src/sources/feed-poller.ts';
import { startSources } from '../../src/sources/start-sources.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';
import { LeaseKeeper, RedisLease } from '../../src/storage/lease.ts';
import { openSettingsStore } from '../../src/storage/settings-store.ts';
import { shardOf, snowflakeForShard, startFakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import { rss } from '../sources/feed-fixtures.ts';
import { startLoopbackServer } from '../sources/loopback-server.ts';
import { SEED_ARTICLE, textOf } from './helpers.ts';
import { claimEmptyRedisDb, redisForTests } from '../helpers/redis.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const redisUp = await redisForTests('sharding e2e');

/** A redis:// URL naming an empty database of this Redis (tried from 15 down), flushed in afterAll. */
let storeUrl = '';
let releaseDb: (() => Promise<void>) | undefined;
beforeAll(async () => {
  if (!redisUp) return;
  const db = await claimEmptyRedisDb(randomUUID());
  storeUrl = db.url;
  releaseDb = db.release;
});
afterAll(async () => {
  await releaseDb?.();
});

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Child {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function runShard(shardId: number, shardCount: number, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DOTENV_CONFIG_PATH: join(root, 'does-not-exist.env'),
      // What ShardingManager gives each child; the discord.js Client reads them.
      SHARDS: String(shardId),
      SHARD_COUNT: String(shardCount),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return { output: () => output, exited, kill: (signal) => child.kill(signal) };
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000, output: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.runIf(redisUp)('sharded processes sharing Redis', () => {
  it('each shard answers its own guilds; a shard killed mid-digest is restarted and every guild gets its digest exactly once', async () => {
    const perShard = [4, 16];
    const guildIds = perShard.flatMap((n, shard) => Array.from({ length: n }, () => snowflakeForShard(shard, 2)));
    const discord: FakeDiscord = await startFakeDiscord({
      recommendedShards: 2,
      guilds: guildIds.map((id, i) => ({ id, name: `Guild ${i}` })),
      commandDefinitions: registry.map((c) => c.data as unknown as Record<string, unknown>),
    });
    cleanups.push(() => discord.stop());
    const digestChannel = (guildId: string): string =>
      discord.guild(guildId).channels.find((c) => c.name === 'news-digest' && c.type === ChannelType.GuildText)!.id;

    // Every guild's digest is due two minutes ago (inside the catch-up window) when the shards start.
    const slot = new Date(Date.now() - 2 * 60_000);
    const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
    const settings = openSettingsStore(storeUrl, { logger: pino({ level: 'silent' }) });
    for (const guildId of guildIds) {
      await settings.update(guildId, 'test', (draft) => {
        draft.digest.enabled = true;
        draft.digest.channelId = digestChannel(guildId);
        draft.digest.time = time;
        draft.digest.timezone = 'UTC';
        draft.digest.days = [0, 1, 2, 3, 4, 5, 6];
      });
    }
    await settings.close();

    const articles = mkdtempSync(join(tmpdir(), 'newsdesk-sharding-'));
    cleanups.push(() => rmSync(articles, { recursive: true, force: true }));
    copyFileSync(SEED_ARTICLE, join(articles, 'seed-article.txt'));
    // Added to the library an hour ago: new since the (absent) last digest, older than the slot.
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(articles, 'seed-article.txt'), hourAgo, hourAgo);
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: articles,
      STORE_URL: storeUrl,
      LOG_LEVEL: 'info',
      DIGEST_TICK_SECONDS: '0.2',
      DIGEST_LEASE_SECONDS: '2',
      // Slow posting, so that the kill lands in the middle of shard 1's slot.
      DIGEST_SENDS_PER_SECOND: '4',
      FEED_LEASE_SECONDS: '1',
    };
    const messages = (guildId: string): number => discord.channelMessages(digestChannel(guildId)).length;
    const shard1 = guildIds.filter((id) => shardOf(id, 2) === 1);

    const zero = runShard(0, 2, env);
    const one = runShard(1, 2, env);
    const both = (): string => zero.output() + one.output();
    await until(() => /newsdesk ready/.test(zero.output()) && /newsdesk ready/.test(one.output()), 'both shards ready', 25_000, both);
    expect(discord.gateway.stats.identifies).toBe(2);

    // Kill shard 1 once it has posted some of its guilds' digests, not all.
    await until(() => shard1.filter((id) => messages(id) > 0).length >= 3, 'shard 1 to start posting', 20_000, both);
    one.kill('SIGKILL');
    await one.exited;
    const postedBeforeKill = shard1.filter((id) => messages(id) > 0).length;
    expect(postedBeforeKill).toBeLessThan(shard1.length);

    // Shard 0 keeps answering its own guilds meanwhile.
    const reply = await discord.runCommand({ guildId: guildIds[0]!, name: 'who', options: { name: 'Blinken' } });
    expect(textOf(reply)).toContain('Antony Blinken');

    // A restarted shard-1 process (what ShardingManager's respawn does) takes over the dead one's claims.
    const again = runShard(1, 2, env);
    const all = (): string => both() + again.output();
    const abandoned = (): string[] =>
      again
        .output()
        .split('\n')
        .filter((line) => line.includes('not resending'))
        .map((line) => (JSON.parse(line) as { guildId: string }).guildId);
    await until(() => guildIds.every((id) => messages(id) > 0 || abandoned().includes(id)), 'every guild to have its digest', 25_000, all);
    const answered = await discord.runCommand({ guildId: shard1[0]!, name: 'who', options: { name: 'Blinken' } });
    expect(textOf(answered)).toContain('Antony Blinken');

    // Exactly once: every guild has as many digest messages as one digest has (shard 0's, never
    // interrupted); a guild whose posting was cut by the kill is closed and never resent.
    const one0 = messages(guildIds[0]!);
    expect(one0).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a tick or two more: nothing further may arrive
    const counts = guildIds.map((id) => messages(id));
    const cut = abandoned();
    expect(cut.length).toBeLessThanOrEqual(1);
    guildIds.forEach((id, i) => {
      if (cut.includes(id)) expect(counts[i]).toBeLessThanOrEqual(one0);
      else expect(counts[i], `guild ${i}`).toBe(one0);
    });
    // The restarted process really did the dead one's work.
    expect(again.output()).toMatch(/digest: sent/);

    zero.kill('SIGTERM');
    again.kill('SIGTERM');
    expect(await zero.exited).toBe(0);
    expect(await again.exited).toBe(0);
    expect(all()).not.toContain(discord.token);
  }, 60_000);

  it('two processes that both believe they own every guild (a reshard, a double start) send each digest once: the claim decides', async () => {
    const guildIds = Array.from({ length: 12 }, () => snowflakeForShard(0, 1));
    const discord: FakeDiscord = await startFakeDiscord({ guilds: guildIds.map((id, i) => ({ id, name: `Guild ${i}` })) });
    cleanups.push(() => discord.stop());
    const digestChannel = (guildId: string): string =>
      discord.guild(guildId).channels.find((c) => c.name === 'news-digest' && c.type === ChannelType.GuildText)!.id;
    const slot = new Date(Date.now() - 2 * 60_000);
    const time = `${String(slot.getUTCHours()).padStart(2, '0')}:${String(slot.getUTCMinutes()).padStart(2, '0')}`;
    const settings = openSettingsStore(storeUrl, { logger: pino({ level: 'silent' }) });
    for (const guildId of guildIds) {
      await settings.update(guildId, 'test', (draft) => {
        draft.digest = { ...draft.digest, enabled: true, channelId: digestChannel(guildId), time, timezone: 'UTC', days: [0, 1, 2, 3, 4, 5, 6] };
      });
    }
    await settings.close();
    const articles = mkdtempSync(join(tmpdir(), 'newsdesk-double-'));
    cleanups.push(() => rmSync(articles, { recursive: true, force: true }));
    copyFileSync(SEED_ARTICLE, join(articles, 'seed-article.txt'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(articles, 'seed-article.txt'), hourAgo, hourAgo);
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: articles,
      STORE_URL: storeUrl,
      LOG_LEVEL: 'info',
      DIGEST_TICK_SECONDS: '0.2',
      DIGEST_LEASE_SECONDS: '2',
    };
    // Both connect shard 0 of 1: both receive every guild and schedule every digest.
    const a = runShard(0, 1, env);
    const b = runShard(0, 1, env);
    const both = (): string => a.output() + b.output();
    const messages = (guildId: string): number => discord.channelMessages(digestChannel(guildId)).length;
    await until(() => guildIds.every((id) => messages(id) > 0), 'every guild to have its digest', 25_000, both);
    await until(() => (both().match(/"digest scheduler started"/g) ?? []).length === 2, 'both schedulers', 10_000, both);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // more ticks: nothing further may arrive
    const once = messages(guildIds[0]!);
    for (const id of guildIds) expect(messages(id)).toBe(once);
    // Both really tried: each process logged sends or found the slot taken by the other.
    expect((both().match(/"digest scheduler started"/g) ?? []).length).toBe(2);
    a.kill('SIGTERM');
    b.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
  }, 40_000);

  it('two feed pollers behind the lease fetch one feed once per interval; the other takes over when the holder dies', async () => {
    const server = await startLoopbackServer();
    cleanups.push(() => server.close());
    server.route('/rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Loopback News', []));
    });
    const logger = pino({ level: 'silent' });
    const namespace = `feeds-test-${randomUUID()}`;
    const intervalMs = 400;
    const ttlMs = 300;
    const leaseKey = `newsdesk-test:lease:${randomUUID()}`;
    const make = async (name: string): Promise<{ poller: FeedPoller; keeper: LeaseKeeper; running: () => boolean }> => {
      const store = createKeyv(storeUrl, { namespace });
      cleanups.push(() => store.disconnect());
      const poller = new FeedPoller({
        store,
        logger,
        clock: systemClock,
        intervalMs,
        fetchOptions: { allowPrivate: true, timeoutMs: 2_000 },
        sink: async () => true,
      });
      let running = false;
      const keeper = new LeaseKeeper({
        lease: await RedisLease.connect(storeUrl, leaseKey, ttlMs),
        ttlMs,
        logger: logger.child({ name }),
        onAcquired: () => {
          running = true;
          poller.start(50);
        },
        onLost: async () => {
          running = false;
          await poller.stop();
        },
      });
      cleanups.push(() => keeper.stop());
      return { poller, keeper, running: () => running };
    };
    const a = await make('a');
    const b = await make('b');
    await a.poller.add(`${server.base}/rss`, { guildId: snowflakeForShard(0, 1) });
    const afterAdd = server.hits('/rss');
    a.keeper.start();
    b.keeper.start();
    await until(() => a.running() || b.running(), 'a lease holder');
    const start = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const elapsed = Date.now() - start;
    const fetched = server.hits('/rss') - afterAdd;
    // Once per interval (the first poll is due right after the add): two pollers would be twice this.
    expect(fetched).toBeGreaterThanOrEqual(Math.floor(elapsed / intervalMs) - 1);
    expect(fetched).toBeLessThanOrEqual(Math.ceil(elapsed / intervalMs) + 1);
    expect(a.running() && b.running()).toBe(false);

    // The holder dies (stops renewing without giving the lease back): the other takes over.
    const [holder, other] = a.running() ? [a, b] : [b, a];
    const timer = holder.keeper as unknown as { timer: NodeJS.Timeout | undefined };
    clearInterval(timer.timer);
    timer.timer = undefined;
    await holder.poller.stop();
    const beforeTakeover = server.hits('/rss');
    await until(() => other.running(), 'the other poller to take over', 3_000);
    await until(() => server.hits('/rss') > beforeTakeover, 'the feed to be fetched again', 3_000);
  }, 20_000);

  it('a process that does not poll sees the feed articles the polling process stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-follow-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify({ feeds: [] }));
    const options = {
      articlesDir: dir,
      storeUrl,
      config: { allowPrivate: true, pollMinutes: 10, sourcesFile: join(dir, 'sources.json'), fetchTimeoutMs: 2_000, maxBytes: 1024 * 1024 },
      logger: pino({ level: 'silent' }),
      clock: systemClock,
      extract: extractArticle,
      pollLeaseMs: 5_000,
      followMs: 100,
    };
    const poller = await startSources(options);
    cleanups.push(() => poller.stop());
    await new Promise((resolve) => setTimeout(resolve, 200)); // it takes the lease first
    const follower = await startSources(options);
    cleanups.push(() => follower.stop());
    const guild = snowflakeForShard(0, 1);
    const added = await poller.live.addFeedArticle(
      { headline: 'Harbour reopens after storm', paragraphs: ['The harbour reopened on Monday, the port authority said.'] },
      { addedAt: new Date().toISOString(), visibility: [guild], feed: 'http://127.0.0.1:1/feed.xml' },
    );
    expect(added.status).toBe('added');
    const has = (): boolean => follower.library.list().some((e) => e.article.headline === 'Harbour reopens after storm');
    await until(has, 'the follower to see the feed article', 5_000);
    expect(follower.live.visibility(follower.library.list().find((e) => e.article.headline === 'Harbour reopens after storm')!.article.id)).toEqual([guild]);
  }, 20_000);
});
