// People: find capitalised name runs, keep those the text marks as a person (a title before, an
// apposition after, a courtesy title, a speech verb, a known given name), group every later form
// (surname, first name, "Mr. X", "President X") into one person, and record where each is mentioned.
import type { AnalyzedText } from './analyzed-text.ts';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES } from './lexicon/given-names.ts';
import { GIVEN_NAME_SHORT_FORMS } from './lexicon/given-name-short-forms.ts';
import { DEMONYMS, FEMALE_ROLE_WORDS, FOREIGN_ORG_WORDS, HONORIFICS, MALE_ROLE_WORDS, NON_PERSON_HEADS, NOT_NAME_WORDS, POSTNOMINALS, TITLE_WORDS } from './lexicon/titles.ts';
import { SPEECH_VERBS } from './lexicon/speech-verbs.ts';
import { ROLE_NOUNS } from './lexicon/role-nouns.ts';
import { resolveDescriptions } from './descriptions.ts';
import { CREDIT_LINE } from './parse-document.ts';
import { demonymCountry } from './gazetteer.ts';
import { appositionAfter, appositionWithClause, becomesRole, splitCoordinated, splitStyles, isPersonHead, preposedRole, relativeRoles, listRole, splitSharedHead, tagsAfter, titleBefore, titlesBefore } from './roles.ts';
import type { Word } from './words.ts';
import { isPossessive, toWords } from './words.ts';

export type NameClass = 'organization' | 'place' | null;
export type Classifier = (span: string) => NameClass;
export type Gender = 'male' | 'female' | null;

export interface Mention {
  person: number;
  sentence: number;
  /** Word indexes [start, end) within the sentence's words. */
  wordStart: number;
  wordEnd: number;
  /** Character offsets within the sentence text. */
  start: number;
  end: number;
}

export interface PersonRecord {
  name: string;
  parts: string[];
  aliases: string[];
  roles: string[];
  mentions: number[];
  gender: Gender;
}

export interface PeopleResult {
  people: PersonRecord[];
  /** Name mentions per sentence, in text order. */
  mentions: Mention[][];
  /** The word layer of each sentence (shared with quote attribution). */
  words: Word[][];
}

// First words of names of storms, places, events and products ("Hurricane Helene", "Mount Everest").
const NON_PERSON_FIRST = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'tornado', 'mount', 'mt', 'mt.', 'lake', 'cape', 'fort', 'port', 'saint', 'st', 'st.', 'operation', 'project', 'black', 'cyber', 'super', 'grand', 'royal', 'old', 'new', 'north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'greater', 'little', 'big', 'star', 'google', 'apple', 'microsoft', 'amazon', 'meta', 'air', 'radio', 'club', 'team', 'flight', 'route', 'highway', 'interstate']);
const SURNAME_HEADS = new Set(['park', 'hill', 'hills', 'bridge', 'lake', 'bank', 'banks', 'church', 'hall', 'house', 'wood', 'woods', 'ford', 'field', 'brook', 'castle', 'tower', 'rivers', 'street', 'rice', 'post', 'young', 'king', 'law', 'mission', 'gulf', 'bay', 'cross', 'lane', 'marsh', 'glen', 'dale', 'forest', 'moore', 'island', 'steel', 'garden', 'end', 'canal', 'current', 'reef']);
const ORG_NOUNS = new Set(['group', 'company', 'firm', 'charity', 'organisation', 'organization', 'agency', 'union', 'club', 'party', 'network', 'outlet', 'newspaper', 'broadcaster', 'website', 'app', 'startup', 'start-up', 'airline', 'carrier', 'manufacturer', 'retailer', 'chain', 'brand', 'supplier', 'insurer', 'lender', 'bank', 'fund', 'watchdog', 'band', 'label', 'studio', 'magazine', 'channel', 'station', 'platform', 'service', 'ship', 'vessel', 'restaurant', 'hotel', 'school', 'hospital', 'university']);
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'explains', 'continued', 'continues', 'noted', 'notes', 'recalled', 'recalls', 'remarked', 'warned', 'insisted', 'argued', 'declared', 'stated']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'el', 'ben', 'abu', 'umm', 'ter', 'ten', 'te', 'st.', 'ap', 'ab', 'arap', 'ó', 'ní', 'uí', 'mac', 'nic', 'mhic']);
// Lower-case particles that open a surname mentioned alone ("said de la Fuente", "bin Laden"); not
// "la", "le", "al" or "el" alone, which open other words ("la Liga", "al Qaeda").
const SURNAME_OPENERS = new Set(['van', 'von', 'de', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'ter', 'ap', 'arap', 'bin', 'binti', 'binte']);
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'VERB', 'X', 'ADV', 'INTJ', 'NUM']);
// "the flagship Kai Tak project", "the MTR's Kai Tak station", "Land Registry figures": a common
// noun of a site or a record after the name makes it a place's or body's name used as a modifier.
const THING_HEADS = new Set(['project', 'projects', 'station', 'site', 'development', 'estate', 'district', 'figures', 'data', 'statistics', 'terminal', 'depot', 'scheme', 'campus', 'complex']);
// "Abu Dhabi Airports said", "Kelly Holdings": a company's plural head ends the name even after a given name.
const COMPANY_PLURALS = new Set(['airports', 'airlines', 'airways', 'holdings', 'industries', 'systems', 'partners', 'properties', 'resources', 'services', 'solutions', 'technologies', 'networks', 'communications', 'motors', 'foods', 'brands', 'stores', 'pharmaceuticals', 'ventures', 'investments', 'securities', 'logistics', 'laboratories', 'labs', 'studios', 'productions', 'enterprises', 'hotels', 'resorts']);
const MODIFIED_HEADS = new Set(['administration', 'government', 'campaign', 'era', 'presidency', 'family', 'camp', 'team', 'doctrine', 'plan', 'regime', 'years', 'cabinet', 'foundation', 'era', 'style', 'effect', 'rule', 'case', 'model', 'prize', 'award', 'trophy', 'medal']);

// "J.T. Okafor", "A.J. Brown": initials standing for given names.
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
// "Smith", the usual case, passes the second test below: answered first without the Unicode regexes.
const isNameShaped = (w: Word): boolean => /^[A-Z][a-z]+$/.test(w.text) || INITIALS.test(w.text) ||
  (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w.text) && /\p{Ll}/u.test(w.text) && !/-(based|born|led|owned|run|made|backed|era|style)$/u.test(w.text)) ||
  /^\p{Lu}\.$/u.test(w.text) || LOWER_PREFIXED.test(w.text);
