import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { lookupName } from '../../../src/core/extract/gazetteer.ts';
import { WORLD_CITIES } from '../../../src/core/extract/gazetteer/world-cities.ts';

const worldCities = new Set(WORLD_CITIES.split(/[|\n]/u).map((s) => s.trim()));

const article = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));
const placeNames = (...paragraphs: string[]): string[] => article(...paragraphs).places.map((p) => p.name);
const peopleNames = (...paragraphs: string[]): string[] => article(...paragraphs).people.map((p) => p.name);

describe('world cities (GeoNames, population >= 50,000)', () => {
  it.each(['Saskatoon', 'Kelowna', 'Annecy', 'Iloilo', 'Kitchener', 'Toowoomba', 'Clermont-Ferrand', 'Bydgoszcz'])('%s is a listed place', (name) => {
    expect(lookupName(name)).toBe('place');
  });

  it('finds mid-size cities in wire, local and sport copy', () => {
    expect(placeNames('Farmers near Kelowna said the frost came early, and grain prices in Saskatoon rose on Monday.')).toEqual(
      expect.arrayContaining(['Kelowna', 'Saskatoon']),
    );
    expect(placeNames('The stage finished in Annecy after a climb out of Chambéry, police said.')).toEqual(expect.arrayContaining(['Annecy', 'Chambéry']));
    expect(placeNames('Ferries between Iloilo and Bacolod were suspended as the storm passed.')).toEqual(expect.arrayContaining(['Iloilo', 'Bacolod']));
  });

  it.each(['Reading', 'Mobile', 'Bath', 'Nice', 'Regina', 'Victoria', 'Florence', 'Split', 'Derby', 'Orange', 'Jackson', 'Bowie', 'Hawthorne'])(
    '%s is not taken from GeoNames (a word, a given name or a surname)',
    (name) => {
      // Hand-written lists may hold a few of these ("Nice", "Bath"); GeoNames must add none.
      expect(worldCities.has(name)).toBe(false);
      expect(worldCities.has('Saskatoon')).toBe(true);
    },
  );

  it('controls: given names, surnames and words stay what they are', () => {
    const people = peopleNames(
      'Regina Okafor, a nurse, said the ward was full. Florence Achterberg, 34, agreed.',
      'Victoria Lindqvist, the council leader, said Jackson Mwangi would chair the meeting.',
    );
    expect(people).toEqual(expect.arrayContaining(['Regina Okafor', 'Florence Achterberg', 'Victoria Lindqvist', 'Jackson Mwangi']));
    const places = placeNames(
      'Reading is down among teenagers, a survey found. Mobile phones were banned in class.',
      'Split decisions are rare, the judge said. Orange juice prices rose.',
    );
    for (const w of ['Reading', 'Mobile', 'Split', 'Orange']) expect(places).not.toContain(w);
  });

  it('a large city named like a person is a place only in a place slot, and never a person of the story', () => {
    expect(placeNames('Flights in Regina were cancelled, and a rally near Brandon drew hundreds.')).toEqual(expect.arrayContaining(['Regina', 'Brandon']));
    expect(placeNames('Tyler Perkins said he had faith in Tyler, his son.')).toEqual([]);
    expect(placeNames('Regina Hale, a nurse, said Regina was tired.')).toEqual([]);
  });
});
