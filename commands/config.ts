// /config (moderators): show | digest | summary-length | moderator-role | reset. Every value is
// checked before anything is written; a bad one gets a message that says what is wrong and what to
// do, and changes nothing. The store serializes writes, so two moderators at once both keep theirs.
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { nextSlot } from '../src/core/schedule.ts';
import {
  SUMMARY_LENGTH_MAX,
  SUMMARY_LENGTH_MIN,
  SYSTEM_ACTOR,
  type Change,
  type GuildSettings,
  type SettingPath,
} from '../src/core/settings.ts';
import { formatDays, parseDays, parseTime, parseTimezone, suggestTimezones } from '../src/core/settings-input.ts';
import type { SettingsStore } from '../src/storage/settings-store.ts';
import {
  UserError,
  type ChannelRef,
  type Command,
  type CommandContext,
  type CommandRequest,
  type ComponentReply,
  type ComponentRequest,
  type Embed,
  type Reply,
  type RequestMember,
} from './types.ts';

/** How long the reset confirmation button works (a stale ephemeral message should not reset later). */
export const RESET_CONFIRM_MS = 10 * 60_000;

/** Channel types a digest can be posted in. */
const DIGEST_CHANNEL_TYPES = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** The bot's permissions a digest channel needs, with the names Discord shows in channel settings. */
const NEEDED_PERMISSIONS: Array<[bigint, string]> = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
];

function settingsOf(ctx: CommandContext): SettingsStore {
  const store = ctx.settings as Partial<SettingsStore> | undefined;
  if (typeof store?.get !== 'function' || typeof store.update !== 'function') {
    throw new UserError('Settings are not available on this bot right now.');
  }
  return store as SettingsStore;
}

/** Manage Server (or Administrator), or the guild's moderator role. */
export async function isModerator(member: RequestMember | null, guildId: string, store: SettingsStore): Promise<boolean> {
  if (member === null) return false;
  const p = member.permissions;
  if ((p & PermissionFlagsBits.ManageGuild) !== 0n || (p & PermissionFlagsBits.Administrator) !== 0n) return true;
  const { moderatorRoleId } = await store.get(guildId);
  return moderatorRoleId !== null && member.roleIds.includes(moderatorRoleId);
}

const REFUSAL: Reply = {
  content: '/config is for moderators: members with the Manage Server permission, or the moderator role set with `/config moderator-role`. Nothing was changed.',
  ephemeral: true,
};

const stamp = (iso: string, style: 'R' | 'f' = 'R'): string => `<t:${Math.floor(Date.parse(iso) / 1000)}:${style}>`;

/** A user id as a mention (it never pings: nothing is sent with parsed mentions); the bot by name. */
function actorName(id: string): string {
  if (/^\d{17,20}$/.test(id)) return `<@${id}>`;
  return id === SYSTEM_ACTOR ? 'Newsdesk itself' : `Newsdesk itself (${id})`;
}

function who(change: Change | undefined): string {
  if (change === undefined) return '';
  return ` · ${actorName(change.by)}, ${stamp(change.at)}`;
}

function line(settings: GuildSettings, path: SettingPath, label: string, value: string): string {
  return `**${label}:** ${value}${who(settings.changes[path])}`;
}

function channelName(ref: ChannelRef): string {
  return `<#${ref.id}>`;
}

// ---------------------------------------------------------------------------- show

