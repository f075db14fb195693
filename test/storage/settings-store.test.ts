// One suite, three backends: in-memory keyv, an SQLite file, and Redis at REDIS_URL (skipped with a
// warning when no Redis answers, a failure when REQUIRE_REDIS=1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createClient } from '@keyv/redis';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_LENGTH, SETTINGS_VERSION, SYSTEM_ACTOR, defaultSettings } from '../../src/core/settings.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';
import { KeyvSettingsStore, digestSettingsPort, openSettingsStore } from '../../src/storage/settings-store.ts';
import { REDIS_URL, redisForTests } from '../helpers/redis.ts';

const redisUp = await redisForTests('settings-store');

interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}
function memoryLogger(): { logger: Logger; logs: LogLine[] } {
  const logs: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), logs };
}

class ManualClock {
  constructor(public t = Date.parse('2026-06-01T12:00:00Z')) {}
  now = (): Date => new Date(this.t);
}

const GUILD = '200000000000000001';
const OTHER = '200000000000000002';
const MOD_A = '300000000000000001';
const MOD_B = '300000000000000002';
const CHANNEL = '400000000000000001';

interface Backend {
  name: string;
  up: boolean;
  /** A URL several stores can open at once, all seeing the same data. */
  url(): string;

}

const runId = randomUUID().slice(0, 8);
const tempDirs: string[] = [];
const redisNamespaces: string[] = [];

const backends: Backend[] = [
  {
    name: 'memory',
    up: true,
    url: () => 'memory://',
  },
  {
    name: 'sqlite',
    up: true,
    url: () => {
      const dir = mkdtempSync(join(tmpdir(), 'settings-store-'));
      tempDirs.push(dir);
      // A folder that does not exist yet: the factory creates it.
      return `sqlite://${join(dir, 'nested', 'newsdesk.sqlite')}`;
    },
  },
  {
    name: 'redis',
    up: redisUp,
    url: () => REDIS_URL,
  },
];

afterAll(async () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  if (redisUp && redisNamespaces.length > 0) {
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for (const ns of redisNamespaces) {
      const keys = await client.keys(`${ns}::*`);
      if (keys.length > 0) await client.del(keys);
    }
    await client.close();
  }
});

