// Text comparison helpers for scoring. Kept separate from the scorer so each loose rule of
// DESIGN.md ("How extraction is scored") has one definition that the tests pin down.

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DOUBLE_MARKS = /[\u201C\u201D\u201E\u00AB\u00BB]/g;

/** Collapses whitespace and unifies typographic apostrophes and quotation marks. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_MARKS, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case word tokens; punctuation (including "[...]" and dashes) is not a word. */
export function words(text: string): string[] {
  return normalizeText(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Token F1 between two texts, counting repeated words (a multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / wb.length;
  const recall = common / wa.length;
  return (2 * precision * recall) / (precision + recall);
}

/** True when `needle` occurs in `hay` as a contiguous run of whole words. */
function containsWords(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (hay[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Organizations and places: equal, or one contains the other at word boundaries (case-insensitive). */
export function looseNameMatch(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return containsWords(wa, wb) || containsWords(wb, wa);
}

/** Exact equality after whitespace, apostrophe and case normalisation. */
export function sameName(a: string, b: string): boolean {
  return normalizeText(a).toLowerCase() === normalizeText(b).toLowerCase();
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'at', 'in', 'on', 'and', 'from', 'with', 'by']);

function roleWords(role: string): string[] {
  // "the US Mission to the UN's spokesperson" and "spokesperson for the US Mission to the UN"
  // should agree, so a possessive 's is dropped and a leading "the" ignored.
  // A leading article says nothing about the role, and "one" before a noun is an article too:
  // "One legal observer" and "a legal observer who asked not to be named" describe one person.
  // ("one of the ..." keeps its "one": there it picks a member, it is not an article.)
  const ws = words(role).map((w) => w.replace(/'s$/, ''));
  // "one of the people familiar with the talks" is "a person familiar with the talks": the member
  // of a group, written as the group's singular.
  if (ws[0] === 'one' && ws[1] === 'of' && ['the', 'those'].includes(ws[2] ?? '') && ws.length > 3) {
    const noun = ws[3]!;
    return [noun === 'people' ? 'person' : noun.replace(/s$/, ''), ...ws.slice(4)];
  }
  const article = ws[0] === 'the' || ws[0] === 'a' || ws[0] === 'an' || (ws[0] === 'one' && ws[1] !== 'of');
  return article ? ws.slice(1) : ws;
}

/**
 * Roles: one contains the other (the contained part must carry a content word, so "of" alone
 * never matches), or more than half of the content words of the longer role are shared
 * ("CIA Director" ~ "Director of the CIA").
 */
export function looseRoleMatch(gold: string, predicted: string): boolean {
  const g = roleWords(gold);
  const p = roleWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  const [shorter, longer] = g.length <= p.length ? [g, p] : [p, g];
  if (containsWords(longer, shorter) && shorter.some((w) => !FUNCTION_WORDS.has(w))) return true;
  const gs = new Set(g.filter((w) => !FUNCTION_WORDS.has(w)));
  const ps = new Set(p.filter((w) => !FUNCTION_WORDS.has(w)));
  if (gs.size === 0 || ps.size === 0) return false;
  let shared = 0;
  for (const w of gs) if (ps.has(w)) shared++;
  return shared * 2 > Math.max(gs.size, ps.size);
}

// A wire dateline ("NAIROBI (Reuters) - ", "LONDON, March 3 (AP) — ") is metadata: an extractor
// may keep it in the first sentence or drop it, and either is right.
const DATELINE = /^[A-Z][A-Z .,'-]*[A-Z.](?:,[^()\n]{1,40})?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+/;

/** Summary sentences compare on normalised whitespace, ignoring a leading wire dateline. */
export function normalizeSentence(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return s.replace(DATELINE, '');
}
