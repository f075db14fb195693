// /quote [speaker] [article]: one direct quote, verbatim, with its speaker, the speaker's role and
// the article. Only speech with a named speaker is ever shown (no scare quotes, no unattributed
// words); with a speaker, one of theirs, picked at random on each call.
import { SlashCommandBuilder } from 'discord.js';
import type { Quote } from '../src/core/article.ts';
import type { LibraryEntry } from '../src/core/library.ts';
import type { Command, CommandContext, Embed, EmbedField, Reply } from './types.ts';
import {
  articleChoices,
  articleDate,
  candidatesText,
  isShowable,
  peopleChoices,
  pick,
  quotesOf,
  resolveArticle,
  speakerPerson,
} from './shared.ts';
import { UserError } from './types.ts';
import { normalizeName } from '../src/core/name-match.ts';

interface Found {
  entry: LibraryEntry;
  quote: Quote;
}

function showable(entry: LibraryEntry): Found[] {
  return entry.article.quotes.filter(isShowable).map((quote) => ({ entry, quote }));
}

export function quoteReply({ entry, quote }: Found): Reply {
  const { article } = entry;
  const person = speakerPerson(article, quote.speaker);
  const speaker = person?.name ?? quote.speaker ?? 'unknown';
  const role = person?.roles[0];
  const fields: EmbedField[] = [];
  const sentence = article.sentences[quote.sentence]?.text;
  // A partial quote reads best with the sentence it sits in (also verbatim).
  if (quote.kind === 'partial' && sentence !== undefined && sentence !== quote.text) {
    fields.push({ name: 'In context', value: sentence });
  }
  const date = articleDate(entry);
  fields.push({ name: 'Article', value: `${entry.url !== undefined ? `[${article.headline}](${entry.url})` : article.headline}${date === null ? '' : ` · ${date}`}` });
  const embed: Embed = {
    description: `“${quote.text}”\n\n— **${speaker}**${role !== undefined ? `, ${role}` : ''}`,
    fields,
    footer: `article: ${article.id}`,
  };
  return { embeds: [embed] };
}

function byPerson(ctx: CommandContext, speaker: string, entry: LibraryEntry | undefined): Found[] | Reply {
  if (entry !== undefined) {
    const key = normalizeName(speaker);
    const people = entry.article.people.filter(
      (p) => p.quotes.length > 0 && normalizeName([p.name, ...p.aliases].join(' ')).split(' ').concat(normalizeName(p.name)).some((w) => w === key || w.startsWith(key)),
    );
    if (people.length === 0) {
      return { content: `No quote from “${speaker}” in “${entry.article.headline}”. Try /who article:${entry.article.id} to see who speaks there.`, ephemeral: true };
    }
    if (people.length > 1 && !people.some((p) => normalizeName(p.name) === key)) {
      return { content: `Several people match “${speaker}” there: ${people.map((p) => p.name).join(', ')}. Ask again with a full name.`, ephemeral: true };
    }
    const exact = people.find((p) => normalizeName(p.name) === key) ?? people[0];
    if (exact === undefined) return [];
    return quotesOf(entry.article, exact).filter(isShowable).map((quote) => ({ entry, quote }));
  }
  const result = ctx.library.lookupPerson(speaker, { withQuotes: true });
  if (result.kind === 'none') {
    const hint = result.suggestions.length > 0 ? ` Closest speakers: ${result.suggestions.join(', ')}.` : '';
    return { content: `No quote from anyone called “${speaker}” in the library.${hint}`, ephemeral: true };
  }
  if (result.kind === 'many') {
    return { embeds: [{ title: `${result.total ?? result.candidates.length} speakers match “${speaker}”`, description: `${candidatesText(result.candidates)}\n\nAsk again with a full name.` }] };
  }
  const found: Found[] = [];
  for (const { entry: e, person } of result.person.articles) {
    for (const quote of quotesOf(e.article, person)) if (isShowable(quote)) found.push({ entry: e, quote });
  }
  return found;
}

