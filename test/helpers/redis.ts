// Tests and benchmarks that need Redis use REDIS_URL. Where none answers they are skipped with a
// visible warning, except under REQUIRE_REDIS=1 (as .ci/run sets), where that is a failure.
import { createConnection } from 'node:net';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True when something accepts a TCP connection at the Redis URL's host and port within 500 ms. */
export function redisReachable(url: string = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** Whether the Redis cases of `suite` can run; warns that they are skipped, or throws under REQUIRE_REDIS=1. */
export async function redisForTests(suite: string): Promise<boolean> {
  const up = await redisReachable();
  if (!up) {
    if (process.env.REQUIRE_REDIS === '1') throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${REDIS_URL}`);
    console.warn(`${suite}: NO REDIS at ${REDIS_URL}; its Redis tests are SKIPPED (set REQUIRE_REDIS=1 to fail instead)`);
  }
  return up;
}
