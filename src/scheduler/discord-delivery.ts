// The digest's way out to Discord: one REST call per message through the client's REST manager, so
// every post joins discord.js's queue (global 50 requests/s, per-route buckets, 429s waited out) and
// no channel fetch is spent first. Errors are discord.js's own (DiscordAPIError / HTTPError carry
// `status` and `code`), which classifyDeliveryError understands.
import { PermissionFlagsBits, Routes, type Client } from 'discord.js';
import type { OutgoingMessage } from '../core/discord-limits.ts';
import type { DigestDelivery } from './digest-scheduler.ts';
import { createPacer } from './pacer.ts';

/** Digest posts per second (DIGEST_SENDS_PER_SECOND): under the global 50 to leave room for replies. */
export const DEFAULT_SENDS_PER_SECOND = 48;

export function toApiMessage(message: OutgoingMessage): Record<string, unknown> {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: message.embeds.map(({ footer, ...embed }) => ({ ...embed, ...(footer === undefined ? {} : { footer: { text: footer } }) })),
    // Every message, whatever it says: no pings.
    allowed_mentions: { parse: [] },
  };
}

export function discordDelivery(client: Client, options: { perSecond?: number } = {}): DigestDelivery {
  return {
    pace: createPacer(options.perSecond ?? DEFAULT_SENDS_PER_SECOND),
    async send(channelId, message) {
      return client.rest.post(Routes.channelMessages(channelId), { body: toApiMessage(message) });
    },
    async systemChannel(guildId) {
      const guild = client.guilds.cache.get(guildId);
      const channel = guild?.systemChannel;
      const me = guild?.members.me;
      if (!channel || !me) return null;
      const allowed = channel.permissionsFor(me).has(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);
      return allowed ? channel.id : null;
    },
  };
}
