// Extractive summary: verbatim sentences, most important first. News puts the most important facts
// first, so position is the main signal (the lead sentence always leads). Other sentences are scored
// by position, then demoted when they are mostly quotation (colour, not facts), very short, a
// bare lead-in to a quote, or a byline; and promoted for sharing words with the headline, for
// carrying names and figures, for opening a paragraph, for a definite-description subject ("The
// company said...", "The plan will cost...") and for citing a source ("according to ..."); the
// last three held on both the older gold files and twenty written blind in other outlets' styles.
// TextRank-style centrality is not used: on news it drifts to long quotes.
import type { AnalyzedSentence, AnalyzedText } from './analyzed-text.ts';
import type { Person, Quote } from '../article.ts';
import { findQuoteSpans } from './quote-marks.ts';

export interface SummaryInput {
  text: AnalyzedText;
  headline: string;
  people: Person[];
  quotes: Quote[];
}

const STOP = new Set(
  `a an the of to in on at for and or but by with from as is are was were be been has have had it its
  this that these those he she they his her their them we our you your i not no after before over
  into about than more most new says said will would could can may up out off all also just who what
  when where which while how why there here than then so if`.split(/\s+/),
);

const WORD_CHAR = /^[\p{L}\p{N}']$/u;

/** Whether a code point is a letter, a digit or an apostrophe; ASCII without a regex. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 39;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * The words of `text` (runs of letters, digits and apostrophes), lower-cased, without a possessive
 * "'s" or outer apostrophes, longer than two letters and not stop words. Every sentence goes through
 * this, and a Unicode-class regex over the whole text costs several times this scan.
 */
const contentWords = (text: string): string[] => {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const cp = i < lower.length ? (lower.codePointAt(i) as number) : -1;
    if (cp >= 0 && isWordChar(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      let w = lower.slice(start, i);
      if (w.includes("'")) w = w.replace(/'s$/, '').replace(/^'+|'+$/g, '');
      if (w.length > 2 && !STOP.has(w)) out.push(w);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
};

/** Crude stemming so "killed"/"kills"/"kill" and "crash"/"crashes" meet. */
const stem = (w: string): string => {
  // The same as w.replace(/(?:ing|ed|es|s)$/, ''), whose leftmost match is the longest ending,
  // without a regex per word of every sentence.
  const cut = w.endsWith('ing') ? 3 : w.endsWith('ed') || w.endsWith('es') ? 2 : w.endsWith('s') ? 1 : 0;
  return w.slice(0, w.length - cut).slice(0, 6);
};

/** Share of the sentence's characters that sit inside quotation marks. */
function quotedShare(text: string): number {
  if (!/[“”"‘’'«»]/u.test(text)) return 0;
  let inside = 0;
  for (const q of findQuoteSpans(text)) if (q.depth === 0) inside += Math.max(0, q.close - q.open - 1);
  return text.length === 0 ? 0 : inside / text.length;
}

const BYLINE = /^(?:by|from|reporting by|written by|editing by|additional reporting)\b/i;
/** Page furniture that sometimes survives copying an article: links, sign-ups, credits. */
const BOILERPLATE =
  /^(?:read more|related|see also|follow|sign up|subscribe|click|watch|listen|photo|image|video|getty|advertisement|share|copyright|©|updated|published|last modified)\b|https?:\/\/|www\.|@\w+\.\w+/i;
const PRONOUN_START = /^(?:he|she|they|it|his|her|their|this|these|those|that)\b/i;
/** "The" before a common noun ("The company", "The plan"), not a title ("The Onion", "The Straits Times"). */
const DEFINITE_START = /^The\s+\p{Ll}/u;
/** "according to" a source that is named or described, not a pronoun ("according to those who ..."). */
const SOURCED = /\baccording to (?!(?:him|her|them|those|one|some|many|others|people)\b)/i;
const TRANSITION_START = /^(?:but|and|also|meanwhile|however|still|yet|in addition|separately|elsewhere)\b/i;

/** /[\p{L}\p{N}]/u.test(text), deciding all-ASCII tokens (most of them) without the Unicode regex. */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

function wordCount(s: AnalyzedSentence): number {
  let n = 0;
  for (const t of s.tokens) if (hasLetterOrDigit(t.text)) n++;
  return n;
}

/** How much this sentence is worth as a summary sentence. */
function score(s: AnalyzedSentence, headlineStems: ReadonlySet<string>, opensParagraph: boolean): number {
  // Position: a gentle decay by sentence and by paragraph.
  let value = 1 / (1 + 0.12 * s.index + 0.1 * s.paragraph);
  const words = wordCount(s);
  const text = s.text.trim();
  const quoted = quotedShare(text);
  if (quoted > 0.5) value *= 0.35;
  else if (quoted > 0.25) value *= 0.7;
  // Even a few quoted words mark opinion or colour more often than the facts the gold chose.
  if (quoted > 0) value *= 0.8;
  if (/^[“"‘«']/u.test(text)) value *= 0.6;
  if (words < 8) value *= 0.5;
  if (/:\s*$/.test(text)) value *= 0.4;
  if (BYLINE.test(text) && words < 12) value *= 0.1;
  if (BOILERPLATE.test(text)) value *= 0.1;
  // A question (an interviewer's, or a rhetorical one) is not a finding.
  if (/\?["”’»']?\s*$/u.test(text) || /^(?:Q|Question)\s*[:.-]/.test(text)) value *= 0.4;
  if (PRONOUN_START.test(text)) value *= 0.85;
  if (TRANSITION_START.test(text)) value *= 0.85;
  // Headline overlap: the headline says what the story is about.
  const stems = new Set(contentWords(text).map(stem));
  let shared = 0;
  for (const st of stems) if (headlineStems.has(st)) shared++;
  value *= 1 + 0.15 * Math.min(shared, 4);
  // Facts: names (capitalised words past the first) and figures.
  let names = 0;
  let figures = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i] as (typeof s.tokens)[number];
    if (i > 0 && t.pos === 'PROPN') names++;
    if (t.pos === 'NUM' || /\d/.test(t.text)) figures++;
  }
  value *= 1 + 0.04 * Math.min(names, 6) + 0.05 * Math.min(figures, 4);
  // A paragraph's first sentence brings its new fact; the ones after it elaborate or quote.
  if (opensParagraph) value *= 1.25;
  // "The company/plan/result ..." carries a thing the story has established forward (the nut
  // graf, the other side's answer, the consequence), where a new person's name usually brings a quote.
  if (DEFINITE_START.test(text)) value *= 1.35;
  // A sourced fact: "according to court documents / the ministry / figures from ...".
  if (SOURCED.test(text)) value *= 1.3;
  return value;
}

/**
 * The `length` most important sentences (default 3), verbatim, most important first. The lead
 * sentence comes first unless it is a byline or dateline fragment.
 */
export function summarize(input: SummaryInput, length = 3): string[] {
  const sentences = input.text.sentences.filter((s) => s.text.trim() !== '');
  const n = Math.max(0, Math.min(Math.floor(length), sentences.length));
  if (n === 0) return [];
  const headlineStems = new Set(contentWords(input.headline).map(stem));
  const ranked = sentences
    .map((s, i) => ({ s, value: score(s, headlineStems, i === 0 || sentences[i - 1]?.paragraph !== s.paragraph) }))
    .sort((a, b) => b.value - a.value || a.s.index - b.s.index);
  const lead = sentences.find((s) => !(BYLINE.test(s.text.trim()) && wordCount(s) < 12) && !BOILERPLATE.test(s.text.trim()));
  const order = lead ? [lead, ...ranked.map((r) => r.s).filter((s) => s !== lead)] : ranked.map((r) => r.s);
  return order.slice(0, n).map((s) => s.text);
}
