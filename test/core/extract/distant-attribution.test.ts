import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker]. */
function speakers(...paragraphs: string[]): [string, string | null][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker]);
}

describe('attribution over distance', () => {
  it('a quote paragraph after plain narration goes on with the last speaker (wire)', () => {
    expect(speakers(
      'PALU, Indonesia (AP) — Siti Rahmawati lost her house in the first shock. "There was no warning at all," she said.',
      'Aid trucks reached the city on Sunday, three days after the quake.',
      '"We slept in the field with the goats. My children are still afraid of walls."',
    )).toEqual([
      ['There was no warning at all,', 'Siti Rahmawati'],
      ['We slept in the field with the goats. My children are still afraid of walls.', 'Siti Rahmawati'],
    ]);
  });

  it('control: narration naming someone else in between stops the follow-on (British)', () => {
    expect(speakers(
      '‘The barrier failed,’ said Margaret Ellison, who has lived on the street for 30 years.',
      'Tom Hughes, the council’s flood officer, visited on Tuesday and inspected the pumps.',
      '‘We have asked for an inquiry and we will keep asking.’',
    )).toEqual([
      ['The barrier failed,', 'Margaret Ellison'],
      ['We have asked for an inquiry and we will keep asking.', null],
    ]);
  });

  it('an unnamed speaker of reported speech wins the quotes after it over the last named person', () => {
    expect(speakers(
      '“We have not seen a single tent,” said Siti Rahmawati.',
      'An Indonesian official, who spoke on condition of anonymity because he was not authorised to talk to reporters, said the death toll would rise. “Many villages have not been reached.”',
      '“We are doing what we can, but the roads are gone.”',
    )).toEqual([
      ['We have not seen a single tent,', 'Siti Rahmawati'],
      ['Many villages have not been reached.', 'An Indonesian official'],
      ['We are doing what we can, but the roads are gone.', 'An Indonesian official'],
    ]);
  });

  it('a one-name speaker with age and trade, and reported speech before the quote (local)', () => {
    expect(speakers('Her neighbour, Budi, 52, a carpenter, said he was rebuilding. "Wood is cheap now. Everybody has wood."')).toEqual([
      ['Wood is cheap now. Everybody has wood.', 'Budi'],
    ]);
  });

  it('control: "X, an expert, who said" keeps X, the one the relative clause is about', () => {
    expect(speakers('Reporters spoke to Terence Fan, an aviation expert at a Singapore university, who said "It is a scenario we have seen before in accidents."')).toEqual([
      ['It is a scenario we have seen before in accidents.', 'Terence Fan'],
    ]);
  });

  it('single-name speakers the people finder may miss, and "he said" after one (Brazilian sport, Indonesian local)', () => {
    expect(speakers('"We will play for the city," said Vinícius, who scored twice.', 'Mulyadi said the prices would fall. "Maybe next month," he said.')).toEqual([
      ['We will play for the city,', 'Vinícius'],
      ['Maybe next month,', 'Mulyadi'],
    ]);
  });

  it('controls: a place or a company that speaks is not taken for a single-name person', () => {
    const a = extractArticle('Headline\n"Nothing to add," Volkswagen said. "The talks failed," Brussels said on Friday.');
    expect(a.quotes[0]).toMatchObject({ speaker: 'Volkswagen', speakerType: 'organization' });
    expect(a.quotes[1]?.speakerType).not.toBe('person');
  });
});
