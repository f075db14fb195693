// Guild settings with 100,000 guilds, on SQLite (a temp file) and on Redis (REDIS_URL, a throwaway
// namespace, deleted afterwards): reads per second from the store (cache cold) against reads served
// by the in-process cache (the interaction path), writes per second (compare-and-set), and the heap
// taken by 100,000 cached documents. The uncached read is the baseline the cached one is compared
// with, in the same process. Run: npm run bench -- settings   (BENCH_GUILDS=... to change the count)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { pino } from 'pino';
import { defaultSettings } from '../src/core/settings.ts';
import { createKeyv } from '../src/storage/keyv-factory.ts';
import { KeyvSettingsStore } from '../src/storage/settings-store.ts';
import { REDIS_URL, redisReachable } from '../test/helpers/redis.ts';

const GUILDS = Number(process.env.BENCH_GUILDS ?? 100_000);
const UNCACHED_READS = Math.min(GUILDS, 20_000);
const WRITES = 2_000;
const CONCURRENCY = 32;
const logger = pino({ level: 'silent' });

const guildId = (i: number): string => String(300_000_000_000_000_000n + BigInt(i));

/** A clock the benchmark moves by hand, so the Redis cache TTL does not expire mid-measurement. */
const clock = { t: Date.parse('2026-06-01T00:00:00Z'), now(): Date { return new Date(this.t); } };

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
const heapMb = (): number => process.memoryUsage().heapUsed / 1e6;

/** A realistic document: the digest set up, a moderator role, a few change records. */
function documentFor(i: number): unknown {
  const s = defaultSettings();
  s.digest = { enabled: true, channelId: String(400_000_000_000_000_000n + BigInt(i)), time: `0${i % 10}:30`, days: [1, 2, 3, 4, 5], timezone: 'Europe/London', maxArticles: 5 };
  s.moderatorRoleId = String(500_000_000_000_000_000n + BigInt(i));
  const at = new Date(clock.t).toISOString();
  for (const path of ['digest.channelId', 'digest.time', 'digest.days', 'moderatorRoleId']) s.changes[path] = { by: '600000000000000001', at };
  s.updatedBy = '600000000000000001';
  s.updatedAt = at;
  return s;
}

/** A pseudo-random guild order (deterministic, so runs compare). */
function shuffled(n: number, count: number): number[] {
  let x = 2463534242;
  return Array.from({ length: count }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  });
}

async function timed(label: string, count: number, run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const perSecond = count / seconds;
  console.log(`  ${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} /s  (${count.toLocaleString('en-US')} in ${seconds.toFixed(2)} s)`);
  return perSecond;
}

async function inParallel(items: number[], concurrency: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await job(items[next++]!);
    }),
  );
}

async function seed(url: string, namespace: string): Promise<void> {
  const keyv = createKeyv(url, { namespace });
  const started = performance.now();
  const serialized = async (i: number): Promise<string> => (await keyv.serializeData({ value: documentFor(i) })) as string;
  if (keyv.store instanceof KeyvSqlite) {
    const store = keyv.store;
    await store.query('BEGIN');
    for (let i = 0; i < GUILDS; i += 1) await store.query('INSERT OR REPLACE INTO keyv (key, value) VALUES (?, ?)', keyv._getKeyPrefix(guildId(i)), await serialized(i));
    await store.query('COMMIT');
  } else {
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for (let start = 0; start < GUILDS; start += 1000) {
      const batch: Array<[string, string]> = [];
      for (let i = start; i < Math.min(GUILDS, start + 1000); i += 1) batch.push([`${namespace}::${guildId(i)}`, await serialized(i)]);
      await client.mSet(batch);
    }
    await client.close();
  }
  await keyv.disconnect();
  console.log(`  seeded ${GUILDS.toLocaleString('en-US')} guild documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function benchBackend(name: string, url: string, namespace: string): Promise<void> {
  console.log(`\n${name}: ${GUILDS.toLocaleString('en-US')} guilds`);
  await seed(url, namespace);
  const open = (): KeyvSettingsStore => new KeyvSettingsStore(createKeyv(url, { namespace }), { logger, clock, cacheMax: GUILDS });

  // Uncached: a fresh store per measurement, every read goes to the store.
  let store = open();
  const cold = shuffled(GUILDS, UNCACHED_READS);
  const uncached = await timed('uncached read (store), one at a time', cold.length, async () => {
    for (const i of cold) await store.get(guildId(i));
  });
  await store.close();
  store = open();
  const uncachedParallel = await timed(`uncached read (store), ${CONCURRENCY} in flight`, cold.length, () =>
    inParallel(cold, CONCURRENCY, (i) => store.get(guildId(i))),
  );
  await store.close();

  // Cached: warm every guild, measure the heap, then read them all again from the cache.
  gc();
  const heapBefore = heapMb();
  store = open();
  const all = Array.from({ length: GUILDS }, (_, i) => i);
  await inParallel(all, CONCURRENCY, (i) => store.get(guildId(i)));
  gc();
  const heapAfter = heapMb();
  const hot = shuffled(GUILDS, GUILDS);
  const missesBefore = store.stats.cacheMisses;
  const cached = await timed('cached read (interaction path)', hot.length, async () => {
    for (const i of hot) await store.get(guildId(i));
  });
  if (store.stats.cacheMisses !== missesBefore) throw new Error('a cached read went to the store');

  const writes = shuffled(GUILDS, WRITES);
  const sequentialWrites = await timed('write (read + compare-and-set), one at a time', writes.length, async () => {
    for (const i of writes) {
      await store.update(guildId(i), '600000000000000002', (s) => {
        s.summaryLength = (s.summaryLength % 10) + 1;
      });
    }
  });
  const parallelWrites = await timed(`write, ${CONCURRENCY} guilds in flight`, writes.length, () =>
    inParallel(writes, CONCURRENCY, (i) =>
      store.update(guildId(i), '600000000000000002', (s) => {
        s.digest.maxArticles = (s.digest.maxArticles % 10) + 1;
      }),
    ),
  );
  await store.close();

  console.log(`  cached / uncached read                       ${(cached / uncached).toFixed(0)}x (one at a time), ${(cached / uncachedParallel).toFixed(0)}x (vs ${CONCURRENCY} in flight)`);
  console.log(
    `  heap for ${GUILDS.toLocaleString('en-US')} cached documents            ${(heapAfter - heapBefore).toFixed(1)} MB (${Math.round(((heapAfter - heapBefore) * 1e6) / GUILDS)} bytes per guild); RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  console.log(`  writes: ${Math.round(sequentialWrites)} /s one at a time, ${Math.round(parallelWrites)} /s with ${CONCURRENCY} in flight`);
}

console.log(`Settings store benchmark (node ${process.version}); cache invalidation: write-through in-process, TTL ${'5 s'} on Redis (frozen clock here)`);
const dir = mkdtempSync(join(tmpdir(), 'settings-bench-'));
try {
  await benchBackend('SQLite (temp file, WAL)', `sqlite://${join(dir, 'newsdesk.sqlite')}`, 'settings');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (await redisReachable()) {
  const namespace = `settings-bench-${randomUUID().slice(0, 8)}`;
  try {
    await benchBackend(`Redis (${REDIS_URL})`, REDIS_URL, namespace);
  } finally {
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${namespace}::*`, COUNT: 1000 })) if (keys.length > 0) await client.del(keys);
    await client.close();
  }
} else {
  console.log(`\nRedis: no Redis at ${REDIS_URL}; skipped`);
}