for (const backend of backends) {
  describe.skipIf(!backend.up)(`settings store on ${backend.name}`, () => {
    const opened: KeyvSettingsStore[] = [];
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    /** Opens a store; `shared` reuses the URL and namespace of an earlier one (a second process). */
    function open(shared?: { url: string; namespace: string }, extra: { logger?: Logger; clock?: ManualClock } = {}) {
      const url = shared?.url ?? backend.url();
      const namespace = shared?.namespace ?? `settings-test-${runId}-${randomUUID().slice(0, 8)}`;
      if (backend.name === 'redis') redisNamespaces.push(namespace);
      const { logger, logs } = memoryLogger();
      const store = openSettingsStore(url, { logger: extra.logger ?? logger, namespace, ...(extra.clock ? { clock: extra.clock } : {}) });
      opened.push(store);
      return { store, logs, url, namespace };
    }

    it('gives the defaults for a guild never configured, without writing anything', async () => {
      const { store } = open();
      const settings = await store.get(GUILD);
      expect(settings).toEqual(defaultSettings());
      expect(settings.summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
      expect(store.stats.writes).toBe(0);
    });

    it('keeps a change, records who made it and when, and logs it', async () => {
      const clock = new ManualClock();
      const { store, logs } = open(undefined, { clock });
      const { before, after } = await store.update(GUILD, { id: MOD_A, name: 'alice' }, (s) => {
        s.digest.channelId = CHANNEL;
        s.digest.time = '07:30';
      });
      expect(before.digest.channelId).toBeNull();
      expect(after.digest).toMatchObject({ channelId: CHANNEL, time: '07:30' });
      expect(after.changes['digest.channelId']).toEqual({ by: MOD_A, at: '2026-06-01T12:00:00.000Z' });
      expect(after.changes['digest.time']).toEqual({ by: MOD_A, at: '2026-06-01T12:00:00.000Z' });
      expect(after.changes['summaryLength']).toBeUndefined();
      expect(after.updatedBy).toBe(MOD_A);
      const changed = logs.filter((l) => l.msg === 'setting changed');
      expect(changed.map((l) => [l.guildId, l.userId, l.setting, l.before, l.after])).toEqual([
        [GUILD, MOD_A, 'digest.channelId', null, CHANNEL],
        [GUILD, MOD_A, 'digest.time', '08:00', '07:30'],
      ]);
      expect((await store.get(GUILD)).digest.time).toBe('07:30');
      expect((await store.get(OTHER)).digest.time).toBe('08:00');
    });

    it('a mutation that throws changes nothing', async () => {
      const { store } = open();
      await store.update(GUILD, MOD_A, (s) => {
        s.summaryLength = 5;
      });
      await expect(
        store.update(GUILD, MOD_A, (s) => {
          s.summaryLength = 9;
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await store.get(GUILD)).summaryLength).toBe(5);
    });

    it('refuses to store an invalid document built by a caller (a bug), changing nothing', async () => {
      const { store } = open();
      await expect(
        store.update(GUILD, MOD_A, (s) => {
          s.summaryLength = 11;
        }),
      ).rejects.toThrow(/summaryLength/);
      expect((await store.get(GUILD)).summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
    });

    it('a caller cannot change the cached document by editing what get returned', async () => {
      const { store } = open();
      const settings = await store.get(GUILD);
      settings.summaryLength = 9;
      settings.digest.days.push(3);
      expect((await store.get(GUILD)).summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
      expect((await store.get(GUILD)).digest.days).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it('reset restores the defaults and keeps the history of who changed what', async () => {
      const { store } = open();
      await store.update(GUILD, MOD_A, (s) => {
        s.summaryLength = 7;
        s.moderatorRoleId = '500000000000000001';
      });
      const { after } = await store.reset(GUILD, MOD_B);
      expect(after.summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
      expect(after.moderatorRoleId).toBeNull();
      expect(after.changes['summaryLength']?.by).toBe(MOD_B);
      expect(after.updatedBy).toBe(MOD_B);
      expect(await store.get(GUILD)).toEqual(after);
    });

    it('two moderators changing different settings at the same moment both keep their change (one process)', async () => {
      const { store } = open();
      const results = await Promise.all([
        store.update(GUILD, MOD_A, (s) => {
          s.summaryLength = 6;
        }),
        store.update(GUILD, MOD_B, (s) => {
          s.digest.timezone = 'Europe/Paris';
        }),
        store.update(GUILD, MOD_A, (s) => {
          s.digest.maxArticles = 2;
        }),
      ]);
      expect(results).toHaveLength(3);
      store.forget();
      const settings = await store.get(GUILD);
      expect(settings.summaryLength).toBe(6);
      expect(settings.digest.timezone).toBe('Europe/Paris');
      expect(settings.digest.maxArticles).toBe(2);
      expect(settings.changes['digest.timezone']?.by).toBe(MOD_B);
    });

    it('two store instances on the same data (two processes) both keep their change', async () => {
      const first = open();
      const second = open({ url: first.url, namespace: first.namespace });
      // Interleave many writes from both, each touching its own setting.
      await Promise.all([
        ...Array.from({ length: 10 }, (_, i) =>
          first.store.update(GUILD, MOD_A, (s) => {
            s.summaryLength = (i % 10) + 1;
          }),
        ),
        ...Array.from({ length: 10 }, (_, i) =>
          second.store.update(GUILD, MOD_B, (s) => {
            s.digest.maxArticles = (i % 10) + 1;
          }),
        ),
        first.store.update(GUILD, MOD_A, (s) => {
          s.digest.time = '06:45';
        }),
        second.store.update(GUILD, MOD_B, (s) => {
          s.digest.timezone = 'Asia/Tokyo';
        }),
      ]);
      if (backend.name === 'memory') {
        // memory:// is per process: two stores are two separate worlds.
        expect((await second.store.get(GUILD)).digest.time).toBe('08:00');
        return;
      }
      const third = open({ url: first.url, namespace: first.namespace });
      const settings = await third.store.get(GUILD);
      expect(settings.summaryLength).toBe(10);
      expect(settings.digest.maxArticles).toBe(10);
      expect(settings.digest.time).toBe('06:45');
      expect(settings.digest.timezone).toBe('Asia/Tokyo');
    });

    it('reads from the cache after the first read; on Redis sees a change by another process at once', async () => {
      const clock = new ManualClock();
      const first = open(undefined, { clock });
      await first.store.get(GUILD);
      await first.store.get(GUILD);
      expect(first.store.stats.cacheHits).toBe(1);
      expect(first.store.stats.cacheMisses).toBe(1);
      if (backend.name === 'memory') return;
      await first.store.listening();
      const second = open({ url: first.url, namespace: first.namespace }, { clock });
      await second.store.update(GUILD, MOD_B, (s) => {
        s.summaryLength = 8;
      });
      if (backend.name === 'redis') {
        // The change is announced over pub/sub: no TTL has to run out (the clock does not move).
        let seen = DEFAULT_SUMMARY_LENGTH;
        for (let i = 0; i < 100 && seen !== 8; i += 1) {
          seen = (await first.store.get(GUILD)).summaryLength;
          if (seen !== 8) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect(seen).toBe(8);
        // Its own writes are not announced back to itself: the cache keeps serving them.
        await first.store.update(GUILD, MOD_A, (s) => {
          s.summaryLength = 2;
        });
        const misses = first.store.stats.cacheMisses;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect((await first.store.get(GUILD)).summaryLength).toBe(2);
        expect(first.store.stats.cacheMisses).toBe(misses);
      } else {
        // SQLite: one writer process is assumed, so the cache is kept (see settings-store.ts).
        clock.t += 10_000;
        expect((await first.store.get(GUILD)).summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
      }
    });

    it('on Redis a cached document expires after the TTL even if an announcement was missed', async () => {
      const clock = new ManualClock();
      const first = open(undefined, { clock });
      await first.store.get(GUILD);
      if (backend.name !== 'redis') {
        clock.t += 60_000;
        await first.store.get(GUILD);
        expect(first.store.stats.cacheMisses).toBe(1);
        return;
      }
      // Written behind the store's back (no announcement): only the TTL reveals it.
      const keyv = createKeyv(first.url, { namespace: first.namespace });
      await keyv.set(GUILD, { ...defaultSettings(), summaryLength: 9 });
      await keyv.disconnect();
      expect((await first.store.get(GUILD)).summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
      clock.t += 5_001;
      expect((await first.store.get(GUILD)).summaryLength).toBe(9);
    });

    it('repairs an invalid stored value, logs it once with the guild id, writes it back, never throws', async () => {
      const url = backend.url();
      const namespace = `settings-test-${runId}-${randomUUID().slice(0, 8)}`;
      if (backend.name === 'redis') redisNamespaces.push(namespace);
      // Hand-edit the stored document through a plain keyv on the same data.
      const keyv = createKeyv(url, { namespace });
      await keyv.set(GUILD, {
        digest: { enabled: 'yes', channelId: CHANNEL, time: '8:15', days: 'mon-fri', timezone: 'Mars/Olympus', maxArticles: 40 },
        summaryLength: '4',
        moderatorRoleId: 12,
      });
      const { logger, logs } = memoryLogger();
      const store = new KeyvSettingsStore(keyv, { logger });
      const settings = await store.get(GUILD);
      expect(settings.digest).toMatchObject({ enabled: false, channelId: CHANNEL, time: '08:15', days: [1, 2, 3, 4, 5], timezone: 'UTC', maxArticles: 5 });
      expect(settings.summaryLength).toBe(4);
      expect(settings.moderatorRoleId).toBeNull();
      await store.get(GUILD);
      store.forget();
      await store.get(GUILD);
      await store.update(GUILD, MOD_A, (s) => {
        s.summaryLength = 2;
      });
      const repaired = logs.filter((l) => l.msg.startsWith('guild settings repaired'));
      expect(repaired).toHaveLength(1);
      expect(repaired[0]!.guildId).toBe(GUILD);
      expect((repaired[0]!.problems as string[]).join('\n')).toMatch(/digest\.timezone: "Mars\/Olympus"/);
      // Written back: the stored document is valid and current.
      const stored = (await keyv.get(GUILD)) as { version: number; digest: { time: string }; summaryLength: number };
      expect(stored.version).toBe(SETTINGS_VERSION);
      expect(stored.digest.time).toBe('08:15');
      expect(stored.summaryLength).toBe(2);
      await store.close();
    });

    it('survives closing and reopening on the same data', async () => {
      const first = open();
      await first.store.update(GUILD, MOD_A, (s) => {
        s.digest.channelId = CHANNEL;
        s.digest.time = '21:05';
        s.digest.enabled = true;
      });
      expect((await first.store.get(GUILD)).digest.time).toBe('21:05');
      await first.store.close();
      if (backend.name === 'memory') return;
      const second = open({ url: first.url, namespace: first.namespace });
      const settings = await second.store.get(GUILD);
      expect(settings.digest).toMatchObject({ channelId: CHANNEL, time: '21:05', enabled: true });
      expect(settings.changes['digest.time']?.by).toBe(MOD_A);
    });

    it("serves the digest scheduler's port: its digest settings, and switching the digest off with a reason", async () => {
      const { store } = open();
      const port = digestSettingsPort(store);
      const seen: string[][] = [];
      store.onChange((change) => seen.push(change.paths));
      await store.update(GUILD, MOD_A, (s) => {
        s.digest.enabled = true;
        s.digest.channelId = CHANNEL;
      });
      expect((await port.get(GUILD)).enabled).toBe(true);
      await port.disable(GUILD, '3 deliveries in a row failed: Unknown Channel', new Date('2026-06-02T08:00:00Z'));
      const settings = await store.get(GUILD);
      expect(settings.digest.enabled).toBe(false);
      expect(settings.digestStatus).toEqual({ disabledReason: '3 deliveries in a row failed: Unknown Channel', disabledAt: '2026-06-02T08:00:00.000Z' });
      expect(settings.changes['digest.enabled']?.by).toBe(SYSTEM_ACTOR);
      expect(seen).toEqual([['digest.enabled', 'digest.channelId'], ['digest.enabled']]);
    });
  });
}

describe('KeyvSettingsStore with a hand-edited in-memory keyv', () => {
  it('repairs a stored string that is not JSON, once', async () => {
    const { Keyv } = await import('keyv');
    const keyv = new Keyv({ namespace: 'settings' });
    const { logger, logs } = memoryLogger();
    const store = new KeyvSettingsStore(keyv, { logger });
    await keyv.set(GUILD, 'not json {');
    expect(await store.get(GUILD)).toEqual(defaultSettings());
    await store.get(GUILD);
    await store.close();
    expect(logs.filter((l) => l.msg.startsWith('guild settings repaired'))).toHaveLength(1);
  });

  it('evicts the least recently used documents past cacheMax', async () => {
    const { Keyv } = await import('keyv');
    const store = new KeyvSettingsStore(new Keyv(), { logger: memoryLogger().logger, cacheMax: 2 });
    await store.get('1');
    await store.get('2');
    await store.get('1');
    await store.get('3');
    expect(store.cacheSize).toBe(2);
    await store.get('1');
    expect(store.stats.cacheHits).toBe(2);
    await store.get('2');
    expect(store.stats.cacheMisses).toBe(4);
    await store.close();
  });
});
