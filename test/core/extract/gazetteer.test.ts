import { describe, expect, it } from 'vitest';
import { classifyName, demonymCountry, lookupName, normalizeName } from '../../../src/core/extract/gazetteer.ts';

describe('classifyName: the shipped lists', () => {
  it.each([
    ['Hamas', 'organization'],
    ['the UN Security Council', 'organization'],
    ['NATO', 'organization'],
    ['CIA', 'organization'],
    ['Reuters', 'organization'],
    ['The New York Times', 'organization'],
    ['Emirates', 'organization'],
    ['Gaza', 'place'],
    ['the West Bank', 'place'],
    ['Tel Aviv', 'place'],
    ['Capitol Hill', 'place'],
    ['Java Sea', 'place'],
    ['Atlantic', 'place'],
    ['Indian ocean', 'place'],
    ['South Carolina', 'place'],
    ['Nairobi', 'place'],
    ['United States', 'place'],
    ['U.S.', 'place'],
  ] as const)('%s is a %s', (name, cls) => {
    expect(classifyName(name)).toBe(cls);
  });

  it('ignores accents', () => {
    expect(classifyName('Ōsaka')).toBe('place');
    expect(classifyName('Zurich')).toBe('place');
    expect(classifyName('Nestle')).toBe('organization');
  });

  it('ignores a trailing possessive and curly apostrophes', () => {
    expect(classifyName('Tel Aviv’s')).toBe('place');
    expect(classifyName("Hamas's")).toBe('organization');
  });
});

describe('classifyName: name patterns for names no list holds', () => {
  it.each([
    'Harlow County Council',
    'Ministry of Water Resources',
    'Kenyan Health Ministry',
    'Northfield University',
    'University of Lagos',
    'Acme Widgets Inc.',
    'Brightwater Holdings Ltd',
    'Altamira Devices plc',
    'Elbe Logistik GmbH',
    'Sahel Relief Foundation',
    'Riverside Tenants Association',
    'Springfield Police Department',
    'Centre for Coastal Studies',
    'Palmetto Health',
    'the Biden administration',
    'Israeli government',
    'The Lagos Post',
    'US Department of Justice',
    'UK Ministry of Defence',
  ])('%s is an organization', (name) => {
    expect(classifyName(name)).toBe('organization');
  });

  it.each([
    'Juanda International Airport',
    'Elm Street',
    'Harlow County',
    'Kaduna State',
    'Fukushima Prefecture',
    'Mount Kenya',
    'Lake Naivasha',
    'Tana River',
    'Makasser Strait',
    'Mentawai Islands',
    'Route 9',
    'Plaza de Castilla',
  ])('%s is a place', (name) => {
    expect(classifyName(name)).toBe('place');
  });

  it.each(['Antony Blinken', 'Secretary of State', 'Prime Minister', 'Japanese Grand Prix', 'Silver Star', 'Monday', 'Israeli', 'The', ''])(
    '%j is neither',
    (name) => {
      expect(classifyName(name)).toBeNull();
    },
  );
});

describe('demonyms', () => {
  it('map to their country and are not places themselves', () => {
    expect(demonymCountry('Israeli')).toBe('Israel');
    expect(demonymCountry('Filipino')).toBe('Philippines');
    expect(demonymCountry('Britons')).toBe('United Kingdom');
    expect(lookupName('Israeli')).toBeNull();
    expect(classifyName('Australian')).toBeNull();
  });
});

describe('name shapes of places and bodies outside the big lists', () => {
  it.each(['River Nidd', 'River Liffey', 'Lough Corrib', 'Wheatsheaf Inn', 'Mill Row', 'Malham Tarn', 'Yorkshire Dales', 'Recreation Ground', 'Kew Gardens', 'Borough Market', 'Wakulima Market', "St Mary's Cathedral", "St Cuthbert's Church", 'Saint Peter Abbey'])(
    '%j is a place',
    (name) => {
      expect(classifyName(name)).toBe('place');
    },
  );

  it.each(['Singapore Civil Defence Force', 'Border Force', 'Persimmon Homes', 'Kopalnia Soli Głogów S.A.', 'Ansaldo Energia S.p.A.', 'FC Twente', 'AC Milan', 'SV Werder Bremen', 'Kidney Patients Alliance Europe', 'Rainforest Foundation Norway', 'Catholic Church'])(
    '%j is an organization',
    (name) => {
      expect(classifyName(name)).toBe('organization');
    },
  );

  it.each(['Single Market', 'Common Market', 'Stock Market'])('%j (an economic market) is neither', (name) => {
    expect(classifyName(name)).toBeNull();
  });
});

