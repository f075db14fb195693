// /who [name] [article]: a person card (full name, roles, the articles that mention them, up to
// three of their quotes verbatim), the candidates when several people match, the closest names when
// none does; without a name, the people of the article with their roles.
import { SlashCommandBuilder } from 'discord.js';
import type { Person } from '../src/core/article.ts';
import type { LibraryEntry, LibraryPerson, PersonLookup } from '../src/core/library.ts';
import { closestNames, decide, nameKeys, rankByName } from '../src/core/name-match.ts';
import type { Command, Embed, EmbedField, Reply } from './types.ts';
import {
  articleChoices,
  articleDate,
  candidatesText,
  fitLines,
  formatRoles,
  peopleChoices,
  personLine,
  quotesOf,
  resolveArticle,
} from './shared.ts';

const MAX_QUOTES = 3;

/** The people of one article as library people (for the lookup inside one article). */
function articlePeople(entry: LibraryEntry): LibraryPerson[] {
  return entry.article.people.map((person: Person) => ({
    name: person.name,
    aliases: person.aliases,
    roles: person.roles,
    articles: [{ entry, person }],
    quoteCount: person.quotes.length,
  }));
}

function lookupIn(entry: LibraryEntry, query: string): PersonLookup {
  const people = articlePeople(entry);
  const keysOf = (p: LibraryPerson) => nameKeys(p.name, p.aliases);
  const d = decide(rankByName(query, people, keysOf));
  if (d.kind === 'one') return { kind: 'one', person: d.item };
  if (d.kind === 'many') return { kind: 'many', candidates: d.items };
  return { kind: 'none', suggestions: closestNames(query, people, keysOf, (p) => p.name) };
}

export function personCard(person: LibraryPerson): Embed {
  const fields: EmbedField[] = [];
  const articleLines = person.articles.map(({ entry }) => {
    const date = articleDate(entry);
    return `• ${entry.article.headline}${date === null ? '' : ` (${date})`}`;
  });
  fields.push({
    name: `Mentioned in ${person.articles.length} article${person.articles.length === 1 ? '' : 's'}`,
    value: fitLines(articleLines, 1000),
  });
  const quotes: string[] = [];
  for (const { entry, person: p } of person.articles) {
    for (const q of quotesOf(entry.article, p)) {
      if (quotes.length >= MAX_QUOTES) break;
      quotes.push(`“${q.text}”\n— *${entry.article.headline}*`);
    }
    if (quotes.length >= MAX_QUOTES) break;
  }
  if (quotes.length > 0) fields.push({ name: quotes.length === 1 ? 'Quote' : 'Quotes', value: fitLines(quotes, 1000) });
  const embed: Embed = { title: person.name, description: `**Roles:** ${formatRoles(person.roles)}`, fields };
  if (person.aliases.length > 0) embed.footer = `Also called: ${person.aliases.join(', ')}`;
  return embed;
}

function moreText(result: { candidates: unknown[]; total?: number }): string {
  const more = (result.total ?? result.candidates.length) - result.candidates.length;
  return more > 0 ? `\n…and ${more} more` : '';
}

function lookupReply(query: string, result: PersonLookup, scope: string): Reply {
  if (result.kind === 'one') return { embeds: [personCard(result.person)] };
  if (result.kind === 'many') {
    return {
      embeds: [
        {
          title: `${result.total ?? result.candidates.length} people match “${query}”`,
          description: `${candidatesText(result.candidates)}${moreText(result)}\n\nAsk again with a full name, e.g. \`/who name:${result.candidates[0]?.name ?? query}\`.`,
        },
      ],
    };
  }
  const hint = result.suggestions.length > 0 ? ` Closest names: ${result.suggestions.join(', ')}.` : '';
  return { content: `No one called “${query}” appears in ${scope}.${hint}`, ephemeral: true };
}

export const who: Command = {
  data: new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who is this person in the news? Or: the people of an article')
    .addStringOption((o) =>
      o.setName('name').setDescription('A name, surname or the start of one').setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((o) =>
      o.setName('article').setDescription('Only this article (default without a name: the newest)').setAutocomplete(true).setMaxLength(200),
    )
    .toJSON(),

  async execute(req, ctx) {
    const name = req.options.getString('name')?.trim() ?? '';
    const articleRef = req.options.getString('article');
    if (name === '') {
      const entry = resolveArticle(ctx.library, articleRef);
      const people = entry.article.people;
      const date = articleDate(entry);
      const embed: Embed = {
        title: entry.article.headline,
        description:
          people.length === 0
            ? 'No people are named in this article.'
            : fitLines(people.map((p) => `• ${personLine(p)}`), 3800),
        footer: `${people.length} ${people.length === 1 ? 'person' : 'people'} · /who name:<name> for a card`,
      };
      if (date !== null) embed.description = `${date}\n\n${embed.description ?? ''}`;
      if (entry.url !== undefined) embed.url = entry.url;
      return { embeds: [embed] };
    }
    if (articleRef !== null && articleRef.trim() !== '') {
      const entry = resolveArticle(ctx.library, articleRef);
      return lookupReply(name, lookupIn(entry, name), `“${entry.article.headline}”`);
    }
    return lookupReply(name, ctx.library.lookupPerson(name), 'the library');
  },

  async autocomplete(req, ctx) {
    if (req.focused.name === 'article') return articleChoices(ctx.library, req.focused.value);
    if (req.focused.name === 'name') return peopleChoices(req, ctx, false);
    return [];
  },
};
