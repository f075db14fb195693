// The command contract. Handlers work on a Discord-free request and return a Discord-free reply:
// the router (src/discord/router.ts) translates discord.js interactions to requests and replies to
// discord.js calls; `npm run ask` builds requests from a string and prints replies as text. Both
// run the very same handlers, so what `ask` shows is what Discord gets.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { Clock } from '../src/core/clock.ts';
import type { ArticleLibrary } from '../src/core/library.ts';
import type { SettingsStore } from '../src/storage/settings-store.ts';
import { UserError } from '../src/core/user-error.ts';

export { UserError, isUserError } from '../src/core/user-error.ts';

// ---------------------------------------------------------------- requests

export interface ChannelRef {
  id: string;
  /** Discord channel type number (ChannelType), when known. */
  type?: number;
  name?: string;
}

export interface RoleRef {
  id: string;
  name?: string;
}

/** One resolved option value, as Discord types it. */
export type OptionInput =
  | { type: 'string'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'channel'; value: ChannelRef }
  | { type: 'role'; value: RoleRef }
  | { type: 'user'; value: { id: string; username?: string } };

interface OptionValues {
  string: string;
  integer: number;
  number: number;
  boolean: boolean;
  channel: ChannelRef;
  role: RoleRef;
  user: { id: string; username?: string };
}
type OptionValueOf<T extends OptionInput['type']> = OptionValues[T];

/** Typed getters over the options of one (sub)command. A missing option is null. */
export class CommandOptions {
  constructor(private readonly values: ReadonlyMap<string, OptionInput> = new Map()) {}

  static of(record: Record<string, OptionInput>): CommandOptions {
    return new CommandOptions(new Map(Object.entries(record)));
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  raw(name: string): OptionInput | undefined {
    return this.values.get(name);
  }

  getString(name: string, required: true): string;
  getString(name: string, required?: boolean): string | null;
  getString(name: string, required = false): string | null {
    return this.pick(name, 'string', required);
  }

  getInteger(name: string, required: true): number;
  getInteger(name: string, required?: boolean): number | null;
  getInteger(name: string, required = false): number | null {
    return this.pick(name, 'integer', required);
  }

  getNumber(name: string, required: true): number;
  getNumber(name: string, required?: boolean): number | null;
  getNumber(name: string, required = false): number | null {
    return this.pick(name, 'number', required);
  }

  getBoolean(name: string, required: true): boolean;
  getBoolean(name: string, required?: boolean): boolean | null;
  getBoolean(name: string, required = false): boolean | null {
    return this.pick(name, 'boolean', required);
  }

  getChannel(name: string, required: true): ChannelRef;
  getChannel(name: string, required?: boolean): ChannelRef | null;
  getChannel(name: string, required = false): ChannelRef | null {
    return this.pick(name, 'channel', required);
  }

  getRole(name: string, required: true): RoleRef;
  getRole(name: string, required?: boolean): RoleRef | null;
  getRole(name: string, required = false): RoleRef | null {
    return this.pick(name, 'role', required);
  }

  private pick<T extends OptionInput['type']>(name: string, type: T, required: boolean): OptionValueOf<T> | null {
    const input = this.values.get(name);
    if (input === undefined) {
      if (required) throw new UserError(`The option \`${name}\` is required.`);
      return null;
    }
    if (input.type !== type) {
      // The command definition and its handler disagree: a bug, not the user's fault.
      throw new TypeError(`option ${name} is a ${input.type}, not a ${type}`);
    }
    return input.value as unknown as OptionValueOf<T>;
  }
}

export interface RequestUser {
  id: string;
  username: string;
}

export interface RequestMember {
  /** The member's permissions in the channel (Discord's bitfield). */
  permissions: bigint;
  roleIds: string[];
}

interface RequestBase {
  /** The interaction id (or a local one for `ask`). */
  id: string;
  commandName: string;
  subcommandGroup: string | null;
  subcommand: string | null;
  options: CommandOptions;
  guildId: string | null;
  channelId: string | null;
  user: RequestUser;
  /** Null outside a guild (DMs, `ask` without --guild). */
  member: RequestMember | null;
  locale?: string;
}

export type CommandRequest = RequestBase;

export interface AutocompleteRequest extends RequestBase {
  /** The option being typed and what has been typed so far. */
  focused: { name: string; value: string };
}

export interface ComponentRequest {
  id: string;
  /** "<commandName>:<rest>": the router hands a component to the command named before the colon. */
  customId: string;
  guildId: string | null;
  channelId: string | null;
  user: RequestUser;
  member: RequestMember | null;
  /** Values of a select menu; empty for a button. */
  values: string[];
}

// ---------------------------------------------------------------- replies

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: string;
  /** ISO timestamp shown in the embed footer. */
  timestamp?: string;
}

export interface Button {
  kind: 'button';
  /** "<commandName>:<rest>", at most 100 characters. */
  customId: string;
  label: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
  disabled?: boolean;
}

/** A row of up to 5 buttons. */
export type ComponentRow = Button[];

export interface Reply {
  content?: string;
  embeds?: Embed[];
  /** Only the user who asked sees it. Decided before deferring: see Command.ephemeral. */
  ephemeral?: boolean;
  components?: ComponentRow[];
}

/** A component handler may update the message the component sits on instead of replying anew. */
export interface ComponentReply extends Reply {
  update?: boolean;
}

export interface Choice {
  name: string;
  value: string | number;
}

// ---------------------------------------------------------------- context

/** What a channel looks like to the bot (for /config digest, the digest sender). */
export interface ChannelInfo {
  id: string;
  name: string;
  /** Discord channel type number (ChannelType.GuildText = 0, GuildAnnouncement = 5, ...). */
  type: number;
  /** The bot's permissions in that channel (Discord's bitfield). */
  botPermissions: bigint;
}

/** The little the handlers need from Discord beyond answering the interaction. */
export interface DiscordPort {
  /** Null when the channel does not exist or the bot cannot see it. */
  channelInfo(guildId: string, channelId: string): Promise<ChannelInfo | null>;
  /** Posts a message (sent with allowedMentions: { parse: [] }, like every message). */
  send(channelId: string, message: Reply): Promise<{ id: string }>;
}

export interface CommandContext {
  library: ArticleLibrary;
  logger: Logger;
  clock: Clock;
  /** [0, 1), like Math.random; injectable so tests are deterministic. */
  random: () => number;
  discord: DiscordPort;
  /** Guild settings (issue 4). Optional: without it handlers fall back to defaults. */
  settings?: SettingsStore;
  /** Digest service (issue 5). */
  digest?: unknown;
  /** This guild's feeds (issue 6, src/sources/start-sources.ts FeedsPort), for /source. */
  sources?: unknown;
  /** One guild's view of the library (issue 6: its own feeds' articles stay its own); the router uses it. */
  libraryFor?: (guildId: string | null) => ArticleLibrary;
}

// ---------------------------------------------------------------- command

export type CommandData = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface Command {
  /** `new SlashCommandBuilder()...toJSON()`: what deploy-commands registers and `ask` parses against. */
  data: CommandData;
  /** Checked again at run time by the router: Manage Server or the guild's moderator role. */
  moderatorOnly?: boolean;
  /** Answer ephemerally (also decides the deferral's visibility). Replies may still override. */
  ephemeral?: boolean;
  execute(req: CommandRequest, ctx: CommandContext): Promise<Reply>;
  autocomplete?(req: AutocompleteRequest, ctx: CommandContext): Promise<Choice[]>;
  handleComponent?(req: ComponentRequest, ctx: CommandContext): Promise<ComponentReply>;
}
