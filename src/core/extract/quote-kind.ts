// Quote kinds: speech said in full, a partial quote worked into a sentence, or a scare quote (a
// name, a label or a term held at a distance). Speaker attribution asks these after finding who,
// since a frame around the marks ("she said: “...”") decides full against partial.
import type { AnalyzedText } from './analyzed-text.ts';
import type { QuoteKind } from '../article.ts';
import { SPEECH_VERBS } from './lexicon/speech-verbs.ts';
import type { PeopleResult } from './people.ts';
import type { QuoteLocation } from './quotes.ts';
import { isGroupHead, isSpeechVerb, isVerdictVerb, range, wordCount } from './speech-words.ts';
import { PERSON_NOUNS } from './lexicon/titles.ts';

/** What the kind tests read: the sentences and their tagged words. */
export interface KindContext {
  analyzed: AnalyzedText;
  people: PeopleResult;
}

const TIME_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'then', 'again', 'also', 'later', 'earlier', 'once', 'afterwards', 'recently']);

const CALLING = new Set(['call', 'calls', 'called', 'code-named', 'codenamed']);
const NAMING = new Set(['title', 'so-called', 'dubbed', 'code-named', 'codenamed', 'nicknamed', 'named', 'titled', 'entitled', 'branded', 'termed', 'labelled', 'labeled']);

const NAMING_VERBS = new Set(['dubbed', 'dubs', 'dub', 'named', 'names', 'nicknamed', 'christened', 'renamed', 'rebranded', 'titled', 'called', 'calls', 'code-named', 'codenamed']);

/** "the so-called 'smart letter'", "a ship named “Ocean Star”": a name or term, not speech. */
export function isNamingPhrase(ctx: KindContext, q: QuoteLocation): boolean {
  if (wordCount(q.text) > 6) return false;
  const words = ctx.people.words[q.sentence]!;
  let k = words.findIndex((w) => w.start >= q.open);
  if (k < 0) k = words.length;
  const prev = words[k - 1]?.lower ?? '';
  const prev2 = words[k - 2]?.lower ?? '';
  // "a chip it calls “Meridian,”", "the app, called “Nimbus”": calling something by a name.
  // "what residents call “double-tap” strikes": the speaker keeps the words at a distance.
  // But "what he called “a dose of realism”", "he called a “blockade”": one person's words, in
  // the past tense, are what that person said.
  const callAt = CALLING.has(prev) ? k - 1 : CALLING.has(prev2) && ['the', 'a', 'an'].includes(prev) ? k - 2 : -1;
  if (callAt >= 0 && words[callAt]!.lower === 'called' && personalCaller(ctx, q.sentence, callAt)) return false;
  if (callAt >= 0 && !isNameLike(q.text) && groupCallerInRelative(ctx, q.sentence, callAt)) return false;
  if (CALLING.has(prev) && wordCount(q.text) <= 4 && range(Math.max(0, k - 5), k - 1).some((i) => words[i]!.lower === 'what')) return true;
  if (CALLING.has(prev) || (prev === ',' && CALLING.has(prev2))) return isNameLike(q.text);
  // "what she described as “a betrayal”" is her words; "described as “Disease X”" a name.
  if (prev === 'as' && prev2 === 'described') return isNameLike(q.text);
  // "dubbed the scheme “Project Phoenix”": a naming verb, its object, then a name.
  if (isNameLike(q.text) && range(Math.max(0, k - 4), k).some((i) => NAMING_VERBS.has(words[i]!.lower))) return true;
  return NAMING.has(prev) || (prev === 'as' && ['known', 'referred'].includes(prev2)) ||
    (['the', 'a', 'an', 'so-called'].includes(prev) && (NAMING.has(prev2) || ['call', 'calls', 'called', 'dub', 'dubs'].includes(prev2)));
}

/**
 * "a technique that privacy advocates call a “digital dragnet”": a group of people opening a
 * relative clause ("that"/"which", not the naming idiom "what researchers call") who call
 * something by these words are giving their own verdict, speech, not a label held at a distance.
 */
function groupCallerInRelative(ctx: KindContext, sentence: number, verb: number): boolean {
  const words = ctx.people.words[sentence]!;
  let k = verb - 1;
  while (k >= 0 && (words[k]!.pos === 'ADV' || words[k]!.pos === 'AUX')) k--;
  const head = words[k];
  if (!head || head.cap || head.pos !== 'NOUN' || !/s$/u.test(head.lower) || !(PERSON_NOUNS.has(head.lower) || isGroupHead(head.lower))) return false;
  let start = k;
  while (start > 0 && start > k - 2 && ['ADJ', 'NOUN'].includes(words[start - 1]!.pos) && !words[start - 1]!.cap) start--;
  return ['that', 'which'].includes(words[start - 1]?.lower ?? '');
}

