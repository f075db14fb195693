// Guild settings in keyv: one zod-validated document per guild (key = guild id, namespace
// "settings"), behind a small interface so commands and the scheduler get it from their context and
// tests can use a real in-memory keyv.
//
// Reads: an in-process cache (LRU, `cacheMax` documents) answers without touching the disk or the
// network. It is invalidated by write-through: every update in this process replaces the cached
// document. On SQLite and memory:// this process is the only writer, so cached entries never expire.
// On Redis other processes write too: every write announces "<writer> <guild>" on a pub/sub channel
// in the same Lua script that stores it, and each store drops the cached document it hears about, so
// a change made by another process is seen at once. An announcement missed while the subscriber
// reconnects is covered by a TTL: a cached entry on Redis lives `cacheTtlMs` (default 5 s).
//
// Writes: serialized per guild in this process (a promise queue per guild), and each one is a
// read-modify-write with a compare-and-set on the stored value, retried on conflict: a Lua script on
// Redis, an UPDATE ... WHERE value = <what we read> on SQLite. So two moderators changing different
// settings at the same moment both keep their change, in one process or across several.
//
// A stored document that fails validation is repaired (see parseSettings), logged once per guild, and
// written back repaired.
import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import {
  SETTINGS_VERSION,
  SYSTEM_ACTOR,
  assertValidSettings,
  changedPaths,
  cloneSettings,
  defaultSettings,
  parseSettings,
  settingValue,
  type DigestSettings,
  type GuildSettings,
  type SettingPath,
} from '../core/settings.ts';
import { createKeyv, storeKind, type StoreKind } from './keyv-factory.ts';

export interface SettingsActor {
  /** A Discord user id, or SYSTEM_ACTOR for the bot itself. */
  id: string;
  /** For the logs only. */
  name?: string;
}

export interface SettingsChange {
  guildId: string;
  actor: SettingsActor;
  paths: SettingPath[];
  before: GuildSettings;
  after: GuildSettings;
}

