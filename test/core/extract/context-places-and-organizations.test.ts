import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const orgsOf = (...paragraphs: string[]): string[] => extractArticle(['Headline', ...paragraphs].join('\n')).organizations.map((o) => o.name);
const placesOf = (...paragraphs: string[]): string[] => extractArticle(['Headline', ...paragraphs].join('\n')).places.map((p) => p.name);

describe('organizations by pattern', () => {
  it('company forms, exchanges, museums and colleges named with their city (business, wire, science)', () => {
    const orgs = orgsOf(
      'PT Sawit Makmur Agro, a unit of Makmur Holdings Tbk, was fined on Monday. Shares of Sinar Mas Agro fell on the Indonesia Stock Exchange.',
      'The British Museum lent artefacts. Researchers at Trinity College Dublin and Imperial College London took part.',
      'Brent Chemicals Ltd, Harwell Energy plc, Vossberg GmbH and Carrefour SA were named in the filing.',
    );
    for (const name of ['PT Sawit Makmur Agro', 'Makmur Holdings Tbk', 'Sinar Mas Agro', 'Indonesia Stock Exchange', 'British Museum', 'Trinity College Dublin', 'Imperial College London', 'Brent Chemicals Ltd', 'Harwell Energy plc', 'Vossberg GmbH', 'Carrefour SA']) {
      expect(orgs).toContain(name);
    }
  });

  it('campaign groups and bodies named like a place that speak (British local)', () => {
    const article = extractArticle('Headline\nNatural England warned that the site was fragile. The Save Elston Fields group has collected 4,000 signatures.');
    expect(article.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Natural England', 'Save Elston Fields']));
    expect(article.places.map((p) => p.name)).not.toContain('England');
  });

  it('"researchers at Glasgow" is the university, not the city; the city elsewhere stays a place', () => {
    expect(orgsOf('Researchers at Glasgow studied the dust.')).toContain('Glasgow');
    expect(placesOf('Researchers at Glasgow studied the dust.')).not.toContain('Glasgow');
    expect(placesOf('Flooding closed roads in Glasgow on Monday.')).toContain('Glasgow');
  });

  it('controls: "Reporting by" lines, a GP and a bare Committee are not organizations', () => {
    const orgs = orgsOf('Your GP can refer you. The Committee will meet again.', 'Reporting by Jane Doe; Editing by Tom Roe');
    expect(orgs).toEqual([]);
  });
});

describe('places by pattern and small data', () => {
  it('counties, London districts, compass provinces, roads, villages, venues (British local, wire)', () => {
    const places = placesOf(
      'PRESTON, Lancashire — The quarry near Longridge will expand. Lorries will use the A59 and leave the M6 at junction 32.',
      'The meeting at County Hall ran late. Residents of Grimsargh, a village near Preston, objected. The Whittle Quarry site borders the reservoir.',
      'Campaigners in Camden and Hackney were watching. Flooding hit Central Sulawesi, West Java and North Rhine-Westphalia.',
      'Traffic on Interstate 35 in Kansas City, Kan., was also delayed. The Town Hall and Fulwood Towers will be restored.',
    );
    for (const name of ['Preston', 'Lancashire', 'Longridge', 'A59', 'M6', 'County Hall', 'Grimsargh', 'Whittle Quarry', 'Camden', 'Hackney', 'Central Sulawesi', 'West Java', 'North Rhine-Westphalia', 'Interstate 35', 'Kansas City', 'Town Hall', 'Fulwood Towers']) {
      expect(places).toContain(name);
    }
    expect(places).not.toContain('Kan.');
  });

  it('controls: a surname is not a place; "Hall" alone is a surname; a dateline state abbreviation stays', () => {
    const places = placesOf('LONDON — Actor Donald Sutherland was honoured. Sutherland said he was moved. Rob Kent agreed. Kent said it was overdue. Jerry Hall attended.');
    expect(places).toEqual(['London']);
    expect(placesOf('SANTA FE, N.M. — Lawmakers met on Wednesday.')).toEqual(['Santa Fe', 'N.M.']);
    expect(placesOf('Gales hit Caithness and Sutherland overnight.')).toEqual(['Caithness', 'Sutherland']);
  });
});

describe('a body named like a place that speaks', () => {
  it('is an organization speaker and not a person', () => {
    const article = extractArticle('Headline\nNatural England said the research was “hugely encouraging” for the moor.');
    expect(article.people.map((p) => p.name)).not.toContain('Natural England');
    expect(article.quotes[0]).toMatchObject({ speaker: 'Natural England', speakerType: 'organization', kind: 'partial' });
  });

  it('control: a person named like a place word stays a person', () => {
    const article = extractArticle('Headline\n“We will appeal,” said Jordan Henderson, the captain.');
    expect(article.people.map((p) => p.name)).toEqual(['Jordan Henderson']);
  });
});

describe('more context rules', () => {
  it('a name joined to a place by "and" is a place; a US road is not also the country (local, wire)', () => {
    const places = placesOf('Roofs were torn off in Tucumcari and Grimsby overnight. Volunteers from Bampton and Shap helped.', 'Travellers on US 287 were stranded.');
    expect(places).toEqual(expect.arrayContaining(['Tucumcari', 'Grimsby', 'Bampton', 'Shap', 'US 287']));
    expect(places).not.toContain('US');
  });

  it('controls: a demonym or a person after "and" is not a place', () => {
    const places = placesOf('Burns will meet Israeli, Qatar and Egyptian counterparts in Doha and Cairo.', 'Mayor Ruth Lane visited Leeds and Lane spoke to crews.');
    expect(places).not.toContain('Egyptian');
    expect(places).not.toContain('Lane');
  });

  it('the short form of a company is merged into its full name', () => {
    const orgs = orgsOf('Abyssal Metals Corp. applied for a licence. Abyssal Metals said it had followed every rule.');
    expect(orgs).toEqual(['Abyssal Metals Corp.']);
  });

  it('a settlement by apposition, and controls: a town councillor, a community nurse, "near Christmas"', () => {
    const places = placesOf('Ann Smith, a town councillor, objected. Prices rose near Christmas. Tom Bell, a community nurse, agreed. Kelso, a market town in the Borders, flooded.');
    expect(places).toContain('Kelso');
    for (const name of ['Ann Smith', 'Smith', 'Christmas', 'Tom Bell', 'Bell']) expect(places).not.toContain(name);
  });

  it('controls: aircraft, weapons and masks that look like road numbers are not places', () => {
    expect(placesOf('The A380 superjumbo landed. Traffic on the A59 was slow. She wore the N95 mask. The M4 carbine jammed.')).toEqual(['A59']);
  });
});

describe('a quoted document title names no body (QUOTED_TITLE)', () => {
  it('"titled “A Brighter Foundation,”" and "entitled “Northern Trust Review”" are titles', () => {
    const orgs = orgsOf(
      'The plan, titled “A Brighter Foundation,” forecasts a smaller deficit.',
      'A report entitled "Greenhill Development Agency Review" was released by the Halvard Institute on Monday.',
    );
    expect(orgs).not.toContain('Brighter Foundation');
    expect(orgs).not.toContain('Greenhill Development Agency');
    expect(orgs).toContain('Halvard Institute');
  });

  it('the same name outside a title stays a body (control)', () => {
    const orgs = orgsOf('The report, titled "Greenhill Development Agency Review", was critical. The Greenhill Development Agency said it would respond.');
    expect(orgs).toContain('Greenhill Development Agency');
  });
});
