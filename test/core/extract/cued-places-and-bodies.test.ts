import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const article = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));
const orgsOf = (...paragraphs: string[]): string[] => article(...paragraphs).organizations.map((o) => o.name);
const placesOf = (...paragraphs: string[]): string[] => article(...paragraphs).places.map((p) => p.name);

describe('places and bodies a few words of text reveal', () => {
  it('a river without "River": along it, or bursting its banks', () => {
    const places = placesOf('The Morvane and the Tessaly burst their banks overnight. Farms along the Morvane were cut off.');
    expect(places).toEqual(expect.arrayContaining(['Morvane', 'Tessaly']));
  });

  it('control: "into the Championship" and "into the Montessori program" are not rivers', () => {
    const places = placesOf('The win lifted Hull into the Championship play-off places. Pupils will be folded into the Montessori program.');
    expect(places).not.toContain('Championship');
    expect(places).not.toContain('Montessori');
  });

  it('places listed before a plural kind, and the two ends of a road', () => {
    const places = placesOf('The order covers the Ostrava, Dubnik and Velka Loma communities. A car was hit on the road between Ostrava and Zelenivka.');
    expect(places).toEqual(expect.arrayContaining(['Ostrava', 'Dubnik', 'Velka Loma', 'Zelenivka']));
  });

  it('a name before "and" a place the text already knows', () => {
    const places = placesOf('The minister visited camps in Tarvell, near Leeds.', 'He inspected camps at Ormsby and Tarvell on Friday.');
    expect(places).toContain('Ormsby');
  });

  it('a ground, a lower-case council, a spokesperson for a body with its region after it', () => {
    const a = article('Green Bay won 20-17 at Ravensworth Field. An official at the Tarvell city council said the water was rising. A spokesperson for Northwind Texas said power would return.');
    expect(a.places.map((p) => p.name)).toContain('Ravensworth Field');
    expect(a.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Tarvell city council', 'Northwind Texas']));
  });

  it('control: a spokesperson for a lone name, or "the city council" with no place', () => {
    const orgs = orgsOf('A spokesperson for Texas said nothing. The city council met on Monday.');
    expect(orgs).not.toContain('Texas');
    expect(orgs.some((o) => /city council/u.test(o))).toBe(false);
  });
});

describe('pairs of places, web names, portfolios', () => {
  it('"Bay St. Louis and Pass Christian" is two places', () => {
    const places = placesOf('Storm surge of up to 9 feet hit Port Arlow and Pass Harmon.');
    expect(places).toEqual(expect.arrayContaining(['Port Arlow', 'Pass Harmon']));
    expect(places.some((p) => p.includes(' and '))).toBe(false);
  });
  it('a capitalised web domain is a body; control: a lower-case address', () => {
    const orgs = orgsOf('More than 600,000 homes were without power, according to OutageWatch.us. Details are at www.example.com today.');
    expect(orgs).toContain('OutageWatch.us');
    expect(orgs.some((o) => /example/iu.test(o))).toBe(false);
  });
  it('a portfolio inside a minister\'s title is no body; control: a ministry', () => {
    const orgs = orgsOf('Revenue and Flood Management Minister K. Anand said aid was coming. Officials of the Tarvell Flood Management Board agreed.');
    expect(orgs).not.toContain('Revenue and Flood Management');
    expect(orgs).toContain('Tarvell Flood Management Board');
  });
});

describe('an outlet someone told', () => {
  it('"told the Lviv Courier" is an outlet; control: "told Kyiv Mayor X", "told Paris police"', () => {
    const orgs = orgsOf('"It is bad," he told the Lviv Courier by phone. She told Kyiv Mayor Vitali Klitschko nothing. He told Paris police.');
    expect(orgs).toContain('Lviv Courier');
    expect(orgs.some((o) => /Mayor|police/u.test(o))).toBe(false);
  });
});
