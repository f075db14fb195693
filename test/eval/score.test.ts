import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Person, Quote } from '../../src/core/article.ts';
import type { GoldFile } from '../../src/eval/gold.ts';
import { goldDateToIso, GoldFormatError, parseGold } from '../../src/eval/gold.ts';
import { addCounts, emptyCounts, ratios, scoreArticle } from '../../src/eval/score.ts';
import { looseNameMatch, looseRoleMatch, normalizeSentence, tokenF1 } from '../../src/eval/text-match.ts';

function person(name: string, roles: string[] = []): Person {
  return { name, aliases: [], roles, mentions: [], quotes: [] };
}

function quote(text: string, kind: Quote['kind'], speaker: string | null = null): Quote {
  return { text, kind, speaker, speakerType: speaker === null ? null : 'person', sentence: 0 };
}

function article(parts: Partial<Article>): Article {
  return {
    id: 't',
    headline: 'h',
    publishedAt: null,
    sentences: [],
    summary: [],
    people: [],
    quotes: [],
    organizations: [],
    places: [],
    dates: [],
    ...parts,
  };
}

function gold(parts: Partial<GoldFile>): GoldFile {
  return { headline: 'h', people: [], organizations: [], places: [], quotes: [], key_sentences: [], ...parts };
}

describe('text matching rules', () => {
  it('token F1 counts shared words, ignoring case and punctuation', () => {
    // 4 shared words: precision 4/4, recall 4/5 -> F1 = 8/9
    expect(tokenF1('We will not leave it.', 'we will not LEAVE')).toBeCloseTo(8 / 9, 10);
    // 3 of 5: precision 1, recall 0.6 -> 0.75
    expect(tokenF1('a b c d e', 'a b c')).toBeCloseTo(0.75, 10);
    expect(tokenF1('it’s here', "it's here")).toBe(1);
    expect(tokenF1('', 'anything')).toBe(0);
  });

  it('names match when equal or contained at word boundaries', () => {
    expect(looseNameMatch('UN Security Council', 'Security Council')).toBe(true);
    expect(looseNameMatch('Gaza', 'Gaza Strip')).toBe(true);
    expect(looseNameMatch('hamas', 'Hamas')).toBe(true);
    expect(looseNameMatch('Israel', 'Isra')).toBe(false);
    expect(looseNameMatch('CIA', 'Central Intelligence Agency')).toBe(false);
  });

  it('roles match loosely: containment with a content word, or most content words shared', () => {
    expect(looseRoleMatch('US Secretary of State', 'Secretary of State')).toBe(true);
    expect(looseRoleMatch('a herder', 'herder')).toBe(true);
    expect(looseRoleMatch('the US Mission to the UN’s spokesperson', 'spokesperson for the US Mission to the UN')).toBe(true);
    expect(looseRoleMatch('CIA Director', 'Director of the CIA')).toBe(true);
    expect(looseRoleMatch('the trust’s medical director', "The trust's medical director")).toBe(true);
    expect(looseRoleMatch('Agriculture Minister', 'Finance Minister')).toBe(false);
    // "one" before a noun is an article, like "a"; "one of ..." is not.
    expect(looseRoleMatch('a court clerk who asked not to be named', 'One court clerk')).toBe(true);
    expect(looseRoleMatch('an aide to the governor', 'one aide to the governor')).toBe(true);
    expect(looseRoleMatch('a court clerk who asked not to be named', 'One bailiff')).toBe(false);
    expect(looseRoleMatch('head of the clerks', 'one of the clerks')).toBe(false);
    // "one of the people familiar with X" is "a person familiar with X".
    expect(looseRoleMatch('a person familiar with the talks', 'one of the people familiar with the talks')).toBe(true);
    expect(looseRoleMatch('an official close to the mayor', 'one of the officials close to the mayor')).toBe(true);
    expect(looseRoleMatch('a person familiar with the talks', 'one of the officials')).toBe(false);
    expect(looseRoleMatch('chief executive of the Authority', 'of the')).toBe(false);
    expect(looseRoleMatch('sheriff’s spokesperson', 'spokesperson Sgt.')).toBe(false);
  });

  it('summary sentences compare on whitespace and ignore a wire dateline', () => {
    expect(normalizeSentence('  Kenya  appealed\n on Tuesday. ')).toBe('Kenya appealed on Tuesday.');
    expect(normalizeSentence('NAIROBI (Reuters) - Kenya appealed.')).toBe('Kenya appealed.');
    expect(normalizeSentence('LONDON, March 3 (AP) — Rain fell.')).toBe('Rain fell.');
    expect(normalizeSentence('US officials said so - again.')).toBe('US officials said so - again.');
  });
});

