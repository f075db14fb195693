// Definite descriptions that refer back to the article's protagonist ("the veteran diplomat"), in
// short articles composed in several outlet styles; and the cases where no such reading is safe.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const people = (...paragraphs: string[]) =>
  extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => ({ name: p.name, roles: p.roles, mentions: p.mentions }));

describe('definite descriptions of the protagonist', () => {
  it('wire: "the veteran diplomat" after the foreign secretary was mentioned', () => {
    expect(people('Foreign Secretary Helen Marsh arrived in Nairobi on Monday.', 'Marsh met President William Ruto and discussed trade.', 'Marsh later visited a refugee camp near the border.', 'The visit was planned for months, officials said.', 'The veteran diplomat is expected to return to London on Friday.')[0]).toEqual(
      { name: 'Helen Marsh', roles: ['Foreign Secretary', 'veteran diplomat'], mentions: [0, 1, 2, 4] },
    );
  });

  it('sport: an age before the position', () => {
    expect(people('Striker Tomas Kral scored twice as Slavia beat Sparta 3-1.', 'Kral opened the scoring after 12 minutes.', 'Sparta equalised through a penalty, but Kral restored the lead before half-time.', 'The 31-year-old forward has now scored 18 goals this season.')[0]!.roles).toEqual(['Striker', '31-year-old forward']);
  });

  it('business: "the embattled executive"', () => {
    expect(people('Shares in Veltrix fell 9% after chief executive Mara Quinn cut the forecast.', 'Quinn said demand for chips had slowed.', 'Quinn told investors the company would cut 400 jobs.', 'The embattled executive faces a shareholder vote next month.')[0]!.roles).toEqual(['chief executive', 'embattled executive']);
  });

  it('science: a description as the object, with a lower-case modifier', () => {
    expect(people('Dr. Lena Voss has studied coral reefs for two decades.', 'Voss and her team counted colonies on 40 reefs off Queensland.', 'Voss found that heat-tolerant algae had spread.', 'The findings surprised the veteran marine biologist, who had expected further decline.')[0]!.roles).toEqual(['veteran marine biologist']);
  });

  it('local: "the longtime councillor"', () => {
    expect(people('Councillor Ray Dunne said the bridge would reopen in May.', 'Dunne blamed the contractor.', 'Dunne said residents had waited long enough.', 'The longtime councillor plans to stand again next year.')[0]!.roles).toEqual(['Councillor', 'longtime councillor']);
  });
});

describe('an occupation the lexicon lacks, and a preposed "As ROLE," before the description', () => {
  it('interview style: "As head of X, the 47-year-old hydrologist decides"', () => {
    expect(people('For a decade, Abena Owusu has slept in two-hour stretches.', 'Owusu trained as an engineer.', 'As head of the Volta Flood Warning Service, the 47-year-old hydrologist decides when to send the alert.', 'Owusu said the river was rising.')[0]).toEqual(
      { name: 'Abena Owusu', roles: ['head of the Volta Flood Warning Service', '47-year-old hydrologist'], mentions: [0, 1, 2, 3] },
    );
  });
});

describe('a nationality as the head of the description', () => {
  it('tennis: "the 37-year-old Serbian", and never a person named "Serbian"', () => {
    expect(people('Novak Djokovic reached the final on Friday. Djokovic said his knee felt fine. Djokovic has won 24 major titles.', 'The 37-year-old Serbian will face Jannik Sinner on Sunday.')[0]!.roles).toEqual(['37-year-old Serbian']);
    // The nationality contradicts the protagonist's: neither a role nor a person.
    expect(people('Spanish striker Alvaro Morata scored twice. Morata said the team played well. Morata now has 10 goals.', 'The veteran Serbian came off the bench late.')).toEqual([
      { name: 'Alvaro Morata', roles: ['Spanish striker'], mentions: [0, 1, 2] },
    ]);
  });
});

