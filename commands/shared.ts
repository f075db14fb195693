// Helpers shared by the article commands: finding the article an option names, Discord timestamps,
// quotes with their speakers, and the autocomplete answers for `article`, `name` and `speaker`.
import type { Article, Person, Quote } from '../src/core/article.ts';
import type { ArticleLibrary, LibraryEntry, LibraryPerson } from '../src/core/library.ts';
import { normalizeName } from '../src/core/name-match.ts';
import type { AutocompleteRequest, Choice, CommandContext } from './types.ts';
import { UserError } from './types.ts';

export const AUTOCOMPLETE_LIMIT = 25;

/** The article an `article` option names (an id from autocomplete, or typed headline words); default newest. */
export function resolveArticle(library: ArticleLibrary, ref: string | null): LibraryEntry {
  if (library.size === 0) {
    throw new UserError('The article library is empty.', 'Add article files (.txt) to the articles folder and restart the bot.');
  }
  if (ref === null || ref.trim() === '') {
    const newest = library.list()[0];
    if (newest === undefined) throw new UserError('The article library is empty.');
    return newest;
  }
  const found = library.resolve(ref);
  if (found !== undefined) return found;
  const close = library.search(ref, 3);
  throw new UserError(
    `No article matches “${ref.trim()}”.`,
    close.length > 0
      ? `Did you mean: ${close.map((e) => `“${e.article.headline}”`).join(', ')}? Pick one from the list as you type, or use /articles.`
      : 'Use /articles to see the library, or pick an article from the list as you type.',
  );
}

/** A Discord timestamp (rendered in each reader's timezone). A date without a time is placed at noon
 * UTC so that it shows the same calendar day from Hawaii to New Zealand. */
export function discordTimestamp(iso: string, style: 'D' | 'f' | 'R' = 'D'): string | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const ms = Date.parse(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (!Number.isFinite(ms)) return null;
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

export function articleDate(entry: LibraryEntry): string | null {
  return entry.article.publishedAt === null ? null : discordTimestamp(entry.article.publishedAt);
}

/** Speech, not scare quotes: what /quote may show. */
export function isSpeech(q: Quote): boolean {
  return q.kind === 'full' || q.kind === 'partial';
}

/** A quote we may show: speech with a named speaker (a person, an organization, or the article's own
 * description of an unnamed source). A quote whose speaker is unknown is never shown unattributed. */
export function isShowable(q: Quote): boolean {
  return isSpeech(q) && q.speaker !== null && q.speaker.trim() !== '';
}

/** The person of an article a quote's speaker names (full name or alias), if any. */
export function speakerPerson(article: Article, speaker: string | null): Person | undefined {
  if (speaker === null) return undefined;
  const key = normalizeName(speaker);
  return article.people.find((p) => normalizeName(p.name) === key || p.aliases.some((a) => normalizeName(a) === key));
}

/** The quotes of one person in one article, speech only, attributed to them. */
export function quotesOf(article: Article, person: Person): Quote[] {
  const out: Quote[] = [];
  for (const i of person.quotes) {
    const q = article.quotes[i];
    if (q !== undefined && isSpeech(q)) out.push(q);
  }
  return out;
}

export function formatRoles(roles: readonly string[]): string {
  return roles.length === 0 ? 'no role given' : roles.join('; ');
}

export function personLine(p: { name: string; roles: readonly string[] }): string {
  return p.roles.length === 0 ? `**${p.name}**` : `**${p.name}** — ${p.roles.join('; ')}`;
}

/** Lines joined until a budget is spent; the rest summarized as "…and N more". */
export function fitLines(lines: readonly string[], budget: number, more: (n: number) => string = (n) => `…and ${n} more`): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const reserve = i < lines.length - 1 ? 40 : 0;
    if (used + line.length + 1 + reserve > budget && out.length > 0) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

export function pick<T>(items: readonly T[], random: () => number): T | undefined {
  if (items.length === 0) return undefined;
  const i = Math.min(items.length - 1, Math.floor(random() * items.length));
  return items[i];
}

// ---------------------------------------------------------------- autocomplete

export function articleChoices(library: ArticleLibrary, typed: string): Choice[] {
  return library.searchHeadlines(typed, AUTOCOMPLETE_LIMIT).map((e) => ({ name: e.article.headline, value: e.article.id }));
}

function personChoice(p: { name: string; roles: readonly string[] }): Choice {
  const role = p.roles[0];
  return { name: role === undefined ? p.name : `${p.name} — ${role}`, value: p.name.slice(0, 100) };
}

/** People for `name` / `speaker`: from the chosen article when one is chosen, else the whole library. */
export function peopleChoices(req: AutocompleteRequest, ctx: CommandContext, withQuotes: boolean): Choice[] {
  const articleRef = req.options.has('article') ? req.options.getString('article') : null;
  const entry = articleRef !== null && articleRef !== '' ? ctx.library.resolve(articleRef) : undefined;
  if (entry !== undefined) {
    const typed = normalizeName(req.focused.value);
    return entry.article.people
      .filter((p) => !withQuotes || p.quotes.length > 0)
      .filter((p) => typed === '' || normalizeName([p.name, ...p.aliases].join(' ')).split(' ').some((w) => w.startsWith(typed)) || normalizeName(p.name).startsWith(typed))
      .slice(0, AUTOCOMPLETE_LIMIT)
      .map(personChoice);
  }
  return ctx.library.findPeople(req.focused.value, { withQuotes, limit: AUTOCOMPLETE_LIMIT }).map(personChoice);
}

export function candidatesText(candidates: readonly LibraryPerson[]): string {
  return fitLines(
    candidates.map((c) => `• ${personLine(c)} (${c.articles.length} article${c.articles.length === 1 ? '' : 's'})`),
    3500,
  );
}
