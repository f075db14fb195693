import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const roles = (sentence: string) => extractArticle(['Headline', sentence].join('\n')).people.map((p) => [p.name, p.roles]);

describe('appositions that open with an -ing word before a person noun', () => {
  it('reads "managing director of ..." and "acting editor" as posts', () => {
    expect(roles('Owain Pryce, managing director of Valley Lines Rail, said services would resume.')).toEqual([['Owain Pryce', ['managing director of Valley Lines Rail']]]);
    expect(roles('Megan Tell, managing editor of the Courier, said the paper stood by its story.')).toEqual([['Megan Tell', ['managing editor of the Courier']]]);
  });

  it('does not read a participle clause as a post', () => {
    // Control: "leaving the court" is something he did, not a post.
    expect(roles('Prosecutor David Pryce, leaving the court, told reporters nothing.')).toEqual([['David Pryce', ['Prosecutor']]]);
  });
});
