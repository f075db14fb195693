// A fake Discord on 127.0.0.1 (REST + WebSocket gateway) that the real discord.js v14 Client runs
// against: pass `apiUrl` as the client's `rest.api` and `token` as its token. Tests drive
// interactions through it and read back everything the bot sent. See DESIGN.md, "Testing the bot
// offline".
//
//   const discord = await startFakeDiscord();                    // one guild, "Newsroom"
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
//   await client.login(discord.token);                            // then wait for ClientReady
//   const reply = await discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
//   reply.type, reply.ephemeral, reply.content, reply.embeds      // a deferred reply: after its edit
//   discord.failNext({ path: /\/callback$/, status: 429, retryAfterSeconds: 0.2 });
//   discord.closeGateway(4000); discord.channelMessages(id); discord.requests; discord.sentBodies();
//   await discord.stop();
//
// Like Discord, it answers 400 to bodies over the limits, 403/404 for missing permissions or a deleted
// channel, 404 "Unknown interaction" to a callback after 3 s, 400 to a second acknowledgement.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationCommandOptionType, ChannelType, PermissionFlagsBits } from 'discord.js';
import { FakeGateway } from './fake-gateway.ts';
import { DiscordHttpError, FakeRest } from './fake-rest.ts';
import type { FailRule, LoggedRequest, RateWindow } from './fake-rest.ts';
import { registerRoutes, registeredCommand } from './fake-routes.ts';
import {
  buildOptions,
  dmChannelPayload,
  newMessage,
  newRecord,
  newToken,
  outcomeOf,
  waitFor,
} from './fake-interactions.ts';
import type { Body, FakeMessage, InteractionOutcome, InteractionRecord, OptionDefinition, OptionValue } from './fake-interactions.ts';
import {
  channelPayload,
  computePermissions,
  guildCreatePayload,
  makeGuild,
  makeUser,
  memberPayload,
  rolePayload,
  userPayload,
} from './payloads.ts';
import type { FakeChannel, FakeGuild, FakeGuildInit, FakeMember, FakeOverwrite, FakeUser } from './payloads.ts';
import { shardOf, snowflake } from './snowflake.ts';

export type { FakeChannel, FakeGuild, FakeGuildInit, FakeMember, FakeOverwrite, FakeUser } from './payloads.ts';
export type { FakeMessage, InteractionOutcome, InteractionRecord, OptionValue } from './fake-interactions.ts';
export type { FailRule, LoggedRequest } from './fake-rest.ts';
export { makeUser } from './payloads.ts';
export { shardOf, snowflake, snowflakeForShard } from './snowflake.ts';
export { assertFitsDiscordLimits } from './discord-limits.ts';

export interface FakeDiscordOptions {
  /** Guilds the bot is in (default: one guild, "Newsroom"). */
  guilds?: FakeGuildInit[];
  token?: string;
  /** The `shards` that GET /gateway/bot recommends (default 1). */
  recommendedShards?: number;
  /** HELLO's heartbeat interval (default 41,250 ms as on Discord). */
  heartbeatIntervalMs?: number;
  /** How long the bot has to acknowledge an interaction (default 3,000 ms as on Discord). */
  callbackDeadlineMs?: number;
  /** Per-route bucket (default 50 requests per second per route and major parameter). */
  routeLimit?: RateWindow;
  /** Command definitions (the JSON the bot would register), used to type options in runCommand. */
  commandDefinitions?: Body[];
}

export interface InteractionTarget {
  /** Default: the default guild; `null` for a DM. */
  guildId?: string | null;
  /** Default: the guild's first text channel. */
  channelId?: string;
  /** A user or user id (default: the member "alice" of the default guild, else the first member). */
  user?: FakeUser | string;
  /** Override the member's permissions in the channel (default: computed from roles and overwrites). */
  memberPermissions?: bigint;
  /** Override the member's role ids for this interaction. */
  memberRoles?: string[];
  locale?: string;
}

