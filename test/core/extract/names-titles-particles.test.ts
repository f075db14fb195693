import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const people = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n')).people;
const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);
const person = (name: string, ...paragraphs: string[]) => people(...paragraphs).find((p) => p.name === name);

describe('styles before a name and letters after it', () => {
  it('strips British, police and Malay styles from the name and keeps them as roles', () => {
    expect(person('Sandeep Gill', 'Cllr Sandeep Gill said the scheme would go ahead.', 'Cllr Gill added that tenants would be consulted.'))
      .toMatchObject({ aliases: ['Gill'], roles: ['Cllr'] });
    expect(names('Supt Karen Mallory said officers were called at 11pm. Det Sgt Owen Pryce is leading the inquiry.')).toEqual(['Karen Mallory', 'Owen Pryce']);
    expect(names('Tan Sri Lim Kok Wing opened the campus, and Alhaji Musa Danjuma spoke.')).toEqual(['Lim Kok Wing', 'Musa Danjuma']);
    expect(names("Dato' Sri Lim Guan Eng said the bill was unfair.")).toEqual(['Lim Guan Eng']);
    expect(person('Ahmad Faizal bin Abdul Rahman', 'Natural Resources Minister Datuk Seri Ahmad Faizal bin Abdul Rahman said the ban would stay.', 'Ahmad Faizal told reporters it was final.'))
      .toMatchObject({ aliases: ['Ahmad Faizal'], roles: expect.arrayContaining(['Natural Resources Minister', 'Datuk Seri']) });
  });

  it('keeps "Tan" a surname and "Sri" a given name outside a Malay style', () => {
    expect(person('Tan Wei Ming', 'Tan Wei Ming, 52, runs a noodle stall.', 'Mr Tan said business had halved.')).toMatchObject({ aliases: ['Tan'] });
    expect(names('Finance Minister Sri Mulyani Indrawati said the budget was sound.')).toEqual(['Sri Mulyani Indrawati']);
  });

  it('reads post-nominal letters and a bracket tag as roles without losing the person', () => {
    expect(person('Emily Thornberry', 'Emily Thornberry MP said the report was damning.')?.roles).toEqual(['MP']);
    expect(person('Bridget Okonkwo-Flynn', 'Cllr Bridget Okonkwo-Flynn (Lib Dem, Upper Nidderdale) said the plan was rushed.')?.roles).toContain('Lib Dem, Upper Nidderdale');
    expect(person('Alex Padilla', 'Sen. Alex Padilla (D-Calif.) said the bill would pass.')?.roles).toContain('D-Calif.');
    // A lower-case aside in brackets is no tag.
    expect(person('Ruth Okoro', 'Ruth Okoro (pictured) said the school would reopen.')?.roles).toEqual([]);
    expect(person('Jo Marsh', 'Cllr Jo Marsh (Lab) said the budget was fair.')?.roles).toEqual(['Cllr', 'Lab']);
    // A ticker in brackets makes no company a person.
    expect(names('Veldana Agro (VLDA) said profits fell.')).toEqual([]);
  });
});

describe('particles, initials, suffixes and nicknames inside names', () => {
  it('keeps particles, also when the surname opens a sentence or follows "said"', () => {
    expect(person('Andrés de la Cruz', 'Andrés de la Cruz caught two passes.', 'De la Cruz said the team had earned it.')?.aliases).toEqual(['De la Cruz']);
    expect(person('Tomás de la Fuente', 'The striker Tomás de la Fuente scored twice.', '"We deserved it," said de la Fuente.')?.aliases).toEqual(['de la Fuente']);
    expect(person('Rhodri ap Dafydd', 'Rhodri ap Dafydd, a farmer near Bala, lost 40 sheep.', 'Ap Dafydd blamed the storm.')?.aliases).toEqual(['Ap Dafydd']);
    expect(person('Cathal Ó Duibhir', 'Cathal Ó Duibhir, the county manager, said the road would close.', 'Ó Duibhir said repairs would take a month.')?.aliases).toEqual(['Ó Duibhir']);
    expect(names('Kenyan runner Benson arap Sang won the race.', 'Arap Sang said he was tired.')).toEqual(['Benson arap Sang']);
  });

  it('reads initials and suffixes as parts of the name', () => {
    expect(names('The Hawks led when Jaylen Whitfield Jr. found Andrés de la Cruz for a 19-yard touchdown.')).toContain('Jaylen Whitfield Jr.');
    expect(person('J.T. Okafor', 'J.T. Okafor ran for 112 yards.', 'Okafor said the line was superb.')?.aliases).toEqual(['Okafor']);
    expect(person('A.J. Brown', 'Eagles receiver A.J. Brown caught eight passes.')?.roles).toEqual(['Eagles receiver']);
    // "U.S." stays a modifier, not a given name.
    expect(names('U.S. Ambassador Linda Thomas-Greenfield spoke.')).toEqual(['Linda Thomas-Greenfield']);
  });

  it('leaves a quoted nickname out of the name and keeps it as an alias', () => {
    const p = person('Terrence Mayweather', 'Fans still talk about Terrence “T-Bone” Mayweather, who retired in 2019.', 'T-Bone said he missed the ring.');
    expect(p?.aliases).toEqual(['T-Bone']);
    expect(names('Local favourite Kevin "Mad Dog" O\'Hara won the darts final.')).toEqual(["Kevin O'Hara"]);
  });
});

