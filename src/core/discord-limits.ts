// Discord's message and embed limits, and the pure helpers that keep text inside them. They are hard
// limits: Discord rejects the whole message when one is exceeded, so anything built from article
// text goes through these helpers. Pure (no discord.js): the digest composer and renderers share it.

export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

export const ELLIPSIS = '…';

/** An embed in the bot's Discord-free shape (the same as commands/types.ts `Embed`). */
export interface EmbedData {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  /** ISO timestamp shown in the footer (not counted by Discord). */
  timestamp?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: string;
}

/** Nothing the bot sends may ping anyone: article text can contain "@everyone". */
export const NO_MENTIONS = { parse: [] as never[] } as const;

export interface OutgoingMessage {
  content?: string;
  embeds: EmbedData[];
  allowedMentions: { parse: never[] };
}

/**
 * `text` cut to at most `max` characters (UTF-16 units, which never undercounts Discord's count),
 * at the last word boundary when one is reasonably near, with an ellipsis. Never splits a surrogate
 * pair (an emoji).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  // Already at a boundary when the next character is a space; else back up to the last space.
  const atBoundary = /\s/.test(text.charAt(cut.length));
  const boundary = atBoundary ? cut.length : cut.search(/\s\S*$/);
  if (boundary > max * 0.5) cut = cut.slice(0, boundary);
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`;
}

/** The characters Discord counts towards an embed's 6,000 total. */
export function embedLength(embed: EmbedData): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += embed.footer?.length ?? 0;
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/** Every field of `embed` cut to its own limit, at most 25 fields, and the whole within 6,000. */
export function fitEmbed(embed: EmbedData): EmbedData {
  const fitted: EmbedData = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, DISCORD_LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, DISCORD_LIMITS.description);
  if (embed.footer !== undefined) fitted.footer = truncate(embed.footer, DISCORD_LIMITS.footer);
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, DISCORD_LIMITS.fields).map((field) => ({
      ...field,
      name: truncate(field.name, DISCORD_LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, DISCORD_LIMITS.fieldValue) || '\u200b',
    }));
  }
  // Over the total: shorten the description first, then drop fields from the end.
  let excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && fitted.description !== undefined) {
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - excess));
    excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  }
  while (excess > 0 && fitted.fields !== undefined && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
    excess = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  }
  return fitted;
}

/** True when `message` respects every limit above. */
export function fitsDiscord(message: OutgoingMessage): boolean {
  if ((message.content?.length ?? 0) > DISCORD_LIMITS.content) return false;
  if (message.embeds.length > DISCORD_LIMITS.embedsPerMessage) return false;
  let total = 0;
  for (const e of message.embeds) {
    if ((e.title?.length ?? 0) > DISCORD_LIMITS.title) return false;
    if ((e.description?.length ?? 0) > DISCORD_LIMITS.description) return false;
    if ((e.footer?.length ?? 0) > DISCORD_LIMITS.footer) return false;
    if ((e.fields?.length ?? 0) > DISCORD_LIMITS.fields) return false;
    for (const f of e.fields ?? []) {
      if (f.name.length > DISCORD_LIMITS.fieldName || f.value.length > DISCORD_LIMITS.fieldValue) return false;
      if (f.name.length === 0 || f.value.length === 0) return false;
    }
    total += embedLength(e);
  }
  return total <= DISCORD_LIMITS.embedTotal;
}

/**
 * Embeds packed greedily, in order, into as few messages as the 10-embed and 6,000-character limits
 * allow. `content(i, n)` gives each message's text (kept within 2,000).
 */
export function packEmbeds(
  embeds: EmbedData[],
  content: (index: number, count: number) => string | undefined,
): OutgoingMessage[] {
  const groups: EmbedData[][] = [];
  let current: EmbedData[] = [];
  let size = 0;
  for (const raw of embeds) {
    const embed = fitEmbed(raw);
    const length = embedLength(embed);
    if (current.length > 0 && (current.length === DISCORD_LIMITS.embedsPerMessage || size + length > DISCORD_LIMITS.embedTotal)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => {
    const text = content(i, groups.length);
    const message: OutgoingMessage = { embeds: group, allowedMentions: { parse: [] } };
    if (text !== undefined && text.length > 0) message.content = truncate(text, DISCORD_LIMITS.content);
    return message;
  });
}
