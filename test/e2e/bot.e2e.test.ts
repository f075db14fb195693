// Newsdesk end to end: the bot started by the same code as `npm start`, the real discord.js Client,
// the fake Discord on 127.0.0.1, and the seed article in a temporary library.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEverySentBodySafe, normalizeMarks, SEED_ARTICLE, startBot, textOf } from './helpers.ts';
import type { BotHarness } from './helpers.ts';

const seedText = readFileSync(SEED_ARTICLE, 'utf8');
const seedHeadline = seedText.split('\n')[0]?.trim() ?? '';
const seedFlat = normalizeMarks(seedText.replace(/\s+/g, ' '));

describe('Newsdesk against the fake Discord, with the seed article', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    // Whatever the tests above made the bot send: within Discord's limits, pinging no one.
    expect(expectEverySentBodySafe(bot.discord)).toBeGreaterThan(0);
    expect(bot.discord.unknownRequests).toEqual([]);
    // The token never reaches the logs.
    expect(bot.rawLogs.some((line) => line.includes(bot.discord.token))).toBe(false);
    await bot.stop();
  });

  it('logs in to ready through the fake gateway', () => {
    expect(bot.app.client.isReady()).toBe(true);
    expect(bot.app.client.guilds.cache.has(bot.discord.defaultGuild.id)).toBe(true);
    expect(bot.app.context.library.size).toBe(1);
  });

  it('/summary shows the headline and verbatim summary sentences', async () => {
    const reply = await bot.discord.runCommand({ name: 'summary' });
    const text = textOf(reply);
    expect(text).toContain(seedHeadline);
    const entry = bot.app.context.library.list()[0];
    const summary = entry?.article.summary ?? [];
    expect(summary.length).toBeGreaterThan(0);
    for (const sentence of summary.slice(0, 3)) {
      expect(seedFlat).toContain(normalizeMarks(sentence));
      expect(normalizeMarks(text)).toContain(normalizeMarks(sentence).slice(0, 60));
    }
  });

  it('/who name:Blinken shows Antony Blinken and his role', async () => {
    const reply = await bot.discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
    const text = textOf(reply);
    expect(text).toContain('Antony Blinken');
    expect(text).toContain('US Secretary of State');
    expect(text).toContain(seedHeadline);
  });

  it('/who without a name lists the people of the article with their roles', async () => {
    const reply = await bot.discord.runCommand({ name: 'who' });
    const text = textOf(reply);
    for (const name of ['Antony Blinken', 'Benjamin Netanyahu', 'Linda Thomas-Greenfield']) expect(text).toContain(name);
    expect(text).toContain('Israeli Prime Minister');
  });

  it('/who with a name nobody has says so and invents no one', async () => {
    const reply = await bot.discord.runCommand({ name: 'who', options: { name: 'Zbigniew Quuxley' } });
    expect(reply.ephemeral).toBe(true);
    expect(textOf(reply)).toMatch(/No one called/);
    expect(textOf(reply)).not.toContain('Roles');
  });

  it('/quote speaker:Thomas-Greenfield shows her quote verbatim with her name', async () => {
    const reply = await bot.discord.runCommand({ name: 'quote', options: { speaker: 'Thomas-Greenfield' } });
    const text = normalizeMarks(textOf(reply));
    expect(text).toContain('Linda Thomas-Greenfield');
    expect(text).toContain('Russia prioritized politics over advancement once more');
  });

  it('/quote without a speaker shows a verbatim quote and who said it', async () => {
    const article = bot.app.context.library.list()[0]?.article;
    const attributed = (article?.quotes ?? []).filter((q) => q.speaker !== null && (q.kind === 'full' || q.kind === 'partial'));
    expect(attributed.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) {
      const text = normalizeMarks(textOf(await bot.discord.runCommand({ name: 'quote' })));
      const shown = attributed.find((q) => text.includes(normalizeMarks(q.text)));
      expect(shown, text).toBeDefined();
      expect(seedFlat).toContain(normalizeMarks(shown!.text));
      expect(text).toContain(shown!.speaker!);
    }
  });

  it('/articles lists the library, and filters by a query', async () => {
    expect(textOf(await bot.discord.runCommand({ name: 'articles' }))).toContain(seedHeadline);
    expect(textOf(await bot.discord.runCommand({ name: 'articles', options: { query: 'Thomas-Greenfield' } }))).toContain(seedHeadline);
    const none = await bot.discord.runCommand({ name: 'articles', options: { query: 'zeppelin moustache' } });
    expect(textOf(none)).not.toContain(seedHeadline);
    expect(textOf(none)).toMatch(/no|nothing/i);
  });

  it('/help names every command', async () => {
    const reply = await bot.discord.runCommand({ name: 'help' });
    expect(reply.ephemeral).toBe(true);
    const text = textOf(reply);
    for (const name of ['/summary', '/who', '/quote', '/articles', '/help']) expect(text).toContain(name);
  });

  it('autocompletes article headlines, names and speakers', async () => {
    const articles = await bot.discord.runAutocomplete({ name: 'summary', options: { article: 'Blinken and' }, focused: 'article' });
    expect(articles.map((c) => c.name)).toContain(seedHeadline.slice(0, 100));
    const names = await bot.discord.runAutocomplete({ name: 'who', options: { name: 'Bli' }, focused: 'name' });
    expect(names[0]?.name).toContain('Antony Blinken');
    const speakers = await bot.discord.runAutocomplete({ name: 'quote', options: { speaker: 'thom' }, focused: 'speaker' });
    expect(speakers.map((c) => c.name).join('|')).toContain('Linda Thomas-Greenfield');
    // Burns is in the article but never quoted: not offered as a speaker.
    const burns = await bot.discord.runAutocomplete({ name: 'quote', options: { speaker: 'Burns' }, focused: 'speaker' });
    expect(burns.map((c) => c.name).join('|')).not.toContain('Bill Burns');
  });

  it('keeps answering after the gateway closes with 4000 (resume)', async () => {
    const resumed = bot.discord.nextGatewayEvent('resume');
    bot.discord.closeGateway(4000);
    await resumed;
    const reply = await bot.discord.runCommand({ name: 'who', options: { name: 'Netanyahu' } });
    expect(textOf(reply)).toContain('Benjamin Netanyahu');
  });

  it('answers a command sent while the socket was down, once the session resumes', async () => {
    const resumed = bot.discord.nextGatewayEvent('resume');
    bot.discord.dropSocket();
    const pending = bot.discord.runCommand({ name: 'who', options: { name: 'Thomas-Greenfield' } });
    await resumed;
    expect(textOf(await pending)).toContain('Linda Thomas-Greenfield');
    const reconnected = bot.discord.nextGatewayEvent('resume');
    bot.discord.sendReconnect();
    await reconnected;
    expect(textOf(await bot.discord.runCommand({ name: 'help' }))).toContain('/quote');
  });

  it('survives Discord failing every attempt to answer: logs it and keeps running', async () => {
    bot.discord.failNext({ path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500, count: 4 });
    const record = bot.discord.dispatchCommand({ name: 'help' }, 'command');
    await expect.poll(() => bot.logs.some((line) => line.level >= 50 && line.interaction === record.id), { timeout: 5000 }).toBe(true);
    expect(record.response).toBeNull();
    expect(textOf(await bot.discord.runCommand({ name: 'who', options: { name: 'Blinken' } }))).toContain('Antony Blinken');
  });

  it('waits out a 429 on the interaction callback and answers', async () => {
    bot.discord.failNext({ path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfterSeconds: 0.3 });
    const before = bot.discord.stats.rateLimited;
    const reply = await bot.discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
    expect(textOf(reply)).toContain('Antony Blinken');
    expect(bot.discord.stats.rateLimited).toBe(before + 1);
    const statuses = reply.interaction.callbacks.map((c) => c.status);
    expect(statuses).toEqual([204]);
    expect(bot.discord.requests.filter((r) => r.path.startsWith(`/interactions/${reply.interaction.id}/`)).map((r) => r.status)).toEqual([429, 204]);
  });
});
