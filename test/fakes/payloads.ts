// The fake Discord's world (users, guilds, channels, roles, members), its permission arithmetic,
// and the JSON shapes discord.js expects for them on the gateway and over REST.
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { snowflake } from './snowflake.ts';

export interface FakeUser {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  /** A bot's own integration role. */
  managed?: boolean;
}

export interface FakeOverwrite {
  /** A role id or a user id. */
  id: string;
  /** 0 = role, 1 = member. */
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface FakeChannel {
  id: string;
  name: string;
  type: ChannelType;
  parentId: string | null;
  position: number;
  overwrites: FakeOverwrite[];
  topic?: string | null;
}

export interface FakeMember {
  user: FakeUser;
  roles: string[];
  nick?: string | null;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  systemChannelId: string | null;
  roles: FakeRole[];
  channels: FakeChannel[];
  members: FakeMember[];
  /** Channel by name (throws when missing, so a typo fails loudly). */
  channel(name: string): FakeChannel;
  role(name: string): FakeRole;
  member(username: string): FakeMember;
}

/** What a test may pass to describe a guild; everything left out gets a sensible default. */
export interface FakeGuildInit {
  id?: string;
  name?: string;
  ownerId?: string;
  systemChannelName?: string | null;
  roles?: Array<Omit<FakeRole, 'id' | 'position'> & Partial<Pick<FakeRole, 'id' | 'position'>>>;
  /** Permissions of @everyone (default: view, send, embed, history, use commands). */
  everyonePermissions?: bigint;
  channels?: Array<Omit<FakeChannel, 'id' | 'position' | 'parentId' | 'overwrites'> &
    Partial<Pick<FakeChannel, 'id' | 'position' | 'overwrites'>> & { parentName?: string }>;
  /** Members other than the bot (the bot's member is always added, with a "Newsdesk" role). */
  members?: Array<{ user: FakeUser; roleNames?: string[]; nick?: string | null }>;
  /** Permissions of the bot's own role (default: view, send, embed, history). */
  botPermissions?: bigint;
}

const P = PermissionFlagsBits;
export const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);
export const DEFAULT_EVERYONE_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory | P.UseApplicationCommands | P.Connect | P.Speak;
export const DEFAULT_BOT_PERMISSIONS = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory;

export function makeUser(username: string, extra: Partial<FakeUser> = {}): FakeUser {
  return { id: snowflake(), username, globalName: username[0]?.toUpperCase() + username.slice(1), ...extra };
}

function byName<T extends { name: string }>(list: T[], name: string, what: string): T {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`fake guild has no ${what} named "${name}" (has: ${list.map((i) => i.name).join(', ')})`);
  return found;
}

/** A guild the way Discord would send it, from a short description. */
export function makeGuild(init: FakeGuildInit, botUser: FakeUser): FakeGuild {
  const id = init.id ?? snowflake();
  const roles: FakeRole[] = [
    { id, name: '@everyone', permissions: init.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, position: 0 },
  ];
  const roleInits = init.roles ?? [
    { name: 'Admin', permissions: P.Administrator },
    { name: 'Moderator', permissions: P.ManageGuild | P.ManageChannels | P.ManageMessages },
  ];
  for (const role of roleInits) {
    roles.push({ ...role, id: role.id ?? snowflake(), position: role.position ?? roles.length });
  }
  const botRole: FakeRole = {
    id: snowflake(),
    name: 'Newsdesk',
    permissions: init.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    position: roles.length,
    managed: true,
  };
  roles.push(botRole);

  const channelInits = init.channels ?? [
    { name: 'News', type: ChannelType.GuildCategory },
    { name: 'general', type: ChannelType.GuildText, parentName: 'News' },
    { name: 'news-digest', type: ChannelType.GuildText, parentName: 'News' },
    { name: 'Voice', type: ChannelType.GuildVoice, parentName: 'News' },
  ];
  const channels: FakeChannel[] = channelInits.map((c, index) => ({
    id: c.id ?? snowflake(),
    name: c.name,
    type: c.type,
    parentId: null,
    position: c.position ?? index,
    overwrites: c.overwrites ?? [],
    topic: c.topic ?? null,
  }));
  channelInits.forEach((c, index) => {
    const channel = channels[index];
    if (c.parentName && channel) channel.parentId = byName(channels, c.parentName, 'channel').id;
  });

  const memberInits = init.members ?? [
    { user: makeUser('owner'), roleNames: ['Admin'] },
    { user: makeUser('moderator'), roleNames: ['Moderator'] },
    { user: makeUser('alice') },
  ];
  const members: FakeMember[] = memberInits.map((m) => ({
    user: m.user,
    roles: (m.roleNames ?? []).map((name) => byName(roles, name, 'role').id),
    nick: m.nick ?? null,
  }));
  members.push({ user: botUser, roles: [botRole.id], nick: null });

  const systemName = init.systemChannelName === undefined ? 'general' : init.systemChannelName;
  const system = systemName === null ? undefined : channels.find((c) => c.name === systemName);
  const guild: FakeGuild = {
    id,
    name: init.name ?? 'Newsroom',
    ownerId: init.ownerId ?? members[0]?.user.id ?? botUser.id,
    systemChannelId: system?.id ?? null,
    roles,
    channels,
    members,
    channel: (name) => byName(guild.channels, name, 'channel'),
    role: (name) => byName(guild.roles, name, 'role'),
    member: (username) => {
      const found = guild.members.find((m) => m.user.username === username);
      if (!found) throw new Error(`fake guild has no member "${username}"`);
      return found;
    },
  };
  return guild;
}

