import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

/** Headline + paragraphs -> the extracted quotes as [text, speaker, kind]. */
function quotesOf(...paragraphs: string[]): [string, string | null, string][] {
  return extractArticle(['Headline', ...paragraphs].join('\n')).quotes.map((q) => [q.text, q.speaker, q.kind]);
}

describe('speaker attribution patterns', () => {
  it('"...," X said', () => {
    expect(quotesOf('Mayor Karen Holt spoke on Monday.', '“We will rebuild the bridge this year,” Holt said.')).toEqual([
      ['We will rebuild the bridge this year,', 'Karen Holt', 'full'],
    ]);
  });

  it('X said, "..." and X said: "..." with straight marks', () => {
    expect(quotesOf('Rahul Mehta, a farmer in the district, said, "The rain came too late for us."', 'Aisha Bello said: "Prices will rise again."')).toEqual([
      ['The rain came too late for us.', 'Rahul Mehta', 'full'],
      ['Prices will rise again.', 'Aisha Bello', 'full'],
    ]);
  });

  it('"...," said X, the role — and the role is recorded', () => {
    const article = extractArticle('Headline\n“The data are clear,” said Maria Lindqvist, the director of the Nordic Climate Institute.');
    expect(article.quotes[0]).toMatchObject({ speaker: 'Maria Lindqvist', speakerType: 'person', kind: 'full' });
    expect(article.people[0]!.roles).toEqual(['the director of the Nordic Climate Institute']);
  });

  it('a quote broken by the attribution gives two quotes with the same speaker', () => {
    expect(quotesOf('Coach Dan Ruiz was proud. “We stayed calm,” Ruiz said, “and we finished the job.”')).toEqual([
      ['We stayed calm,', 'Dan Ruiz', 'full'],
      ['and we finished the job.', 'Dan Ruiz', 'full'],
    ]);
  });

  it('a follow-on quote in the next paragraph keeps the speaker', () => {
    expect(quotesOf('“It was a long night,” said Peter Okafor, a nurse at the hospital.', '“Nobody went home until the last patient was seen.”')).toEqual([
      ['It was a long night,', 'Peter Okafor', 'full'],
      ['Nobody went home until the last patient was seen.', 'Peter Okafor', 'full'],
    ]);
  });

  it('he/she resolve to the nearest person of fitting gender', () => {
    expect(
      quotesOf('Senator John Carter met Governor Mary Blake in Albany on Tuesday.', 'Blake praised the plan. “This is a start,” she said.', '“We need more,” he said later.'),
    ).toEqual([
      ['This is a start,', 'Mary Blake', 'full'],
      ['We need more,', 'John Carter', 'full'],
    ]);
  });

  it('"according to X" attributes a partial quote', () => {
    expect(quotesOf('The damage was “worse than anything we have seen before”, according to Ines Duarte, the regional fire chief.')).toEqual([
      ['worse than anything we have seen before', 'Ines Duarte', 'partial'],
    ]);
  });

  it('organizations and unnamed officials speak', () => {
    const article = extractArticle(
      'Headline\nThe Ministry of Health said it would “review every case” before May.\n“The talks are stuck,” a senior European diplomat said.',
    );
    expect(article.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['Ministry of Health', 'organization'],
      ['a senior European diplomat', 'unnamed'],
    ]);
  });

  it('a quote running across paragraphs is attributed as one run and listed per paragraph, verbatim', () => {
    const quotes = quotesOf('Chef Lena Park described the night. “We lost power at seven. The freezers were full.', '“By midnight we had moved everything to a neighbour,” Park said.');
    expect(quotes).toEqual([
      ['We lost power at seven. The freezers were full.', 'Lena Park', 'full'],
      ['By midnight we had moved everything to a neighbour,', 'Lena Park', 'full'],
    ]);
  });

  it('British single marks with a nested double quote, and apostrophes that are not quotes', () => {
    const quotes = quotesOf(
      "Mrs Joan Pike, 81, waited for hours. 'The nurse said, \"You're not on my list,\" and I went home,' she said.",
      "The hospital's chief executive said the so-called 'smart letter' was Jules's idea in the 1990s' style.",
    );
    expect(quotes).toEqual([
      ["The nurse said, \"You're not on my list,\" and I went home,", 'Joan Pike', 'full'],
      ["You're not on my list,", 'The nurse', 'full'],
      ['smart letter', null, 'scare'],
    ]);
  });

  it('a name in marks, or an unattributed noun phrase, is a scare quote', () => {
    expect(quotesOf('The ship, named “Ocean Star”, left port as part of a “new era of trade” for the island.')).toEqual([
      ['Ocean Star', null, 'scare'],
      ['new era of trade', null, 'scare'],
    ]);
  });

  it('a speaker named after the verb in an inverted clause ("said X") is not taken from "told X"', () => {
    expect(quotesOf('“We are ready,” Paolo Conti told Radio Bruno on Sunday.')).toEqual([['We are ready,', 'Paolo Conti', 'full']]);
  });

  it('a quote standing alone after a sentence about someone is theirs', () => {
    expect(quotesOf('Gov. Ramón Castillo Ibarra skipped the hearing. Asked about the plan, the governor did not hedge. “A hospital without a ward is a clinic.”')).toEqual([
      ['A hospital without a ward is a clinic.', 'Ramón Castillo Ibarra', 'full'],
    ]);
  });

  it('documents and organizations named earlier speak', () => {
    const article = extractArticle(
      'Headline\nThe Treasury Department sends the payments.\nThe Department of Veterans Affairs was hit.\nThe department said it had “moved to a manual process” for payments.\nIn 40 cases, the indictment said, the workers “did not exist in any database.”',
    );
    expect(article.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['Department of Veterans Affairs', 'organization'],
      ['the indictment', 'unnamed'],
    ]);
  });

  it('surname-first names and single names are matched by their parts', () => {
    expect(quotesOf('Deputy Foreign Minister Park Seo-yeon, who led the delegation, spoke.', '"We do not want a race to the bottom," Park said.')).toEqual([
      ['We do not want a race to the bottom,', 'Park Seo-yeon', 'full'],
    ]);
  });

  it('an epithet ("the 53-year-old", "the Manchester City winger") refers back to the person just named', () => {
    expect(
      quotesOf(
        'England manager Gareth Southgate defended his team. The 53-year-old said he had \'no regrets\' about it.',
        "Jack Grealish, who came off the bench, was more candid. 'Obviously I want to play every game,' the Manchester City winger said.",
        "A spokesperson added: 'The players deserve support.' The study's authors wrote that it was “a narrow window of hope”.",
      ),
    ).toEqual([
      ['no regrets', 'Gareth Southgate', 'partial'],
      ['Obviously I want to play every game,', 'Jack Grealish', 'full'],
      ['The players deserve support.', 'A spokesperson', 'full'],
      ['a narrow window of hope', "The study's authors", 'partial'],
    ]);
  });

  it('after "A asked B ...", the answer ("she said") is B\'s', () => {
    expect(
      quotesOf('Sen. Deborah Lindqvist chaired the hearing with Dr. Anjali Venkataraman present.', 'Late in the hearing, Sen. Lindqvist asked Dr. Venkataraman whether she would commit. She said she could not. "I can promise you I will bring it to them," she said.'),
    ).toEqual([['I can promise you I will bring it to them,', 'Anjali Venkataraman', 'full']]);
  });

  it('"the official said" is the official introduced before; possessive organizations speak', () => {
    const article = extractArticle(
      'Headline\nA senior U.S. official, who spoke on condition of anonymity, said Washington was weighing its options. "Nothing has been decided," the official said.\nRussia\'s Defense Ministry said its forces had struck "military-industrial facilities" in Ukraine.',
    );
    expect(article.quotes.map((q) => [q.text, q.speaker, q.speakerType])).toEqual([
      ['Nothing has been decided,', 'A senior U.S. official', 'unnamed'],
      ['military-industrial facilities', "Russia's Defense Ministry", 'organization'],
    ]);
  });

  it('a role phrase with its complement before a comma and a name ("the head of the city administration, Serhii Popko")', () => {
    const article = extractArticle('Headline\nTwo people were hurt, according to the head of the city military administration, Serhii Popko.');
    expect(article.people.map((p) => [p.name, p.roles])).toEqual([['Serhii Popko', ['head of the city military administration']]]);
  });

  it('"it said" after an organization spoke is that organization', () => {
    expect(quotesOf('Veltrix Semiconductor Inc. said it was “working closely with regulators” on the recall.', '“We apologise to every customer affected,” it said.')).toEqual([
      ['working closely with regulators', 'Veltrix Semiconductor Inc.', 'partial'],
      ['We apologise to every customer affected,', 'Veltrix Semiconductor Inc.', 'full'],
    ]);
  });
});

