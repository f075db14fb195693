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

/**
 * An empty database of the Redis at REDIS_URL (tried from 15 down to 1), claimed with an owner key
 * so that a parallel run picks another; `release` flushes it. Used where the stores' fixed key
 * names would otherwise collide with other runs.
 */
export async function claimEmptyRedisDb(owner: string): Promise<{ url: string; release: () => Promise<void> }> {
  const { createClient } = await import('@keyv/redis');
  for (let db = 15; db >= 1; db -= 1) {
    const url = new URL(REDIS_URL);
    url.pathname = `/${db}`;
    const client = createClient({ url: url.href });
    await client.connect();
    if ((await client.dbSize()) === 0) {
      await client.set('newsdesk:owner', owner);
      return {
        url: url.href,
        release: async () => {
          await client.flushDb();
          await client.close();
        },
      };
    }
    await client.close();
  }
  throw new Error('no empty Redis database (1..15)');
}
