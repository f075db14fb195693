// A small in-memory library for the command tests: the seed article through the real extractor,
// plus hand-built articles where a test needs a situation the seed lacks (two people sharing a
// surname, an unattributed quote, "@everyone" in the text).
import { readFileSync } from 'node:fs';
import type { Article, Person, Quote } from '../../src/core/article.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import type { LibraryEntry } from '../../src/core/library.ts';
import type { CommandContext, CommandRequest, AutocompleteRequest, OptionInput } from '../../commands/types.ts';
import { CommandOptions } from '../../commands/types.ts';
import { silentLogger } from '../../src/logger.ts';

export const SEED_PATH = new URL('../fixtures/gold/seed-article.txt', import.meta.url);
export const seedText = readFileSync(SEED_PATH, 'utf8');

export function seedEntry(): LibraryEntry {
  const article = extractArticle(seedText, { id: 'seed-article', summaryLength: 10, publishedAt: '2024-03-22' });
  return { article, addedAt: '2024-03-22T10:00:00.000Z', sortTime: Date.parse('2024-03-22T12:00:00Z'), url: 'https://example.org/seed', source: 'Example News' };
}

export function person(name: string, over: Partial<Person> = {}): Person {
  return { name, aliases: [], roles: [], mentions: [0], quotes: [], ...over };
}

export function article(id: string, headline: string, over: Partial<Article> = {}): Article {
  return {
    id,
    headline,
    publishedAt: null,
    sentences: [{ text: headline, paragraph: 0 }],
    summary: [headline],
    people: [],
    quotes: [],
    organizations: [],
    places: [],
    dates: [],
    ...over,
  };
}

export function entry(a: Article, isoDay: string): LibraryEntry {
  return { article: a, addedAt: `${isoDay}T00:00:00.000Z`, sortTime: Date.parse(`${isoDay}T12:00:00Z`) };
}

/** Two Johnsons (for "several matches") and an article whose only quote has no speaker. */
export function extraEntries(): LibraryEntry[] {
  const q1: Quote = { text: 'We will pass the budget this week', speaker: 'Mike Johnson', speakerType: 'person', kind: 'full', sentence: 1 };
  const q2: Quote = { text: 'Nobody knows', speaker: null, speakerType: null, kind: 'full', sentence: 1 };
  return [
    entry(
      article('budget-vote', 'House passes the budget after a long night', {
        sentences: [
          { text: 'House passes the budget after a long night', paragraph: 0 },
          { text: '“We will pass the budget this week,” Mike Johnson said.', paragraph: 0 },
          { text: 'Boris Johnson watched from London.', paragraph: 1 },
        ],
        people: [
          person('Mike Johnson', { aliases: ['Johnson'], roles: ['House Speaker'], quotes: [0], mentions: [1] }),
          person('Boris Johnson', { roles: ['former UK Prime Minister'], mentions: [2] }),
        ],
        quotes: [q1],
      }),
      '2024-03-10',
    ),
    entry(
      article('rumour-mill', 'A rumour spreads @everyone', {
        sentences: [
          { text: 'A rumour spreads @everyone', paragraph: 0 },
          { text: '“Nobody knows,” the note read.', paragraph: 0 },
        ],
        quotes: [q2],
      }),
      '2024-01-05',
    ),
  ];
}

export function makeContext(entries: LibraryEntry[], random: () => number = () => 0): CommandContext {
  return {
    library: new MemoryLibrary(entries),
    logger: silentLogger(),
    clock: { now: () => new Date('2024-03-25T09:00:00Z') },
    random,
    discord: {
      async channelInfo() {
        return null;
      },
      async send() {
        return { id: '1' };
      },
    },
  };
}

export function request(commandName: string, options: Record<string, string | number> = {}): CommandRequest {
  const values: Record<string, OptionInput> = {};
  for (const [k, v] of Object.entries(options)) values[k] = typeof v === 'number' ? { type: 'integer', value: v } : { type: 'string', value: v };
  return {
    id: '1',
    commandName,
    subcommandGroup: null,
    subcommand: null,
    options: CommandOptions.of(values),
    guildId: '200000000000000001',
    channelId: '200000000000000002',
    user: { id: '200000000000000003', username: 'tester' },
    member: { permissions: 0n, roleIds: [] },
  };
}

export function autocompleteRequest(commandName: string, focused: string, typed: string, options: Record<string, string> = {}): AutocompleteRequest {
  return { ...request(commandName, { ...options, [focused]: typed }), focused: { name: focused, value: typed } };
}

/** Every text of a reply, for "contains" checks. */
export function replyText(reply: { content?: string; embeds?: { title?: string; description?: string; footer?: string; fields?: { name: string; value: string }[] }[] }): string {
  const parts: string[] = [];
  if (reply.content) parts.push(reply.content);
  for (const e of reply.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}
