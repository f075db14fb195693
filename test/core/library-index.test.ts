import { describe, expect, it } from 'vitest';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { article, entry, person } from '../commands/fixture.ts';

const GIVEN = ['Ana', 'Ben', 'Chen', 'Dara', 'Elif'];
const FAMILY = ['Abara', 'Brandt', 'Castillo', 'Dubois', 'Núñez', 'Okafor'];

function entries(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const people = [0, 1, 2].map((k) => {
      const family = FAMILY[(i + k * 2) % FAMILY.length] ?? '';
      const quotes = k === 0 ? [0] : [];
      return person(`${GIVEN[(i * 3 + k) % GIVEN.length]} ${family}`, { aliases: [family], roles: [`role ${k}`], quotes });
    });
    const day = `2024-01-${String((i % 28) + 1).padStart(2, '0')}`;
    return entry(article(`a-${i}`, `Story ${i} about ${FAMILY[i % FAMILY.length]}`, { people }), day);
  });
}

describe('MemoryLibrary', () => {
  it('adding articles after the indexes exist gives the same answers as building from scratch', () => {
    const all = entries(60);
    const fresh = new MemoryLibrary(all);
    const grown = new MemoryLibrary(all.slice(0, 20));
    grown.warm();
    grown.findPeople('a');
    for (const e of all.slice(20)) grown.add(e);
    expect(grown.list().map((e) => e.article.id)).toEqual(fresh.list().map((e) => e.article.id));
    for (const q of ['', 'a', 'ana', 'nunez', 'Núñez', 'ok', 'ben brandt', 'zz']) {
      const names = (lib: MemoryLibrary) => lib.findPeople(q, { limit: 100 }).map((p) => p.name).sort();
      expect(names(grown), q).toEqual(names(fresh));
    }
    for (const q of ['', 'story', 'story 3', 'about nu', 'castillo', 'qq']) {
      const ids = (lib: MemoryLibrary) => lib.searchHeadlines(q, 25).map((e) => e.article.id);
      expect(ids(grown), q).toEqual(ids(fresh));
    }
    const card = (lib: MemoryLibrary) => {
      const r = lib.lookupPerson('Ana Abara');
      return r.kind === 'one' ? r.person.articles.map((a) => a.entry.article.id) : r.kind;
    };
    expect(card(grown)).toEqual(card(fresh));
  });

  it('findPeople ranks exact matches above prefixes, then the most mentioned, within the limit', () => {
    const lib = new MemoryLibrary([
      ...entries(30),
      entry(article('x', 'Okafor profile', { people: [person('Okaforo Smith')] }), '2024-02-01'),
    ]);
    const found = lib.findPeople('okafor', { limit: 5 });
    expect(found).toHaveLength(5);
    expect(found.every((p) => p.name.endsWith('Okafor'))).toBe(true);
    expect(lib.findPeople('okafo').some((p) => p.name === 'Okaforo Smith')).toBe(true);
    const counts = found.map((p) => p.articles.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('withQuotes keeps only people with quotes', () => {
    const lib = new MemoryLibrary(entries(12));
    const speakers = lib.findPeople('', { withQuotes: true, limit: 100 });
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((p) => p.quoteCount > 0)).toBe(true);
  });

  it('replacing and removing an article updates every answer', () => {
    const lib = new MemoryLibrary(entries(5));
    lib.warm();
    lib.add(entry(article('a-0', 'Replaced story', { people: [person('Zed Quark')] }), '2024-03-01'));
    expect(lib.get('a-0')?.article.headline).toBe('Replaced story');
    expect(lib.findPeople('zed').map((p) => p.name)).toEqual(['Zed Quark']);
    expect(lib.remove('a-0')).toBe(true);
    expect(lib.findPeople('zed')).toEqual([]);
    expect(lib.size).toBe(4);
  });

  it('resolves an id, else a headline, and searches headline, people and text', () => {
    const lib = new MemoryLibrary(entries(10));
    expect(lib.resolve('a-3')?.article.id).toBe('a-3');
    expect(lib.resolve('story 7 about')?.article.id).toBe('a-7');
    const hits = lib.searchHeadlines('story 1', 25).map((e) => e.article.id);
    expect(hits).toContain('a-1');
    // A headline that starts with the query comes before one that only contains its words.
    const extra = new MemoryLibrary([...entries(3), entry(article('b', 'About story 1 again'), '2025-01-01')]);
    expect(extra.searchHeadlines('story 1', 25).map((e) => e.article.id)).toEqual(['a-1', 'b']);
    expect(extra.searchHeadlines('sto', 25).map((e) => e.article.id)).toEqual(['a-2', 'a-1', 'a-0', 'b']);
    expect(lib.search('castillo').length).toBeGreaterThan(0);
    expect(lib.search('nothing like this')).toEqual([]);
  });
});
