import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const roles = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => [p.name, p.roles]);

describe('two roles joined by "and" before "ROLE, Name,"', () => {
  it('reads "His son and chief executive, Name," as two roles', () => {
    expect(roles('Martin Greaves built the firm over forty years.', 'His son and chief executive, Thomas Greaves, said no stake would be sold.')).toEqual([
      ['Martin Greaves', []],
      ['Thomas Greaves', ['His son', 'chief executive']],
    ]);
  });

  it('adds nothing when no determined phrase stands before "and"', () => {
    // Control: "Culture and Sport Minister" is one title.
    expect(roles('Culture and Sport Minister, Thomas Greaves, said no stake would be sold.').flatMap(([, r]) => r)).not.toContain('Culture');
    expect(roles('Finance and operations chief, Thomas Greaves, said no stake would be sold.').flatMap(([, r]) => r)).toHaveLength(1);
  });
});