describe('single names, ages and what is no person', () => {
  it('takes an age after a name as a person signal, and its "who" clause as a role', () => {
    expect(person('Hasnah', 'Hasnah, 41, who sells fish at the market, said prices had doubled.')?.roles).toEqual(['sells fish at the market']);
    expect(names('Chapter 11, the bankruptcy process, lets a company keep trading.')).toEqual([]);
  });

  it('skips wire credit lines, pets and place-like first words', () => {
    expect(names('Governor Ana Ruiz said rates would hold.', 'Reporting by Kevin Tan; Editing by Martin Howell')).toEqual(['Ana Ruiz']);
    expect(names('Rates held, Governor Ana Ruiz said.', '(Additional reporting by Sarah Lim in Singapore)')).toEqual(['Ana Ruiz']);
    expect(names('The family cat, Mr Whiskers, was rescued by firefighters.')).toEqual([]);
    expect(names('El Nino brought heavy rain.', 'Forecasters said El Nino would fade by spring.')).toEqual([]);
    expect(names('Marine Le Pen said the vote was stolen.', 'Le Pen spoke in Paris.')).toEqual(['Marine Le Pen']);
    expect(names('Maya Lindqvist, a behavioural ecologist at Royal Holloway and the study\'s lead author, said the birds adapted.')).toEqual(['Maya Lindqvist']);
  });
});

describe('roles', () => {
  it('splits two descriptions joined by "and" and reads possessive appositions', () => {
    expect(person('Maya Lindqvist', 'Maya Lindqvist, a behavioural ecologist at Leeds and the study\'s lead author, said the birds adapted.')?.roles)
      .toEqual(expect.arrayContaining(['behavioural ecologist at Leeds', "study's lead author"]));
    expect(person('Ahmad Faizal bin Abdul Rahman', 'Her Malaysian counterpart, Datuk Seri Ahmad Faizal bin Abdul Rahman, said the talks were useful.')?.roles).toContain('Her Malaysian counterpart');
  });

  it('reads positions, school years and an apposition with its relative clause', () => {
    expect(person('Marcus Bell', 'Senior running back Marcus Bell added two touchdowns.')?.roles).toEqual(['running back']);
    expect(names('Veldana Agro, a fertiliser maker, declined to comment.')).toEqual([]);
    expect(person('Leo Park', 'The freshman kicker Leo Park made a field goal.')?.roles).toEqual(['freshman kicker']);
    expect(person('Sione Taufa', 'Sione Taufa, a sophomore from Euless, Texas, rushed for 140 yards.')?.roles[0]).toMatch(/^sophomore from Euless/u);
    expect(person('Daan Vermeer', 'Daan Vermeer, the 34-year-old Dutchman who joined Sporting from Feyenoord in the summer, scored twice.')?.roles)
      .toContain('the 34-year-old Dutchman who joined Sporting from Feyenoord in the summer');
  });
});

