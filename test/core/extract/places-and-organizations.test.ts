import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const namesOf = (...paragraphs: string[]): { orgs: string[]; places: string[] } => {
  const a = extractArticle(['Headline', ...paragraphs].join('\n'));
  return { orgs: a.organizations.map((o) => o.name), places: a.places.map((p) => p.name) };
};

describe('datelines and country prefixes', () => {
  it('an all-caps dateline place is written in title case, one place with the same name later', () => {
    expect(namesOf('LONDON, March 3 (Reuters) - British inflation rose in February.').places).toEqual(['London']);
    expect(namesOf('SAN ANTONIO (AP) — Turnout was low. Ramos spoke at a union hall in San Antonio.').places).toEqual(['San Antonio']);
    expect(namesOf('NAIROBI, Kenya (AP) — Floods have killed 40 people, officials said.').places).toEqual(['Nairobi', 'Kenya']);
  });

  it('abbreviations in capitals stay as written', () => {
    expect(namesOf('The UK and the U.S. signed the deal in Washington, D.C., on Monday.').places).toEqual(expect.arrayContaining(['UK', 'U.S.']));
  });

  it('"the U.S. House" names the country too', () => {
    const { orgs, places } = namesOf('The win trims the party\'s narrow majority in the U.S. House.');
    expect(orgs).toContain('U.S. House');
    expect(places).toContain('U.S.');
  });
});

describe('party members are not organizations', () => {
  it('wire and British politics: Democrats, Republicans, Tories are people; parties and groups stay', () => {
    const { orgs } = namesOf(
      'Democrats and Republicans in Congress agreed on a bill on Tuesday.',
      'Polls show the Tories trailing, and the Labour Party said it would vote against the budget.',
      'Al-Shabaab claimed the attack, Al Jazeera reported.',
    );
    expect(orgs).not.toEqual(expect.arrayContaining(['Democrats']));
    expect(orgs.filter((o) => ['Democrats', 'Republicans', 'Tories'].includes(o))).toEqual([]);
    expect(orgs).toEqual(expect.arrayContaining(['Congress', 'Labour Party', 'Al-Shabaab', 'Al Jazeera']));
  });
});

describe('sports teams named by their city', () => {
  it('NBA wire: the city that beats, trails or is beaten is a team; the dateline is a place', () => {
    const { orgs, places } = namesOf(
      'DENVER (AP) — Nikola Jokic had 30 points as Denver beat Boston 110-102 on Saturday night.',
      'Boston trailed by 12 at halftime. Phoenix won its third straight game.',
    );
    expect(places).toEqual(['Denver']);
    expect(orgs).toEqual(expect.arrayContaining(['Denver', 'Boston', 'Phoenix']));
  });

  it('the team named in full absorbs its city; "the Oklahoma City Thunder" is one organization', () => {
    const { orgs, places } = namesOf(
      'OKLAHOMA CITY (AP) — The Oklahoma City Thunder rallied to beat the Boston Celtics 121-116 in overtime.',
      'Boston led 94-77 in the fourth quarter before Oklahoma City closed on a 29-12 run.',
      'Fans at Paycom Center stayed to the end.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Oklahoma City Thunder', 'Boston Celtics']));
    expect(orgs).not.toContain('Boston');
    expect(places).toEqual(['Oklahoma City', 'Paycom Center']);
  });

  it('football, British style: cities stay places outside a match report', () => {
    const { places } = namesOf('Manchester and Leeds led the country in new homes built last year, the report said.');
    expect(places).toEqual(['Manchester', 'Leeds']);
  });

  it('a business story with figures is not a match report', () => {
    const { places } = namesOf('Shares in Boston rose 3-4% on Friday. Boston led the market as the company reported a record quarter.');
    expect(places).toContain('Boston');
  });
});