export function settingsEmbed(settings: GuildSettings, now: Date): Embed {
  const d = settings.digest;
  const status = settings.digestStatus;
  let state = d.enabled ? 'on' : 'off';
  if (!d.enabled && status.disabledReason !== null) {
    state = `**off since ${status.disabledAt !== null ? stamp(status.disabledAt) : 'recently'}**, switched off by Newsdesk: ${status.disabledReason}. Fix the channel, then run \`/config digest\` to turn it back on`;
  } else if (d.enabled && d.channelId === null) {
    state = 'on, but no channel is set';
  }
  const next = d.enabled && d.channelId !== null ? nextSlot(d, now) : null;
  const digestLines = [
    line(settings, 'digest.enabled', 'Status', state),
    line(settings, 'digest.channelId', 'Channel', d.channelId === null ? 'not set' : `<#${d.channelId}>`),
    line(settings, 'digest.time', 'Time', `${d.time} (${d.timezone})${next !== null ? `, next ${stamp(next.at.toISOString(), 'f')}` : ''}`),
    line(settings, 'digest.timezone', 'Time zone', d.timezone),
    line(settings, 'digest.days', 'Days', formatDays(d.days)),
    line(settings, 'digest.maxArticles', 'At most', `${d.maxArticles} article${d.maxArticles === 1 ? '' : 's'} per digest`),
  ];
  const feeds = settings.sources.feeds.length;
  const description =
    settings.updatedAt !== null && settings.updatedBy !== null
      ? `Last changed by ${actorName(settings.updatedBy)} ${stamp(settings.updatedAt)}.`
      : 'Never changed: these are the defaults.';
  return {
    title: 'Newsdesk settings for this server',
    description,
    fields: [
      { name: 'Digest', value: digestLines.join('\n') },
      {
        name: 'Summary length',
        value: line(settings, 'summaryLength', 'Default for /summary', `${settings.summaryLength} sentence${settings.summaryLength === 1 ? '' : 's'}`),
      },
      {
        name: 'Moderators',
        value: line(
          settings,
          'moderatorRoleId',
          'Moderator role',
          settings.moderatorRoleId === null ? 'none (members with Manage Server only)' : `<@&${settings.moderatorRoleId}> and members with Manage Server`,
        ),
      },
      { name: 'Sources', value: line(settings, 'sources', 'Server feeds', feeds === 0 ? 'none' : `${feeds} feed${feeds === 1 ? '' : 's'}`) },
    ],
    footer: 'Change with /config digest, /config summary-length, /config moderator-role; /config reset restores the defaults.',
  };
}

// ---------------------------------------------------------------------------- digest

async function checkDigestChannel(ref: ChannelRef, guildId: string, ctx: CommandContext): Promise<void> {
  const info = await ctx.discord.channelInfo(guildId, ref.id);
  if (info === null) {
    throw new UserError(
      `I cannot see ${channelName(ref)}. Give the Newsdesk role the View Channel permission there, or choose another channel.`,
    );
  }
  const type = info.type;
  if (!(DIGEST_CHANNEL_TYPES as readonly number[]).includes(type)) {
    const kind =
      type === ChannelType.GuildVoice || type === ChannelType.GuildStageVoice
        ? 'a voice channel'
        : type === ChannelType.GuildCategory
          ? 'a category'
          : type === ChannelType.GuildForum || type === ChannelType.GuildMedia
            ? 'a forum'
            : 'not a text channel';
    throw new UserError(`${channelName(ref)} is ${kind}: the digest needs a text or announcement channel. Choose one of those.`);
  }
  const missing = NEEDED_PERMISSIONS.filter(([bit]) => (info.botPermissions & bit) === 0n).map(([, name]) => `**${name}**`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]!}`;
    throw new UserError(
      `I cannot post the digest in ${channelName(ref)}: I lack ${list} there. ` +
        'Allow them for the Newsdesk role in that channel’s permissions, or choose another channel.',
    );
  }
}

async function digest(req: CommandRequest, guildId: string, ctx: CommandContext, store: SettingsStore): Promise<Reply> {
  const o = req.options;
  const channel = o.getChannel('channel', true);
  const time = parseTime(o.getString('time', true));
  if (!time.ok) throw new UserError(time.error);
  const zone = parseTimezone(o.getString('timezone', true));
  if (!zone.ok) throw new UserError(zone.error);
  const daysInput = o.getString('days');
  const days = daysInput === null ? null : parseDays(daysInput);
  if (days !== null && !days.ok) throw new UserError(days.error);
  const max = o.getInteger('max-articles');
  if (max !== null && (!Number.isInteger(max) || max < 1 || max > 10)) {
    throw new UserError(`max-articles must be a whole number from 1 to 10 (got ${max}).`);
  }
  const enabled = o.getBoolean('enabled');
  await checkDigestChannel(channel, guildId, ctx);

  const { after } = await store.update(guildId, { id: req.user.id, name: req.user.username }, (s) => {
    // Not given: keep, except that setting the digest up (no channel yet) or re-doing it after the
    // bot switched it off turns it on: that is what the moderator is here for.
    const turnOn = s.digest.channelId === null || s.digestStatus.disabledReason !== null;
    s.digest.channelId = channel.id;
    s.digest.time = time.value;
    s.digest.timezone = zone.value;
    if (days !== null && days.ok) s.digest.days = days.value;
    if (max !== null) s.digest.maxArticles = max;
    s.digest.enabled = enabled ?? (turnOn ? true : s.digest.enabled);
    if (s.digest.enabled) s.digestStatus = { disabledReason: null, disabledAt: null };
  });
  const d = after.digest;
  const next = d.enabled ? nextSlot(d, ctx.clock.now()) : null;
  const when = `${formatDays(d.days)} at ${d.time} (${d.timezone})`;
  const content = d.enabled
    ? `Digest on: ${when}, in <#${d.channelId}>, at most ${d.maxArticles} article${d.maxArticles === 1 ? '' : 's'}.` +
      (next !== null ? ` Next one ${stamp(next.at.toISOString(), 'f')} (${stamp(next.at.toISOString())}).` : '')
    : `Digest saved but off: ${when}, in <#${d.channelId}>. Turn it on with \`/config digest ... enabled:true\`.`;
  return { content, ephemeral: true };
}