export interface SettingsStore {
  /** The guild's settings (defaults for a guild never configured). Callers get their own copy. */
  get(guildId: string): Promise<GuildSettings>;
  /**
   * Changes a guild's settings: `mutate` edits the draft it is given (or returns a new document).
   * It may run more than once when another process changed the document meanwhile, so it must only
   * depend on its argument. Throwing from it (a UserError) changes nothing.
   */
  update(
    guildId: string,
    actor: SettingsActor | string,
    mutate: (draft: GuildSettings) => GuildSettings | void,
  ): Promise<{ before: GuildSettings; after: GuildSettings }>;
  /** Restores the defaults (keeping the change history, with this change in it). */
  reset(guildId: string, actor: SettingsActor | string): Promise<{ before: GuildSettings; after: GuildSettings }>;
  /** Called after every successful change made through this store (the scheduler reschedules). */
  onChange(listener: (change: SettingsChange) => void): () => void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------- raw documents

/** The stored form of one guild's document, as keyv wrote it (or undefined). */
interface RawDocs {
  read(guildId: string): Promise<string | undefined>;
  /** Writes `next` only if the stored value is still `expected`; true when it did. */
  compareAndSet(guildId: string, expected: string | undefined, next: string): Promise<boolean>;
  /** Shared stores: calls `changed(guildId)` when another process changes a guild's document. */
  watch?(changed: (guildId: string) => void, onError: (err: unknown) => void): Promise<void>;
  close(): Promise<void>;
}

// Replaces the value only if it is still the one we read ('' = "there was none": keyv never
// stores an empty string), and announces the change ("<writer id> <guild id>") to the other
// processes in the same step.
const REDIS_CAS = `
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  redis.call('PUBLISH', ARGV[3], ARGV[4])
  return 1
end
return 0`;

type PubSubClient = {
  connect(): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<void>;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  close(): Promise<void>;
};

function redisDocs(keyv: Keyv, store: KeyvRedis<unknown>): RawDocs {
  const key = (guildId: string): string => store.createKeyPrefix(guildId, store.namespace);
  // One channel per namespace; each store instance ignores its own announcements.
  const channel = `${store.namespace ?? 'settings'}::changed`;
  const writer = randomUUID();
  let subscriber: PubSubClient | null = null;
  return {
    async read(guildId) {
      const client = await store.getClient();
      const value = await (client as { get(key: string): Promise<string | null> }).get(key(guildId));
      return value ?? undefined;
    },
    async compareAndSet(guildId, expected, next) {
      const client = (await store.getClient()) as {
        eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
      };
      const args = [expected ?? '', next, channel, `${writer} ${guildId}`];
      return (await client.eval(REDIS_CAS, { keys: [key(guildId)], arguments: args })) === 1;
    },
    async watch(changed, onError) {
      const client = (await store.getClient()) as unknown as { duplicate(): PubSubClient };
      const sub = client.duplicate();
      sub.on('error', onError);
      await sub.connect();
      await sub.subscribe(channel, (message) => {
        const [from, guildId] = message.split(' ');
        if (from !== writer && guildId !== undefined) changed(guildId);
      });
      subscriber = sub;
    },
    async close() {
      await subscriber?.close().catch(() => undefined);
      await keyv.disconnect();
    },
  };
}

function sqliteDocs(keyv: Keyv, store: KeyvSqlite): RawDocs {
  const table = store.opts.table ?? 'keyv';
  const key = (guildId: string): string => keyv._getKeyPrefix(guildId);
  const read = async (guildId: string): Promise<string | undefined> => {
    const rows = (await store.query(`SELECT value FROM ${table} WHERE key = ?`, key(guildId))) as Array<{ value: string }>;
    return rows[0]?.value;
  };
  return {
    read,
    async compareAndSet(guildId, expected, next) {
      if (expected === undefined) {
        await store.query(`INSERT OR IGNORE INTO ${table} (key, value) VALUES (?, ?)`, key(guildId), next);
      } else {
        await store.query(`UPDATE ${table} SET value = ? WHERE key = ? AND value = ?`, next, key(guildId), expected);
      }
      // Documents carry updatedAt and their changes, so "it now holds exactly what I wrote" means
      // my write landed (an identical concurrent write would be the same change anyway).
      return (await read(guildId)) === next;
    },
    close: () => keyv.disconnect(),
  };
}

/** Any other keyv store (memory://): one process, so the per-guild queue alone serializes writes. */
function plainDocs(keyv: Keyv): RawDocs {
  return {
    async read(guildId) {
      const raw = await keyv.get(guildId, { raw: true });
      return raw === undefined ? undefined : ((await keyv.serializeData(raw as { value: unknown; expires?: number })) as string);
    },
    async compareAndSet(guildId, _expected, next) {
      const data = await keyv.deserializeData(next);
      await keyv.set(guildId, data?.value);
      return true;
    },
    close: () => keyv.disconnect(),
  };
}

function rawDocsFor(keyv: Keyv): RawDocs {
  const store = keyv.store as unknown;
  if (store instanceof KeyvRedis) return redisDocs(keyv, store as KeyvRedis<unknown>);
  if (store instanceof KeyvSqlite) return sqliteDocs(keyv, store);
  return plainDocs(keyv);
}

// ---------------------------------------------------------------------------- the store

export interface SettingsStoreOptions {
  logger: Logger;
  clock?: Clock;
  /** How long a cached document is trusted (ms). Infinity when this process is the only writer. */
  cacheTtlMs?: number;
  /** The most documents kept in memory (least recently used go first). */
  cacheMax?: number;
  /** Attempts of one update when other processes keep changing the same document. */
  maxAttempts?: number;
}

interface CacheEntry {
  settings: GuildSettings;
  expiresAt: number;
}

export const SETTINGS_NAMESPACE = 'settings';
export const DEFAULT_CACHE_MAX = 100_000;
export const SHARED_STORE_CACHE_TTL_MS = 5_000;

const actorOf = (actor: SettingsActor | string): SettingsActor => (typeof actor === 'string' ? { id: actor } : actor);

export class KeyvSettingsStore implements SettingsStore {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly repairsLogged = new Set<string>();
  private readonly listeners = new Set<(change: SettingsChange) => void>();
  private readonly docs: RawDocs;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly cacheTtlMs: number;
  private readonly cacheMax: number;
  private readonly maxAttempts: number;
  private closed = false;
  private watching: Promise<void> | null = null;

  constructor(
    private readonly keyv: Keyv,
    options: SettingsStoreOptions,
  ) {
    this.docs = rawDocsFor(keyv);
    this.logger = options.logger;
    this.clock = options.clock ?? systemClock;
    this.cacheTtlMs = options.cacheTtlMs ?? (keyv.store instanceof KeyvRedis ? SHARED_STORE_CACHE_TTL_MS : Infinity);
    this.cacheMax = options.cacheMax ?? DEFAULT_CACHE_MAX;
    this.maxAttempts = options.maxAttempts ?? 20;
  }

