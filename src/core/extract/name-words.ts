// The word layer under organization and place finding: tokens joined into written words ("Al-Jazeera",
// "49ers"), the people of the article marked so their names are never taken for organizations or
// places, and runs of capitalised words that may be names. Lookups are memoized here because the
// same spans are classified again and again.
import type { AnalyzedSentence } from './analyzed-text.ts';
import type { Person } from '../article.ts';
import { classifyName, lookupName } from './gazetteer.ts';
import type { NameClass } from './gazetteer.ts';

export interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
  cap: boolean;
  /** Followed by a possessive "'s" or by a hyphenated lower-case tail ("US-drafted"). */
  closes: boolean;
  /** Followed by a possessive "'s". */
  possessive: boolean;
  /** The lower-case tail cut from a hyphenated word ("based" in "Limassol-based"). */
  tail: string;
  person: boolean;
}

export const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const CONNECTORS = set('of for and the de du des la le del della di da von van der den al el & on upon na');

export const MONTHS_DAYS = set(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

export const CORPORATE_TAIL = /^(?:plc|inc\.?|ltd\.?|llc|co\.)$/;

export const ROUTE_WORDS = set('Route Highway Interstate Road Pier Gate Terminal Platform');

export const OFFICE_WORDS = set('Office Department Court Bureau Union Association Federation Party Fund Trust Hospital College School Society League Council Guild');

/** /^\p{Lu}/u.test(w), with ASCII (where the upper-case letters are just A-Z) answered without a regex. */
const startsUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(w);
};

// Runs on every word of the article: test the last hyphenated part without splitting the word.
export const isCapWord = (w: string): boolean => {
  if (startsUpper(w)) return true;
  const dash = w.lastIndexOf('-');
  return (dash >= 0 && startsUpper(w.slice(dash + 1))) || /^\d+[\p{Lu}]/u.test(w);
};

/** The word without a final possessive "'s" (same as replace(/[’']s$/, ''), without a regex per word). */
const withoutPossessive = (w: string): string => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

export const isAcronym = (w: string): boolean => /^[\p{Lu}][\p{Lu}\d&.]{1,5}$/u.test(w) && /[\p{Lu}].*[\p{Lu}]|\d/u.test(w);

