// Appositive roles with possessives and participles, and roles stated before a name that an "of"
// phrase follows: short sentences composed in several outlet styles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const roles = (...paragraphs: string[]) =>
  extractArticle(['Headline', ...paragraphs].join('\n')).people.map((p) => [p.name, p.roles]);

describe('appositions with a possessive and a participle', () => {
  it('sport: "the league\'s leading scorer" after a known surname', () => {
    expect(roles('Jalen Okoro scored 38 points.', 'Okoro, the league\'s leading scorer, made 14 of 27 shots.')).toEqual([['Jalen Okoro', ["the league's leading scorer"]]]);
  });

  it('business and local: possessive owners and participles that modify the role noun', () => {
    expect(roles(
      'Maria Lopez, the company\'s newly appointed chief financial officer, said profits fell.',
      'Tom Reyes, the club\'s longest-serving player, said goodbye.',
      'Priya Nair, the city\'s elected mayor, opened the bridge.',
      'The city\'s mayor, Jane Porter, said the roads were closed.',
    )).toEqual([
      ['Maria Lopez', ["the company's newly appointed chief financial officer"]],
      ['Tom Reyes', ["the club's longest-serving player"]],
      ['Priya Nair', ["the city's elected mayor"]],
      ['Jane Porter', ["city's mayor"]],
    ]);
  });

  it('a participle that opens a clause is no role', () => {
    expect(roles('Ann Hale, the woman leading the inquiry, said nothing.', 'Hale said the report was late.')).toEqual([['Ann Hale', []]]);
  });
});

describe('a role before the name, an "of" phrase after it', () => {
  it('keeps both: "Another analyst, X of Y," and "A second witness, X of Leeds,"', () => {
    expect(roles(
      'Another analyst, Bernadette Quist of Morningside Research, was more skeptical.',
      'Another economist, Raj Patel of the Institute for Fiscal Studies, said growth would slow.',
      'A second witness, Laura Kemp of Leeds, said she heard a bang.',
      'One resident, Tom Baker, said the water rose fast.',
    )).toEqual([
      ['Bernadette Quist', ['analyst', 'of Morningside Research']],
      ['Raj Patel', ['economist', 'of the Institute for Fiscal Studies']],
      ['Laura Kemp', ['second witness']],
      ['Tom Baker', ['One resident']],
    ]);
  });
});

describe('a preposed "As ROLE," names the role of the subject after the comma', () => {
  it('keeps bare and definite roles, not indefinite pasts or "As part of"', () => {
    expect(roles(
      'As chief executive, Mara Quinn cut the forecast.',
      'As the company\'s chief financial officer, Tom Reyes signed the deal.',
      'As interim coach, Sarah Lee has won four games.',
      'As a teenager, Lisa Brandt worked in a bakery.',
      'As part of the deal, John Kerry agreed to visit.',
      'As expected, Mayor Karen Holt won.',
    )).toEqual([
      ['Mara Quinn', ['chief executive']],
      ['Tom Reyes', ["company's chief financial officer"]],
      ['Sarah Lee', ['interim coach']],
      ['Lisa Brandt', []],
      ['John Kerry', []],
      ['Karen Holt', ['Mayor']],
    ]);
  });
});

describe('roles stated in a relative clause after a name', () => {
  it('takes the post after a copula, and the clause of a role verb as written', () => {
    expect(roles(
      'Pieter van der Linde, who has been coxswain of the Den Helder lifeboat for 14 years, said the ship was listing.',
      '"It is impressive," said Siobhan Murray, who represents live performers at the Musicians\' Union in London.',
      'Mark Ellis, who is now the club\'s director of football, said nothing.',
      'Lena Fox, who serves as deputy mayor, spoke first. Sanne de Groot, who is a nurse, helped.',
    )).toEqual([
      ['Pieter van der Linde', ['coxswain of the Den Helder lifeboat']],
      ['Siobhan Murray', ["represents live performers at the Musicians' Union in London"]],
      ['Mark Ellis', ["club's director of football"]],
      ['Lena Fox', ['deputy mayor']],
      ['Sanne de Groot', ['nurse']],
    ]);
  });

  it('leaves clauses that tell an age, a place, an event or a one-off act', () => {
    expect(roles(
      'Jane Roe, who is 54, said she was tired. Ann Poe, who was born in Leeds, left.',
      'Tom Hale, who was there, agreed. Ada Lin, who led police to the body, was thanked.',
    )).toEqual([
      ['Jane Roe', []],
      ['Ann Poe', []],
      ['Tom Hale', []],
      ['Ada Lin', []],
    ]);
  });
});