// "al-Hashimi", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
const LOWER_PREFIXED = /^(al|el|ad|ash|as|at|an|az|bin|ibn|abu|ben|d|l|o|mc|mac|van|von|de|di|da|du|le|la)[-'’]\p{Lu}\p{Ll}/u;
/** "R-Ohio", "D-N.M.", "I-Vt.": party and state of a US lawmaker. */
export const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
const isAcronym = (w: Word): boolean => /^[\p{Lu}\d.&-]{2,7}$/u.test(w.text) && !/^\p{Lu}\.$/u.test(w.text) && !INITIALS.test(w.text);
const isListedName = (lower: string): boolean => MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower) || UNISEX_NAMES.has(lower);
// The list is unaccented: "Andrés", "Siobhán" and "Tomás" are "andres", "siobhan" and "tomas".
// "Ma. Teresa": the Filipino abbreviation of María.
const isGivenName = (lower: string): boolean => lower === 'ma.' || isListedName(lower) || (/[^a-z]/u.test(lower) && isListedName(lower.normalize('NFD').replace(/[\u0300-\u036f]/gu, '')));

// "Yoon Seo-jun", "Lee Hye-jin", "Wang Xiao-ming": a Korean or Chinese given name of two syllables,
// the second in lower case after the hyphen, marks a person whatever the surname (not "Co-op",
// "Ex-minister", "Pre-season": common prefixes, or a long second part).
const SYLLABLE_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
const NOT_SYLLABLE_FIRST = new Set(['co', 'ex', 'pre', 'mid', 'non', 'post', 'anti', 'self', 'well', 're', 'de', 'un', 'off', 'on', 'out', 'all', 'by', 'sub', 'semi', 'multi', 'inter', 'over', 'under', 'half', 'full', 'part', 'long', 'high', 'low', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'hard', 'soft', 'old', 'new', 'pro', 'vice']);
const isSyllableGivenName = (word: string): boolean => SYLLABLE_GIVEN.test(word) && !NOT_SYLLABLE_FIRST.has(word.slice(0, word.indexOf('-')).toLowerCase());

