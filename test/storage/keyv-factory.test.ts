import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createKeyv, redactUrl, storeKind } from '../../src/storage/keyv-factory.ts';

describe('STORE_URL', () => {
  it('selects the backend from the scheme, and refuses anything else with an example', () => {
    expect(storeKind('sqlite://data/newsdesk.sqlite')).toBe('sqlite');
    expect(storeKind('redis://127.0.0.1:6379')).toBe('redis');
    expect(storeKind('rediss://user:pw@example.org:6380')).toBe('redis');
    expect(storeKind('memory://')).toBe('memory');
    expect(() => storeKind('postgres://user:secret@db/x')).toThrow(/must start with sqlite:\/\/, redis:\/\/ or memory:\/\/.*user:\*\*\*@db/);
  });

  it('never shows a password', () => {
    expect(redactUrl('redis://user:secret@host:6379')).toBe('redis://user:***@host:6379');
    expect(redactUrl('redis://:secret@host:6379')).toBe('redis://:***@host:6379');
    expect(redactUrl('redis://host:6379')).toBe('redis://host:6379');
  });

  it('defaults to the SQLite file and is checked by loadConfig', () => {
    const ok = loadConfig({});
    expect(ok.ok && ok.config.STORE_URL).toBe('sqlite://data/newsdesk.sqlite');
    const bad = loadConfig({ STORE_URL: 'mysql://x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join('\n')).toMatch(/STORE_URL: must be sqlite:\/\/path/);
  });

  it('creates the folder of an SQLite file and keeps values under their namespace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyv-factory-'));
    try {
      const file = join(dir, 'a', 'b', 'store.sqlite');
      const one = createKeyv<number>(`sqlite://${file}`, { namespace: 'one' });
      const two = createKeyv<number>(`sqlite://${file}`, { namespace: 'two' });
      await one.set('k', 1);
      await two.set('k', 2);
      expect(existsSync(file)).toBe(true);
      expect(await one.get('k')).toBe(1);
      expect(await two.get('k')).toBe(2);
      await one.disconnect();
      await two.disconnect();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
