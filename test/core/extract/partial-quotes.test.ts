import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('short quoted phrases framed by a speaker are partial quotes', () => {
  it('a verdict verb frames the phrase (wire, British, sport, local)', () => {
    expect(quotesOf('The Environmental Protection Agency rated the air "hazardous" on Tuesday, and schools closed.')).toEqual([
      ['hazardous', 'Environmental Protection Agency', 'partial'],
    ]);
    expect(quotesOf('Councillor Maria Lopes dismissed the complaints as ‘nonsense’ at the meeting.')).toEqual([
      ['nonsense', 'Maria Lopes', 'partial'],
    ]);
    expect(quotesOf('Mark Tully, the club’s chairman, slammed the decision as “a disgrace to football.”')).toEqual([
      ['a disgrace to football.', 'Mark Tully', 'partial'],
    ]);
    expect(quotesOf('Mayor Lisa Brandt was blunt. She called the plan “a monster” at a meeting.')).toEqual([
      ['a monster', 'Lisa Brandt', 'partial'],
    ]);
  });

  it('an unknown body explained by an apposition speaks as an organization', () => {
    expect(quotesOf('NatureScot, the government’s nature agency, said in a statement that the research was ‘hugely encouraging’.')).toEqual([
      ['hugely encouraging', 'NatureScot', 'partial'],
    ]);
    expect(quotesOf('Ofwat, the water regulator, said the plan was "unworkable" for customers.')).toEqual([
      ['unworkable', 'Ofwat', 'partial'],
    ]);
  });

  it('a phrase quoted inside a relative clause belongs to its subject, not the "said X" after it', () => {
    expect(quotesOf('Coach Daniel Okafor, who described the team as "quiet, not panicky," said the players would rest.')).toEqual([
      ['quiet, not panicky,', 'Daniel Okafor', 'partial'],
    ]);
    // Control: a quote that ends its clause is still attributed by the "said X" after it.
    expect(quotesOf('Rain was forecast. The effect was “small but remarkably consistent”, Dr Aoife Ní Bhriain said.')).toEqual([
      ['small but remarkably consistent', 'Aoife Ní Bhriain', 'partial'],
    ]);
  });

  it('"the firm said" is the company named before, by its name pattern (business)', () => {
    expect(quotesOf('Harwell Chemicals, based in Runcorn, runs the plant. The firm said it had "acted immediately to contain the spill" and would pay.')).toEqual([
      ['acted immediately to contain the spill', 'Harwell Chemicals', 'partial'],
    ]);
  });

  it('"what she described as “...”" is her words; a name after "described as" or a naming verb is not', () => {
    expect(quotesOf('Union leader Sara Okon attacked what she described as "a betrayal of nurses" on Monday.', 'The cuts, which Okon described as ‘reckless’, take effect in May.')).toEqual([
      ['a betrayal of nurses', 'Sara Okon', 'partial'],
      ['reckless', 'Sara Okon', 'partial'],
    ]);
    expect(quotesOf('The pathogen, described as “Disease X”, has not been identified. Ministers have dubbed the scheme “Project Phoenix”.')).toEqual([
      ['Disease X', null, 'scare'],
      ['Project Phoenix', null, 'scare'],
    ]);
  });

  it('controls: no speaker frame, the phrase stays a scare quote', () => {
    expect(quotesOf('The region built its economy on the so-called "pioneer industries" of the 1950s.')).toEqual([
      ['pioneer industries', null, 'scare'],
    ]);
    expect(quotesOf('The city has long branded itself a “smart city” in its brochures.')).toEqual([
      ['smart city', null, 'scare'],
    ]);
    // A verdict verb far from the marks does not frame them.
    expect(quotesOf('Visitors rated the museum highly last summer, though the gift shop and the café at the back of the old building still sell “heritage gin”.')).toEqual([
      ['heritage gin', null, 'scare'],
    ]);
  });
});

describe('"the 23-year-old said" is the person the article gave that age', () => {
  it('finds "Name, 23," and "the 23-year-old striker Name" over a nearer person', () => {
    expect(quotesOf('The 23-year-old striker Tomas Berg scored twice. Coach Anna Lind praised the team.', '“He was outstanding,” the 23-year-old said of the goalkeeper.')).toEqual([
      ['He was outstanding,', 'Tomas Berg', 'full'],
    ]);
    expect(quotesOf('Priya Nair, 31, a nurse, joined the protest with Rob Kent, 58.', 'Kent’s daughter came too. ‘We are exhausted,’ the 31-year-old said.')).toEqual([
      ['We are exhausted,', 'Priya Nair', 'full'],
    ]);
  });

  it('control: with no age given, the most recent fitting person', () => {
    expect(quotesOf('Defender Jonas Ek signed on Monday.', '"I am ready," the 19-year-old said.')).toEqual([
      ['I am ready,', 'Jonas Ek', 'full'],
    ]);
  });
});