describe('nationality nouns', () => {
  it('"the Spaniard" is a mention of a Spanish protagonist, not a new role; "the 49-year-old Scot" is both', () => {
    expect(people('Spanish striker Alvaro Morata scored twice. Morata said the team played well. Morata now has 10 goals.', 'The Spaniard was substituted late.')[0]).toEqual(
      { name: 'Alvaro Morata', roles: ['Spanish striker'], mentions: [0, 1, 2, 3] },
    );
    expect(people('Scottish cyclist Mark Beaumont set off. Beaumont rode 240 miles a day. Beaumont slept four hours a night.', 'The 49-year-old Scot finished in Paris.')[0]!.roles).toEqual(['Scottish cyclist', '49-year-old Scot']);
  });

  it('an unranked nationality noun needs the nationality in the roles, or the one person named just before', () => {
    // (Morata is the only person named in the sentence before: the description is his.)
    expect(people('Striker Alvaro Morata scored twice. Morata said the team played well. Morata now has 10 goals.', 'The Spaniard was substituted late.')[0]!.mentions).toEqual([0, 1, 2, 3]);
    expect(people('Striker Alvaro Morata scored twice. Morata said the team played well. Morata now has 10 goals.', 'A fan ran onto the pitch. The Spaniard was substituted late.')[0]!.mentions).toEqual([0, 1, 2]);
    expect(people('French President Emmanuel Macron met workers. Macron said reform was needed. Macron left at noon.', 'The Briton said nothing.')[0]!.mentions).toEqual([0, 1, 2]);
  });
});

describe('definite descriptions that must not be given to the protagonist', () => {
  it('another person was mentioned last', () => {
    const found = people('Foreign Secretary Helen Marsh arrived in Nairobi on Monday.', 'Marsh met President William Ruto and discussed trade.', 'Marsh later visited a refugee camp near the border.', 'Ruto thanked her for the visit.', 'The veteran diplomat is expected to travel to Addis Ababa next.');
    expect(found.map((p) => p.roles)).toEqual([['Foreign Secretary'], ['President']]);
  });

  it('the person mentioned last is not the protagonist', () => {
    const found = people('Councillor Ray Dunne said the bridge would reopen in May.', 'Mayor Anne Price said the same. Price said the cost had doubled. Price added that she was angry.', 'Dunne blamed the contractor.', 'The longtime councillor plans to stand again next year.');
    expect(found.map((p) => p.roles)).toEqual([['Councillor'], ['Mayor']]);
  });

  it('unranked or indefinite descriptions of unnamed speakers', () => {
    const found = people('Striker Tomas Kral scored twice as Slavia beat Sparta 3-1.', 'Kral opened the scoring after 12 minutes.', 'Kral restored the lead before half-time.', 'The spokesman said tickets had sold out.', 'A senior official said the stadium was full. The senior official added that police were on duty.');
    expect(found).toEqual([{ name: 'Tomas Kral', roles: ['Striker'], mentions: [0, 1, 2] }]);
  });

  it('someone unnamed entered the story after the protagonist (crime and sport desks)', () => {
    expect(people('Police said Jane Doe, 34, was stabbed on Friday. Doe was taken to hospital. Doe died on Saturday.', 'A 23-year-old man was arrested. The 23-year-old suspect will appear in court on Monday.')[0]!.roles).toEqual([]);
    expect(people('Striker Tomas Kral scored twice. Kral opened the scoring. Kral added a second.', 'A young defender was sent off. The veteran striker was substituted late.')[0]!.roles).toEqual(['Striker']);
    // A predicate ("trained as an engineer") brings in no one: the description still refers back.
    expect(people('Police said Jane Doe, 34, was stabbed on Friday. Doe was taken to hospital. Doe trained as a nurse.', 'The 34-year-old teacher had lived in the town for a decade.')[0]!.roles).toEqual(['34-year-old teacher']);
  });

  it('inside quotation marks', () => {
    const found = people('Dr. Lena Voss has studied coral reefs for two decades.', 'Voss and her team counted colonies on 40 reefs off Queensland.', 'Voss found that heat-tolerant algae had spread.', '"We need the veteran biologist to look at this," Voss said.');
    expect(found[0]!.roles).toEqual([]);
  });

  it('a nationality that contradicts the protagonist\'s roles', () => {
    const found = people('British Foreign Secretary Helen Marsh arrived in Nairobi on Monday.', 'Marsh met officials and discussed trade.', 'Marsh later visited a refugee camp near the border.', 'The senior US diplomat in the region did not attend.');
    expect(found[0]!.roles).toEqual(['British Foreign Secretary']);
  });

  it('a name or a post follows the description, or its head is not a person', () => {
    const found = people('Chief executive Mara Quinn cut the forecast. Quinn said demand had slowed. Quinn said jobs would go.', 'The senior management team will meet on Friday.', 'The top executive of the rival firm declined to comment.', 'The veteran adviser, Tom Hale, said little.');
    expect(found[0]!.roles).toEqual(['Chief executive']);
  });
});

