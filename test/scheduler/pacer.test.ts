import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/scheduler/pacer.ts';
import { createLimiter } from '../../src/scheduler/limit.ts';

describe('createPacer', () => {
  it('spaces calls evenly at the rate, without a burst', async () => {
    let t = 1000;
    const starts: number[] = [];
    const pace = createPacer(50, () => t, async (ms) => {
      t += ms;
    });
    for (let i = 0; i < 5; i += 1) {
      await pace();
      starts.push(t);
    }
    expect(starts).toEqual([1000, 1020, 1040, 1060, 1080]);
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

describe('createPacer after a stall', () => {
  it('does not burst to catch up', async () => {
    let t = 0;
    const starts: number[] = [];
    const pace = createPacer(50, () => t, async (ms) => {
      t += ms;
    });
    await pace();
    starts.push(t);
    t += 500; // the event loop was blocked for half a second
    for (let i = 0; i < 3; i += 1) {
      await pace();
      starts.push(t);
    }
    expect(starts).toEqual([0, 500, 520, 540]);
  });
});
