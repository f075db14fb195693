// The Discord REST routes the bot uses, answered from the fake Discord's state the way Discord
// answers them (status codes, JSON error codes, limits).
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import { DiscordHttpError } from './fake-rest.ts';
import type { FakeRest, RestRequest, RestResponse } from './fake-rest.ts';
import type { FakeDiscord, RegisteredCommand } from './fake-discord.ts';
import { choicesLimitViolations, isEmptyMessage, messageLimitViolations } from './discord-limits.ts';
import { applyBody, newMessage } from './fake-interactions.ts';
import type { Body, FakeMessage, InteractionRecord } from './fake-interactions.ts';
import { channelPayload, computePermissions, guildPayload, memberPayload, rolePayload, userPayload } from './payloads.ts';
import { snowflake } from './snowflake.ts';

const ok = (body?: unknown): RestResponse => ({ status: body === undefined ? 204 : 200, body });

function requireAuth(req: RestRequest): void {
  if (!req.authorized) throw new DiscordHttpError(401, 0, '401: Unauthorized');
}

function asBody(value: unknown): Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};
}

function checkMessage(body: Body, requireContent: boolean): void {
  if (requireContent && isEmptyMessage(body)) throw new DiscordHttpError(400, 50006, 'Cannot send an empty message');
  const problems = messageLimitViolations(body);
  if (problems.length > 0) throw new DiscordHttpError(400, 50035, 'Invalid Form Body', { _errors: problems });
}