describe('two titles sharing one head noun', () => {
  it('gives each title the head, and leaves titles with their own head whole', () => {
    expect(roles(
      'Jules Bianchi died on Friday. Bianchi, the 2007 French Formula Renault and 2009 Formula 3 Euro Series champion, joined the academy.',
      'Mo Farah, the 5,000m and 10,000m champion, retired.',
      'Government spokesman and Minister of Information Khalid Omer Yousif said so.',
    )).toEqual([
      ['Jules Bianchi', ['the 2007 French Formula Renault champion', '2009 Formula 3 Euro Series champion']],
      ['Mo Farah', ['the 5,000m champion', '10,000m champion']],
      ['Khalid Omer Yousif', ['Government spokesman and Minister of Information']],
    ]);
  });
});

describe('a playing centre is a role, a building is not', () => {
  it('reads "injured center" before a known person, not "community center"', () => {
    expect(roles('The Celtics were without injured center Kofi Mensah-Boateng.', 'The community center Jane Addams founded is closed. Addams, a reformer, died in 1935.')).toEqual([
      ['Kofi Mensah-Boateng', ['injured center']],
      ['Jane Addams', ['reformer']],
    ]);
  });
});

describe('a named owner before the role and its comma', () => {
  it('reads "Zelenskyy\'s chief of staff, Andriy Yermak," and "Smith\'s lawyer, Jo Kerr,"', () => {
    expect(roles(
      'Zelenskyy\'s chief of staff, Andriy Yermak, said talks would continue.',
      'Smith\'s lawyer, Jo Kerr, said he would appeal.',
      'Britain\'s economy grew, Rachel Reeves said.',
    )).toEqual([
      ['Andriy Yermak', ["Zelenskyy's chief of staff"]],
      ['Jo Kerr', ["Smith's lawyer"]],
      ['Rachel Reeves', []],
    ]);
  });
});

describe('round-three roles: positions, fields, clauses and long appositions', () => {
  const roles = (name: string, ...paragraphs: string[]) =>
    extractArticle(['Headline', ...paragraphs].join('\n')).people.find((p) => p.name === name)?.roles ?? [];

  it('reads a nationality or team with a playing position, and a capped player', () => {
    expect(roles('Tevita Vainikolo', 'Tongan wing Tevita Vainikolo scored twice.')).toEqual(['Tongan wing']);
    expect(roles('Levan Maisuradze', 'Georgian tighthead Levan Maisuradze won a penalty.')).toEqual(['Georgian tighthead']);
    expect(roles('Ollie Brandt', 'Scotland lock Ollie Brandt went off injured.')).toEqual(['Scotland lock']);
    expect(roles('Kofi Boateng', 'Ghana international Kofi Boateng signed on Monday.')).toEqual(['Ghana international']);
    expect(roles('Callum Dunn', 'Fenwick took a short pass from centre Callum Dunn and scored.')).toEqual(['centre']);
    // Control: a city centre is no position.
    expect(roles('Lewis Kemp', 'Shoppers crowded the city centre when Lewis Kemp, a local trader, opened his stall.')).toEqual(['local trader']);
  });

  it('reads "director of rugby" titles, participle clauses after an apposition and long appositions', () => {
    expect(roles('Neil Parfitt', 'Gloucester director of rugby Neil Parfitt admitted his side were poor.')).toEqual(['Gloucester director of rugby']);
    expect(roles('Jane Pryor', 'Head of communications Jane Pryor apologised.')).toEqual(['Head of communications']);
    expect(roles('Archie Penn', 'Archie Penn, the 20-year-old fly-half making only his second start, kicked a penalty.')).toEqual(['the 20-year-old fly-half', 'the 20-year-old fly-half making only his second start']);
    expect(roles('Youssef Idrissi', 'Youssef Idrissi, the Moroccan forward signed from Raja Casablanca, headed in a corner.')).toEqual(['the Moroccan forward', 'the Moroccan forward signed from Raja Casablanca']);
    expect(roles('Ruth Lindqvist', 'Ruth Lindqvist, a cardiologist at Karolinska University Hospital and the trial\'s lead investigator in Sweden, called the ruling fair.'))
      .toEqual(expect.arrayContaining(['cardiologist at Karolinska University Hospital', "trial's lead investigator in Sweden"]));
    // Control: a speech verb after the phrase is no participle clause.
    expect(roles('Tom Avery', 'Tom Avery, the club captain, said the players were tired.')).toEqual(['the club captain']);
  });

  it('reads a post held "as" in a relative clause of service', () => {
    expect(roles('Dana Whitlock', 'Dana Whitlock, 58, who served two terms as auditor of Ross County, admitted theft.')).toEqual(['auditor of Ross County']);
    expect(roles('Ali Hossain', 'One of the dead was Ali Hossain, who had worked at the yard for six years as a welder.')).toEqual(['welder']);
    // Control: "who spent years in prison" states no post.
    expect(roles('Mark Ellery', 'Mark Ellery, who spent years in prison, was released.')).toEqual([]);
  });
});