/** The quote each user was last shown, per question: a bounded memory, forgotten oldest first. */
const lastShown = new Map<string, string>();
const LAST_SHOWN_MAX = 10_000;

function quoteKey(f: Found): string {
  return `${f.entry.article.id}#${f.entry.article.quotes.indexOf(f.quote)}`;
}

function remember(key: string, value: string): void {
  lastShown.delete(key);
  lastShown.set(key, value);
  if (lastShown.size > LAST_SHOWN_MAX) {
    const oldest = lastShown.keys().next().value;
    if (oldest !== undefined) lastShown.delete(oldest);
  }
}

/**
 * A random attributed quote from the whole library, a person's when there is any, without building
 * the list of every quote (two passes: count, then walk to the chosen one).
 */
function pickAcrossLibrary(ctx: CommandContext): Found | undefined {
  const entries = ctx.library.list();
  let persons = 0;
  let any = 0;
  for (const e of entries) {
    for (const q of e.article.quotes) {
      if (!isShowable(q)) continue;
      any += 1;
      if (q.speakerType === 'person') persons += 1;
    }
  }
  if (any === 0) return undefined;
  const onlyPersons = persons > 0;
  let target = Math.min((onlyPersons ? persons : any) - 1, Math.floor(ctx.random() * (onlyPersons ? persons : any)));
  for (const entry of entries) {
    for (const quote of entry.article.quotes) {
      if (!isShowable(quote) || (onlyPersons && quote.speakerType !== 'person')) continue;
      if (target === 0) return { entry, quote };
      target -= 1;
    }
  }
  return undefined;
}

export const quote: Command = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('A direct quote, verbatim, with who said it')
    .addStringOption((o) => o.setName('speaker').setDescription('Whose quote (default: anyone)').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) =>
      o.setName('article').setDescription('From this article (default: the whole library)').setAutocomplete(true).setMaxLength(200),
    )
    .toJSON(),

  async execute(req, ctx) {
    const speaker = req.options.getString('speaker')?.trim() ?? '';
    const articleRef = req.options.getString('article');
    const entry = articleRef !== null && articleRef.trim() !== '' ? resolveArticle(ctx.library, articleRef) : undefined;
    let found: Found[];
    if (speaker !== '') {
      const r = byPerson(ctx, speaker, entry);
      if (!Array.isArray(r)) return r;
      found = r;
    } else if (entry !== undefined) {
      found = showable(entry);
    } else {
      if (ctx.library.size === 0) resolveArticle(ctx.library, null);
      const one = pickAcrossLibrary(ctx);
      found = one === undefined ? [] : [one];
    }
    // People first: a quote from a named person over an organization or an unnamed official.
    const fromPeople = found.filter((f) => f.quote.speakerType === 'person');
    const pool = fromPeople.length > 0 ? fromPeople : found;
    // Asking again should show another one: skip the quote this user just saw, when there are others.
    const key = `${req.user.id}|${speaker.toLowerCase()}|${entry?.article.id ?? ''}`;
    const previous = lastShown.get(key);
    const fresh = pool.filter((f) => quoteKey(f) !== previous);
    const choice = pick(fresh.length > 0 ? fresh : pool, ctx.random);
    if (choice !== undefined) remember(key, quoteKey(choice));
    if (choice === undefined) {
      throw new UserError(
        entry !== undefined ? `“${entry.article.headline}” has no attributed direct quote.` : 'No attributed direct quote found.',
        'Try another article: /articles lists them.',
      );
    }
    return quoteReply(choice);
  },

  async autocomplete(req, ctx) {
    if (req.focused.name === 'article') return articleChoices(ctx.library, req.focused.value);
    if (req.focused.name === 'speaker') return peopleChoices(req, ctx, true);
    return [];
  },
};
