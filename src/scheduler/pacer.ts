// Spaces calls evenly: `perSecond` a second on average, never more than `burst` back to back.
// discord.js keeps the bot within 50 requests/s with a fixed one-second window that starts at its
// first request, but a window full of requests sent at once can reach Discord spread over two of
// Discord's windows and earn 429s (which count towards the invalid-request ban). Evenly spaced digest
// posts a little under the limit do not: the window can fall anywhere. The small burst lets a late
// timer (a busy event loop) catch up a few posts without ever bunching a second's worth.
export function createPacer(
  perSecond: number,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  burst = 3,
): () => Promise<void> {
  let tokens = 1;
  let refilledAt = now();
  let queue: Promise<void> = Promise.resolve();
  const refill = (): void => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - refilledAt) * perSecond) / 1000);
    refilledAt = t;
  };
  return () => {
    // Callers go one after another, so the bucket is never read by two at once.
    const turn = queue.then(async () => {
      refill();
      if (tokens < 1) {
        await sleep(((1 - tokens) * 1000) / perSecond);
        refill();
      }
      tokens -= 1;
    });
    queue = turn;
    return turn;
  };
}
