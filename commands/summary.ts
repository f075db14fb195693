// /summary [article] [length]: the headline, the summary sentences verbatim, the date, the source
// and how many people and quotes the article has.
import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext, CommandRequest, Embed, EmbedField } from './types.ts';
import { articleChoices, articleDate, isSpeech, resolveArticle } from './shared.ts';

export const SUMMARY_LENGTHS = { short: 1, medium: 3, long: 5 } as const;
export type SummaryLength = keyof typeof SUMMARY_LENGTHS;
export const DEFAULT_SUMMARY_SENTENCES = 3;

/** The guild's default summary length (issue 4 settings), else 3 sentences. */
async function defaultSentences(req: CommandRequest, ctx: CommandContext): Promise<number> {
  if (req.guildId === null || ctx.settings === undefined) return DEFAULT_SUMMARY_SENTENCES;
  return (await ctx.settings.get(req.guildId)).summaryLength;
}

export const summary: Command = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('Summarize an article: headline, key sentences verbatim, date, source')
    .addStringOption((o) =>
      o.setName('article').setDescription('The article (default: the newest)').setAutocomplete(true).setMaxLength(200),
    )
    .addStringOption((o) =>
      o
        .setName('length')
        .setDescription('How many sentences')
        .addChoices(
          { name: 'short (1 sentence)', value: 'short' },
          { name: 'medium (3 sentences)', value: 'medium' },
          { name: 'long (5 sentences)', value: 'long' },
        ),
    )
    .toJSON(),

  async execute(req, ctx) {
    const entry = resolveArticle(ctx.library, req.options.getString('article'));
    const length = req.options.getString('length');
    const n = length !== null && length in SUMMARY_LENGTHS ? SUMMARY_LENGTHS[length as SummaryLength] : await defaultSentences(req, ctx);
    const { article } = entry;
    const sentences = article.summary.length > 0 ? article.summary : article.sentences.map((s) => s.text);
    const chosen = sentences.slice(0, n);
    const speech = article.quotes.filter(isSpeech).length;
    const fields: EmbedField[] = [];
    const date = articleDate(entry);
    if (date !== null) fields.push({ name: 'Published', value: date, inline: true });
    if (entry.url !== undefined) {
      fields.push({ name: 'Source', value: entry.source !== undefined ? `[${entry.source}](${entry.url})` : entry.url, inline: true });
    } else if (entry.source !== undefined) {
      fields.push({ name: 'Source', value: entry.source, inline: true });
    }
    fields.push({ name: 'People', value: String(article.people.length), inline: true });
    fields.push({ name: 'Quotes', value: String(speech), inline: true });
    const embed: Embed = {
      title: article.headline,
      description: chosen.length > 0 ? chosen.join('\n\n') : '(this article has no sentences to summarize)',
      fields,
      footer: `article: ${article.id} · /who article:${article.id} for its people`,
    };
    if (entry.url !== undefined) embed.url = entry.url;
    return { embeds: [embed] };
  },

  async autocomplete(req, ctx) {
    return req.focused.name === 'article' ? articleChoices(ctx.library, req.focused.value) : [];
  },
};
