// Interactions in the fake Discord: the INTERACTION_CREATE payloads discord.js needs, the record of
// everything the bot answered to each one, and what a test awaits (the reply as a user would see it).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ApplicationCommandOptionType, ChannelType, MessageFlags } from 'discord.js';
import type { APIAllowedMentions, APIEmbed } from 'discord.js';
import { snowflake } from './snowflake.ts';

export type Body = Record<string, unknown>;

/** A message the bot created: in a channel, as an interaction reply, or as a follow-up. */
export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  /** The interaction it answers, when it is a reply or follow-up. */
  interactionId: string | null;
  /** The message as it stands now (the last edit merged over the first body). */
  body: Body;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  allowedMentions: APIAllowedMentions | undefined;
  flags: number;
  /** Every body the bot sent for it, first the creation, then each edit. */
  history: Body[];
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

export interface CallbackRecord {
  type: number;
  data: Body | null;
  status: number;
  /** Why the fake rejected it, if it did. */
  error?: string;
  /** ms since dispatch. */
  afterMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  kind: 'command' | 'autocomplete' | 'component';
  guildId: string | null;
  channelId: string;
  payload: Body;
  /** performance.now() when it was dispatched on the gateway. */
  dispatchedAt: number;
  callbacks: CallbackRecord[];
  /** The accepted initial response (the first successful callback). */
  response: { type: number; data: Body | null; receivedAt: number } | null;
  /** The message @original refers to: the reply, or for a component the message it is on. */
  original: FakeMessage | null;
  followups: FakeMessage[];
  /** Bodies of PATCH .../messages/@original, in order. */
  edits: Body[];
  changed: () => void;
  waiters: Set<() => void>;
}

export type OutcomeType = 'reply' | 'deferred' | 'update' | 'deferred-update' | 'modal' | 'autocomplete';

export interface InteractionOutcome {
  type: OutcomeType;
  ephemeral: boolean;
  /** For a deferred reply, the body of the first edit of @original (or the first follow-up). */
  body: Body;
  content: string | undefined;
  embeds: APIEmbed[];
  components: unknown[];
  allowedMentions: APIAllowedMentions | undefined;
  /** Autocomplete answers. */
  choices: Array<{ name: string; value: string | number }>;
  /** ms from dispatch to the accepted callback. */
  latencyMs: number;
  /** Live: every callback, edit and follow-up, including ones that arrive later. */
  interaction: InteractionRecord;
  callbacks: CallbackRecord[];
  followups: FakeMessage[];
}

export function newToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

export function newRecord(kind: InteractionRecord['kind'], guildId: string | null, channelId: string, payload: Body): InteractionRecord {
  const record: InteractionRecord = {
    id: payload.id as string,
    token: payload.token as string,
    kind,
    guildId,
    channelId,
    payload,
    dispatchedAt: performance.now(),
    callbacks: [],
    response: null,
    original: null,
    followups: [],
    edits: [],
    waiters: new Set(),
    // Woken after the current request is logged and answered, so a test that resumes sees it.
    changed: () => {
      setImmediate(() => {
        for (const wake of [...record.waiters]) wake();
      });
    },
  };
  return record;
}

/** Creates a FakeMessage from a body (content, embeds, components, allowed_mentions, flags). */
export function newMessage(channelId: string, guildId: string | null, interactionId: string | null, body: Body): FakeMessage {
  const message: FakeMessage = {
    id: snowflake(),
    channelId,
    guildId,
    interactionId,
    body: {},
    content: '',
    embeds: [],
    components: [],
    allowedMentions: undefined,
    flags: 0,
    history: [],
    createdAt: Date.now(),
    editedAt: null,
    deleted: false,
  };
  applyBody(message, body, false);
  return message;
}

/** Merges an edit (or the first body) into a message: fields present replace, absent ones stay. */
export function applyBody(message: FakeMessage, body: Body, isEdit = true): void {
  message.history.push(body);
  message.body = { ...message.body, ...body };
  message.content = typeof message.body.content === 'string' ? message.body.content : '';
  message.embeds = Array.isArray(message.body.embeds) ? (message.body.embeds as APIEmbed[]) : [];
  message.components = Array.isArray(message.body.components) ? message.body.components : [];
  message.allowedMentions = message.body.allowed_mentions as APIAllowedMentions | undefined;
  if (!isEdit) message.flags = typeof body.flags === 'number' ? body.flags : 0;
  if (isEdit) message.editedAt = Date.now();
}

