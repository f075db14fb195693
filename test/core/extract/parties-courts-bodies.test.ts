import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { classifyName } from '../../../src/core/extract/gazetteer.ts';

const found = (...paragraphs: string[]) => {
  const a = extractArticle(['Headline', ...paragraphs].join('\n'));
  return { orgs: a.organizations.map((o) => o.name), places: a.places.map((p) => p.name) };
};

describe('parties named by one word, in a politics story', () => {
  it('Labor, the Coalition, the Greens, the Nationals are organizations', () => {
    const { orgs } = found(
      'Labor held the seat on preferences, while the Coalition lost two votes to the Greens.',
      "The Nationals' leader said voters in the bush had been ignored.",
    );
    expect(orgs).toEqual(expect.arrayContaining(['Labor', 'Coalition', 'Greens', 'Nationals']));
  });

  it('controls: no politics, or another name after the word', () => {
    expect(found('The Greens at the golf club were fast, and the Coalition for Clean Air met on Labor Day.').orgs).toEqual([]);
    expect(found('Voters queued at the polls after Labor Day.').orgs).not.toContain('Labor');
  });
});

describe('courts, French bodies and company forms', () => {
  it.each([
    ['U.S. Court of Appeals for the Ninth Circuit', 'organization'],
    ['the D.C. Circuit', 'organization'],
    ['the Federal Circuit', 'organization'],
    ['Silverstone Circuit', 'place'],
    ['Circuit of the Americas', 'place'],
    ['Association Les Amis du Vercors', 'organization'],
    ['Confédération Paysanne', 'organization'],
    ['Fédération des Alpes', 'organization'],
    ['Dupont Frères SARL', 'organization'],
    ['Alpine Solutions SAS', 'organization'],
  ] as const)('%s is a %s', (name, cls) => {
    expect(classifyName(name)).toBe(cls);
  });

  it("a body's unit after its possessive is the body and the unit ('the FTC's Bureau of Competition')", () => {
    const { orgs } = found("The FTC's Bureau of Competition opened a review, and NASA's Office of Inspector General agreed.");
    expect(orgs).toEqual(expect.arrayContaining(['FTC', 'Bureau of Competition', 'NASA', 'Office of Inspector General']));
    expect(orgs.some((o) => /['’]s /u.test(o))).toBe(false);
  });

  it("control: a country's possessive stays a place before a ministry", () => {
    const { orgs, places } = found("Britain's Ministry of Defence said the Bureau of Land Management had not replied.");
    expect(orgs).toEqual(expect.arrayContaining(['Ministry of Defence', 'Bureau of Land Management']));
    expect(places).toContain('Britain');
  });

  it("French public bodies with a lower-case tail, and a prefecture, are organizations", () => {
    const { orgs } = found('Farmers marched to the préfecture de la Drôme, and the Agence nationale de santé and the Office français de la faune replied.');
    expect(orgs).toEqual(expect.arrayContaining(['préfecture de la Drôme', 'Agence nationale de santé', 'Office français de la faune']));
  });

  it('control: lower-case English "national office" is no name', () => {
    expect(found('The national office of the union said the general strike would go ahead.').orgs).toEqual([]);
  });
});
