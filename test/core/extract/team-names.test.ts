import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const of = (...paragraphs: string[]): { orgs: string[]; places: string[] } => {
  const a = extractArticle(['Headline', ...paragraphs].join('\n'));
  return { orgs: a.organizations.map((o) => o.name), places: a.places.map((p) => p.name) };
};

describe('teams in match reports', () => {
  it('college teams "X State" and plural nicknames doing what teams do (US college football)', () => {
    const { orgs, places } = of(
      'PITTSBURG, Kan. (AP) — Pittsburg State beat Northwest Missouri State 31-24 on Saturday. The Gorillas led 21-10 at halftime before the Bearcats rallied in the fourth quarter.',
      'Elsewhere, Kansas State lost to Iowa State 20-17 in overtime.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Pittsburg State', 'Northwest Missouri State', 'Kansas State', 'Iowa State', 'Gorillas', 'Bearcats']));
    expect(places).toContain('Pittsburg');
    expect(places).not.toContain('Iowa State');
  });

  it('club name forms and a club in a transfer (soccer)', () => {
    const { orgs, places } = of('Sporting KC drew 1-1 with Houston Dynamo on Saturday. Midfielder Lars de Wit, who joined from Feyenoord in the summer, scored the opener in the first half; the goals came after a penalty.');
    expect(orgs).toEqual(expect.arrayContaining(['Sporting KC', 'Houston Dynamo', 'Feyenoord']));
    expect(places).not.toContain('Feyenoord');
  });

  it('controls: outside a match report "the Democrats" and "New York State" are not teams; "moved to England" is a place', () => {
    expect(of('The Democrats won the vote 51-49 this season. The appeal was heard in New York State.').orgs).not.toContain('Democrats');
    expect(of('The Democrats won the vote 51-49 this season. The appeal was heard in New York State.').places).toContain('New York State');
    expect(of('Lee, 24, who moved to England from South Korea, scored twice in a 3-1 win; the goals came in the second half.').places).toContain('England');
  });

  it('a club named alone by what only a club does: a result against an opponent (European football)', () => {
    const { orgs } = of('PSV beat Ajax 2-1 on Sunday. Feyenoord, who drew with Twente, are third; Arsenal lost to Brentford after a late penalty.');
    expect(orgs).toEqual(expect.arrayContaining(['Ajax', 'Feyenoord', 'Twente', 'Arsenal', 'Brentford']));
  });

  it('controls: players who beat players are people; a city that loses stays the city team rule’s; no match report, no clubs', () => {
    const tennis = extractArticle('Headline\nCarlos Alcaraz beat Jannik Sinner 6-4, 6-3 in the final. Alcaraz lost to Sinner last season.');
    expect(tennis.organizations.map((o) => o.name)).toEqual([]);
    expect(of('Labour beat Reform in the by-election, and Greens lost to Independents.').orgs).not.toContain('Reform');
  });
});

describe('teams by what British reports make them do, and national sides', () => {
  it('British plural verbs ("Bath host Gloucester", "Northampton travel to") and "X head coach" make clubs (rugby)', () => {
    const { orgs, places } = of(
      'Northampton came from 17 points down to beat Bath 31-24 on Saturday; they trailed at half-time.',
      'Bath head coach Pieter Marais was unhappy. Northampton travel to Exeter next week, while Bath host Gloucester at the Recreation Ground.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Northampton', 'Bath', 'Gloucester']));
    expect(places).toContain('Recreation Ground');
    expect(places).not.toContain('Gloucester');
  });

  it('"Ireland flanker", "England lock": a national side, neither a place nor an article organization; "a Ghana international" stays the place', () => {
    const { orgs, places } = of(
      'Leinster beat Munster 20-13 in the league on Friday, with tries from Ireland flanker Conor Byrne and England lock Tom Hale; the penalty came late.',
      'The Ghana international Kofi Mensah also played.',
    );
    expect(places).not.toContain('Ireland');
    expect(places).not.toContain('England');
    expect(orgs).not.toContain('Ireland');
    expect(places).toContain('Ghana');
  });

  it('control: outside a match report a city before "manager" stays a place', () => {
    expect(of('Bath manager of the year awards were held in Bath on Friday.').places).toContain('Bath');
  });
});

