// Matching what a user types against people's names: case and accents ignored, a surname, an alias
// or a prefix accepted, best first; and when nothing matches, the closest names by edit distance.
// It only ever ranks names it is given: it never makes one up.

// Combining marks (accents once NFD has split them off), and the punctuation, symbols and spaces
// that separate words. Plain character classes: \p{...} classes cost 10x more on long texts.
// eslint-disable-next-line no-misleading-character-class -- marks are the point: they are removed alone
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const SEPARATORS =
  // eslint-disable-next-line no-control-regex -- control characters separate words too
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uff0f]+/g;
const DECOMPOSABLE = /[\u00c0-\u04ff\u1e00-\u1fff]/;
const APOSTROPHES = /['\u2019`]/g;

/** Lower case, accents stripped (NFD + combining marks removed), punctuation to spaces, single spaces. */
export function normalizeName(text: string): string {
  let s = text;
  // Only letters that can carry an accent need NFD (Latin, Greek, Cyrillic); curly quotes do not.
  if (DECOMPOSABLE.test(s)) s = s.normalize('NFD').replace(COMBINING, '');
  return s.toLowerCase().replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

export interface NameKeys {
  /** normalizeName of the full name. */
  full: string;
  /** normalizeName of every alias. */
  aliases: string[];
  /** Every word of the full name and the aliases. */
  words: string[];
  /** The last word of the full name (the surname, mostly). */
  last: string;
}

export function nameKeys(name: string, aliases: readonly string[] = []): NameKeys {
  const full = normalizeName(name);
  const normAliases = aliases.map(normalizeName).filter((a) => a !== '' && a !== full);
  const words = new Set<string>();
  for (const k of [full, ...normAliases]) for (const w of k.split(' ')) if (w !== '') words.add(w);
  return { full, aliases: normAliases, words: [...words], last: full.slice(full.lastIndexOf(' ') + 1) };
}

/**
 * How well a normalized query matches a name; 0 = no match. Higher is better:
 * exact full name 100, exact alias 90, exact surname/word 80, full-name prefix 60,
 * word prefix 50, every query word a prefix of some name word ("ant blin") 40.
 */
export function matchScore(query: string, keys: NameKeys): number {
  if (query === '') return 0;
  if (keys.full === query) return 100;
  if (keys.aliases.includes(query)) return 90;
  if (keys.last === query) return 85;
  if (keys.words.includes(query)) return 80;
  if (keys.full.startsWith(query) || keys.aliases.some((a) => a.startsWith(query))) return 60;
  if (keys.words.some((w) => w.startsWith(query))) return 50;
  const parts = query.split(' ');
  if (parts.length > 1 && parts.every((p) => keys.words.some((w) => w.startsWith(p)))) return 40;
  return 0;
}

export interface Ranked<T> {
  item: T;
  score: number;
}

/** Items whose keys match the query, best first; ties keep the input order (callers sort by recency). */
export function rankByName<T>(query: string, items: readonly T[], keysOf: (item: T) => NameKeys): Ranked<T>[] {
  const q = normalizeName(query);
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const score = matchScore(q, keysOf(item));
    if (score > 0) ranked.push({ item, score });
  }
  // Array#sort is stable, so equal scores keep the caller's order.
  return ranked.sort((a, b) => b.score - a.score);
}

export type Decision<T> = { kind: 'one'; item: T } | { kind: 'many'; items: T[] } | { kind: 'none' };

/**
 * One person or several from a ranking. An exact full name that only one person has wins; else every
 * exact word or alias match (score 80+) counts, so "Johnson" with two Johnsons lists both; a mere
 * prefix resolves only when it is the only match.
 */
export function decide<T>(ranked: readonly Ranked<T>[]): Decision<T> {
  const top = ranked[0];
  if (top === undefined) return { kind: 'none' };
  if (ranked.length === 1) return { kind: 'one', item: top.item };
  if (top.score === 100 && ranked[1]?.score !== 100) return { kind: 'one', item: top.item };
  const tier = top.score >= 80 ? ranked.filter((r) => r.score >= 80) : ranked;
  if (tier.length === 1) return { kind: 'one', item: top.item };
  return { kind: 'many', items: tier.map((r) => r.item) };
}

/** Levenshtein distance, bounded: returns max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest names to a query that matched nothing: the smallest edit distance between the query
 * and the full name or any single word of it, within a tolerance that grows with the query length.
 */
export function closestNames<T>(
  query: string,
  items: readonly T[],
  keysOf: (item: T) => NameKeys,
  labelOf: (item: T) => string,
  limit = 3,
): string[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const tolerance = Math.max(1, Math.min(4, Math.floor(q.length / 3)));
  const scored: { label: string; d: number }[] = [];
  for (const item of items) {
    const keys = keysOf(item);
    let best = editDistance(q, keys.full, tolerance);
    for (const w of keys.words) best = Math.min(best, editDistance(q, w, tolerance));
    for (const a of keys.aliases) best = Math.min(best, editDistance(q, a, tolerance));
    if (best <= tolerance) scored.push({ label: labelOf(item), d: best });
  }
  scored.sort((a, b) => a.d - b.d);
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.label)) out.push(s.label);
    if (out.length >= limit) break;
  }
  return out;
}
