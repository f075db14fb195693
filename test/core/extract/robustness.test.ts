import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

describe('extractArticle on unusual input', () => {
  it('handles an empty text and a headline-only text', () => {
    for (const text of ['', '   \n\n', 'Only a headline']) {
      const a = extractArticle(text);
      expect(a.sentences).toEqual([]);
      expect(a.people).toEqual([]);
      expect(a.quotes).toEqual([]);
      expect(a.id.length).toBeGreaterThan(0);
    }
  });

  it('survives unbalanced and stray quotation marks without losing text', () => {
    const text = 'Headline\n“He said it was “fine” and then ” left.\n"Unclosed quote at the end\nA 12" pizza and 5\'11" man said ‘hello.\n”Closing first“ then opening.';
    const a = extractArticle(text);
    expect(a.sentences.map((s) => s.paragraph)).toContain(3);
    for (const q of a.quotes) expect(a.sentences[q.sentence]).toBeDefined();
    expect(a.quotes.every((q) => q.text.length > 0)).toBe(true);
  });

  it('keeps every sentence of a long paragraph without punctuation, and quote indexes valid', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 50 === 0 ? '“quoted bit”' : `word${i}`)).join(' ');
    const a = extractArticle(`Headline\n${words}`);
    expect(a.sentences.map((s) => s.text).join(' ').replace(/\s+/gu, ' ')).toBe(words);
    expect(a.quotes).toHaveLength(60);
  });

  it('gives the same id for the same text and a different one for a different text', () => {
    const a = extractArticle('Storm hits coast\nThe storm hit.');
    expect(a.id).toMatch(/^storm-hits-coast-[0-9a-f]{6}$/u);
    expect(extractArticle('Storm hits coast\nThe storm hit.').id).toBe(a.id);
    expect(extractArticle('Storm hits coast\nThe storm hit hard.').id).not.toBe(a.id);
    expect(extractArticle('Storm hits coast\nThe storm hit.', { id: 'given' }).id).toBe('given');
  });

  it('takes publishedAt from the options first, then from a date line', () => {
    expect(extractArticle('H\nMarch 22, 2024\nText.').publishedAt).toBe('2024-03-22');
    expect(extractArticle('H\nMarch 22, 2024\nText.', { publishedAt: '2024-01-01' }).publishedAt).toBe('2024-01-01');
    expect(extractArticle('H\nText.').publishedAt).toBeNull();
  });

  it('links people and quotes both ways', () => {
    const a = extractArticle('H\n“We will win,” said coach Ana Ruiz. “Believe it.”\nRuiz smiled.');
    const ruiz = a.people.find((p) => p.name === 'Ana Ruiz')!;
    expect(ruiz.quotes).toEqual([0, 1]);
    expect(ruiz.mentions).toEqual([0, 1, 2]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});
