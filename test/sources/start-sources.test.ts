import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { loadSourcesConfig, readGlobalFeeds } from '../../src/sources/sources-config.ts';
import type { SourcesConfig } from '../../src/sources/sources-config.ts';
import { startSources } from '../../src/sources/start-sources.ts';
import { articlePage, rss } from './feed-fixtures.ts';
import type { TestItem } from './feed-fixtures.ts';
import { send, startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;
let dir: string;
let items: TestItem[] = [];
let t = Date.parse('2026-11-24T12:00:00Z');
const clock = { now: () => new Date(t) };
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  server = await startLoopbackServer();
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-start-sources-'));
  server.route('/global.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Global Wire', items)));
  server.route('/guild.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Guild Paper', items)));
  server.route('/story/1', send(articlePage('Harbour reopens', ['The harbour reopened on Monday after repairs, the port authority said.'])));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('sources config', () => {
  it('reads the environment and lists every problem', () => {
    const ok = loadSourcesConfig({ SOURCES_ALLOW_PRIVATE: '1', FEED_POLL_MINUTES: '5' });
    expect(ok).toMatchObject({ ok: true, config: { allowPrivate: true, pollMinutes: 5, sourcesFile: 'data/sources.json', fetchTimeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 } });
    expect(loadSourcesConfig({})).toMatchObject({ ok: true, config: { allowPrivate: false, pollMinutes: 10 } });
    const bad = loadSourcesConfig({ SOURCES_ALLOW_PRIVATE: 'maybe', FEED_POLL_MINUTES: '0' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toHaveLength(2);
  });

  it('reads data/sources.json and reports a broken one', async () => {
    const path = join(dir, 'broken-sources.json');
    await writeFile(path, '{"feeds": [1]}');
    expect((await readGlobalFeeds(path)).problems[0]).toMatch(/format: \{ "feeds"/);
    expect(await readGlobalFeeds(join(dir, 'missing.json'))).toEqual({ urls: [], problems: [] });
    expect((await readGlobalFeeds(new URL('../../data/sources.json', import.meta.url).pathname)).urls).toEqual([]);
  });
});

describe('startSources', () => {
  it('loads files, follows global and guild feeds, and restores everything after a restart from the cache', async () => {
    const articles = join(dir, 'articles');
    await mkdir(articles);
    await writeFile(join(articles, 'local.txt'), 'Local story\nThe town fair opened on Saturday, organisers said.\n');
    const sourcesFile = join(dir, 'sources.json');
    await writeFile(sourcesFile, JSON.stringify({ feeds: [`${server.base}/global.xml`] }));
    const config: SourcesConfig = { allowPrivate: true, pollMinutes: 10, sourcesFile, fetchTimeoutMs: 2_000, maxBytes: 1024 * 1024 };
    const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
    let extractions = 0;
    const extract = (text: string, o: Parameters<typeof extractArticle>[1]) => {
      extractions += 1;
      return extractArticle(text, o);
    };
    const options = { articlesDir: articles, storeUrl, config, logger, clock, extract, live: false };

    const one = await startSources(options);
    expect(one.report.files).toEqual({ loaded: 1, skipped: 0 });
    // live: false does not add the global feeds by itself; do what the timer would.
    await one.poller.add(`${server.base}/global.xml`, { global: true });
    await one.feeds.add(`${server.base}/guild.xml`, '300000000000000001');
    items = [{ title: 'Harbour reopens', link: `${server.base}/story/1`, date: 'Tue, 24 Nov 2026 11:00:00 GMT' }];
    t += 10 * 60_000;
    const reports = await one.poller.pollDue();
    // Both feeds carry the story: one article, visible to everyone (the global feed has it).
    expect(reports.map((r) => r.added).reduce((a, b) => a + b, 0)).toBe(1);
    expect(one.library.size).toBe(2);
    const harbour = one.library.list().find((e) => e.article.headline === 'Harbour reopens')!;
    expect(harbour.url).toBe(`${server.base}/story/1`);
    expect(one.live.visibility(harbour.article.id)).toBe('global');
    await one.stop();

    const before = extractions;
    const two = await startSources(options);
    expect(two.library.size).toBe(2);
    expect(two.report.restored).toBe(1);
    expect(extractions).toBe(before);
    expect(two.report.cache).toEqual({ hits: 2, misses: 0 });
    await two.stop();
  });
});
