// Spaces calls evenly: at most `perSecond` a second, with no burst at the start of a second. discord.js
// keeps the bot within 50 requests/s with a fixed one-second window that starts at its first request,
// but a window full of requests sent at once can reach Discord spread over two of Discord's windows
// and earn 429s (which count towards the invalid-request ban). Evenly spaced digest posts a little
// under the limit do not: the window can fall anywhere.
export function createPacer(
  perSecond: number,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): () => Promise<void> {
  const gap = 1000 / perSecond;
  let next = -Infinity;
  return async () => {
    const t = now();
    const at = Math.max(t, next);
    next = at + gap;
    if (at > t) await sleep(at - t);
  };
}
