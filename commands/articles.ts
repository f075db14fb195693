// /articles [query]: the library newest first, or the articles matching a query in headline,
// people or text. Always one embed within Discord's limits, saying how many more there are.
import { SlashCommandBuilder } from 'discord.js';
import type { Command, Embed } from './types.ts';
import { articleDate } from './shared.ts';

const PAGE = 15;
const DESCRIPTION_BUDGET = 3800;

export const articles: Command = {
  data: new SlashCommandBuilder()
    .setName('articles')
    .setDescription('List the articles, newest first, or search them')
    .addStringOption((o) => o.setName('query').setDescription('Words to find in headlines, people or text').setMaxLength(200))
    .toJSON(),

  async execute(req, ctx) {
    const query = req.options.getString('query')?.trim() ?? '';
    if (ctx.library.size === 0) {
      return { content: 'The article library is empty. Add article files (.txt) to the articles folder and restart the bot.', ephemeral: true };
    }
    const matches = query === '' ? ctx.library.list() : ctx.library.search(query);
    if (matches.length === 0) {
      return { content: `No article matches “${query}”. Try fewer or other words, or /articles with no query.`, ephemeral: true };
    }
    const lines: string[] = [];
    let used = 0;
    for (const entry of matches.slice(0, PAGE)) {
      const date = articleDate(entry);
      const people = entry.article.people.slice(0, 3).map((p) => p.name).join(', ');
      const line = `• **${entry.article.headline}**${date === null ? '' : ` · ${date}`}\n  \`${entry.article.id}\`${people === '' ? '' : ` · ${people}`}`;
      // Cap each line so that one long headline cannot crowd out the others.
      const capped = line.length > 400 ? `${line.slice(0, 399)}…` : line;
      if (used + capped.length + 1 > DESCRIPTION_BUDGET) break;
      lines.push(capped);
      used += capped.length + 1;
    }
    const more = matches.length - lines.length;
    const embed: Embed = {
      title: query === '' ? `Articles (${matches.length}), newest first` : `${matches.length} article${matches.length === 1 ? '' : 's'} matching “${query}”`,
      description: lines.join('\n'),
      footer:
        more > 0
          ? `…and ${more} more. Narrow it down with /articles query:<words>.`
          : 'Use /summary article:<id> or /who article:<id> on any of them.',
    };
    return { embeds: [embed] };
  },
};
