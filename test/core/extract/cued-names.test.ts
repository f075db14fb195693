import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const article = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));
const orgsOf = (...paragraphs: string[]): string[] => article(...paragraphs).organizations.map((o) => o.name);
const placesOf = (...paragraphs: string[]): string[] => article(...paragraphs).places.map((p) => p.name);

describe('firms named by who works there or how their shares moved', () => {
  it('analysts, economists and strategists at a firm (business wire, British, US)', () => {
    const orgs = orgsOf(
      '"Rates will fall," said Mara Quint, chief euro area economist at Lindqvist Partners.',
      'Analysts at Okonkwo Brothers expect a cut. Tom Reyes, a rates strategist at Halvard & Lowe Securities in Chicago, disagreed.',
      'Economists at Brevik said the data were noisy.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Lindqvist Partners', 'Okonkwo Brothers', 'Halvard & Lowe Securities', 'Brevik']));
  });

  it('companies whose shares moved, two at once', () => {
    const orgs = orgsOf('Miners led the index higher, with Ardvale and Corrin Metals both gaining more than 4 per cent. Shares in Tallisker fell 2.5% on Friday.');
    expect(orgs).toEqual(expect.arrayContaining(['Ardvale', 'Corrin Metals', 'Tallisker']));
  });

  it('controls: commodities, indices, places and people are not firms', () => {
    const a = article('Gold rose 2% on Tuesday and the Nikkei fell 1.2 per cent. Researchers at Kyoto University said so. Economists at the Bank of Korea disagreed, said Lena Marsh.', 'Lena Marsh, an analyst at Tokyo, and analysts at Sydney noted it.');
    const orgs = a.organizations.map((o) => o.name);
    for (const name of ['Gold', 'Bank', 'Tokyo', 'Sydney', 'Lena Marsh']) expect(orgs).not.toContain(name);
  });
});

describe('streets and sides of a city', () => {
  it('US streets by shape, numbered or abbreviated (local news)', () => {
    const places = placesOf('Crews closed North 35th Street and West Capitol Drive on Monday. The hearing is at Lincoln Hall, 200 W. Center St.', 'Police blocked Oak Avenue near the South Side.');
    expect(places).toEqual(expect.arrayContaining(['North 35th Street', 'West Capitol Drive', 'W. Center St.', 'Oak Avenue', 'South Side']));
    expect(places).not.toContain('North');
  });

  it('controls: a street that starts a school name, a doctor\'s title', () => {
    const a = article('Pupils from Burleigh Street School joined Dr. Amal Osei at the rally.');
    expect(a.places.map((p) => p.name)).not.toContain('Burleigh Street');
  });
});

describe('what a name can never be', () => {
  it('no clause becomes a place: "the town of X in 2023", a company short form', () => {
    const a = article(
      'A silo exploded near the town of Farrow in 2023, and Grey Mesa Grain & Feed LLC was sued.',
      'Grey Mesa said it followed the law. Farrow said it would appeal.',
    );
    const places = a.places.map((p) => p.name);
    expect(places).toContain('Farrow');
    expect(places).not.toContain('Farrow in');
    expect(places).not.toContain('Grey Mesa');
    for (const name of [...places, ...a.organizations.map((o) => o.name)]) expect(name).not.toMatch(/\b(?:said|would|will)\b/u);
  });

  it('a court only inside a judge\'s title is not an organization; the court elsewhere is', () => {
    expect(orgsOf('The case went before Superior Court Judge Ana Ruiz.')).not.toContain('Superior Court');
  });
});

describe('natural features, palaces and the eurozone (science, wire, markets)', () => {
  it('ocean currents, trenches, palaces and the eurozone are places', () => {
    const places = placesOf('The warm Agulhas Current shifted south. Divers mapped the Kermadec Trench. The president spoke at the Ardent Palace.', 'Growth in the eurozone slowed.');
    expect(places).toEqual(expect.arrayContaining(['Agulhas Current', 'Kermadec Trench', 'Ardent Palace', 'eurozone']));
  });
  it('control: "current" in lower case is no feature', () => {
    expect(placesOf('The current Prime Minister spoke in Lyon.')).not.toContain('current Prime Minister');
  });
});

describe('an abbreviation inside a name is no sentence break (isClause)', () => {
  it('keeps "Ste." and "Mtn." places whole, in a list and after "to"', () => {
    const places = placesOf(
      'Workers in towns such as Brantford, Sault Ste. Marie, Ont., and Welland, Ont., will get wage subsidies.',
      'The minister then flew to Sault Ste. Marie on Tuesday.',
    );
    expect(places).toContain('Sault Ste. Marie');
  });

  it('still drops a span that runs over a real sentence end (control)', async () => {
    const { isClause } = await import('../../../src/core/extract/cued-names.ts');
    expect(isClause('Harlow Mills closed. Then Rennick Foods')).toBe(true);
    expect(isClause('Sault Ste. Marie')).toBe(false);
    expect(isClause('Smith Bros. Ltd')).toBe(false);
  });
});