describe('a team and a playing position refer back to the player named just before', () => {
  it('"the Leeds Rhinos winger" after a player was named', () => {
    const ps = people('Mateo Ruskin had dropped two passes before the break.', 'Then the Leeds Rhinos winger scored the decisive try with a minute left.', 'Coach Dan Hale praised the defence.');
    expect(ps.find((p) => p.name === 'Mateo Ruskin')).toEqual({ name: 'Mateo Ruskin', roles: ['Leeds Rhinos winger'], mentions: [0, 1] });
  });

  it('controls: a team before a non-position noun, or a player named long before, gets nothing', () => {
    const ps = people('Mateo Ruskin had dropped two passes before the break.', 'Then the Leeds Rhinos supporter ran onto the pitch.');
    expect(ps.find((p) => p.name === 'Mateo Ruskin')!.roles).toEqual([]);
    const far = people('Mateo Ruskin had dropped two passes before the break.', 'Rain fell for the rest of the half.', 'The crowd grew quiet.', 'Then the Leeds Rhinos winger scored.');
    expect(far.find((p) => p.name === 'Mateo Ruskin')!.roles).toEqual([]);
  });
});

describe('"the <team> manager" refers back', () => {
  const roster = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => ({ name: p.name, roles: p.roles }));
  it('to the person named last, even past a sentence that names no one', () => {
    expect(roster('Fulham\'s win eased the pressure on Henrik Solvang after four defeats.', 'It was a gamble. The Fulham manager picked Noah Baptiste up front.')).toContainEqual(
      { name: 'Henrik Solvang', roles: ['Fulham manager'] });
  });
  it('control: not to a player named last', () => {
    expect(roster('Noah Baptiste, the striker, scored twice.', 'It was a gamble. The Fulham manager said he was proud.')).toContainEqual(
      { name: 'Noah Baptiste', roles: ['the striker'] });
  });
});

describe('a nationality description refers back to the one person just named', () => {
  it('gives the subject of the sentence before its nationality description', () => {
    const found = people(
      "Orlen's Tobias Kranz won the stage on Sunday, holding off Jakob Meier by two seconds.",
      'The 27-year-old German was mobbed at the finish.',
      'Lucía Ortega, who crashed twice, finished fourth.',
      '"I was lucky to finish," the Argentine driver said.',
      'The race stewards fined Piotr Nowak for a late move, which dropped the Pole to ninth.',
    );
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Tobias Kranz', ['27-year-old German']],
      ['Jakob Meier', []],
      ['Lucía Ortega', ['Argentine driver']],
      ['Piotr Nowak', ['Pole']],
    ]);
  });

  it('does not guess when two people come before it, a quote names someone, or someone unnamed came in (controls)', () => {
    const found = people(
      'Tobias Kranz beat Jakob Meier, and the German said little.',
      '"Anna and Ivo were with us," she said, referring to the Italian rider.',
      'A 30-year-old man was arrested. The Spaniard was released on Monday.',
    );
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Tobias Kranz', []],
      ['Jakob Meier', []],
    ]);
  });

  it('does not take a people ("the French") for one person (control)', () => {
    expect(people('Marc Olivier spoke first.', 'The French said they would wait.').map((p) => [p.name, p.roles])).toEqual([['Marc Olivier', []]]);
  });
});

describe('"the <constituency> TD" refers back to the member named just before', () => {
  it('gives the constituency title to the person named in the sentence before', () => {
    const found = people("Labour housing spokesman Cian Ó Broin said the plan had failed. 'Rents are up again,' the Cork South Central TD said.");
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Cian Ó Broin', ['Labour housing spokesman', 'Cork South Central TD']]]);
  });

  it('does not fire on a lower-case word or a title that is not a seat (controls)', () => {
    const found = people('Mary Keane spoke first. The Galway West td said nothing.', 'Tom Reid spoke next. The Galway West CEO said nothing.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Mary Keane', []], ['Tom Reid', []]]);
  });
});

describe('"the <team> driver" refers back to the driver named just before', () => {
  it('gives the team and "driver" to the person named last in the sentence', () => {
    const found = people('At the restart Lewis Carver got within a second of Tomas Berg but could not pass, with the Williams driver defending the inside line.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Lewis Carver', []], ['Tomas Berg', ['Williams driver']]]);
  });
});