export const OPENERS = /^[“"‘'«([—–:-]$/u;

/** Joins tokens written without a space ("Al-Jazeera", "Space.com", "AT&T") into words. */
export function toWords(sentence: AnalyzedSentence): Word[] {
  const out: Word[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    const prevTok = toks[i - 1];
    const apostrophe = t.text === "'" || t.text === '’';
    const pluralPossessive = apostrophe && prevTok !== undefined && prevTok.end === t.start && /s$/i.test(prevTok.text);
    if ((t.pos === 'PART' && /^['’]s?$/i.test(t.text)) || pluralPossessive) {
      const prev = out[out.length - 1];
      if (prev) {
        prev.closes = true;
        prev.possessive = true;
      }
      continue;
    }
    let start = t.start;
    let end = t.end;
    let pos = t.pos;
    // "49ers": word pieces the tokenizer split with nothing between them are one word.
    while (i + 1 < toks.length) {
      const next = toks[i + 1];
      if (!next || next.start !== end || !/^[\p{L}\d]/u.test(next.text) || !/[\p{L}\d]$/u.test(sentence.text.slice(start, end))) break;
      end = next.end;
      i += 1;
    }
    // Join "-", ".", "&" or "'" with the tokens on both sides when nothing separates them.
    while (i + 2 < toks.length) {
      const mid = toks[i + 1];
      const next = toks[i + 2];
      if (!mid || !next || mid.start !== end || next.start !== mid.end) break;
      if (!/^[-.&'’]$/.test(mid.text) || !/^[\p{L}\d]/u.test(next.text)) break;
      end = next.end;
      if (next.pos === 'PROPN') pos = 'PROPN';
      i += 2;
    }
    let text = sentence.text.slice(start, end);
    // "Ex-BEA boss", "anti-Hamas": the prefix is not part of the name.
    const prefix = text.includes('-') ? text.match(/^(?:ex|pro|anti|non|post|pre|mid|neo|pan|former)-(?=[\p{Lu}])/iu) : null;
    if (prefix) {
      start += prefix[0].length;
      text = text.slice(prefix[0].length);
    }
    let closes = false;
    let tail = '';
    const hyphen = text.includes('-') ? text.match(/^(.*?[\p{L}\d])-(?:[\p{Ll}\d][^-]*)$/u) : null;
    // "US-drafted", "Chicago-based": the name is the part before the lower-case tail.
    if (hyphen?.[1] && /^[\p{Lu}]/u.test(hyphen[1]) && !/^[\p{Ll}]/u.test(text)) {
      tail = text.slice(hyphen[1].length + 1).toLowerCase();
      text = hyphen[1];
      end = start + text.length;
      closes = true;
    }
    start = start + 0;
    out.push({ text, start, end, pos, cap: isCapWord(text), closes, possessive: false, tail, person: false });
  }
  return out;
}

/** People's names and aliases as word lists, indexed by their first word. */
export function personForms(people: readonly Person[]): Map<string, string[][]> {
  const forms = new Map<string, string[][]>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      const parts = n.split(/\s+/).filter((x) => x !== '');
      const first = parts[0];
      if (first === undefined) continue;
      // A "person" named only "Ghana" is a place the person finder mistook.
      if (parts.length === 1 && lookupName(first) !== null) continue;
      const list = forms.get(first) ?? [];
      list.push(parts);
      forms.set(first, list);
    }
  }
  return forms;
}

export function markPeople(ws: Word[], forms: ReadonlyMap<string, string[][]>): void {
  for (let i = 0; i < ws.length; i++) {
    const candidates = forms.get(withoutPossessive((ws[i] as Word).text));
    if (!candidates) continue;
    for (const f of candidates) {
      if (i + f.length > ws.length) continue;
      let ok = true;
      for (let k = 0; k < f.length && ok; k++) {
        const wk = ws[i + k];
        if ((wk === undefined ? undefined : withoutPossessive(wk.text)) !== f[k]) ok = false;
      }
      // "Hollis Weber Robotics": a person's name running into more capitals is part of another name.
      const last = ws[i + f.length - 1] as Word;
      const after = ws[i + f.length];
      if (ok && after?.cap && !last.closes) ok = false;
      if (ok) for (let k = 0; k < f.length; k++) (ws[i + k] as Word).person = true;
    }
  }
}

/** True for a word that may start or continue a name. */
export function nameWord(ws: Word[], i: number): boolean {
  const w = ws[i];
  if (!w || w.person) return false;
  const prevWord = ws[i - 1];
  // "Altamira Devices plc", "Route 9": lower-case or numeric tails of a name.
  if (prevWord?.cap && !prevWord.closes && CORPORATE_TAIL.test(w.text)) return true;
  if (prevWord && ROUTE_WORDS.has(prevWord.text) && /^\d+[A-Z]?$/.test(w.text)) return true;
  if (prevWord?.cap && !prevWord.closes && /^\d+[\p{Ll}]+s$/u.test(w.text)) return true;
  if (!w.cap) return false;
  const lower = w.text.toLowerCase();
  if (MONTHS_DAYS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) return false;
  if (/^\d+$/.test(w.text)) return false;
  const prev = ws[i - 1];
  const initial = i === 0 || (prev !== undefined && OPENERS.test(prev.text));
  // A capital at the start of a sentence or quotation only says "sentence start".
  // A sentence-initial "The" is the article, even before a name ("The Cyprus-flagged ship").
  if (initial && /^(?:The|A|An)$/.test(w.text)) return false;
  // lookup, not lookupName: the same memoized answer, without normalizing the span again each time.
  if (initial && w.pos !== 'PROPN' && !isAcronym(w.text) && lookup(w.text) === null) {
    // "Amnesty International said", "People Before Profit-Solidarity said": a listed name of two to four words.
    let span = w.text;
    let listed = false;
    for (let k = i + 1; k < i + 4 && k < ws.length && !listed; k++) {
      span = `${span} ${(ws[k] as Word).text}`;
      listed = lookup(span) !== null;
    }
    if (!listed) return false;
  }
  return true;
}

/** Whether a name can go on past word k - 1. "Harlow County Sheriff's Office": a possessive inside an office's name. */
function continues(ws: Word[], k: number): boolean {
  const w = ws[k - 1] as Word;
  return !w.closes || (w.possessive && w.cap && OFFICE_WORDS.has(ws[k]?.text ?? ''));
}

/** Maximal runs of name words, joined by connectors ("Bank of England", "Gulf of Aden"). */
export function runs(ws: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (!nameWord(ws, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < ws.length && continues(ws, j)) {
      if (nameWord(ws, j)) {
        j++;
        continue;
      }
      // Connector(s) between two name words: "of", "for the", "de la".
      let k = j;
      while (k < ws.length && k - j < 2 && CONNECTORS.has((ws[k] as Word).text)) {
        if ((ws[k] as Word).text === 'The') break;
        k++;
      }
      if (k > j && nameWord(ws, k)) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

export const spanText = (s: AnalyzedSentence, ws: Word[], a: number, b: number): string =>
  s.text.slice((ws[a] as Word).start, (ws[b - 1] as Word).end);

// Span texts repeat across an article (and across articles): remember what the lists and patterns said.
export const lookupMemo = new Map<string, NameClass | null>();

export const classifyMemo = new Map<string, NameClass | null>();

export function memo<V>(map: Map<string, V>, key: string, f: (k: string) => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  if (map.size > 50_000) map.clear();
  const value = f(key);
  map.set(key, value);
  return value;
}

export const lookup = (span: string): NameClass | null => memo(lookupMemo, span, lookupName);

export const classify = (span: string): NameClass | null => memo(classifyMemo, span, classifyName);
