// The discord.js client: Guilds intent only (slash commands need nothing more), the REST base from
// DISCORD_API_URL when set, and listeners so that no Discord-side error can take the process down.
import { ChannelType, Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelInfo, DiscordPort, Reply } from '../../commands/types.ts';
import { toMessagePayload } from './render.ts';

export function createClient(options: { apiUrl?: string | undefined; logger: Logger }): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // No mention is ever parsed, even if a payload forgot to say so.
    allowedMentions: { parse: [] },
    ...(options.apiUrl !== undefined ? { rest: { api: options.apiUrl } } : {}),
  });
  const log = options.logger;
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, 'gateway error'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway resumed'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord warning'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited: waiting it out'),
  );
  return client;
}

/** What handlers may ask of Discord besides answering the interaction (CommandContext.discord). */
export function createDiscordPort(client: Client): DiscordPort {
  return {
    async channelInfo(guildId: string, channelId: string): Promise<ChannelInfo | null> {
      const guild = client.guilds.cache.get(guildId) ?? (await client.guilds.fetch(guildId).catch(() => null));
      if (guild === null) return null;
      const channel = guild.channels.cache.get(channelId) ?? (await guild.channels.fetch(channelId).catch(() => null));
      if (channel === null) return null;
      const me = guild.members.me ?? (await guild.members.fetchMe().catch(() => null));
      const permissions = me === null ? 0n : (channel.permissionsFor(me)?.bitfield ?? 0n);
      return { id: channel.id, name: channel.name, type: channel.type, botPermissions: permissions };
    },
    async send(channelId: string, message: Reply): Promise<{ id: string }> {
      const channel = client.channels.cache.get(channelId) ?? (await client.channels.fetch(channelId));
      if (channel === null || !channel.isSendable()) {
        throw new Error(`channel ${channelId} is not a channel the bot can send to`);
      }
      const sent = await channel.send(toMessagePayload(message));
      return { id: sent.id };
    },
  };
}

export const TEXT_CHANNEL_TYPES: readonly number[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];
