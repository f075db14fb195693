import { describe, expect, it } from 'vitest';
import { who } from '../../commands/who.ts';
import { autocompleteRequest, extraEntries, makeContext, replyText, request, seedEntry } from './fixture.ts';

describe('/who', () => {
  const seed = seedEntry();
  const ctx = makeContext([seed, ...extraEntries()]);

  it('name:Blinken gives the person card: full name, role, article, quotes verbatim', async () => {
    const reply = await who.execute(request('who', { name: 'Blinken' }), ctx);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('Antony Blinken');
    const text = replyText(reply);
    expect(text).toContain('US Secretary of State');
    expect(text).toContain(seed.article.headline);
    const blinken = seed.article.people.find((p) => p.name === 'Antony Blinken');
    const quotes = (blinken?.quotes ?? []).map((i) => seed.article.quotes[i]).filter((q) => q !== undefined && q.kind !== 'scare');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes.slice(0, 3)) expect(text).toContain(`“${q?.text}”`);
  });

  it('matching ignores case and accents and takes a prefix', async () => {
    for (const name of ['blinken', 'BLÍNKEN', 'antony blin', 'Thomas-Gr']) {
      const reply = await who.execute(request('who', { name }), ctx);
      expect(reply.embeds?.[0]?.title, name).toMatch(/Antony Blinken|Linda Thomas-Greenfield/);
    }
  });

  it('several matches list the candidates', async () => {
    const reply = await who.execute(request('who', { name: 'Johnson' }), ctx);
    const text = replyText(reply);
    // Mike Johnson's alias and Boris Johnson's surname both equal the query: list both.
    expect(reply.embeds?.[0]?.title).toMatch(/2 people match “Johnson”/);
    expect(text).toContain('Mike Johnson');
    expect(text).toContain('Boris Johnson');
    const many = await who.execute(request('who', { name: 'Jo' }), ctx);
    expect(many.embeds?.[0]?.title).toMatch(/people match “Jo”/);
    expect(replyText(many)).toContain('Boris Johnson');
  });

  it('no match says so, suggests the closest names and invents no one', async () => {
    const reply = await who.execute(request('who', { name: 'Blinkin' }), ctx);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/No one called “Blinkin”/);
    expect(reply.content).toContain('Antony Blinken');
    const none = await who.execute(request('who', { name: 'Zbigniew Quuxley' }), ctx);
    expect(none.content).toMatch(/No one called/);
    expect(none.embeds).toBeUndefined();
  });

  it('without a name: the people of the article with their roles', async () => {
    const reply = await who.execute(request('who', { article: 'seed-article' }), ctx);
    const text = replyText(reply);
    for (const p of seed.article.people) expect(text).toContain(p.name);
    expect(text).toContain('Israeli Prime Minister');
  });

  it('with a name and an article: only that article', async () => {
    const reply = await who.execute(request('who', { name: 'Johnson', article: 'seed-article' }), ctx);
    expect(reply.embeds?.[0]?.title).toBe('Mike Johnson');
    expect(replyText(reply)).not.toContain('Boris');
  });

  it('autocompletes names across the library (best first) and within a chosen article', async () => {
    const choices = (await who.autocomplete?.(autocompleteRequest('who', 'name', 'blin'), ctx)) ?? [];
    expect(choices[0]?.value).toBe('Antony Blinken');
    expect(choices.length).toBeLessThanOrEqual(25);
    const inArticle = (await who.autocomplete?.(autocompleteRequest('who', 'name', 'jo', { article: 'budget-vote' }), ctx)) ?? [];
    expect(inArticle.map((c) => c.value).sort()).toEqual(['Boris Johnson', 'Mike Johnson']);
  });
});