describe('people', () => {
  const g = gold({
    people: [
      { name: 'Antony Blinken', aliases: ['Blinken'], roles: ['US Secretary of State', 'senior US ambassador'] },
      { name: 'Benjamin Netanyahu', aliases: ['Netanyahu'], roles: ['Israeli Prime Minister'] },
    ],
  });

  it('recall needs the exact full name; precision accepts an alias once per gold person', () => {
    const predicted = [person('Blinken'), person('Antony Blinken'), person('Netanyahu'), person('Hamas')];
    const { counts, misses } = scoreArticle(g, article({ people: predicted }));
    // recall: only Antony Blinken by full name -> 1/2
    // precision: Antony Blinken (gold 1), Netanyahu (alias of gold 2) -> 2 of 4; Blinken is a duplicate
    expect(counts.people).toEqual({ gold: 2, predicted: 4, recallHits: 1, precisionHits: 2 });
    const r = ratios(counts);
    expect(r.peopleP).toBe(0.5);
    expect(r.peopleR).toBe(0.5);
    expect(r.peopleF1).toBe(0.5);
    expect(misses.missingPeople).toEqual(['Benjamin Netanyahu  (predicted only as "Netanyahu")']);
    expect(misses.extraPeople).toEqual(['Blinken  (duplicate entry for Antony Blinken)', 'Hamas']);
  });

  it('recall is case-sensitive on the full name; precision is not', () => {
    const { counts, misses } = scoreArticle(g, article({ people: [person('antony blinken'), person('Benjamin Netanyahu')] }));
    expect(counts.people).toEqual({ gold: 2, predicted: 2, recallHits: 1, precisionHits: 2 });
    expect(misses.missingPeople).toEqual(['Antony Blinken  (predicted only as "antony blinken")']);
  });

  it('role recall checks the roles of the predicted entry that stands for each gold person', () => {
    const predicted = [person('Antony Blinken', ['Secretary of State']), person('Netanyahu', ['Prime Minister'])];
    const { counts, misses } = scoreArticle(g, article({ people: predicted }));
    // Blinken: "US Secretary of State" found, "senior US ambassador" not; Netanyahu (by alias): found
    expect(counts.roles).toEqual({ gold: 3, found: 2 });
    expect(misses.missingRoles).toEqual(['Antony Blinken: "senior US ambassador"  (predicted: "Secretary of State")']);
  });

  it('roles of a gold person who is not found at all are missed', () => {
    const { counts } = scoreArticle(g, article({ people: [] }));
    expect(counts.roles).toEqual({ gold: 3, found: 0 });
    expect(ratios(counts).peopleF1).toBe(0);
  });
});

