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

describe('a quote in brackets right after a quote glosses it', () => {
  it('a translated title is a mention like the title', () => {
    const q = quotesOf('Party leader Jonas Wirth said his party had a plan. The paper, titled "Gute Arbeit, faire Löhne" ("Good work, fair pay"), would raise wages.');
    expect(q).toEqual([
      ['Gute Arbeit, faire Löhne', null, 'scare'],
      ['Good work, fair pay', null, 'scare'],
    ]);
  });

  it('a translated slogan shouted by a named speaker is his speech like the original', () => {
    const q = quotesOf('Union leader Jonas Wirth told the crowd: "Wir bleiben hier, wir geben nicht auf" ("We stay here, we do not give up").');
    expect(q.map((x) => x[1])).toEqual(['Jonas Wirth', 'Jonas Wirth']);
    expect(q[1]![2]).not.toBe('scare');
  });

  it('control: a bracket with other words before the quote is not a gloss', () => {
    const q = quotesOf('Union leader Jonas Wirth told the crowd: "Wir bleiben hier, wir geben nicht auf" (he later wrote "a promise to every worker").');
    expect(q[1]![0]).toBe('a promise to every worker');
    expect(q[1]![1]).toBe('Jonas Wirth');
  });
});