/** Discord's permission algorithm: base from roles, then @everyone, role and member overwrites. */
export function computePermissions(guild: FakeGuild, userId: string, channelId: string | null, roleIds?: string[]): bigint {
  if (userId === guild.ownerId) return ALL_PERMISSIONS;
  const member = guild.members.find((m) => m.user.id === userId);
  const memberRoles = roleIds ?? member?.roles ?? [];
  let base = guild.roles.find((r) => r.id === guild.id)?.permissions ?? 0n;
  for (const roleId of memberRoles) base |= guild.roles.find((r) => r.id === roleId)?.permissions ?? 0n;
  if ((base & P.Administrator) !== 0n) return ALL_PERMISSIONS;
  const channel = channelId ? guild.channels.find((c) => c.id === channelId) : undefined;
  if (!channel) return base;
  let perms = base;
  const everyone = channel.overwrites.find((o) => o.type === 0 && o.id === guild.id);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  let allow = 0n;
  let deny = 0n;
  for (const o of channel.overwrites) {
    if (o.type === 0 && o.id !== guild.id && memberRoles.includes(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const own = channel.overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) perms = (perms & ~own.deny) | own.allow;
  // Without View Channel nothing else in the channel is possible.
  if ((perms & P.ViewChannel) === 0n) return 0n;
  return perms;
}

export function userPayload(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    bot: user.bot ?? false,
    system: false,
    flags: 0,
    public_flags: 0,
  };
}

export function rolePayload(role: FakeRole): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed ?? false,
    mentionable: false,
    flags: 0,
  };
}

export function channelPayload(guild: FakeGuild, channel: FakeChannel): Record<string, unknown> {
  return {
    id: channel.id,
    type: channel.type,
    guild_id: guild.id,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    topic: channel.topic ?? null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
    permission_overwrites: channel.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
    ...(channel.type === ChannelType.GuildVoice ? { bitrate: 64000, user_limit: 0, rtc_region: null } : {}),
  };
}

export function memberPayload(member: FakeMember, joinedAt: string): Record<string, unknown> {
  return {
    user: userPayload(member.user),
    nick: member.nick ?? null,
    avatar: null,
    roles: member.roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function guildPayload(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: guild.roles.map(rolePayload),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.systemChannelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    max_video_channel_users: 25,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    incidents_data: null,
  };
}

/** GUILD_CREATE as the gateway sends it: the guild plus its channels, members and the like. */
export function guildCreatePayload(guild: FakeGuild, joinedAt: string): Record<string, unknown> {
  return {
    ...guildPayload(guild),
    unavailable: false,
    joined_at: joinedAt,
    large: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members.map((m) => memberPayload(m, joinedAt)),
    channels: guild.channels.map((c) => channelPayload(guild, c)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