describe('quotes and attribution', () => {
  const g = gold({
    people: [{ name: 'Tony Fernandes', aliases: ['Fernandes'], roles: [] }],
    quotes: [
      { text: 'We will not leave any stone unturned to make sure the industry learns.', speaker: 'Tony Fernandes', kind: 'full' },
      { text: 'partial meltdowns', speaker: 'Tokyo Electric Power Company', speaker_type: 'organization', kind: 'partial' },
      { text: 'The Arabs have come here not because they love the Jews,', speaker: 'an advisor to the Palestinian team', kind: 'full' },
      { text: 'It is very painful', speaker: 'Tony Fernandes', kind: 'full' },
      { text: 'digital front door', speaker: null, kind: 'scare' },
      { text: 'Titanic', speaker: null, kind: 'mention' },
    ],
  });

  it('counts found speech, false positives and speakers exactly as documented', () => {
    const predicted = [
      quote('We will not leave any stone unturned to make sure the industry learns', 'full', 'Fernandes'), // found, alias right
      quote('partial meltdowns', 'partial', 'Tokyo Electric Power Company'), // found, org right
      quote('The Arabs have come here not because they love the Jews,', 'full', null), // found, no speaker: wrong
      quote('It is very painful', 'scare'), // gold speech called scare: a miss, not a false positive
      quote('digital front door', 'scare'), // scare on gold scare: neutral
      quote('Titanic', 'full', 'Tony Fernandes'), // speech claimed for a mention: false positive
      quote('words nobody wrote in marks', 'partial', 'Tony Fernandes'), // matches nothing: false positive
    ];
    const { counts, misses } = scoreArticle(g, article({ quotes: predicted }));
    expect(counts.quotes).toEqual({ gold: 4, predicted: 5, matched: 3 });
    expect(counts.attribution).toEqual({ gold: 4, correct: 2 });
    const r = ratios(counts);
    expect(r.quoteP).toBeCloseTo(3 / 5, 10);
    expect(r.quoteR).toBeCloseTo(3 / 4, 10);
    expect(r.quoteF1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 10);
    expect(r.attribution).toBe(0.5);
    expect(misses.missedQuotes).toEqual(['"It is very painful"  (gold speaker: Tony Fernandes; found, but predicted as scare)']);
    expect(misses.wrongSpeakers).toEqual(['"The Arabs have come here not because they love the Jews,"  gold: an advisor to the Palestinian team, predicted: none']);
    expect(misses.extraQuotes).toHaveLength(2);
    expect(misses.extraQuotes[0]).toContain('gold says mention');
    expect(misses.extraQuotes[1]).toContain('no gold quote matches');
  });

  it('a quote below token F1 0.8 is not found; an unnamed speaker matches loosely; another name for the organization is wrong', () => {
    const predicted = [
      quote('We will not leave any stone', 'full', 'Tony Fernandes'), // 6 of 13 words: F1 < 0.8
      quote('partial meltdowns', 'partial', 'TEPCO'), // found, but not the organization's name
      quote('The Arabs have come here not because they love the Jews,', 'full', 'an advisor to the Palestinian team'),
    ];
    const { counts, misses } = scoreArticle(g, article({ quotes: predicted }));
    expect(counts.quotes).toEqual({ gold: 4, predicted: 3, matched: 2 });
    expect(counts.attribution.correct).toBe(1);
    expect(misses.missedQuotes[0]).toMatch(/closest prediction F1 0\.63/);
  });

  it('each gold quote is matched once', () => {
    const predicted = [quote('partial meltdowns', 'partial', 'Tokyo Electric Power Company'), quote('partial meltdowns', 'partial', 'Tokyo Electric Power Company')];
    const { counts } = scoreArticle(g, article({ quotes: predicted }));
    expect(counts.quotes).toEqual({ gold: 4, predicted: 2, matched: 1 });
  });
});

