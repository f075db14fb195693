import { describe, expect, it } from 'vitest';
import { closestNames, decide, editDistance, matchScore, nameKeys, normalizeName, rankByName } from '../../src/core/name-match.ts';

const people = [
  { name: 'Antony Blinken', aliases: ['Blinken'] },
  { name: 'José Andrés', aliases: [] },
  { name: 'Linda Thomas-Greenfield', aliases: ['Thomas-Greenfield'] },
  { name: 'Mike Johnson', aliases: [] },
  { name: 'Boris Johnson', aliases: [] },
];
const keysOf = (p: { name: string; aliases: string[] }) => nameKeys(p.name, p.aliases);

describe('normalizeName', () => {
  it('ignores case, accents, apostrophes and punctuation', () => {
    expect(normalizeName('  JOSÉ  Andrés ')).toBe('jose andres');
    expect(normalizeName('Thomas-Greenfield')).toBe('thomas greenfield');
    expect(normalizeName('O’Brien')).toBe('obrien');
    expect(normalizeName('Zoë Šimić')).toBe('zoe simic');
  });
});

describe('matching', () => {
  it('takes a full name, an alias, a surname or a prefix, best first', () => {
    expect(rankByName('antony blinken', people, keysOf)[0]?.item.name).toBe('Antony Blinken');
    expect(rankByName('blinken', people, keysOf)[0]?.item.name).toBe('Antony Blinken');
    expect(rankByName('andres', people, keysOf)[0]?.item.name).toBe('José Andrés');
    expect(rankByName('blin', people, keysOf)[0]?.item.name).toBe('Antony Blinken');
    expect(rankByName('thomas-green', people, keysOf)[0]?.item.name).toBe('Linda Thomas-Greenfield');
    expect(rankByName('ant blin', people, keysOf)[0]?.item.name).toBe('Antony Blinken');
  });

  it('scores exact above alias above surname above prefix', () => {
    const k = nameKeys('Antony Blinken', ['Tony']);
    expect(matchScore('antony blinken', k)).toBeGreaterThan(matchScore('tony', k));
    expect(matchScore('tony', k)).toBeGreaterThan(matchScore('blinken', k));
    expect(matchScore('blinken', k)).toBeGreaterThan(matchScore('blin', k));
    expect(matchScore('zzz', k)).toBe(0);
  });

  it('decides: one, several, or none', () => {
    expect(decide(rankByName('Johnson', people, keysOf))).toMatchObject({ kind: 'many' });
    const one = decide(rankByName('Mike Johnson', people, keysOf));
    expect(one.kind === 'one' && one.item.name).toBe('Mike Johnson');
    const prefixOnly = decide(rankByName('Bori', people, keysOf));
    expect(prefixOnly.kind === 'one' && prefixOnly.item.name).toBe('Boris Johnson');
    expect(decide(rankByName('Quuxley', people, keysOf))).toEqual({ kind: 'none' });
  });
});

describe('closest names', () => {
  it('suggests near misses and never a name that is not there', () => {
    expect(closestNames('Blinkin', people, keysOf, (p) => p.name)).toEqual(['Antony Blinken']);
    expect(closestNames('Jonson', people, keysOf, (p) => p.name).sort()).toEqual(['Boris Johnson', 'Mike Johnson']);
    expect(closestNames('Xyzzy Plugh', people, keysOf, (p) => p.name)).toEqual([]);
  });

  it('editDistance is Levenshtein, bounded', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
