import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

function peopleOf(text: string): string[] {
  return extractArticle(`Headline\n${text}`).people.map((p) => p.name);
}

describe('bodies, currents and title words are not people', () => {
  it('geography heads: currents, straits, a compass word before the head', () => {
    expect(peopleOf('The warm Oyashio Current has weakened, said Kenji Sato.')).toEqual(['Kenji Sato']);
    expect(peopleOf('Tankers queued in the Bering Strait on Friday.')).toEqual([]);
    expect(peopleOf('Brentford travel to Preston North End on Tuesday.')).toEqual([]);
  });

  it('body heads: faculty, secretariat', () => {
    expect(peopleOf('Dr Ana Ruiz of Lisbon University’s Faculty of Medicine said the trial worked.')).toEqual(['Ana Ruiz']);
    expect(peopleOf('Data from the Executive Secretariat of the Interior showed a fall.')).toEqual([]);
  });

  it('a role word closing a capitalised title is no surname', () => {
    expect(peopleOf('“We need food,” said Amara Diallo, the UN Humanitarian Coordinator in Mali.')).toEqual(['Amara Diallo']);
  });

  it('"the" and a nationality open a body’s name', () => {
    expect(peopleOf('The British Heart Foundation said the figures were worrying.')).toEqual([]);
    expect(peopleOf('The Kenyan Red Cross said 40 homes were lost.')).toEqual([]);
  });

  it('controls: the same words as surnames after a given name or title', () => {
    expect(peopleOf('Film director Lena End said the reef was dying.')).toEqual(['Lena End']);
    expect(peopleOf('Inspector Tom Current said officers were searching.')).toEqual(['Tom Current']);
    expect(peopleOf('Kenyan runner Faith Kipyegon won the race.')).toEqual(['Faith Kipyegon']);
  });
});
