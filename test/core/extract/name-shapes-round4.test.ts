import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function peopleOf(...paragraphs: string[]): string[] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => p.name);
}

describe('name shapes', () => {
  it('a hyphenated two-syllable given name marks a Korean or Chinese name, any surname', () => {
    expect(peopleOf('The win came after Yoon Seo-jun’s late strike.')).toEqual(['Yoon Seo-jun']);
    expect(peopleOf('Ticket sales were handled by Bae Hye-rin’s team in Busan.')).toEqual(['Bae Hye-rin']);
    expect(peopleOf('The report was written by Wang Xiao-ming and two colleagues.')).toEqual(['Wang Xiao-ming']);
  });

  it('controls: prefixed words are not syllable names', () => {
    expect(peopleOf('The Co-op said Pre-season sales rose.')).toEqual([]);
  });

  it('"Ma." (María) opens a Filipino name, even at the end of a sentence', () => {
    expect(peopleOf('They flew with Labor Secretary Ma. Lourdes Santos-Cruz.', '“We will help,” she said.')).toEqual(['Ma. Lourdes Santos-Cruz']);
    expect(peopleOf('The mayor, Ma. Cristina Villanueva, said roads were cut.')).toEqual(['Ma. Cristina Villanueva']);
  });

  it('control: "Ma" after a given name is a surname ending the sentence', () => {
    expect(peopleOf('Alibaba was founded by Jack Ma. Daniel Zhang took over later.')).toEqual(['Jack Ma', 'Daniel Zhang']);
  });

  it('"Jr." ending a sentence closes the name', () => {
    expect(peopleOf('The deal was signed by chief executive Daniel Okoro Jr. Shares rose 4 percent.')).toEqual(['Daniel Okoro Jr.']);
    expect(peopleOf('He fouled Hull full-back Mateus Silva Jr. Teun van der Hoorn then scored.')).toEqual(['Mateus Silva Jr.', 'Teun van der Hoorn']);
  });

  it('an unknown given name with an apposition or whose-clause, surname ending in -is', () => {
    expect(peopleOf('Keandra Hollis, whose two sons attend the school, said she was angry.')).toEqual(['Keandra Hollis']);
    expect(peopleOf('Tavion Curtis, a parent of three, urged the board to wait.')).toEqual(['Tavion Curtis']);
  });

  it('control: a plural-named company with a which-clause is no person', () => {
    expect(peopleOf('Tarvel Dynamics, which makes drones, said sales rose.')).toEqual([]);
  });
});