describe('reported speech before a quote, and acronym speakers', () => {
  it('"X, who chairs Y, said volunteers had..." then a quote: X speaks, not "said volunteers" (British local)', () => {
    expect(quotesOf('Graham Tindall, who chairs the flood action group, said volunteers had worked through the night. ‘People are exhausted. Some have not slept.’')).toEqual([
      ['People are exhausted. Some have not slept.', 'Graham Tindall', 'full'],
    ]);
    expect(quotesOf('Ana Ruiz, a nurse at the hospital, said colleagues were leaving. "We cannot keep people on these wages."')[0]![1]).toBe('Ana Ruiz');
  });

  it('an undefined acronym speaker is the organization named in full with those initials (science, wire)', () => {
    expect(quotesOf('The European Medicines Agency’s committee backed the drug on Friday. In a statement, the EMA said the benefits “outweigh its risks in the restricted population,” noting infections.')[0]![1]).toBe('European Medicines Agency');
    expect(quotesOf('The National Transportation Safety Board opened an inquiry. “We will look at every system on that aircraft,” the NTSB said.')[0]![1]).toBe('National Transportation Safety Board');
  });

  it('controls: an acronym with no full name, or two candidates, stays as written', () => {
    expect(quotesOf('“We will appeal the ruling in every court we can,” the NRA said on Friday.')[0]![1]).toBe('NRA');
    expect(quotesOf('The Maritime Safety Agency and the Marine Science Association met. “The data are not yet complete for the whole coast,” the MSA said.')[0]![1]).toBe('MSA');
  });
});

