import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function people(...paragraphs: string[]): { name: string; roles: string[] }[] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => ({ name: p.name, roles: p.roles }));
}
const names = (...paragraphs: string[]): string[] => people(...paragraphs).map((p) => p.name);

describe('name shapes, round 5', () => {
  it('elders\' and chiefs\' titles open a name and are its role', () => {
    expect(people('Aunty Marlene Coolwell welcomed the visitors to country.')).toEqual([{ name: 'Marlene Coolwell', roles: ['Aunty'] }]);
    expect(people('Inkosi Mandla Dlamini addressed the gathering at the kraal.')).toEqual([{ name: 'Mandla Dlamini', roles: ['Inkosi'] }]);
    expect(people('Likud MK Orna Ben-Haim said the bill was dangerous.')).toEqual([{ name: 'Orna Ben-Haim', roles: ['Likud MK'] }]);
  });

  it('"X Cree Nation" and "First Nation" are bodies, not people', () => {
    expect(names('The Muskeg Lake Cree Nation said it would appeal.')).toEqual([]);
    expect(names('Chief Wendell Starblanket of the Okanese First Nation said the band would sue.')).toEqual(['Wendell Starblanket']);
  });

  it('a common Chinese surname and a pinyin given name is a person, the surname alone later too', () => {
    expect(names('The ministry was led by Zhang Weiming until March.')).toEqual(['Zhang Weiming']);
    const a = extractArticle('Headline\nDeputies backed Liu Jianhua on Monday. Liu thanked them.');
    expect(a.people.map((p) => [p.name, p.aliases])).toEqual([['Liu Jianhua', ['Liu']]]);
  });

  it('controls: Chinese place names and English words after a surname', () => {
    expect(names('He flew from Hong Kong to Macau on Sunday.')).toEqual([]);
    expect(names('The film was shot on Lin Lane in the spring.')).toEqual([]);
  });

  it('a hyphenated French given name keeps the whole name', () => {
    expect(names('The agency hired Marie-Claire du Plessis as director.')).toEqual(['Marie-Claire du Plessis']);
    expect(names('The board appointed Anne-Sophie Martin last week.')).toEqual(['Anne-Sophie Martin']);
  });

  it('control: a hyphenated brand is no person', () => {
    expect(names('Sales at Mercedes-Benz rose in the quarter.')).toEqual([]);
  });

  it('a full name whose surname later speaks alone is a person, whatever the given name', () => {
    expect(names('The prize went to Ilkka Rautavaara. Rautavaara said he was stunned.')).toEqual(['Ilkka Rautavaara']);
    expect(names('Fans cheered as Tomasz Wieczorek crossed the line. "It was hard," said Wieczorek.')).toEqual(['Tomasz Wieczorek']);
  });

  it('control: a storm named in full is no person even when it "warned"', () => {
    expect(names('Typhoon Halong neared the coast. Halong said nothing, forecasters joked.')).toEqual([]);
  });

  it('a nickname in quotes inside a name with an unknown given name', () => {
    expect(names('Elyashiv "Eli" Hadari said the plan was sound.')).toEqual(['Elyashiv Hadari']);
  });

  it('a royal title and one word after a preposition of place is a town', () => {
    expect(names('Flooding hit homes in Prince Albert and Saskatoon.')).toEqual([]);
    expect(names('A shelter opened near Prince Rupert on Friday.')).toEqual([]);
  });

  it('control: a royal after other prepositions stays a person', () => {
    expect(names('The crowd cheered for Prince William in Cardiff.')).toEqual(['William']);
  });
});
