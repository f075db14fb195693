import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/article.ts';
import { composeDigest, pickQuote, selectDigestArticles, type LibraryEntry } from '../../src/core/digest.ts';
import { DISCORD_LIMITS, fitsDiscord, truncate } from '../../src/core/discord-limits.ts';

const now = new Date('2026-03-30T07:00:00Z');
const HOUR = 3_600_000;

function article(id: string, over: Partial<Article> = {}): Article {
  return {
    id,
    headline: `Headline ${id}`,
    publishedAt: null,
    sentences: [{ text: `First sentence of ${id}.`, paragraph: 0 }],
    summary: [`Summary one of ${id}.`, `Summary two of ${id}.`],
    people: [],
    quotes: [],
    organizations: [],
    places: [],
    dates: [],
    ...over,
  };
}

const entry = (a: Article, hoursAgo: number): LibraryEntry => {
  const at = now.getTime() - hoursAgo * HOUR;
  return { article: a, addedAt: new Date(at).toISOString(), sortTime: at };
};

describe('selection', () => {
  const library = [entry(article('a'), 30), entry(article('b'), 20), entry(article('c'), 2), entry(article('d'), 5)];

  it('first digest: the last 24 hours, newest first', () => {
    const picked = selectDigestArticles({ articles: library, settings: { maxArticles: 10 }, now, since: null });
    expect(picked.map((e) => e.article.id)).toEqual(['c', 'd', 'b']);
  });

  it('later digests: only what was added after the last one, up to maxArticles', () => {
    const since = new Date(now.getTime() - 21 * HOUR);
    expect(selectDigestArticles({ articles: library, settings: { maxArticles: 10 }, now, since }).map((e) => e.article.id)).toEqual(['c', 'd', 'b']);
    expect(selectDigestArticles({ articles: library, settings: { maxArticles: 2 }, now, since }).map((e) => e.article.id)).toEqual(['c', 'd']);
    const afterD = new Date(now.getTime() - 5 * HOUR);
    expect(selectDigestArticles({ articles: library, settings: { maxArticles: 10 }, now, since: afterD }).map((e) => e.article.id)).toEqual(['c']);
  });

  it('ignores articles stamped after now', () => {
    const future = [entry(article('later'), -1)];
    expect(composeDigest({ articles: future, settings: { maxArticles: 5 }, now, since: null })).toBeNull();
  });

  it('nothing new: no digest', () => {
    expect(composeDigest({ articles: library, settings: { maxArticles: 5 }, now, since: now })).toBeNull();
    expect(composeDigest({ articles: [], settings: { maxArticles: 5 }, now, since: null })).toBeNull();
  });
});

describe('layout', () => {
  const quote = (text: string, speaker: string | null, over: Partial<Quote> = {}): Quote => ({
    text,
    speaker,
    speakerType: speaker === null ? null : 'person',
    kind: 'full',
    sentence: 0,
    ...over,
  });

  it('shows headline, summary sentences, the quote with its speaker and the people', () => {
    const a = article('x', {
      headline: 'Ceasefire talks resume in Cairo',
      summary: ['Negotiators met on Friday.', 'They plan to meet again.', 'A third sentence.'],
      people: [
        { name: 'Antony Blinken', aliases: ['Blinken'], roles: ['US Secretary of State'], mentions: [0, 1, 2], quotes: [1] },
        { name: 'Nate Evans', aliases: [], roles: [], mentions: [3], quotes: [] },
      ],
      quotes: [
        quote('a failure', 'Hamas', { kind: 'partial', speakerType: 'organization' }),
        quote('We are working hard to close the gaps that remain between the parties', 'Antony Blinken'),
      ],
    });
    const digest = composeDigest({ articles: [entry(a, 1)], settings: { maxArticles: 5 }, now, since: null });
    expect(digest?.messages).toHaveLength(1);
    const embed = digest!.messages[0]!.embeds[0]!;
    expect(embed.title).toBe('Ceasefire talks resume in Cairo');
    expect(embed.description).toBe('Negotiators met on Friday. They plan to meet again.');
    expect(embed.fields).toEqual([
      { name: 'Quote', value: '“We are working hard to close the gaps that remain between the parties”\n— Antony Blinken' },
      { name: 'People', value: 'Antony Blinken (US Secretary of State) · Nate Evans' },
    ]);
    expect(digest!.messages[0]!.content).toContain('1 new article');
  });

  it('prefers attributed full quotes of named people over partial, unattributed or organization quotes', () => {
    const a = article('q', {
      people: [{ name: 'Jane Roe', aliases: [], roles: [], mentions: [0], quotes: [3] }],
      quotes: [
        quote('This is an unattributed but long and complete quote here', null),
        quote('scare', null, { kind: 'scare' }),
        quote('Our organization objects to every single part of it', 'ACME', { speakerType: 'organization' }),
        quote('We will rebuild every school that was destroyed', 'Jane Roe'),
        quote('rebuild', 'Jane Roe', { kind: 'partial' }),
      ],
    });
    expect(pickQuote(a)?.text).toBe('We will rebuild every school that was destroyed');
    expect(pickQuote(article('none'))).toBeNull();
  });

  it('never pings: "@everyone" in an article goes out with allowedMentions parse []', () => {
    const a = article('ping', { headline: '@everyone look', summary: ['@everyone and @here <@123456789012345678> were told.'] });
    const digest = composeDigest({ articles: [entry(a, 1)], settings: { maxArticles: 5 }, now, since: null });
    for (const message of digest!.messages) expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it('splits a digest that would exceed the limits over several messages, each of which fits', () => {
    const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    const articles = Array.from({ length: 10 }, (_, i) =>
      entry(
        article(`big${i}`, {
          headline: long(80, 'headline'),
          summary: [long(150, 'summary') + '.', long(150, 'more') + '.'],
          people: Array.from({ length: 40 }, (_, p) => ({ name: `Person Number${p}`, aliases: [], roles: [long(20, 'role')], mentions: [p], quotes: [] })),
          quotes: [quote(long(400, 'quoted'), 'Person Number1')],
        }),
        i / 10,
      ),
    );
    const digest = composeDigest({ articles, settings: { maxArticles: 10 }, now, since: null })!;
    expect(digest.entries).toHaveLength(10);
    expect(digest.messages.length).toBeGreaterThan(1);
    // Every article appears exactly once, in order, across the messages.
    const embeds = digest.messages.flatMap((m) => m.embeds);
    expect(embeds.map((e) => e.footer)).toEqual(digest.entries.map((e) => `Article ${e.article.id}`));
    for (const message of digest.messages) {
      expect(fitsDiscord(message)).toBe(true);
      expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(message.allowedMentions).toEqual({ parse: [] });
    }
    // Truncated text ends at a word boundary with an ellipsis.
    expect(embeds[0]!.title!.length).toBeLessThanOrEqual(256);
    expect(embeds[0]!.title).toMatch(/headline\d+…$/);
    expect(digest.messages[1]!.content).toMatch(/part 2 of/);
  });

  it('ten small articles fit one message; eleven embeds never go in one message', () => {
    const articles = Array.from({ length: 10 }, (_, i) => entry(article(`s${i}`), i / 10));
    const digest = composeDigest({ articles, settings: { maxArticles: 10 }, now, since: null })!;
    expect(digest.messages).toHaveLength(1);
    expect(digest.messages[0]!.embeds).toHaveLength(10);
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and adds an ellipsis, within the limit', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
    const cut = truncate('x'.repeat(5000), 4096);
    expect(cut).toHaveLength(4096);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});