describe('organizations and unnamed speakers described before they speak', () => {
  it('"X, the regional development agency" then "The agency said": X (Irish, non-English name)', () => {
    expect(quotesOf('According to Údarás na Gaeltachta, the regional development agency, few homes were sold to Irish speakers. The agency said last month that conditions ‘must be matched by affordable finance, or they will remain words on paper’.')[0]![1]).toBe('Údarás na Gaeltachta');
    expect(quotesOf('Veritas Bank, a small regional lender, reported a loss. The lender said the results “reflect a difficult year for every bank in the region”.')[0]![1]).toBe('Veritas Bank');
  });

  it('"Jakarta-based X, which monitors ..., said": the organization after the place (Indonesian NGO)', () => {
    expect(quotesOf('Jakarta-based Jaringan Tambang Bersih, which monitors the nickel industry, said any audit “must be public and independent of the companies”.')[0]![1]).toBe('Jaringan Tambang Bersih');
  });

  it('"A meteorologist with the weather service said ..." then "the meteorologist said": the unnamed one, not the last person named (US local)', () => {
    const q = quotesOf('The Rev. Alphonse Banks, pastor of First Baptist Church, stood in the ruins.', 'A meteorologist with the weather service said teams would survey the area. “We are seeing damage consistent with winds above 150 miles per hour,” the meteorologist said.');
    expect(q[0]![1]).toBe('A meteorologist');
  });

  it('control: "the striker said" after a named striker is still that striker', () => {
    expect(quotesOf('Striker Tomas Berg scored twice on Sunday.', '“It was the best night of my career so far,” the striker said.')[0]![1]).toBe('Tomas Berg');
  });
});

