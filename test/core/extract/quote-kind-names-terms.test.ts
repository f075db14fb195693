import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('names and terms in marks inside attributed sentences are not speech', () => {
  it('a nickname inside a name, or given alone, is scare', () => {
    const qs = quotesOf(
      'Mayor Reginaldo "Boying" Catapang said the town hall would reopen on Monday.',
      'The storm, known to locals as "Auring", flattened crops, the mayor said.',
    );
    expect(qs.map(([t, s, k]) => [t, s, k])).toEqual([
      ['Boying', null, 'scare'],
      ['Auring', null, 'scare'],
    ]);
  });

  it('a craft or product name in a sentence that quotes someone is scare', () => {
    const qs = quotesOf('According to engineer Priya Natarajan, the probes "Kestrel" and "Osprey" will launch next spring.');
    expect(qs.map(([t, , k]) => [t, k])).toEqual([
      ['Kestrel', 'scare'],
      ['Osprey', 'scare'],
    ]);
  });

  it('a short term after "a" or "an" is scare even when someone is said to speak', () => {
    const qs = quotesOf(
      'Shopkeepers say gangs make them pay a "tax" on every stall each week.',
      'Dr Helen Marsh said the comet is probably a fragile "dust ball" rather than solid ice.',
    );
    expect(qs).toEqual([
      ['tax', null, 'scare'],
      ['dust ball', null, 'scare'],
    ]);
  });
});

describe('controls: the same shapes stay speech when a frame says they were said', () => {
  it('a one-word capitalised quote followed by "she said" is full', () => {
    const qs = quotesOf('Asked what comes next, Anna Berg laughed.', '"Holidays," she said.');
    expect(qs).toEqual([['Holidays,', 'Anna Berg', 'full']]);
  });

  it('"called it a ..." and "described it as a ..." keep the speaker', () => {
    const qs = quotesOf('Councillor Tom Reyes called the delay a "scandal" and said residents deserved answers.');
    expect(qs).toEqual([['scandal', 'Tom Reyes', 'partial']]);
  });

  it('a term after "the" that is the speaker\'s own words stays partial', () => {
    const qs = quotesOf('Inspectors said the benefits outweighed the "slight harm" to the old mill.');
    expect(qs[0]?.[2]).toBe('partial');
  });
});
