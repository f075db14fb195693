import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function rolesOf(text: string): [string, string[]][] {
  return extractArticle(`Headline\n${text}`).people.map((p) => [p.name, p.roles]);
}

describe('a clause of leading after "who" is a role', () => {
  it('past and present verbs of leading, after "has" or "now"', () => {
    expect(rolesOf('Zhang Haoran, who led China’s delegation at last year’s talks, told reporters it was fair.')).toEqual([
      ['Zhang Haoran', ['led China’s delegation at last year’s talks']],
    ]);
    expect(rolesOf('“The nets were empty,” said Kenji Mori, 61, who has skippered the Koyo Maru for 30 years.')).toEqual([
      ['Kenji Mori', ['skippered the Koyo Maru']],
    ]);
    expect(rolesOf('Ruth Adeyemi, who was the charity’s treasurer and now chairs the board, said funds were short.')).toEqual([
      ['Ruth Adeyemi', ['charity’s treasurer', 'now chairs the board']],
    ]);
  });

  it('controls: a score or a race is nothing led', () => {
    expect(rolesOf('Tom Reyes, who led 3-0 at half-time, lost the final.')).toEqual([['Tom Reyes', []]]);
    expect(rolesOf('Ann Ruiz, who ran the London Marathon last year, said she was tired.')).toEqual([['Ann Ruiz', []]]);
  });
});

describe('a plural role before a list of names', () => {
  it('gives each listed name the singular role', () => {
    expect(rolesOf('The no votes came from board members Deshawn Rollins, Heather Nakamura-Ellis and Eugene Pfaff.')).toEqual([
      ['Deshawn Rollins', ['board member']],
      ['Heather Nakamura-Ellis', ['board member']],
      ['Eugene Pfaff', ['board member']],
    ]);
    expect(rolesOf('The motion was backed by councillors Priya Shah and Owen Price on Tuesday.')).toEqual([
      ['Priya Shah', ['councillor']],
      ['Owen Price', ['councillor']],
    ]);
  });

  it('control: a list with no role before it gets none', () => {
    expect(rolesOf('The prize went to Ann Ruiz, Tom Hill and Maria Lopez on Friday.')).toEqual([
      ['Ann Ruiz', []],
      ['Tom Hill', []],
      ['Maria Lopez', []],
    ]);
  });
});