describe('a bracketed tag between the speaker and the verb', () => {
  it('"Cllr X (Lab, Ward) told", "X (Con, Town), said", "Sen. Y (D-N.M.), who..., said": the person, never the ward', () => {
    expect(quotesOf('Committee chairman Cllr Sandeep Gill (Lab, Fulwood West) told the meeting that refusal would be ‘very hard to defend’ on appeal.')[0]![1]).toBe('Sandeep Gill');
    expect(quotesOf('The committee’s chairman, Cllr Robert Ainsworth (Con, Thirsk), said members faced ‘a very finely balanced application’ this week.')[0]![1]).toBe('Robert Ainsworth');
    expect(quotesOf('Sen. Maria Lopez (D-N.M.), who wrote the bill, said it was “a promise we made to every family who lost a home.”')[0]![1]).toBe('Maria Lopez');
  });

  it('control: a body named in brackets after a name still leaves the named person speaking', () => {
    expect(quotesOf('Dr. Lena Park (University of Leeds), who led the study, said the results were “stronger than we expected at the start.”')[0]![1]).toBe('Lena Park');
  });
});

describe('an organization explained by an apposition with a participle', () => {
  it('"X, a trade body representing ..., said": X speaks as an organization (trade press, science)', () => {
    expect(quotesOf('CropCare Europe, a trade body representing pesticide manufacturers, said any change should be "based on the weight of evidence, not a single study".')[0]![1]).toBe('CropCare Europe');
    expect(quotesOf('Ostara Water, a utility owned by three councils, said the supply was “safe to drink for every household on the network”.')[0]![1]).toBe('Ostara Water');
  });

  it('control: "X, a nurse working nights, said" is not an organization', () => {
    expect(quotesOf('Mary Cole, a nurse working nights, said the ward was “stretched beyond anything I have seen before”.')[0]![1]).toBe('Mary Cole');
  });
});

describe('unnamed, described and signed speakers', () => {
  it('"he said" after an unnamed speaker goes to that description, not a person named earlier', () => {
    expect(quotesOf(
      'The talks were chaired by Sheikh Omar bin Salim Al-Rashidi, the mediator, who said the lists were final.',
      'A senior Norwegian envoy, who asked not to be named because he was not authorised to speak, told Reuters that Oslo had spent "months of patient work" on the deal. "They opened the door; we brought the people through it," he said.',
    )).toEqual([
      ['months of patient work', 'A senior Norwegian envoy', 'partial'],
      ['They opened the door; we brought the people through it,', 'A senior Norwegian envoy', 'full'],
    ]);
  });

  it('control: "he said" after a sentence that names the speaker keeps that person', () => {
    expect(quotesOf('Tomas Berg, the envoy, told reporters that the deal was close. "We are nearly there," he said.')[0]![1]).toBe('Tomas Berg');
  });

  it('"a woman ... told" is not the referent of "he"', () => {
    const q = quotesOf('Peter Lund, the mayor, spoke first.', 'A woman who lives nearby told reporters that the night was long. "It came too late," he said.');
    expect(q[0]![1]).toBe('Peter Lund');
  });

  it('a body described then named ("known as X") speaks, and "It added" continues it', () => {
    expect(quotesOf(
      'The central bank cut its key rate on Wednesday.',
      '“The board judges that price pressures have eased enough for a cut,” the bank’s rate-setting board, known as Fedcom, wrote in its statement. It added that further moves would “depend on the path of wages.”',
    )).toEqual([
      ['The board judges that price pressures have eased enough for a cut,', 'Fedcom', 'full'],
      ['depend on the path of wages.', 'Fedcom', 'partial'],
    ]);
  });

  it('a pull-quote paragraph signed "— Name, role" on the next line belongs to that name', () => {
    expect(quotesOf(
      'The central bank cut its key rate on Wednesday.',
      '“The bank gave the market what it wanted but wrote the statement for the worriers. Expect another cut in March.”',
      '— Lucia Ferreira-Matos, chief economist at a local lender',
    )[0]![1]).toBe('Lucia Ferreira-Matos');
  });

  it('control: a paragraph opening with a dash and no name signs nothing', () => {
    const q = quotesOf('“Nothing changes here,” said Ana Souza.', '“We will wait and see what the budget brings this year.”', '— and then the markets fell.');
    expect(q[1]![1]).toBe('Ana Souza');
  });

  it('"noting that X ..." after a partial quote: the sentence subject speaks, not X', () => {
    expect(quotesOf(
      'The Leeds Rhinos lost on Friday. Coach Harold Brennan was pleased.',
      'Brennan called it "a tough night" and praised his forwards for "winning the ball when it counted," noting that Leeds scored only once after the break.',
    )).toEqual([
      ['a tough night', 'Harold Brennan', 'partial'],
      ['winning the ball when it counted,', 'Harold Brennan', 'partial'],
    ]);
  });

  it('"one nurse at the hospital, who ..., told X:" is an unnamed nurse, not the hospital', () => {
    const q = quotesOf('Staff at Glen Ardle Hospital were told on Monday that the ward would close.', 'One doctor at the hospital, who did not want to be named, told the BBC: "We have been running on goodwill for years."');
    expect(q[0]![1]).toBe('One doctor at the hospital');
  });

  it('control: "an official at a news conference said" keeps only the official', () => {
    expect(quotesOf('An official at a news conference said: "We are ready for the storm."')[0]![1]).toBe('An official');
  });
});