describe('names with a possessive inside', () => {
  it('"St Cuthbert\'s Church", "Franklin\'s Gardens" are whole places, "St Mary\'s Hospital" an organization; "Russia\'s Defense Ministry" keeps Russia', async () => {
    const { extractArticle } = await import('../../../src/core/extract/index.ts');
    const a = extractArticle(['Headline', 'Mourners met near St Cuthbert’s Church and walked to Franklin’s Gardens, then to St Mary’s Hospital.', "Russia's Defense Ministry said the drills ended."].join('\n'));
    const places = a.places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['St Cuthbert’s Church', 'Franklin’s Gardens', 'Russia']));
    expect(places).not.toContain('St Cuthbert');
    expect(a.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['St Mary’s Hospital', 'Defense Ministry']));
  });
});

describe('movement members, based firms, clipped countries, known-as names', () => {
  const article = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));
  it('a movement\'s plural folds into the movement', () => {
    const orgs = article('The Zarqa movement agreed to the swap. The Zarqas seized the port in 2014.').organizations.map((o) => o.name);
    expect(orgs).not.toContain('Zarqas');
  });
  it('"X-based" is not part of a firm\'s name', () => {
    const orgs = article('Ana Lima, a portfolio manager at Porto Alegre-based Tavira Capital, said the cut was early.').organizations.map((o) => o.name);
    expect(orgs).toContain('Tavira Capital');
    expect(orgs.some((o) => o.includes('-based'))).toBe(false);
  });
  it('a clipped country name used as an adjective is no place; used as a name it is', () => {
    expect(article('They freed 20 Saudi and Omani nationals in a test of Saudi intentions.').places.map((p) => p.name)).not.toContain('Saudi');
    expect(article('He lives in Saudi and works there.').places.map((p) => p.name)).toContain('Saudi');
  });
  it('a body\'s short name after "known as"; control: a pet known as Biscuit', () => {
    const orgs = article('The central bank, known as Corvex, cut rates. Her dog, known as Biscuit, barked.').organizations.map((o) => o.name);
    expect(orgs).toContain('Corvex');
    expect(orgs).not.toContain('Biscuit');
  });
  it('a dateline state cut off as its own sentence; parties and time zones', () => {
    const a = article('MILLBROOK, Wis. -- The vote was held at 10 a.m. IST on Monday, and the DMK and Scottish Labour objected. Mr Rao of the AIADMK left.');
    expect(a.places.map((p) => p.name)).toContain('Wis.');
    const orgs = a.organizations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['DMK', 'Scottish Labour', 'AIADMK']));
    expect(orgs).not.toContain('IST');
  });
  it('basins, bayous, divisions; a listed Center cited "according to" stays a body', () => {
    const a = article('The storm stalled over the Tensas Basin and Bayou Cane, according to the National Hurricane Center. The win put them atop the AFC West.');
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Tensas Basin', 'Bayou Cane']));
    expect(a.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['National Hurricane Center', 'AFC West']));
    expect(a.places.map((p) => p.name)).not.toContain('National Hurricane Center');
  });
});

describe('a chemical acronym is not an organization', () => {
  it('PFAS and PCBs are substances; a defined acronym still names its body', () => {
    const a = extractArticle('Headline\nThe ban would cover PFAS and PCB compounds in consumer goods, the Environment Agency (EA) said. The EA said PFOA was found in the river.');
    const orgs = a.organizations.map((o) => o.name);
    expect(orgs).not.toContain('PFAS');
    expect(orgs).not.toContain('PCB');
    expect(orgs).not.toContain('PFOA');
    expect(orgs).toContain('Environment Agency');
  });
});

describe('a members\' plural placed in a parliament is the party (houseParties)', () => {
  it('"the minority Liberals", "the governing Conservatives" are parties', () => {
    const { orgs } = namesOf(
      'The budget passed its first reading after the minority Liberals won support from two independents.',
      'Critics said the governing Conservatives in Alberta had promised the same money twice.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Liberals', 'Conservatives']));
  });

  it('members counted or named without such a word stay people (control)', () => {
    const { orgs } = namesOf('The bill passed 22-18, with five Republicans joining all 13 Democrats. Among the Republicans voting no was Sen. Ada Kiel.');
    expect(orgs).not.toContain('Republicans');
    expect(orgs).not.toContain('Democrats');
  });
});
