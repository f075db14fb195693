// Two-word playing positions written before a player's name ("tight end", "left tackle", "point
// guard"): they mark the name as a person's and are the role; a team's name before them joins it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const people = (...paragraphs: string[]) =>
  extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => ({ name: p.name, roles: p.roles }));

describe('two-word playing positions before a name', () => {
  it.each([
    ['The drive ended when the quarterback found tight end Kalani Fetu in the corner.', 'Kalani Fetu', 'tight end'],
    ['A late hit on defensive end Ofa Tuilagi-Moa drew a flag.', 'Ofa Tuilagi-Moa', 'defensive end'],
    ['Bears left tackle Piotr Zielinski limped off in the second quarter.', 'Piotr Zielinski', 'Bears left tackle'],
    ['The Celtics waived point guard Darnell Ookwe on Monday.', 'Darnell Ookwe', 'point guard'],
    ['Mets first baseman Teodoro Quispe homered twice.', 'Teodoro Quispe', 'Mets first baseman'],
  ])('%s', (sentence, name, role) => {
    expect(people(sentence)).toContainEqual({ name, roles: [role] });
  });

  it('controls: "end", "tackle" and "guard" in other senses name no one', () => {
    expect(people('The kick drifted towards the far end Sunday.')).toEqual([]);
    expect(people('Officials said the national guard Monday closed the road.')).toEqual([]);
  });
});

describe('cricket bowlers and rugby row names as roles', () => {
  const people = (text: string) => extractArticle(`Headline\n${text}`).people.map((p) => ({ name: p.name, roles: p.roles }));
  it('a bowler\'s or a row\'s name before a person is a cue and a role', () => {
    expect(people('The opener was caught at slip off leg-spinner Tariq Hussain before lunch.')).toEqual([{ name: 'Tariq Hussain', roles: ['leg-spinner'] }]);
    expect(people('Exeter front-rower Callum Brannigan was sent to the sin-bin.')).toEqual([{ name: 'Callum Brannigan', roles: ['Exeter front-rower'] }]);
  });
  it('control: the words alone name nobody', () => {
    expect(people('The spinner found little turn and the front-rower limped off.')).toEqual([]);
  });
});
