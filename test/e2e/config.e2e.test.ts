// /config end to end: the real discord.js Client against the fake Discord on 127.0.0.1, the bot
// started by startNewsdesk with its settings in an SQLite file, restarted on the same file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.ts';
import { startNewsdesk, type Newsdesk } from '../../src/app.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { PermissionFlagsBits, startFakeDiscord, type Body, type FakeDiscord } from '../fakes/fake-discord.ts';
import { expectEverySentBodySafe, memoryLogger, textOf, type LogLine } from './helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempStoreUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), 'config-e2e-'));
  dirs.push(dir);
  return `sqlite://${join(dir, 'data', 'newsdesk.sqlite')}`;
}

async function startFake(): Promise<FakeDiscord> {
  return startFakeDiscord({ commandDefinitions: registry.map((c) => c.data as unknown as Body) });
}

async function startBot(discord: FakeDiscord, storeUrl: string): Promise<{ app: Newsdesk; logs: LogLine[] }> {
  const { logger, logs } = memoryLogger();
  const app = await startNewsdesk(
    { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'debug', STORE_URL: storeUrl },
    { readyTimeoutMs: 10_000, logger, library: new MemoryLibrary() },
  );
  return { app, logs };
}

describe('/config through the fake Discord', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('a moderator sets the digest channel and time; after a restart on the same SQLite file /config show still shows them', async () => {
    const discord = await startFake();
    cleanups.push(() => discord.stop());
    const storeUrl = tempStoreUrl();
    const guild = discord.defaultGuild;
    const moderator = guild.member('moderator').user;
    const digestChannel = guild.channel('news-digest').id;

    const first = await startBot(discord, storeUrl);
    const set = await discord.runCommand({
      name: 'config',
      subcommand: 'digest',
      user: moderator,
      options: { channel: digestChannel, time: '7:45', timezone: 'Europe/London', days: 'mon-fri' },
    });
    expect(set.ephemeral).toBe(true);
    expect(set.content).toMatch(/Digest on: Mon–Fri \(weekdays\) at 07:45 \(Europe\/London\)/);
    const changeLogs = first.logs.filter((l) => l.msg === 'setting changed');
    expect(changeLogs.map((l) => [l.guildId, l.userId, l.setting, l.after])).toEqual(
      expect.arrayContaining([
        [guild.id, moderator.id, 'digest.channelId', digestChannel],
        [guild.id, moderator.id, 'digest.time', '07:45'],
      ]),
    );
    await first.app.stop();

    const second = await startBot(discord, storeUrl);
    cleanups.push(() => second.app.stop());
    const shown = await discord.runCommand({ name: 'config', subcommand: 'show', user: moderator });
    expect(shown.ephemeral).toBe(true);
    const text = textOf(shown);
    expect(text).toContain(`**Channel:** <#${digestChannel}> · <@${moderator.id}>, <t:`);
    expect(text).toContain('**Time:** 07:45 (Europe/London)');
    expect(text).toContain('**Days:** Mon–Fri (weekdays)');
    expect(text).toMatch(/\*\*Status:\*\* on/);
    expect(expectEverySentBodySafe(discord)).toBeGreaterThan(0);
  });

  describe('one running bot', () => {
    let discord: FakeDiscord;
    let app: Newsdesk;
    beforeAll(async () => {
      discord = await startFake();
      ({ app } = await startBot(discord, tempStoreUrl()));
    });
    afterAll(async () => {
      await app.stop();
      await discord.stop();
    });

    // The owner (Administrator): the "moderator" member's role is changed by one of these tests.
    const asModerator = (subcommand: string, options: Record<string, string | number | boolean> = {}) =>
      discord.runCommand({ name: 'config', subcommand, user: discord.defaultGuild.member('owner').user, options });
    const showText = async (): Promise<string> => textOf(await asModerator('show'));

    it('refuses a member without Manage Server, ephemerally, and changes nothing', async () => {
      const before = await showText();
      const alice = discord.defaultGuild.member('alice').user;
      const refused = await discord.runCommand({ name: 'config', subcommand: 'summary-length', user: alice, options: { sentences: 9 } });
      expect(refused.ephemeral).toBe(true);
      expect(refused.content).toMatch(/for moderators/);
      expect(await showText()).toBe(before);
    });

    it('lets a member with the moderator role in once it is set', async () => {
      const guild = discord.defaultGuild;
      const alice = guild.member('alice').user;
      const helpers = guild.role('Moderator');
      // A role without Manage Server, given to alice, then named as the moderator role.
      discord.setRolePermissions(guild.id, helpers.id, PermissionFlagsBits.ViewChannel);
      discord.setMemberRoles(guild.id, alice.id, [helpers.id]);
      const refused = await discord.runCommand({ name: 'config', subcommand: 'show', user: alice });
      expect(refused.content).toMatch(/for moderators/);
      const set = await discord.runCommand({ name: 'config', subcommand: 'moderator-role', user: guild.member('owner').user, options: { role: helpers.id } });
      expect(set.content).toContain(`<@&${helpers.id}>`);
      const allowed = await discord.runCommand({ name: 'config', subcommand: 'show', user: alice });
      expect(textOf(allowed)).toContain(`<@&${helpers.id}> and members with Manage Server`);
    });

    it.each([
      ['a time of 25:00', { time: '25:00' }, /"25:00" is not a time of day: the hour must be 00 to 23/],
      ['a time of 8pm', { time: '8pm' }, /"8pm" is a 12-hour time: write it as 20:00/],
      ['an unknown timezone', { timezone: 'Europe/Londn' }, /not a time zone I know\. Did you mean Europe\/London\?/],
      ['a voice channel', { channel: 'Voice' }, /is a voice channel: the digest needs a text or announcement channel/],
      ['a category channel', { channel: 'News' }, /is a category/],
    ])('refuses %s with a precise message and changes nothing', async (_name, over, message) => {
      const before = await showText();
      const guild = discord.defaultGuild;
      const { channel, ...rest } = { channel: 'news-digest', time: '08:00', timezone: 'Europe/London', ...over };
      const reply = await asModerator('digest', { channel: guild.channel(channel).id, ...rest });
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(message);
      expect(await showText()).toBe(before);
    });

    it('refuses a channel where the bot lacks Send Messages or Embed Links (its permissions from Discord)', async () => {
      const guild = discord.defaultGuild;
      const general = guild.channel('general').id;
      discord.denyBot(general, PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks);
      const before = await showText();
      // CHANNEL_UPDATE reaches the client over the gateway: wait until its cache has the overwrite.
      const botId = app.client.user!.id;
      for (let i = 0; i < 100; i += 1) {
        const cached = app.client.channels.cache.get(general);
        if (cached !== undefined && 'permissionOverwrites' in cached && cached.permissionOverwrites.cache.has(botId)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const reply = await asModerator('digest', { channel: general, time: '08:00', timezone: 'UTC' });
      expect(reply.content).toMatch(/I lack \*\*Send Messages\*\* and \*\*Embed Links\*\* there/);
      expect(await showText()).toBe(before);
    });

    it('refuses @everyone as the moderator role', async () => {
      const reply = await asModerator('moderator-role', { role: discord.defaultGuild.id });
      expect(reply.content).toMatch(/@everyone cannot be the moderator role/);
    });

    it('autocompletes the timezone from what is typed', async () => {
      const choices = await discord.runAutocomplete({
        name: 'config',
        subcommand: 'digest',
        focused: 'timezone',
        user: discord.defaultGuild.member('owner').user,
        options: { timezone: 'berl' },
      });
      expect(choices[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
      expect(choices.length).toBeLessThanOrEqual(25);
    });

    it('reset asks with a button, and the button restores the defaults', async () => {
      await asModerator('summary-length', { sentences: 7 });
      expect(await showText()).toContain('**Default for /summary:** 7 sentences');
      const prompt = await asModerator('reset');
      expect(prompt.ephemeral).toBe(true);
      const row = prompt.components[0] as { components: Array<{ custom_id: string; label: string }> };
      const confirm = row.components.find((b) => b.label === 'Restore defaults')!;
      expect(await showText()).toContain('7 sentences');
      const done = await discord.clickButton({ customId: confirm.custom_id, user: discord.defaultGuild.member('owner').user });
      expect(done.content).toMatch(/restored to the defaults/);
      expect(await showText()).toContain('**Default for /summary:** 3 sentences');
      expectEverySentBodySafe(discord);
    });
  });
});
