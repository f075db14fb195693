// What goes in a guild's digest and how it is laid out. Pure: the caller passes the library's
// articles with the time each was added, the guild's digest settings, `now` and the time of the
// guild's last digest. Every message returned fits Discord's limits and pings no one.
import type { Article, Quote } from './article.ts';
import { packEmbeds, truncate, type EmbedData, type OutgoingMessage } from './discord-limits.ts';
import type { LibraryEntry } from './library.ts';

export type { LibraryEntry } from './library.ts';

/** "New since the last digest" is judged on the time the library first saw the article. */
const addedMs = (e: LibraryEntry): number => Date.parse(e.addedAt);

export interface DigestInput {
  articles: readonly LibraryEntry[];
  settings: { maxArticles: number };
  now: Date;
  /** The guild's last digest, or null before its first one (which covers the last 24 hours). */
  since: Date | null;
}

export interface Digest {
  /** The articles included, newest first. */
  entries: LibraryEntry[];
  /** One or more messages to post in order. */
  messages: OutgoingMessage[];
}

export const FIRST_DIGEST_WINDOW_MS = 24 * 3_600_000;
const SUMMARY_CHARS = 600;
const PEOPLE_SHOWN = 6;
const EMBED_COLOR = 0x2b6cb0;

/** The articles a digest at `now` covers: added after `since`, newest first, at most `maxArticles`. */
export function selectDigestArticles(input: DigestInput): LibraryEntry[] {
  const from = input.since?.getTime() ?? input.now.getTime() - FIRST_DIGEST_WINDOW_MS;
  const to = input.now.getTime();
  return input.articles
    .filter((e) => addedMs(e) > from && addedMs(e) <= to)
    .sort((a, b) => addedMs(b) - addedMs(a) || b.sortTime - a.sortTime || a.article.id.localeCompare(b.article.id))
    .slice(0, Math.max(0, input.settings.maxArticles));
}

function quoteScore(article: Article, quote: Quote): number {
  let score = 0;
  if (quote.speaker !== null) score += 4;
  if (quote.speakerType === 'person') score += 3;
  else if (quote.speakerType === 'organization') score += 1;
  if (quote.speaker !== null && article.people.some((p) => p.name === quote.speaker)) score += 1;
  if (quote.kind === 'full') score += 2;
  else if (quote.kind === 'partial') score += 0.5;
  else score -= 5;
  // A telling quote says something: neither a two-word fragment nor a whole speech.
  const words = quote.text.split(/\s+/).length;
  if (words >= 6 && words <= 60) score += 1;
  else if (words < 3) score -= 2;
  return score;
}

/** The most telling quote: attributed full quotes of named people first, earlier ones on a tie. */
export function pickQuote(article: Article): Quote | null {
  let best: Quote | null = null;
  let bestScore = -Infinity;
  for (const quote of article.quotes) {
    if (quote.kind === 'scare' || quote.text.trim().length === 0) continue;
    const score = quoteScore(article, quote);
    if (score > bestScore) {
      best = quote;
      bestScore = score;
    }
  }
  return best;
}

function summaryText(article: Article): string {
  const [first, second] = article.summary;
  if (first === undefined) return article.sentences[0]?.text ?? '';
  if (second !== undefined && first.length + second.length + 1 <= SUMMARY_CHARS) return `${first} ${second}`;
  return first;
}

function peopleText(article: Article): string {
  const people = [...article.people].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, PEOPLE_SHOWN);
  const shown = people.map((p) => (p.roles[0] !== undefined ? `${p.name} (${p.roles[0]})` : p.name)).join(' · ');
  const more = article.people.length - people.length;
  return more > 0 ? `${shown} · +${more} more` : shown;
}

/** One article's embed (before the limits are applied by `packEmbeds`). */
export function articleEmbed(entry: LibraryEntry): EmbedData {
  const { article } = entry;
  const embed: EmbedData = {
    title: article.headline.trim() || 'Untitled article',
    color: EMBED_COLOR,
    timestamp: new Date(addedMs(entry)).toISOString(),
    fields: [],
  };
  const summary = summaryText(article);
  if (summary.trim().length > 0) embed.description = truncate(summary, SUMMARY_CHARS);
  const quote = pickQuote(article);
  if (quote !== null) {
    // The quote is cut to fit but never reworded; the ellipsis shows where it was cut.
    const speaker = quote.speaker ?? 'unattributed';
    embed.fields?.push({ name: 'Quote', value: `“${truncate(quote.text, 990)}”\n— ${truncate(speaker, 200)}` });
  }
  const people = peopleText(article);
  if (people.length > 0) embed.fields?.push({ name: 'People', value: people });
  if (entry.url !== undefined && /^https?:\/\//.test(entry.url)) embed.url = entry.url;
  embed.footer = `Article ${article.id}`;
  return embed;
}

/** The digest for `input`, or null when nothing is new (then nothing is posted). */
export function composeDigest(input: DigestInput): Digest | null {
  const entries = selectDigestArticles(input);
  if (entries.length === 0) return null;
  const count = entries.length;
  const heading = `📰 **News digest**: ${count} new article${count === 1 ? '' : 's'}`;
  const messages = packEmbeds(entries.map(articleEmbed), (i, n) =>
    n === 1 ? heading : i === 0 ? `${heading} (part 1 of ${n})` : `📰 News digest (part ${i + 1} of ${n})`,
  );
  return { entries, messages };
}
