// /config handlers with a real in-memory keyv store and a hand-written Discord port.
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { Keyv } from 'keyv';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { RESET_CONFIRM_MS, config } from '../../commands/config.ts';
import {
  CommandOptions,
  UserError,
  type ChannelInfo,
  type CommandContext,
  type CommandRequest,
  type ComponentRequest,
  type OptionInput,
  type RequestMember,
} from '../../commands/types.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { KeyvSettingsStore } from '../../src/storage/settings-store.ts';

const GUILD = '200000000000000001';
const TEXT = '400000000000000001';
const VOICE = '400000000000000002';
const CATEGORY = '400000000000000003';
const MUTED = '400000000000000004';
const HIDDEN = '400000000000000005';
const NO_EMBEDS = '400000000000000006';
const MOD_ROLE = '500000000000000001';
const P = PermissionFlagsBits;
const BOT_OK = P.ViewChannel | P.SendMessages | P.EmbedLinks;

const MODERATOR: RequestMember = { permissions: P.ManageGuild, roleIds: [] };
const MEMBER: RequestMember = { permissions: P.SendMessages | P.ViewChannel, roleIds: [] };

const channels: Record<string, ChannelInfo> = {
  [TEXT]: { id: TEXT, name: 'news', type: ChannelType.GuildText, botPermissions: BOT_OK },
  [VOICE]: { id: VOICE, name: 'Lounge', type: ChannelType.GuildVoice, botPermissions: BOT_OK | P.Connect },
  [CATEGORY]: { id: CATEGORY, name: 'News', type: ChannelType.GuildCategory, botPermissions: BOT_OK },
  [MUTED]: { id: MUTED, name: 'muted', type: ChannelType.GuildText, botPermissions: P.ViewChannel },
  [HIDDEN]: { id: HIDDEN, name: 'hidden', type: ChannelType.GuildText, botPermissions: 0n },
  [NO_EMBEDS]: { id: NO_EMBEDS, name: 'plain', type: ChannelType.GuildAnnouncement, botPermissions: P.ViewChannel | P.SendMessages },
};

function setup(now = '2026-06-01T06:00:00Z') {
  const clock = { t: Date.parse(now), now(): Date { return new Date(this.t); } };
  const store = new KeyvSettingsStore(new Keyv(), { logger: pino({ level: 'silent' }), clock });
  const ctx: CommandContext = {
    library: new MemoryLibrary(),
    logger: pino({ level: 'silent' }),
    clock,
    random: () => 0.5,
    discord: {
      channelInfo: async (_guild, id) => channels[id] ?? null,
      send: async () => ({ id: '1' }),
    },
    settings: store,
  };
  return { clock, store, ctx };
}

function request(subcommand: string, options: Record<string, OptionInput> = {}, member: RequestMember | null = MODERATOR): CommandRequest {
  return {
    id: '1',
    commandName: 'config',
    subcommandGroup: null,
    subcommand,
    options: CommandOptions.of(options),
    guildId: GUILD,
    channelId: TEXT,
    user: { id: '300000000000000001', username: 'mod' },
    member,
  };
}

const str = (value: string): OptionInput => ({ type: 'string', value });
const int = (value: number): OptionInput => ({ type: 'integer', value });
const bool = (value: boolean): OptionInput => ({ type: 'boolean', value });
const channel = (id: string): OptionInput => ({ type: 'channel', value: { id, type: channels[id]?.type ?? 0 } });

const digestOptions = (over: Record<string, OptionInput> = {}): Record<string, OptionInput> => ({
  channel: channel(TEXT),
  time: str('08:00'),
  timezone: str('Europe/London'),
  ...over,
});

