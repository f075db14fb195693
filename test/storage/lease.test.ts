// The feed-polling lease against a real Redis at REDIS_URL (skipped with a warning when no Redis
// answers, a failure when REQUIRE_REDIS=1): one holder at a time, renew/release only by the holder,
// take-over after the holder stops renewing. Keys use a unique prefix per run and are deleted.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { LeaseKeeper, LocalLease, RedisLease, openLease } from '../../src/storage/lease.ts';
import { REDIS_URL, redisForTests } from '../helpers/redis.ts';

const redisUp = await redisForTests('lease');

const logger = pino({ level: 'silent' });
const prefix = `newsdesk-test:lease:${randomUUID()}:`;
const opened: RedisLease[] = [];
async function lease(name: string, ttlMs: number): Promise<RedisLease> {
  const l = await RedisLease.connect(REDIS_URL, prefix + name, ttlMs);
  opened.push(l);
  return l;
}
afterAll(async () => {
  for (const l of opened) {
    await l.release().catch(() => undefined);
    await l.close().catch(() => undefined);
  }
});

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('LocalLease (SQLite, memory: one process)', () => {
  it('is always held', async () => {
    const l = await openLease('sqlite://data/x.sqlite', 'feeds', 1000);
    expect(l).toBeInstanceOf(LocalLease);
    expect(await l.acquire()).toBe(true);
    expect(await l.renew()).toBe(true);
  });
});

describe.runIf(redisUp)('RedisLease', () => {
  it('has one holder at a time; only the holder renews or releases', async () => {
    const a = await lease('one', 5_000);
    const b = await lease('one', 5_000);
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(await b.renew()).toBe(false);
    await b.release(); // not the holder: nothing happens
    expect(await a.holder()).toBe(a.token);
    expect(await a.renew()).toBe(true);
    await a.release();
    expect(await a.holder()).toBeNull();
    expect(await b.acquire()).toBe(true);
  });

  it('expires when not renewed; the old holder cannot renew the new holder\'s lease', async () => {
    const a = await lease('expiry', 150);
    const b = await lease('expiry', 150);
    expect(await a.acquire()).toBe(true);
    const end = Date.now() + 3_000;
    let took = false;
    while (!took && Date.now() < end) {
      took = await b.acquire();
      if (!took) await new Promise((r) => setTimeout(r, 30));
    }
    expect(took).toBe(true);
    expect(await a.renew()).toBe(false);
    await a.release();
    expect(await b.holder()).toBe(b.token);
  });

  it('LeaseKeeper: exactly one keeper runs the job; another takes over when it stops renewing', async () => {
    const ttlMs = 300;
    const running = new Set<string>();
    const keeper = (name: string, l: RedisLease): LeaseKeeper =>
      new LeaseKeeper({
        lease: l,
        ttlMs,
        logger,
        onAcquired: () => running.add(name),
        onLost: () => void running.delete(name),
      });
    const k1 = keeper('k1', await lease('keeper', ttlMs));
    const k2 = keeper('k2', await lease('keeper', ttlMs));
    k1.start();
    await until(() => running.size === 1);
    k2.start();
    // Several renewal rounds: still one runner.
    for (let i = 0; i < 5; i++) {
      await k1.step();
      await k2.step();
      expect(running.size).toBe(1);
    }
    expect([...running]).toEqual(['k1']);
    // A holder that dies just stops renewing: simulate with a timer stop but no release.
    const k1Internal = k1 as unknown as { timer: NodeJS.Timeout | undefined };
    clearInterval(k1Internal.timer);
    k1Internal.timer = undefined;
    const t0 = Date.now();
    await until(() => running.has('k2'));
    expect(Date.now() - t0).toBeLessThan(ttlMs * 3);
    await k2.stop();
    expect(running.has('k2')).toBe(false);
    await k1.stop();
  });

  it('a clean stop hands the lease over at once', async () => {
    const a = await lease('handover', 10_000);
    const b = await lease('handover', 10_000);
    const k = new LeaseKeeper({ lease: a, ttlMs: 10_000, logger, onAcquired: () => undefined, onLost: () => undefined });
    await k.step();
    expect(k.holding).toBe(true);
    expect(await b.acquire()).toBe(false);
    await k.stop();
    expect(await b.acquire()).toBe(true);
  });
});