describe('organizations, places, summary', () => {
  it('organizations: loose one-to-one matching', () => {
    const g = gold({ organizations: ['UN Security Council', 'Hamas', 'CIA', 'AirAsia', 'Indonesia AirAsia'] });
    const predicted = ['Security Council', 'Hamas', 'Central Intelligence Agency', 'AirAsia'].map((name) => ({ name, mentions: [] }));
    const { counts, misses } = scoreArticle(g, article({ organizations: predicted }));
    // Security Council, Hamas, AirAsia: 3 matched; P 3/4, R 3/5
    expect(counts.organizations).toEqual({ gold: 5, predicted: 4, matched: 3 });
    expect(ratios(counts).orgF1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10);
    expect(misses.missingOrganizations).toEqual(['CIA', 'Indonesia AirAsia']);
    expect(misses.extraOrganizations).toEqual(['Central Intelligence Agency']);
  });

  it('places: a prediction contained in two gold names still matches only one', () => {
    const g = gold({ places: ['Gaza Strip', 'Gaza City', 'Rafah'] });
    const predicted = ['Gaza', 'Rafah', 'Ra'].map((name) => ({ name, mentions: [] }));
    const { counts } = scoreArticle(g, article({ places: predicted }));
    expect(counts.places).toEqual({ gold: 3, predicted: 3, matched: 2 });
  });

  it('summary recall looks at the first three summary sentences; lead-3 at the first three sentences', () => {
    const keys = ['One is first.', 'Two is second.', 'Three is third.'];
    const sentences = ['One is first.', 'Two is second.', 'Four is other.', 'Three is third.'].map((text) => ({ text, paragraph: 0 }));
    const g = gold({ key_sentences: keys });
    const a = article({ sentences, summary: ['Three is third.', 'Four is other.', ' One  is first.', 'Two is second.'] });
    const { counts, misses } = scoreArticle(g, a);
    expect(counts.summary).toEqual({ gold: 3, found: 2, lead3Found: 2 });
    expect(misses.missingKeySentences).toEqual(['Two is second.']);
  });
});

describe('totals and ratios', () => {
  it('adds counts field by field', () => {
    const a = emptyCounts();
    a.people = { gold: 2, predicted: 3, recallHits: 1, precisionHits: 2 };
    const b = emptyCounts();
    b.people = { gold: 1, predicted: 1, recallHits: 1, precisionHits: 1 };
    b.summary = { gold: 3, found: 1, lead3Found: 2 };
    const sum = addCounts(a, b);
    expect(sum.people).toEqual({ gold: 3, predicted: 4, recallHits: 2, precisionHits: 3 });
    expect(sum.summary).toEqual({ gold: 3, found: 1, lead3Found: 2 });
  });

  it('a ratio with nothing to count is null, and F1 treats that side as perfect', () => {
    const c = emptyCounts();
    expect(ratios(c).peopleF1).toBeNull();
    c.organizations = { gold: 0, predicted: 3, matched: 0 };
    expect(ratios(c).orgF1).toBe(0);
    c.places = { gold: 0, predicted: 0, matched: 0 };
    expect(ratios(c).placeF1).toBeNull();
  });
});

describe('gold files', () => {
  it('reads the Wikinews date form and ISO dates', () => {
    expect(goldDateToIso('Wednesday, December 2, 2015')).toBe('2015-12-02');
    expect(goldDateToIso('March 9 2009')).toBe('2009-03-09');
    expect(goldDateToIso('Wednesday 4 March 2026')).toBe('2026-03-04');
    expect(goldDateToIso('4 Marchember 2026')).toBeUndefined();
    expect(goldDateToIso('2026-03-10')).toBe('2026-03-10');
    expect(goldDateToIso('sometime in spring')).toBeUndefined();
    expect(goldDateToIso(undefined)).toBeUndefined();
  });

  it('reports a malformed gold file by field', () => {
    expect(() => parseGold({ headline: 'x', people: [{ aliases: [] }], quotes: [{ text: 'a', kind: 'said' }] }, 'bad.json')).toThrow(GoldFormatError);
    expect(() => parseGold({ headline: 'x', people: [] }, 'bad.json')).toThrow(/key_sentences/);
  });

  it('every gold file in test/fixtures/gold is valid and has three key sentences found verbatim in its article', () => {
    const dir = 'test/fixtures/gold';
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const g = parseGold(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
      const text = readFileSync(join(dir, file.replace(/(\.gold)?\.json$/, '.txt')), 'utf8');
      const keys = g.key_sentences ?? g.summary_key_sentences ?? [];
      expect(keys, file).toHaveLength(3);
      for (const key of keys) expect(text, `${file}: ${key}`).toContain(key);
    }
  });
});
