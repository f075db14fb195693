import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/sources/article-input.ts';
import { FeedPoller, MAX_BACKOFF_MS, SourceError } from '../../src/sources/feed-poller.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';
import { articlePage, atom, rss } from './feed-fixtures.ts';
import type { TestItem } from './feed-fixtures.ts';
import { send, startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;
let t: number;
const clock = { now: () => new Date(t) };
const logger = pino({ level: 'silent' });
const MIN = 60_000;

function makePoller(extra: Partial<ConstructorParameters<typeof FeedPoller>[0]> = {}) {
  const added: ArticleInput[] = [];
  const poller = new FeedPoller({
    store: createKeyv(`memory://`, { namespace: 'feeds' }),
    sink: async (input) => {
      added.push(input);
      return true;
    },
    logger,
    clock,
    fetchOptions: { allowPrivate: true, timeoutMs: 2_000 },
    ...extra,
  });
  return { poller, added };
}

let rssItems: TestItem[];
let etagHits = 0;

beforeAll(async () => {
  server = await startLoopbackServer();
  server.route('/rss', (req, res) => {
    const body = rss('Loopback News', rssItems);
    const etag = `"${body.length}"`;
    if (req.headers['if-none-match'] === etag) {
      etagHits += 1;
      return res.writeHead(304, { etag }).end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  server.route(
    '/story/river',
    send(articlePage('River plan approved', ['The council approved the river plan on Friday, officials said.', '"It is a good day," said Jane Doe, the mayor.'])),
  );
  server.route('/html-page', send('<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head><body>Hi</body></html>'));
  server.route(
    '/atom',
    send(atom('Atom Wire', [{ title: 'Old entry', link: `/atom-old`, id: 'urn:old', updated: '2026-11-20T00:00:00Z', content: '<p>Old.</p>' }]), 'application/atom+xml'),
  );
  server.route('/broken', (_req, res) => res.writeHead(500).end('oops'));
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  t = Date.parse('2026-11-24T12:00:00Z');
  rssItems = [
    { title: 'Old one', link: `${server.base}/story/old-1`, date: 'Mon, 23 Nov 2026 10:00:00 GMT', description: 'Old.' },
    { title: 'Old two', link: `${server.base}/story/old-2`, date: 'Mon, 23 Nov 2026 09:00:00 GMT', description: 'Old.' },
  ];
});

describe('FeedPoller', () => {
  it('records existing items as seen on add, then hands over only new ones', async () => {
    const { poller, added } = makePoller();
    const { state, created } = await poller.add(`${server.base}/rss?utm_source=x`, { guildId: '111111111111111111' });
    expect(created).toBe(true);
    expect(state.url).toBe(`${server.base}/rss`);
    expect(state.title).toBe('Loopback News');
    expect(added).toHaveLength(0);

    // Not due yet: nothing is fetched.
    const before = server.hits('/rss');
    expect(await poller.pollDue()).toEqual([]);
    expect(server.hits('/rss')).toBe(before);

    rssItems.unshift(
      { title: 'River plan approved', link: `${server.base}/story/river?utm_medium=rss`, date: 'Tue, 24 Nov 2026 11:00:00 GMT', description: 'Short teaser.' },
      { title: 'No link, no date', description: '<p>First paragraph of the feed text.</p><p>Second paragraph.</p>' },
      { title: 'Page missing', link: `${server.base}/story/missing`, description: 'The feed text stands in for the missing page.' },
    );
    t += 10 * MIN;
    const [report] = await poller.pollDue();
    expect(report).toMatchObject({ status: 'ok', added: 3, skipped: 0 });
    const river = added.find((a) => a.headline === 'River plan approved')!;
    expect(river.paragraphs[0]).toMatch(/^The council approved/);
    expect(river.paragraphs.join(' ')).not.toMatch(/SCRIPT_JUNK|Home World/);
    expect(river.url).toBe(`${server.base}/story/river`);
    expect(river.publishedAt).toBe('2026-11-24T11:00:00.000Z');
    expect(river.source).toBe('Loopback News');
    const noLink = added.find((a) => a.headline === 'No link, no date')!;
    expect(noLink.paragraphs).toEqual(['First paragraph of the feed text.', 'Second paragraph.']);
    expect(noLink.publishedAt).toBeUndefined();
    expect(added.find((a) => a.headline === 'Page missing')?.paragraphs).toEqual(['The feed text stands in for the missing page.']);

    // Unchanged feed: a conditional GET answered 304, nothing new.
    t += 10 * MIN;
    const hits304 = etagHits;
    expect((await poller.pollDue())[0]).toMatchObject({ status: 'not-modified', added: 0 });
    expect(etagHits).toBe(hits304 + 1);
    expect(added).toHaveLength(3);
    const listed = await poller.list('111111111111111111');
    expect(listed[0]).toMatchObject({ articleCount: 3, failures: 0, lastSuccessAt: new Date(t).toISOString() });
    expect(await poller.list('222222222222222222')).toEqual([]);
  });

  it('refuses bad URLs, web pages and private addresses with a reason', async () => {
    const { poller } = makePoller();
    await expect(poller.add('not a url', { guildId: '1' })).rejects.toThrow(/cannot be used: "not a url" is not a valid URL/);
    await expect(poller.add('ftp://x.org/feed', { guildId: '1' })).rejects.toThrow(/only http/);
    await expect(poller.add(`${server.base}/html-page`, { guildId: '1' })).rejects.toThrow(new RegExp(`not a usable feed: that is a web page.*${server.base}/atom`));
    await expect(poller.add(`${server.base}/nothing-here`, { guildId: '1' })).rejects.toThrow(/404/);
    const closed = makePoller({ fetchOptions: {} }).poller;
    await expect(closed.add(`${server.base}/rss`, { guildId: '1' })).rejects.toThrow(SourceError);
    await expect(closed.add(`${server.base}/rss`, { guildId: '1' })).rejects.toThrow(/SOURCES_ALLOW_PRIVATE/);
    expect(await poller.list()).toEqual([]);
  });

  it('reads Atom feeds and removes a feed when its last guild leaves', async () => {
    const { poller } = makePoller();
    await poller.add(`${server.base}/atom`, { guildId: '1' });
    await poller.add(`${server.base}/atom`, { guildId: '2' });
    expect((await poller.state(`${server.base}/atom`))?.guilds).toEqual(['1', '2']);
    await poller.remove(`${server.base}/atom`, { guildId: '1' });
    expect(await poller.feedUrls()).toEqual([`${server.base}/atom`]);
    await poller.remove(`${server.base}/atom`, { guildId: '2' });
    expect(await poller.feedUrls()).toEqual([]);
  });

  it('backs off a failing feed, pauses it after a day, and resumes it on add', async () => {
    let failing = false;
    server.route('/flaky', (_req, res) => {
      if (failing) return res.writeHead(503).end('down');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Flaky', []));
    });
    const { poller } = makePoller();
    const other = `${server.base}/rss`;
    await poller.add(`${server.base}/flaky`, { guildId: '1' });
    await poller.add(other, { guildId: '1' });
    failing = true;
    const delays: number[] = [];
    for (let i = 0; i < 40; i++) {
      const s = (await poller.state(`${server.base}/flaky`))!;
      if (s.paused !== undefined) break;
      const wait = s.nextPollAt - t;
      if (i > 0) delays.push(wait);
      t = s.nextPollAt;
      const reports = await poller.pollDue();
      // The healthy feed keeps being polled beside the broken one.
      expect(reports.find((r) => r.url === other)?.status ?? 'ok').not.toBe('failed');
    }
    expect(delays.slice(0, 4)).toEqual([10 * MIN, 20 * MIN, 40 * MIN, 80 * MIN]);
    expect(Math.max(...delays)).toBe(MAX_BACKOFF_MS);
    const paused = (await poller.state(`${server.base}/flaky`))!;
    expect(paused.paused?.reason).toMatch(/failing for a day: .*503/);
    expect(paused.lastError).toMatch(/503/);
    const hits = server.hits('/flaky');
    t += 24 * 60 * MIN;
    await poller.pollDue();
    expect(server.hits('/flaky')).toBe(hits);

    failing = false;
    const again = await poller.add(`${server.base}/flaky`, { guildId: '1' });
    expect(again.resumed).toBe(true);
    expect((await poller.pollDue()).find((r) => r.url.endsWith('/flaky'))?.status).toBe('ok');
  });

  it('handles a feed with 10,000 items in bounded steps', async () => {
    let items: TestItem[] = Array.from({ length: 10_000 }, (_, i) => ({ title: `Old ${i}`, link: `${server.base}/gone/${i}`, description: `Old ${i}.` }));
    server.route('/big', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Big', items)));
    const { poller, added } = makePoller({ maxNewPerPoll: 40 });
    await poller.add(`${server.base}/big`, { global: true });
    expect(added).toHaveLength(0);
    items = [...Array.from({ length: 100 }, (_, i) => ({ title: `New ${i}`, guid: `new-${i}`, description: `Fresh text ${i}.` })), ...items];
    t += 10 * MIN;
    expect((await poller.pollDue())[0]).toMatchObject({ added: 40 });
    // The backlog is picked up a minute later, not after the full interval.
    t += MIN;
    expect((await poller.pollDue())[0]).toMatchObject({ added: 40 });
    t += MIN;
    expect((await poller.pollDue())[0]).toMatchObject({ added: 20 });
    expect(new Set(added.map((a) => a.headline)).size).toBe(100);
    t += 10 * MIN;
    expect((await poller.pollDue())[0]).toMatchObject({ added: 0 });
  });
});
