// Parses `/cmd [group] [sub] opt:value opt:"quoted value"` into a CommandRequest for the same
// handlers Discord reaches, checking names, types and choices against the command's definition so
// that a typo gets the answer Discord's own client would give.
import { ApplicationCommandOptionType } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, CommandRequest, OptionInput } from '../../commands/types.ts';
import { CommandOptions, UserError } from '../../commands/types.ts';
import { optionDefinitions } from '../discord/request.ts';

/** Splits on spaces, keeping "double" or 'single' quoted stretches (also after `name:`) together. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let started = false;
  for (const ch of line) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'" || ch === '“' || ch === '”') {
      quote = ch === '“' ? '”' : ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) tokens.push(cur);
      cur = '';
      started = false;
    } else {
      cur += ch;
      started = true;
    }
  }
  if (quote !== null) throw new UserError('A quotation mark is not closed.');
  if (started) tokens.push(cur);
  return tokens;
}

const OPTION_TOKEN = /^([a-z0-9_-]{1,32}):(.*)$/su;

function coerce(def: APIApplicationCommandOption, raw: string, command: string): OptionInput {
  const where = `/${command} ${def.name}`;
  const choices = 'choices' in def ? (def.choices as { name: string; value: string | number }[] | undefined) : undefined;
  if (choices !== undefined && choices.length > 0) {
    const lower = raw.toLowerCase();
    const hit =
      choices.find((c) => String(c.value) === raw) ??
      choices.find((c) => String(c.value).toLowerCase() === lower || c.name.toLowerCase() === lower);
    if (hit === undefined) throw new UserError(`${where}: “${raw}” is not one of its choices: ${choices.map((c) => String(c.value)).join(', ')}.`);
    raw = String(hit.value);
  }
  switch (def.type) {
    case ApplicationCommandOptionType.String: {
      const max = 'max_length' in def ? def.max_length : undefined;
      if (max !== undefined && raw.length > max) throw new UserError(`${where}: at most ${max} characters.`);
      return { type: 'string', value: raw };
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = Number(raw);
      const integer = def.type === ApplicationCommandOptionType.Integer;
      if (raw.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
        throw new UserError(`${where}: “${raw}” is not ${integer ? 'a whole number' : 'a number'}.`);
      }
      const min = 'min_value' in def ? def.min_value : undefined;
      const max = 'max_value' in def ? def.max_value : undefined;
      if (min !== undefined && n < min) throw new UserError(`${where}: at least ${min}.`);
      if (max !== undefined && n > max) throw new UserError(`${where}: at most ${max}.`);
      return { type: integer ? 'integer' : 'number', value: n };
    }
    case ApplicationCommandOptionType.Boolean: {
      const v = raw.toLowerCase();
      if (['true', 'yes', 'on', '1'].includes(v)) return { type: 'boolean', value: true };
      if (['false', 'no', 'off', '0'].includes(v)) return { type: 'boolean', value: false };
      throw new UserError(`${where}: “${raw}” is not true or false.`);
    }
    case ApplicationCommandOptionType.Channel:
      return { type: 'channel', value: { id: raw.replace(/^<#|>$/g, '').replace(/^#/, '') } };
    case ApplicationCommandOptionType.Role:
      return { type: 'role', value: { id: raw.replace(/^<@&|>$/g, '') } };
    default:
      return { type: 'user', value: { id: raw.replace(/^<@!?|>$/g, '') } };
  }
}

export interface ParseContext {
  commands: readonly Command[];
  guildId: string | null;
  userId: string;
}

export function parseAsk(line: string, ctx: ParseContext): { command: Command; request: CommandRequest } {
  const tokens = tokenize(line.trim());
  const head = tokens.shift();
  const list = ctx.commands.map((c) => `/${c.data.name}`).join(', ');
  if (head === undefined || !head.startsWith('/')) throw new UserError(`Start with a command, such as /summary. Commands: ${list}.`);
  const name = head.slice(1).toLowerCase();
  const command = ctx.commands.find((c) => c.data.name === name);
  if (command === undefined) throw new UserError(`Unknown command /${name}. Commands: ${list}.`);

  const top = command.data.options ?? [];
  let group: string | null = null;
  let sub: string | null = null;
  const isGroup = (t: string) => top.some((o) => o.type === ApplicationCommandOptionType.SubcommandGroup && o.name === t);
  if (tokens[0] !== undefined && !OPTION_TOKEN.test(tokens[0]) && isGroup(tokens[0])) group = tokens.shift() ?? null;
  const subs = group === null ? top : ((top.find((o) => o.name === group) as { options?: APIApplicationCommandOption[] }).options ?? []);
  if (tokens[0] !== undefined && !OPTION_TOKEN.test(tokens[0]) && subs.some((o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === tokens[0])) {
    sub = tokens.shift() ?? null;
  }
  const defs = optionDefinitions(command, group, sub) ?? [];

  const raw = new Map<string, string>();
  let last: string | null = null;
  for (const t of tokens) {
    const m = OPTION_TOKEN.exec(t);
    const def = m ? defs.find((d) => d.name === m[1]) : undefined;
    if (m && def) {
      if (raw.has(def.name)) throw new UserError(`The option ${def.name} is given twice.`);
      raw.set(def.name, m[2] ?? '');
      last = def.name;
    } else if (m && !defs.some((d) => d.name === m[1]) && last === null) {
      const known = defs.map((d) => d.name);
      throw new UserError(
        `/${command.data.name}${sub ? ` ${sub}` : ''} has no option “${m[1]}”.`,
        known.length > 0 ? `Its options: ${known.join(', ')}.` : 'It takes no options.',
      );
    } else if (last !== null) {
      // An unquoted value with spaces (name:Antony Blinken) continues the previous option.
      raw.set(last, `${raw.get(last) ?? ''} ${t}`.trim());
    } else {
      const hint = defs.length > 0 ? `Options are written name:value, e.g. ${defs[0]?.name}:…` : 'It takes no options.';
      throw new UserError(`/${command.data.name}: unexpected “${t}”.`, hint);
    }
  }
  const values = new Map<string, OptionInput>();
  for (const [k, v] of raw) {
    const def = defs.find((d) => d.name === k);
    if (def) values.set(k, coerce(def, v, command.data.name));
  }
  const request: CommandRequest = {
    id: `ask-${Date.now()}`,
    commandName: command.data.name,
    subcommandGroup: group,
    subcommand: sub,
    options: new CommandOptions(values),
    guildId: ctx.guildId,
    channelId: null,
    user: { id: ctx.userId, username: 'local' },
    // Locally you are the server's owner: every permission.
    member: ctx.guildId === null ? null : { permissions: (1n << 53n) - 1n, roleIds: [] },
  };
  return { command, request };
}