  /** Counters for the benchmark and the logs. */
  readonly stats = { cacheHits: 0, cacheMisses: 0, writes: 0, conflicts: 0 };

  get cacheSize(): number {
    return this.cache.size;
  }

  async get(guildId: string): Promise<GuildSettings> {
    this.watchOthers();
    const cached = this.fromCache(guildId);
    if (cached !== undefined) {
      this.stats.cacheHits += 1;
      return cloneSettings(cached);
    }
    this.stats.cacheMisses += 1;
    const { settings, problems, storedVersion } = await this.load(guildId);
    this.remember(guildId, settings);
    if (problems.length > 0) this.repair(guildId, problems, storedVersion);
    return cloneSettings(settings);
  }

  /** Reaches the store once (start-up check: a bad STORE_URL fails at start, not mid-command). */
  async ping(timeoutMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.docs.read('newsdesk-ping'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Drops the cached document (the next read goes to the store). */
  forget(guildId?: string): void {
    if (guildId === undefined) this.cache.clear();
    else this.cache.delete(guildId);
  }

  update(
    guildId: string,
    actor: SettingsActor | string,
    mutate: (draft: GuildSettings) => GuildSettings | void,
  ): Promise<{ before: GuildSettings; after: GuildSettings }> {
    return this.enqueue(guildId, () => this.write(guildId, actorOf(actor), mutate));
  }

  reset(guildId: string, actor: SettingsActor | string): Promise<{ before: GuildSettings; after: GuildSettings }> {
    return this.update(guildId, actor, (draft) => ({ ...defaultSettings(), changes: draft.changes }));
  }

  onChange(listener: (change: SettingsChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.queues.values()]);
    await this.watching;
    this.cache.clear();
    await this.docs.close();
  }

  // -------------------------------------------------------------------------- internals

  /**
   * On a shared store (Redis), drop a cached document as soon as another process announces a change
   * to it; the TTL remains the safety net for announcements missed during a reconnection.
   */
  private watchOthers(): void {
    if (this.watching !== null || this.docs.watch === undefined || this.closed) return;
    this.watching = this.docs
      .watch(
        (guildId) => this.cache.delete(guildId),
        (err) => this.logger.warn({ err }, 'settings change announcements: connection error (the cache TTL still applies)'),
      )
      .catch((err: unknown) => this.logger.warn({ err }, 'settings change announcements unavailable (the cache TTL still applies)'));
  }

  /** Resolves once this store listens to other processes' changes (tests; a no-op off Redis). */
  async listening(): Promise<void> {
    this.watchOthers();
    await this.watching;
  }

  private fromCache(guildId: string): GuildSettings | undefined {
    const entry = this.cache.get(guildId);
    if (entry === undefined) return undefined;
    // No clock read when entries never expire (SQLite, memory): this is the interaction path.
    if (entry.expiresAt !== Infinity && entry.expiresAt <= this.clock.now().getTime()) {
      this.cache.delete(guildId);
      return undefined;
    }
    // Least recently used first out: a hit moves the entry to the end.
    this.cache.delete(guildId);
    this.cache.set(guildId, entry);
    return entry.settings;
  }

  private remember(guildId: string, settings: GuildSettings): void {
    this.cache.delete(guildId);
    const expiresAt = this.cacheTtlMs === Infinity ? Infinity : this.clock.now().getTime() + this.cacheTtlMs;
    this.cache.set(guildId, { settings, expiresAt });
    while (this.cache.size > this.cacheMax) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /** keyv's stored form → the document (or the raw text, which parseSettings reports as not JSON). */
  private async decode(raw: string | undefined): Promise<unknown> {
    if (raw === undefined) return undefined;
    try {
      return (await this.keyv.deserializeData<unknown>(raw))?.value;
    } catch {
      return raw;
    }
  }

  private async encode(settings: GuildSettings): Promise<string> {
    return (await this.keyv.serializeData({ value: settings })) as string;
  }

  private async load(guildId: string): Promise<{ raw: string | undefined } & ReturnType<typeof parseSettings>> {
    const raw = await this.docs.read(guildId);
    return { raw, ...parseSettings(await this.decode(raw)) };
  }

  private repair(guildId: string, problems: string[], storedVersion: number | null): void {
    if (this.repairsLogged.has(guildId)) return;
    this.repairsLogged.add(guildId);
    this.logger.warn({ guildId, problems }, 'guild settings repaired: invalid or older stored values replaced');
    // A document from a newer bot version is read, never written back (it would lose its new fields).
    if (storedVersion !== null && storedVersion > SETTINGS_VERSION) return;
    this.update(guildId, { id: SYSTEM_ACTOR, name: 'repair' }, () => undefined).catch((err: unknown) => {
      this.logger.warn({ err, guildId }, 'could not write the repaired guild settings back');
    });
  }

  private enqueue<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the settings store is closed'));
    const previous = this.queues.get(guildId) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.queues.set(guildId, tail);
    void tail.then(() => {
      if (this.queues.get(guildId) === tail) this.queues.delete(guildId);
    });
    return next;
  }

  private async write(
    guildId: string,
    actor: SettingsActor,
    mutate: (draft: GuildSettings) => GuildSettings | void,
  ): Promise<{ before: GuildSettings; after: GuildSettings }> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const { raw, settings: before, problems, storedVersion } = await this.load(guildId);
      if (problems.length > 0 && !this.repairsLogged.has(guildId)) {
        this.repairsLogged.add(guildId);
        this.logger.warn({ guildId, problems }, 'guild settings repaired: invalid or older stored values replaced');
      }
      const draft = cloneSettings(before);
      const after = assertValidSettings(mutate(draft) ?? draft);
      const paths = changedPaths(before, after);
      const repairing = problems.length > 0 && (storedVersion === null || storedVersion <= SETTINGS_VERSION);
      const statusChanged = JSON.stringify(before.digestStatus) !== JSON.stringify(after.digestStatus);
      if (paths.length === 0 && !repairing && !statusChanged) {
        this.remember(guildId, before);
        return { before: cloneSettings(before), after: cloneSettings(before) };
      }
      const at = this.clock.now().toISOString();
      if (paths.length > 0 || statusChanged) {
        for (const path of paths) after.changes[path] = { by: actor.id, at };
        after.updatedBy = actor.id;
        after.updatedAt = at;
      }
      after.version = SETTINGS_VERSION;
      const next = await this.encode(after);
      if (!(await this.docs.compareAndSet(guildId, raw, next))) {
        // Another process changed this guild's document since we read it: read again, redo.
        this.stats.conflicts += 1;
        this.logger.debug({ guildId, attempt }, 'settings changed elsewhere meanwhile; retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5 * attempt)));
        continue;
      }
      this.stats.writes += 1;
      this.remember(guildId, after);
      for (const path of paths) {
        this.logger.info(
          { guildId, userId: actor.id, user: actor.name, setting: path, before: settingValue(before, path), after: settingValue(after, path) },
          'setting changed',
        );
      }
      if (statusChanged) {
        this.logger.info({ guildId, userId: actor.id, before: before.digestStatus, after: after.digestStatus }, 'digest status changed');
      }
      const change: SettingsChange = { guildId, actor, paths, before: cloneSettings(before), after: cloneSettings(after) };
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch (err) {
          this.logger.error({ err, guildId }, 'settings change listener failed');
        }
      }
      return { before: cloneSettings(before), after: cloneSettings(after) };
    }
    throw new Error(`settings of guild ${guildId}: still changing elsewhere after ${this.maxAttempts} attempts`);
  }
}

