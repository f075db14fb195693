// Speaker attribution (quote kinds are in quote-kind.ts). For each quote, in order of reliability:
//  1. the clause right after it: `"...," X said` / `"...," said X, the role` / `"...," he said`;
//  2. the clause before it in the same sentence: `X said: "..."` / `X told Y, "..."` / `X urged "..."`;
//  3. "according to X" anywhere in the sentence;
//  4. a sentence ending in a colon just before a quote that opens its paragraph;
//  5. follow-on: a quote with no attribution continues the previous quote's speaker (same paragraph,
//     or the next paragraph when the quote opens it).
// Speakers are people (full name), pronouns (resolved to the nearest person of fitting gender),
// organizations, or unnamed descriptions ("an advisor to the Palestinian team").
import type { AnalyzedText } from './analyzed-text.ts';
import type { Quote, SpeakerType } from '../article.ts';
import { PERSON_NOUNS, NON_PERSON_HEADS, MALE_ROLE_WORDS, FEMALE_ROLE_WORDS } from './lexicon/titles.ts';
import { ROLE_NOUNS } from './lexicon/role-nouns.ts';
import { isGroupHead, isSpeechVerb, isVerdictVerb, range, wordCount } from './speech-words.ts';
import { SPEECH_VERBS } from './lexicon/speech-verbs.ts';
import { distanced, heldAtDistance, isNamingPhrase, nounModifier, quoteKind } from './quote-kind.ts';
import type { Classifier, Gender, Mention, PeopleResult } from './people.ts';
import type { QuoteLocation } from './quotes.ts';
import { echoSubheadings, glossesInBrackets } from './quote-echoes.ts';
import type { Word } from './words.ts';

interface Speaker {
  name: string;
  type: SpeakerType;
  person: number | null;
}

interface Context {
  analyzed: AnalyzedText;
  people: PeopleResult;
  classify: Classifier;
  acronyms: Map<string, string>;
  /** Organization names the article gives (longest first), for "the council said" and "Veltrix said". */
  organizations: string[];
  organizationMentions: { name: string; mentions: number[] }[];
  /** The organization that was last given as a speaker, for "It said". */
  lastOrganization: { name: string; sentence: number } | null;
  /** Per sentence, per word: is the word inside quotation marks? */
  quoted: boolean[][];
}

// Documents speak too: "the indictment said", "a statement said".
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'indictment', 'letter', 'complaint', 'filing', 'lawsuit', 'ruling', 'study', 'survey', 'note', 'memo', 'document', 'notice', 'release', 'verdict', 'judgment', 'judgement', 'order', 'affidavit', 'transcript', 'announcement', 'communique', 'communiqué', 'declaration', 'resolution', 'petition', 'post', 'tweet', 'editorial', 'article', 'paper', 'sign', 'banner', 'message', 'email', 'e-mail']);
// "a meteorologist", "the hydrologist", "a paediatrician": trades no list holds all of, by their ending.
const PERSON_SUFFIX = /^\p{Ll}{4,}(?:ologist|ographer|ician|ist)$/u;
const NOT_PERSON_SUFFIX = /(?:list|exist|twist|assist|insist|resist|persist|consist|subsist|amidst)$/u;
const isPersonNoun = (w: string): boolean => PERSON_NOUNS.has(w) || ROLE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || (PERSON_SUFFIX.test(w) && !NOT_PERSON_SUFFIX.test(w));
const PRONOUNS: Record<string, Gender | 'any'> = { he: 'male', she: 'female', him: 'male', her: 'female' };
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'another', 'some', 'several', 'many', 'his', 'her', 'their', 'its', 'our']);
const ADVERB_POS = new Set(['ADV', 'PART']);
const PUNCT_SKIP = new Set([',', '—', '–', '-', ';']);

function mentionAt(ctx: Context, sentence: number, word: number): Mention | undefined {
  return ctx.people.mentions[sentence]?.find((m) => m.wordStart <= word && word < m.wordEnd);
}

function personSpeaker(ctx: Context, person: number): Speaker {
  return { name: ctx.people.people[person]!.name, type: 'person', person };
}

/** He/she: the nearest person of fitting gender, outside quotations, looking back from (sentence, word). */
function resolvePronoun(ctx: Context, gender: Gender, sentence: number, word: number): Speaker | null {
  const fits = (m: Mention): boolean => {
    const g = ctx.people.people[m.person]!.gender;
    return g === null || gender === null || g === gender;
  };
  const here = (ctx.people.mentions[sentence] ?? []).filter((m) => m.wordEnd <= word && !ctx.quoted[sentence]![m.wordStart]);
  // In the pronoun's own sentence the nearest earlier mention; in earlier sentences, the first
  // (usually the subject) of the nearest sentence that has a fitting person.
  for (let k = here.length - 1; k >= 0; k--) if (fits(here[k]!)) return personSpeaker(ctx, here[k]!.person);
  const kin = gender === null ? null : kinSubject(ctx, sentence - 1, gender);
  if (kin && ctx.analyzed.sentences[sentence - 1]!.paragraph === ctx.analyzed.sentences[sentence]!.paragraph) return kin;
  for (let s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
    const ms = (ctx.people.mentions[s] ?? []).filter((m) => !ctx.quoted[s]![m.wordStart]);
    // "Lindqvist asked Venkataraman whether ... . 'I can promise,' she said": the one asked answers.
    const ws = ctx.people.words[s]!;
    const asked = ms.find((m) => fits(m) && [ws[m.wordStart - 1]?.lower, ws[m.wordStart - 2]?.lower].includes('asked'));
    const found = asked ?? ms.find((m) => fits(m) && !modifiesNextName(ws, m, ms));
    if (found) return personSpeaker(ctx, found.person);
    // "Mulyadi said the prices would fall. “Maybe,” he said.": a speaker the people finder missed.
    if (ms.length === 0 && s === sentence - 1) {
      const v = ws.findIndex((w, k) => k > 0 && k <= 3 && isSpeechVerb(w));
      const bare = v > 0 ? bareName(ctx, s, 0, v) : null;
      if (bare) return bare;
      // "A senior diplomat, who asked not to be named, told reporters that ... . “...,” he said.":
      // the unnamed speaker of the sentence before, not a person named further back.
      const unnamed = unnamedSubject(ctx, s, gender);
      if (unnamed) return unnamed;
    }
  }
  return null;
}

/**
 * "Harbor Motors team principal Ana Ruiz said": a name followed, across only lower-case nouns,
 * by another name is a modifier of that one (even when the people finder took it for a person);
 * the sentence is about the second.
 */
function modifiesNextName(words: Word[], m: Mention, ms: Mention[]): boolean {
  const next = ms.find((x) => x.wordStart > m.wordEnd && x.wordStart - m.wordEnd <= 3);
  if (!next || next.person === m.person) return false;
  for (let i = m.wordEnd; i < next.wordStart; i++) if (words[i]!.pos !== 'NOUN' || words[i]!.cap) return false;
  return next.wordStart > m.wordEnd;
}

/** The unnamed description ("a senior Omani diplomat") that is the subject of sentence s's main speech verb. */
function unnamedSubject(ctx: Context, s: number, gender: Gender): Speaker | null {
  const words = ctx.people.words[s]!;
  // Past "who asked not to be named ... to speak": verbs of a relative clause or an infinitive.
  const v = words.findIndex((w, k) => k > 0 && !ctx.quoted[s]![k] && isSpeechVerb(w) && !['who', 'to', 'not'].includes(words[k - 1]!.lower));
  if (v < 0) return null;
  const sp = clauseSubject(ctx, s, 0, v);
  if (!sp || sp.type !== 'unnamed') return null;
  // "A woman ... told" is not "he".
  const heads = sp.name.toLowerCase().split(/\s+/u);
  const other = gender === 'male' ? FEMALE_ROLE_WORDS : gender === 'female' ? MALE_ROLE_WORDS : null;
  return other && heads.some((h) => other.has(h)) ? null : sp;
}

/**
 * "My father was a fisherman. He used to say, ...": a sentence whose subject is "my" + a gendered
 * person noun gives the referent of the next he/she. "My" is the interviewee of a Q&A answer
 * ("Owusu: ..."), so the speaker becomes "Owusu’s father".
 */
function kinSubject(ctx: Context, s: number, gender: 'male' | 'female'): Speaker | null {
  const words = ctx.people.words[s];
  if (!words) return null;
  const answerer = answererOf(ctx, s);
  let k = 0;
  if (answerer && words[answerer.colon]) k = answerer.colon + 1;
  const det = words[k]?.lower;
  const noun = words[k + 1];
  if ((det !== 'my' && det !== 'our') || !noun) return null;
  if (!(gender === 'male' ? MALE_ROLE_WORDS : FEMALE_ROLE_WORDS).has(noun.lower)) return null;
  const owner = answerer ? personSpeaker(ctx, answerer.person) : null;
  return possessedBy(owner, noun.text);
}

/** "Owusu: With a borrowed laptop ...": the person answering in a Q&A paragraph, and where the colon is in this sentence. */
function answererOf(ctx: Context, s: number): { person: number; colon: number } | null {
  let first = s;
  const paragraph = ctx.analyzed.sentences[s]!.paragraph;
  while (first > 0 && ctx.analyzed.sentences[first - 1]!.paragraph === paragraph) first--;
  const words = ctx.people.words[first]!;
  const m = ctx.people.mentions[first]?.[0];
  if (!m || m.wordStart > 1 || words[m.wordEnd]?.text !== ':') return null;
  return { person: m.person, colon: first === s ? m.wordEnd : -1 };
}

