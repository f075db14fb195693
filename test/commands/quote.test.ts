import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { UserError } from '../../commands/types.ts';
import { autocompleteRequest, extraEntries, makeContext, replyText, request, seedEntry } from './fixture.ts';

function sequence(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('/quote', () => {
  const seed = seedEntry();
  const entries = [seed, ...extraEntries()];

  it('shows a verbatim quote with its speaker, role and article', async () => {
    const reply = await quote.execute(request('quote', { article: 'seed-article' }), makeContext(entries));
    const text = replyText(reply);
    const shown = seed.article.quotes.find((q) => text.includes(`“${q.text}”`));
    expect(shown).toBeDefined();
    expect(shown?.speaker).not.toBeNull();
    expect(shown?.kind).not.toBe('scare');
    const speaker = seed.article.people.find((p) => p.name === shown?.speaker || p.aliases.includes(shown?.speaker ?? ''));
    expect(text).toContain(speaker?.name ?? shown?.speaker ?? '');
    expect(text).toContain(seed.article.headline);
  });

  it('with a speaker: one of theirs, and different calls can show different ones', async () => {
    const blinken = seed.article.people.find((p) => p.name === 'Antony Blinken');
    const theirs = (blinken?.quotes ?? []).map((i) => seed.article.quotes[i]?.text).filter((t) => t !== undefined);
    expect(theirs.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    const ctx = makeContext(entries, sequence([0, 0.5, 0.99]));
    for (let i = 0; i < 3; i++) {
      const text = replyText(await quote.execute(request('quote', { speaker: 'blinken' }), ctx));
      const hit = theirs.find((t) => text.includes(`“${t}”`));
      expect(hit).toBeDefined();
      expect(text).toContain('Antony Blinken');
      seen.add(hit ?? '');
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('asking again for the same speaker never repeats the quote just shown', async () => {
    const ctx = makeContext(entries, () => 0);
    const texts: string[] = [];
    for (let i = 0; i < 4; i++) texts.push(replyText(await quote.execute(request('quote', { speaker: 'Antony Blinken' }), ctx)));
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
  });

  it('never shows a quote whose speaker is unknown', async () => {
    await expect(quote.execute(request('quote', { article: 'rumour-mill' }), makeContext(entries))).rejects.toBeInstanceOf(UserError);
    for (let r = 0; r < 1; r += 0.1) {
      const text = replyText(await quote.execute(request('quote'), makeContext(entries, () => r)));
      expect(text).not.toContain('Nobody knows');
    }
  });

  it('an unknown speaker suggests the closest names', async () => {
    const reply = await quote.execute(request('quote', { speaker: 'Thomas-Grenfield' }), makeContext(entries));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Linda Thomas-Greenfield');
  });

  it('autocompletes speakers: only people with quotes', async () => {
    const choices = (await quote.autocomplete?.(autocompleteRequest('quote', 'speaker', 'johnson'), makeContext(entries))) ?? [];
    expect(choices.map((c) => c.value)).toEqual(['Mike Johnson']);
  });
});
