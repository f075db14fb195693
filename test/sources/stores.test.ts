// Feed state and feed articles survive a restart on every store backend: memory (same keyv), an
// SQLite file, and Redis at REDIS_URL (skipped with a warning when no Redis answers, a failure when
// REQUIRE_REDIS=1).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Keyv } from 'keyv';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { ExtractCache } from '../../src/sources/extract-cache.ts';
import { FeedPoller } from '../../src/sources/feed-poller.ts';
import { LiveLibrary } from '../../src/sources/live-library.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';
import { rss } from './feed-fixtures.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';
import { REDIS_URL, redisForTests } from '../helpers/redis.ts';

const redisUp = await redisForTests('sources stores');

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sources-stores-'));
const backends = [
  { name: 'SQLite', up: true, url: `sqlite://${join(dir, 'store.sqlite')}` },
  { name: 'Redis', up: redisUp, url: REDIS_URL },
];
const logger = pino({ level: 'silent' });
let server: LoopbackServer;
const opened: Keyv[] = [];

beforeAll(async () => {
  server = await startLoopbackServer();
  server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Store Feed', [{ title: 'Old', guid: 'old-1', description: 'Old.' }])));
});

afterAll(async () => {
  for (const k of opened) {
    await k.clear().catch(() => undefined);
    await k.disconnect().catch(() => undefined);
  }
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const backend of backends) {
  describe.skipIf(!backend.up)(`sources on ${backend.name}`, () => {
    const run = randomUUID().slice(0, 8);
    const keyv = (ns: string): Keyv => {
      const k = createKeyv(backend.url, { namespace: `test-${run}-${ns}` });
      opened.push(k);
      return k;
    };

    it('keeps feed state and feed articles across a restart', async () => {
      const t = Date.parse('2026-11-24T12:00:00Z');
      const clock = { now: () => new Date(t) };
      const first = new FeedPoller({ store: keyv('feeds'), sink: async () => true, logger, clock, fetchOptions: { allowPrivate: true } });
      await first.add(`${server.base}/feed.xml`, { guildId: '1' });
      const library = new MemoryLibrary();
      const live = new LiveLibrary({ library, store: keyv('library'), cache: new ExtractCache(keyv('cache'), extractArticle, 'v'), logger });
      await live.addFeedArticle({ headline: 'Kept', paragraphs: ['A story that must survive a restart, the desk said.'], url: 'https://x.org/kept' }, { addedAt: '2026-11-24T12:00:00Z', visibility: ['1'] });

      const second = new FeedPoller({ store: keyv('feeds'), sink: async () => true, logger, clock, fetchOptions: { allowPrivate: true } });
      expect((await second.list('1')).map((f) => f.title)).toEqual(['Store Feed']);
      let extractions = 0;
      const again = new LiveLibrary({
        library: new MemoryLibrary(),
        store: keyv('library'),
        cache: new ExtractCache(keyv('cache'), (text, o) => (extractions++, extractArticle(text, o)), 'v'),
        logger,
      });
      expect(await again.restore()).toBe(1);
      expect(extractions).toBe(0);
      expect(again.library.get(library.list()[0]!.article.id)?.article.headline).toBe('Kept');
      expect(again.visibility(library.list()[0]!.article.id)).toEqual(['1']);
    });
  });
}