// ---------------------------------------------------------------------------- the others

async function summaryLength(req: CommandRequest, guildId: string, store: SettingsStore): Promise<Reply> {
  const n = req.options.getInteger('sentences', true);
  if (!Number.isInteger(n) || n < SUMMARY_LENGTH_MIN || n > SUMMARY_LENGTH_MAX) {
    throw new UserError(`sentences must be a whole number from ${SUMMARY_LENGTH_MIN} to ${SUMMARY_LENGTH_MAX} (got ${n}).`);
  }
  await store.update(guildId, { id: req.user.id, name: req.user.username }, (s) => {
    s.summaryLength = n;
  });
  return { content: `/summary now gives ${n} sentence${n === 1 ? '' : 's'} by default (its length option still overrides it).`, ephemeral: true };
}

async function moderatorRole(req: CommandRequest, guildId: string, store: SettingsStore): Promise<Reply> {
  const role = req.options.getRole('role');
  const clear = req.options.getBoolean('clear') === true;
  if (role !== null && clear) throw new UserError('Give either a role or clear:true, not both.');
  if (role === null && !clear) {
    throw new UserError('Choose a role (role:@Moderators), or remove the moderator role with clear:true.');
  }
  if (role !== null && role.id === guildId) {
    throw new UserError(
      '@everyone cannot be the moderator role: everyone in the server could then change these settings. Choose a role your moderators have.',
    );
  }
  const actor = { id: req.user.id, name: req.user.username };
  await store.update(guildId, actor, (s) => {
    s.moderatorRoleId = role?.id ?? null;
  });
  return role !== null
    ? { content: `Members with <@&${role.id}> can now use the moderator commands, besides those with Manage Server.`, ephemeral: true }
    : { content: 'Moderator role removed: only members with Manage Server can use the moderator commands now.', ephemeral: true };
}

function resetPrompt(now: Date): Reply {
  const issued = Math.floor(now.getTime() / 1000);
  return {
    content:
      '**Restore every setting of this server to its default?** The digest is switched off and its channel, time and time zone forgotten; ' +
      'the summary length goes back to 3 and the moderator role is removed. This cannot be undone.',
    ephemeral: true,
    components: [
      [
        { kind: 'button', customId: `config:reset:confirm:${issued}`, label: 'Restore defaults', style: 'danger' },
        { kind: 'button', customId: 'config:reset:cancel', label: 'Cancel', style: 'secondary' },
      ],
    ],
  };
}