/** The subject right before a calling verb at `verb` is one person: he, she, or a named person. */
function personalCaller(ctx: KindContext, sentence: number, verb: number): boolean {
  const words = ctx.people.words[sentence]!;
  let k = verb - 1;
  while (k >= 0 && (words[k]!.pos === 'ADV' || words[k]!.pos === 'AUX')) k--;
  if (k < 0) return false;
  if (['he', 'she'].includes(words[k]!.lower)) return true;
  return (ctx.people.mentions[sentence] ?? []).some((m) => m.wordEnd === k + 1);
}

// "changes the government describes as “labour modernisation”", "what researchers call": a group
// or a body naming something in the present tense gives its label, held at a distance.
const PRESENT_LABELLING = new Set(['describes', 'describe', 'calls', 'call', 'terms', 'term', 'brands', 'labels']);
// "the dreaded “vote of confidence”", "the proverbial “last straw”": the writer's own distance.
const DISTANCING = new Set(['dreaded', 'proverbial', 'infamous', 'so-called', 'much-vaunted', 'much-touted', 'vaunted', 'fabled', 'notorious', 'supposed', 'alleged']);
// "banners reading “...”", "a sign saying “...”": words written on something, a mention, not speech.
const WRITTEN_ON = new Set(['banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'poster', 'posters', 'slogan', 'slogans', 't-shirt', 't-shirts', 'shirts', 'billboard', 'billboards', 'graffiti', 'headline', 'headlines', 'sticker', 'stickers', 'flag', 'flags']);
const READING = new Set(['reading', 'read', 'reads', 'saying', 'said', 'says', 'bearing', 'bore', 'proclaiming', 'declaring', 'emblazoned', 'with']);

/** Words before the quote that hold it at a distance: a group's label, a "dreaded" term, a banner's text. */
export function distanced(ctx: KindContext, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let k = words.findIndex((w) => w.start >= q.open);
  if (k < 0) k = words.length;
  const prev = words[k - 1]?.lower ?? '';
  if (DISTANCING.has(prev)) return wordCount(q.text) <= 5;
  // Banner text: "reading" (or "reading:") right after the thing written on.
  const r = prev === ':' || prev === ',' ? k - 2 : k - 1;
  if (READING.has(words[r]?.lower ?? '') && WRITTEN_ON.has(words[r - 1]?.lower ?? '')) return true;
  // A group's label: "<group> describes as “...”" / "<group> calls “...”", not one person's.
  const verb = prev === 'as' ? k - 2 : k - 1;
  const v = words[verb]?.lower ?? '';
  if (!PRESENT_LABELLING.has(v) || (prev !== 'as' && v !== 'call' && v !== 'calls')) return false;
  return !personalCaller(ctx, q.sentence, verb) && !groupCallerInRelative(ctx, q.sentence, verb) && !['i', 'we', 'you'].includes(words[verb - 1]?.lower ?? '') && wordCount(q.text) <= 4;
}

function afterDeterminer(ctx: KindContext, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let k = words.findIndex((w) => w.start >= q.open);
  if (k < 0) k = words.length;
  return ['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her'].includes(words[k - 1]?.lower ?? '');
}

function hasVerb(ctx: KindContext, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  const end = q.closeSentence === q.sentence ? q.close : Number.MAX_SAFE_INTEGER;
  return words.some((w) => w.start > q.open && w.end <= end && (w.pos === 'VERB' || w.pos === 'AUX'));
}

function isNameLike(text: string): boolean {
  // "“Meridian,” which it says ...": the comma or full stop inside the marks belongs to the sentence.
  const bare = text.replace(/^(\S+(?:\s+\S+){0,4})[.,]$/u, '$1');
  const ws = bare.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (ws.length === 0 || ws.length > 5 || /[.!?,]$/u.test(bare)) return false;
  const minor = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'to', 'de']);
  return ws.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && minor.has(w)));
}

/**
 * A speech frame right at the marks says someone said exactly these words: "said: “Yes.”",
 * "“Babies,” she said", "‘Never’, he added". A name or term merely sitting in a sentence that
 * quotes someone elsewhere ("According to X, its cubesats “Milani” and “Juventas” will ...") is not.
 */
function framedAsSaid(ctx: KindContext, q: QuoteLocation): boolean {
  const lead = ctx.analyzed.sentences[q.sentence]!.text.slice(0, q.open).trim();
  const last = (lead.split(/\s+/u).pop() ?? '').toLowerCase().replace(/,$/u, '');
  if (/:$/u.test(lead) || SPEECH_VERBS.has(last)) return true;
  const tail = ctx.analyzed.sentences[q.closeSentence]!.text.slice(q.close + 1);
  // The frame after the marks opens with the quote's own comma (inside or just outside the marks).
  if (!/[,?!]$/u.test(q.text.trim()) && !/^\s*,/u.test(tail)) return false;
  const next = tail.replace(/^\s*,/u, '').trim().split(/\s+/u).slice(0, 4);
  return next.some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[.,;]$/u, '')));
}

/**
 * "charge them a “fee” of", "a loose “rubble pile” held together": a short term used as a noun
 * after "a" or "an" (and an adjective or two) is held at a distance. Not after a calling verb,
 * "called it a “disgrace”", "described it as a “daily torture”", where the words are someone's.
 */
