// General-knowledge gazetteer additions — UK transport bodies and unions, Gulf and
// European airlines ("Air X" takes "Berlin" with it), US college conferences, the Hong Kong
// Stock Exchange, "HK" as Hong Kong (so "HK$" is no organization) and Hong Kong's districts.
// Composed sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const article = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));
const orgsOf = (...paragraphs: string[]): string[] => article(...paragraphs).organizations.map((o) => o.name);
const placesOf = (...paragraphs: string[]): string[] => article(...paragraphs).places.map((p) => p.name);

describe('UK transport bodies, unions and trade groups', () => {
  it('names Acas, Aslef, UKHospitality and Transport for Wales', () => {
    const orgs = orgsOf(
      'Talks at Acas broke down on Monday, and Aslef said drivers would walk out.',
      'Transport for Wales cancelled services, while UKHospitality warned pubs would lose trade.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Acas', 'Aslef', 'Transport for Wales', 'UKHospitality']));
  });
  it('names the Land Registry; control: "Wales" alone stays a place', () => {
    expect(orgsOf('Sales fell by a tenth, according to Land Registry figures.')).toContain('Land Registry');
    expect(placesOf('Trains across Wales were cancelled on Monday.')).toContain('Wales');
  });
});

describe('airlines and airport operators', () => {
  it('"Air Berlin" is an airline and does not leave "Berlin" as a place', () => {
    const a = article('Flydubai and Air Arabia grew fast after Air Berlin collapsed, Abu Dhabi Airports said.');
    const orgs = a.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['Air Arabia', 'Air Berlin', 'Abu Dhabi Airports']));
    expect(a.places.map((p) => p.name)).not.toContain('Berlin');
  });
  it('control: Berlin alone is a place', () => {
    expect(placesOf('The airline added flights to Berlin on Monday.')).toContain('Berlin');
  });
});

describe('college conferences and sports data desks', () => {
  it('names the Big 12 and ESPN Stats & Information', () => {
    const orgs = orgsOf('Iowa State leads the Big 12, according to ESPN Stats & Information.');
    expect(orgs).toEqual(expect.arrayContaining(['Big 12', 'ESPN Stats & Information']));
  });
});

describe('Hong Kong', () => {
  it('"HK$" is the Hong Kong dollar, not an organization called HK', () => {
    const a = article('The developer released 268 flats at an average of HK$17,980 per square foot on Friday.');
    expect(a.organizations.map((o) => o.name)).not.toContain('HK');
  });
  it('names the stock exchange and the districts', () => {
    const a = article(
      'The developer told the Hong Kong Stock Exchange that sales at Kai Tak had slowed.',
      'Flats in Sham Shui Po, Yuen Long and the New Territories were cut hardest.',
    );
    expect(a.organizations.map((o) => o.name)).toContain('Hong Kong Stock Exchange');
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Kai Tak', 'Sham Shui Po', 'Yuen Long', 'New Territories']));
  });
  it('control: a "Kai"-named person is not a district', () => {
    expect(placesOf('Kai Chan, a buyer, said prices were still too high.')).not.toContain('Kai Tak');
  });
});

describe('faults, arenas and Turkish streets end place names', () => {
  it('"X Fault", "X Coliseum", "X Caddesi" are places', () => {
    const places = placesOf(
      'The quake struck on the East Anatolian Fault, and rescuers dug through rubble on Atatürk Caddesi.',
      'The Cyclones play at Hilton Coliseum on Saturday.',
    );
    expect(places).toEqual(expect.arrayContaining(['East Anatolian Fault', 'Atatürk Caddesi', 'Hilton Coliseum']));
  });
  it('control: a lower-case "fault" is no place', () => {
    expect(placesOf('Officials said the collapse was not the builders\u2019 fault.')).toEqual([]);
  });
});