/** Waits until `done(record)` gives a value, or fails after `timeoutMs` explaining what did happen. */
export function waitFor<T>(record: InteractionRecord, done: (r: InteractionRecord) => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): boolean => {
      const value = done(record);
      if (value === undefined) return false;
      cleanup();
      resolve(value);
      return true;
    };
    const timer = setTimeout(() => {
      cleanup();
      const seen = record.callbacks.map((c) => `type ${c.type} → ${c.status}${c.error ? ` (${c.error})` : ''}`).join('; ');
      reject(new Error(`fake Discord: ${what} within ${timeoutMs} ms for interaction ${record.kind} ${String((record.payload.data as Body | undefined)?.name ?? '')}; callbacks: ${seen || 'none'}, edits: ${record.edits.length}, follow-ups: ${record.followups.length}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      record.waiters.delete(wake);
    };
    const wake = (): void => {
      check();
    };
    record.waiters.add(wake);
    check();
  });
}

/** What the test sees once the bot has answered (see runCommand in fake-discord.ts). */
export function outcomeOf(record: InteractionRecord, waitForEdit: boolean): InteractionOutcome | undefined {
  const response = record.response;
  if (!response) return undefined;
  const latencyMs = response.receivedAt - record.dispatchedAt;
  const base = { latencyMs, interaction: record, callbacks: record.callbacks, followups: record.followups, choices: [] };
  const flags = typeof response.data?.flags === 'number' ? response.data.flags : 0;
  const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
  const view = (body: Body): Pick<InteractionOutcome, 'body' | 'content' | 'embeds' | 'components' | 'allowedMentions'> => ({
    body,
    content: typeof body.content === 'string' ? body.content : undefined,
    embeds: Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [],
    components: Array.isArray(body.components) ? body.components : [],
    allowedMentions: body.allowed_mentions as APIAllowedMentions | undefined,
  });
  switch (response.type) {
    case 4:
      return { type: 'reply', ephemeral, ...view(response.data ?? {}), ...base };
    case 7:
      return { type: 'update', ephemeral: false, ...view(response.data ?? {}), ...base };
    case 8: {
      const choices = (response.data?.choices ?? []) as InteractionOutcome['choices'];
      return { type: 'autocomplete', ephemeral: true, ...view({}), ...base, choices };
    }
    case 9:
      return { type: 'modal', ephemeral: false, ...view(response.data ?? {}), ...base };
    case 5:
    case 6: {
      const type = response.type === 5 ? 'deferred' : 'deferred-update';
      const edited = record.edits.length > 0 ? record.original?.body : record.followups[0]?.body;
      if (!edited) return waitForEdit ? undefined : { type, ephemeral, ...view({}), ...base };
      const followupEphemeral = record.edits.length === 0 && typeof edited.flags === 'number' && (edited.flags & MessageFlags.Ephemeral) !== 0;
      return { type, ephemeral: ephemeral || followupEphemeral, ...view(edited), ...base };
    }
    default:
      return undefined;
  }
}

export type OptionValue =
  | string
  | number
  | boolean
  | { type: 'channel' | 'role' | 'user' | 'mentionable' | 'attachment'; id: string };

const TYPE_BY_TAG = {
  channel: ApplicationCommandOptionType.Channel,
  role: ApplicationCommandOptionType.Role,
  user: ApplicationCommandOptionType.User,
  mentionable: ApplicationCommandOptionType.Mentionable,
  attachment: ApplicationCommandOptionType.Attachment,
} as const;

/** A registered command option definition, as much as the fake needs of it. */
export interface OptionDefinition {
  name: string;
  type: number;
  options?: OptionDefinition[];
}

/** Builds `data.options` for a command, typing each value from the command's definition when known. */
export function buildOptions(
  values: Record<string, OptionValue>,
  definitions: OptionDefinition[] | undefined,
  focused: string | undefined,
): Body[] {
  return Object.entries(values).map(([name, value]) => {
    const defined = definitions?.find((d) => d.name === name)?.type;
    let type: number;
    let raw: unknown = value;
    if (typeof value === 'object') {
      type = TYPE_BY_TAG[value.type];
      raw = value.id;
    } else if (defined !== undefined) {
      type = defined;
    } else if (typeof value === 'boolean') {
      type = ApplicationCommandOptionType.Boolean;
    } else if (typeof value === 'number') {
      type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
    } else {
      type = ApplicationCommandOptionType.String;
    }
    if (name === focused) {
      // Discord sends the partial text of the focused option as a string, whatever its type.
      return { name, type, value: String(raw), focused: true };
    }
    return { name, type, value: raw };
  });
}

export function dmChannelPayload(channelId: string): Body {
  return { id: channelId, type: ChannelType.DM, last_message_id: null, flags: 0 };
}