describe('a participle clause after a comma hangs on the main subject', () => {
  it('"X welcomed it in a statement carried by Y, praising “...”": X speaks, and a country speaks for itself', () => {
    expect(quotesOf('Norway welcomed the agreement in a statement carried by the state news agency NTB, praising "the patient work of both delegations over many months".')[0]![1]).toBe('Norway');
    expect(quotesOf('Mayor Ann Cole welcomed the plan in a letter to the Harbour Trust, calling it "the best news this town has had in years".')[0]![1]).toBe('Ann Cole');
  });

  it('control: "X said, “...”" with no participle keeps the speaker before the comma', () => {
    expect(quotesOf('Officials met on Monday. The Harbour Trust said, "We will study the plan carefully before we decide."')[0]![1]).toBe('Harbour Trust');
  });
});

describe('speakers named in apposition, and reported speech before a quote paragraph', () => {
  it('"said its managing director, Name": the name, and the quote after the attribution keeps it', () => {
    expect(quotesOf('Harlow Homes, a family-run builder, said it was weighing its options.', '‘We are a local company. Everyone here grew up nearby,’ said its finance director, Aoife Brennan. ‘But the banks do not lend on goodwill.’')).toEqual([
      ['We are a local company. Everyone here grew up nearby,', 'Aoife Brennan', 'full'],
      ['But the banks do not lend on goodwill.', 'Aoife Brennan', 'full'],
    ]);
  });

  it('control: "said the company, Name of a body, in a statement" is still the body', () => {
    expect(quotesOf('"We will appeal the ruling," said the company, Harlow Homes, in a statement.')[0]![1]).toBe('Harlow Homes');
  });

  it('a paragraph all quote after "X, a spokeswoman, said the ..." (no quote there) is X\'s', () => {
    expect(quotesOf(
      'Marta Quinlan-Hale, a spokeswoman for Delta Regional Hospital, said the hospital had received 40 patients overnight. Others were taken to clinics in nearby towns.',
      '"Our staff came in on their own before we ever made a single call. That is just who this town is."',
    )[0]![1]).toBe('Marta Quinlan-Hale');
  });

  it('control: a paragraph that only names someone, reporting no speech, gives no speaker', () => {
    expect(quotesOf(
      'Marta Quinlan-Hale has run the hospital for a decade. Others were taken to clinics in nearby towns.',
      '"Our staff came in on their own before we ever made a single call. That is just who this town is."',
    )[0]![1]).toBeNull();
  });
});