export interface OpenSettingsOptions extends SettingsStoreOptions {
  namespace?: string;
}

/** The settings store for a STORE_URL (sqlite://, redis://, memory://). */
export function openSettingsStore(storeUrl: string, options: OpenSettingsOptions): KeyvSettingsStore {
  const kind: StoreKind = storeKind(storeUrl);
  const keyv = createKeyv(storeUrl, { namespace: options.namespace ?? SETTINGS_NAMESPACE });
  const store = new KeyvSettingsStore(keyv, options);
  options.logger.debug({ kind }, 'settings store opened');
  return store;
}

/** What the digest scheduler needs (its DigestSettingsPort): the digest part, and switching it off. */
export function digestSettingsPort(store: SettingsStore): {
  get(guildId: string): Promise<DigestSettings>;
  disable(guildId: string, reason: string, since: Date): Promise<void>;
} {
  return {
    async get(guildId) {
      return (await store.get(guildId)).digest;
    },
    async disable(guildId, reason, since) {
      await store.update(guildId, { id: SYSTEM_ACTOR, name: 'digest scheduler' }, (draft) => {
        draft.digest.enabled = false;
        draft.digestStatus = { disabledReason: reason.slice(0, 1000), disabledAt: since.toISOString() };
      });
    },
  };
}
