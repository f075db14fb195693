// The in-memory article library: entries newest first, a people index across articles, headline and
// text search. Everything a lookup compares is normalized once when an entry is added, so answers
// on the interaction path (autocomplete above all) are a few string comparisons, even with 10,000
// articles. Adding an article updates the indexes in place (issue 6 adds articles while running);
// replacing or removing one rebuilds them on the next lookup. Pure: the file loader
// (src/storage/article-library.ts) feeds it.
import type { Person } from './article.ts';
import type { ArticleLibrary, LibraryEntry, LibraryPerson, PersonLookup } from './library.ts';
import { closestNames, decide, matchScore, nameKeys, normalizeName, rankByName } from './name-match.ts';
import type { NameKeys } from './name-match.ts';

interface IndexedEntry {
  entry: LibraryEntry;
  /** The last headline search that looked at this entry (dedupes candidates without a Set). */
  stamp: number;
  headline: string;
  people: string;
  text: string;
}

/** Headline words -> the entries whose headline has them, and the sorted vocabulary for prefixes. */
interface HeadlineIndex {
  postings: Map<string, IndexedEntry[]>;
  vocab: string[];
}

interface IndexedPerson {
  person: LibraryPerson;
  keys: NameKeys;
  aliasKeys: Set<string>;
  roleKeys: Set<string>;
}

interface PeopleIndex {
  people: IndexedPerson[];
  byName: Map<string, IndexedPerson>;
  /** Every key (full name, alias, word) of every person, sorted: prefix lookups are a binary search. */
  byKey: PersonKey[];
}

/** What a key is to its person: the score of an exact or a prefix match follows from it alone. */
const enum KeyKind {
  Full = 0,
  Alias = 1,
  Last = 2,
  Word = 3,
}
// Same scale as matchScore: exact full 100, alias 90, surname 85, other word 80; prefix of a full
// name or alias 60, of a word 50.
const EXACT_SCORE = [100, 90, 85, 80];
const PREFIX_SCORE = [60, 60, 50, 50];

interface PersonKey {
  key: string;
  /** Index into people, which is ordered most-mentioned first: a lower `at` is the better tie. */
  at: number;
  kind: KeyKind;
}

function keysFor(keys: NameKeys, at: number): PersonKey[] {
  const out = new Map<string, KeyKind>();
  const put = (k: string, kind: KeyKind): void => {
    const had = out.get(k);
    if (k !== '' && (had === undefined || kind < had)) out.set(k, kind);
  };
  put(keys.full, KeyKind.Full);
  for (const a of keys.aliases) put(a, KeyKind.Alias);
  put(keys.last, KeyKind.Last);
  for (const w of keys.words) put(w, KeyKind.Word);
  return [...out].map(([key, kind]) => ({ key, at, kind }));
}

function byKeyOrder(a: PersonKey, b: PersonKey): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at;
}

function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
  return b.sortTime - a.sortTime || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);
}

