import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('one person calling something by words is speech; a group labelling it is not', () => {
  it('"what he called “a mess of a plan”" and "what she called a “trap for the poor.”" are partial speech', () => {
    expect(quotesOf(
      'Senator Tomas Brill rejected what he called "a mess of a plan" from the ministry.',
      'Councillor Ada Finch said she would fight what she called a "trap for the poor."',
    )).toEqual([
      ['a mess of a plan', 'Tomas Brill', 'partial'],
      ['trap for the poor.', 'Ada Finch', 'partial'],
    ]);
  });

  it('controls: "what residents call “...”" and "reforms the ministry describes as “...”" are labels', () => {
    expect(quotesOf(
      'Mayor Ann Cole said the town faced what residents call "hit-and-run" raids.',
      'The bill would cut sick pay – changes the ministry describes as "fair reform".',
    ).map((q) => q[2])).toEqual(['scare', 'scare']);
  });

  it('"likened to taking a “hammer”": a verdict verb makes the one word the speaker\'s', () => {
    expect(quotesOf('The budget – which the minister has often likened to taking a "hammer" to waste – passed on Friday.')).toEqual([
      ['hammer', 'the minister', 'partial'],
    ]);
  });

  it('control: "charge them a “fee”" with no verb of saying stays scare', () => {
    expect(quotesOf('The bank will charge them a "fee" each month, Mayor Ann Cole said.')[0]![2]).toBe('scare');
  });
});

describe('words held at a distance by what comes before them', () => {
  it('"the dreaded “...”" and "banners reading “...”" are not speech', () => {
    expect(quotesOf(
      'Coach Lena Hart was given what fans call the dreaded "vote of confidence" by the board.',
      'Thousands marched through the city, waving banners reading "Our water is not for sale".',
    )).toEqual([
      ['vote of confidence', null, 'scare'],
      ['Our water is not for sale', null, 'scare'],
    ]);
  });

  it('control: "the crowd chanted, “...”" with a speaker is still speech, and "she said, “...”" is', () => {
    const q = quotesOf('Mayor Ann Cole reads the letters every week. She said, "We will not give up the water."');
    expect(q[0]![2]).toBe('full');
  });
});

describe('a group opening a relative clause that calls something is speaking', () => {
  it('"a tactic that civil liberties campaigners call a “data trawl”" and "… that rights groups describe as a “…”" are partial speech of the group', () => {
    expect(quotesOf(
      'Police now ask phone companies for every device near a crime, a tactic that civil liberties campaigners call a "data trawl" and that officers defend.',
      'The ministry kept the fee, which rights groups describe as a "tax on asylum" for the poorest.',
    )).toEqual([
      ['data trawl', 'civil liberties campaigners', 'partial'],
      ['tax on asylum', 'rights groups', 'partial'],
    ]);
  });

  it('controls: "what campaigners call the “…”" (the naming idiom) and "the ministry describes as" stay labels', () => {
    expect(quotesOf('Police now ask for every device near a crime, in what campaigners call the "data trawl" method.').map((q) => q[2])).toEqual(['scare']);
    expect(quotesOf('Officers now follow changes the ministry describes as "smart policing" across the county.').map((q) => q[2])).toEqual(['scare']);
  });
});
