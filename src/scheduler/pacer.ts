// Spaces calls evenly: at most `perSecond` a second, with no burst at the start of a second. discord.js
// keeps the bot within 50 requests/s with a fixed one-second window that starts at its first request,
// but a window full of requests sent at once can reach Discord spread over two of Discord's windows
// and earn 429s (which count towards the invalid-request ban). Evenly spaced digest posts a little
// under the limit do not: the window can fall anywhere. Callers go one after another; after a stalled
// event loop the plan restarts from the actual time, so a stall never turns into a burst.
export function createPacer(
  perSecond: number,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): () => Promise<void> {
  const gap = 1000 / perSecond;
  let last = -Infinity;
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const turn = queue.then(async () => {
      const planned = Math.max(now(), last + gap);
      const wait = planned - now();
      if (wait > 0) await sleep(wait);
      // A timer a little late keeps the plan (no drift below the rate); a long stall restarts it.
      const t = now();
      last = t - planned > gap ? t : planned;
    });
    queue = turn;
    return turn;
  };
}
