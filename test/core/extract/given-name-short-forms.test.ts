import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const names = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => p.name);

describe('short forms of given names (Tony for Anthony) with the same surname', () => {
  it('joins "Bill Okonkwo" to "William T. Okonkwo" beside a brother of another given name', () => {
    expect(
      names(
        'The former treasurer, William T. Okonkwo, denied the charges on Tuesday.',
        '"Nobody ever saw Bill Okonkwo take a cent," his lawyer, Hannah Pruitt, said.',
        'His brother, Gregory Okonkwo, has not been charged.',
      ),
    ).toEqual(['William T. Okonkwo', 'Hannah Pruitt', 'Gregory Okonkwo']);
  });

  it('joins "Liz Harrow" to "Elizabeth Harrow"', () => {
    expect(names('Elizabeth Harrow, the council leader, opened the meeting.', '"Liz Harrow has done the work," said Daniel Ferris.')).toEqual(['Elizabeth Harrow', 'Daniel Ferris']);
  });

  it('keeps two people when the short form fits neither, or fits two of the surname', () => {
    // Control: "Tom" is no short form of "William".
    expect(names('William Okonkwo, the treasurer, resigned.', '"Tom Okonkwo knew," said Hannah Pruitt.')).toEqual(['William Okonkwo', 'Tom Okonkwo', 'Hannah Pruitt']);
    // Control: "Chris" could be Christopher or Christine Vale; it is joined to neither.
    expect(names('Christopher Vale and his sister, Christine Vale, spoke first.', '"Chris Vale was there," said Hannah Pruitt.')).toEqual(['Christopher Vale', 'Christine Vale', 'Chris Vale', 'Hannah Pruitt']);
  });
});
