// The interaction router: the single error boundary between Discord and the command handlers.
// Everything is caught here. A UserError is answered with its message; anything else is a bug,
// logged with the interaction's context and answered with an apology; the user always gets an
// (ephemeral) answer and the process never goes down. A handler that has not answered within
// ~1.5 s gets a deferReply first, so Discord's 3 s deadline is never missed.
import { PermissionFlagsBits } from 'discord.js';
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageComponentInteraction,
} from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, CommandContext, CommandRequest, Reply } from '../../commands/types.ts';
import { isUserError } from '../../commands/types.ts';
import { fitChoices, toMessagePayload, toReplyPayload } from './render.ts';
import { checkRequest, toAutocompleteRequest, toCommandRequest, toComponentRequest } from './request.ts';

export const DEFER_AFTER_MS = 1500;

export interface RouterOptions {
  commands: readonly Command[];
  context: CommandContext;
  logger: Logger;
  /** How long a handler may run before the router defers (tests lower it). */
  deferAfterMs?: number;
}

/** The friendly text for an error: a UserError's own message, else a generic apology. */
export function errorReply(err: unknown, ref: string): Reply {
  if (isUserError(err)) return { content: err.hint ? `${err.message}\n${err.hint}` : err.message, ephemeral: true };
  return {
    content: `Sorry, something went wrong while answering. It has been logged (reference ${ref}); please try again in a moment.`,
    ephemeral: true,
  };
}

/** Moderators: Manage Server (or Administrator), or the guild's moderator role (issue 4 settings). */
export async function memberIsModerator(req: CommandRequest, ctx: CommandContext): Promise<boolean> {
  if (req.member === null || req.guildId === null) return false;
  const p = req.member.permissions;
  if ((p & PermissionFlagsBits.ManageGuild) !== 0n || (p & PermissionFlagsBits.Administrator) !== 0n) return true;
  if (ctx.settings === undefined) return false;
  const { moderatorRoleId } = await ctx.settings.get(req.guildId);
  return moderatorRoleId !== null && req.member.roleIds.includes(moderatorRoleId);
}

function knownCommands(commands: readonly Command[]): string {
  return commands.map((c) => `/${c.data.name}`).join(', ');
}

export function createRouter(options: RouterOptions): (interaction: Interaction) => Promise<void> {
  const { commands, context, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  async function onCommand(i: ChatInputCommandInteraction, log: Logger): Promise<void> {
    const command = byName.get(i.commandName);
    const started = performance.now();
    if (command === undefined) {
      log.warn('unknown command (stale registration? run npm run deploy-commands)');
      await i.reply(toReplyPayload({ content: `I do not know /${i.commandName}. My commands: ${knownCommands(commands)}.`, ephemeral: true }));
      return;
    }
    const ephemeral = command.ephemeral ?? false;
    let deferred = false;
    let deferring: Promise<unknown> | null = null;
    const timer = setTimeout(() => {
      deferred = true;
      log.debug({ afterMs: deferAfterMs }, 'deferring');
      deferring = i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}).catch((err: unknown) => {
        log.warn({ err }, 'deferReply failed');
      });
    }, deferAfterMs);
    let reply: Reply;
    let failed = false;
    try {
      const req = toCommandRequest(i);
      checkRequest(command, req);
      if (command.moderatorOnly && !(await memberIsModerator(req, context))) {
        reply = { content: `/${command.data.name} is for moderators (Manage Server, or the moderator role set with /config).`, ephemeral: true };
      } else {
        reply = await command.execute(req, { ...context, logger: log, library: context.libraryFor?.(req.guildId) ?? context.library });
      }
    } catch (err) {
      failed = true;
      if (isUserError(err)) log.info({ userError: err.message }, 'user error');
      else log.error({ err }, 'command failed');
      reply = errorReply(err, i.id);
    } finally {
      clearTimeout(timer);
    }
    if (deferred) {
      await deferring;
      const wantsEphemeral = reply.ephemeral ?? ephemeral;
      if (wantsEphemeral && !ephemeral) {
        // The deferral was public; an error (or a private answer) must not be shown to everyone.
        await i.deleteReply().catch((err: unknown) => log.warn({ err }, 'deleteReply failed'));
        await i.followUp(toReplyPayload(reply, true));
      } else {
        await i.editReply(toMessagePayload(reply));
      }
    } else {
      await i.reply(toReplyPayload(reply, ephemeral));
    }
    log.info({ ms: Math.round(performance.now() - started), deferred, failed }, 'answered');
  }

  async function onAutocomplete(i: AutocompleteInteraction, log: Logger): Promise<void> {
    const command = byName.get(i.commandName);
    let choices: { name: string; value: string | number }[] = [];
    try {
      if (command?.autocomplete !== undefined) choices = fitChoices(await command.autocomplete(toAutocompleteRequest(i), { ...context, logger: log, library: context.libraryFor?.(i.guildId) ?? context.library }));
    } catch (err) {
      // An autocomplete must still be answered: an empty list rather than "loading options failed".
      log.error({ err }, 'autocomplete failed');
    }
    await i.respond(choices);
  }

  async function onComponent(i: MessageComponentInteraction, log: Logger): Promise<void> {
    const name = i.customId.split(':')[0] ?? '';
    const command = byName.get(name);
    try {
      if (command?.handleComponent === undefined) {
        await i.reply(toReplyPayload({ content: 'This button no longer works. Run the command again.', ephemeral: true }));
        return;
      }
      const reply = await command.handleComponent(toComponentRequest(i), { ...context, logger: log });
      if (reply.update) await i.update(toMessagePayload(reply));
      else await i.reply(toReplyPayload(reply));
    } catch (err) {
      if (isUserError(err)) log.info({ userError: err.message }, 'user error');
      else log.error({ err }, 'component failed');
      if (!i.replied && !i.deferred) await i.reply(toReplyPayload(errorReply(err, i.id)));
    }
  }

  return async function route(interaction: Interaction): Promise<void> {
    const base = {
      interaction: interaction.id,
      guild: interaction.guildId ?? undefined,
      user: interaction.user.id,
    };
    let log = logger;
    try {
      if (interaction.isChatInputCommand()) {
        log = logger.child({ ...base, command: interaction.commandName });
        await onCommand(interaction, log);
      } else if (interaction.isAutocomplete()) {
        log = logger.child({ ...base, command: interaction.commandName, autocomplete: true });
        await onAutocomplete(interaction, log);
      } else if (interaction.isMessageComponent()) {
        log = logger.child({ ...base, component: interaction.customId });
        await onComponent(interaction, log);
      }
    } catch (err) {
      // Answering itself failed (the interaction expired, Discord is down): log, never throw.
      log.error({ err }, 'could not answer the interaction');
    }
  };
}
