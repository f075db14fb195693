// The living library through the real bot: startNewsdesk against the fake Discord, a loopback feed
// server, and a temporary ARTICLES_DIR. /source from a moderator and from a member; a file dropped
// into the folder while the bot runs is answered from.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.ts';
import { startNewsdesk } from '../../src/app.ts';
import type { Newsdesk } from '../../src/app.ts';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import type { Body, FakeDiscord } from '../fakes/fake-discord.ts';
import { SEED_ARTICLE, expectEverySentBodySafe, textOf } from '../e2e/helpers.ts';
import { rss } from './feed-fixtures.ts';
import { startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let feeds: LoopbackServer;
let discord: FakeDiscord;
let app: Newsdesk;
let dir: string;

async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  feeds = await startLoopbackServer();
  feeds.route('/news.xml', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Loopback Gazette', [{ title: 'Old', link: `${feeds.base}/old`, description: 'Old.' }])),
  );
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-sources-e2e-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  copyFileSync(SEED_ARTICLE, join(articles, 'seed-article.txt'));
  writeFileSync(join(dir, 'sources.json'), '{ "feeds": [] }');
  discord = await startFakeDiscord({ commandDefinitions: registry.map((c) => c.data as unknown as Body) });
  app = await startNewsdesk(
    {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: articles,
      STORE_URL: 'memory://',
      SOURCES_FILE: join(dir, 'sources.json'),
      // The feed server is on 127.0.0.1: this bot's operator allows private addresses.
      SOURCES_ALLOW_PRIVATE: '1',
    },
    { readyTimeoutMs: 10_000, logger: pino({ level: 'silent' }) },
  );
});

afterAll(async () => {
  expectEverySentBodySafe(discord);
  await app.stop();
  await discord.stop();
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sources through the bot', () => {
  it('/source is for moderators; a moderator adds, lists and removes a feed', async () => {
    const guild = discord.defaultGuild;
    const member = await discord.runCommand({ name: 'source', subcommand: 'add', options: { url: `${feeds.base}/news.xml` }, user: guild.member('alice').user });
    expect(textOf(member)).toMatch(/for moderators/);
    const moderator = guild.member('moderator').user;
    const added = await discord.runCommand({ name: 'source', subcommand: 'add', options: { url: `${feeds.base}/news.xml` }, user: moderator });
    expect(added.ephemeral).toBe(true);
    expect(textOf(added)).toMatch(/Added \*\*Loopback Gazette\*\*/);
    const listed = await discord.runCommand({ name: 'source', subcommand: 'list', user: moderator });
    expect(textOf(listed)).toMatch(/Loopback Gazette[\s\S]*Articles: 0/);
    const choices = await discord.runAutocomplete({ name: 'source', subcommand: 'remove', focused: 'source', options: { source: 'gaz' }, user: moderator });
    expect(choices.map((c) => c.value)).toEqual([`${feeds.base}/news.xml`]);
    const removed = await discord.runCommand({ name: 'source', subcommand: 'remove', options: { source: String(choices[0]!.value) }, user: moderator });
    expect(textOf(removed)).toMatch(/Removed/);
  });

  it('refuses a web page as a feed with the reason', async () => {
    feeds.route('/page', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body>hi</body></html>'));
    const reply = await discord.runCommand({ name: 'source', subcommand: 'add', options: { url: `${feeds.base}/page` }, user: discord.defaultGuild.member('moderator').user });
    expect(reply.ephemeral).toBe(true);
    expect(textOf(reply)).toMatch(/not a usable feed: that is a web page/);
  });

  it('answers from a Markdown file dropped into the folder while running', async () => {
    writeFileSync(join(app.config.ARTICLES_DIR, 'harbour.md'), '# Harbour reopens after repairs\n\nThe harbour reopened on Monday, the port authority said.\n');
    await until(() => app.context.library.get('harbour') !== undefined, 'the new file in the library');
    const reply = await discord.runCommand({ name: 'summary', options: { article: 'harbour' } });
    expect(textOf(reply)).toContain('Harbour reopens after repairs');
  });
});
