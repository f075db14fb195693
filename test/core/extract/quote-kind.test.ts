import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('a quoted term modifying the noun after it is a label, not speech', () => {
  it('"the council\'s much-vaunted “net zero” pledge", "such “hit-and-run” raids" are scare, with no speaker', () => {
    expect(quotesOf(
      'Councillor Dana Reyes spoke on Monday. She questioned the council\'s much-vaunted "net zero" pledge, which, she said, had been made "only for the headlines".',
      'Such “hit-and-run” raids have become common in the region, according to local officials.',
    )).toEqual([
      ['net zero', null, 'scare'],
      ['only for the headlines', 'Dana Reyes', 'partial'],
      ['hit-and-run', null, 'scare'],
    ]);
  });

  it('a title under "the title “...”" is a mention, not speech', () => {
    expect(quotesOf('Mayor Ann Cole said the plan was late.', 'The board will publish its plan, under the title "Better Care Closer to Home", in March, Cole said.')[0]).toEqual(['Better Care Closer to Home', null, 'scare']);
  });

  it('"what residents call “...”" and "so-called “...”" hold a short term at a distance', () => {
    expect(quotesOf('Mayor Ann Cole said the town faced what residents call "hit-and-run" raids. Cole said so-called "hit-and-run" raids were rising.').map((q) => q[2])).toEqual(['scare', 'scare']);
  });

  it('control: "what she would call “<a long clause>”" stays her words', () => {
    const [q] = quotesOf('Mayor Ann Cole spoke on Monday. Cole said it was what she would call "a betrayal of everything we worked for over ten years".');
    expect(q![1]).toBe('Ann Cole');
    expect(q![2]).not.toBe('scare');
  });

  it('controls: words after a calling verb, or a clause in marks, stay speech', () => {
    expect(quotesOf('Mayor Ann Cole called it a "grown-up" decision. Cole said the plan was "very good" and would pass.')).toEqual([
      ['grown-up', 'Ann Cole', 'partial'],
      ['very good', 'Ann Cole', 'partial'],
    ]);
  });
});
