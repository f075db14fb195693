// Discord-free replies -> discord.js payloads. Every limit is applied here (at a word boundary, with
// an ellipsis), and every message goes out with allowedMentions { parse: [] }: article text can
// contain "@everyone", and nothing Newsdesk sends may ping anyone.
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Button, Choice, Embed, EmbedField, Reply } from '../../commands/types.ts';
import { DISCORD_LIMITS as LIMITS, NO_MENTIONS, embedLength, truncate } from '../core/discord-limits.ts';

export { NO_MENTIONS, embedLength, truncate };

function nonEmpty(text: string): string {
  return text.trim() === '' ? '\u200b' : text;
}

/** Fits embeds to every per-embed limit and to the 6,000 characters shared by all of them. */
export function fitEmbeds(embeds: readonly Embed[]): Embed[] {
  let budget: number = LIMITS.embedTotal;
  const out: Embed[] = [];
  const take = (text: string, limit: number): string => {
    const t = truncate(text, Math.min(limit, budget));
    budget -= t.length;
    return t;
  };
  for (const e of embeds.slice(0, LIMITS.embedsPerMessage)) {
    if (budget < 10) break;
    const fitted: Embed = {};
    if (e.url !== undefined) fitted.url = e.url;
    if (e.color !== undefined) fitted.color = e.color;
    if (e.timestamp !== undefined) fitted.timestamp = e.timestamp;
    // Title and footer first: they are short and name what the embed is about.
    if (e.title !== undefined && e.title !== '') fitted.title = take(e.title, LIMITS.title);
    if (e.footer !== undefined && e.footer !== '') fitted.footer = take(e.footer, LIMITS.footer);
    if (e.description !== undefined && e.description !== '' && budget > 0) {
      const d = take(e.description, LIMITS.description);
      if (d !== '') fitted.description = d;
    }
    const fields: EmbedField[] = [];
    for (const f of (e.fields ?? []).slice(0, LIMITS.fields)) {
      // A field needs a name and a value; below ~20 characters left it says nothing useful.
      if (budget < 20) break;
      const name = take(nonEmpty(f.name), LIMITS.fieldName);
      const value = take(nonEmpty(f.value), LIMITS.fieldValue);
      if (value === '') break;
      fields.push(f.inline === undefined ? { name, value } : { name, value, inline: f.inline });
    }
    if (fields.length > 0) fitted.fields = fields;
    if (fitted.title === undefined && fitted.description === undefined && fields.length === 0) continue;
    out.push(fitted);
  }
  return out;
}

/** The whole reply within limits: content, embeds, buttons. Never empty (Discord rejects that). */
export function fitReply(reply: Reply): Reply {
  const out: Reply = {};
  if (reply.content !== undefined && reply.content !== '') out.content = truncate(reply.content, LIMITS.content);
  if (reply.embeds !== undefined && reply.embeds.length > 0) {
    const embeds = fitEmbeds(reply.embeds);
    if (embeds.length > 0) out.embeds = embeds;
  }
  if (reply.components !== undefined && reply.components.length > 0) {
    out.components = reply.components
      .slice(0, LIMITS.rows)
      .map((row) => row.slice(0, LIMITS.buttonsPerRow).map((b) => ({ ...b, label: truncate(b.label, LIMITS.buttonLabel) })))
      .filter((row) => row.length > 0);
  }
  if (out.content === undefined && out.embeds === undefined) out.content = '(nothing to show)';
  if (reply.ephemeral !== undefined) out.ephemeral = reply.ephemeral;
  return out;
}

const BUTTON_STYLES: Record<Button['style'], ButtonStyle> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

function toApiEmbed(e: Embed): APIEmbed {
  const api: APIEmbed = {};
  if (e.title !== undefined) api.title = e.title;
  if (e.url !== undefined) api.url = e.url;
  if (e.description !== undefined) api.description = e.description;
  if (e.color !== undefined) api.color = e.color;
  if (e.fields !== undefined) api.fields = e.fields.map((f): APIEmbedField => ({ name: f.name, value: f.value, inline: f.inline ?? false }));
  if (e.footer !== undefined) api.footer = { text: e.footer };
  if (e.timestamp !== undefined) api.timestamp = e.timestamp;
  return api;
}

function toApiRow(row: Button[]): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: row.map((b) => ({
      type: ComponentType.Button,
      style: BUTTON_STYLES[b.style] as ButtonStyle.Primary,
      label: b.label,
      custom_id: b.customId.slice(0, LIMITS.customId),
      disabled: b.disabled ?? false,
    })),
  };
}

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** A payload for channel.send / editReply / update (no flags: ephemerality is fixed at first response). */
export function toMessagePayload(reply: Reply): MessagePayload {
  const fitted = fitReply(reply);
  const payload: MessagePayload = {
    embeds: (fitted.embeds ?? []).map(toApiEmbed),
    components: (fitted.components ?? []).map(toApiRow),
    allowedMentions: NO_MENTIONS,
  };
  if (fitted.content !== undefined) payload.content = fitted.content;
  return payload;
}

/** A payload for interaction.reply: the message plus the ephemeral flag. */
export function toReplyPayload(reply: Reply, defaultEphemeral = false): MessagePayload & { flags?: MessageFlags.Ephemeral } {
  const payload = toMessagePayload(reply);
  return (reply.ephemeral ?? defaultEphemeral) ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
}

/** Autocomplete: at most 25 choices, names 1-100 characters, values at most 100; order kept (best first). */
export function fitChoices(choices: readonly Choice[]): { name: string; value: string | number }[] {
  const out: { name: string; value: string | number }[] = [];
  const seen = new Set<string | number>();
  for (const c of choices) {
    if (typeof c.value === 'string' && (c.value.length > LIMITS.choiceValue || c.value === '')) continue;
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push({ name: truncate(nonEmpty(c.name), LIMITS.choiceName), value: c.value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}