describe('the subject of a clause, past a conjunction or a "who" clause', () => {
  it('"X, the head of Y, welcomed the plan but described it as “...”": X, not "the plan but"', () => {
    expect(quotesOf('Dora K. Whitlam, the chair of the Growers Council, welcomed the report but described the grant as "a drop in the ocean" for most farms.')).toEqual([
      ['a drop in the ocean', 'Dora K. Whitlam', 'partial'],
    ]);
  });

  it('control: "and added" after a reported clause keeps the first speaker', () => {
    expect(quotesOf('Mayor Karen Holt said the budget was tight and added that cuts were "not off the table".')[0]![1]).toBe('Karen Holt');
  });

  it('"One rival bidder, who spoke on condition of anonymity, called the price “...”": an unnamed speaker', () => {
    expect(quotesOf('One rival bidder, who spoke on condition of anonymity because talks were private, called the price "far too rich" but said it was "defensible, given the reviews."')).toEqual([
      ['far too rich', 'One rival bidder', 'partial'],
      ['defensible, given the reviews.', 'One rival bidder', 'partial'],
    ]);
  });

  it('control: "One new clause, which ..., called it" is not a person', () => {
    const q = quotesOf('One new clause, which lawyers added late, called the deal "binding."');
    expect(q[0]![1]).not.toBe('One new clause');
  });
});

describe('a person noun owned by a named person', () => {
  it('"Brandt\'s spokesperson ..., saying that “...”" is the spokesperson, unnamed', () => {
    expect(quotesOf('Minister Ola Brandt left early. Brandt\'s spokesperson declined to comment, saying only that the ministry "acts as one team once it decides."')).toEqual([
      ['acts as one team once it decides.', "Brandt's spokesperson", 'partial'],
    ]);
  });

  it('control: "Brandt\'s spokesperson, Lena Vik, said" is Lena Vik', () => {
    const q = quotesOf('Minister Ola Brandt left early. Brandt\'s spokesperson, Lena Vik, said the ministry "acts as one team once it decides."');
    expect(q[0]![1]).toBe('Lena Vik');
  });
});

describe('a speech verb in a relative clause', () => {
  it('"… with Mayor Karen Holt, who has spent a year promising that it would open “…”" is Holt', () => {
    expect(quotesOf('The vote puts the council at odds with Mayor Karen Holt, who has spent a year promising that the bridge would open "before the snow, not after it."')).toEqual([
      ['before the snow, not after it.', 'Karen Holt', 'partial'],
    ]);
  });

  it('controls: "Holt met Ruiz, who told reporters “…”" is Ruiz; "Holt, who chairs the board, said “…”" is Holt', () => {
    expect(quotesOf('Mayor Karen Holt met Governor Luis Ruiz, who told reporters the bridge was "nearly done."')[0]![1]).toBe('Luis Ruiz');
    expect(quotesOf('Mayor Karen Holt, who chairs the board, said the bridge was "nearly done."')[0]![1]).toBe('Karen Holt');
  });
});

describe('a quote that runs on into its clause', () => {
  it('"… remained “fully committed” to Ruiz — a message fans were quick to label …": not Ruiz', () => {
    expect(quotesOf('Governor Luis Ruiz faces a vote. Chair Dana Okafor told members that the board remained "fully committed" to Ruiz — a message critics were quick to label a bluff.')[0]![1]).toBe('Dana Okafor');
  });

  it('control: "… would “escort the trucks” for 60 days, the official said" finds the speaker after the comma', () => {
    expect(quotesOf('The troops would "escort the harvest trucks" for at least 60 days, the official said.')[0]![1]).toBe('the official');
  });
});