async function userErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('/config definition', () => {
  it('is a guild-only moderator command with the five subcommands and their options', () => {
    expect(config.moderatorOnly).toBe(true);
    expect(config.ephemeral).toBe(true);
    expect(config.data.default_member_permissions).toBe(String(P.ManageGuild));
    expect(config.data.contexts).toEqual([0]);
    const subs = (config.data.options ?? []) as Array<{ name: string; options?: Array<{ name: string; required?: boolean; autocomplete?: boolean }> }>;
    expect(subs.map((s) => s.name)).toEqual(['show', 'digest', 'summary-length', 'moderator-role', 'reset']);
    const digest = subs.find((s) => s.name === 'digest')!;
    expect(digest.options!.map((o) => [o.name, o.required ?? false])).toEqual([
      ['channel', true],
      ['time', true],
      ['timezone', true],
      ['days', false],
      ['enabled', false],
      ['max-articles', false],
    ]);
    expect(digest.options!.find((o) => o.name === 'timezone')!.autocomplete).toBe(true);
  });
});

describe('/config permissions', () => {
  it('refuses a member without Manage Server or the moderator role, ephemerally, changing nothing', async () => {
    const { store, ctx } = setup();
    for (const [sub, options] of [
      ['show', {}],
      ['digest', digestOptions()],
      ['summary-length', { sentences: int(5) }],
      ['moderator-role', { clear: bool(true) }],
      ['reset', {}],
    ] as const) {
      const reply = await config.execute(request(sub, options, MEMBER), ctx);
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(/for moderators/);
      expect(reply.components).toBeUndefined();
    }
    expect(await store.get(GUILD)).toEqual(defaultSettings());
  });

  it('lets in the configured moderator role and Administrator', async () => {
    const { store, ctx } = setup();
    await store.update(GUILD, 'x', (s) => {
      s.moderatorRoleId = MOD_ROLE;
    });
    const withRole = await config.execute(request('summary-length', { sentences: int(4) }, { permissions: 0n, roleIds: [MOD_ROLE] }), ctx);
    expect(withRole.content).toMatch(/4 sentences/);
    const admin = await config.execute(request('show', {}, { permissions: P.Administrator, roleIds: [] }), ctx);
    expect(admin.embeds).toHaveLength(1);
  });

  it('refuses outside a server', async () => {
    const { ctx } = setup();
    expect(await userErrorOf(config.execute({ ...request('show'), guildId: null, member: null }, ctx))).toMatch(/server/);
  });
});

