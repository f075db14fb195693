import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

const nested = (...paragraphs: string[]): [string, string | null] | undefined => {
  const q = extractArticle(['Headline', ...paragraphs].join('\n')).quotes[1];
  return q ? [q.text, q.speaker] : undefined;
};

describe('a quote inside a quote is spoken by whom the outer speaker says spoke it', () => {
  it('sport, wire style: a bare title stands for the one person named with it before ("Coach kept saying")', () => {
    expect(quotesOf(
      'Thunder coach Nate Brill switched to a zone defense.',
      '“But Coach kept saying, ‘One stop at a time.’ That’s all it was,” Jalen Okoro told reporters.',
    )).toEqual([
      ['But Coach kept saying, ‘One stop at a time.’ That’s all it was,', 'Jalen Okoro', 'full'],
      ['One stop at a time.', 'Nate Brill', 'full'],
    ]);
  });

  it('two people with the title named before: nobody is guessed', () => {
    expect(nested(
      'Thunder coach Nate Brill switched to a zone. Celtics coach Ana Voss called a timeout.',
      '“Coach kept saying, ‘One stop at a time, one stop at a time,’” Jalen Okoro said.',
    )).toEqual(['One stop at a time, one stop at a time,', null]);
  });

  it('British single marks: "I told them" is the outer speaker; "my mum" is theirs', () => {
    expect(nested('\'I told them, "This bridge will not survive another flood,"\' said engineer Priya Nair.')).toEqual(['This bridge will not survive another flood,', 'Priya Nair']);
    expect(nested('\'My mum always told me, "Never give up on a game,"\' said striker Joe Penn.')).toEqual(['Never give up on a game,', 'Penn’s mum']);
  });

  it('local: "he told me" after "the governor" inside the quote is the governor, not the outer speaker', () => {
    expect(nested('Mayor Dana Ortiz spoke at the hearing.', '"When I called the governor, he told me, \'We are sending help tonight,\'" Ortiz said.'))
      .toEqual(['We are sending help tonight,', 'the governor']);
  });

  it('science/health: a described speaker inside the quote', () => {
    expect(nested('"A nurse looked at me and said, \'You are lucky to be alive,\'" said Mark Rees, 54.')).toEqual(['You are lucky to be alive,', 'A nurse']);
  });
});

describe('he/she after "My father ..." in a Q&A answer', () => {
  it('is the interviewee\'s relative, not the interviewee', () => {
    const quotes = quotesOf(
      'Q: Why did you start?',
      'Grace Ade: My grandmother ran the clinic for forty years. She used to say, "A clinic is only as good as its night nurse." I think about that every day.',
    );
    expect(quotes).toEqual([['A clinic is only as good as its night nurse.', 'Ade’s grandmother', 'full']]);
  });

  it('a pronoun that does not fit the relative still finds the named person', () => {
    const quotes = quotesOf(
      'Mayor Tom Hale opened the bridge on Monday. My father worked on it in 1970.',
      'She cut the ribbon. "It took us ten years to get here," he said.',
    );
    expect(quotes[0]![1]).toBe('Tom Hale');
  });
});

describe('"my <noun> told me" inside a quote', () => {
  it('is the outer speaker\'s <noun>, even for a noun no list calls a person', () => {
    expect(nested('Goalkeeper Ivan Petrov was calm.', '"My catcher told me, \'Just throw it like always.\' So I did," Petrov said.')).toEqual(['Just throw it like always.', 'Petrov’s catcher']);
  });

  it('control: "my old coat" is not a speaker when no speech verb follows it', () => {
    expect(nested('Goalkeeper Ivan Petrov was calm.', '"I wore my old coat and thought, \'Just throw it like always.\'" Petrov said.')?.[1]).not.toBe('Petrov’s coat');
  });
});
