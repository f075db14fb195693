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
