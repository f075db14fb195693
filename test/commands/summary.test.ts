import { describe, expect, it } from 'vitest';
import { summary } from '../../commands/summary.ts';
import { UserError } from '../../commands/types.ts';
import { autocompleteRequest, extraEntries, makeContext, replyText, request, seedEntry, seedText } from './fixture.ts';

const flat = seedText.replace(/\s+/g, ' ');

describe('/summary', () => {
  const seed = seedEntry();
  const ctx = makeContext([seed, ...extraEntries()]);

  it('defaults to the newest article and three verbatim sentences', async () => {
    const reply = await summary.execute(request('summary'), ctx);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe(seed.article.headline);
    const shown = embed?.description?.split('\n\n') ?? [];
    expect(shown).toEqual(seed.article.summary.slice(0, 3));
    for (const s of shown) expect(flat).toContain(s.replace(/\s+/g, ' '));
  });

  it.each([
    ['short', 1],
    ['medium', 3],
    ['long', 5],
  ])('length:%s gives %i sentence(s)', async (length, n) => {
    const reply = await summary.execute(request('summary', { length }), ctx);
    expect(reply.embeds?.[0]?.description?.split('\n\n')).toHaveLength(Math.min(n, seed.article.summary.length));
  });

  it('shows the date as a Discord timestamp, the source link and the counts', async () => {
    const reply = await summary.execute(request('summary', { article: 'seed-article' }), ctx);
    const text = replyText(reply);
    // 2024-03-22 at noon UTC: the same calendar day in every timezone.
    expect(text).toContain(`<t:${Date.parse('2024-03-22T12:00:00Z') / 1000}:D>`);
    expect(text).toContain('[Example News](https://example.org/seed)');
    const fields = reply.embeds?.[0]?.fields ?? [];
    expect(fields.find((f) => f.name === 'People')?.value).toBe(String(seed.article.people.length));
    const speech = seed.article.quotes.filter((q) => q.kind !== 'scare').length;
    expect(fields.find((f) => f.name === 'Quotes')?.value).toBe(String(speech));
  });

  it('finds an article by headline words', async () => {
    const reply = await summary.execute(request('summary', { article: 'house passes' }), ctx);
    expect(reply.embeds?.[0]?.title).toBe('House passes the budget after a long night');
  });

  it('an unknown article is a friendly UserError', async () => {
    await expect(summary.execute(request('summary', { article: 'no such thing at all' }), ctx)).rejects.toBeInstanceOf(UserError);
  });

  it('an empty library says how to fill it', async () => {
    await expect(summary.execute(request('summary'), makeContext([]))).rejects.toThrow(/library is empty/);
  });

  it('autocompletes article headlines, values are ids', async () => {
    const choices = (await summary.autocomplete?.(autocompleteRequest('summary', 'article', 'hou'), ctx)) ?? [];
    expect(choices[0]).toEqual({ name: 'House passes the budget after a long night', value: 'budget-vote' });
    const all = (await summary.autocomplete?.(autocompleteRequest('summary', 'article', ''), ctx)) ?? [];
    expect(all.map((c) => c.value)).toEqual(['seed-article', 'budget-vote', 'rumour-mill']);
  });
});

describe('/summary with guild settings', () => {
  it("without a length, uses the guild's summary length", async () => {
    const { openSettingsStore } = await import('../../src/storage/settings-store.ts');
    const ctx = makeContext([seedEntry()]);
    const settings = openSettingsStore('memory://', { logger: ctx.logger });
    try {
      const req = request('summary');
      await settings.update(req.guildId ?? '', 'tester', (draft) => {
        draft.summaryLength = 5;
      });
      const reply = await summary.execute(req, { ...ctx, settings });
      expect(reply.embeds?.[0]?.description?.split('\n\n')).toHaveLength(5);
      const explicit = await summary.execute(request('summary', { length: 'short' }), { ...ctx, settings });
      expect(explicit.embeds?.[0]?.description?.split('\n\n')).toHaveLength(1);
    } finally {
      await settings.close();
    }
  });
});