describe('a quote that runs on over a paragraph break', () => {
  it('the quotes after it in the paragraph where it ends keep its speaker', () => {
    const q = quotesOf(
      'Mayor Karen Holt spoke first.',
      '"The bridge is old," Holt told the council. "It was built for carts, not trucks.',
      '"We cannot wait," she went on. "Next year it is the bridge. After that it is every road in the county."',
    );
    expect(q.map((x) => x[1])).toEqual(['Karen Holt', 'Karen Holt', 'Karen Holt', 'Karen Holt']);
  });

  it('control: a new paragraph of narration naming someone else still breaks the follow-on', () => {
    const q = quotesOf('Mayor Karen Holt spoke first. "The bridge is old," Holt said.', 'Governor Luis Ruiz disagreed. "Nothing is wrong with it."');
    expect(q[1]![1]).toBe('Luis Ruiz');
  });
});

describe('a long apposition ending in a place or a body', () => {
  it('"X, 41, a baker who runs a stall near Leeds Market, said …": X, not the market', () => {
    expect(quotesOf('Tomasz Wierzbicki, 41, a baker who runs a stall near Leeds Market, said he had voted "with real doubts."')[0]![1]).toBe('Tomasz Wierzbicki');
  });

  it('"X, an attorney with the Law, Justice, and Rights Clinic, said": X, not the clinic', () => {
    expect(quotesOf('Amara Osei-Lind, a staff attorney with the Law, Justice, and Rights Clinic, said the ruling gave her "quiet optimism."')[0]![1]).toBe('Amara Osei-Lind');
  });

  it('control: "X, who met the minister, and the Farmers Union said": not X alone', () => {
    expect(quotesOf('Tomasz Wierzbicki, who met the minister, and the Farmers Union said the plan was "a start."')[0]![1]).not.toBe('Tomasz Wierzbicki');
  });
});

describe('a name that modifies the next name', () => {
  it('"Oracle Silver Wolf Racing team principal X said …. “…,” he said": X, not the team', () => {
    const q = quotesOf('The race ended in rain.', 'Oracle Silver Wolf Racing team principal Marco Ferrante said a loose bolt caused the delay.', '"That was our fault," he said.');
    expect(q[0]![1]).toBe('Marco Ferrante');
  });

  it('control: "Anna Kowalski met team principal Marco Ferrante. “…,” she said": Anna, the subject', () => {
    const q = quotesOf('Anna Kowalski met team principal Marco Ferrante on Sunday.', '"We talked for an hour," she said.');
    expect(q[0]![1]).toBe('Anna Kowalski');
  });
});

describe('a participle inside the object of a verdict verb', () => {
  it('"X … described the levy on tourists announced in the budget as “…”": X, not the levy', () => {
    expect(quotesOf('Councillor Maeve Doherty called for a review, and described the levy on tourists announced in the budget as "a tax on hope".')[0]![1]).toBe('Maeve Doherty');
  });

  it('control: after a verdict verb, a name\'s own "announced in March" is still that name speaking', () => {
    expect(quotesOf('Critics described the plan as weak before minister Brian Kelly announced in March that it was "here to stay for good".')[0]![1]).toBe('Brian Kelly');
  });
});

describe('a bare plural person noun opening a relative clause', () => {
  it('"Crowds gathered …, weeks after a law that local activists said had “failed everyone”": the activists', () => {
    expect(quotesOf('Crowds of people gathered outside the court on Friday, weeks after a law that local activists said had "failed everyone" in the valley.')[0]![1]).toBe('local activists');
  });

  it('"… a levy that one hotel owner has called “…”": one hotel owner, not the minister', () => {
    expect(quotesOf('Finance minister Brian Kelly refused to drop a tourist levy that one hotel owner has called "a tax on every guest".')[0]![1]).toBe('one hotel owner');
  });

  it('"… — a rule rights groups have long dismissed as a “…”": the rights groups (no "that"), partial speech', () => {
    expect(quotesOf('Ships must sail to a distant port — a rule rights groups have long dismissed as a "cruel detour" for the rescued.')[0]).toEqual(['cruel detour', 'rights groups', 'partial']);
  });

  it('control: "a rule the ships follow" names no speaker from a plain noun', () => {
    expect(quotesOf('Ships must sail to a distant port — a rule the crews have long followed as a "cruel detour" for the rescued.')[0]![1]).toBeNull();
  });

  it('control: "a law that the mayor said …" is not taken by the plural rule', () => {
    expect(quotesOf('Crowds of people gathered outside the court on Friday, weeks after a law that Mayor Karen Holt said had "failed everyone" in the valley.')[0]![1]).toBe('Karen Holt');
  });
});

