import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('a subheading that echoes a quote below takes its speaker', () => {
  it('"Unions see \'betrayal\'" then "… called the deal “a betrayal of every nurse”"', () => {
    expect(quotesOf(
      'The health budget was cut again on Monday.',
      "Unions see 'betrayal'",
      'Union leader Mara Ostrova called the deal "a betrayal of every nurse" and said strikes would follow.',
    )).toEqual([
      ['betrayal', 'Mara Ostrova', 'partial'],
      ['a betrayal of every nurse', 'Mara Ostrova', 'partial'],
    ]);
  });

  it('a whole subheading in marks echoes the full quote', () => {
    const q = quotesOf(
      'The clinic has seen record numbers this winter.',
      "'Nobody wants a handout'",
      '"Nobody wants a handout. They want work," nurse Ilse Brandt said.',
    );
    expect(q[0]).toEqual(['Nobody wants a handout', 'Ilse Brandt', 'partial']);
  });

  it('control: a subheading whose words no quote below repeats stays unattributed', () => {
    const q = quotesOf(
      'The health budget was cut again on Monday.',
      "Unions see 'betrayal'",
      'Union leader Mara Ostrova said strikes would follow "within a week".',
    );
    expect(q[0]).toEqual(['betrayal', null, 'scare']);
  });
});
