// discord.js interactions -> the Discord-free requests of commands/types.ts, and the check that a
// request only uses options its command defines (a stale registration, or a typo in `npm run ask`).
import { ApplicationCommandOptionType } from 'discord.js';
import type {
  APIApplicationCommandOption,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  MessageComponentInteraction,
} from 'discord.js';
import type {
  AutocompleteRequest,
  Command,
  CommandRequest,
  ComponentRequest,
  OptionInput,
  RequestMember,
  RequestUser,
} from '../../commands/types.ts';
import { CommandOptions, UserError } from '../../commands/types.ts';

type AnyInteraction = ChatInputCommandInteraction | AutocompleteInteraction | MessageComponentInteraction;

function userOf(i: AnyInteraction): RequestUser {
  return { id: i.user.id, username: i.user.username };
}

function memberOf(i: AnyInteraction): RequestMember | null {
  if (i.member === null || i.guildId === null) return null;
  const roles = i.member.roles;
  const roleIds = Array.isArray(roles) ? [...roles] : [...roles.cache.keys()];
  return { permissions: i.memberPermissions?.bitfield ?? 0n, roleIds };
}

function toInput(o: CommandInteractionOption): OptionInput | undefined {
  switch (o.type) {
    case ApplicationCommandOptionType.String:
      return { type: 'string', value: String(o.value ?? '') };
    case ApplicationCommandOptionType.Integer:
      return { type: 'integer', value: Number(o.value) };
    case ApplicationCommandOptionType.Number:
      return { type: 'number', value: Number(o.value) };
    case ApplicationCommandOptionType.Boolean:
      return { type: 'boolean', value: Boolean(o.value) };
    case ApplicationCommandOptionType.Channel: {
      const ch = o.channel;
      const value: { id: string; type?: number; name?: string } = { id: String(o.value) };
      if (ch) {
        value.type = ch.type;
        if ('name' in ch && typeof ch.name === 'string') value.name = ch.name;
      }
      return { type: 'channel', value };
    }
    case ApplicationCommandOptionType.Role: {
      const value: { id: string; name?: string } = { id: String(o.value) };
      if (o.role?.name !== undefined) value.name = o.role.name;
      return { type: 'role', value };
    }
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Mentionable: {
      const value: { id: string; username?: string } = { id: String(o.value) };
      if (o.user?.username !== undefined) value.username = o.user.username;
      return { type: 'user', value };
    }
    default:
      return undefined;
  }
}

/** The leaf options and the subcommand path of a command interaction's option tree. */
function flatten(data: readonly CommandInteractionOption[]): {
  group: string | null;
  sub: string | null;
  leaves: readonly CommandInteractionOption[];
} {
  const first = data[0];
  if (first?.type === ApplicationCommandOptionType.SubcommandGroup) {
    const sub = first.options?.[0];
    return { group: first.name, sub: sub?.name ?? null, leaves: sub?.options ?? [] };
  }
  if (first?.type === ApplicationCommandOptionType.Subcommand) return { group: null, sub: first.name, leaves: first.options ?? [] };
  return { group: null, sub: null, leaves: data };
}

export function toCommandRequest(i: ChatInputCommandInteraction | AutocompleteInteraction): CommandRequest {
  const { group, sub, leaves } = flatten(i.options.data);
  const values = new Map<string, OptionInput>();
  for (const o of leaves) {
    const input = toInput(o);
    if (input !== undefined) values.set(o.name, input);
  }
  const req: CommandRequest = {
    id: i.id,
    commandName: i.commandName,
    subcommandGroup: group,
    subcommand: sub,
    options: new CommandOptions(values),
    guildId: i.guildId,
    channelId: i.channelId,
    user: userOf(i),
    member: memberOf(i),
  };
  if (i.locale) req.locale = i.locale;
  return req;
}

export function toAutocompleteRequest(i: AutocompleteInteraction): AutocompleteRequest {
  const focused = i.options.getFocused(true);
  return { ...toCommandRequest(i), focused: { name: focused.name, value: String(focused.value ?? '') } };
}

export function toComponentRequest(i: MessageComponentInteraction): ComponentRequest {
  return {
    id: i.id,
    customId: i.customId,
    guildId: i.guildId,
    channelId: i.channelId,
    user: userOf(i),
    member: memberOf(i),
    values: i.isAnySelectMenu() ? [...i.values] : [],
  };
}

// ---------------------------------------------------------------- validation against the definition

/** The option definitions a request's (sub)command takes. */
export function optionDefinitions(
  command: Command,
  subcommandGroup: string | null,
  subcommand: string | null,
): readonly APIApplicationCommandOption[] | undefined {
  let opts: readonly APIApplicationCommandOption[] = command.data.options ?? [];
  if (subcommandGroup !== null) {
    const g = opts.find((o) => o.type === ApplicationCommandOptionType.SubcommandGroup && o.name === subcommandGroup);
    if (g === undefined || !('options' in g)) return undefined;
    opts = (g.options ?? []) as APIApplicationCommandOption[];
  }
  if (subcommand !== null) {
    const s = opts.find((o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === subcommand);
    if (s === undefined || !('options' in s)) return undefined;
    opts = (s.options ?? []) as APIApplicationCommandOption[];
  }
  return opts;
}

export function subcommandNames(command: Command): string[] {
  return (command.data.options ?? [])
    .filter((o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup)
    .map((o) => o.name);
}

/** Throws a UserError naming the problem when a request uses an option or subcommand the command lacks. */
export function checkRequest(command: Command, req: CommandRequest): void {
  const subs = subcommandNames(command);
  const name = `/${command.data.name}`;
  if (subs.length > 0 && req.subcommand === null && req.subcommandGroup === null) {
    throw new UserError(`${name} needs a subcommand: ${subs.join(', ')}.`);
  }
  const defs = optionDefinitions(command, req.subcommandGroup, req.subcommand);
  if (defs === undefined) {
    throw new UserError(`${name} has no subcommand “${[req.subcommandGroup, req.subcommand].filter(Boolean).join(' ')}”. It has: ${subs.join(', ')}.`);
  }
  const known = defs.map((d) => d.name);
  const unknown = req.options.names().filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UserError(
      `${name}${req.subcommand ? ` ${req.subcommand}` : ''} has no option ${unknown.map((u) => `“${u}”`).join(', ')}.`,
      known.length > 0 ? `Its options: ${known.join(', ')}.` : 'It takes no options.',
    );
  }
  const missing = defs.filter((d) => 'required' in d && d.required === true && !req.options.has(d.name)).map((d) => d.name);
  if (missing.length > 0) throw new UserError(`${name} needs ${missing.map((m) => `\`${m}\``).join(', ')}.`);
}
