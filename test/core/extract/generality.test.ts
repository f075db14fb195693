// Small articles composed for failure categories seen on unseen outlets (not copied from any article).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const extract = (...paragraphs: string[]) => extractArticle(['Headline', ...paragraphs].join('\n'));

describe('generality: US party-affiliation tags', () => {
  it('keeps the lawmaker as speaker and the tag state as a place, never a person', () => {
    const a = extract(
      'Rep. Mark Delahunt, R-Ohio, said the bill would fail. "We do not have the votes," Delahunt said.',
      'Sen. Ana Ruiz (D-N.M.) said she disagreed, as did a colleague, R-Texas.',
    );
    expect(a.people.map((p) => p.name)).toEqual(['Mark Delahunt', 'Ana Ruiz']);
    expect(a.quotes[0]?.speaker).toBe('Mark Delahunt');
    const places = a.places.map((p) => p.name);
    expect(places).toEqual(expect.arrayContaining(['Ohio', 'N.M.', 'Texas']));
  });

  it('does not read ordinary hyphenated capitals as party tags', () => {
    const a = extract('Doctors used an X-Ray machine built by D-Wave Systems engineer Lena Holt.');
    expect(a.places.map((p) => p.name)).not.toContain('Ray');
  });
});

describe('generality: Arabic naming particles', () => {
  it('keeps "bint" and "Umm" inside one name', () => {
    const a = extract('Fatima bint Yousef, a teacher, said the schools were closed.', 'Umm Kulthum Haddad, a nurse, agreed.');
    expect(a.people.map((p) => p.name)).toEqual(['Fatima bint Yousef', 'Umm Kulthum Haddad']);
  });
});

describe('generality: the Arabic article written capitalised or dropped', () => {
  it('joins "Al-Burhan", "al-Burhan" and "Gen. Burhan" to the full name, in wire and British styles', () => {
    const a = extract(
      'Army chief Abdel Fattah al-Burhan met envoys on Sunday. Al-Burhan said the talks would continue.',
      'The envoys later met Gen. Burhan in Port Sudan. "We will not give up," Burhan said.',
      'Sheikh Hasina el-Sayed said the vote was fair. El-Sayed did not take questions.',
    );
    expect(a.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Abdel Fattah al-Burhan', ['Al-Burhan', 'Burhan']],
      ['Hasina el-Sayed', ['El-Sayed']],
    ]);
    expect(a.people[0]!.mentions).toEqual([0, 1, 2, 3]);
    expect(a.quotes[0]?.speaker).toBe('Abdel Fattah al-Burhan');
  });

  it('keeps surnames that only share letters with an article apart', () => {
    const a = extract('Ali Hassan, a farmer, said the rains failed.', 'Omar al-Hassani, a trader, said prices rose. Hassan disagreed.');
    expect(a.people.map((p) => [p.name, p.mentions])).toEqual([
      ['Ali Hassan', [0, 2]],
      ['Omar al-Hassani', [1]],
    ]);
  });
});

describe('generality: statements speak for their organization', () => {
  it('gives "the statement said" to the body that issued it, and keeps follow-on quotes with an organization', () => {
    const a = extract(
      'Sudan\'s Ministry of Health issued a statement on Monday. "The outbreak is under control," the statement said.',
      'UNICEF said the children were at risk. "We need access now," UNICEF said. "Every day counts."',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ministry of Health', 'UNICEF', 'UNICEF']);
  });

  it('keeps a statement with no organization nearby as the statement', () => {
    const a = extract('Nobody was hurt.', 'The roads were quiet on Sunday.', 'Later the rain stopped.', '"The area is safe," the statement said.');
    expect(a.quotes[0]?.speaker).toBe('the statement');
  });
});

describe('generality: long titles joined by "of" and "and"', () => {
  it('keeps the whole portfolio in the role and out of the name', () => {
    const a = extract(
      'Minister of Culture and Information Hamza Abu Bakr al-Tayeb said the festival would go ahead. "We are ready," al-Tayeb said.',
      'Government spokesman and Minister of Information Khalid Omer Yousif said so too.',
    );
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([
      ['Hamza Abu Bakr al-Tayeb', ['Minister of Culture and Information']],
      ['Khalid Omer Yousif', ['Government spokesman and Minister of Information']],
    ]);
    expect(a.people[0]?.aliases).toContain('al-Tayeb');
    expect(a.quotes[0]?.speaker).toBe('Hamza Abu Bakr al-Tayeb');
  });

  it('does not turn the end of an institution name into a person', () => {
    const a = extract('Nour Haddad, an engineer at the Kwame Nkrumah University of Science and Technology, said the data were clear.');
    expect(a.people.map((p) => p.name)).toEqual(['Nour Haddad']);
  });
});

describe('generality: clipped states in party tags', () => {
  it('"(D-Calif.)" and "(R-Mont.)" are part of the tag, not places; "(R-Idaho)" is a place', () => {
    const a = extract('Sen. Maria Lopez (D-Calif.) and Sen. Roy Hall (R-Mont.) wrote the bill with Sen. Jim Beck (R-Idaho).');
    const places = a.places.map((p) => p.name);
    expect(places).not.toContain('Calif');
    expect(places).not.toContain('Mont');
    expect(places).toContain('Idaho');
  });
});
