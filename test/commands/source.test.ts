import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FEEDS_PER_GUILD, feedRef, source } from '../../commands/source.ts';
import type { CommandContext } from '../../commands/types.ts';
import { UserError } from '../../commands/types.ts';
import { FeedPoller } from '../../src/sources/feed-poller.ts';
import type { FeedsPort } from '../../src/sources/start-sources.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';
import { rss } from '../sources/feed-fixtures.ts';
import { startLoopbackServer } from '../sources/loopback-server.ts';
import type { LoopbackServer } from '../sources/loopback-server.ts';
import { autocompleteRequest, makeContext, replyText, request } from './fixture.ts';

const MANAGE_GUILD = 1n << 5n;
const GUILD = '200000000000000001';
let server: LoopbackServer;
let t: number;
let poller: FeedPoller;
let ctx: CommandContext;
let failing = false;

beforeAll(async () => {
  server = await startLoopbackServer();
  server.route('/news.xml', (_req, res) => {
    if (failing) return res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Loopback News', [{ title: 'Old', link: `${server.base}/old`, description: 'Old.' }]));
  });
  server.route('/page', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>Not a feed</body></html>'));
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  failing = false;
  t = Date.parse('2026-11-24T12:00:00Z');
  poller = new FeedPoller({
    store: createKeyv('memory://', { namespace: 'feeds' }),
    sink: async () => true,
    logger: pino({ level: 'silent' }),
    clock: { now: () => new Date(t) },
    fetchOptions: { allowPrivate: true, timeoutMs: 2_000 },
  });
  const feeds: FeedsPort = {
    add: (url, guildId) => poller.add(url, { guildId }),
    remove: (url, guildId) => poller.remove(url, { guildId }),
    list: (guildId) => poller.list(guildId),
  };
  ctx = { ...makeContext([]), sources: feeds } as CommandContext;
});

function sub(name: string, options: Record<string, string> = {}, permissions = MANAGE_GUILD) {
  const req = request('source', options);
  return { ...req, subcommand: name, member: { permissions, roleIds: [] } };
}

describe('/source', () => {
  it('adds a feed, lists it with its health, and removes it', async () => {
    const added = await source.execute(sub('add', { url: `${server.base}/news.xml?utm_source=share` }), ctx);
    expect(added.content).toMatch(/Added \*\*Loopback News\*\*.*recorded as seen/s);
    expect(added.ephemeral).toBe(true);
    const again = await source.execute(sub('add', { url: `${server.base}/news.xml` }), ctx);
    expect(again.content).toMatch(/already one of this server's feeds/);
    expect((await poller.list(GUILD)).map((f) => f.url)).toEqual([`${server.base}/news.xml`]);

    const listed = await source.execute(sub('list'), ctx);
    const text = replyText(listed);
    expect(text).toContain('Loopback News');
    expect(text).toContain(`${server.base}/news.xml`);
    expect(text).toMatch(/Articles: 0 · last success: <t:\d+:R>/);

    const choices = await source.autocomplete!({ ...autocompleteRequest('source', 'source', 'loop'), member: { permissions: MANAGE_GUILD, roleIds: [] } }, ctx);
    expect(choices).toEqual([{ name: expect.stringContaining('Loopback News'), value: `${server.base}/news.xml` }]);
    const removed = await source.execute(sub('remove', { source: String(choices[0]!.value) }), ctx);
    expect(removed.content).toMatch(/Removed \*\*Loopback News\*\*/);
    expect(replyText(await source.execute(sub('list'), ctx))).toMatch(/no feeds of its own/);
  });

  it('explains a refused URL and changes nothing', async () => {
    await expect(source.execute(sub('add', { url: 'javascript:alert(1)' }), ctx)).rejects.toThrow(/only http/);
    await expect(source.execute(sub('add', { url: `${server.base}/page` }), ctx)).rejects.toThrow(/not a usable feed: that is a web page/);
    await expect(source.execute(sub('remove', { source: 'nothing' }), ctx)).rejects.toThrow(/No feed of this server matches/);
    expect(await poller.list()).toEqual([]);
  });

  it('is for moderators only', async () => {
    await expect(source.execute(sub('add', { url: `${server.base}/news.xml` }, 0n), ctx)).rejects.toThrow(UserError);
    expect(await poller.list()).toEqual([]);
  });

  it('shows a paused feed with its reason, and add resumes it', async () => {
    await source.execute(sub('add', { url: `${server.base}/news.xml` }), ctx);
    failing = true;
    for (let i = 0; i < 40; i++) {
      const s = (await poller.state(`${server.base}/news.xml`))!;
      if (s.paused) break;
      t = s.nextPollAt;
      await poller.pollDue();
    }
    const text = replyText(await source.execute(sub('list'), ctx));
    expect(text).toMatch(/Paused.*failing for a day: .*503/s);
    failing = false;
    const resumed = await source.execute(sub('add', { url: `${server.base}/news.xml` }), ctx);
    expect(resumed.content).toMatch(/^Resumed/);
  });

  it('keeps a server to its feed limit and long URLs within autocomplete limits', async () => {
    expect(MAX_FEEDS_PER_GUILD).toBeLessThanOrEqual(25);
    const long = `https://example.org/${'a'.repeat(200)}`;
    expect(feedRef(long).length).toBeLessThanOrEqual(100);
    expect(feedRef(long)).toBe(feedRef(long));
  });
});