describe('football clubs named like their town (round 4)', () => {
  const report = (...paragraphs: string[]) => extractArticle(['Late goal lifts Rovers', 'Bristol won 2-1 on Saturday after a penalty in the second half.', ...paragraphs].join('\n'));
  it('"X City" in a match report, a pair of former clubs, the table, a club that had led', () => {
    const a = report(
      'Leeds beat ten-man Bradford City at the weekend.',
      'Okafor, a former Sunderland and Dundee defender, scored the winner.',
      'Bristol stay third, two clear of Wigan, while Stockport drop to 12th. Oldham had led through an early header.',
    );
    const orgs = a.organizations.map((o) => o.name);
    for (const name of ['Bradford City', 'Sunderland', 'Dundee', 'Wigan', 'Stockport', 'Oldham']) expect(orgs).toContain(name);
    expect(a.places.map((p) => p.name)).not.toContain('Bradford City');
  });
  it('controls: outside a match report a city stays a place; "Mexico City" is listed', () => {
    const news = extractArticle('Council votes\nThe council in Bradford met on Monday. Flights to Mexico City resumed and rents in Wigan rose.');
    expect(news.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Bradford', 'Mexico City', 'Wigan']));
    expect(report('Fans flew to Mexico City for the friendly.').places.map((p) => p.name)).toContain('Mexico City');
  });
});

describe('a team by its record, tally and yard line', () => {
  it('"Detroit (7-4) lost", "Detroit\'s four sacks", "the Detroit 33"; control: a dateline city', () => {
    const a = extractArticle(['Headline', 'TOLEDO, Ohio -- Toledo won 27-24 in overtime. Denver (7-4) lost for the second time. He had two of Denver\'s four sacks. The pass put them at the Denver 33.'].join('\n'));
    expect(a.places.map((p) => p.name)).not.toContain('Denver');
    expect(a.organizations.map((o) => o.name)).toContain('Denver');
  });
});

describe('a nickname after the full team name', () => {
  it('"the Packers" after "the Green Bay Packers" is that team; control: a nickname with no full name', () => {
    const a = extractArticle(['Headline', 'The Green Bay Packers beat the Detroit Lions 27-24 in overtime. The Packers won again, and the Gorillas won 21-10.'].join('\n'));
    const orgs = a.organizations.map((o) => o.name);
    expect(orgs).toContain('Green Bay Packers');
    expect(orgs).not.toContain('Packers');
    expect(orgs).toContain('Gorillas');
  });
});

describe('grounds stay places in match reports', () => {
  it('"travel to Villa Park" is a ground, not a team', () => {
    const r = of('Brentford beat Fulham 3-1 on Saturday with a late goal.', 'Brentford travel to Villa Park next week, then host Fulham at Griffin Park.');
    expect(r.places).toContain('Villa Park');
    expect(r.orgs).not.toContain('Villa Park');
  });

  it('control: a town after "travel to" in a match report is still the team', () => {
    const r = of('Brentford beat Fulham 3-1 on Saturday with a late goal.', 'Brentford travel to Leeds next week.');
    expect(r.orgs).toContain('Leeds');
  });
});

describe('college teams named by their school (rank, standing, transfer, road trip)', () => {
  const report = (...more: string[]) => of(
    'TUCSON, Ariz. (AP) — Dana Whitlock scored 22 points and Oregon State beat Utah State 81-74 on Saturday.',
    'The Beavers (18-9) moved within a game of first-place Memphis in the conference standings.',
    'Whitlock, a junior transfer from Dayton, hit four free throws in overtime.',
    'Utah State faces a road trip to BYU and Tulsa next week.',
    ...more,
  );

  it('ranked, first-place, transferred-from and road-trip schools are teams; the dateline city stays a place', () => {
    const { orgs, places } = report('Oregon State: At No. 4 Memphis on Wednesday.', '"Memphis is Memphis," Whitlock said.');
    expect(orgs).toEqual(expect.arrayContaining(['Memphis', 'Dayton', 'Tulsa']));
    expect(places).not.toContain('Memphis');
    expect(places).not.toContain('Tulsa');
    expect(places).toContain('Tucson');
  });

  it('a place cue keeps the city a place (control)', () => {
    const { places } = report('Whitlock grew up in Memphis and moved to Tulsa at 12.');
    expect(places).toEqual(expect.arrayContaining(['Memphis', 'Tulsa']));
  });

  it('outside a match report, "a transfer from" and "first-place" name no team (control)', () => {
    const a = extractArticle(['Headline', 'The clerk, a recent transfer from Dayton, said the first-place Memphis office was busy.'].join('\n'));
    expect(a.organizations.map((o) => o.name)).not.toContain('Dayton');
  });
});
