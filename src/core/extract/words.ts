// A word layer over wink's tokens: hyphenated compounds ("Thomas-Greenfield", "co-pilot") become
// one word, and a possessive "'s" glued to a name ("Tolkien's") becomes its own word.
import type { AnalyzedSentence } from './analyzed-text.ts';

export interface Word {
  text: string;
  lower: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const HYPHENS = new Set(['-', '‐', '–']);
// Runs on every token: in ASCII the upper-case letters are just A-Z, so only other text needs the regex.
const isCap = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};

export function toWords(sentence: AnalyzedSentence): Word[] {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = words[words.length - 1];
    const next = tokens[i + 1];
    // Join "Thomas" "-" "Greenfield" when the hyphen touches both neighbours.
    if (HYPHENS.has(t.text) && t.text !== '–' && prev && prev.end === t.start && next && next.start === t.end && /\p{L}|\p{N}/u.test(next.text)) {
      prev.text = sentence.text.slice(prev.start, next.end);
      prev.lower = prev.text.toLowerCase();
      prev.end = next.end;
      if (next.pos === 'PROPN' || prev.pos === 'PROPN') prev.pos = 'PROPN';
      else prev.pos = next.pos;
      i++;
      continue;
    }
    // "Dato'", the Malay style, keeps its apostrophe: it is part of the word, not a quotation mark.
    if ((t.text === "'" || t.text === '’') && prev && prev.end === t.start && prev.lower === 'dato') {
      prev.text = sentence.text.slice(prev.start, t.end);
      prev.lower = prev.text.toLowerCase();
      prev.end = t.end;
      continue;
    }
    // "Susan Achieng' Owino": a Luo/Kalenjin name's apostrophe glued to a name with another name right
    // after is part of the name; not a possessive ("Wales' First Minister" ends in s) nor a closing
    // quotation mark (no opening mark before it in the sentence).
    if ((t.text === "'" || t.text === '’') && prev && prev.cap && prev.end === t.start && !/s$/iu.test(prev.text) && next && next.start === t.end + 1 &&
      isCap(next.text) && !/(?:^|[\s(])['‘]/u.test(sentence.text.slice(0, prev.start))) {
      prev.text = sentence.text.slice(prev.start, t.end);
      prev.lower = prev.text.toLowerCase();
      prev.end = t.end;
      prev.pos = 'PROPN';
      continue;
    }
    // "Ma. Teresa": the Filipino abbreviation of María keeps its full stop, as one given name.
    if (t.text === '.' && prev?.text === 'Ma' && prev.end === t.start && next && isCap(next.text)) {
      prev.text = 'Ma.';
      prev.lower = 'ma.';
      prev.end = t.end;
      prev.pos = 'PROPN';
      continue;
    }
    // wink splits some non-ASCII words ("Wiśniewski" -> "Wi" "ś" "niewski"): glue letters back.
    if (prev && prev.end === t.start && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(prev.text) && !/^n['’]t$/iu.test(t.text)) {
      prev.text = sentence.text.slice(prev.start, t.end);
      prev.lower = prev.text.toLowerCase();
      prev.end = t.end;
      if (prev.cap) prev.pos = 'PROPN';
      continue;
    }
    const m = t.text.length > 3 && (t.text.endsWith("'s") || t.text.endsWith('’s')) ? /^(.{2,}?)(['’]s)$/u.exec(t.text) : null;
    if (m && isCap(t.text)) {
      const base = m[1]!;
      words.push({ text: base, lower: base.toLowerCase(), start: t.start, end: t.start + base.length, pos: 'PROPN', cap: true });
      words.push({ text: m[2]!, lower: m[2]!.toLowerCase(), start: t.start + base.length, end: t.end, pos: 'PART', cap: false });
      continue;
    }
    words.push({ text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, pos: t.pos, cap: isCap(t.text) });
  }
  return words;
}

export const isPossessive = (w: Word | undefined): boolean => w !== undefined && (w.lower === "'s" || w.lower === '’s' || w.text === "'" || w.text === '’');
