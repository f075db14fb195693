// Newsdesk end to end, the paths users complain about: a slow answer (deferred), a handler that
// throws, an article full of mentions, a library too big for one message, unknown input.
import { SlashCommandBuilder } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.ts';
import type { Command } from '../../commands/types.ts';
import { expectEverySentBodySafe, startBot, textOf } from './helpers.ts';
import type { BotHarness } from './helpers.ts';

const bots: BotHarness[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) {
    expect(bot.discord.unknownRequests).toEqual([]);
    await bot.stop();
  }
});

async function bot(options: Parameters<typeof startBot>[0] = {}): Promise<BotHarness> {
  const started = await startBot(options);
  bots.push(started);
  return started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A command that takes `ms` to answer, then answers or throws: the router must defer first. */
function slowCommand(name: string, ms: number, outcome: 'answer' | 'throw', ephemeral = false): Command {
  return {
    data: new SlashCommandBuilder().setName(name).setDescription('A deliberately slow command').toJSON(),
    ephemeral,
    async execute(_req, ctx) {
      await sleep(ms);
      if (outcome === 'throw') throw new Error('the slow command broke');
      return { content: `slow answer from a library of ${ctx.library.size}` };
    },
  };
}

const failing: Command = {
  data: new SlashCommandBuilder().setName('broken').setDescription('A command whose handler throws').toJSON(),
  async execute() {
    throw new TypeError('Cannot read properties of undefined (reading "headline")');
  },
};

describe('Newsdesk end to end: slow, failing and hostile cases', () => {
  it('defers a slow handler, then edits the reply with the answer', async () => {
    const b = await bot({ overrides: { commands: [...registry, slowCommand('slow', 400, 'answer')], deferAfterMs: 100 } });
    const reply = await b.discord.runCommand({ name: 'slow' });
    expect(reply.type).toBe('deferred');
    expect(reply.ephemeral).toBe(false);
    expect(reply.content).toBe('slow answer from a library of 1');
    expect(reply.interaction.edits).toHaveLength(1);
    // Acknowledged with a deferral (type 5) first; the answer came as the edit of @original.
    expect(reply.interaction.callbacks.map((c) => c.type)).toEqual([5]);
    expectEverySentBodySafe(b.discord);
  });

  it('a slow handler that throws after a public deferral ends with a private apology', async () => {
    const b = await bot({ overrides: { commands: [...registry, slowCommand('slowfail', 300, 'throw')], deferAfterMs: 50 } });
    const reply = await b.discord.runCommand({ name: 'slowfail' });
    expect(reply.type).toBe('deferred');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/something went wrong/i);
    // The public "thinking..." placeholder is removed, so nobody else sees an error.
    await expect.poll(() => reply.interaction.original?.deleted, { timeout: 5000 }).toBe(true);
    expectEverySentBodySafe(b.discord);
  });

  it('answers a throwing handler with an ephemeral apology, logs the bug, and keeps running', async () => {
    const b = await bot({ overrides: { commands: [...registry, failing] } });
    const reply = await b.discord.runCommand({ name: 'broken' });
    expect(reply.type).toBe('reply');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/something went wrong/i);
    expect(reply.content).not.toContain('Cannot read properties');
    const logged = b.logs.find((line) => line.level >= 50 && JSON.stringify(line).includes('Cannot read properties'));
    expect(logged).toBeDefined();
    expect(logged?.interaction).toBe(reply.interaction.id);
    expect(logged?.command).toBe('broken');
    const after = await b.discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
    expect(textOf(after)).toContain('Antony Blinken');
    expectEverySentBodySafe(b.discord);
  });

  it('answers an unknown article and an unknown command helpfully, ephemerally', async () => {
    const b = await bot();
    const article = await b.discord.runCommand({ name: 'summary', options: { article: 'a headline that is not there' } });
    expect(article.ephemeral).toBe(true);
    expect(textOf(article)).toMatch(/No article matches/);
    const unknown = await b.discord.runCommand({ name: 'weather' });
    expect(unknown.ephemeral).toBe(true);
    expect(textOf(unknown)).toContain('/summary');
    expectEverySentBodySafe(b.discord);
  });

  it('checks moderator commands at run time from the member permissions Discord sends', async () => {
    const b = await bot();
    const guild = b.discord.defaultGuild;
    const member = await b.discord.runCommand({ name: 'digest', subcommand: 'preview', user: guild.member('alice').user });
    expect(member.ephemeral).toBe(true);
    expect(textOf(member)).toMatch(/for moderators/);
    const moderator = await b.discord.runCommand({ name: 'digest', subcommand: 'preview', user: guild.member('moderator').user });
    expect(textOf(moderator)).not.toMatch(/for moderators/);
    // A server that gave alice Manage Server through a role: the bot follows what Discord says.
    b.discord.setMemberRoles(guild.id, guild.member('alice').user.id, [guild.role('Moderator').id]);
    const promoted = await b.discord.runCommand({ name: 'digest', subcommand: 'preview', user: guild.member('alice').user });
    expect(textOf(promoted)).not.toMatch(/for moderators/);
    expectEverySentBodySafe(b.discord);
  });

  it('never pings anyone, even for an article full of @everyone and role mentions', async () => {
    const role = '<@&123456789012345678>';
    const user = '<@234567890123456789>';
    const text = [
      `@everyone Harbour council votes on the new ferry plan ${role}`,
      `Harbour Mayor Jane Okafor told residents on Monday that @everyone should attend the vote ${role}.`,
      `“@everyone must come to the town hall, and ${role} too,” Okafor said.`,
      `Council spokesman Tom Reyes, the harbour council's spokesman, said: “We will ping ${user} and @here if needed.”`,
      'The ferry plan has divided the town for two years.',
    ].join('\n');
    const b = await bot({ articles: { 'mentions.txt': text } });
    const d = b.discord;
    const replies = [
      await d.runCommand({ name: 'summary', options: { article: 'mentions' } }),
      await d.runCommand({ name: 'who', options: { article: 'mentions' } }),
      await d.runCommand({ name: 'who', options: { name: 'Okafor' } }),
      await d.runCommand({ name: 'quote', options: { article: 'mentions' } }),
      await d.runCommand({ name: 'articles', options: { query: 'everyone' } }),
      await d.runCommand({ name: 'articles' }),
    ];
    await d.runAutocomplete({ name: 'summary', options: { article: '@every' }, focused: 'article' });
    // The mention text reached Discord (it is shown, just not pinged)...
    expect(replies.some((r) => textOf(r).includes('@everyone'))).toBe(true);
    // ...and every message carried allowed_mentions.parse = [] (the helper throws otherwise).
    expect(expectEverySentBodySafe(d)).toBe(replies.length);
    for (const r of replies) expect(r.allowedMentions).toEqual({ parse: [] });
  });

  it('fits Discord limits with a library too big for one message', async () => {
    const articles: Record<string, string> = {};
    const filler = 'The committee met again on Tuesday to review the long-delayed budget for the regional transit authority.';
    for (let i = 0; i < 60; i += 1) {
      const headline = `Regional transit authority budget review number ${i} drags on into yet another long week of hearings and counter-proposals ${'x'.repeat(i % 7)}`;
      const people = `Transit Director Maria Lopez${i} said, “We need the money for line ${i} now, not next year, and every rider knows it.”`;
      articles[`transit-${String(i).padStart(2, '0')}.txt`] = [headline, people, ...Array.from({ length: 12 }, () => filler)].join('\n');
    }
    const b = await bot({ articles });
    const d = b.discord;
    const replies = [
      await d.runCommand({ name: 'articles' }),
      await d.runCommand({ name: 'articles', options: { query: 'transit' } }),
      await d.runCommand({ name: 'who', options: { name: 'Lopez' } }),
      await d.runCommand({ name: 'summary', options: { article: 'transit-07', length: 'long' } }),
      await d.runCommand({ name: 'help' }),
    ];
    for (const r of replies) expect(textOf(r).length).toBeGreaterThan(0);
    const choices = await d.runAutocomplete({ name: 'who', options: { name: 'Maria' }, focused: 'name' });
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    const headlines = await d.runAutocomplete({ name: 'summary', options: { article: 'Regional' }, focused: 'article' });
    expect(headlines.length).toBe(25);
    for (const c of headlines) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(expectEverySentBodySafe(d)).toBe(replies.length);
  });
});