describe('a reply to a question put in the paragraph before', () => {
  it('"Asked whether …, she smiled." then a paragraph of quote: she answers', () => {
    const q = quotesOf('Mayor Karen Holt opened the new bridge on Friday.', 'Asked whether she would run again, she smiled.', '"It is June. Ask me at Christmas."');
    expect(q[0]![1]).toBe('Karen Holt');
  });

  it('control: a paragraph that asks nothing gives a short lone quote no speaker', () => {
    const q = quotesOf('Mayor Karen Holt opened the new bridge on Friday.', 'Rain fell all afternoon.', '"It is June. Ask me at Christmas."');
    expect(q[0]![1]).toBeNull();
  });
});

describe('a named spokesperson and her later quotes', () => {
  it('the name, not the description, speaks; "Ms X told … . “…,” she said" stays with her past another woman', () => {
    const q = quotesOf(
      'Addressing the crowd from a lorry parked on Main Street, Maeve Doherty, a spokeswoman for the Community Tenants Union, said families were being "priced out of the city they grew up in".',
      '"I have neighbours who have been in the same house for years," she said.',
      'Housing spokeswoman Niamh Kelly told the rally the government had "run out of excuses".',
      'Ms Doherty told the crowd that organisers were planning further demonstrations before Christmas.',
      '"This is not one day out," she said. "We will be back."',
    );
    expect(q.map((x) => x[1])).toEqual(['Maeve Doherty', 'Maeve Doherty', 'Niamh Kelly', 'Maeve Doherty', 'Maeve Doherty']);
  });
});

describe('one member of a group described before', () => {
  it('"Two officials close to the mayor said … . “…,” said one of the officials": keeps "close to the mayor"', () => {
    const q = quotesOf('Two officials close to the mayor said the budget talks had stalled in May. "Nobody wanted a second fight," said one of the officials, who asked not to be named.');
    expect(q[0]![1]).toBe('one of the officials close to the mayor');
  });

  it('control: a group never described stays "one of the officials"', () => {
    const q = quotesOf('Two officials arrived late. "Nobody wanted a second fight," said one of the officials, who asked not to be named.');
    expect(q[0]![1]).toBe('one of the officials');
  });
});

describe('a second verb joined by "and" inside a reported clause', () => {
  it('"She said the guards had taken … and told them … “…”": the guards', () => {
    const q = quotesOf('Amina Yusuf, 31, crossed the border in March.', 'She said the guards had taken their passports and told them the wait would last "two days, maybe three".');
    expect(q[0]![1]).toBe('the guards');
  });

  it('control: "X said forces had advanced, but described … as “…”" is X (a comma returns to the main clause)', () => {
    const q = quotesOf('Colonel Petro Marchenko said enemy forces had advanced in recent weeks, but described the front as "tense but holding."');
    expect(q[0]![1]).toBe('Petro Marchenko');
  });
});

describe('a speech verb joined to an earlier quote of the sentence', () => {
  it('"Speaking in Leeds, Ms Patel said the deal was “fair and final”, and insisted the board would not be “rushed” into it": Patel, partial', () => {
    const q = quotesOf('Speaking at a trade conference in Leeds on Monday, Minister Anita Patel said the deal, approved by the independent Wage Board in May, was "fair and final", and insisted the board would not be "rushed" into reopening it.');
    expect(q[1]).toEqual(['rushed', 'Anita Patel', 'partial']);
  });

  it('control: a new subject after "and" ("and the union insisted …") is not the earlier speaker', () => {
    const q = quotesOf('Minister Anita Patel said the deal was "fair and final", and union leader Tom Reyes insisted the members would not be "rushed" into it.');
    expect(q[1]![1]).toBe('Tom Reyes');
  });
});
