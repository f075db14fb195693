// Word tests shared by speaker attribution and quote kinds: which words frame a quote as said
// (speech verbs) or as someone's verdict, plus small helpers over word indexes.
import { SPEECH_VERBS } from './lexicon/speech-verbs.ts';
import type { Word } from './words.ts';

// wink sometimes tags "says"/"said" as a noun; other speech words tagged as nouns ("report") are nouns.
const NOUN_TAGGED_VERBS = new Set(['says', 'said', 'adds', 'added', 'told', 'tells', 'stated', 'wrote', 'writes']);
export const isSpeechVerb = (w: Word | undefined): boolean =>
  w !== undefined && SPEECH_VERBS.has(w.lower) && !w.cap && (w.pos === 'VERB' || w.pos === 'AUX' || (NOUN_TAGGED_VERBS.has(w.lower) && (w.pos === 'NOUN' || w.pos === 'ADJ')));

// "The agency rated the air “hazardous”", "she dismissed the claims as “nonsense”": verbs that
// put words of judgement in someone's mouth, as the speech verbs do, when the quote follows closely.
const VERDICT_VERBS = new Set(['rated', 'rates', 'rate', 'deemed', 'deems', 'dismissed', 'dismisses', 'slammed', 'slams', 'condemned', 'condemns', 'judged', 'judges', 'ruled', 'rules', 'considered', 'considers', 'hailed', 'hails', 'praised', 'praises', 'blasted', 'blasts', 'decried', 'decries', 'derided', 'derides', 'lambasted', 'lambasts', 'assessed', 'assesses', 'graded', 'grades', 'found', 'finds', 'likened', 'likens', 'compared', 'compares', 'pronounced', 'pronounces', 'declared', 'declares', 'labelled', 'labeled', 'branded', 'brands', 'termed', 'terms', 'described', 'describes', 'called', 'calls']);
export const isVerdictVerb = (w: Word | undefined, distance: number): boolean =>
  w !== undefined && !w.cap && distance <= 8 && VERDICT_VERBS.has(w.lower) && (w.pos === 'VERB' || w.pos === 'AUX');

// Plural heads of people who speak together as a body ("aid groups", "privacy advocates"), beyond
// the person nouns: what such a group calls something is its own words.
const GROUP_HEADS = new Set(['advocates', 'groups', 'opponents', 'proponents', 'critics', 'campaigners', 'activists', 'supporters', 'unions', 'organisations', 'organizations', 'charities']);
export const isGroupHead = (lower: string): boolean => GROUP_HEADS.has(lower);

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

// The kind tests ask the same quote's length many times: remember the last few answers.
const known = new Map<string, number>();

/** Words with a letter or digit in a quote's text. */
export function wordCount(text: string): number {
  let n = known.get(text);
  if (n === undefined) {
    n = countWords(text);
    if (known.size >= 256) known.clear();
    known.set(text, n);
  }
  return n;
}

function countWords(text: string): number {
  // Called for every quote and clause: count ASCII text in one pass, without splitting or a
  // Unicode-class regex per piece (the same count: whitespace-separated pieces with a letter or digit).
  if (/[^\t-\r -~]/.test(text)) return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) counted = false;
    else if (!counted && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      count++;
      counted = true;
    }
  }
  return count;
}
