// The in-memory article library: entries newest first, a people index across articles, headline and
// text search. Everything a lookup compares is normalized once when an entry is added, so answers
// on the interaction path (autocomplete above all) are a few string comparisons, even with 10,000
// articles. Pure: the file loader (src/storage/article-library.ts) feeds it.
import type { ArticleLibrary, LibraryEntry, LibraryPerson, PersonLookup } from './library.ts';
import { closestNames, decide, matchScore, nameKeys, normalizeName, rankByName } from './name-match.ts';
import type { NameKeys } from './name-match.ts';

interface IndexedEntry {
  entry: LibraryEntry;
  headline: string;
  people: string;
  text: string;
}

interface IndexedPerson {
  person: LibraryPerson;
  keys: NameKeys;
}

function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  return b.sortTime - a.sortTime || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);
}

function pushUnique(list: string[], value: string): void {
  const n = normalizeName(value);
  if (n !== '' && !list.some((v) => normalizeName(v) === n)) list.push(value);
}

export class MemoryLibrary implements ArticleLibrary {
  private readonly byId = new Map<string, IndexedEntry>();
  private sorted: IndexedEntry[] | null = [];
  private peopleIndex: { people: IndexedPerson[]; byKey: { key: string; at: number }[] } | null = null;

  constructor(entries: Iterable<LibraryEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Adds or replaces an entry (same article id). */
  add(entry: LibraryEntry): void {
    const a = entry.article;
    this.byId.set(a.id, {
      entry,
      headline: normalizeName(a.headline),
      people: a.people.map((p) => normalizeName([p.name, ...p.aliases].join(' '))).join(' | '),
      text: normalizeName(a.sentences.map((s) => s.text).join(' ')),
    });
    this.sorted = null;
    this.peopleIndex = null;
  }

  remove(id: string): boolean {
    const had = this.byId.delete(id);
    if (had) {
      this.sorted = null;
      this.peopleIndex = null;
    }
    return had;
  }

  list(): readonly LibraryEntry[] {
    return this.indexed().map((i) => i.entry);
  }

  get(id: string): LibraryEntry | undefined {
    return this.byId.get(id)?.entry;
  }

  resolve(ref: string): LibraryEntry | undefined {
    const exact = this.byId.get(ref.trim());
    if (exact) return exact.entry;
    const q = normalizeName(ref);
    if (q === '') return undefined;
    const all = this.indexed();
    return (
      all.find((i) => i.headline === q || normalizeName(i.entry.article.id) === q) ??
      all.find((i) => i.headline.startsWith(q)) ??
      all.find((i) => i.headline.includes(q))
    )?.entry;
  }

  /** Headline search for autocomplete: prefix matches first, then word matches; empty query = newest. */
  searchHeadlines(query: string, limit: number): LibraryEntry[] {
    const q = normalizeName(query);
    const all = this.indexed();
    if (q === '') return all.slice(0, limit).map((i) => i.entry);
    const starts: LibraryEntry[] = [];
    const contains: LibraryEntry[] = [];
    const words = q.split(' ');
    for (const i of all) {
      if (i.headline.startsWith(q)) starts.push(i.entry);
      else if (contains.length < limit && words.every((w) => i.headline.includes(w))) contains.push(i.entry);
      if (starts.length >= limit) break;
    }
    return [...starts, ...contains].slice(0, limit);
  }

  search(query: string, limit = Infinity): LibraryEntry[] {
    const q = normalizeName(query);
    if (q === '') return this.list().slice(0, limit);
    const words = q.split(' ');
    const scored: { entry: LibraryEntry; score: number }[] = [];
    for (const i of this.indexed()) {
      let score = 0;
      if (i.headline.includes(q)) score += 10;
      if (i.people.includes(q)) score += 8;
      let all = true;
      for (const w of words) {
        const inHeadline = i.headline.includes(w);
        const inPeople = i.people.includes(w);
        const inText = inHeadline || inPeople || i.text.includes(w);
        if (!inText) {
          all = false;
          break;
        }
        score += (inHeadline ? 3 : 0) + (inPeople ? 2 : 0) + 1;
      }
      if (all) scored.push({ entry: i.entry, score });
    }
    // Stable sort over a newest-first list: equal scores stay newest first.
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map((s) => s.entry);
  }

  findPeople(query: string, options: { withQuotes?: boolean; limit?: number } = {}): LibraryPerson[] {
    const limit = options.limit ?? Infinity;
    const { people, byKey } = this.people();
    const q = normalizeName(query);
    const eligible = (p: IndexedPerson): boolean => !options.withQuotes || p.person.quoteCount > 0;
    if (q === '') {
      // Most-mentioned first: the names a user is most likely after.
      return people
        .filter(eligible)
        .sort((a, b) => b.person.articles.length - a.person.articles.length)
        .slice(0, limit)
        .map((p) => p.person);
    }
    // Candidates: people with a key (full name, alias or word) starting with the first query word.
    const first = q.split(' ')[0] ?? q;
    const candidateIdx = new Set<number>();
    let lo = 0;
    let hi = byKey.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((byKey[mid]?.key ?? '') < first) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byKey.length; i++) {
      const k = byKey[i];
      if (k === undefined || !k.key.startsWith(first)) break;
      candidateIdx.add(k.at);
    }
    const candidates: IndexedPerson[] = [];
    for (const at of [...candidateIdx].sort((a, b) => a - b)) {
      const p = people[at];
      if (p !== undefined && eligible(p)) candidates.push(p);
    }
    const ranked = candidates
      .map((p) => ({ p, score: matchScore(q, p.keys) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || b.p.person.articles.length - a.p.person.articles.length);
    return ranked.slice(0, limit).map((r) => r.p.person);
  }

  lookupPerson(query: string, options: { withQuotes?: boolean } = {}): PersonLookup {
    const { people } = this.people();
    const eligible = people.filter((p) => !options.withQuotes || p.person.quoteCount > 0);
    const ranked = rankByName(query, eligible, (p) => p.keys);
    const d = decide(ranked);
    if (d.kind === 'one') return { kind: 'one', person: d.item.person };
    if (d.kind === 'many') return { kind: 'many', candidates: d.items.slice(0, 10).map((p) => p.person) };
    return { kind: 'none', suggestions: closestNames(query, eligible, (p) => p.keys, (p) => p.person.name) };
  }

  private indexed(): IndexedEntry[] {
    if (this.sorted === null) this.sorted = [...this.byId.values()].sort((a, b) => newestFirst(a.entry, b.entry));
    return this.sorted;
  }

  private people(): { people: IndexedPerson[]; byKey: { key: string; at: number }[] } {
    if (this.peopleIndex !== null) return this.peopleIndex;
    const byName = new Map<string, LibraryPerson>();
    for (const { entry } of this.indexed()) {
      for (const person of entry.article.people) {
        const key = normalizeName(person.name);
        if (key === '') continue;
        let lp = byName.get(key);
        if (lp === undefined) {
          lp = { name: person.name, aliases: [], roles: [], articles: [], quoteCount: 0 };
          byName.set(key, lp);
        }
        for (const a of person.aliases) if (normalizeName(a) !== key) pushUnique(lp.aliases, a);
        for (const r of person.roles) pushUnique(lp.roles, r);
        lp.articles.push({ entry, person });
        lp.quoteCount += person.quotes.length;
      }
    }
    const people: IndexedPerson[] = [...byName.values()].map((person) => ({ person, keys: nameKeys(person.name, person.aliases) }));
    const byKey: { key: string; at: number }[] = [];
    people.forEach((p, at) => {
      for (const key of new Set([p.keys.full, ...p.keys.aliases, ...p.keys.words])) byKey.push({ key, at });
    });
    byKey.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
    this.peopleIndex = { people, byKey };
    return this.peopleIndex;
  }
}
