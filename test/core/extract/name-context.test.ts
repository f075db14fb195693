// Leftover capitalised names judged by their words and context (name-context.ts), through the
// whole extractor: sentences composed in several outlets' styles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const article = (text: string) => extractArticle(`Headline\n${text}`);
const orgs = (text: string) => article(text).organizations.map((o) => o.name);

describe('bodies named in other languages', () => {
  it('reads a body by its word in Irish, Polish or Dutch, keeping the Irish article', () => {
    expect(orgs('In a statement, An Garda Síochána said officers attended.')).toContain('An Garda Síochána');
    expect(orgs('A spokeswoman for the water authority, Wody Polskie, said levels were normal.')).toContain('Wody Polskie');
    expect(orgs('Stichting Natuurmonumenten said the dunes would close.')).toContain('Stichting Natuurmonumenten');
  });

  it('names no person there, and keeps a person whose title holds such a word', () => {
    expect(article('In a statement, An Garda Síochána said officers attended.').people).toEqual([]);
    expect(article('Garda Sergeant Aoife Byrne said the road was closed.').people.map((p) => p.name)).toEqual(['Aoife Byrne']);
  });
});

describe('a place before a title of office', () => {
  it('ends the place before "Sheriff" or "Marshal"', () => {
    const a = article('Lake County Sheriff Tom H. Briggs said the road would stay closed.');
    expect(a.places.map((p) => p.name)).toEqual(['Lake County']);
    expect(a.people.map((p) => p.name)).toEqual(['Tom H. Briggs']);
  });
});
