import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { MemoryAtomicKv, RedisAtomicKv, SqliteAtomicKv, openAtomicKv, type AtomicKv } from '../../src/storage/digest-ledger.ts';
import { openSettingsStore } from '../../src/storage/settings-store.ts';
import { REDIS_URL, redisForTests } from '../helpers/redis.ts';

const redisUp = await redisForTests('digest-ledger');

const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let clock = 1_000_000;
const now = (): number => clock;
const prefix = `t${Date.now()}:`;

const kinds: { name: string; up: boolean; open: () => Promise<[AtomicKv, AtomicKv]> }[] = [
  { name: 'memory', up: true, open: async () => { const kv = new MemoryAtomicKv(now); return [kv, kv]; } },
  {
    name: 'sqlite',
    up: true,
    open: async () => {
      const uri = `sqlite://${join(dir, `l${Math.random()}.sqlite`)}`;
      return [new SqliteAtomicKv(uri, now), new SqliteAtomicKv(uri, now)];
    },
  },
  { name: 'redis', up: redisUp, open: async () => [await RedisAtomicKv.connect(REDIS_URL, prefix), await RedisAtomicKv.connect(REDIS_URL, prefix)] },
];

describe.each(kinds)('$name ledger', ({ name, up, open }) => {
  it.skipIf(!up)('lets exactly one of many concurrent claimers win, across two connections', async () => {
    const [a, b] = await open();
    const key = `claim:${name}:race`;
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).setIfAbsent(key, `owner${i}`, 60_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const winner = wins.indexOf(true);
    expect(await a.get(key)).toBe(`owner${winner}`);
    expect(await b.get(key)).toBe(`owner${winner}`);
    await a.close();
    if (b !== a) await b.close();
  });

  it.skipIf(!up)('a lease can be taken over once it has expired, by one claimer', async () => {
    const [a, b] = await open();
    const key = `claim:${name}:lease`;
    expect(await a.setIfAbsent(key, 'first', 200)).toBe(true);
    expect(await b.setIfAbsent(key, 'second', 200)).toBe(false);
    clock += 1_000;
    if (name === 'redis') await new Promise((r) => setTimeout(r, 300));
    const wins = await Promise.all([a.setIfAbsent(key, 'x', 60_000), b.setIfAbsent(key, 'y', 60_000)]);
    expect(wins.filter(Boolean)).toHaveLength(1);
    await a.set(`${key}:plain`, 'v');
    expect(await b.get(`${key}:plain`)).toBe('v');
    await a.delete(`${key}:plain`);
    expect(await b.get(`${key}:plain`)).toBeUndefined();
    await a.close();
    if (b !== a) await b.close();
  });
});

describe('sqlite ledger housekeeping', () => {
  it('prune drops expired rows and keeps live ones', async () => {
    const kv = new SqliteAtomicKv(`sqlite://${join(dir, 'prune.sqlite')}`, now);
    await kv.set('old', 'x', 100);
    await kv.set('forever', 'y');
    await kv.set('fresh', 'z', 60_000);
    clock += 1_000;
    await kv.prune();
    const rows = (await (kv as unknown as { db: { query(sql: string): Promise<{ key: string }[]> } }).db.query(
      'SELECT key FROM newsdesk_digest_ledger ORDER BY key',
    )) as { key: string }[];
    expect(rows.map((r) => r.key)).toEqual(['forever', 'fresh']);
    await kv.close();
  });
});

describe('one SQLite file for settings and ledger', () => {
  it('both work side by side under concurrent writes (STORE_URL names one file)', async () => {
    const url = `sqlite://${join(dir, 'shared', 'newsdesk.sqlite')}`;
    const kv = await openAtomicKv(url, now);
    const store = openSettingsStore(url, { logger: pino({ level: 'silent' }) });
    const guild = (i: number): string => String(100000000000000000n + BigInt(i % 10));
    const wins = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const won = await kv.setIfAbsent(`claim:${i % 25}`, `owner${i}`, 60_000);
        await store.update(guild(i), '200000000000000000', (d) => {
          d.digest.time = `0${i % 10}:00`;
        });
        return won;
      }),
    );
    expect(wins.filter(Boolean)).toHaveLength(25);
    expect((await store.get(guild(3))).digest.time).toBe('03:00');
    await kv.close();
    await store.close();
  });
});
