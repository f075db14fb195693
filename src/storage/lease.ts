// A lease: "this process does the job", held by one process at a time and lost by a process that
// dies (it simply stops renewing and the lease expires). Feed polling uses it so a deployment of
// several shard processes polls each feed once. Redis: SET NX PX to take it, a compare-and-extend
// Lua script to renew it, compare-and-delete to give it back, so a process whose lease already
// expired (a long GC pause, a network cut) can never renew or delete the new holder's lease.
// SQLite and memory stores serve one process, so the lease there is trivially always held.
import { createClient } from '@keyv/redis';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { storeKind } from './keyv-factory.ts';

export interface Lease {
  /** Takes the lease if nobody holds it. True when this holder now has it. */
  acquire(): Promise<boolean>;
  /** Extends the lease if this holder still has it. False when it was lost. */
  renew(): Promise<boolean>;
  /** Gives the lease back if this holder has it (a clean stop hands over at once). */
  release(): Promise<void>;
  close(): Promise<void>;
}

// KEYS[1] lease key, ARGV[1] holder token, ARGV[2] ttl ms.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

const makeRedisClient = (url: string) => createClient({ url });
type RedisClient = ReturnType<typeof makeRedisClient>;

export class RedisLease implements Lease {
  /** Unique per holder: a restarted process is a new holder, never mistaken for the old one. */
  readonly token = randomUUID();
  private constructor(
    private readonly client: RedisClient,
    private readonly key: string,
    private readonly ttlMs: number,
  ) {}

  static async connect(url: string, key: string, ttlMs: number, onError: (error: unknown) => void = () => undefined): Promise<RedisLease> {
    const client = makeRedisClient(url);
    // node-redis reconnects by itself; an unheard 'error' event would crash the process.
    client.on('error', onError);
    await client.connect();
    return new RedisLease(client, key, ttlMs);
  }

  async acquire(): Promise<boolean> {
    return (await this.client.set(this.key, this.token, { NX: true, PX: this.ttlMs })) === 'OK';
  }

  async renew(): Promise<boolean> {
    return Number(await this.client.eval(RENEW, { keys: [this.key], arguments: [this.token, String(this.ttlMs)] })) === 1;
  }

  async release(): Promise<void> {
    await this.client.eval(RELEASE, { keys: [this.key], arguments: [this.token] });
  }

  /** Who holds the lease now (tests, logs). */
  async holder(): Promise<string | null> {
    return this.client.get(this.key);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}

/** One process owns the store (SQLite file, memory): it always holds the lease. */
export class LocalLease implements Lease {
  async acquire(): Promise<boolean> {
    return true;
  }
  async renew(): Promise<boolean> {
    return true;
  }
  async release(): Promise<void> {}
  async close(): Promise<void> {}
}

export async function openLease(storeUrl: string, name: string, ttlMs: number, onError?: (error: unknown) => void): Promise<Lease> {
  if (storeKind(storeUrl) !== 'redis') return new LocalLease();
  return RedisLease.connect(storeUrl, `newsdesk:lease:${name}`, ttlMs, onError);
}

export interface LeaseKeeperOptions {
  lease: Lease;
  ttlMs: number;
  logger: Logger;
  /** Called when this process becomes the holder (start the job). */
  onAcquired: () => void;
  /** Called when this process stops being the holder (stop the job). */
  onLost: () => void | Promise<void>;
}

/**
 * Keeps trying for the lease and renews it while held, every third of its TTL: a holder renews
 * twice before expiry, and a waiting process takes over at most one TTL plus a third after the
 * holder died. A store error while holding counts as lost (better no poller for a moment than two).
 */
export class LeaseKeeper {
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  private busy: Promise<void> = Promise.resolve();

  constructor(private readonly o: LeaseKeeperOptions) {}

  get holding(): boolean {
    return this.held;
  }

  start(): void {
    if (this.timer !== undefined) return;
    const every = Math.max(50, Math.floor(this.o.ttlMs / 3));
    this.timer = setInterval(() => void this.step(), every);
    this.timer.unref();
    void this.step();
  }

  /** One round: renew when held, else try to acquire. Exposed for tests. */
  step(): Promise<void> {
    this.busy = this.busy.then(() => this.round());
    return this.busy;
  }

  private async round(): Promise<void> {
    let now: boolean;
    try {
      now = this.held ? await this.o.lease.renew() : await this.o.lease.acquire();
    } catch (err) {
      this.o.logger.warn({ err }, 'lease: store error');
      now = false;
    }
    if (now && !this.held) {
      this.held = true;
      this.o.logger.info('lease acquired: this process runs the job');
      this.o.onAcquired();
    } else if (!now && this.held) {
      this.held = false;
      this.o.logger.warn('lease lost: another process runs the job');
      await this.o.onLost();
    }
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.busy;
    if (this.held) {
      this.held = false;
      await this.o.onLost();
      await this.o.lease.release().catch(() => undefined);
    }
    await this.o.lease.close();
  }
}
