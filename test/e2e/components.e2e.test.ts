// Channel and role options and buttons through the real Discord path: /config (moderators) with a
// channel option, a role option, and the reset confirmation's buttons, against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEverySentBodySafe, startBot, textOf } from './helpers.ts';
import type { BotHarness } from './helpers.ts';

describe('options that Discord resolves, and buttons', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    expectEverySentBodySafe(bot.discord);
    expect(bot.discord.unknownRequests).toEqual([]);
    await bot.stop();
  });

  it('sets the digest channel from a channel option and shows it back', async () => {
    const guild = bot.discord.defaultGuild;
    const moderator = guild.member('moderator').user;
    const digest = guild.channel('news-digest');
    const set = await bot.discord.runCommand({
      name: 'config',
      subcommand: 'digest',
      user: moderator,
      options: { channel: { type: 'channel', id: digest.id }, time: '07:45', timezone: 'Europe/London' },
    });
    expect(set.ephemeral).toBe(true);
    expect(textOf(set)).toContain(digest.id);
    const shown = await bot.discord.runCommand({ name: 'config', subcommand: 'show', user: moderator });
    expect(textOf(shown)).toContain(digest.id);
    expect(textOf(shown)).toContain('07:45');
  });

  it('takes a role option, and refuses @everyone as the moderator role', async () => {
    const guild = bot.discord.defaultGuild;
    const moderator = guild.member('moderator').user;
    const everyone = await bot.discord.runCommand({
      name: 'config',
      subcommand: 'moderator-role',
      user: moderator,
      options: { role: { type: 'role', id: guild.id } },
    });
    expect(textOf(everyone)).toMatch(/@everyone cannot be the moderator role/);
    const admins = guild.role('Admin');
    const set = await bot.discord.runCommand({ name: 'config', subcommand: 'moderator-role', user: moderator, options: { role: { type: 'role', id: admins.id } } });
    expect(textOf(set)).toContain(admins.id);
    // The reply names the role as a mention, but pings nobody.
    expect(set.allowedMentions).toEqual({ parse: [] });
  });

  it('asks before a reset; Cancel changes nothing, Restore defaults resets', async () => {
    const moderator = bot.discord.defaultGuild.member('moderator').user;
    const prompt = await bot.discord.runCommand({ name: 'config', subcommand: 'reset', user: moderator });
    expect(prompt.ephemeral).toBe(true);
    const ids = JSON.stringify(prompt.components).match(/config:reset:[a-z]+(:\d+)?/g) ?? [];
    expect(ids).toHaveLength(2);
    const cancel = ids.find((id) => id.endsWith('cancel'))!;
    const confirm = ids.find((id) => id.includes('confirm'))!;
    const cancelled = await bot.discord.clickButton({ customId: cancel, user: moderator, messageId: prompt.interaction.original!.id });
    expect(cancelled.type).toBe('update');
    expect(cancelled.content).toMatch(/nothing changed/);
    expect(textOf(await bot.discord.runCommand({ name: 'config', subcommand: 'show', user: moderator }))).toContain('07:45');

    const again = await bot.discord.runCommand({ name: 'config', subcommand: 'reset', user: moderator });
    const fresh = (JSON.stringify(again.components).match(/config:reset:confirm:\d+/) ?? [confirm])[0];
    const done = await bot.discord.clickButton({ customId: fresh, user: moderator, messageId: again.interaction.original!.id });
    expect(done.content).toMatch(/restored to the defaults/i);
    expect(done.components).toEqual([]);
    expect(textOf(await bot.discord.runCommand({ name: 'config', subcommand: 'show', user: moderator }))).not.toContain('07:45');
  });

  it('refuses the reset button to a member who is not a moderator', async () => {
    const guild = bot.discord.defaultGuild;
    const prompt = await bot.discord.runCommand({ name: 'config', subcommand: 'reset', user: guild.member('moderator').user });
    const confirm = (JSON.stringify(prompt.components).match(/config:reset:confirm:\d+/) ?? [''])[0]!;
    const refused = await bot.discord.clickButton({ customId: confirm, user: guild.member('alice').user, messageId: prompt.interaction.original!.id });
    expect(refused.type).toBe('reply');
    expect(refused.ephemeral).toBe(true);
    expect(textOf(refused)).toMatch(/moderator/i);
  });
});
