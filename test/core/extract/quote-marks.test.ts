import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/extract/quote-marks.ts';

const inner = (text: string, continuesInNext = false): string[] =>
  findQuoteSpans(text, { continuesInNext }).map((s) => text.slice(s.open + 1, s.close));

describe('findQuoteSpans', () => {
  it('finds curly, straight and guillemet quotes', () => {
    expect(inner('He said “yes” and "no" and «peut-être».')).toEqual(['yes', 'no', 'peut-être']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(inner("It's Jules's car from the 1990s' boom, and they don't know the '90s.")).toEqual([]);
    expect(inner('It’s Jules’s car, they don’t know.')).toEqual([]);
  });

  it('reads British single marks, with a plural possessive inside', () => {
    expect(inner("'The players' union agreed,' she said, calling it 'fair'.")).toEqual(["The players' union agreed,", 'fair']);
  });

  it('gives a nested quote of the other style as a second, nested span', () => {
    const text = "'She said, \"Not today,\" and left,' he said.";
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => [text.slice(s.open + 1, s.close), s.depth])).toEqual([
      ['She said, "Not today," and left,', 0],
      ['Not today,', 1],
    ]);
  });

  it('marks a quote left open at the end of the paragraph', () => {
    const [span] = findQuoteSpans('“We lost power at seven. The freezers were full.');
    expect(span).toMatchObject({ openEnded: true, depth: 0 });
    // An unclosed single mark mid-paragraph is an apostrophe unless the next paragraph reopens a quote.
    expect(inner("Rock 'n roll was loud.")).toEqual([]);
    expect(inner("He said: 'We will rebuild.", true)).toEqual(['We will rebuild.']);
  });

  it('handles a long paragraph of many quotes and apostrophes', () => {
    const text = 'He said “yes” and it’s fine. '.repeat(20000);
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(20000);
    expect(spans.every((s) => text.slice(s.open + 1, s.close) === 'yes')).toBe(true);
  });
});