async function handleReset(req: ComponentRequest, ctx: CommandContext): Promise<ComponentReply> {
  if (req.guildId === null) throw new UserError('Settings belong to a server: use this in one.');
  const store = settingsOf(ctx);
  if (!(await isModerator(req.member, req.guildId, store))) return { ...REFUSAL, update: false };
  const [, , action, issued] = req.customId.split(':');
  if (action === 'cancel') return { content: 'Reset cancelled: nothing changed.', components: [], update: true };
  if (action !== 'confirm') return { content: 'This button no longer works. Run /config reset again.', ephemeral: true };
  const ageMs = ctx.clock.now().getTime() - Number(issued) * 1000;
  if (!Number.isFinite(ageMs) || ageMs > RESET_CONFIRM_MS || ageMs < -60_000) {
    return { content: 'This confirmation has expired: nothing changed. Run /config reset again.', components: [], update: true };
  }
  await store.reset(req.guildId, { id: req.user.id, name: req.user.username });
  return { content: 'Settings restored to the defaults. `/config show` shows them.', components: [], update: true };
}

// ---------------------------------------------------------------------------- the command

export const config: Command = {
  data: new SlashCommandBuilder()
    .setName('config')
    .setDescription("This server's Newsdesk settings (moderators)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('show').setDescription('Every setting, who changed it last and when'))
    .addSubcommand((s) =>
      s
        .setName('digest')
        .setDescription('Where and when the news digest is posted (options left out keep their values)')
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('The text or announcement channel to post in')
            .setRequired(true)
            .addChannelTypes(...DIGEST_CHANNEL_TYPES),
        )
        .addStringOption((o) =>
          o.setName('time').setDescription('Local time of day, 24-hour HH:MM, e.g. 08:00').setRequired(true).setMaxLength(20),
        )
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setDescription('IANA time zone, e.g. Europe/London (start typing a city)')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(64),
        )
        .addStringOption((o) =>
          o.setName('days').setDescription('mon-fri, daily, weekends, or e.g. mon,wed,fri (default: keep)').setMaxLength(100),
        )
        .addBooleanOption((o) => o.setName('enabled').setDescription('Turn the digest on or off (default: on when setting it up)'))
        .addIntegerOption((o) =>
          o.setName('max-articles').setDescription('At most this many articles per digest (1-10)').setMinValue(1).setMaxValue(10),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('summary-length')
        .setDescription('Default number of sentences for /summary')
        .addIntegerOption((o) =>
          o
            .setName('sentences')
            .setDescription(`${SUMMARY_LENGTH_MIN} to ${SUMMARY_LENGTH_MAX}`)
            .setRequired(true)
            .setMinValue(SUMMARY_LENGTH_MIN)
            .setMaxValue(SUMMARY_LENGTH_MAX),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('moderator-role')
        .setDescription('A role whose members may use the moderator commands (besides Manage Server)')
        .addRoleOption((o) => o.setName('role').setDescription('The moderators’ role'))
        .addBooleanOption((o) => o.setName('clear').setDescription('Remove the moderator role')),
    )
    .addSubcommand((s) => s.setName('reset').setDescription('Restore every setting to its default (asks first)'))
    .toJSON(),
  moderatorOnly: true,
  ephemeral: true,

  async execute(req, ctx) {
    if (req.guildId === null) throw new UserError('Settings belong to a server: use /config in one.');
    const store = settingsOf(ctx);
    // The router checks moderatorOnly too; this keeps the handler safe wherever it is called from.
    if (!(await isModerator(req.member, req.guildId, store))) return REFUSAL;
    switch (req.subcommand) {
      case 'show':
        return { embeds: [settingsEmbed(await store.get(req.guildId), ctx.clock.now())], ephemeral: true };
      case 'digest':
        return digest(req, req.guildId, ctx, store);
      case 'summary-length':
        return summaryLength(req, req.guildId, store);
      case 'moderator-role':
        return moderatorRole(req, req.guildId, store);
      case 'reset':
        return resetPrompt(ctx.clock.now());
      default:
        throw new UserError(`/config has no subcommand "${req.subcommand ?? ''}". Try /config show.`);
    }
  },

  async autocomplete(req) {
    if (req.focused.name !== 'timezone') return [];
    return suggestTimezones(req.focused.value, 25).map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone }));
  },

  handleComponent: handleReset,
};