// "Zhang Weiming", "Li Qiang": one of the commonest Chinese surnames, then a given name of one or
// two pinyin syllables written as one word, is a person's name (a place's or body's name is
// classified before this counts: "Hong Kong"). English words of pinyin shape are left out.
const CHINESE_SURNAMES = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'fu', 'zhong', 'cui', 'qian', 'qin', 'xue', 'yan', 'bai', 'meng', 'fan', 'shi', 'lei', 'fang']);
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)';
const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`, 'u');
const NOT_PINYIN_GIVEN = new Set(['long', 'men', 'man', 'fan', 'bang', 'ban', 'tan', 'sang', 'hang', 'sing', 'king', 'wing', 'ring', 'ding', 'dong', 'song', 'tong', 'gang', 'bin', 'pin', 'sin', 'tin', 'win', 'den', 'hen', 'ten', 'pen', 'zen', 'can', 'pan', 'ran', 'sun', 'run', 'gun', 'fun', 'bun', 'nun', 'shin', 'chin', 'gin', 'he', 'she', 'me', 'we', 'ye', 'go', 'so', 'no', 'to', 'do', 'lo', 'ho', 'hi', 'ma', 'pa', 'china', 'lane', 'line', 'mine', 'nine', 'dine', 'wine', 'sure', 'guan', 'tie', 'lie', 'pie', 'die', 'hue', 'cue', 'due', 'sue', 'rue', 'queue', 'new', 'news', 'hong', 'kong', 'sao', 'tao', 'dao', 'bao', 'lao', 'mao', 'jian']);
const isChineseName = (parts: string[]): boolean => parts.length === 2 && CHINESE_SURNAMES.has(parts[0]!.toLowerCase()) &&
  /^\p{Lu}\p{Ll}+$/u.test(parts[1]!) && PINYIN_GIVEN.test(parts[1]!.toLowerCase()) && !NOT_PINYIN_GIVEN.has(parts[1]!.toLowerCase());

// "Vitaliy Hrytsenko", "Oksana Kovalchuk", "Nikola Petrović": a Ukrainian, Russian or South Slavic
// surname ending (-enko, -chuk, -ovych, -ević...) after another name marks a person even when the
// given name is not listed; places do not end so.
const SLAVIC_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:enko|chuk|czuk|ovych|evych|ovich|evich|ović|ević)$/u;

// "Marie-Claire du Plessis", "Anne-Sophie Martin": a hyphenated given name whose halves are both
// given names, or whose first half is one with a particle later in the name ("Jean-Luc de Vries";
// not "Mercedes-Benz").
function isHyphenatedGiven(parts: string[]): boolean {
  const halves = parts[0]!.toLowerCase().split('-');
  if (halves.length !== 2 || !/^\p{Lu}/u.test(parts[0]!.split('-')[1] ?? '')) return false;
  if (isListedName(halves[0]!) && isListedName(halves[1]!)) return true;
  return (isListedName(halves[0]!) || isListedName(halves[1]!)) && parts.slice(1, -1).some((p) => PARTICLES.has(p.toLowerCase()));
}

function isNameWord(words: Word[], i: number, known?: ReadonlySet<string>): boolean {
  const w = words[i]!;
  // Fast exit for the common case: a lower-case word that is no "al-Hashimi".
  if (!w.cap && !(w.text.length > 3 && (w.text.includes('-') || w.text.includes("'") || w.text.includes('’')))) return false;
  const prev = words[i - 1];
  // The first word, or the first after an opening mark (a closing mark before "Park said" is not a start).
  const sentenceStart = !prev || (i === 1 && /^["“‘'(«]$/u.test(prev.text));
  // "Will Tracy": a capitalised auxiliary inside a sentence is a name.
  const prefixed = LOWER_PREFIXED.test(w.text);
  if ((!w.cap && !prefixed) || (!NAME_POS.has(w.pos) && !(w.pos === 'AUX' && !sentenceStart) && !prefixed)) return false;
  if (!isNameShaped(w) && !isAcronym(w)) return false;
  if (NOT_NAME_WORDS.has(w.lower) && !(MONTH_GIVEN_NAMES.has(w.lower) && prev !== undefined && prev.cap && (TITLE_WORDS.has(prev.lower) || HONORIFICS.has(prev.lower)) &&
    !/^\d/u.test(words[i + 1]?.text ?? ''))) return false;
  // "Rep. Mark Delahunt, R-Ohio,": a US party-affiliation tag, not a name.
  if (PARTY_TAG.test(w.text)) return false;
  // A capitalised first word of a sentence is a name only when tagged as one.
  if (sentenceStart && w.pos !== 'PROPN' && !isGivenName(w.lower) && !known?.has(w.text)) return false;
  return true;
}

// "Aunty June Ingram", "Ms May": a month that is also a given name is one after a courtesy title or a
// capitalised title word (not before a day number: "Council May 5").
const MONTH_GIVEN_NAMES = new Set(['april', 'may', 'june', 'august']);

interface Run { start: number; end: number }

const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);
const isQuoteMark = (w: Word): boolean => OPEN_QUOTES.has(w.text) || CLOSE_QUOTES.has(w.text);

/** After an opening mark at `i`, one to three capitalised words and the closing mark: the index after it, or -1. */
function quotedNicknameEnd(words: Word[], i: number): number {
  if (!OPEN_QUOTES.has(words[i]?.text ?? '')) return -1;
  let j = i + 1;
  while (j < words.length && j - i <= 3 && words[j]!.cap && !isQuoteMark(words[j]!)) j++;
  return j > i + 1 && CLOSE_QUOTES.has(words[j]?.text ?? '') ? j + 1 : -1;
}

// Irish surname particles ("Nic", "Mac", "Ní", "Ó"), after which the next word may be mutated.
const GAELIC_PARTICLES = new Set(['nic', 'mac', 'ní', 'ó', 'uí', 'mhic']);
// "tSaoir", "t-Saoir", "hUiginn", "n-Éill": a mutated Irish word keeps its capital after a lower-case prefix.
const GAELIC_MUTATED = /^(?:t-?|n-|h)\p{Lu}\p{Ll}+$/u;
/**
 * "Síofra Nic an tSaoir", "Seán Ó hUiginn", "Nic an Ghabhann": after an Irish particle, an optional "an" and a
 * mutated word continue the name; the index after it, or -1.
 */
function gaelicSurnameEnd(words: Word[], i: number): number {
  // The particle is inside the run ("Nic", a name word) or right here ("Ó", all capitals).
  const at = GAELIC_PARTICLES.has(words[i]!.lower) ? i + 1 : i;
  if (!GAELIC_PARTICLES.has(words[at - 1]?.lower ?? '')) return -1;
  const j = words[at]?.lower === 'an' ? at + 1 : at;
  if (words[j] === undefined) return -1;
  // "Nic an Ghabhann": after "an" an unmutated name word continues it too.
  return GAELIC_MUTATED.test(words[j]!.text) || (j > at && isNameWord(words, j)) ? j + 1 : -1;
}

/** Maximal runs of name-like words, with particles ("van", "bin") allowed inside. */
function nameRuns(words: Word[], known?: ReadonlySet<string>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words, i, known)) { i++; continue; }
    const start = i;
    i++;
    while (i < words.length) {
      if (isNameWord(words, i, known)) { i++; continue; }
      // Terrence “T-Bone” Mayweather: a quoted nickname between name words stays inside the name.
      const nick = quotedNicknameEnd(words, i);
      if (nick > i && isNameWord(words, nick, known)) { i = nick + 1; continue; }
      const gaelic = gaelicSurnameEnd(words, i);
      if (gaelic > i) { i = gaelic; continue; }
      // "de la Cruz", "van der Berg": particles between name words.
      let j = i;
      while (j < words.length && PARTICLES.has(words[j]!.lower) && j - i < 3) j++;
      if (j > i && j < words.length && isNameWord(words, j, known)) { i = j + 1; continue; }
      break;
    }
    // "De la Cruz" opening a sentence: a capitalised particle sequence belongs to the name; so does a
    // lower-case one after a non-name word ("said de la Fuente").
    let s = start;
    while (s > 0 && PARTICLES.has(words[s - 1]!.lower) && start - s < 3) s--;
    const opens = s < start && (words[s]!.cap || (SURNAME_OPENERS.has(words[s]!.text) && !(s > 0 && isNameWord(words, s - 1, known))));
    runs.push({ start: opens ? s : start, end: i });
  }
  return runs;
}

const isTitleWord = (w: Word): boolean => TITLE_WORDS.has(w.lower) || DEMONYMS.has(w.lower) || HONORIFICS.has(w.lower);
// "Tan Sri Lim Kok Wing", "Datuk Sri Najib": "Sri" after a Malay style is a style too, but a given
// name elsewhere ("Sri Mulyani Indrawati"), and "Tan" is a surname unless "Sri" follows.
const SRI_STYLES = new Set(['tan', 'datuk', 'dato', "dato'", 'dato’', 'seri', 'tun']);
function isTitleAt(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.lower === 'sri') return SRI_STYLES.has(words[k - 1]?.lower ?? '');
  if (w.lower === 'tan') return words[k + 1]?.lower === 'sri';
  return isTitleWord(w);
}
/** "Emily Thornberry MP": post-nominal letters, in capitals, after a name. */
const isPostnominal = (w: Word): boolean => POSTNOMINALS.has(w.lower) && w.text === w.text.toUpperCase();

/** The trailing part of a run that can be a person's name (after any titles), or null. */
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv', 'v']);
const isSuffixOrInitial = (w: Word): boolean => SUFFIXES.has(w.lower) || /^\p{Lu}\.$/u.test(w.text) || INITIALS.test(w.text);

const IN_TITLE_ENDS = new Set(['charge', 'chief']);
const PLURAL_ROLE = /[^s]s$/u;
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

function nameCore(words: Word[], fullRun: Run): Run | null {
  let end = fullRun.end;
  while (end > fullRun.start + 1 && isPostnominal(words[end - 1]!)) end--;
  const run = { start: fullRun.start, end };
  let start = run.end;
  while (start > run.start) {
    const w = words[start - 1]!;
    // "Lloyd J. Austin III", "Martin Luther King Jr.": suffixes are part of the name, and a title
    // word with only a suffix after it ("King Jr.") is a surname.
    if (SUFFIXES.has(w.lower) && start === run.end) { start--; continue; }
    const onlySuffixAfter = start < run.end && words.slice(start, run.end).every(isSuffixOrInitial);
    if ((isTitleAt(words, start - 1) && !onlySuffixAfter) || isAcronym(w)) break;
    // "Special Agent in Charge Lorraine Abernathy", "Commander in Chief": "in Charge" ends a title.
    if (IN_TITLE_ENDS.has(w.lower) && words[start - 2]?.lower === 'in') break;
    // "Substitute Kwame Adeyemi": a role noun opening a run of three or more words is a title.
    if (start - 1 === run.start && run.end - run.start >= 3 && ROLE_NOUNS.has(w.lower) && !isGivenName(w.lower)) break;
    start--;
  }
  // "Minister of Culture and Information Hamza Abu Bakr al-Tayeb": the run's first word ends a
  // title joined by "of"/"and", not the name.
  if (start === run.start && run.end - run.start >= 3 && !isGivenName(words[start]!.lower) && titleChainBefore(words, run.start)) {
    start++;
    // "TD for Galway West Pádraig Ó Catháin": the title runs on to the first given name.
    for (let g = start + 1; g < run.end - 1; g++) {
      if (isGivenName(words[g]!.lower) && !words.slice(start, g).some((w) => isGivenName(w.lower))) { start = g; break; }
    }
  }
  if (start === run.end) return null;
  // Leading particles belong to the title side ("of").
  // (A run that itself opens with one is a surname: "said de la Fuente".)
  if (start > run.start) while (start < run.end && PARTICLES.has(words[start]!.text)) start++;
  // (A quoted nickname inside does not count: "Kevin “Mad Dog” O'Hara" is two names; nor do
  // particles: "María José Echeverría de la Garza" is four names.)
  if (start === run.end) return null;
  let particles = 0;
  for (let k = start + 1; k < run.end - 1; k++) if (PARTICLES.has(words[k]!.text)) particles++;
  if (run.end - start - particles - nicknameWidth(words, { start, end: run.end }) > 5) return null;
  // A suffix or initial alone is no name.
  if (words.slice(start, run.end).every(isSuffixOrInitial)) return null;
  return { start, end: run.end };
}

/** Does "of"/"and" before word `i` continue a title ("Minister of Culture and", "spokesman and Minister of")? */
function titleChainBefore(words: Word[], i: number): boolean {
  // "Leader of the Opposition P. Mohanasundaram": "of the" joins the title too.
  // (Then only after a capitalised title: "chairman of the Save Elston Fields campaign" is no title.)
  const viaThe = words[i - 1]?.lower === 'the' && ['of', 'for'].includes(words[i - 2]?.lower ?? '');
  if (viaThe) i--;
  const joint = words[i - 1]?.lower;
  if (joint !== 'and' && joint !== 'of' && joint !== 'for') return false;
  // Only capitalised words and "of"/"and" back to a title word, a few words at most.
  for (let k = i - 2; k >= 0 && i - k <= 7; k--) {
    const w = words[k]!;
    // ("the managing director of Rive Gauche International": a lower-case role's "of" names a body.)
    if (isTitleWord(w) || ROLE_NOUNS.has(w.lower)) return w.cap;
    if (!w.cap && w.lower !== 'of' && w.lower !== 'and') return false;
  }
  return false;
}

/** A run's text; a quoted nickname inside it is left out ("Terrence “T-Bone” Mayweather" -> "Terrence Mayweather"). */
function text(sentence: string, words: Word[], r: Run): string {
  const whole = sentence.slice(words[r.start]!.start, words[r.end - 1]!.end);
  if (!/["“”‘’']/u.test(whole)) return whole;
  const kept: string[] = [];
  let quoted = false;
  for (let k = r.start; k < r.end; k++) {
    const w = words[k]!;
    if (isQuoteMark(w)) { quoted = !quoted; continue; }
    if (!quoted) kept.push(w.text);
  }
  return kept.join(' ');
}

/** How many words (marks included) a quoted nickname takes inside a run. */
function nicknameWidth(words: Word[], r: Run): number {
  for (let k = r.start + 1; k < r.end; k++) {
    const end = quotedNicknameEnd(words, k);
    if (end > k) return end - k;
  }
  return 0;
}

/** The quoted nickname inside a run, or null. */
function nicknameIn(words: Word[], r: Run): string | null {
  for (let k = r.start + 1; k < r.end; k++) {
    const end = quotedNicknameEnd(words, k);
    if (end > k) return words.slice(k + 1, end - 1).map((w) => w.text).join(' ');
  }
  return null;
}

interface Candidate {
  sentence: number;
  core: Run;
  run: Run;
  name: string;
  parts: string[];
  strong: boolean;
  roles: string[];
  gender: Gender;
}

function genderOf(first: string, roleWords: string[]): Gender {
  for (const r of roleWords) {
    if (MALE_ROLE_WORDS.has(r)) return 'male';
    if (FEMALE_ROLE_WORDS.has(r)) return 'female';
  }
  const f = first.toLowerCase();
  if (MALE_NAMES.has(f) && !FEMALE_NAMES.has(f)) return 'male';
  if (FEMALE_NAMES.has(f) && !MALE_NAMES.has(f)) return 'female';
  return null;
}

// Mostly called with empty strings (no title, no apposition): ''.split(...) is [''], without the regex.
const roleWordsOf = (roles: string[]): string[] => roles.flatMap((r) => (r === '' ? [''] : r.toLowerCase().split(/[\s,]+/)));

const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'duke']);
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'downtown']);

/** Evaluates one name run: is it a person, and what roles does the text give it here? */
function evaluate(sentenceText: string, words: Word[], run: Run, sentence: number, classify: Classifier, orgPrefixes: Set<string>, loneSpeakers: ReadonlySet<string>): Candidate | null {
  const core = nameCore(words, run);
  if (!core) return null;
  const last = words[run.end - 1]!;
  // "in Prince Albert", "near Prince Rupert", "in Queen Creek": a royal title and one word after a
  // preposition of place is a town's name, not a royal ("with Prince William" keeps him).
  if (run.end - run.start === 2 && core.start === run.start + 1 && ROYAL_TITLES.has(words[run.start]!.lower) &&
    LOCATIVE.has(words[run.start - 1]?.lower ?? '') && !isPossessive(words[run.end - 1]!) && words[run.end]?.text !== '’s' && words[run.end]?.text !== "'s") return null;
  // "Lena Park", "Damon Hill": a given name first makes a place-like surname a surname.
  const givenFirst = core.end - core.start >= 2 && isGivenName(words[core.start]!.lower);
  // "freshman kicker Leo Park": a title touching the name does the same.
  const titled = (): boolean => titleBefore(sentenceText, words, core.start, core.end) !== null;
  // "Preston North End", "the West End": a compass word before the head makes it a place's name.
  const compassHead = core.end - core.start >= 2 && COMPASS.has(words[core.end - 2]!.lower);
  if (NON_PERSON_HEADS.has(last.lower) && (compassHead || !((givenFirst || (core.end - core.start >= 2 && titled())) && SURNAME_HEADS.has(last.lower)))) return null;
  // "Royal Holloway", "New Hampshire": a place-like first word with one name after it is no title.
  if (core.end - core.start === 1 && core.start === run.start + 1 && NON_PERSON_FIRST.has(words[run.start]!.lower)) return null;
  // "Wody Polskie", "An Garda Síochána said": a body's word in another language anywhere in the run.
  // (Only the name itself: "Garda Commissioner Drew Harris" has the word in his title.)
  for (let k = core.start; k < core.end; k++) if (FOREIGN_ORG_WORDS.has(words[k]!.lower)) return null;
  const runText = text(sentenceText, words, run);
  const name = text(sentenceText, words, core);
  const cls = classify(name) ?? (run.start !== core.start ? classify(runText) : null);
  const parts = name.split(/\s+/);
  const before = words[core.start - 1];
  // Post-nominal letters and a bracket tag ("Jo Bloggs MP (Lab, Leeds North)") come before any apposition or verb.
  const tags = tagsAfter(sentenceText, words, core.end);
  const after = words[tags.end];
  const isPlace = (span: string): boolean => classify(span) === 'place';

  const roles: string[] = [];
  let title = titleBefore(sentenceText, words, core.start, core.end);
  // "Premiership leaders Bath", "holders Chelsea": a plural role before a name describes a team.
  if (title !== null && PLURAL_ROLE.test(title) && ROLE_NOUNS.has(title.split(/\s+/).pop()!.toLowerCase())) title = null;
  if (title) roles.push(title);
  // "Al Jazeera's Zeina Abou Khalil", "the BBC's Sara Monteiro": a body's possessive before a name
  // introduces its correspondent or staff member; the possessive is the role, as written.
  // (Two words at least, used as a name: "Google's Android team" is a product.)
  const owner = title === null && core.end - core.start >= 2 && !(after !== undefined && !after.cap && after.pos === 'NOUN') ? organizationOwner(sentenceText, words, core.start, classify) : null;
  if (owner) roles.push(owner);
  roles.push(...tags.roles);
  // "the Controller of Budget, Dr Miriam Langat,": a courtesy title opens a name, not a description.
  const appositionFound = appositionAfter(sentenceText, words, tags.end, isPlace);
  const apposition = appositionFound !== null && HONORIFICS.has(appositionFound.split(/\s+/)[0]!.toLowerCase()) ? null : appositionFound;
  if (apposition) roles.push(apposition);
  const honorific = before && HONORIFICS.has(before.lower) ? HONORIFICS.get(before.lower) ?? null : undefined;

  const speechAfter = after && SPEECH_VERBS.has(after.lower) && (after.pos === 'VERB' || after.pos === 'PROPN' || after.pos === 'NOUN');
  // "said X" names the speaker; "told X" names the listener, so only inverting verbs count.
  // ("Okafor said Harbor Line was ...": a verb right after makes the name the subject of a reported
  // clause, not the speaker.)
  const speechBefore = before && ((INVERTING_VERBS.has(before.lower) && !(after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') && !after.cap)) ||
    (before.lower === 'to' && words[core.start - 2]?.lower === 'according'));
  // "J.T. Okafor", "A.J. Brown": two or three initials stand for given names.
  const firstIsGiven = parts.length >= 2 && !COMPANY_PLURALS.has(parts[parts.length - 1]!.toLowerCase()) && (isGivenName(parts[0]!.toLowerCase()) || INITIALS.test(parts[0]!) ||
    (parts.length <= 3 && parts.some(isSyllableGivenName)) || isChineseName(parts) || isHyphenatedGiven(parts) ||
    (parts.length <= 3 && SLAVIC_SURNAME.test(parts[parts.length - 1]!)));
  // "Dieuwke Weber, who previously designed ...": "who" refers to a person.
  const relativeWho = after?.text === ',' && ['who', 'whose'].includes(words[tags.end + 1]?.lower ?? '');
  const modifierUse = after !== undefined && !isPossessive(after) && (MODIFIED_HEADS.has(after.lower) || (THING_HEADS.has(after.lower) && after.pos === 'NOUN') || (after.pos === 'NOUN' && !after.cap && before?.lower === 'the'));

  // A place or organization name stays one even after a title ("spokeswoman for NHS | England"),
  // unless the title word touches the name ("President Bush").
  if (cls !== null && honorific === undefined && !(title && before && isPersonHead(before))) return null;
  // "NHS England", "BBC Sport": an acronym inside the same run makes it an organization's name.
  // ("Bus operator SBS Transit": an acronym that is no title word is still part of the name after a role.)
  if (core.start > run.start && isAcronym(words[core.start - 1]!) && (!title || !isTitleWord(words[core.start - 1]!))) return null;
  const named = honorific !== undefined ? core.start - 2 : core.start - 1;
  if (words[named]?.text === ',' && ANIMALS.has(words[named - 1]?.lower ?? '')) return null;
  // "patients' group Healthwatch Northfield", "the firm Acme": an organization noun right before.
  if (before && ORG_NOUNS.has(before.lower)) return null;
  if (orgPrefixes.has(name) || orgPrefixes.has(runText)) return null;
  // "Flight 8501"; but "beat Carlos Alcaraz 6-4" is a given name and a score.
  if (after?.pos === 'NUM' && !firstIsGiven) return null;

  // "Controller of Budget", "Minister for Defence": one word after a capitalised title and "of"/"for" is a portfolio.
  const beforeOf = words[core.start - 2];
  if (parts.length === 1 && honorific === undefined && (before?.lower === 'of' || before?.lower === 'for') && beforeOf?.cap && TITLE_WORDS.has(beforeOf.lower)) return null;
  // "Menengai West ward", "Galway West": a compass word closing a name with no given name is a constituency.
  if (parts.length >= 2 && honorific === undefined && !firstIsGiven && !(title !== null && before !== undefined && isTitleWord(before)) && COMPASS.has(parts[parts.length - 1]!.toLowerCase())) return null;
  // "the veteran Serbian": a nationality alone names no one.
  // ("Cork South Central TD": a compass word alone is the end of a constituency's name.)
  if (parts.length === 1 && (isAcronym(words[core.start]!) || NON_PERSON_HEADS.has(parts[0]!.toLowerCase()) || COMPASS.has(parts[0]!.toLowerCase()) || DEMONYMS.has(parts[0]!.toLowerCase()) || demonymCountry(parts[0]!) !== null)) return null;
  // "the UN Resident Coordinator in ...": a role word closing a title is no surname.
  if (parts.length === 1 && title !== null && ROLE_NOUNS.has(parts[0]!.toLowerCase()) && !isGivenName(parts[0]!.toLowerCase())) return null;
  // "The Philippine Red Cross said", "the British Heart Foundation": a nationality opening a run
  // after "the" names a body, not a person.
  if (parts.length >= 2 && before?.lower === 'the' && honorific === undefined && (DEMONYMS.has(parts[0]!.toLowerCase()) || demonymCountry(parts[0]!) !== null)) return null;
  // "United host Brentford": a sport desk's verb, not a presenter's title, before a single name.
  const verbLikeTitle = title !== null && parts.length === 1 && /^\p{Lu}\S*\s+hosts?$/u.test(title);
  const postnominal = tags.end > core.end && isPostnominal(words[core.end]!);
  // "Hasnah, 41, who sells fish", "Tan Wei Ming, 52, runs a stall": an age after a name marks a person.
  const ageWord = words[tags.end + 1];
  const aged = after?.text === ',' && words[tags.end + 2]?.text === ',' && ageWord !== undefined && /^\d{1,3}$/u.test(ageWord.text) && Number(ageWord.text) <= 110;
  // "a 29-year-old worker surnamed Zhang": the name the text gives someone it has just described.
  const surnamed = before?.lower === 'surnamed';
  // A body's possessive marks a person only where a person's name would stand: before an
  // apposition or a speech verb ("Al Jazeera's X, reporting from Doha,"; not "Google's Android Auto shipped").
  const ownedPerson = owner !== null && (after?.text === ',' || speechAfter === true);
  const strong = (title !== null && !verbLikeTitle) || ownedPerson || honorific !== undefined || postnominal || aged || surnamed || (apposition !== null && !apposition.startsWith('of '));
  let accept = strong;
  // "El Nino", "La Liga", "Le Monde": an article and one word is a thing's name unless a title or
  // apposition marks a person ("Ms Le Pen").
  const articleName = parts.length === 2 && ['el', 'la', 'le', 'los', 'las', 'les'].includes(parts[0]!.toLowerCase());
  // "The Canadian Federation of Independent Business said": a name after a capitalised word and "of"
  // is the tail of a body's name, not a person (unless a title or apposition marks one).
  // (Not the sentence's first word, capitalised anyway: "Fans of Taylor Swift queued".)
  const ofTail = before?.lower === 'of' && core.start >= 3 && words[core.start - 2]?.cap === true && !isTitleWord(words[core.start - 2]!) && !HONORIFICS.has(words[core.start - 2]!.lower);
  // "projects in Tuen Mun and Yuen Long": a name joined by "and"/"or" to a place's name is a place too.
  // (Not before a verb: "in Leeds and Mary Smith said" opens a new clause with a person.)
  const placeConjunct = (before?.lower === 'and' || before?.lower === 'or') && after?.pos !== 'VERB' && after?.pos !== 'AUX' && placeBefore(sentenceText, words, core.start - 1, classify);
  if (!accept && parts.length >= 2 && !modifierUse && !articleName && !ofTail && !placeConjunct) {
    // "Boston Dynamics said", "Acme Systems said": a place first or a plural last, and nothing else
    // marking a person, is a company's name.
    // "Boeing Starliner said", "Westfield Stratford said": a company's name first, or a place last.
    // (A plural ends "-s"; "Hollis", "Curtis", "Marcus" end "-is"/"-us", which plurals do not.)
    const companyShaped = !firstIsGiven && (classify(parts[0]!) !== null || classify(parts[parts.length - 1]!) === 'place' || /[^siu]s$/u.test(parts[parts.length - 1]!));
    // "the Joint Chiefs of Staff": an "of ..." phrase alone does not make a person.
    // ("Leicester Tigers, who won": a club is "who" too, so the company shape still counts.)
    if (firstIsGiven || (apposition !== null && !apposition.startsWith('of ')) || (relativeWho && !companyShaped)) accept = true;
    else if ((speechAfter || speechBefore) && !companyShaped) accept = true;
    // "Ilkka Rautavaara won. ... Rautavaara said": a two- or three-word name whose last word speaks alone elsewhere.
    else if (parts.length <= 3 && !companyShaped && !NON_PERSON_FIRST.has(parts[0]!.toLowerCase()) && !NON_PERSON_HEADS.has(parts[0]!.toLowerCase()) && loneSpeakers.has(parts[parts.length - 1]!) && words.slice(core.start, core.end).every((w) => w.pos === 'PROPN')) accept = true;
    // Two capitalised words that nothing marks as an organization or place, as the subject of a verb.
    else if (parts.length === 2 && !companyShaped && words.slice(core.start, core.end).every((w) => w.pos === 'PROPN') && (after?.pos === 'VERB' || after?.pos === 'AUX') &&
      !['the', 'a', 'an', 'of', 'in', 'at', 'from', 'to', 'and'].includes(before?.lower ?? '') && !NON_PERSON_HEADS.has(parts[0]!.toLowerCase()) &&
      !NON_PERSON_FIRST.has(parts[0]!.toLowerCase()) && !/[^s]s$/u.test(parts[1]!)) accept = true;
  }
  if (!accept) return null;
  // "Aslef, the train drivers' union,": an apposition whose head is a body's noun describes a body.
  // (The head is the last word before any preposition: "an expert from Singapore Management University" is a person.)
  if (apposition !== null && title === null && honorific === undefined && ORG_NOUNS.has(appositionHead(apposition))) return null;
  let gender: Gender = honorific ?? null;
  gender ??= genderOf(parts[0]!, roleWordsOf(roles));
  return { sentence, core, run, name, parts, strong, roles, gender };
}

const HEAD_ENDS = new Set(['of', 'from', 'at', 'for', 'in', 'with', 'on', 'to', 'who', 'which', 'that', 'and', 'based']);
/** The head noun of an apposition: its last word before a preposition or clause ("the train drivers' union" -> "union"). */
function appositionHead(apposition: string): string {
  const ws = apposition.toLowerCase().split(/\s+/u);
  const stop = ws.findIndex((w) => HEAD_ENDS.has(w));
  return (stop > 0 ? ws[stop - 1] : ws[ws.length - 1])!.replace(/[,;:]$/u, '');
}

/** Whether the capitalised words ending right before `k` (a conjunction) name a place, or stand where one does. */
function placeBefore(sentenceText: string, words: Word[], k: number, classify: Classifier): boolean {
  let a = k;
  while (a > 0 && words[a - 1]!.cap && k - a < 4) a--;
  // ("in Tuen Mun and": a preposition of place before the first conjunct does for a name the gazetteer lacks.)
  return a < k && (classify(sentenceText.slice(words[a]!.start, words[k - 1]!.end)) === 'place' || LOCATIVE.has(words[a - 1]?.lower ?? ''));
}

/**
 * The organization whose possessive stands right before the name at `nameStart` ("Al Jazeera's",
 * "the BBC's"), as written with its "'s", or null. Only a name the gazetteer knows as an organization:
 * a place's ("Britain's") or a person's possessive is not a role.
 */
function organizationOwner(sentenceText: string, words: Word[], nameStart: number, classify: Classifier): string | null {
  const mark = words[nameStart - 1];
  if (!isPossessive(mark) || nameStart < 2) return null;
  let k = nameStart - 2;
  if (!words[k]!.cap || words[k]!.end !== mark!.start) return null;
  while (k > 0 && words[k - 1]!.cap && nameStart - 1 - k < 5) k--;
  // A sentence-opening "The" is the article, not part of the body's name.
  if (words[k]!.lower === 'the') k++;
  if (k > nameStart - 2) return null;
  const owner = sentenceText.slice(words[k]!.start, words[nameStart - 2]!.end);
  if (classify(owner) !== 'organization') return null;
  return sentenceText.slice(words[k]!.start, mark!.end);
}

/**
 * "the parents of Jules Bianchi, Philippe and Christine": a lone given name joined by "and" to a
 * person is a person too (places and organizations excepted: "Jordan and Israel").
 */
function coordinatedGivenNames(sentenceText: string, words: Word[], runs: Run[], found: Candidate[], sentence: number, classify: Classifier): Candidate[] {
  const out: Candidate[] = [];
  if (found.length === 0) return out;
  runs.forEach((run, k) => {
    if (run.end - run.start !== 1 || found.some((c) => c.run.start === run.start)) return;
    const w = words[run.start]!;
    if (!isGivenName(w.lower) || classify(w.text) !== null) return;
    const prev = runs[k - 1];
    const next = runs[k + 1];
    // The other side is a person, or another lone given name ("Philippe and Christine") in a sentence that names a person.
    const personOrGiven = (r: Run): boolean => found.some((c) => c.run.start === r.start) ||
      (r.end - r.start === 1 && isGivenName(words[r.start]!.lower) && classify(words[r.start]!.text) === null);
    const joined = (prev !== undefined && run.start - prev.end === 1 && words[prev.end]!.lower === 'and' && personOrGiven(prev)) ||
      (next !== undefined && next.start - run.end === 1 && words[run.end]!.lower === 'and' && personOrGiven(next));
    if (!joined) return;
    const name = text(sentenceText, words, run);
    out.push({ sentence, core: run, run, name, parts: [name], strong: true, roles: [], gender: genderOf(name, []) });
  });
  return out;
}

// "The family cat, Mr Whiskers,": an animal named with a courtesy title is no person.
const ANIMALS = new Set(['cat', 'dog', 'pet', 'horse', 'pony', 'parrot', 'tortoise', 'puppy', 'kitten', 'rabbit', 'hamster', 'goat', 'cow', 'bull', 'pig', 'donkey', 'mascot']);

const NICKNAME = /([\p{Lu}][\p{L}\p{M}'’-]+),?\s+(?:(?:also|better|widely|popularly)\s+)?(?:known as|nicknamed|dubbed)\s+["“‘']?([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?)/gu;

/** Nicknames the text gives a person ("Dagalo, known as Hemedti", "Smith, nicknamed 'Smudge'"): nickname -> person. */
function findNicknames(texts: string[], people: PersonRecord[]): Map<string, PersonRecord> {
  const out = new Map<string, PersonRecord>();
  for (const t of texts) {
    if (!t.includes('known as') && !t.includes('nicknamed') && !t.includes('dubbed')) continue;
    for (const m of t.matchAll(NICKNAME)) {
      const surname = m[1]!;
      const nick = m[2]!;
      const owner = people.find((p) => p.parts[p.parts.length - 1] === surname && p.parts.length > 1);
      if (owner && !owner.parts.includes(nick) && !NON_PERSON_HEADS.has(nick.toLowerCase())) out.set(nick, owner);
    }
  }
  return out;
}

/**
 * "Anthony R. DiNapoli" ... "Tony DiNapoli": a common short form of a given name with the same
 * surname is the same person, when exactly one person of that surname has a given name it stands
 * for ("Vincent DiNapoli", a brother, is not a candidate). Short-form name -> the full person.
 */
function findShortGivenForms(people: PersonRecord[]): Map<string, PersonRecord> {
  const out = new Map<string, PersonRecord>();
  for (const p of people) {
    if (p.parts.length !== 2) continue;
    const fulls = GIVEN_NAME_SHORT_FORMS.get(p.parts[0]!.toLowerCase());
    if (!fulls) continue;
    const owners = people.filter((q) => q !== p && q.parts.length >= 2 && q.parts[q.parts.length - 1] === p.parts[1] && fulls.includes(q.parts[0]!.toLowerCase()));
    if (owners.length === 1) out.set(p.name, owners[0]!);
  }
  return out;
}

// Particles compare without case: "De la Cruz" at the start of a sentence is "de la Cruz".
// "al-Burhan", "Al-Burhan" and "Burhan" are one surname: the Arabic article is written either way or dropped.
const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|an|az)[-'’](?=\p{Lu})/iu;
const bare = (part: string): string => part.replace(ARTICLE_PREFIX, '');
const samePart = (a: string, b: string): boolean =>
  a === b || (PARTICLES.has(a.toLowerCase()) && a.toLowerCase() === b.toLowerCase()) || ((ARTICLE_PREFIX.test(a) || ARTICLE_PREFIX.test(b)) && bare(a) === bare(b));
const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => samePart(x, b[i]!));

/** Is `short` a contiguous part of `long` that can stand for the person (surname, first name...)? */
function isShortForm(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((p, k) => samePart(p, long[i + k]!))) return true;
  }
  return false;
}

export function findPeople(analyzed: AnalyzedText, classify: Classifier): PeopleResult {
  const sentences = analyzed.sentences;
  const words = sentences.map((s) => toWords(s));
  const runs = words.map((w) => nameRuns(w));

  // Capitalised runs that end in an organization word ("Carebridge Systems Ltd").
  // Every proper prefix of such a run ("Carebridge Systems" of "Carebridge Systems Ltd"), in a set
  // so the check stays linear in the article's length.
  const orgPrefixes = new Set<string>();
  sentences.forEach((s, si) => {
    for (const run of runs[si]!) {
      if (run.end - run.start < 2 || !NON_PERSON_HEADS.has(words[si]![run.end - 1]!.lower)) continue;
      for (let e = run.start + 1; e < run.end; e++) orgPrefixes.add(text(s.text, words[si]!, { start: run.start, end: e }));
    }
  });
  // One-word names that speak ("Rautavaara said", "said Rautavaara"): the surname of a person named in full elsewhere.
  const loneSpeakers = new Set<string>();
  words.forEach((ws, si) => {
    for (const run of runs[si]!) {
      if (run.end - run.start !== 1) continue;
      const next = ws[run.end];
      const prev = ws[run.start - 1];
      if ((next && SPEECH_VERBS.has(next.lower) && next.pos === 'VERB') || (prev && INVERTING_VERBS.has(prev.lower))) loneSpeakers.add(ws[run.start]!.text);
    }
  });
  // 1. Candidates: runs the text marks as people.
  const candidates: Candidate[] = [];
  sentences.forEach((s, si) => {
    // "Reporting by Kevin Tan; Editing by Martin Howell": a wire credit line names no one in the story.
    // (A story sentence that starts alike, "Reporting by the paper led to an inquiry.", ends like one.)
    if (CREDIT_LINE.test(s.text) && (s.text.startsWith('(') || s.text.includes(';') || !/[.!?]["”’]?$/u.test(s.text))) return;
    const found: Candidate[] = [];
    for (const run of runs[si]!) {
      const c = evaluate(s.text, words[si]!, run, si, classify, orgPrefixes, loneSpeakers);
      if (c) found.push(c);
    }
    candidates.push(...found, ...coordinatedGivenNames(s.text, words[si]!, runs[si]!, found, si, classify));
  });

  // 2. People: longest names first; a shorter accepted form joins the longer person it is part of.
  const people: PersonRecord[] = [];
  const order = [...candidates].sort((a, b) => b.parts.length - a.parts.length || a.sentence - b.sentence);
  for (const c of order) {
    if (people.some((p) => sameWords(p.parts, c.parts) || isShortForm(c.parts, p.parts))) continue;
    if (c.parts.length === 1 && !c.strong) continue;
    people.push({ name: c.name, parts: c.parts, aliases: [], roles: [], mentions: [], gender: null });
  }
  // "Mohamed Hamdan Dagalo, known as Hemedti,": the nickname is the same person.
  const nicknames = findNicknames(sentences.map((x) => x.text), people);
  for (const [short, owner] of findShortGivenForms(people)) if (!nicknames.has(short)) nicknames.set(short, owner);
  // Terrence “T-Bone” Mayweather: the quoted nickname stands for him later.
  for (const c of candidates) {
    const nick = nicknameIn(words[c.sentence]!, c.core);
    const owner = nick !== null ? people.find((p) => sameWords(p.parts, c.parts)) : undefined;
    if (nick !== null && owner !== undefined && !nicknames.has(nick)) nicknames.set(nick, owner);
  }
  for (let k = people.length - 1; k >= 0; k--) {
    const owner = nicknames.get(people[k]!.name);
    if (owner !== undefined && owner !== people[k]) people.splice(k, 1);
  }
  // Order people by first appearance.
  const seen = new Map<PersonRecord, number>();
  for (const p of people) {
    const c = candidates.find((x) => sameWords(x.parts, p.parts) || isShortForm(x.parts, p.parts));
    seen.set(p, c ? c.sentence : Number.MAX_SAFE_INTEGER);
  }
  people.sort((a, b) => seen.get(a)! - seen.get(b)!);

  // Every form that can stand for a person (full name, and each contiguous part of it), so each
  // name run is matched with one lookup.
  const formKey = (parts: string[]): string => parts.map((p) => (PARTICLES.has(p.toLowerCase()) ? p.toLowerCase() : bare(p))).join(' ');
  const fullForms = new Map<string, number>();
  const shortForms = new Map<string, number[]>();
  people.forEach((p, i) => {
    fullForms.set(formKey(p.parts), i);
    for (let a = 0; a < p.parts.length; a++) {
      for (let b = a + 1; b <= p.parts.length; b++) {
        if (b - a === p.parts.length) continue;
        // "Jr." or "J." alone stands for no one.
        if (p.parts.slice(a, b).every((x) => SUFFIXES.has(x.toLowerCase()) || /^\p{Lu}\.$/u.test(x))) continue;
        const key = formKey(p.parts.slice(a, b));
        const list = shortForms.get(key) ?? [];
        if (!list.includes(i)) list.push(i);
        shortForms.set(key, list);
      }
    }
  });
  for (const [nick, owner] of nicknames) {
    const i = people.indexOf(owner);
    if (i >= 0) shortForms.set(formKey(nick.split(' ')), [i]);
  }

  // 3. Mentions: every run whose core is a person's name or a short form of exactly one person
  // (or, when ambiguous, the one mentioned most recently).
  const mentions: Mention[][] = sentences.map(() => []);
  const lastMention = new Map<number, number>();
  // Now that the people are known, "Park said" opening a sentence is a name even if not tagged one.
  const known = new Set([...nicknames.keys()].flatMap((n) => n.split(' ')));
  for (const x of people.flatMap((p) => p.parts.flatMap((x) => (ARTICLE_PREFIX.test(x) ? [x, x[0]!.toUpperCase() + x.slice(1), bare(x)] : [x])))) known.add(x);
  const mentionRuns = words.map((w, si) => {
    // Only a sentence whose opening word is a known name part can gain a run; reuse the others.
    const first = w[0]?.text === '"' || w[0]?.text === '“' || w[0]?.text === "'" || w[0]?.text === '‘' ? w[1] : w[0];
    return first && known.has(first.text) ? nameRuns(w, known) : runs[si]!;
  });
  const genders = people.map(() => ({ male: 0, female: 0 }));
  sentences.forEach((s, si) => {
    const ws = words[si]!;
    for (const run of mentionRuns[si]!) {
      const core = nameCore(ws, run) ?? run;
      const parts = text(s.text, ws, core).split(/\s+/);
      const key = formKey(parts);
      let match = fullForms.get(key) ?? -1;
      if (match < 0) {
        const options = [...(shortForms.get(key) ?? [])];
        if (options.length === 1) match = options[0]!;
        else if (options.length > 1) {
          options.sort((a, b) => (lastMention.get(b) ?? -1) - (lastMention.get(a) ?? -1) || a - b);
          match = options[0]!;
        }
      }
      if (match < 0) continue;
      const person = people[match]!;
      const surface = parts.join(' ');
      if (surface !== person.name && !person.aliases.includes(surface)) person.aliases.push(surface);
      if (person.mentions[person.mentions.length - 1] !== si) person.mentions.push(si);
      lastMention.set(match, si);
      mentions[si]!.push({ person: match, sentence: si, wordStart: core.start, wordEnd: core.end, start: ws[core.start]!.start, end: ws[core.end - 1]!.end });
      // Roles stated at this mention.
      // For someone already known to be a person, an agent noun before the name is a role too.
      const titles = titlesBefore(s.text, ws, core.start, core.end, true);
      const title = titles[0] ?? null;
      const tags = tagsAfter(s.text, ws, core.end);
      const apposition = appositionAfter(s.text, ws, tags.end, (span) => classify(span) === 'place', true);
      // "board members X, Y and Z": each is a "board member", in place of the plural.
      const listed = listRole(s.text, ws, core.start);
      // (As at a first mention: only before an apposition or a speech verb. "McLaren's Mateo Alcázar
      // won" is a team's driver, an affiliation the gold files do not list as a role.)
      const afterTags = ws[tags.end];
      const ownerPlace = afterTags !== undefined && (afterTags.text === ',' || SPEECH_VERBS.has(afterTags.lower));
      const owner = titles.length === 0 && parts.length >= 2 && ownerPlace ? organizationOwner(s.text, ws, core.start, classify) : null;
      const described = [...titles.filter((t) => t !== `${listed}s`), owner, ...tags.roles, apposition, appositionWithClause(s.text, ws, tags.end, apposition), ...relativeRoles(s.text, ws, tags.end), becomesRole(s.text, ws, tags.end), preposedRole(s.text, ws, run.start), listed];
      for (const role of described.flatMap((r) => (r ? [...splitSharedHead(r), ...splitCoordinated(r), ...splitStyles(r)] : []))) {
        if (role && !person.roles.some((r) => r.toLowerCase() === role.toLowerCase())) person.roles.push(role);
      }
      const before = ws[core.start - 1];
      const hon = before ? HONORIFICS.get(before.lower) : undefined;
      const g = hon ?? genderOf(person.parts[0]!, roleWordsOf([title ?? '', apposition ?? '']));
      if (g === 'male') genders[match]!.male++;
      if (g === 'female') genders[match]!.female++;
    }
  });
  resolveDescriptions(people, mentions, sentences, words);
  people.forEach((p, i) => {
    const g = genders[i]!;
    p.gender = g.male > g.female ? 'male' : g.female > g.male ? 'female' : null;
  });
  return { people, mentions, words };
}