describe('classifyName: schools, cartels, firms and qualified body heads', () => {
  it('school forms, cartels and investment firms are organizations', () => {
    for (const name of ['Lakeview Public Schools', 'Hawley Elementary', 'Birch Lane Montessori', 'Sinaloa Cartel', 'Orwell Macroeconomics', 'Tarn Capital Management', 'Executive Secretariat of the National Water Council', 'Federal Ministry of Transport']) {
      expect(classifyName(name)).toBe('organization');
    }
  });
  it('controls: a place stays a place, a title is not a body', () => {
    expect(classifyName('Lake Placid')).toBe('place');
    expect(classifyName('Deputy Secretary of State')).toBeNull();
  });
});

describe('normalizeName plain-ASCII shortcut', () => {
  it('gives what the full normalization gives, on spans the shortcut takes and on those it leaves', () => {
    const full = (span: string): string =>
      span.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/\s+/g, ' ').trim()
        .replace(/'s?$/i, '').replace(/^the /i, '').toLowerCase();
    const spans = ['Bank of England', 'U.S. Army', 'AT&T', 'Winston-Salem', 'The Hague', 'THE Times', 'the', 'Theo Walcott',
      'Zürich', "Macy's", 'Macy’s', '  Lake  Chad ', 'Apple Inc.', 'M6', 'Rhone\u0301', 'Lee`s', 'x s', ''];
    for (const s of spans) expect(normalizeName(s)).toBe(full(s));
  });
});

describe('classifyName: foreign-language bodies, geological features, streets and constituencies', () => {
  it.each([
    ['Instituto Nacional de Estadística', 'organization'],
    ['Banco Popular', 'organization'],
    ['Universidad de Chile', 'organization'],
    ['Institut Curie', 'organization'],
    ['Institut Mérieux', 'organization'],
    ['Les Films Pelléas', 'organization'],
    ['Les Productions Lazennec', 'organization'],
    ['Northbridge Media Finance', 'organization'],
    ['Kermadec Trough', 'place'],
    ['Hikurangi Volcanic Zone', 'place'],
    ['Albert Rift', 'place'],
    ['Narromine Shire', 'place'],
    ['Marsiling GRC', 'place'],
    ['Avenida Paulista', 'place'],
    ['Calle de Alcalá', 'place'],
    ['Palais Bourbon', 'place'],
    ['Palacio de Oriente', 'place'],
    ['Fifth Military Zone', 'organization'],
  ])('%s -> %s', (name, cls) => {
    expect(classifyName(name)).toBe(cls);
  });

  it('controls: a lone kind word, or a person named like one, is not a name of its kind', () => {
    expect(classifyName('Les Misérables')).toBeNull();
    expect(classifyName('Banco')).toBeNull();
    expect(classifyName('Carlos Calle')).toBeNull();
    expect(classifyName('Santiam Ridge')).toBeNull();
  });
});

describe('lookupName: landmarks, regions and towns from general knowledge', () => {
  it.each([
    ['Berlaymont', 'place'],
    ['Casa Rosada', 'place'],
    ['Riverina', 'place'],
    ['Wagga Wagga', 'place'],
    ['Ang Mo Kio', 'place'],
    ['NSW', 'place'],
    ['Sundance', 'organization'],
    ['Opta', 'organization'],
    ['The Athletic', 'organization'],
    ['Alternative for Germany', 'organization'],
  ])('%s -> %s', (name, cls) => {
    expect(lookupName(name)).toBe(cls);
  });
});

describe('classifyName: banks, advisers, rugby sides, Philippine and Malaysian bodies', () => {
  it.each([
    ['Rabobank', 'organization'],
    ['Mizuho', 'organization'],
    ['Banco do Brasil', 'organization'],
    ['Rothschild & Co', 'organization'],
    ['Lazard', 'organization'],
    ['Springboks', 'organization'],
    ['Pagasa', 'organization'],
    ['Malacañang', 'organization'],
    ['Bursa Malaysia', 'organization'],
    // "Berhad" is the Malaysian "Limited"; "Collaborative" a body of several schools.
    ['Sinar Timur Holdings Berhad', 'organization'],
    ['Riverside Schools Collaborative', 'organization'],
    // A courts complex is the building the courts sit in.
    ['Johor Bahru Courts Complex', 'place'],
  ])('%s is %s', (name, cls) => {
    expect(classifyName(name)).toBe(cls);
  });

  it('controls: Irish provinces and a Turkish city stay places, a complex alone is nothing', () => {
    expect(classifyName('Munster')).toBe('place');
    expect(classifyName('Bursa')).toBe('place');
    expect(classifyName('Housing Complex')).not.toBe('place');
  });
});