export function registerRoutes(rest: FakeRest, discord: FakeDiscord): void {
  const app = (req: RestRequest): void => {
    if (req.params.app !== discord.applicationId) throw new DiscordHttpError(404, 10002, 'Unknown Application');
  };
  const channelOf = (id: string | undefined) => {
    const found = id ? discord.findChannel(id) : undefined;
    if (!found) throw new DiscordHttpError(404, 10003, 'Unknown Channel');
    return found;
  };
  const guildOf = (id: string | undefined) => {
    const guild = id ? discord.guilds.get(id) : undefined;
    if (!guild) throw new DiscordHttpError(404, 10004, 'Unknown Guild');
    return guild;
  };
  const interactionByToken = (req: RestRequest): InteractionRecord => {
    app(req);
    const record = discord.interactionsByToken.get(req.params.token ?? '');
    if (!record) throw new DiscordHttpError(404, 10015, 'Unknown Webhook');
    return record;
  };
  const webhookMessage = (record: InteractionRecord, id: string | undefined): FakeMessage => {
    const message = id === '@original' ? record.original : record.followups.find((m) => m.id === id);
    if (!message || message.deleted) throw new DiscordHttpError(404, 10008, 'Unknown Message');
    return message;
  };

  // --- gateway, identity ---------------------------------------------------------------------
  rest.route('GET', '/gateway', () => ok({ url: discord.gatewayUrl }));
  rest.route('GET', '/gateway/bot', (req) => {
    requireAuth(req);
    return ok({
      url: discord.gatewayUrl,
      shards: discord.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    });
  });
  rest.route('GET', '/users/@me', (req) => {
    requireAuth(req);
    return ok({ ...userPayload(discord.botUser), verified: true, mfa_enabled: false });
  });
  const application = (req: RestRequest): RestResponse => {
    requireAuth(req);
    return ok({
      id: discord.applicationId,
      name: discord.botUser.username,
      icon: null,
      description: '',
      bot_public: true,
      bot_require_code_grant: false,
      bot: userPayload(discord.botUser),
      owner: userPayload(discord.defaultGuild.members[0]?.user ?? discord.botUser),
      flags: 0,
      verify_key: 'fake',
      team: null,
      approximate_guild_count: discord.guilds.size,
    });
  };
  rest.route('GET', '/applications/@me', application);
  rest.route('GET', '/oauth2/applications/@me', application);

  // --- guilds and channels -------------------------------------------------------------------
  rest.route('GET', '/guilds/:guild', (req) => {
    requireAuth(req);
    return ok(guildPayload(guildOf(req.params.guild)));
  });
  rest.route('GET', '/guilds/:guild/channels', (req) => {
    requireAuth(req);
    const guild = guildOf(req.params.guild);
    return ok(guild.channels.map((c) => channelPayload(guild, c)));
  });
  rest.route('GET', '/guilds/:guild/roles', (req) => {
    requireAuth(req);
    return ok(guildOf(req.params.guild).roles.map(rolePayload));
  });
  rest.route('GET', '/guilds/:guild/members/:user', (req) => {
    requireAuth(req);
    const member = guildOf(req.params.guild).members.find((m) => m.user.id === req.params.user);
    if (!member) throw new DiscordHttpError(404, 10007, 'Unknown Member');
    return ok(memberPayload(member, discord.joinedAt));
  });
  rest.route('GET', '/channels/:channel', (req) => {
    requireAuth(req);
    const { guild, channel } = channelOf(req.params.channel);
    const perms = computePermissions(guild, discord.botUserId, channel.id);
    if ((perms & PermissionFlagsBits.ViewChannel) === 0n) throw new DiscordHttpError(403, 50001, 'Missing Access');
    return ok(channelPayload(guild, channel));
  });

  // --- channel messages ----------------------------------------------------------------------
  rest.route('POST', '/channels/:channel/messages', (req) => {
    requireAuth(req);
    const { guild, channel } = channelOf(req.params.channel);
    if (channel.type === ChannelType.GuildCategory) throw new DiscordHttpError(400, 50008, 'Cannot send messages in a non-text channel');
    const perms = computePermissions(guild, discord.botUserId, channel.id);
    if ((perms & PermissionFlagsBits.ViewChannel) === 0n) throw new DiscordHttpError(403, 50001, 'Missing Access');
    if ((perms & PermissionFlagsBits.SendMessages) === 0n) throw new DiscordHttpError(403, 50013, 'Missing Permissions');
    const body = asBody(req.body);
    checkMessage(body, true);
    const message = newMessage(channel.id, guild.id, null, body);
    discord.messages.set(message.id, message);
    return ok(discord.messagePayload(message));
  });
  const channelMessage = (req: RestRequest): FakeMessage => {
    requireAuth(req);
    channelOf(req.params.channel);
    const message = discord.messages.get(req.params.message ?? '');
    if (!message || message.deleted || message.channelId !== req.params.channel) throw new DiscordHttpError(404, 10008, 'Unknown Message');
    return message;
  };
  rest.route('GET', '/channels/:channel/messages/:message', (req) => ok(discord.messagePayload(channelMessage(req))));
  rest.route('PATCH', '/channels/:channel/messages/:message', (req) => {
    const message = channelMessage(req);
    const body = asBody(req.body);
    checkMessage({ ...message.body, ...body }, false);
    applyBody(message, body);
    return ok(discord.messagePayload(message));
  });
  rest.route('DELETE', '/channels/:channel/messages/:message', (req) => {
    channelMessage(req).deleted = true;
    return ok();
  });

  // --- application commands ------------------------------------------------------------------
  const commandsRoutes = (prefix: string, scope: (req: RestRequest) => string | null): void => {
    const store = (req: RestRequest): Map<string, RegisteredCommand> => {
      requireAuth(req);
      app(req);
      const guildId = scope(req);
      if (guildId !== null) guildOf(guildId);
      return discord.commandStore(guildId);
    };
    rest.route('GET', prefix, (req) => ok([...store(req).values()]));
    rest.route('PUT', prefix, (req) => {
      const commands = store(req);
      if (!Array.isArray(req.body)) throw new DiscordHttpError(400, 50035, 'Invalid Form Body', { _errors: ['expected an array'] });
      if (req.body.length > 100) throw new DiscordHttpError(400, 30032, 'Maximum number of application commands reached (100)');
      const next = req.body.map((raw) => discord.toRegistered(asBody(raw), scope(req), commands));
      commands.clear();
      for (const command of next) commands.set(command.name, command);
      return ok(next);
    });
    rest.route('POST', prefix, (req) => {
      const commands = store(req);
      const command = discord.toRegistered(asBody(req.body), scope(req), commands);
      const existed = commands.has(command.name);
      commands.set(command.name, command);
      return { status: existed ? 200 : 201, body: command };
    });
    const one = (req: RestRequest): [Map<string, RegisteredCommand>, RegisteredCommand] => {
      const commands = store(req);
      const command = [...commands.values()].find((c) => c.id === req.params.command);
      if (!command) throw new DiscordHttpError(404, 10063, 'Unknown application command');
      return [commands, command];
    };
    rest.route('GET', `${prefix}/:command`, (req) => ok(one(req)[1]));
    rest.route('PATCH', `${prefix}/:command`, (req) => {
      const [commands, command] = one(req);
      const updated = discord.toRegistered({ ...command, ...asBody(req.body) }, scope(req), commands);
      commands.delete(command.name);
      commands.set(updated.name, updated);
      return ok(updated);
    });
    rest.route('DELETE', `${prefix}/:command`, (req) => {
      const [commands, command] = one(req);
      commands.delete(command.name);
      return ok();
    });
  };
  commandsRoutes('/applications/:app/commands', () => null);
  commandsRoutes('/applications/:app/guilds/:guild/commands', (req) => req.params.guild ?? null);

  // --- interactions --------------------------------------------------------------------------
  rest.route(
    'POST',
    '/interactions/:id/:token/callback',
    (req) => {
      const record = discord.interactions.get(req.params.id ?? '');
      const body = asBody(req.body);
      const type = typeof body.type === 'number' ? body.type : -1;
      const data = body.data === undefined || body.data === null ? null : asBody(body.data);
      const afterMs = req.receivedAt - (record?.dispatchedAt ?? req.receivedAt);
      const reject = (error: DiscordHttpError): never => {
        record?.callbacks.push({ type, data, status: error.status, error: error.message, afterMs });
        record?.changed();
        throw error;
      };
      if (!record || record.token !== req.params.token) return reject(new DiscordHttpError(404, 10062, 'Unknown interaction'));
      if (afterMs > discord.callbackDeadlineMs) return reject(new DiscordHttpError(404, 10062, 'Unknown interaction'));
      if (record.response) return reject(new DiscordHttpError(400, 40060, 'Interaction has already been acknowledged.'));
      const allowed: Record<InteractionRecord['kind'], number[]> = {
        command: [4, 5, 9],
        autocomplete: [8],
        component: [4, 5, 6, 7, 9],
      };
      if (!allowed[record.kind].includes(type)) {
        return reject(new DiscordHttpError(400, 50035, 'Invalid Form Body', { type: [`type ${type} is not valid for a ${record.kind} interaction`] }));
      }
      try {
        if (type === 4) checkMessage(data ?? {}, true);
        if (type === 7) checkMessage({ ...record.original?.body, ...data }, false);
        if (type === 8) {
          const problems = choicesLimitViolations(data?.choices ?? []);
          if (problems.length > 0) throw new DiscordHttpError(400, 50035, 'Invalid Form Body', { _errors: problems });
        }
      } catch (error) {
        if (error instanceof DiscordHttpError) reject(error);
        throw error;
      }
      record.callbacks.push({ type, data, status: 204, afterMs });
      record.response = { type, data, receivedAt: req.receivedAt };
      if (type === 4 || type === 5) {
        const first = type === 4 ? (data ?? {}) : { content: '', flags: data?.flags ?? 0 };
        record.original = newMessage(record.channelId, record.guildId, record.id, first);
        discord.messages.set(record.original.id, record.original);
      } else if (type === 7 && record.original) {
        applyBody(record.original, data ?? {});
      }
      record.changed();
      if (req.query.get('with_response') !== 'true') return ok();
      return ok({
        interaction: {
          id: record.id,
          type: asBody(record.payload).type,
          activity_instance_id: null,
          response_message_id: record.original?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: record.original ? (record.original.flags & 64) !== 0 : false,
        },
        resource: { type, ...(record.original && type !== 8 ? { message: discord.messagePayload(record.original) } : {}) },
      });
    },
    { globalExempt: true },
  );

  const webhookOptions = { globalExempt: true };
  rest.route(
    'POST',
    '/webhooks/:app/:token',
    (req) => {
      const record = interactionByToken(req);
      if (!record.response) throw new DiscordHttpError(404, 10015, 'Unknown Webhook');
      const body = asBody(req.body);
      checkMessage(body, true);
      const message = newMessage(record.channelId, record.guildId, record.id, body);
      discord.messages.set(message.id, message);
      record.followups.push(message);
      record.changed();
      return req.query.get('wait') === 'false' ? ok() : ok(discord.messagePayload(message));
    },
    webhookOptions,
  );
  rest.route('GET', '/webhooks/:app/:token/messages/:message', (req) => {
    const record = interactionByToken(req);
    return ok(discord.messagePayload(webhookMessage(record, req.params.message)));
  }, webhookOptions);
  rest.route(
    'PATCH',
    '/webhooks/:app/:token/messages/:message',
    (req) => {
      const record = interactionByToken(req);
      const message = webhookMessage(record, req.params.message);
      const body = asBody(req.body);
      checkMessage({ ...message.body, ...body }, false);
      if (isEmptyMessage({ ...message.body, ...body })) throw new DiscordHttpError(400, 50006, 'Cannot send an empty message');
      applyBody(message, body);
      if (req.params.message === '@original') record.edits.push(body);
      record.changed();
      return ok(discord.messagePayload(message));
    },
    webhookOptions,
  );
  rest.route(
    'DELETE',
    '/webhooks/:app/:token/messages/:message',
    (req) => {
      const record = interactionByToken(req);
      webhookMessage(record, req.params.message).deleted = true;
      record.changed();
      return ok();
    },
    webhookOptions,
  );
}

/** Ids (and versions, when nothing changed) stay the same when a command is registered again, as on Discord. */
export function registeredCommand(body: Body, applicationId: string, guildId: string | null, previous: RegisteredCommand | undefined): RegisteredCommand {
  const core: Body = {
    ...stripMeta(body),
    type: typeof body.type === 'number' ? body.type : 1,
    name: String(body.name ?? ''),
    description: String(body.description ?? ''),
    default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
    options: Array.isArray(body.options) ? body.options : [],
  };
  const unchanged = previous !== undefined && JSON.stringify(stripMeta(previous)) === JSON.stringify(core);
  return {
    id: previous?.id ?? snowflake(),
    application_id: applicationId,
    ...(guildId ? { guild_id: guildId } : {}),
    version: unchanged ? previous.version : snowflake(),
    ...core,
  } as RegisteredCommand;
}

function stripMeta(command: Body): Body {
  const { id: _id, application_id: _app, guild_id: _guild, version: _version, ...rest } = command;
  return rest;
}
