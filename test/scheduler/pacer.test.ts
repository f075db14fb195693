import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/scheduler/pacer.ts';
import { createLimiter } from '../../src/scheduler/limit.ts';

function manual(perSecond: number, burst?: number) {
  const clock = { t: 1000 };
  const starts: number[] = [];
  const pace = createPacer(perSecond, () => clock.t, async (ms) => {
    clock.t += ms;
  }, burst);
  return { clock, starts, go: async () => (await pace(), starts.push(Math.round(clock.t))) };
}

describe('createPacer', () => {
  it('spaces calls evenly at the rate, without a burst at the start', async () => {
    const p = manual(50);
    for (let i = 0; i < 5; i += 1) await p.go();
    expect(p.starts).toEqual([1000, 1020, 1040, 1060, 1080]);
  });

  it('after a stall lets at most `burst` calls through back to back, then the rate again', async () => {
    const p = manual(50, 3);
    await p.go();
    p.clock.t += 1000; // the event loop was blocked for a second
    for (let i = 0; i < 5; i += 1) await p.go();
    expect(p.starts).toEqual([1000, 2000, 2000, 2000, 2020, 2040]);
  });

  it('never lets more than the rate plus the burst through in any second', async () => {
    const p = manual(46, 3);
    for (let i = 0; i < 200; i += 1) {
      if (i % 17 === 0) p.clock.t += 90; // irregular stalls
      await p.go();
    }
    for (const start of p.starts) {
      const inWindow = p.starts.filter((s) => s >= start && s < start + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(46 + 3);
    }
  });
});

describe('createLimiter', () => {
  it('never runs more than max tasks at once and runs them all', async () => {
    const limit = createLimiter(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 1 + (i % 3)));
          running -= 1;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