function organizationName(ctx: Context, words: Word[], from: number, to: number, sentenceText: string): string | null {
  // A capitalised run inside [from, to) that is an organization.
  let i = from;
  while (i < to && (DETERMINERS.has(words[i]!.lower) || !words[i]!.cap)) i++;
  let j = i;
  // "Russia's Defense Ministry": a possessive inside the run continues it.
  const joins = (k: number): boolean =>
    (['of', 'for', 'and', '&'].includes(words[k]!.lower) || /^['’]s$/u.test(words[k]!.text)) && words[k + 1]?.cap === true;
  while (j < to && (words[j]!.cap || joins(j))) j++;
  if (j === i) return null;
  const name = sentenceText.slice(words[i]!.start, words[j - 1]!.end);
  // Acronyms are short; "KINGSTON, Jamaica —" is a dateline, not an organization.
  const acronym = /^[\p{Lu}&.]{2,7}$/u.test(name);
  if (/^[\p{Lu}]{8,}$/u.test(name)) return null;
  if (acronym) return ctx.acronyms.get(name) ?? spelledOut(ctx, name) ?? name;
  const last = words[j - 1]!.lower;
  if (ctx.classify(name) === 'organization' || (j - i >= 2 && NON_PERSON_HEADS.has(last))) return name;
  // "Natural England said": a name the article's organizations already hold.
  if (ctx.organizations.includes(name)) return name;
  // "Jakarta-based Jaringan Tambang Bersih said": a known organization ends the run.
  const ending = ctx.organizations.find((o) => name.endsWith(o) && /[\s-]$/u.test(name.slice(0, name.length - o.length)));
  if (ending) return ending;
  // "Veltrix said": the short form of an organization named in full elsewhere.
  const full = ctx.organizations.find((o) => o.startsWith(`${name} `));
  return full ?? null;
}

/** The initials of a name's capitalised words: "European Medicines Agency" -> "EMA". */
const initials = (name: string): string =>
  name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * "the EMA said" after "the European Medicines Agency's committee": an acronym the article never
 * defined, that spells the initials of exactly one organization it names in full.
 */
function spelledOut(ctx: Context, acronym: string): string | null {
  const bare = acronym.replace(/[.&]/gu, '');
  if (bare.length < 2) return null;
  const hits = ctx.organizations.filter((o) => o.includes(' ') && initials(o) === bare);
  return hits.length === 1 ? hits[0]! : null;
}

/** A speaker phrase occupying words [from, to) of a sentence: a person, pronoun, organization or description. */
function phraseSpeaker(ctx: Context, sentence: number, from: number, to: number, pick: 'first' | 'last'): Speaker | null {
  const words = ctx.people.words[sentence]!;
  const text = ctx.analyzed.sentences[sentence]!.text;
  if (from >= to) return null;
  const order = pick === 'first' ? range(from, to) : range(from, to).reverse();
  for (const k of order) {
    if (ctx.quoted[sentence]![k]) continue;
    const m = mentionAt(ctx, sentence, k);
    if (m) return possessedPerson(ctx, sentence, m, to) ?? personSpeaker(ctx, m.person);
  }
  for (const k of order) {
    const w = words[k]!;
    if (ctx.quoted[sentence]![k]) continue;
    const g = PRONOUNS[w.lower];
    if (g !== undefined && (w.lower === 'he' || w.lower === 'she')) return resolvePronoun(ctx, g === 'any' ? null : g, sentence, k);
    // "It said": the organization that spoke last, within the last few sentences.
    if (w.lower === 'it' && to - from <= 2 && ctx.lastOrganization && sentence - ctx.lastOrganization.sentence <= 3) {
      return { name: ctx.lastOrganization.name, type: 'organization', person: null };
    }
  }
  const known = knownAsName(ctx, sentence, from, to);
  if (known) return known;
  const bare = bareName(ctx, sentence, from, to);
  if (bare) return bare;
  // An unnamed speaker: determiner ... person noun ("an advisor to the Palestinian team"), the
  // phrase ending at a comma or a relative clause ("another analyst, who asked not to be named").
  const dets = range(from, to).filter((k) => DETERMINERS.has(words[k]!.lower) && !ctx.quoted[sentence]![k]);
  let starts = pick === 'first' ? [from, ...dets] : [...dets.reverse(), from];
  // "One nurse at the hospital": "the hospital" is where the speaker works, not the speaker; it
  // is tried only after the person phrase around it.
  if (pick === 'last') {
    const inner = starts.filter((k) => insidePersonPhrase(ctx, sentence, from, k));
    if (inner.length > 0) starts = [...starts.filter((k) => !inner.includes(k)), ...inner];
  }
  for (const start of starts) {
    const end = placeTail(ctx, sentence, start, Math.min(to, phraseEnd(words, start, to)), to);
    if (end <= start || end - start > 12) continue;
    const span = range(start, end);
    if (span.some((k) => ctx.quoted[sentence]![k])) continue;
    const phrase = text.slice(words[start]!.start, words[end - 1]!.end);
    // "the 53-year-old said", "the Manchester City winger said": an epithet for someone just named.
    const epithet = words[start]!.lower === 'the' && end - start <= 5 ? epithetReferent(ctx, sentence, start, end) : null;
    if (epithet) return epithet;
    // "Sudan's Ministry of Health issued a statement. '...,' the statement said.": the body whose
    // statement it is, when one was named in this or the two sentences before.
    if (end - start === 2 && ISSUED_NOUNS.has(words[start + 1]!.lower)) {
      const issuer = recentIssuer(ctx, sentence);
      if (issuer) return { name: issuer, type: 'organization', person: null };
    }
    if (span.some((k) => isPersonNoun(words[k]!.lower))) {
      // "the governor said": the one person the article gives that role.
      const known = end - start <= 4 && words[start]!.lower === 'the' ? personByRole(ctx, words[end - 1]!.lower) : null;
      if (known !== null) return personSpeaker(ctx, known);
      // "the official said" after "A senior U.S. official ... said": the one introduced before.
      const head = words[end - 1]!.lower;
      const earlier = end - start === 2 && words[start]!.lower === 'the' && !DOCUMENT_NOUNS.has(head) ? introducedAs(ctx, sentence, head) : null;
      const group = end - start === 4 && words[start]!.lower === 'one' && words[start + 1]!.lower === 'of' ? groupIntroducedAs(ctx, sentence, words[end - 1]!.lower) : null;
      return { name: earlier ?? (group ? `${phrase} ${group}` : phrase), type: 'unnamed', person: null };
    }
    const org = organizationName(ctx, words, start, end, text);
    if (org) return { name: org, type: 'organization', person: null };
    // "the council said": the organization of that kind the article named most recently.
    const head = words[end - 1]!.lower;
    // "The company" is a business named before; "his firm" is someone else's.
    if (end - start <= 3 && (NON_PERSON_HEADS.has(head) || (COMPANY_NOUNS.has(head) && words[start]!.lower === 'the'))) {
      const known = recentOrganization(ctx, head, sentence);
      if (known) return { name: known, type: 'organization', person: null };
    }
  }
  return null;
}

/**
 * "Kjærgaard's spokesperson declined to comment, saying ...": a person noun owned by the person
 * named is someone else, unnamed ("Kjærgaard's spokesperson"), unless a name follows it.
 */
function possessedPerson(ctx: Context, sentence: number, m: Mention, to: number): Speaker | null {
  const words = ctx.people.words[sentence]!;
  const noun = words[m.wordEnd + 1];
  if (!/^['’]s$/u.test(words[m.wordEnd]?.text ?? '') || !noun || m.wordEnd + 1 >= to || noun.cap) return null;
  if (!isPersonNoun(noun.lower) || DOCUMENT_NOUNS.has(noun.lower)) return null;
  if (mentionAt(ctx, sentence, m.wordEnd + 2) || mentionAt(ctx, sentence, m.wordEnd + 3)) return null;
  const text = ctx.analyzed.sentences[sentence]!.text;
  return { name: text.slice(words[m.wordStart]!.start, noun.end), type: 'unnamed', person: null };
}

/**
 * "the bank’s monetary policy committee, known as Copom, wrote": a body described, then named by
 * "known as" / "called" / "dubbed"; the name is the speaker. A person would be a mention already.
 */
function knownAsName(ctx: Context, sentence: number, from: number, to: number): Speaker | null {
  const words = ctx.people.words[sentence]!;
  const text = ctx.analyzed.sentences[sentence]!.text;
  for (let k = from + 1; k < to; k++) {
    const w = words[k]!.lower;
    const named = (w === 'known' && words[k + 1]?.lower === 'as') ? k + 2 : (w === 'called' || w === 'dubbed') && words[k - 1]?.text === ',' ? k + 1 : -1;
    if (named < 0 || words[k - 1]?.text !== ',' || ctx.quoted[sentence]![k]) continue;
    let end = named;
    while (end < to && words[end]!.cap && !ctx.quoted[sentence]![end]) end++;
    if (end === named || end - named > 5 || (end < to && words[end]!.text !== ',')) return null;
    // The description before the name must be a body, not a person ("a nurse, known as ...").
    if (range(from, k).some((i) => isPersonNoun(words[i]!.lower) && !DOCUMENT_NOUNS.has(words[i]!.lower))) return null;
    return { name: text.slice(words[named]!.start, words[end - 1]!.end), type: 'organization', person: null };
  }
  return null;
}

const LINK_PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'with', 'in']);

/** The determiner at `start` follows "<det> <person noun> ... <preposition>" in one comma-free stretch. */
function insidePersonPhrase(ctx: Context, sentence: number, from: number, start: number): boolean {
  const words = ctx.people.words[sentence]!;
  if (!LINK_PREPOSITIONS.has(words[start - 1]?.lower ?? '')) return false;
  for (let d = start - 2; d >= from && start - d <= 6; d--) {
    const w = words[d]!;
    if (w.pos === 'PUNCT' || ctx.quoted[sentence]![d]) return false;
    if (DETERMINERS.has(w.lower) && range(d + 1, start - 1).some((k) => isPersonNoun(words[k]!.lower) && !DOCUMENT_NOUNS.has(words[k]!.lower))) return true;
  }
  return false;
}

/**
 * "one nurse at the hospital": a person phrase that phraseEnd cut at "at" keeps a short "at the
 * <body>" tail when that tail runs to the end of the subject, so the description says where.
 * Not "at the news conference": the tail must end in a body word and the subject end there.
 */
function placeTail(ctx: Context, sentence: number, start: number, end: number, to: number): number {
  const words = ctx.people.words[sentence]!;
  // Only "at the <body>": "at a news conference" is where it was said.
  if (end >= to || words[end]!.lower !== 'at' || words[end + 1]?.lower !== 'the' || to - end > 4) return end;
  if (!range(start, end).some((k) => isPersonNoun(words[k]!.lower) && !DOCUMENT_NOUNS.has(words[k]!.lower))) return end;
  const tail = range(end + 1, to);
  if (tail.some((k) => words[k]!.pos === 'PUNCT' || words[k]!.pos === 'VERB' || ctx.quoted[sentence]![k])) return end;
  return NON_PERSON_HEADS.has(words[to - 1]!.lower) ? to : end;
}

const NOT_NAMES = new Set(['i', 'we', 'you', 'they', 'it', 'he', 'she', 'this', 'that', 'these', 'those', 'there', 'here', 'police', 'officials', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'god', 'mum', 'dad', 'mom', 'coach', 'doctors', 'nobody', 'everyone', 'someone', 'many', 'some', 'others', 'both', 'all']);

/**
 * "said Vinícius, who scored twice", "Mulyadi said": one to three capitalised words that speak and
 * that no list calls an organization or a place are a person's name, even one the people finder
 * did not keep (single names are common: Indonesian, Brazilian).
 */
function bareName(ctx: Context, sentence: number, from: number, to: number): Speaker | null {
  const words = ctx.people.words[sentence]!;
  const text = ctx.analyzed.sentences[sentence]!.text;
  let end = from;
  while (end < to && end - from < 3 && words[end]!.cap && !ctx.quoted[sentence]![end] && /^\p{Lu}[\p{Ll}'’-]+$/u.test(words[end]!.text)) end++;
  if (end === from || (end < to && words[end]!.pos !== 'PUNCT')) return null;
  if (range(from, end).some((k) => NOT_NAMES.has(words[k]!.lower) || DETERMINERS.has(words[k]!.lower) || isPersonNoun(words[k]!.lower))) return null;
  const name = text.slice(words[from]!.start, words[end - 1]!.end);
  if (ctx.classify(name) !== null || ctx.organizations.some((o) => o === name || o.startsWith(`${name} `))) return null;
  if (end - from === 1 && (ctx.acronyms.has(name) || /^\p{Lu}+$/u.test(name))) return null;
  return { name, type: 'person', person: null };
}


/** End (exclusive) of the noun phrase that starts at `from`: up to punctuation, a verb or a clause word. */
function phraseEnd(words: Word[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from < 14) {
    const w = words[k]!;
    if (w.pos === 'PUNCT') break;
    // "lead author Dr. X": a verb-tagged first word, or a capitalised one, is still the phrase.
    // "analysts at Morgan Stanley" keeps its organization; "at a news conference" is not the speaker.
    const next = words[k + 1];
    const capNext = next?.cap === true || (['a', 'an', 'the'].includes(next?.lower ?? '') && words[k + 2]?.cap === true);
    if (k > from && w.lower === 'at' && capNext) { k++; continue; }
    if (k > from && (((w.pos === 'VERB' || w.pos === 'AUX') && !w.cap) || ['who', 'which', 'that', 'in', 'on', 'during', 'after', 'before', 'at'].includes(w.lower))) break;
    k++;
  }
  return k;
}

/** `"...," X said` / `"...," said X` after the closing mark. */
function speakerAfter(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.closeSentence;
  const words = ctx.people.words[s]!;
  let i = words.findIndex((w) => w.start > q.close);
  if (i < 0) return null;
  while (i < words.length && PUNCT_SKIP.has(words[i]!.text)) i++;
  let limit = i;
  while (limit < words.length && !ctx.quoted[s]![limit]) limit++;
  if (i >= limit) return null;
  // "said X" / "said he"
  let v = i;
  while (v < limit && ADVERB_POS.has(words[v]!.pos) && v - i < 2) v++;
  if (isSpeechVerb(words[v])) {
    // "... for “getting off the field,” noting that Detroit converted ...": a participle clause
    // hangs on the sentence's subject; what follows it is the content, not the speaker.
    if (/ing$/u.test(words[v]!.lower) && words[v + 1]?.lower === 'that') return null;
    // "said its managing director, Colm Ó Fátharta": a role, then the name in apposition.
    const named = ['its', 'his', 'her', 'their', 'the', 'a', 'an'].includes(words[v + 1]?.lower ?? '')
      ? ctx.people.mentions[s]?.find((m) => m.wordStart > v + 2 && m.wordStart <= v + 8 && m.wordStart < limit && words[m.wordStart - 1]!.text === ',' && !range(v + 1, m.wordStart - 1).some((k) => words[k]!.pos === 'PUNCT'))
      : undefined;
    if (named) return personSpeaker(ctx, named.person);
    const end = phraseEnd(words, v + 1, limit);
    return phraseSpeaker(ctx, s, v + 1, end, 'first');
  }
  if (words[i]!.lower === 'according' && words[i + 1]?.lower === 'to') {
    return phraseSpeaker(ctx, s, i + 2, phraseEnd(words, i + 2, limit), 'first');
  }
  // "the board remained “fully behind” Van Aerssen — a message fans were quick to label ...": words
  // running on straight after the mark put the quote inside a clause; its speaker can only come
  // after that clause's comma ("would “escort the trucks” for 60 days, the official said").
  const runsOn = !/[,.;:!?—–-]$/u.test(q.text.trim()) && words[i - 1] !== undefined && words[i - 1]!.start <= q.close && words[i]!.pos !== 'PUNCT';
  if (runsOn) {
    while (i < limit && words[i]!.pos !== 'PUNCT') i++;
    if (i >= limit || words[i]!.text !== ',') return null;
    i++;
  }
  // "X said" / "X, the role, said" / "an advisor to the team said": the first speech verb within reach.
  for (let k = i; k < limit && k - i < 16; k++) {
    if (isSpeechVerb(words[k])) return phraseSpeaker(ctx, s, i, k, 'first');
    if (['.', '!', '?', ';'].includes(words[k]!.text)) break;
  }
  return null;
}


/**
 * The speech verb framing this quote (a few words before it) follows an earlier quote of the
 * sentence across nothing but a comma and "and"/"but": "“…”, and insisted the … “…”".
 */
function conjoinedSpeech(ctx: Context, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  for (let v = openWord - 1; v >= 0 && openWord - v <= 8; v--) {
    if (ctx.quoted[q.sentence]![v]) return false;
    if (!isSpeechVerb(words[v]) && !isVerdictVerb(words[v], openWord - v)) continue;
    let k = v - 1;
    while (k >= 0 && (ADVERB_POS.has(words[k]!.pos) || [',', 'and', 'but'].includes(words[k]!.lower))) k--;
    return k >= 0 && k < v - 1 && ['and', 'but'].includes(words[v - 1]!.lower) && (ctx.quoted[q.sentence]![k] || /^["”’']$/u.test(words[k]!.text));
  }
  return false;
}

/** The quote continues a clause ("described the team as “...”") whose speech or verdict verb is a few words before it. */
function framedInline(ctx: Context, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  const prev = words[openWord - 1];
  if (!prev || prev.pos === 'PUNCT') return false;
  for (let v = openWord - 1; v >= 0 && openWord - v <= 6; v--) {
    if (ctx.quoted[q.sentence]![v] || words[v]!.pos === 'PUNCT') return false;
    if (isSpeechVerb(words[v]) || isVerdictVerb(words[v], openWord - v)) return true;
  }
  return false;
}

/** "kept saying, ‘...’", "told me: ‘...’": a speech verb a few words before the mark (past a comma or colon). */
function saidJustBefore(ctx: Context, q: QuoteLocation): boolean {
  const words = ctx.people.words[q.sentence]!;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  let v = openWord - 1;
  if ([',', ':'].includes(words[v]?.text ?? '')) v--;
  return range(Math.max(0, v - 3), v + 1).some((k) => isSpeechVerb(words[k]));
}

/** "promising that ...": a speech word in -ing before "that" is a verb, whatever the tagger says. */
const ingBeforeThat = (words: Word[], v: number): boolean =>
  SPEECH_VERBS.has(words[v]!.lower) && /ing$/u.test(words[v]!.lower) && !words[v]!.cap && words[v + 1]?.lower === 'that';

/**
 * "with Commissioner Henrik Sjöberg, who has spent a year promising that ... “...”": the speech
 * verb is in a relative clause, so the person the clause hangs on speaks.
 */
function whoAntecedent(ctx: Context, s: number, from: number, v: number): Speaker | null {
  const words = ctx.people.words[s]!;
  for (let k = v - 1; k > from; k--) {
    if (words[k]!.pos === 'PUNCT' || ctx.quoted[s]![k]) return null;
    if (words[k]!.lower !== 'who' || words[k - 1]!.text !== ',') continue;
    // "Smith, who ..., said": the main verb comes after the clause; only a clause with no comma after "who" counts.
    const m = ctx.people.mentions[s]?.find((x) => x.wordEnd === k - 1);
    return m ? personSpeaker(ctx, m.person) : null;
  }
  return null;
}

/**
 * "described the tax relief announced in the budget as “...”": a speech verb in -ed right after a
 * common noun and before a preposition, inside the object of an earlier verdict verb, is a
 * participle describing that object; the one who speaks is the verdict verb's subject.
 */
function participleOfObject(ctx: Context, s: number, v: number): boolean {
  const words = ctx.people.words[s]!;
  const w = words[v]!;
  if (!/ed$/u.test(w.lower) || words[v - 1]?.pos !== 'NOUN' || words[v - 1]!.cap || words[v + 1]?.pos !== 'ADP') return false;
  for (let i = v - 2; i >= 0 && v - i <= 12; i--) {
    if (ctx.quoted[s]![i] || words[i]!.pos === 'PUNCT') return false;
    if (isVerdictVerb(words[i], 0)) return true;
  }
  return false;
}

/** `X said: "..."` / `X told Y, "..."`: the last speech verb before the opening mark, and its subject. */
function speakerBefore(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.sentence;
  const words = ctx.people.words[s]!;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  for (let v = openWord - 1; v >= 0; v--) {
    if (ctx.quoted[s]![v]) continue;
    if (isSpeechVerb(words[v]) || isVerdictVerb(words[v], openWord - v) || ingBeforeThat(words, v)) {
      if (participleOfObject(ctx, s, v)) continue;
      let from = v - 1;
      while (from >= 0 && !ctx.quoted[s]![from] && !(words[from]!.text === ';')) from--;
      const antecedent = whoAntecedent(ctx, s, from + 1, v);
      if (antecedent) return antecedent;
      const hanging = words[v - 1]?.text === ',' && /ing$/u.test(words[v]!.lower) ? mainSubject(ctx, s, from + 1, v - 1) : null;
      if (hanging) return hanging;
      const direct = clauseSubject(ctx, s, from + 1, v);
      if (direct) return direct;
      // Else the nearest person before the verb, else the phrase.
      const sp = phraseSpeaker(ctx, s, from + 1, v, 'last');
      if (sp) return sp;
      // "... calls from X to ...": no subject before the verb; try the words after it.
      return null;
    }
  }
  // A colon right before the quote: the sentence's subject speaks ("an error message which reads:").
  const prev = words[openWord - 1];
  if (prev?.text === ':') return phraseSpeaker(ctx, s, 0, openWord - 1, 'first');
  return null;
}

/**
 * "Saudi Arabia welcomed the deal in a statement carried by the Saudi Press Agency, praising “...”":
 * a participle clause after a comma hangs on the main clause's subject, not on the noun just
 * before the comma. The subject is the phrase before the first verb; a country there speaks
 * for its government.
 */
function mainSubject(ctx: Context, s: number, from: number, to: number): Speaker | null {
  const words = ctx.people.words[s]!;
  const f = range(from, to).find((k) => (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') && !words[k]!.cap && !ctx.quoted[s]![k]);
  if (f === undefined || f === from || f - from > 8 || range(from, f).some((k) => words[k]!.pos === 'PUNCT')) return null;
  const sp = phraseSpeaker(ctx, s, from, f, 'first');
  if (sp) return sp;
  if (f - from > 3 || !range(from, f).every((k) => words[k]!.cap)) return null;
  const name = ctx.analyzed.sentences[s]!.text.slice(words[from]!.start, words[f - 1]!.end);
  return ctx.classify(name) === 'place' ? { name, type: 'organization', person: null } : null;
}

// What ends the stretch before a subject: a comma, a dash (em or en) or an opening bracket.
const SEGMENT_BREAKS = new Set([',', '—', '–', '(']);

const PREPOSITIONS = new Set(['to', 'with', 'for', 'from', 'of', 'by', 'at', 'in', 'on', 'about', 'against', 'between', 'among', 'asked', 'told', 'met', 'and']);

/**
 * The subject right before a speech verb: the comma-free stretch before it ("the governor said",
 * "Smith said"), or, when that stretch is an apposition ("Smith, the mayor, said"), the name
 * before it — unless that name is the object of a preposition ("In a letter to Mr. Lindahl, the
 * committee's chairman wrote").
 */
function clauseSubject(ctx: Context, s: number, from: number, verb: number): Speaker | null {
  const words = ctx.people.words[s]!;
  let k = verb - 1;
  while (k >= from && (ADVERB_POS.has(words[k]!.pos) || words[k]!.pos === 'AUX')) k--;
  // "X, the president of Y, welcomed the plan but described it as": a second verb shares the
  // subject of the clause's first verb.
  if (k > from && ['and', 'but'].includes(words[k]!.lower)) {
    // With no comma before "and", the nearest verb with its own auxiliary: "She said the smugglers
    // had taken the phones and told them": "told" goes with "had taken" (the smugglers). A comma
    // ("X said forces had advanced, but described …") goes back to the main clause.
    const verbs = range(from, k).filter((i) => words[i]!.pos === 'VERB' && !words[i]!.cap && !ctx.quoted[s]![i] && !['who', 'which', 'that', 'to'].includes(words[i - 1]?.lower ?? ''));
    const nearest = verbs.at(-1);
    const inner = nearest !== undefined && words[k - 1]?.text !== ',' && words[nearest - 1]?.pos === 'AUX' && words[nearest - 2]?.pos !== 'PRON';
    if (inner && verbs.length > 1) return clauseSubject(ctx, s, verbs.at(-2)! + 1, nearest);
    const first = verbs[0];
    if (first !== undefined && first > from) return clauseSubject(ctx, s, from, first);
  }
  // "Cllr Sandeep Gill (Lab, Fulwood West) told": the bracket is a tag on the subject, not the subject.
  const pastBracket = (at: number): number => {
    if (words[at]?.text !== ')') return at;
    let open = at - 1;
    while (open > from && words[open]!.text !== '(' && at - open < 12) open--;
    return words[open]?.text === '(' ? open - 1 : at;
  };
  k = words[k]?.text === ',' && words[k - 1]?.text === ')' ? pastBracket(k - 1) : pastBracket(k);
  if (k < from) return null;
  const bare = barePluralSubject(ctx, s, from, k);
  if (bare) return bare;
  let segStart = k;
  const segmentStart = (end: number): number => {
    let b = end;
    while (b > from && !SEGMENT_BREAKS.has(words[b - 1]!.text)) b--;
    return b;
  };
  segStart = segmentStart(k);
  // "An official, who spoke on condition of anonymity because he was not authorised, said": the
  // relative clause describes the subject before it; the subject speaks, not the "he" inside.
  // ("Fan, an expert, who said" is different: there the relative clause holds the verb.)
  let byWho = false;
  while (words[k]!.text === ',' && segStart > from + 1 && ['who', 'which'].includes(words[segStart]!.lower) && words[segStart - 1]!.text === ',') {
    byWho ||= words[segStart]!.lower === 'who';
    k = pastBracket(segStart - 2);
    while (k >= from && words[k]!.text === ',') k--;
    if (k < from) return null;
    segStart = segmentStart(k + 1);
  }
  if (k - segStart > 14) return null;
  const seg = phraseSpeaker(ctx, s, segStart, k + 1, 'last');
  if (!seg && byWho) {
    const who = describedByWho(ctx, s, segStart, k + 1);
    if (who) return who;
  }
  if (!seg) return segStart > from && words[segStart - 1]!.text === ',' ? (appositionOrganization(ctx, s, from, segStart, k) ?? openingPerson(ctx, s, from, segStart, k)) : null;
  if (seg.type === 'person') return seg;
  // "Smith, the mayor, said": an apposition; the speaker is the name before it.
  const closeComma = words[k + 1]?.text === ',' ? k + 1 : -1;
  if (segStart > from && words[segStart - 1]!.text === ',' && (closeComma >= 0 || words[k]!.text === ',' || true)) {
    const m = ctx.people.mentions[s]?.find((x) => x.wordEnd === segStart - 1);
    if (m && !PREPOSITIONS.has(words[m.wordStart - 1]?.lower ?? '') && !honorificAfterPreposition(words, m.wordStart)) return personSpeaker(ctx, m.person);
  }
  return (segStart > from && words[segStart - 1]!.text === ',' ? openingPerson(ctx, s, from, segStart, k) : null) ?? seg;
}

const CALL_WORDS = new Set(['call', 'calls', 'describe', 'describes']);

/**
 * "a technique that privacy advocates call a “digital dragnet”": a group opening a relative
 * clause whose calling verb sits right before the marks (the tagger may read "call" as a noun)
 * says these words.
 */
function groupCallBefore(ctx: Context, q: QuoteLocation): Speaker | null {
  const words = ctx.people.words[q.sentence]!;
  let c = words.findIndex((w) => w.start >= q.open) - 1;
  if (c < 1) return null;
  if (['a', 'an', 'the'].includes(words[c]!.lower)) c--;
  // "call a “…”", "describe as a “…”".
  const as = words[c]?.lower === 'as';
  if (as) c--;
  const verb = words[c];
  if (!verb || verb.cap || !CALL_WORDS.has(verb.lower) || as !== verb.lower.startsWith('describ')) return null;
  let k = c - 1;
  while (k >= 0 && ['ADV', 'AUX'].includes(words[k]!.pos)) k--;
  return k >= 0 ? barePluralSubject(ctx, q.sentence, 0, k, true) : null;
}

/**
 * "a budget that campaigners said had “done nothing”": a bare plural person noun (or "one union
 * leader") opening a relative clause right before the verb is that verb's subject, however long the sentence's own
 * subject ("Thousands of people marched ...") is.
 */
function barePluralSubject(ctx: Context, s: number, from: number, k: number, relativeOnly = false): Speaker | null {
  const words = ctx.people.words[s]!;
  const noun = words[k];
  if (!noun || noun.cap || noun.pos !== 'NOUN' || !(isPersonNoun(noun.lower) || isGroupHead(noun.lower)) || DOCUMENT_NOUNS.has(noun.lower) || ctx.quoted[s]![k]) return null;
  let start = k;
  while (start - 1 >= from && start > k - 2 && ['ADJ', 'NOUN'].includes(words[start - 1]!.pos) && !words[start - 1]!.cap) start--;
  const plural = /s$/u.test(noun.lower);
  // "a rule aid groups have long dismissed as": the relative "that" left out after "a <noun>";
  // the noun after the article is what the clause describes, the rest its subject.
  const relative = (i: number): boolean => i >= from && ['that', 'which', 'whom'].includes(words[i]!.lower);
  if (!relativeOnly && plural && start < k && words[start]!.pos === 'NOUN' && start - 1 >= from && ['a', 'an', 'the'].includes(words[start - 1]!.lower) && !relative(start - 2)) start++;
  // "a pay award that one union leader has called": an indefinite "one"/"a" may open the phrase;
  // without one the noun must be plural ("that campaigners said"), a bare singular being rare.
  else if (!relativeOnly && start - 1 >= from && ['one', 'a', 'an'].includes(words[start - 1]!.lower) && relative(start - 2)) start--;
  else if (!plural || !relative(start - 1)) return null;
  const text = ctx.analyzed.sentences[s]!.text;
  return { name: text.slice(words[start]!.start, noun.end), type: 'unnamed', person: null };
}

/**
 * "Silva, 34, a chef who runs a cafe near Namba Station, said", "Okoye, an attorney with the
 * Speech, Privacy, and Technology Project, said": the last comma-free stretch before the verb is
 * the tail of a longer apposition (a place or a body where the person works). The speaker is the
 * name that opens the clause, when nothing after it but a relative clause has a verb of its own
 * (else that name is the subject of another clause: "Smith, who met the board, and the council
 * said" is not Smith alone).
 */
function openingPerson(ctx: Context, s: number, from: number, segStart: number, k: number): Speaker | null {
  const words = ctx.people.words[s]!;
  const m = ctx.people.mentions[s]?.find((x) => x.wordStart >= from && x.wordEnd < segStart - 1 && words[x.wordEnd]?.text === ',');
  if (!m || (m.wordStart > from && words[m.wordStart - 1]!.text !== ',') || ctx.quoted[s]![m.wordStart]) return null;
  if (k - m.wordEnd > 25) return null;
  let relative = false;
  for (let i = m.wordEnd + 1; i <= k; i++) {
    const w = words[i]!;
    if (ctx.quoted[s]![i]) return null;
    if (['who', 'whose', 'which', 'that', 'where'].includes(w.lower)) relative = true;
    else if ((w.pos === 'VERB' || w.pos === 'AUX') && !relative) return null;
    // ", and the council": another subject joins; ", and Technology Project" is a name going on.
    else if ((w.lower === 'and' || w.lower === 'or') && words[i - 1]!.text === ',' && !words[i + 1]?.cap) return null;
  }
  return personSpeaker(ctx, m.person);
}

/**
 * "One rival buyer, who spoke on condition of anonymity, called": "who" says the short phrase
 * before it is a person, even with a head noun ("buyer", "bidder") no list calls one.
 */
function describedByWho(ctx: Context, s: number, from: number, to: number): Speaker | null {
  const words = ctx.people.words[s]!;
  if (to - from < 2 || to - from > 4 || !['a', 'an', 'one', 'another'].includes(words[from]!.lower)) return null;
  const head = words[to - 1]!;
  if (head.cap || head.pos !== 'NOUN' || range(from + 1, to).some((k) => ctx.quoted[s]![k] || !['ADJ', 'NOUN'].includes(words[k]!.pos))) return null;
  const text = ctx.analyzed.sentences[s]!.text;
  return { name: text.slice(words[from]!.start, head.end), type: 'unnamed', person: null };
}

const BODY_HEADS = new Set(['agency', 'body', 'regulator', 'watchdog', 'charity', 'group', 'company', 'firm', 'organisation', 'organization', 'authority', 'department', 'ministry', 'council', 'union', 'association', 'network', 'trust', 'campaign', 'coalition', 'operator', 'developer', 'owner', 'maker', 'retailer', 'insurer', 'lender', 'bank', 'broadcaster', 'publisher', 'provider', 'supplier', 'utility']);

/**
 * "NatureScot, the government’s nature agency, said": a name the article does not otherwise know,
 * opening the clause, explained by an apposition whose head is a kind of body, speaks as an
 * organization. Not a person: people are found by name elsewhere.
 */
function appositionOrganization(ctx: Context, s: number, from: number, segStart: number, k: number): Speaker | null {
  const words = ctx.people.words[s]!;
  const text = ctx.analyzed.sentences[s]!.text;
  let nameStart = from;
  while (nameStart < segStart && ['the', 'a', 'an'].includes(words[nameStart]!.lower)) nameStart++;
  const nameEnd = segStart - 1; // the comma
  if (nameEnd <= nameStart || nameEnd - nameStart > 6) return null;
  for (let i = nameStart; i < nameEnd; i++) {
    const w = words[i]!;
    if (!w.cap && !['of', 'for', 'and', '&'].includes(w.lower)) return null;
  }
  const apposition = range(segStart, k + 1).map((i) => words[i]!.lower);
  const head = apposition.filter((w) => w !== ',').pop() ?? '';
  // "CropCare Europe, a trade body representing pesticide makers, said": the head before a participle.
  const early = apposition.slice(0, 5).findIndex((w) => BODY_HEADS.has(w));
  const participle = early >= 0 && /(?:ing|ed)$/u.test(apposition[early + 1] ?? '');
  if (!BODY_HEADS.has(head) && !NON_PERSON_HEADS.has(head) && !participle) return null;
  const name = text.slice(words[nameStart]!.start, words[nameEnd - 1]!.end);
  if (ctx.classify(name) === 'place') return null;
  return { name, type: 'organization', person: null };
}

/** "to Mr. Lindahl": a courtesy title between a preposition and the name. */
function honorificAfterPreposition(words: Word[], start: number): boolean {
  const h = words[start - 1];
  return h !== undefined && /^(mr|mrs|ms|dr|prof|sen|rep|gov|gen)\.?$/u.test(h.lower) && PREPOSITIONS.has(words[start - 2]?.lower ?? '');
}

/**
 * `'... the receptionist said, "..."'`: a speech verb inside the outer quote, and its subject: a
 * named person, "I"/"we" (the outer speaker), "my mum" (the outer speaker's mum), a title standing
 * for a person named before ("Coach kept saying"), or a description ("a nurse").
 */
function nestedSpeaker(ctx: Context, q: QuoteLocation, outer: Speaker | null): Speaker | null {
  const s = q.sentence;
  const words = ctx.people.words[s]!;
  const text = ctx.analyzed.sentences[s]!.text;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  for (let v = openWord - 1; v >= 0 && openWord - v < 12; v--) {
    if (!isSpeechVerb(words[v])) continue;
    for (let k = v - 1; k >= 0 && v - k < 10; k--) {
      const w = words[k]!;
      if (w.text === '"' || w.text === '“' || w.text === '‘' || w.text === "'") break;
      const m = mentionAt(ctx, s, k);
      if (m) return personSpeaker(ctx, m.person);
      if (w.lower === 'i' || w.lower === 'we') return outer;
      if (w.lower === 'he' || w.lower === 'she') return nestedPronoun(ctx, s, k, outer);
      // "my mum said", and "my holder told me": "my" + a noun right before the verb is someone the speaker knows.
      if (w.lower === 'my' && k + 1 < v && (isPersonNoun(words[k + 1]!.lower) || (k + 2 === v && words[k + 1]!.pos === 'NOUN' && !words[k + 1]!.cap))) return possessedBy(outer, text.slice(words[k + 1]!.start, words[k + 1]!.end));
      if (DETERMINERS.has(w.lower) && k + 1 < v && isPersonNoun(words[k + 1]!.lower)) {
        return { name: text.slice(w.start, words[k + 1]!.end), type: 'unnamed', person: null };
      }
      // "Coach kept saying": a bare title is the person who holds it, named earlier.
      if (w.cap && k + 1 <= v && isPersonNoun(w.lower) && !DETERMINERS.has(words[k - 1]?.lower ?? '')) {
        const holder = personByRole(ctx, w.lower, s);
        if (holder !== null) return personSpeaker(ctx, holder);
      }
    }
    return null;
  }
  return null;
}

/**
 * "When I called the governor, he told me, '...'": he/she inside a quote is the person or the
 * description named just before it in the quote, else the nearest fitting person who is not the
 * one quoted (who would say "I").
 */
function nestedPronoun(ctx: Context, s: number, k: number, outer: Speaker | null): Speaker | null {
  const words = ctx.people.words[s]!;
  const text = ctx.analyzed.sentences[s]!.text;
  for (let j = k - 1; j >= 0 && k - j < 12; j--) {
    const m = mentionAt(ctx, s, j);
    if (m && m.person !== outer?.person) return personSpeaker(ctx, m.person);
    if (isPersonNoun(words[j]!.lower) && ['the', 'a', 'an', 'my', 'our'].includes(words[j - 1]?.lower ?? '')) {
      const det = words[j - 1]!;
      if (det.lower === 'my' || det.lower === 'our') return possessedBy(outer, words[j]!.text);
      return { name: text.slice(det.start, words[j]!.end), type: 'unnamed', person: null };
    }
  }
  const found = resolvePronoun(ctx, words[k]!.lower === 'he' ? 'male' : 'female', s, k);
  return found && found.person !== outer?.person ? found : null;
}

/** "my father" said by Abena Owusu: "Owusu's father", an unnamed speaker. */
function possessedBy(owner: Speaker | null, noun: string): Speaker {
  if (!owner || owner.type !== 'person') return { name: `my ${noun}`, type: 'unnamed', person: null };
  const surname = owner.name.split(/\s+/u).pop() ?? owner.name;
  return { name: `${surname}${/s$/u.test(surname) ? '’' : '’s'} ${noun}`, type: 'unnamed', person: null };
}

const SPEECH_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'warning', 'warnings', 'statement', 'statements', 'promise', 'promises', 'pledge', 'pledges', 'claim', 'claims', 'criticism', 'words', 'description', 'message']);
const NP_STOP = new Set(['for', 'that', 'to', 'of', 'about', 'on', 'in', 'with', 'as']);

/** "the repeated calls of administration officials ... for a “flood”": the speaker of a speech noun. */
function speakerOfSpeechNoun(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.sentence;
  const words = ctx.people.words[s]!;
  const text = ctx.analyzed.sentences[s]!.text;
  let openWord = words.findIndex((w) => w.start >= q.open);
  if (openWord < 0) openWord = words.length;
  for (let k = openWord - 1; k >= 0 && openWord - k < 16; k--) {
    if (ctx.quoted[s]![k] || !SPEECH_NOUNS.has(words[k]!.lower)) continue;
    const prep = words[k + 1]?.lower;
    if (prep !== 'of' && prep !== 'from' && prep !== 'by') return null;
    let end = k + 2;
    while (end < openWord && !NP_STOP.has(words[end]!.lower) && words[end]!.pos !== 'PUNCT' && words[end]!.pos !== 'VERB') end++;
    if (end <= k + 2) return null;
    const m = range(k + 2, end).map((i) => mentionAt(ctx, s, i)).find((x) => x !== undefined);
    if (m) return personSpeaker(ctx, m.person);
    const org = organizationName(ctx, words, k + 2, end, text);
    if (org) return { name: org, type: 'organization', person: null };
    if (range(k + 2, end).some((i) => isPersonNoun(words[i]!.lower))) {
      return { name: text.slice(words[k + 2]!.start, words[end - 1]!.end), type: 'unnamed', person: null };
    }
    return null;
  }
  return null;
}

/** "according to X" anywhere outside quotes in the quote's sentence. */
function speakerAccordingTo(ctx: Context, sentence: number): Speaker | null {
  const words = ctx.people.words[sentence]!;
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k]!.lower === 'according' && words[k + 1]!.lower === 'to' && !ctx.quoted[sentence]![k]) {
      return phraseSpeaker(ctx, sentence, k + 2, phraseEnd(words, k + 2, words.length), 'first');
    }
  }
  return null;
}


/**
 * The subject of the sentence before a quote that stands alone, when both are in one paragraph and
 * that sentence quotes no one: the phrase before its first finite verb, past a leading participle
 * clause ("Asked about the plan, the governor did not hedge.").
 */
function previousSubject(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.sentence - 1;
  const sentence = ctx.analyzed.sentences[s];
  if (!sentence || sentence.paragraph !== ctx.analyzed.sentences[q.sentence]!.paragraph) return null;
  if (ctx.quoted[s]!.some((x) => x)) return null;
  const words = ctx.people.words[s]!;
  for (let v = 1; v < words.length; v++) {
    const w = words[v]!;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    if (words[v - 1]!.text === ',') continue;
    let from = v - 1;
    while (from > 0 && words[from - 1]!.text !== ',') from--;
    if (v - from > 10) return null;
    // "Tindall, who chairs the group, said volunteers had worked all night": the words after a
    // speech verb are what was said; the one who said it is that verb's subject.
    // ("Budi, 52, a carpenter, said he was rebuilding": "he" is that subject already.)
    const verb = range(from, v).find((k) => isSpeechVerb(words[k]));
    const pronounAfter = verb !== undefined && verb + 2 === v && PRONOUNS[words[verb + 1]!.lower] !== undefined;
    if (verb !== undefined && !pronounAfter) {
      const sp = clauseSubject(ctx, s, 0, verb);
      return sp && (sp.type === 'person' || sp.type === 'unnamed') ? sp : null;
    }
    const sp = phraseSpeaker(ctx, s, from, v, 'first');
    return sp && (sp.type === 'person' || sp.type === 'unnamed') ? sp : null;
  }
  return null;
}

// Heads that usually introduce a new, unnamed speaker rather than refer back to a named one.
const GENERIC_HEADS = new Set(['official', 'regulator', 'watchdog', 'inspector', 'inspectors', 'investigators', 'prosecutors', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'aide', 'aides', 'diplomat', 'analyst', 'analysts', 'expert', 'experts', 'witness', 'witnesses', 'resident', 'residents', 'police', 'officer', 'officers', 'lawyer', 'lawyers', 'attorney', 'statement', 'report', 'indictment', 'company', 'group', 'agency', 'ministry', 'department', 'government', 'court', 'judge', 'panel', 'committee', 'council', 'board', 'authorities', 'team', 'club', 'family', 'people', 'person', 'man', 'woman', 'doctor', 'doctors', 'nurse']);
const AGE_EPITHET = /^\d{1,3}-years?-old$/u;

/**
 * "the 53-year-old", "the Manchester City winger", "the Spaniard": a definite description that
 * refers back to the person in focus (the nearest person named before), when no person has that
 * role by name ("the governor" is resolved by role instead).
 */
function epithetReferent(ctx: Context, sentence: number, start: number, end: number): Speaker | null {
  const words = ctx.people.words[sentence]!;
  const head = words[end - 1]!;
  const age = range(start + 1, end).some((k) => AGE_EPITHET.test(words[k]!.lower));
  // "the study's authors", "the researchers": possessed or plural phrases are not one person.
  if (range(start, end).some((k) => /^['’]s?$/u.test(words[k]!.text) || words[k]!.lower.endsWith("'s") || words[k]!.lower.endsWith('’s'))) return null;
  if (/[^s]s$/u.test(head.lower) && !head.cap) return null;
  if (age) {
    const years = range(start + 1, end).map((k) => words[k]!.lower).find((w) => AGE_EPITHET.test(w))!.replace(/-.*$/u, '');
    const aged = personOfAge(ctx, sentence, years);
    if (aged) return aged;
  }
  if (!age) {
    if (GENERIC_HEADS.has(head.lower) || head.cap === false && !isPersonNoun(head.lower)) return null;
    if (head.cap && !/(an|ian|ese|ard|ish|man|woman|i)$/u.test(head.lower)) return null;
    if (personByRole(ctx, head.lower) !== null) return null;
    // "A meteorologist with the weather service said ..." then "the meteorologist said": the
    // unnamed one introduced just before, not the last person named.
    if (introducedAs(ctx, sentence, head.lower) !== null) return null;
  }
  // An epithet refers back to someone named; "the president" is not "a spokesperson" said before.
  const referent = resolvePronoun(ctx, null, sentence, start);
  return referent?.type === 'person' ? referent : null;
}

/**
 * "the 23-year-old said": the person the article gave that age ("Tomas Berg, 23,", "the
 * 23-year-old striker Tomas Berg", "Berg, who is 23"), nearest first, looking back from `sentence`.
 */
function personOfAge(ctx: Context, sentence: number, years: string): Speaker | null {
  for (let s = sentence; s >= 0 && s >= sentence - 20; s--) {
    const words = ctx.people.words[s]!;
    const ms = [...(ctx.people.mentions[s] ?? [])].reverse();
    for (const m of ms) {
      const after = words.slice(m.wordEnd, m.wordEnd + 5).map((w) => w.lower);
      const given = (after[0] === ',' && after[1] === years) || (after[0] === ',' && after[1] === 'who' && after.slice(2, 5).includes(years));
      const described = words.slice(Math.max(0, m.wordStart - 4), m.wordStart).some((w) => w.lower.startsWith(`${years}-year`));
      if (given || described) return personSpeaker(ctx, m.person);
    }
  }
  return null;
}

/**
 * "Two people familiar with the talks said … . “…,” said one of the people": the words that
 * described the group when it was introduced ("familiar with the talks"), so the member keeps
 * them ("one of the people familiar with the talks"), looking back a few sentences.
 */
function groupIntroducedAs(ctx: Context, sentence: number, head: string): string | null {
  if (!/s$|^people$/u.test(head)) return null;
  for (let s = sentence; s >= 0 && s >= sentence - 3; s--) {
    const words = ctx.people.words[s]!;
    const text = ctx.analyzed.sentences[s]!.text;
    for (let k = 0; k < words.length; k++) {
      if (words[k]!.lower !== head || ctx.quoted[s]![k] || ['the', 'those', 'these'].includes(words[k - 1]?.lower ?? '')) continue;
      let end = k + 1;
      while (end < words.length && end - k <= 8 && !ctx.quoted[s]![end] && !['PUNCT', 'VERB', 'AUX'].includes(words[end]!.pos) && words[end]!.lower !== 'who') end++;
      // Only a described group: "people familiar with …", "officials close to …".
      if (end - k < 3 || !['ADJ', 'ADP'].includes(words[k + 1]!.pos)) continue;
      return text.slice(words[k + 1]!.start, words[end - 1]!.end);
    }
  }
  return null;
}

/** The indefinite phrase ("a senior U.S. official") that introduced an unnamed speaker with this head noun in the last few sentences. */
function introducedAs(ctx: Context, sentence: number, head: string): string | null {
  for (let s = sentence; s >= 0 && s >= sentence - 4; s--) {
    const words = ctx.people.words[s]!;
    const text = ctx.analyzed.sentences[s]!.text;
    for (let k = words.length - 1; k >= 0; k--) {
      if (words[k]!.lower !== head || ctx.quoted[s]![k]) continue;
      for (let d = k - 1; d >= 0 && k - d <= 5; d--) {
        const w = words[d]!.lower;
        if (w === 'a' || w === 'an' || w === 'another' || w === 'one') return text.slice(words[d]!.start, words[k]!.end);
        if (w === 'the' || words[d]!.pos === 'PUNCT' || words[d]!.pos === 'VERB') break;
      }
    }
  }
  return null;
}

/** The subject of a speech verb in the sentence right before the quote (same paragraph, no quotes in it). */
function reportedSpeaker(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.sentence - 1;
  const sentence = ctx.analyzed.sentences[s];
  if (!sentence || sentence.paragraph !== ctx.analyzed.sentences[q.sentence]!.paragraph) return null;
  if (ctx.quoted[s]!.some((x) => x)) return null;
  const before = ctx.analyzed.sentences[q.sentence]!.text.slice(0, q.open).trim();
  if (before !== '') return null;
  const words = ctx.people.words[s]!;
  const subject = previousSubject(ctx, q);
  if (subject) return subject;
  // The first speech verb with a subject ("An official, who spoke on condition of anonymity, said").
  for (let v = 1; v < words.length; v++) {
    if (!isSpeechVerb(words[v])) continue;
    const sp = clauseSubject(ctx, s, 0, v);
    if (sp) return sp;
  }
  return null;
}

/**
 * "— Felipe Hernández-Ruiz, Latin America economist": a paragraph that opens with a dash and a
 * name (a person found there, or a bare capitalised name before a comma) signs the quote above it.
 */
function signatureLine(ctx: Context, s: number): Speaker | null {
  const sentence = ctx.analyzed.sentences[s];
  if (!sentence || sentence.paragraph === ctx.analyzed.sentences[s - 1]?.paragraph) return null;
  if (!/^\s*[—–―-]/u.test(sentence.text)) return null;
  const words = ctx.people.words[s]!;
  let k = 0;
  while (k < words.length && /^[—–―-]+$/u.test(words[k]!.text)) k++;
  if (k === 0 || k >= words.length) return null;
  const m = ctx.people.mentions[s]?.find((x) => x.wordStart === k);
  if (m) return personSpeaker(ctx, m.person);
  let end = k;
  while (end < words.length && words[end]!.text !== ',') end++;
  return end - k <= 4 ? bareName(ctx, s, k, end) : null;
}

/**
 * The speaker of the reported speech ("X said the ...") in the paragraph just before a quote,
 * when that paragraph quotes no one and one sentence of it reports speech by a person or an
 * unnamed description; the last such sentence wins.
 */
function reporterOfParagraphBefore(ctx: Context, q: QuoteLocation): Speaker | null {
  const paragraph = ctx.analyzed.sentences[q.sentence]!.paragraph;
  let found: Speaker | null = null;
  for (let s = q.sentence - 1; s >= 0 && ctx.analyzed.sentences[s]!.paragraph === paragraph - 1; s--) {
    if (ctx.quoted[s]!.some((x) => x)) return null;
    if (found) continue;
    const words = ctx.people.words[s]!;
    const v = words.findIndex((w, k) => k > 0 && isSpeechVerb(w) && !['who', 'to', 'not'].includes(words[k - 1]!.lower));
    if (v < 0) continue;
    const sp = clauseSubject(ctx, s, 0, v);
    if (sp && (sp.type === 'person' || sp.type === 'unnamed')) found = sp;
  }
  return found;
}

/**
 * "Asked whether he could win the title, he shrugged." then a paragraph that is all quote: the
 * one asked answers, even with no speech verb (a shrug, a smile) and even in a short reply.
 */
function answererOfQuestionBefore(ctx: Context, q: QuoteLocation): Speaker | null {
  const s = q.sentence - 1;
  const sentence = ctx.analyzed.sentences[s];
  if (!sentence || sentence.paragraph !== ctx.analyzed.sentences[q.sentence]!.paragraph - 1 || ctx.quoted[s]!.some((x) => x)) return null;
  const words = ctx.people.words[s]!;
  if (words[0]?.lower !== 'asked') return null;
  const comma = words.findIndex((w) => w.text === ',');
  if (comma < 0) return null;
  let verb = comma + 1;
  while (verb < words.length && words[verb]!.pos !== 'VERB' && words[verb]!.pos !== 'AUX') verb++;
  if (verb >= words.length || verb - comma > 8) return null;
  const sp = phraseSpeaker(ctx, s, comma + 1, verb, 'first');
  return sp && (sp.type === 'person' || sp.type === 'unnamed') ? sp : null;
}

/** The quote fills its whole paragraph. */
function wholeParagraph(ctx: Context, q: QuoteLocation): boolean {
  const last = ctx.analyzed.sentences[q.closeSentence]!;
  const next = ctx.analyzed.sentences[q.closeSentence + 1];
  return (!next || next.paragraph !== last.paragraph) && !/[\p{L}\p{N}]/u.test(last.text.slice(q.close + 1));
}

/** No person other than the previous speaker is named, outside quotes, between the two quotes. */
function nobodyElseBetween(ctx: Context, previous: { speaker: Speaker | null; sentence: number }, q: QuoteLocation): boolean {
  for (let s = previous.sentence + 1; s < q.sentence; s++) {
    if (ctx.quoted[s]!.some((x) => x)) return false;
    if ((ctx.people.mentions[s] ?? []).some((m) => m.person !== previous.speaker?.person)) return false;
    // "The council said ...": someone else spoke in between.
    if (ctx.people.words[s]!.some((w) => isSpeechVerb(w))) return false;
  }
  return true;
}

/** The quote is the whole sentence (“More than once.”). */
function wholeSentence(ctx: Context, q: QuoteLocation): boolean {
  if (q.closeSentence !== q.sentence) return false;
  const text = ctx.analyzed.sentences[q.sentence]!.text;
  return text.slice(0, q.open).trim() === '' && !/[\p{L}\p{N}]/u.test(text.slice(q.close + 1));
}

/**
 * The person whose stated role has this head noun ("governor" -> Gov. Ramón Castillo Ibarra), if
 * exactly one; with `before`, only people already mentioned before that sentence count.
 */
function personByRole(ctx: Context, noun: string, before?: number): number | null {
  const wanted = ROLE_ABBREVIATIONS.get(noun) ?? noun;
  const hits: number[] = [];
  ctx.people.people.forEach((p, i) => {
    if (before !== undefined && !ctx.people.mentions.slice(0, before).some((ms) => ms.some((m) => m.person === i))) return;
    const words = p.roles.flatMap((r) => r.toLowerCase().split(/[\s,]+/u)).map((w) => ROLE_ABBREVIATIONS.get(w) ?? w);
    if (words.includes(wanted)) hits.push(i);
  });
  return hits.length === 1 ? hits[0]! : null;
}

const ROLE_ABBREVIATIONS = new Map([
  ['gov.', 'governor'], ['gov', 'governor'], ['sen.', 'senator'], ['sen', 'senator'], ['rep.', 'representative'],
  ['gen.', 'general'], ['gen', 'general'], ['lt.', 'lieutenant'], ['col.', 'colonel'], ['capt.', 'captain'],
  ['sgt.', 'sergeant'], ['prof.', 'professor'], ['prof', 'professor'], ['pres.', 'president'], ['supt.', 'superintendent'],
]);

/** What an organization issues and can then be said to say ("the statement said"). */
const ISSUED_NOUNS = new Set(['statement', 'release', 'announcement', 'communique', 'communiqué']);

/** The organization that spoke last or was mentioned last, in this sentence or the two before it. */
function recentIssuer(ctx: Context, sentence: number): string | null {
  let best: { name: string; at: number } | null = null;
  for (const o of ctx.organizationMentions) {
    let at = -1;
    for (const m of o.mentions) if (m <= sentence && m > at) at = m;
    if (at >= 0 && sentence - at <= 2 && (!best || at > best.at)) best = { name: o.name, at };
  }
  const last = ctx.lastOrganization;
  if (last && sentence - last.sentence <= 2 && (!best || last.sentence >= best.at)) return last.name;
  return best?.name ?? null;
}

// "The company said", "the firm said": a business named elsewhere in the article, whatever its name ends with.
const COMPANY_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'insurer', 'lender', 'manufacturer', 'contractor', 'supplier', 'business', 'conglomerate']);
// Names that are never "the company": public bodies and the news agencies that report.
const NOT_COMPANY = /\b(?:council|ministry|department|agency|government|administration|police|court|committee|commission|parliament|congress|senate|university|school|hospital|union|party|army|office|service|authority|board)\b|^(?:AP|Reuters|AFP|Associated Press|Agence France-Presse|BBC|CNN)$/iu;

/**
 * The organization ending (or starting) with this head word that the article has made most of
 * before `sentence` (most mentions; on a tie the one named last). "The company" is any business
 * so named.
 */
function recentOrganization(ctx: Context, head: string, sentence: number): string | null {
  let best: { name: string; count: number; last: number } | null = null;
  for (const o of ctx.organizationMentions) {
    const words = o.name.toLowerCase().split(/\s+/u);
    const fits = words[words.length - 1] === head || words[0] === head || (COMPANY_NOUNS.has(head) && !NOT_COMPANY.test(o.name));
    if (!fits) continue;
    const before = o.mentions.filter((m) => m <= sentence);
    if (before.length === 0) continue;
    const last = Math.max(...before);
    if (!best || before.length > best.count || (before.length === best.count && last > best.last)) best = { name: o.name, count: before.length, last };
  }
  return best?.name ?? ctx.organizations.find((o) => o.toLowerCase().endsWith(` ${head}`)) ?? describedAs(ctx, head, sentence);
}

/**
 * "Údarás na Gaeltachta, the regional development agency, ..." then "the agency said": the
 * organization an apposition described with this head noun, in the last few sentences.
 */
function describedAs(ctx: Context, head: string, sentence: number): string | null {
  for (let s = sentence; s >= 0 && s >= sentence - 5; s--) {
    const text = ctx.analyzed.sentences[s]!.text;
    for (const o of ctx.organizations) {
      const at = text.indexOf(`${o}, `);
      if (at < 0) continue;
      const apposition = /^,\s+(?:the|an?)\s+([^,.;]{0,60}?)(?=[,.;]|$)/u.exec(text.slice(at + o.length));
      const words = apposition?.[1]?.toLowerCase().split(/\s+/u) ?? [];
      if (words[words.length - 1] === head) return o;
    }
  }
  return null;
}


/** Builds the Quote list with speakers and kinds. */
export function attributeQuotes(
  analyzed: AnalyzedText,
  people: PeopleResult,
  quotes: QuoteLocation[],
  classify: Classifier,
  organizations: { name: string; mentions: number[] }[] = [],
): { quotes: Quote[]; personOf: (number | null)[] } {
  const quoted = analyzed.sentences.map((s, si) => people.words[si]!.map(() => false));
  for (const q of quotes) {
    for (let s = q.sentence; s <= q.closeSentence; s++) {
      const ws = people.words[s]!;
      ws.forEach((w, k) => {
        const afterOpen = s > q.sentence || w.start > q.open;
        const beforeClose = s < q.closeSentence || w.end <= q.close;
        if (afterOpen && beforeClose) quoted[s]![k] = true;
      });
    }
  }
  const acronyms = findAcronyms(analyzed);
  const orgs = [...new Set([...organizations.map((o) => o.name), ...acronyms.values(), ...capitalisedOrganizations(analyzed, people)])];
  const ctx: Context = { analyzed, people, classify, acronyms, organizations: orgs, organizationMentions: organizations, quoted, lastOrganization: null };
  const out: Quote[] = [];
  const personOf: (number | null)[] = [];
  let previous: { speaker: Speaker | null; paragraph: number; sentence: number } | null = null;
  let outerSpeaker: Speaker | null = null;
  for (const q of quotes) {
    if (q.nested) {
      // A quote inside a quote: its speaker is named inside the outer quote, if at all.
      const speaker = nestedSpeaker(ctx, q, outerSpeaker);
      // "I don't think 'we need more time' is an argument": words no one inside is said to say are
      // held up as words (and not listed apart from the outer quote).
      const kind = speaker === null && !saidJustBefore(ctx, q) ? 'scare' : quoteKind(ctx, q, speaker !== null);
      out.push({ text: q.text, speaker: speaker?.name ?? null, speakerType: speaker?.type ?? null, kind, sentence: q.sentence });
      personOf.push(speaker?.person ?? null);
      continue;
    }
    // "Okafor, who described the team as “quiet,” said the players would rest": a phrase quoted
    // inside a clause whose own verb frames it belongs to that clause's subject, not to the
    // "said X" after it.
    let speaker = groupCallBefore(ctx, q) ?? (framedInline(ctx, q) ? speakerBefore(ctx, q) : null) ?? speakerAfter(ctx, q) ?? speakerAccordingTo(ctx, q.sentence) ?? speakerBefore(ctx, q);
    // "X said the award was “fair”, and insisted the government would not be “bounced”": a speech
    // verb joined to an earlier quote of the sentence shares that quote's speaker.
    if (!speaker && previous?.speaker && previous.sentence === q.sentence && conjoinedSpeech(ctx, q)) speaker = previous.speaker;
    const attributedHere = speaker !== null;
    if (!speaker && q.startsParagraph) {
      // A lead-in sentence ending in a colon in the previous paragraph ("Rozitis explained:").
      const prevSentence = analyzed.sentences[q.sentence - 1];
      if (prevSentence && /:\s*$/u.test(prevSentence.text)) {
        const ws = people.words[q.sentence - 1]!;
        speaker = phraseSpeaker(ctx, q.sentence - 1, 0, ws.length - 1, 'first');
      }
    }
    // A pull-quote box: the quote alone in its paragraph, signed on the next line "— Name, role".
    if (!speaker && q.startsParagraph && wholeParagraph(ctx, q)) speaker = signatureLine(ctx, q.closeSentence + 1);
    const followOn = wordCount(q.text) >= 4 || wholeSentence(ctx, q);
    // "An official ... said the toll would rise. “Many villages have not been reached.”": the
    // speaker of the reported speech just before, in the same paragraph.
    if (!speaker && followOn && (!previous || previous.sentence < q.sentence - 1)) speaker = reportedSpeaker(ctx, q);
    if (!speaker && followOn && previous?.speaker && previous.paragraph === q.paragraph) speaker = previous.speaker;
    // "The governor did not hedge. “A hospital that can't ...”": the previous sentence's subject.
    if (!speaker && followOn && wholeSentence(ctx, q)) speaker = previousSubject(ctx, q);
    if (!speaker && followOn && previous?.speaker && q.startsParagraph && q.paragraph === previous.paragraph + 1) speaker = previous.speaker;
    // A paragraph that is all quote, a paragraph or two after the last speaker, with only
    // narration between that names no one else: the same speaker goes on.
    if (!speaker && followOn && previous?.speaker && q.startsParagraph && wholeParagraph(ctx, q) && q.paragraph <= previous.paragraph + 3 && nobodyElseBetween(ctx, previous, q)) speaker = previous.speaker;
    // "X, a spokeswoman for ..., said the hospital had received 31 patients. Others were taken ..."
    // then a paragraph that is all quote: X, whose reported speech the paragraph before carried.
    if (!speaker && followOn && q.startsParagraph && wholeParagraph(ctx, q)) speaker = reporterOfParagraphBefore(ctx, q);
    if (!speaker && q.startsParagraph && wholeParagraph(ctx, q)) speaker = answererOfQuestionBefore(ctx, q);
    let kind = quoteKind(ctx, q, attributedHere || speaker !== null);
    if (kind === 'scare' && (!attributedHere || heldAtDistance(ctx, q) || nounModifier(ctx, q) || distanced(ctx, q))) speaker = null;
    if (!speaker) {
      // "calls from aid groups for a “flood” of aid": a speech noun names whose words these are,
      // but a short phrase stays a scare quote.
      speaker = speakerOfSpeechNoun(ctx, q);
      if (speaker) kind = quoteKind(ctx, q, wordCount(q.text) > 3);
    }
    if (kind === 'scare' && isNamingPhrase(ctx, q)) speaker = null;
    out.push({ text: q.text, speaker: speaker?.name ?? null, speakerType: speaker?.type ?? null, kind, sentence: q.sentence });
    personOf.push(speaker?.person ?? null);
    outerSpeaker = speaker;
    if (speaker?.type === 'organization') ctx.lastOrganization = { name: speaker.name, sentence: q.closeSentence };
    // A quote that runs on over a paragraph break ends in a later paragraph: the quotes after it
    // in that paragraph follow on from it there.
    if (kind !== 'scare') previous = { speaker, paragraph: analyzed.sentences[q.closeSentence]!.paragraph, sentence: q.sentence };
  }
  glossesInBrackets(analyzed, quotes, out, personOf);
  echoSubheadings(analyzed, quotes, out, personOf);
  return { quotes: out, personOf };
}

/** "Tokyo Electric Power Company (TEPCO)": acronym -> full name, so "TEPCO said" names the company. */
function findAcronyms(analyzed: AnalyzedText): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of analyzed.sentences) {
    const ws = s.tokens;
    for (let k = 2; k + 1 < ws.length; k++) {
      const t = ws[k]!;
      if (ws[k - 1]!.text !== '(' || ws[k + 1]!.text !== ')' || !/^\p{Lu}[\p{Lu}&]+$/u.test(t.text)) continue;
      let j = k - 2;
      while (j >= 0 && (/^\p{Lu}/u.test(ws[j]!.text) || (['of', 'for', 'and', 'the', '&'].includes(ws[j]!.text) && j > 0 && /^\p{Lu}/u.test(ws[j - 1]!.text)))) j--;
      if (j + 1 <= k - 2) map.set(t.text, s.text.slice(ws[j + 1]!.start, ws[k - 2]!.end));
    }
  }
  return map;
}

/** Capitalised runs ending in an organization word ("Harlow County Council", "Veltrix Semiconductor Inc."). */
function capitalisedOrganizations(analyzed: AnalyzedText, people: PeopleResult): string[] {
  const out: string[] = [];
  analyzed.sentences.forEach((s, si) => {
    const ws = people.words[si]!;
    let k = 0;
    while (k < ws.length) {
      if (!ws[k]!.cap || ['the', 'a', 'an', 'this', 'that'].includes(ws[k]!.lower)) { k++; continue; }
      let j = k;
      while (j < ws.length && (ws[j]!.cap || (['of', 'for', 'and', '&'].includes(ws[j]!.lower) && ws[j + 1]?.cap === true))) j++;
      const last = ws[j - 1]!;
      if (j - k >= 2 && NON_PERSON_HEADS.has(last.lower.replace(/\.$/u, '')) || (j - k >= 2 && /^(inc|corp|ltd|plc|llc|co)\.?$/u.test(last.lower))) {
        out.push(s.text.slice(ws[k]!.start, last.end));
      }
      k = Math.max(j, k + 1);
    }
  });
  return out.sort((a, b) => b.length - a.length);
}