describe('round-three roles: bracketed acronyms, bracket tags and tagged nouns', () => {
  const roles = (name: string, ...paragraphs: string[]) =>
    extractArticle(['Headline', ...paragraphs].join('\n')).people.find((p) => p.name === name)?.roles ?? [];

  it('keeps a title whose acronym stands in brackets before the name', () => {
    expect(roles('Ana Ruiz', 'The plan was signed by Chief Executive Officer (CEO) Ana Ruiz on Monday.')).toEqual(['Chief Executive Officer (CEO)']);
  });

  it('reads "ROLE, Name (tag)," and "ROLE, Name of Body in Town,"', () => {
    expect(roles('Jo Marsh', "The board's chair, Cllr Jo Marsh (Lab, Hulme), said the budget was fair.")).toEqual(expect.arrayContaining(["board's chair", 'Cllr']));
    expect(roles('Priya Nair', 'A co-author, Dr Priya Nair of Manipal University in Karnataka, said the data were sound.')).toContain('co-author');
  });

  it('reads a ward or seat word tagged as a verb as the end of an apposition', () => {
    expect(roles('Hassan', '"It is a scandal," said Mr Hassan, the MCA for Kilimani ward.')).toEqual(['the MCA for Kilimani ward']);
    // Control: a real verb after an unclosed phrase is no role.
    expect(roles('Tom Hale', 'Tom Hale, the mayor of Springfield resigned.')).toEqual([]);
  });
});

describe('a time phrase ends a role in a relative clause', () => {
  it('reads "who has been the side\'s penalty taker this season"', () => {
    const p = extractArticle('Headline\nMarcus Whitby missed the decisive kick. Whitby, who has been the club\'s most reliable penalty taker this season, apologised.').people;
    expect(p.find((x) => x.name === 'Marcus Whitby')?.roles).toContain("club's most reliable penalty taker");
  });
});

describe('a workplace in a relative clause, and a noun-like verb tag inside an apposition', () => {
  const roles = (text: string) => extractArticle(`Headline\n${text}`).people.map((p) => [p.name, p.roles]);
  it('"who works at a local pharmacy" is the role, written from the verb', () => {
    expect(roles('Oksana Vradiy, who works at a village bakery, said the shelling was constant.')).toEqual([['Oksana Vradiy', ['works at a village bakery']]]);
  });
  it('control: "who works in the evenings" says when, not where', () => {
    expect(roles('Oksana Vradiy, who works in the evenings, said the shelling was constant.')).toEqual([['Oksana Vradiy', []]]);
  });
  it('"a welder for an offshore supply company": "supply" modifies the noun after it', () => {
    expect(roles('Remy Broussard, a welder for an offshore supply company, said the water rose fast.')).toEqual([['Remy Broussard', ['welder for an offshore supply company']]]);
  });
});
