// One place that turns a STORE_URL into a keyv: `sqlite://path` (the embedded default; the folder is
// created when missing), `redis://...` / `rediss://...` (shared by several processes), `memory://`
// (tests and `npm run ask`). Every caller names its namespace, so settings, digest claims and later
// stores never collide in one file or one Redis.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';

export const DEFAULT_STORE_URL = 'sqlite://data/newsdesk.sqlite';

export type StoreKind = 'sqlite' | 'redis' | 'memory';

export interface KeyvOptions {
  namespace: string;
}

/** Which backend a store URL selects; throws a readable error for anything else. */
export function storeKind(storeUrl: string): StoreKind {
  if (/^rediss?:\/\//i.test(storeUrl)) return 'redis';
  if (/^sqlite:\/\//i.test(storeUrl)) return 'sqlite';
  if (/^memory:(\/\/)?$/i.test(storeUrl) || storeUrl === 'memory') return 'memory';
  throw new Error(
    `STORE_URL must start with sqlite://, redis:// or memory:// (got "${redactUrl(storeUrl)}"), e.g. ${DEFAULT_STORE_URL}`,
  );
}

/** The URL with any password hidden, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@').replace(/\/\/[^:/@]+@/, '//***@');
}

/** The file path of a sqlite:// URL (relative paths are relative to the working directory). */
export function sqlitePath(storeUrl: string): string {
  return storeUrl.replace(/^sqlite:\/\//i, '');
}

export function createKeyv<T = unknown>(storeUrl: string, options: KeyvOptions): Keyv<T> {
  const kind = storeKind(storeUrl);
  // throwOnErrors: a store that is down must fail loudly, never read as "no settings yet".
  if (kind === 'memory') return new Keyv<T>({ namespace: options.namespace, throwOnErrors: true });
  if (kind === 'sqlite') {
    const path = sqlitePath(storeUrl);
    if (path === '') throw new Error(`STORE_URL "${storeUrl}" has no file path, e.g. ${DEFAULT_STORE_URL}`);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    // busyTimeout: a second connection to the same file (the digest ledger) waits instead of failing.
    const store = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 });
    // WAL: readers never wait for a writer, and a write costs one append instead of a journal copy.
    if (path !== ':memory:') store.query('PRAGMA journal_mode = WAL').catch(() => undefined);
    return new Keyv<T>({ store, namespace: options.namespace, throwOnErrors: true });
  }
  const store = new KeyvRedis(storeUrl, { namespace: options.namespace });
  // useKeyPrefix false: the adapter prefixes keys with its namespace itself ("ns::key").
  return new Keyv<T>({ store, namespace: options.namespace, useKeyPrefix: false, throwOnErrors: true });
}
