import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const names = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => p.name);

describe('names of bodies and places are not people', () => {
  it('an apposition headed by a body noun describes a body; one headed by a role describes a person', () => {
    expect(names('Pressfield, the bakers\' union, is not taking part in the walkout.')).toEqual([]);
    expect(names('Marta Quill, an economist from Harrow Business University, disagreed.')).toEqual(['Marta Quill']);
  });

  it('a name before a site or record noun is a modifier, not a person', () => {
    expect(names('The builder cut prices at its flagship Kai Lam project this week.')).toEqual([]);
    expect(names('Sales rose, according to Land Registry figures.')).toEqual([]);
    expect(names('Kai Lam said the project would open in May.')).toEqual(['Kai Lam']);
  });

  it('the tail of "X of Y" after a capitalised word is part of a body\'s name', () => {
    expect(names('The Northern Federation of Independent Growers said it was disappointed.')).toEqual([]);
    expect(names('A spokesman for Simon Reyes said he was disappointed.')).toEqual(['Simon Reyes']);
  });

  it('a given name before a company plural is a company', () => {
    expect(names('Passenger numbers rose, Abu Qasr Airports said last week.')).toEqual([]);
    expect(names('Passenger numbers rose, Abu Qasr said last week.')).toEqual(['Abu Qasr']);
  });

  it('a name joined by "and" to a place after "in" is a place, unless a verb follows', () => {
    expect(names('The firm sold flats in Tuen Wan and Yuen Kam.')).toEqual([]);
    expect(names('She met voters in Leeds and Mary Hollis said hello.')).toEqual(['Mary Hollis']);
  });
});