describe('round-three titles and name forms', () => {
  it('keeps law-enforcement and government titles out of the name', () => {
    expect(person('Tom H. Briggs', 'Lake County Sheriff Tom H. Briggs said the road would stay closed.', 'Briggs said more rain was due.')?.roles).toEqual(['Lake County Sheriff']);
    expect(person('Maria K. Delgado', '"We will find them," said Special Agent in Charge Maria K. Delgado of the FBI\'s Denver field office.')?.roles)
      .toContain('Special Agent in Charge');
    expect(names('Editor in Chief Paul Okafor resigned on Monday.')).toEqual(['Paul Okafor']);
    expect(names('Senior Parliamentary Secretary for Manpower Nur Aisyah binte Ismail said the firm had been fined.')).toEqual(['Nur Aisyah binte Ismail']);
    expect(names('Minister for Transport Seamus Doyle opened the bridge.')).toEqual(['Seamus Doyle']);
    expect(names('Backup Sione Taufa, a sophomore from Euless, Texas, completed 9 of 14 passes.')).toEqual(['Sione Taufa']);
  });

  it('reads Dutch "ten", a name apostrophe and "surnamed X"', () => {
    expect(person('Annelies ten Velde', "The company's chief executive, Annelies ten Velde, said sales rose.", 'Ten Velde said costs fell.')?.aliases).toEqual(['Ten Velde']);
    expect(names("Governor Grace Wanjiru' Kamau defended the deal.")).toEqual(["Grace Wanjiru' Kamau"]);
    expect(names('A 40-year-old worker surnamed Li told reporters he had escaped.')).toEqual(['Li']);
    expect(names("A video review showed Tyler Grant catching A.J. Mbeki's ankle.")).toEqual(['Tyler Grant', 'A.J. Mbeki']);
    // Controls: a plural possessive and a closing quotation mark stay outside names.
    expect(names("Wales' First Minister Eluned Morgan said the plan was fair.")).toEqual(['Eluned Morgan']);
    expect(names("Critics called it 'Project Fear' Tony Blake said on Monday.")).not.toContain("Fear' Tony Blake");
  });
});

describe('bodies that look like people', () => {
  it('reads company forms, utilities, caucuses and bodies named in other languages as no person', () => {
    expect(names('In a statement, Severn Water, which owns the dam, said it had operated normally.')).toEqual([]);
    expect(names('One operator, Zakłady Chemiczne Police S.A., said the discharge was legal.')).toEqual([]);
    expect(names('A spokeswoman for the regional water board, Wody Polskie, said levels were normal.')).toEqual([]);
    expect(names('An Garda Síochána said officers attended the meeting.')).toEqual([]);
    expect(names('Stichting Natuurmonumenten said the dunes would be closed.')).toEqual([]);
    expect(names('Marc Duval, a member of the House Freedom Caucus, said he would vote for the deal.')).toEqual(['Marc Duval']);
    expect(names('Bath stay top on points difference from Exeter Chiefs, who won 33-15 at Sale on Friday.')).toEqual([]);
    expect(names('Saracens came back to beat Premiership leaders Bath at home.')).toEqual([]);
    expect(names('The Professional Referee Organization said the decision was right.')).toEqual([]);
    expect(names('But the Controller of Budget, Dr Miriam Chebet Langat, had flagged the spending.')).toEqual(['Miriam Chebet Langat']);
    expect(names('Minister for Defence Paul Kinsella said the Minister for Finance had agreed.')).toEqual(['Paul Kinsella']);
    expect(names('"We are against it," said Mr Hassan, the MCA for Menengai West ward.')).toEqual(['Hassan']);
    // Controls: a given name before a compass surname, and a single surname after a plain title.
    expect(names('Striker Kanye West said he was ready. Coach Ellis said the same.')).toEqual(['Kanye West', 'Ellis']);
    // Controls: a body's word in a title, and surnames that are industry words.
    expect(names("Garda Commissioner Drew Harris said the inquiry would be independent. Fianna Fáil TD Jim O'Callaghan welcomed it."))
      .toEqual(['Drew Harris', "Jim O'Callaghan"]);
    expect(names('Former Liberal leader David Steel said the vote was close.')).toEqual(['David Steel']);
    expect(names('Defending champions Celtic lost at home.')).toEqual([]);
    // Controls: people with a relative clause, and a given name the lexicon now knows.
    expect(names('Joanna Pike, who won the seat in 2019, said the vote was close.')).toEqual(['Joanna Pike']);
    expect(names('The equaliser came from Emre Kocabaş on 49 minutes.')).toEqual(['Emre Kocabaş']);
    expect(names('Labour TD for Dublin Bay South Cathal Brennan said the plan had failed.')).toEqual(['Cathal Brennan']);
  });
});
