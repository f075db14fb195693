import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const found = (...paragraphs: string[]) => {
  const a = extractArticle(['Headline', ...paragraphs].join('\n'));
  return { orgs: a.organizations.map((o) => o.name), places: a.places.map((p) => p.name), people: a.people.map((p) => p.name) };
};

describe('places the running text names', () => {
  it('French streets and passes with a lower-case kind ("rue Carnot", "Col du Lautaret")', () => {
    const { places } = found(
      'The bakery on rue Gambetta reopened, and police sealed off the quai des Brumes.',
      'Snow closed the road over the Col de la Sarenne on Tuesday.',
    );
    expect(places).toEqual(expect.arrayContaining(['rue Gambetta', 'quai des Brumes', 'Col de la Sarenne']));
  });

  it('control: a colonel is not a pass', () => {
    const { places, people } = found('Col Hugh Barton, the garrison commander, said the base was secure.');
    expect(places).toEqual([]);
    expect(people).toContain('Hugh Barton');
  });

  it('a street with its side of town ("Fourth Avenue West")', () => {
    expect(found('Crews closed Fourth Avenue West after the water main burst.').places).toContain('Fourth Avenue West');
  });

  it('a region named by its side of a country ("across the Mountain West")', () => {
    expect(found('Ranchers across the Prairie North said the drought was the worst in years.').places).toContain('Prairie North');
  });

  it('a First Nation named as a home is a place; working for it is not', () => {
    const { places, orgs } = found('She grew up in Sandy Lake First Nation and now works for the Oji-Cree Nation council.');
    expect(places).toContain('Sandy Lake First Nation');
    expect(orgs).not.toContain('Sandy Lake First Nation');
  });

  it('a named centre read only as where things happen is a venue; a centre that speaks or studies is a body', () => {
    const { places, orgs } = found(
      'Fans packed into the Harbour Bank Centre for the final, and the crowd at the Harbour Bank Centre stayed late.',
      'Dr Ama Owusu of the Coastal Policy Centre said the Riverside Cancer Centre had warned of delays.',
    );
    expect(places).toContain('Harbour Bank Centre');
    expect(orgs).toEqual(expect.arrayContaining(['Coastal Policy Centre', 'Riverside Cancer Centre']));
  });
});
