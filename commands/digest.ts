// /digest preview | send-now (moderators): the digest this server would get now, shown only to the
// moderator; or posted to the digest channel at once, counting as this slot's digest so the
// scheduled one does not repeat it.
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { DigestService } from '../src/scheduler/digest-scheduler.ts';
import type { SettingsStore } from '../src/storage/settings-store.ts';
import { isModerator } from './config.ts';
import { UserError, type Command, type CommandContext, type Reply } from './types.ts';

function service(ctx: CommandContext): DigestService {
  const digest = ctx.digest as Partial<DigestService> | undefined;
  if (typeof digest?.preview !== 'function' || typeof digest.sendNow !== 'function') {
    throw new UserError('Digests are not available on this bot right now.');
  }
  return digest as DigestService;
}

function settingsOf(ctx: CommandContext): SettingsStore | null {
  const store = ctx.settings as Partial<SettingsStore> | undefined;
  return typeof store?.get === 'function' ? (store as SettingsStore) : null;
}

const stamp = (d: Date): string => `<t:${Math.floor(d.getTime() / 1000)}:f>`;

async function preview(guildId: string, ctx: CommandContext): Promise<Reply> {
  const { digest, since, settings } = await service(ctx).preview(guildId);
  const where = settings.channelId === null ? 'no channel yet (set one with `/config digest`)' : `<#${settings.channelId}>`;
  const state = settings.enabled ? `on, ${settings.time} (${settings.timezone})` : 'off';
  const window = since === null ? 'the last 24 hours (first digest)' : `since the last digest, ${stamp(since)}`;
  if (digest === null) {
    return { content: `Nothing new ${window}: no digest would be posted.\nDigest: ${state}, to ${where}.`, ephemeral: true };
  }
  const [first] = digest.messages;
  const more = digest.messages.length - 1;
  const lines = [
    `**Preview** (only you see this): ${digest.entries.length} article${digest.entries.length === 1 ? '' : 's'} ${window}.`,
    `Digest: ${state}, to ${where}.${more > 0 ? ` It would be posted as ${digest.messages.length} messages; the first is shown.` : ''}`,
  ];
  return { content: lines.join('\n'), embeds: first?.embeds ?? [], ephemeral: true };
}

async function sendNow(guildId: string, ctx: CommandContext): Promise<Reply> {
  const result = await service(ctx).sendNow(guildId);
  switch (result.outcome) {
    case 'sent':
      return { content: `Digest posted (${result.messages} message${result.messages === 1 ? '' : 's'}). It counts as this slot's digest.`, ephemeral: true };
    case 'empty':
      return { content: 'Nothing new since the last digest, so nothing was posted.', ephemeral: true };
    case 'no-channel':
      throw new UserError('No digest channel is set. Choose one with `/config digest` first.');
    case 'claimed-elsewhere':
      return { content: 'This digest is being posted right now; give it a moment.', ephemeral: true };
    case 'failed':
      throw new UserError(`The digest could not be posted: ${result.reason ?? 'Discord refused it'}. Check the channel and the bot's permissions there.`);
    case 'already-sent':
    case 'abandoned':
    case 'rescheduled':
      return { content: "This slot's digest has already gone out.", ephemeral: true };
    case 'stopped':
      return { content: 'The bot is restarting; try again in a moment.', ephemeral: true };
    case 'error':
      throw new Error(`digest send-now failed: ${result.reason ?? 'unknown error'}`);
  }
}

export const digest: Command = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription("This server's news digest (moderators)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('preview').setDescription('Show the digest this server would get now (only you see it)'))
    .addSubcommand((s) => s.setName('send-now').setDescription('Post the digest to its channel now; it counts as this slot’s digest'))
    .toJSON(),
  moderatorOnly: true,
  ephemeral: true,
  async execute(req, ctx) {
    if (req.guildId === null) throw new UserError('The digest belongs to a server: use this command in one.');
    // The router checks moderatorOnly too; this keeps the handler safe wherever it is called from.
    const store = settingsOf(ctx);
    if (store !== null && !(await isModerator(req.member, req.guildId, store))) {
      return { content: '/digest is for moderators: members with the Manage Server permission, or the moderator role set with `/config moderator-role`.', ephemeral: true };
    }
    if (req.subcommand === 'send-now') return sendNow(req.guildId, ctx);
    return preview(req.guildId, ctx);
  },
};