describe('/config digest', () => {
  it('sets channel, time, zone, days and size; turns the digest on when setting it up; records who', async () => {
    const { store, ctx } = setup();
    const reply = await config.execute(request('digest', digestOptions({ days: str('mon-fri'), 'max-articles': int(3) })), ctx);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Digest on: Mon–Fri \(weekdays\) at 08:00 \(Europe\/London\), in <#400000000000000001>, at most 3 articles/);
    // 2026-06-01 is a Monday; 08:00 BST is 07:00 UTC.
    expect(reply.content).toContain(`<t:${Date.parse('2026-06-01T07:00:00Z') / 1000}:f>`);
    const s = await store.get(GUILD);
    expect(s.digest).toEqual({ enabled: true, channelId: TEXT, time: '08:00', days: [1, 2, 3, 4, 5], timezone: 'Europe/London', maxArticles: 3 });
    expect(s.changes['digest.channelId']?.by).toBe('300000000000000001');
  });

  it('keeps the options not given, including enabled:false', async () => {
    const { store, ctx } = setup();
    await config.execute(request('digest', digestOptions({ days: str('weekends'), 'max-articles': int(2), enabled: bool(false) })), ctx);
    await config.execute(request('digest', digestOptions({ time: str('9:30') })), ctx);
    const s = await store.get(GUILD);
    expect(s.digest).toEqual({ enabled: false, channelId: TEXT, time: '09:30', days: [0, 6], timezone: 'Europe/London', maxArticles: 2 });
  });

  it('turns a digest the bot switched off back on, clearing the reason', async () => {
    const { store, ctx } = setup();
    await config.execute(request('digest', digestOptions()), ctx);
    await store.update(GUILD, 'newsdesk', (s) => {
      s.digest.enabled = false;
      s.digestStatus = { disabledReason: 'channel deleted', disabledAt: '2026-05-31T08:00:00.000Z' };
    });
    await config.execute(request('digest', digestOptions()), ctx);
    const s = await store.get(GUILD);
    expect(s.digest.enabled).toBe(true);
    expect(s.digestStatus).toEqual({ disabledReason: null, disabledAt: null });
  });

  it.each([
    ['a time of 25:00', { time: str('25:00') }, /"25:00" is not a time of day: the hour must be 00 to 23/],
    ['a time of 8pm', { time: str('8pm') }, /"8pm" is a 12-hour time: write it as 20:00/],
    ['an unknown timezone', { timezone: str('Europe/Londn') }, /not a time zone I know\. Did you mean Europe\/London\?/],
    ['bad days', { days: str('mon,fir') }, /"fir" is not a day of the week/],
    ['a voice channel', { channel: channel(VOICE) }, /<#400000000000000002> is a voice channel: the digest needs a text or announcement channel/],
    ['a category', { channel: channel(CATEGORY) }, /<#400000000000000003> is a category/],
    ['a channel the bot cannot send in', { channel: channel(MUTED) }, /I lack \*\*Send Messages\*\* and \*\*Embed Links\*\* there/],
    ['a channel the bot cannot see', { channel: channel(HIDDEN) }, /I lack \*\*View Channel\*\*, \*\*Send Messages\*\* and \*\*Embed Links\*\*/],
    ['a channel without Embed Links', { channel: channel(NO_EMBEDS) }, /I lack \*\*Embed Links\*\* there/],
    ['an unknown channel', { channel: channel('400000000000000099') }, /I cannot see <#400000000000000099>/],
  ])('refuses %s precisely and changes nothing', async (_name, over, message) => {
    const { store, ctx } = setup();
    await config.execute(request('digest', digestOptions({ time: str('07:00') })), ctx);
    const before = await store.get(GUILD);
    expect(await userErrorOf(config.execute(request('digest', digestOptions(over)), ctx))).toMatch(message);
    expect(await store.get(GUILD)).toEqual(before);
  });

  it('autocompletes the timezone, best first, at most 25', async () => {
    const { ctx } = setup();
    const base = request('digest');
    const choices = await config.autocomplete!({ ...base, focused: { name: 'timezone', value: 'london' } }, ctx);
    expect(choices[0]).toEqual({ name: 'Europe/London', value: 'Europe/London' });
    const all = await config.autocomplete!({ ...base, focused: { name: 'timezone', value: '' } }, ctx);
    expect(all).toHaveLength(25);
    const spaced = await config.autocomplete!({ ...base, focused: { name: 'timezone', value: 'new york' } }, ctx);
    expect(spaced[0]).toEqual({ name: 'America/New York', value: 'America/New_York' });
  });
});

describe('/config summary-length and moderator-role', () => {
  it('sets the summary length; refuses outside 1-10', async () => {
    const { store, ctx } = setup();
    await config.execute(request('summary-length', { sentences: int(6) }), ctx);
    expect((await store.get(GUILD)).summaryLength).toBe(6);
    expect(await userErrorOf(config.execute(request('summary-length', { sentences: int(11) }), ctx))).toMatch(/1 to 10/);
    expect(await userErrorOf(config.execute(request('summary-length', { sentences: int(0) }), ctx))).toMatch(/1 to 10/);
    expect((await store.get(GUILD)).summaryLength).toBe(6);
  });

  it('sets and clears the moderator role; refuses @everyone and an empty call', async () => {
    const { store, ctx } = setup();
    const set = await config.execute(request('moderator-role', { role: { type: 'role', value: { id: MOD_ROLE, name: 'Mods' } } }), ctx);
    expect(set.content).toContain(`<@&${MOD_ROLE}>`);
    expect((await store.get(GUILD)).moderatorRoleId).toBe(MOD_ROLE);
    expect(await userErrorOf(config.execute(request('moderator-role', { role: { type: 'role', value: { id: GUILD, name: '@everyone' } } }), ctx))).toMatch(
      /@everyone cannot be the moderator role/,
    );
    expect(await userErrorOf(config.execute(request('moderator-role'), ctx))).toMatch(/Choose a role/);
    expect((await store.get(GUILD)).moderatorRoleId).toBe(MOD_ROLE);
    await config.execute(request('moderator-role', { clear: bool(true) }), ctx);
    expect((await store.get(GUILD)).moderatorRoleId).toBeNull();
  });
});

describe('/config show', () => {
  it('shows every setting, who changed it and when, and why the bot switched the digest off', async () => {
    const { store, ctx } = setup();
    const fresh = await config.execute(request('show'), ctx);
    expect(fresh.embeds![0]!.description).toMatch(/Never changed/);
    await config.execute(request('digest', digestOptions({ days: str('mon,wed,fri') })), ctx);
    await store.update(GUILD, 'newsdesk', (s) => {
      s.digest.enabled = false;
      s.digestStatus = { disabledReason: '3 deliveries in a row failed: Missing Access', disabledAt: '2026-06-01T07:00:00.000Z' };
    });
    const reply = await config.execute(request('show'), ctx);
    const embed = reply.embeds![0]!;
    const text = [embed.description, ...embed.fields!.map((f) => `${f.name}\n${f.value}`)].join('\n');
    expect(text).toContain('**Channel:** <#400000000000000001> · <@300000000000000001>, <t:1780293600:R>');
    expect(text).toContain('**Days:** Mon, Wed, Fri');
    expect(text).toContain('08:00 (Europe/London)');
    expect(text).toContain(`off since <t:${Date.parse('2026-06-01T07:00:00Z') / 1000}:R>`);
    expect(text).toContain('3 deliveries in a row failed: Missing Access');
    expect(text).toContain('**Default for /summary:** 3 sentences');
    expect(text).toContain('none (members with Manage Server only)');
    expect(embed.description).toMatch(/Last changed by Newsdesk itself/);
    expect(reply.ephemeral).toBe(true);
  });
});

describe('/config reset', () => {
  const click = (customId: string, member: RequestMember | null = MODERATOR): ComponentRequest => ({
    id: '2',
    customId,
    guildId: GUILD,
    channelId: TEXT,
    user: { id: '300000000000000002', username: 'other-mod' },
    member,
    values: [],
  });

  it('asks first; confirm restores the defaults; cancel keeps everything', async () => {
    const { store, ctx } = setup();
    await config.execute(request('summary-length', { sentences: int(8) }), ctx);
    const prompt = await config.execute(request('reset'), ctx);
    expect(prompt.ephemeral).toBe(true);
    const [confirm, cancel] = prompt.components![0]!;
    expect(confirm!.style).toBe('danger');
    expect((await store.get(GUILD)).summaryLength).toBe(8);

    const cancelled = await config.handleComponent!(click(cancel!.customId), ctx);
    expect(cancelled).toMatchObject({ update: true, components: [] });
    expect((await store.get(GUILD)).summaryLength).toBe(8);

    const refused = await config.handleComponent!(click(confirm!.customId, MEMBER), ctx);
    expect(refused.content).toMatch(/for moderators/);
    expect((await store.get(GUILD)).summaryLength).toBe(8);

    const done = await config.handleComponent!(click(confirm!.customId), ctx);
    expect(done).toMatchObject({ update: true, components: [] });
    expect(done.content).toMatch(/restored to the defaults/);
    const after = await store.get(GUILD);
    expect(after.summaryLength).toBe(3);
    expect(after.changes['summaryLength']?.by).toBe('300000000000000002');
  });

  it('an old confirmation button no longer resets', async () => {
    const { clock, store, ctx } = setup();
    await config.execute(request('summary-length', { sentences: int(8) }), ctx);
    const prompt = await config.execute(request('reset'), ctx);
    clock.t += RESET_CONFIRM_MS + 1000;
    const late = await config.handleComponent!(click(prompt.components![0]![0]!.customId), ctx);
    expect(late.content).toMatch(/expired/);
    expect((await store.get(GUILD)).summaryLength).toBe(8);
  });
});
