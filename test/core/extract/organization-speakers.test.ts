import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('"the company said" / "the department said": the organization the article is about', () => {
  it('business: "the company" is the business named before, whatever its name ends with; "it said" follows it', () => {
    expect(quotesOf(
      'Veltrix Semiconductor cut its forecast on Tuesday.',
      'The company said in a statement that demand had "fallen sharply in Asia."',
      '"We remain confident in our long-term strategy," it said.',
    )).toEqual([
      ['fallen sharply in Asia.', 'Veltrix Semiconductor', 'partial'],
      ['We remain confident in our long-term strategy,', 'Veltrix Semiconductor', 'full'],
    ]);
  });

  it('British: "the firm" is not a council or a news agency', () => {
    expect(quotesOf(
      'LONDON (Reuters) - Harlow District Council said on Monday it had cancelled its contract with Brightwater Holdings.',
      '"We will challenge this decision in the courts," the firm said.',
    )[0]![1]).toBe('Brightwater Holdings');
  });

  it('"his firm" in a description is not "the firm"', () => {
    expect(quotesOf(
      'Veltrix Semiconductor cut 900 jobs.',
      'Another analyst, who asked not to be named because his firm advises Veltrix, said: "The cuts are overdue."',
    )[0]![1]).toBe('Another analyst');
  });

  it('wire: "the department" is the department named more often', () => {
    expect(quotesOf(
      'WASHINGTON — The Department of Veterans Affairs said a cyberattack on a contractor had delayed payments.',
      'The attack hit systems that send payment files to the Treasury Department, according to two people familiar with the matter.',
      'Veterans Affairs officials briefed the Department of Veterans Affairs on Tuesday.',
      'The department said in a statement that it had “moved to a manual process” for the payments.',
    )[0]![1]).toBe('Department of Veterans Affairs');
  });
});

describe('names in quotation marks are not speech', () => {
  it('tech: "a chip it calls “Meridian,”" and "code-named “Longitude,”"', () => {
    const quotes = quotesOf(
      'Helix sells an inference chip it calls “Meridian,” which it says runs models at a third of the power.',
      'Its next chip, code-named “Longitude,” is due in 2027.',
    );
    expect(quotes.map(([, speaker, kind]) => [speaker, kind])).toEqual([[null, 'scare'], [null, 'scare']]);
  });

  it('culture and local: an app, a show and a book named in marks', () => {
    const quotes = quotesOf('The council launched the app, called "Bin Day", in May. Her book, "The Quiet Year", sold well. The show "Night Desk" returns on Friday.');
    expect(quotes.every(([, speaker, kind]) => speaker === null && kind === 'scare')).toBe(true);
  });

  it('"called" before words that are not a name stays a quote', () => {
    expect(quotesOf('Mayor Ruth Okafor called the plan "a betrayal of every family on this street," and vowed to fight it.')[0]![2]).not.toBe('scare');
  });
});