export interface CommandRun extends InteractionTarget {
  name: string;
  subcommand?: string;
  subcommandGroup?: string;
  options?: Record<string, OptionValue>;
  /** For a deferred reply, wait for the edit of @original (default true). */
  waitForEdit?: boolean;
  /** How long to wait for the edit of a deferred reply (default 15,000 ms). */
  timeoutMs?: number;
}

export interface AutocompleteRun extends CommandRun {
  /** The option being typed; its text is `options[focused]` (default ''). */
  focused: string;
}

export interface ButtonClick extends InteractionTarget {
  customId: string;
  /** The message the button is on (default: the latest message in the channel carrying that custom id). */
  messageId?: string;
  /** 2 for a button (default); 3 with `values` for a string select. */
  componentType?: number;
  values?: string[];
  waitForEdit?: boolean;
  timeoutMs?: number;
}

export interface RegisteredCommand extends Body {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
  type: number;
  name: string;
  description: string;
  default_member_permissions: string | null;
  options: OptionDefinition[];
}

/** A message body the bot sent, from any route that carries one. */
export interface SentBody {
  kind: 'channel' | 'callback' | 'edit' | 'followup';
  method: string;
  path: string;
  status: number;
  body: Body;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}]{1,32}$/u;

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly botUser: FakeUser;
  readonly guilds = new Map<string, FakeGuild>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, FakeMessage>();
  readonly joinedAt = new Date().toISOString();
  readonly callbackDeadlineMs: number;
  readonly recommendedShards: number;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  apiUrl = '';
  gatewayUrl = '';
  private readonly globalCommands = new Map<string, RegisteredCommand>();
  private readonly guildCommands = new Map<string, Map<string, RegisteredCommand>>();
  private readonly definitions: Body[];
  private server: Server | null = null;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? `fake.${snowflake()}.token`;
    this.botUser = { id: this.applicationId, username: 'Newsdesk', globalName: null, bot: true };
    this.callbackDeadlineMs = options.callbackDeadlineMs ?? 3000;
    this.recommendedShards = options.recommendedShards ?? 1;
    this.definitions = options.commandDefinitions ?? [];
    for (const init of options.guilds ?? [{}]) this.addGuildQuietly(init);
    this.rest = new FakeRest(this.token, options.routeLimit ?? { limit: 50, windowMs: 1000 });
    this.gateway = new FakeGateway({
      token: this.token,
      url: () => this.gatewayUrl,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      ready: (shardId, shardCount) => ({
        v: 10,
        user: { ...userPayload(this.botUser), verified: true, mfa_enabled: false },
        guilds: this.guildsOfShard(shardId, shardCount).map((g) => ({ id: g.id, unavailable: true })),
        application: { id: this.applicationId, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        session_type: 'normal',
        _trace: ['fake-gateway'],
      }),
      guildCreates: (shardId, shardCount) => this.guildsOfShard(shardId, shardCount).map((g) => guildCreatePayload(g, this.joinedAt)),
      members: (guildId) => (this.guilds.get(guildId)?.members ?? []).map((m) => memberPayload(m, this.joinedAt)),
    });
    registerRoutes(this.rest, this);
  }

  /** Listens on 127.0.0.1 on a free port. */
  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        console.error('fake Discord failed to answer a request:', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"message":"500: Internal Server Error","code":0}');
      });
    });
    server.keepAliveTimeout = 60_000;
    this.gateway.attach(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // --- the world -------------------------------------------------------------------------------

  get botUserId(): string {
    return this.botUser.id;
  }

  get defaultGuild(): FakeGuild {
    const first = this.guilds.values().next().value;
    if (!first) throw new Error('fake Discord has no guild');
    return first;
  }

  guild(id: string): FakeGuild {
    const guild = this.guilds.get(id);
    if (!guild) throw new Error(`fake Discord has no guild ${id}`);
    return guild;
  }

  findChannel(channelId: string): { guild: FakeGuild; channel: FakeChannel } | undefined {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  /** Guilds owned by a shard: (guild_id >> 22) % shard_count. */
  guildsOfShard(shardId: number, shardCount: number): FakeGuild[] {
    return [...this.guilds.values()].filter((g) => shardOf(g.id, shardCount) === shardId);
  }

  /** Adds a guild and tells the owning shard (GUILD_CREATE), as when the bot is invited. */
  addGuild(init: FakeGuildInit = {}): FakeGuild {
    const guild = this.addGuildQuietly(init);
    this.gateway.dispatchToGuild(guild.id, 'GUILD_CREATE', guildCreatePayload(guild, this.joinedAt));
    return guild;
  }

  /** The bot is removed from a guild (GUILD_DELETE). */
  removeGuild(guildId: string): void {
    this.guild(guildId);
    this.gateway.dispatchToGuild(guildId, 'GUILD_DELETE', { id: guildId });
    this.guilds.delete(guildId);
  }

  deleteChannel(channelId: string): void {
    const found = this.findChannel(channelId);
    if (!found) throw new Error(`fake Discord has no channel ${channelId}`);
    const { guild, channel } = found;
    guild.channels = guild.channels.filter((c) => c.id !== channelId);
    if (guild.systemChannelId === channelId) guild.systemChannelId = null;
    this.gateway.dispatchToGuild(guild.id, 'CHANNEL_DELETE', channelPayload(guild, channel));
  }

  /** Replaces a channel's permission overwrites (CHANNEL_UPDATE), e.g. to deny the bot SendMessages. */
  setChannelPermissions(channelId: string, overwrites: FakeOverwrite[]): void {
    const found = this.findChannel(channelId);
    if (!found) throw new Error(`fake Discord has no channel ${channelId}`);
    found.channel.overwrites = overwrites;
    this.gateway.dispatchToGuild(found.guild.id, 'CHANNEL_UPDATE', channelPayload(found.guild, found.channel));
  }

  /** Shorthand: a member overwrite on the bot in a channel denying these permissions. */
  denyBot(channelId: string, deny: bigint = PermissionFlagsBits.SendMessages): void {
    const found = this.findChannel(channelId);
    if (!found) throw new Error(`fake Discord has no channel ${channelId}`);
    const others = found.channel.overwrites.filter((o) => !(o.type === 1 && o.id === this.botUserId));
    this.setChannelPermissions(channelId, [...others, { id: this.botUserId, type: 1, allow: 0n, deny }]);
  }

  setRolePermissions(guildId: string, roleId: string, permissions: bigint): void {
    const guild = this.guild(guildId);
    const role = guild.roles.find((r) => r.id === roleId);
    if (!role) throw new Error(`fake guild ${guildId} has no role ${roleId}`);
    role.permissions = permissions;
    this.gateway.dispatchToGuild(guildId, 'GUILD_ROLE_UPDATE', { guild_id: guildId, role: rolePayload(role) });
  }

  setMemberRoles(guildId: string, userId: string, roleIds: string[]): void {
    const guild = this.guild(guildId);
    const member = guild.members.find((m) => m.user.id === userId);
    if (!member) throw new Error(`fake guild ${guildId} has no member ${userId}`);
    member.roles = roleIds;
    this.gateway.dispatchToGuild(guildId, 'GUILD_MEMBER_UPDATE', { guild_id: guildId, ...memberPayload(member, this.joinedAt) });
  }

  // --- what the bot did ------------------------------------------------------------------------

  /** Every REST request, in order. */
  get requests(): LoggedRequest[] {
    return this.rest.requests;
  }

  /** Requests no route knew (a test can assert there were none). */
  get unknownRequests(): LoggedRequest[] {
    return this.rest.requests.filter((r) => r.route === null);
  }

  /** Request counts: total, 429s (all, and from the global limit), invalid (401/403/429), injected faults. */
  get stats(): FakeRest['stats'] {
    return this.rest.stats;
  }

  /** Messages the bot POSTed to /channels/{id}/messages (not deleted), oldest first. */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && m.interactionId === null && !m.deleted);
  }

  /** Every message body the bot sent (channel messages, replies, edits, follow-ups), accepted or not. */
  sentBodies(): SentBody[] {
    const kinds: Array<[string, string, SentBody['kind']]> = [
      ['POST', '/channels/:channel/messages', 'channel'],
      ['PATCH', '/channels/:channel/messages/:message', 'edit'],
      ['POST', '/interactions/:id/:token/callback', 'callback'],
      ['PATCH', '/webhooks/:app/:token/messages/:message', 'edit'],
      ['POST', '/webhooks/:app/:token', 'followup'],
    ];
    const out: SentBody[] = [];
    for (const r of this.rest.requests) {
      const kind = kinds.find(([method, route]) => method === r.method && route === r.route)?.[2];
      if (!kind || typeof r.body !== 'object' || r.body === null) continue;
      let body = r.body as Body;
      if (kind === 'callback') {
        const type = body.type;
        if (type !== 4 && type !== 7) continue;
        body = (body.data ?? {}) as Body;
      }
      out.push({ kind, method: r.method, path: r.path, status: r.status, body });
    }
    return out;
  }

  /** Forgets the request log, interactions and messages (long benchmarks); guilds and commands stay. */
  clearLogs(): void {
    this.rest.clearLog();
    this.interactions.clear();
    this.interactionsByToken.clear();
    this.messages.clear();
  }

  /** Commands registered globally, or for a guild. */
  registeredCommands(guildId?: string): RegisteredCommand[] {
    return [...this.commandStore(guildId ?? null).values()];
  }

  // --- faults ----------------------------------------------------------------------------------

  /** The next request(s) matching `path` (and `method`) get this error instead of an answer. */
  failNext(rule: FailRule): void {
    this.rest.failNext(rule);
  }

  /** Enforce a global limit (not on interaction endpoints, as on Discord); `null` lifts it. */
  rateLimit(limit: { perSecond: number } | null): void {
    this.rest.setGlobalRateLimit(limit ? { limit: limit.perSecond, windowMs: 1000 } : null);
  }

  /** Closes every gateway socket with a close code (4000: the client resumes). */
  closeGateway(code = 4000): void {
    this.gateway.closeAll(code);
  }

  /** Cuts every gateway socket without a close frame. */
  dropSocket(): void {
    this.gateway.dropAll();
  }

  /** Op 7 RECONNECT. */
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Op 9 INVALID_SESSION. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Resolves on the next gateway 'identify' or 'resume' (for fault tests). */
  nextGatewayEvent(event: 'identify' | 'resume' | 'disconnect', timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.gateway.off(event, done);
        reject(new Error(`fake Discord: no gateway ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.gateway.once(event, done);
    });
  }

  // --- interactions ----------------------------------------------------------------------------

  /** Dispatches a slash command and resolves with the bot's answer (a deferred one after its edit). */
  async runCommand(run: CommandRun): Promise<InteractionOutcome> {
    const record = this.dispatchCommand(run, 'command');
    return this.awaitOutcome(record, run.waitForEdit ?? true, run.timeoutMs);
  }

  /** Dispatches an autocomplete and resolves with the choices the bot offered. */
  async runAutocomplete(run: AutocompleteRun): Promise<InteractionOutcome['choices']> {
    const record = this.dispatchCommand(run, 'autocomplete');
    return (await this.awaitOutcome(record, false, run.timeoutMs)).choices;
  }

  /** Clicks a button (or picks select values) on a message and resolves with the bot's answer. */
  async clickButton(click: ButtonClick): Promise<InteractionOutcome> {
    const record = this.dispatchComponent(click);
    return this.awaitOutcome(record, click.waitForEdit ?? true, click.timeoutMs);
  }

  /** Lower level: dispatch without waiting (the bench uses it to time many interactions). */
  dispatchCommand(run: CommandRun | AutocompleteRun, kind: 'command' | 'autocomplete'): InteractionRecord {
    const target = this.target(run);
    const definition = this.findDefinition(run.name, target.guild?.id ?? null);
    let defs = definition?.options as OptionDefinition[] | undefined;
    if (run.subcommandGroup) defs = defs?.find((o) => o.name === run.subcommandGroup)?.options;
    if (run.subcommand) defs = defs?.find((o) => o.name === run.subcommand)?.options;
    const focused = kind === 'autocomplete' ? (run as AutocompleteRun).focused : undefined;
    const values: Record<string, OptionValue> = { ...(run.options ?? {}) };
    if (focused !== undefined && !(focused in values)) values[focused] = '';
    let options: Body[] = buildOptions(values, defs, focused);
    const resolved = this.resolveOptions(options, target.guild);
    if (run.subcommand) options = [{ type: ApplicationCommandOptionType.Subcommand, name: run.subcommand, options }];
    if (run.subcommandGroup) options = [{ type: ApplicationCommandOptionType.SubcommandGroup, name: run.subcommandGroup, options }];
    const data: Body = {
      id: (definition?.id as string | undefined) ?? snowflake(),
      name: run.name,
      type: 1,
      options,
      ...(resolved ? { resolved } : {}),
      ...(definition?.guild_id ? { guild_id: definition.guild_id } : {}),
    };
    return this.dispatchInteraction(kind === 'command' ? 2 : 4, kind, { ...target, memberPermissions: run.memberPermissions }, data);
  }

  dispatchComponent(click: ButtonClick): InteractionRecord {
    const target = this.target(click);
    let message = click.messageId ? this.messages.get(click.messageId) : undefined;
    if (click.messageId && !message) throw new Error(`fake Discord has no message ${click.messageId}`);
    message ??= [...this.messages.values()]
      .reverse()
      .find((m) => m.channelId === target.channelId && !m.deleted && JSON.stringify(m.components).includes(JSON.stringify(click.customId)));
    message ??= newMessage(target.channelId, target.guild?.id ?? null, null, { content: '(a message with components)' });
    this.messages.set(message.id, message);
    const data: Body = {
      custom_id: click.customId,
      component_type: click.componentType ?? 2,
      ...(click.values ? { values: click.values } : {}),
    };
    const record = this.dispatchInteraction(3, 'component', { ...target, memberPermissions: click.memberPermissions }, data, {
      message: this.messagePayload(message),
    });
    record.original = message;
    return record;
  }

  /** The message object Discord returns for a message the bot created. */
  messagePayload(message: FakeMessage): Body {
    return {
      id: message.id,
      type: message.interactionId ? 20 : 0,
      channel_id: message.channelId,
      ...(message.guildId ? { guild_id: message.guildId } : {}),
      author: userPayload(this.botUser),
      content: message.content,
      embeds: message.embeds,
      components: message.components,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt ? new Date(message.editedAt).toISOString() : null,
      flags: message.flags,
      ...(message.interactionId ? { webhook_id: this.applicationId, application_id: this.applicationId } : {}),
    };
  }

  commandStore(guildId: string | null): Map<string, RegisteredCommand> {
    if (guildId === null) return this.globalCommands;
    let commands = this.guildCommands.get(guildId);
    if (!commands) {
      commands = new Map();
      this.guildCommands.set(guildId, commands);
    }
    return commands;
  }

  /** Validates a command body like Discord (400 on a bad one) and gives it its stored form. */
  toRegistered(body: Body, guildId: string | null, existing: Map<string, RegisteredCommand>): RegisteredCommand {
    const problems: string[] = [];
    const name = String(body.name ?? '');
    const type = typeof body.type === 'number' ? body.type : 1;
    if (!COMMAND_NAME.test(name) || (type === 1 && name !== name.toLowerCase())) problems.push(`name "${name}" is not a valid command name`);
    const description = String(body.description ?? '');
    if (type === 1 && (description.length < 1 || description.length > 100)) problems.push(`description of ${name} must be 1-100 characters`);
    checkOptions(name, body.options, problems);
    if (problems.length > 0) {
      throw new DiscordHttpError(400, 50035, 'Invalid Form Body', { _errors: problems });
    }
    return registeredCommand(body, this.applicationId, guildId, existing.get(name));
  }

  private addGuildQuietly(init: FakeGuildInit): FakeGuild {
    const guild = makeGuild(init, this.botUser);
    if (this.guilds.has(guild.id)) throw new Error(`fake Discord already has guild ${guild.id}`);
    this.guilds.set(guild.id, guild);
    return guild;
  }

  private findDefinition(name: string, guildId: string | null): Body | undefined {
    return (
      (guildId ? this.guildCommands.get(guildId)?.get(name) : undefined) ??
      this.globalCommands.get(name) ??
      this.definitions.find((d) => d.name === name)
    );
  }

  private target(t: InteractionTarget): { guild: FakeGuild | null; channelId: string; user: FakeUser; member: FakeMember | null; roles: string[] } {
    const guild = t.guildId === null ? null : t.guildId ? this.guild(t.guildId) : this.defaultGuild;
    if (!guild) {
      const user = typeof t.user === 'object' ? t.user : makeUser('dm-user', t.user ? { id: t.user } : {});
      return { guild: null, channelId: t.channelId ?? snowflake(), user, member: null, roles: [] };
    }
    const channelId = t.channelId ?? guild.channels.find((c) => c.type === ChannelType.GuildText)?.id;
    if (!channelId) throw new Error(`fake guild ${guild.id} has no text channel`);
    const userId = typeof t.user === 'object' ? t.user.id : t.user;
    const member =
      (userId ? guild.members.find((m) => m.user.id === userId) : undefined) ??
      (userId ? undefined : (guild.members.find((m) => m.user.username === 'alice') ?? guild.members.find((m) => !m.user.bot)));
    const user = member?.user ?? (typeof t.user === 'object' ? t.user : makeUser('visitor', userId ? { id: userId } : {}));
    return { guild, channelId, user, member: member ?? { user, roles: [] }, roles: t.memberRoles ?? member?.roles ?? [] };
  }

  private dispatchInteraction(
    type: 2 | 3 | 4,
    kind: InteractionRecord['kind'],
    target: ReturnType<FakeDiscord['target']> & { memberPermissions?: bigint },
    data: Body,
    extra: Body = {},
  ): InteractionRecord {
    const { guild, channelId, user, member, roles } = target;
    const id = snowflake();
    const token = newToken();
    const payload: Body = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      channel_id: channelId,
      ...extra,
    };
    if (guild) {
      const found = guild.channels.find((c) => c.id === channelId);
      const memberPermissions = target.memberPermissions ?? computePermissions(guild, user.id, channelId, roles);
      payload.guild_id = guild.id;
      payload.guild = { id: guild.id, locale: 'en-US', features: [] };
      payload.guild_locale = 'en-US';
      payload.channel = found
        ? { ...channelPayload(guild, found), permissions: memberPermissions.toString() }
        : { id: channelId, type: ChannelType.GuildText, guild_id: guild.id, name: 'unknown', flags: 0 };
      payload.member = { ...memberPayload({ ...(member ?? { user, roles: [] }), roles }, this.joinedAt), permissions: memberPermissions.toString() };
      payload.app_permissions = computePermissions(guild, this.botUserId, channelId).toString();
      payload.authorizing_integration_owners = { '0': guild.id };
      payload.context = 0;
    } else {
      payload.channel = dmChannelPayload(channelId);
      payload.user = userPayload(user);
      payload.app_permissions = '0';
      payload.authorizing_integration_owners = { '1': user.id };
      payload.context = 1;
    }
    const record = newRecord(kind, guild?.id ?? null, channelId, payload);
    this.interactions.set(id, record);
    this.interactionsByToken.set(token, record);
    const delivered = this.gateway.dispatchToGuild(guild?.id ?? null, 'INTERACTION_CREATE', payload);
    if (delivered === 0) throw new Error(`fake Discord: no gateway session owns guild ${guild?.id ?? '(DM)'}: is the bot logged in?`);
    return record;
  }

  /** Waits for the bot's answer to an interaction dispatched with dispatchCommand/dispatchComponent. */
  awaitOutcome(record: InteractionRecord, waitForEdit = true, timeoutMs?: number): Promise<InteractionOutcome> {
    return waitFor(record, (r) => outcomeOf(r, waitForEdit), Math.max(timeoutMs ?? 15_000, this.callbackDeadlineMs + 500), 'no answer');
  }

  private resolveOptions(options: Body[], guild: FakeGuild | null): Body | undefined {
    if (!guild) return undefined;
    const resolved: Record<string, Record<string, unknown>> = {};
    const put = (kind: string, id: string, value: unknown): void => {
      resolved[kind] ??= {};
      resolved[kind][id] = value;
    };
    for (const option of options) {
      const id = String(option.value);
      if (option.focused) continue;
      const channel = guild.channels.find((c) => c.id === id);
      const role = guild.roles.find((r) => r.id === id);
      const member = guild.members.find((m) => m.user.id === id);
      if (option.type === ApplicationCommandOptionType.Channel && channel) {
        const perms = computePermissions(guild, this.botUserId, channel.id);
        put('channels', id, { id, name: channel.name, type: channel.type, parent_id: channel.parentId, permissions: perms.toString(), flags: 0 });
      }
      if ((option.type === ApplicationCommandOptionType.Role || option.type === ApplicationCommandOptionType.Mentionable) && role) {
        put('roles', id, rolePayload(role));
      }
      if ((option.type === ApplicationCommandOptionType.User || option.type === ApplicationCommandOptionType.Mentionable) && member) {
        put('users', id, userPayload(member.user));
        const { user: _user, ...rest } = memberPayload(member, this.joinedAt);
        put('members', id, { ...rest, permissions: computePermissions(guild, id, null).toString() });
      }
    }
    return Object.keys(resolved).length > 0 ? resolved : undefined;
  }
}

function checkOptions(command: string, options: unknown, problems: string[]): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    problems.push(`${command}: options must be an array`);
    return;
  }
  if (options.length > 25) problems.push(`${command}: ${options.length} options (max 25)`);
  let optionalSeen = false;
  for (const raw of options as Body[]) {
    const name = String(raw.name ?? '');
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) problems.push(`${command}: option name "${name}" is not valid`);
    const description = String(raw.description ?? '');
    if (description.length < 1 || description.length > 100) problems.push(`${command} ${name}: description must be 1-100 characters`);
    if (Array.isArray(raw.choices) && raw.choices.length > 25) problems.push(`${command} ${name}: ${raw.choices.length} choices (max 25)`);
    if (raw.autocomplete && Array.isArray(raw.choices) && raw.choices.length > 0) problems.push(`${command} ${name}: autocomplete and choices together`);
    const isGroup = raw.type === ApplicationCommandOptionType.Subcommand || raw.type === ApplicationCommandOptionType.SubcommandGroup;
    if (isGroup) checkOptions(`${command} ${name}`, raw.options, problems);
    else if (raw.required) {
      if (optionalSeen) problems.push(`${command}: required option ${name} after an optional one`);
    } else optionalSeen = true;
  }
}

/** Starts a fake Discord on 127.0.0.1 (random port). Remember `await discord.stop()`. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const discord = new FakeDiscord(options);
  await discord.listen();
  return discord;
}

export type { Body } from './fake-interactions.ts';
export { PermissionFlagsBits };
