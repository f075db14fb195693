// The digest's exactly-once bookkeeping: slot claims, "posting started" and "sent" marks, each guild's
// last digest time and its run of failures. Claims need an atomic "set if absent": Redis does it with
// SET NX PX (so any number of processes can share it); SQLite with INSERT OR IGNORE plus a
// compare-and-swap UPDATE for an expired lease (safe across connections to one file); memory with a
// Map (one process). Values are small strings; a TTL is a lease or a clean-up horizon.
import { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { redactUrl, sqlitePath, storeKind } from './keyv-factory.ts';

export interface AtomicKv {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets `key` only if it is absent or expired. True when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Drops expired entries, where the backend does not do it by itself. */
  prune?(): Promise<void>;
  close(): Promise<void>;
}

export class MemoryAtomicKv implements AtomicKv {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  private live(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key);
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.entries.set(key, { value, expires: ttlMs === undefined ? Infinity : this.now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    if (this.live(key) !== undefined) return false;
    this.entries.set(key, { value, expires: ttlMs === undefined ? Infinity : this.now() + ttlMs });
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async prune(): Promise<void> {
    for (const key of [...this.entries.keys()]) this.live(key);
  }

  async close(): Promise<void> {}
}

const makeRedisClient = (url: string) => createClient({ url });
type RedisClient = ReturnType<typeof makeRedisClient>;

export class RedisAtomicKv implements AtomicKv {
  private constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  static async connect(
    url: string,
    prefix = 'newsdesk:digest:',
    onError: (error: unknown) => void = () => undefined,
  ): Promise<RedisAtomicKv> {
    const client = makeRedisClient(url);
    // node-redis reconnects by itself; an unheard 'error' event would crash the process.
    client.on('error', onError);
    await client.connect();
    return new RedisAtomicKv(client, prefix);
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.client.set(this.prefix + key, value, ttlMs === undefined ? undefined : { PX: Math.max(1, Math.round(ttlMs)) });
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    const options = ttlMs === undefined ? { NX: true as const } : { NX: true as const, PX: Math.max(1, Math.round(ttlMs)) };
    return (await this.client.set(this.prefix + key, value, options)) === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

interface SqliteRow {
  value: string;
}

/** Rows hold JSON `{ v, e }`: the value and its expiry (epoch ms, or null for none). */
export class SqliteAtomicKv implements AtomicKv {
  private readonly table = 'newsdesk_digest_ledger';
  private readonly db: KeyvSqlite;

  constructor(
    uri: string,
    private readonly now: () => number = Date.now,
  ) {
    // KeyvSqlite gives a serialised sqlite3 connection and creates the (key, value) table.
    this.db = new KeyvSqlite({ uri, table: this.table, busyTimeout: 10_000 });
  }

  private encode(value: string, ttlMs?: number): string {
    // The nonce makes every write distinct, so a compare-and-swap can tell whose write survived.
    return JSON.stringify({ v: value, e: ttlMs === undefined ? null : this.now() + ttlMs, n: randomUUID() });
  }

  private decode(raw: string | undefined): { v: string; e: number | null } | undefined {
    if (raw === undefined) return undefined;
    const parsed = JSON.parse(raw) as { v: string; e: number | null };
    return parsed.e !== null && parsed.e <= this.now() ? undefined : parsed;
  }

  private async raw(key: string): Promise<string | undefined> {
    const rows = (await this.db.query(`SELECT value FROM ${this.table} WHERE key = ?`, key)) as SqliteRow[];
    return rows[0]?.value;
  }

  async get(key: string): Promise<string | undefined> {
    return this.decode(await this.raw(key))?.v;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.db.query(`INSERT OR REPLACE INTO ${this.table} (key, value) VALUES (?, ?)`, key, this.encode(value, ttlMs));
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    const mine = this.encode(value, ttlMs);
    await this.db.query(`INSERT OR IGNORE INTO ${this.table} (key, value) VALUES (?, ?)`, key, mine);
    const current = await this.raw(key);
    if (current === mine) return true;
    if (current === undefined || this.decode(current) !== undefined) return false;
    // Expired: take it over only if nobody else changed it since we looked.
    await this.db.query(`UPDATE ${this.table} SET value = ? WHERE key = ? AND value = ?`, mine, key, current);
    return (await this.raw(key)) === mine;
  }

  async delete(key: string): Promise<void> {
    await this.db.query(`DELETE FROM ${this.table} WHERE key = ?`, key);
  }

  /** Removes expired rows (SQLite has no TTL of its own). */
  async prune(): Promise<void> {
    await this.db.query(
      `DELETE FROM ${this.table} WHERE json_extract(value, '$.e') IS NOT NULL AND json_extract(value, '$.e') <= ?`,
      this.now(),
    );
  }

  async close(): Promise<void> {
    await this.db.disconnect();
  }
}

/** The ledger for a STORE_URL (`sqlite://path`, `redis://...`, `memory://`), beside the settings. */
export async function openAtomicKv(
  storeUrl: string,
  now: () => number = Date.now,
  onError?: (error: unknown) => void,
): Promise<AtomicKv> {
  const kind = storeKind(storeUrl);
  if (kind === 'redis') return RedisAtomicKv.connect(storeUrl, undefined, onError);
  if (kind === 'memory') return new MemoryAtomicKv(now);
  const path = sqlitePath(storeUrl);
  if (path === '') throw new Error(`STORE_URL "${redactUrl(storeUrl)}" has no file path`);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  return new SqliteAtomicKv(`sqlite://${path}`, now);
}
