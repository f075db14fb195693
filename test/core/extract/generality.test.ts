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
