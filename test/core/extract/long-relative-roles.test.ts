import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const roles = (sentence: string) => extractArticle(['Headline', sentence].join('\n')).people.map((p) => [p.name, p.roles]);

describe('posts in relative clauses: "who served as" with a date or a long tail', () => {
  it('reads the post before "from 2019" and past a dozen words of clause', () => {
    expect(roles('Nadia Ferro, who served as Governor Paul Keane’s chief of staff from 2019 until her resignation late last summer, declined to comment.')).toEqual([
      ['Nadia Ferro', ['Governor Paul Keane’s chief of staff']],
      ['Paul Keane', ['Governor']],
    ]);
    expect(roles('Hal Brun, who served as the council’s top lawyer in 2021, left.')).toEqual([['Hal Brun', ['council’s top lawyer']]]);
  });

  it('does not take a long clause without a post as a role', () => {
    // Control: a long clause of what someone does is no post once it runs past a dozen words.
    expect(roles('Hal Brun, who sells fish and vegetables at the market on the corner of the square every single morning, left.')).toEqual([['Hal Brun', []]]);
  });
});