/** The first index in a sorted array where `before(item)` is false. */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MemoryLibrary implements ArticleLibrary {
  private readonly byId = new Map<string, IndexedEntry>();
  private sorted: IndexedEntry[] | null = [];
  private peopleIndex: PeopleIndex | null = null;
  private scratch = new Uint8Array(0);
  private headlineIndex: HeadlineIndex | null = null;
  private stamp = 0;

  constructor(entries: Iterable<LibraryEntry> = []) {
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Builds the indexes now (at start-up), so the first interaction does not pay for it. */
  warm(): void {
    this.people();
    this.headlines();
  }

  /** Adds an entry, or replaces the one with the same article id. */
  add(entry: LibraryEntry): void {
    const a = entry.article;
    const indexed: IndexedEntry = {
      entry,
      stamp: 0,
      headline: normalizeName(a.headline),
      people: a.people.map((p) => normalizeName([p.name, ...p.aliases].join(' '))).join(' | '),
      text: normalizeName(a.sentences.map((s) => s.text).join(' ')),
    };
    const replacing = this.byId.has(a.id);
    this.byId.set(a.id, indexed);
    if (replacing) {
      this.sorted = null;
      this.peopleIndex = null;
      this.headlineIndex = null;
      return;
    }
    if (this.headlineIndex !== null) this.indexHeadline(this.headlineIndex, indexed);
    if (this.sorted !== null) {
      this.sorted.splice(lowerBound(this.sorted, (i) => newestFirst(i.entry, entry) < 0), 0, indexed);
    }
    if (this.peopleIndex !== null) for (const person of a.people) this.addPerson(this.peopleIndex, entry, person, true);
  }

  remove(id: string): boolean {
    const had = this.byId.delete(id);
    if (had) {
      this.sorted = null;
      this.peopleIndex = null;
      this.headlineIndex = null;
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
    const exact = this.byId.get(ref.trim()) ?? this.byId.get(ref.trim().toLowerCase());
    if (exact) return exact.entry;
    const q = normalizeName(ref);
    if (q === '') return undefined;
    const all = this.indexed();
    return (
      all.find((i) => i.headline === q) ??
      all.find((i) => i.headline.startsWith(q)) ??
      all.find((i) => i.headline.includes(q))
    )?.entry;
  }

  searchHeadlines(query: string, limit: number): LibraryEntry[] {
    const q = normalizeName(query);
    if (q === '') return this.indexed().slice(0, limit).map((i) => i.entry);
    const words = q.split(' ');
    // Candidates: the headlines with a word starting with the longest query word (the rarest,
    // mostly), found through the vocabulary; then every query word must appear.
    const driver = words.reduce((a, b) => (b.length > a.length ? b : a));
    const { postings, vocab } = this.headlines();
    // Best `limit` of each kind while scanning (no sort of every candidate): headlines starting with
    // the query first, then those containing its words; newest first within each.
    const starts: IndexedEntry[] = [];
    const contains: IndexedEntry[] = [];
    const offer = (list: IndexedEntry[], i: IndexedEntry): void => {
      const last = list[list.length - 1];
      if (list.length >= limit && last !== undefined && newestFirst(i.entry, last.entry) >= 0) return;
      list.splice(lowerBound(list, (x) => newestFirst(x.entry, i.entry) < 0), 0, i);
      if (list.length > limit) list.pop();
    };
    const stamp = ++this.stamp;
    for (let v = lowerBound(vocab, (w) => w < driver); v < vocab.length; v++) {
      const word = vocab[v] as string;
      if (!word.startsWith(driver)) break;
      for (const i of postings.get(word) ?? []) {
        // An entry listed under several matching words is looked at once.
        if (i.stamp === stamp) continue;
        i.stamp = stamp;
        if (i.headline.startsWith(q)) offer(starts, i);
        else if (starts.length < limit && words.every((w) => i.headline.includes(w))) offer(contains, i);
      }
    }
    return [...starts, ...contains].slice(0, limit).map((i) => i.entry);
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
        if (!inHeadline && !inPeople && !i.text.includes(w)) {
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
    const eligible = (p: IndexedPerson | undefined): p is IndexedPerson => p !== undefined && (!options.withQuotes || p.person.quoteCount > 0);
    if (q === '') {
      // People are kept most-mentioned first: the names a user is most likely after.
      const out: LibraryPerson[] = [];
      for (const p of people) {
        if (out.length >= limit) break;
        if (eligible(p)) out.push(p.person);
      }
      return out;
    }
    // Candidates: people with a key starting with the first query word, a contiguous run of byKey.
    const words = q.split(' ');
    const first = words[0] ?? q;
    // Best score per person in a reusable typed array (a Map costs ~10x at 20,000 candidates).
    if (this.scratch.length < people.length) this.scratch = new Uint8Array(people.length * 2);
    const best = this.scratch;
    const touched: number[] = [];
    for (let i = lowerBound(byKey, (k) => k.key < first); i < byKey.length; i++) {
      const k = byKey[i];
      if (k === undefined || !k.key.startsWith(first)) break;
      const had = best[k.at] ?? 0;
      let score: number;
      if (words.length === 1) {
        // One word: the score follows from the key's kind, no string work per candidate.
        score = (k.key.length === q.length ? EXACT_SCORE : PREFIX_SCORE)[k.kind] ?? 0;
      } else {
        if (had > 0) continue;
        // Zero would look "not seen yet": a person seen and not matching is marked 1 (below every real score).
        score = matchScore(q, (people[k.at] as IndexedPerson).keys) || 1;
      }
      if (had === 0) touched.push(k.at);
      if (score > had) best[k.at] = score;
    }
    // The best `limit`: higher score, then the more-mentioned person (lower index).
    const top: { score: number; at: number }[] = [];
    for (const at of touched) {
      const score = best[at] ?? 0;
      best[at] = 0;
      if (score <= 1 || !eligible(people[at])) continue;
      const last = top[top.length - 1];
      if (top.length >= limit && last !== undefined && (score < last.score || (score === last.score && at > last.at))) continue;
      top.splice(lowerBound(top, (t) => t.score > score || (t.score === score && t.at < at)), 0, { score, at });
      if (top.length > limit) top.pop();
    }
    return top.map((t) => (people[t.at] as IndexedPerson).person);
  }

  lookupPerson(query: string, options: { withQuotes?: boolean } = {}): PersonLookup {
    const { people } = this.people();
    const eligible = people.filter((p) => !options.withQuotes || p.person.quoteCount > 0);
    const d = decide(rankByName(query, eligible, (p) => p.keys));
    if (d.kind === 'one') return { kind: 'one', person: d.item.person };
    if (d.kind === 'many') return { kind: 'many', candidates: d.items.slice(0, 10).map((p) => p.person), total: d.items.length };
    return { kind: 'none', suggestions: closestNames(query, eligible, (p) => p.keys, (p) => p.person.name) };
  }

  private headlines(): HeadlineIndex {
    if (this.headlineIndex !== null) return this.headlineIndex;
    const index: HeadlineIndex = { postings: new Map(), vocab: [] };
    for (const i of this.byId.values()) {
      for (const w of new Set(i.headline.split(' '))) {
        if (w === '') continue;
        const list = index.postings.get(w);
        if (list === undefined) index.postings.set(w, [i]);
        else list.push(i);
      }
    }
    index.vocab = [...index.postings.keys()].sort();
    this.headlineIndex = index;
    return index;
  }

  private indexHeadline(index: HeadlineIndex, i: IndexedEntry): void {
    for (const w of new Set(i.headline.split(' '))) {
      if (w === '') continue;
      const list = index.postings.get(w);
      if (list !== undefined) {
        list.push(i);
        continue;
      }
      index.postings.set(w, [i]);
      index.vocab.splice(lowerBound(index.vocab, (v) => v < w), 0, w);
    }
  }

  private indexed(): IndexedEntry[] {
    if (this.sorted === null) this.sorted = [...this.byId.values()].sort((a, b) => newestFirst(a.entry, b.entry));
    return this.sorted;
  }

  private people(): PeopleIndex {
    if (this.peopleIndex !== null) return this.peopleIndex;
    const index: PeopleIndex = { people: [], byName: new Map(), byKey: [] };
    for (const { entry } of this.indexed()) for (const person of entry.article.people) this.addPerson(index, entry, person, false);
    index.people.sort((a, b) => b.person.articles.length - a.person.articles.length || (a.person.name < b.person.name ? -1 : 1));
    index.people.forEach((p, at) => {
      for (const k of keysFor(p.keys, at)) index.byKey.push(k);
    });
    index.byKey.sort(byKeyOrder);
    this.peopleIndex = index;
    return index;
  }

  /**
   * Adds one article's person to the index. In a full build entries come newest first, so appending
   * keeps each person's articles in order; an incremental add inserts in place and files new keys.
   */
  private addPerson(index: PeopleIndex, entry: LibraryEntry, person: Person, incremental: boolean): void {
    const key = normalizeName(person.name);
    if (key === '') return;
    let ip = index.byName.get(key);
    const isNew = ip === undefined;
    if (ip === undefined) {
      ip = {
        person: { name: person.name, aliases: [], roles: [], articles: [], quoteCount: 0 },
        keys: nameKeys(person.name),
        aliasKeys: new Set([key]),
        roleKeys: new Set(),
      };
      index.byName.set(key, ip);
      index.people.push(ip);
    }
    let aliasesChanged = false;
    for (const alias of person.aliases) {
      const k = normalizeName(alias);
      if (k === '' || ip.aliasKeys.has(k)) continue;
      ip.aliasKeys.add(k);
      ip.person.aliases.push(alias);
      aliasesChanged = true;
    }
    for (const role of person.roles) {
      const k = normalizeName(role);
      if (k === '' || ip.roleKeys.has(k)) continue;
      ip.roleKeys.add(k);
      ip.person.roles.push(role);
    }
    const mention = { entry, person };
    if (incremental) {
      const list = ip.person.articles;
      list.splice(lowerBound(list, (m) => newestFirst(m.entry, entry) < 0), 0, mention);
    } else {
      ip.person.articles.push(mention);
    }
    ip.person.quoteCount += person.quotes.length;
    if (aliasesChanged || isNew) {
      const before = new Set(keysFor(ip.keys, 0).map((k) => k.key));
      ip.keys = nameKeys(ip.person.name, ip.person.aliases);
      if (incremental) {
        // A person added while running goes last in the most-mentioned order until the next rebuild.
        const at = index.people.indexOf(ip);
        for (const k of keysFor(ip.keys, at)) {
          if (!isNew && before.has(k.key)) continue;
          index.byKey.splice(lowerBound(index.byKey, (e) => byKeyOrder(e, k) < 0), 0, k);
        }
      }
    }
  }
}
