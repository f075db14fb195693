import { describe, expect, it } from 'vitest';
import { articles } from '../../commands/articles.ts';
import { fitReply } from '../../src/discord/render.ts';
import { article, entry, extraEntries, makeContext, person, replyText, request, seedEntry } from './fixture.ts';

describe('/articles', () => {
  it('lists newest first', async () => {
    const reply = await articles.execute(request('articles'), makeContext([...extraEntries(), seedEntry()]));
    const d = reply.embeds?.[0]?.description ?? '';
    const order = ['Blinken and Netanyahu', 'House passes', 'A rumour spreads'].map((h) => d.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('searches headline, people and text', async () => {
    const ctx = makeContext([seedEntry(), ...extraEntries()]);
    expect(replyText(await articles.execute(request('articles', { query: 'budget' }), ctx))).toContain('House passes');
    expect(replyText(await articles.execute(request('articles', { query: 'boris' }), ctx))).toContain('House passes');
    const byText = replyText(await articles.execute(request('articles', { query: 'shuttle diplomacy' }), ctx));
    expect(byText).toContain('Blinken and Netanyahu');
    expect(byText).not.toContain('House passes');
    const none = await articles.execute(request('articles', { query: 'zebra crossing' }), ctx);
    expect(none.content).toMatch(/No article matches/);
  });

  it('fits Discord limits with 10,000 articles and says how many more', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry(article(`a-${i}`, `${'Very long headline words '.repeat(12)} ${i}`, { people: [person(`Person ${i}`)] }), '2024-01-01'),
    );
    const reply = await articles.execute(request('articles'), makeContext(many));
    const fitted = fitReply(reply);
    expect(fitted).toEqual(reply);
    const e = reply.embeds?.[0];
    expect((e?.description ?? '').length).toBeLessThanOrEqual(4096);
    expect(e?.footer).toMatch(/and \d+ more/);
  });
});
