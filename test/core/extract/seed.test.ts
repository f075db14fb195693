import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

interface GoldPerson { name: string; aliases: string[]; roles: string[] }
interface GoldQuote { text: string; speaker: string | null; kind: string }
interface Gold { headline: string; people: GoldPerson[]; quotes: GoldQuote[] }

const dir = new URL('../../fixtures/gold/', import.meta.url);
const text = readFileSync(new URL('seed-article.txt', dir), 'utf8');
const gold = JSON.parse(readFileSync(new URL('seed-article.gold.json', dir), 'utf8')) as Gold;
const article = extractArticle(text);

/** DESIGN.md's loose role match: one contains the other, ignoring case and a leading "the". */
const looseRole = (a: string, b: string): boolean => {
  const norm = (s: string): string => s.toLowerCase().replace(/’/gu, "'").replace(/^the\s+/u, '').trim();
  return norm(a).includes(norm(b)) || norm(b).includes(norm(a));
};

describe('the seed article', () => {
  it('has the headline of the file', () => {
    expect(article.headline).toBe(gold.headline);
  });

  it('finds exactly the gold people, by full name, in order of appearance', () => {
    expect(article.people.map((p) => p.name)).toEqual(gold.people.map((p) => p.name));
  });

  it('gives each person the gold aliases', () => {
    for (const g of gold.people) {
      const p = article.people.find((x) => x.name === g.name);
      expect(p?.aliases, g.name).toEqual(g.aliases);
    }
  });

  it('states exactly the roles of the gold file', () => {
    for (const g of gold.people) {
      const p = article.people.find((x) => x.name === g.name)!;
      for (const role of g.roles) expect(p.roles.some((r) => looseRole(r, role)), `${g.name}: ${role}`).toBe(true);
      expect(p.roles, g.name).toHaveLength(g.roles.length);
    }
    // "the senior US ambassador" refers back to the protagonist, the person mentioned just before.
    expect(article.people.find((p) => p.name === 'Antony Blinken')!.roles).toEqual(['US Secretary of State', 'senior US ambassador']);
  });

  it('finds every gold quote verbatim with its kind and speaker, and nothing else', () => {
    expect(article.quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual(gold.quotes.map((q) => [q.text, q.kind, q.speaker]));
  });

  it('links each quote to its speaker and its opening sentence', () => {
    article.quotes.forEach((q, i) => {
      expect(article.sentences[q.sentence]!.text).toContain(q.text);
      const person = article.people.find((p) => p.name === q.speaker);
      if (q.speakerType === 'person') expect(person?.quotes).toContain(i);
      else expect(article.people.some((p) => p.quotes.includes(i))).toBe(false);
    });
  });

  it('does not make a person of a name used only as a modifier or of a place', () => {
    const names = article.people.flatMap((p) => [p.name, ...p.aliases]);
    for (const notPerson of ['Biden', 'Capitol Hill', 'Tel Aviv', 'Security Council', 'Hamas']) expect(names).not.toContain(notPerson);
  });

  it('records the sentences where each person is mentioned', () => {
    const blinken = article.people.find((p) => p.name === 'Antony Blinken')!;
    for (const m of blinken.mentions) expect(article.sentences[m]!.text).toMatch(/Blinken|\bhe\b|“|the senior US ambassador/u);
    expect(blinken.mentions).toContain(0);
  });
});
