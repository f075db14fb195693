import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const roles = (...paragraphs: string[]) =>
  extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => [p.name, p.roles]);

describe('roles: title modifiers that head a title when they touch the name', () => {
  it('reads "Justice" before a judge\'s name as the role', () => {
    expect(roles('The court sat on Monday. Justice Nadia Okonkwo-Hale questioned the lawyer. Justice Peter J. Whitlow said little.')).toEqual([
      ['Nadia Okonkwo-Hale', ['Justice']],
      ['Peter J. Whitlow', ['Justice']],
    ]);
  });

  it('keeps "Justice" a modifier when another title word follows it (control)', () => {
    expect(roles('Justice Minister Karl Brandt defended the bill.', 'A Justice Department spokesman, Tom Reyes, declined to comment.')).toEqual([
      ['Karl Brandt', ['Justice Minister']],
      ['Tom Reyes', ['Justice Department spokesman']],
    ]);
  });
});

describe('roles: hyphenated titles have their head last', () => {
  it('reads "vice-president" and "sister-in-law" as titles', () => {
    expect(roles('The club vice-president Ana Duarte said the vote was close.', 'His sister-in-law Mira Haddad said he was at home.')).toEqual([
      ['Ana Duarte', ['club vice-president']],
      ['Mira Haddad', ['sister-in-law']],
    ]);
  });

  it('does not take "state-owned" for a title, nor a team named "... Racing" for a person (controls)', () => {
    expect(roles('The deal creates the largest producer outside state-owned Codelco.', 'Oracle Red Bull Racing team principal Luca Benedetti-Marr said the crew was to blame.')).toEqual([
      ['Luca Benedetti-Marr', ['Oracle Red Bull Racing team principal']],
    ]);
  });
});

describe('roles: a post the subject takes up ("will become its chief operating officer")', () => {
  it('reads the definite post after "will become" / "was named"', () => {
    expect(roles('Acme CEO Jane Porter will become its chief operating officer and head a new unit.', 'Sara Lind was named the club\'s captain on Monday.')).toEqual([
      ['Jane Porter', ['Acme CEO', 'its chief operating officer']],
      ['Sara Lind', ["the club's captain"]],
    ]);
  });

  it('does not take a record or a non-role object for a post (controls)', () => {
    expect(roles('Tom Reyes became the first player to score twice.', "Ian Cole became the owner's favourite target.", 'Ana Ruiz became a mother in May.')).toEqual([
      ['Tom Reyes', []],
      ['Ian Cole', []],
      ['Ana Ruiz', []],
    ]);
  });
});

describe('roles: affiliations and race leads that are no posts', () => {
  it('keeps an outlet possessive before an apposition, not a team possessive before a verb', () => {
    expect(roles("Al Jazeera's Zeina Haddad, reporting from Doha, said the road was shut.", "Tomas Berg said he was pleased.", "Williams's Tomas Berg won the race on Sunday.")).toEqual([
      ['Zeina Haddad', ["Al Jazeera's"]],
      ['Tomas Berg', []],
    ]);
  });

  it('does not read "led the first 27 laps" as a post, but keeps "led the delegation" (control)', () => {
    expect(roles('Tomas Berg said he was pleased.', 'Berg, who started from pole and led the first 27 laps, finished second.', 'Ana Ruiz, who joined in 2010 and led the delegation, spoke first.')).toEqual([
      ['Tomas Berg', []],
      ['Ana Ruiz', ['led the delegation']],
    ]);
  });
});
