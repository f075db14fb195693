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

  it('keeps British single quotes whole around apostrophes in any position', () => {
    expect(inner('‘If the council won’t look at it properly, then a judge will have to,’ said Mary O’Rourke.')).toEqual(['If the council won’t look at it properly, then a judge will have to,']);
    expect(inner('‘It’s the residents’ cars that suffer,’ she said.')).toEqual(['It’s the residents’ cars that suffer,']);
    expect(inner('‘Look at the Joneses’ Land Rover,’ he added.')).toEqual(['Look at the Joneses’ Land Rover,']);
    expect(inner('‘Rock ’n’ roll it isn’t,’ he said.')).toEqual(['Rock ’n’ roll it isn’t,']);
    expect(inner('‘We’ve asked O’Brien’s office three times.’')).toEqual(['We’ve asked O’Brien’s office three times.']);
  });

  it('reads a plural possessive before a comma inside a quote that closes again unattributed', () => {
    expect(inner('‘They took the Smiths’, the Joneses’ and ours,’ said Ann Cole.')).toEqual(['They took the Smiths’, the Joneses’ and ours,']);
    // Controls: a comma after the closing mark, British style, with the attribution next.
    expect(inner('‘We lost the games’, he said. ‘It hurts.’')).toEqual(['We lost the games', 'It hurts.']);
    expect(inner('‘We lost the games’, he said, ‘and it hurts.’')).toEqual(['We lost the games', 'and it hurts.']);
  });

  it('reads a decade or year after a curly opening mark as an elision, not a quote', () => {
    expect(inner('Since the ‘90s the harbour has shrunk. ‘The boats are gone,’ he said.')).toEqual(['The boats are gone,']);
    expect(inner('Prices have doubled since ‘19, the agent’s figures show.')).toEqual([]);
    // Control: a quote that opens with a number is still a quote.
    expect(inner('‘20 people were hurt,’ the officer said.')).toEqual(['20 people were hurt,']);
    // Control: a one-word scare quote ending in s still closes.
    expect(inner('She called them ‘cowards’ and left.')).toEqual(['cowards']);
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