function termAfterArticle(ctx: KindContext, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let k = words.findIndex((w) => w.start >= q.open);
  if (k < 0) k = words.length;
  let d = k - 1;
  while (d >= k - 2 && d >= 0 && !words[d]!.cap && words[d]!.pos === 'ADJ') d--;
  // Only the indefinite article: "outweighed the ‘moderate harm’" can be the officers' own words.
  if (!['a', 'an'].includes(words[d]?.lower ?? '')) return false;
  const before = words[d - 1]?.lower ?? '';
  if (before === 'as' || SPEECH_VERBS.has(before)) return false;
  // "called the delay a “scandal”": a calling verb a few words back makes it the caller's word.
  // "which the president has likened to taking a “chainsaw” to the state": a verdict verb too.
  return !range(Math.max(0, d - 4), d).some((i) => CALLING.has(words[i]!.lower) || NAMING_VERBS.has(words[i]!.lower) || /^describ/u.test(words[i]!.lower) || isVerdictVerb(words[i], k - i));
}

/** A name alone in marks, or a short term after "a", that no speech frame says was said. */
export function heldAtDistance(ctx: KindContext, q: QuoteLocation): boolean {
  const words = wordCount(q.text);
  if (words > 3) return false;
  // One word after "a" is a noun whatever the tagger says ("a “tax”").
  if (termAfterArticle(ctx, q) && (words === 1 || !hasVerb(ctx, q))) return true;
  return isNameLike(q.text) && !hasVerb(ctx, q) && !framedAsSaid(ctx, q);
}

/**
 * "the government's much-advertised “zero casualty” target", "such “double-tap” attacks", "the
 * “Future Shape of Community Care” report": a short term in marks that modifies the noun right
 * after it is a label held at a distance, even in a sentence that quotes someone.
 */
export function nounModifier(ctx: KindContext, q: QuoteLocation): boolean {
  if (q.closeSentence !== q.sentence || /[,.;:!?]$/u.test(q.text.trim())) return false;
  const n = wordCount(q.text);
  if (n > 3 && !(n <= 6 && isNameLike(q.text))) return false;
  if (n > 1 && hasVerb(ctx, q) && !isNameLike(q.text)) return false;
  const words = ctx.people.words[q.sentence]!;
  const after = words.findIndex((w) => w.start > q.close);
  const next = words[after];
  if (!next || next.cap || next.pos !== 'NOUN') return false;
  const openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) return false;
  const prev = words[openWord - 1];
  if (!prev) return false;
  // "called it a “grown-up” decision": a calling verb just before makes it the caller's word.
  if (range(Math.max(0, openWord - 4), openWord).some((i) => CALLING.has(words[i]!.lower) || isVerdictVerb(words[i], openWord - i) || isSpeechVerb(words[i]))) return false;
  return ['DET', 'ADJ', 'PART', 'NUM'].includes(prev.pos) || prev.lower === 'such' || /^[\p{Ll}]+-\p{Ll}+ed$/u.test(prev.lower);
}

export function quoteKind(ctx: KindContext, q: QuoteLocation, attributedHere: boolean): QuoteKind {
  const words = wordCount(q.text);
  if (nounModifier(ctx, q) || distanced(ctx, q)) return 'scare';
  // A name alone in marks (a nickname, Eufrosino “Jun” Lacaba; a craft, the cubesat “Milani”) or
  // "a “fee”" is not speech even in a sentence that quotes someone, unless a frame says it was said.
  if (heldAtDistance(ctx, q)) return 'scare';
  if (isNameLike(q.text) && !attributedHere) return 'scare';
  if (isNamingPhrase(ctx, q)) return 'scare';
  if (words <= 3 && !attributedHere) return 'scare';
  // A short unattributed noun phrase in marks ("a “sustained and immediate ceasefire”") is a scare quote.
  if (!attributedHere && words <= 6 && (!hasVerb(ctx, q) || afterDeterminer(ctx, q))) return 'scare';
  const sentence = ctx.analyzed.sentences[q.sentence]!.text;
  // Text before the mark in this sentence, after any earlier quote.
  const lead = sentence.slice(0, q.open).replace(/^.*["”’»]/u, '').trim();
  const leadWords = lead.split(/\s+/u);
  const lastLead = (leadWords[leadWords.length - 1] ?? '').toLowerCase().replace(/[,:]$/u, '');
  const secondLast = (leadWords[leadWords.length - 2] ?? '').toLowerCase();
  const introduced = lead === '' || /[:,]$/u.test(lead) || SPEECH_VERBS.has(lastLead) ||
    (SPEECH_VERBS.has(secondLast) && (TIME_ADVERBS.has(lastLead) || /ly$/u.test(lastLead)));
  // "rejected what he called “...”": the quote is the object of a clause, part of the sentence.
  const objectOfWhat = leadWords.slice(-4, -1).some((w) => w.toLowerCase() === 'what');
  if (introduced && !objectOfWhat && (words >= 4 || attributedHere)) return 'full';
  return 'partial';
}
