// Roles as the text states them: a title written before a name ("Israeli Prime Minister Benjamin
// Netanyahu", "AirAsia boss Tony Fernandes", "the state governor, Henry McMaster") or an apposition
// after it ("Robert Sumwalt, chairman of the National Transportation Safety Board", "Muhammad Alwi of
// the Indonesian Transportation Ministry").
import { DEMONYMS, NOT_NAME_WORDS, PERSON_NOUNS, POSTNOMINALS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon/titles.ts';
import type { Word } from './words.ts';
import { isPossessive } from './words.ts';
import { SPEECH_VERBS } from './lexicon/speech-verbs.ts';
import { ROLE_NOUNS } from './lexicon/role-nouns.ts';
// Courtesy titles are not roles ("Mr", "Dr"); academic and other titles ("Professor") are.
const COURTESY = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mister', 'madam', 'dr', 'dr.']);

const CONNECTORS = new Set(['of', 'to', 'for', 'at', 'on', 'in']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CONTENT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM']);
const AGE = /^\d{1,3}-years?-old$/u;

// A hyphenated title has its head last ("vice-president", "director-general"), or first before
// "-in-law" ("sister-in-law"); "state-owned" is no title.
const isTitle = (w: Word): boolean =>
  TITLE_WORDS.has(w.lower) || ROLE_NOUNS.has(w.lower) || (w.lower.includes('-') && hyphenHead(w.lower));
const hyphenHead = (lower: string): boolean => {
  const head = lower.endsWith('-in-law') ? lower.slice(0, -7) : lower.slice(lower.lastIndexOf('-') + 1);
  return TITLE_WORDS.has(head) || ROLE_NOUNS.has(head);
};
/** A noun that can head a phrase describing a person ("spokesman", "chairman"), not a mere modifier ("State"). */
export const isPersonHead = (w: Word): boolean => PERSON_NOUNS.has(w.lower) || (isTitle(w) && !TITLE_MODIFIERS.has(w.lower));
/** Lower-case words that can modify a role noun ("marine biologist", "air industry expert"). */
const isLowerModifier = (w: Word): boolean => !w.cap && (w.pos === 'NOUN' || w.pos === 'ADJ') && /^\p{Ll}[\p{L}-]*$/u.test(w.text) && !SPEECH_VERBS.has(w.lower);
// A capitalised word inside a sentence is a name even when tagged as a verb ("Fed Chair").
const isCapContent = (w: Word): boolean =>
  w.cap && (CONTENT_POS.has(w.pos) || w.pos === 'VERB') && !NOT_NAME_WORDS.has(w.lower) && /\p{L}/u.test(w.text);

/** Can `w` be part of a title phrase written before a name? */
function isPremodifier(w: Word): boolean {
  return isTitle(w) || DEMONYMS.has(w.lower) || isCapContent(w) || AGE.test(w.lower);
}

function phraseText(sentence: string, words: Word[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  return first && last ? sentence.slice(first.start, last.end) : '';
}

/** The title phrase whose last word is at `last`, scanning back; null when it names no role. */
function phraseEndingAt(sentence: string, words: Word[], last: number, allowAgent = false): { text: string; from: number } | null {
  let i = last;
  let from = i + 1;
  let sawHead = false;
  for (; i >= 0; i--) {
    const w = words[i]!;
    // "tight end Sione Vaifanua", "Lions left tackle Garrett Kowalczyk": a playing position of two
    // lower-case words whose head alone is no role ("end", "tackle").
    if (i === last && i > 0 && isPosition(words, i)) { from = i - 1; i--; sawHead = true; continue; }
    if (isPremodifier(w)) {
      from = i;
      if (isPersonHead(w)) sawHead = true;
      continue;
    }
    // "challenger Peter Lindqvist": an agent noun right before the name is its role.
    if (allowAgent && i === last && ((isAgentNoun(w) && w.text.length >= 5) || playingCentre(words, i)) && !PARTICLE_LIKE.has(w.lower)) {
      from = playingCentre(words, i) && !CENTRE_AFTER.has(words[i - 1]!.lower) ? i - 1 : i;
      sawHead = true;
      continue;
    }
    if (isPossessive(w) && i > 0 && isCapContent(words[i - 1]!)) { from = i; continue; }
    // "director of rugby Neil Hartigan", "head of communications Jane Pryor": a title of a lower-case field.
    if (i === last && !w.cap && w.pos === 'NOUN' && words[i - 1]?.lower === 'of' && i > 1 && isPersonHead(words[i - 2]!)) { from = i - 2; i -= 2; sawHead = true; continue; }
    // "Minister of Culture and Information": a portfolio word right after "and"/"of" in a title.
    if (isCapContent(w) && !isPossessive(w) && i > 1 && (words[i - 1]!.lower === 'and' || words[i - 1]!.lower === 'of') && words[i - 2]!.cap) { from = i; continue; }
    // "the sheriff's spokesperson": a common-noun possessor opens the phrase.
    if (isPossessive(w) && i > 0 && words[i - 1]!.pos === 'NOUN' && !words[i - 1]!.cap) { from = i - 1; break; }
    // Lower-case modifiers of a role noun already collected ("marine biologist").
    if (isLowerModifier(w) && sawHead) { from = i; continue; }
    // "Culture and Information", "spokesman and Minister": "and" between two parts of one title.
    if (w.lower === 'and' && i > 0 && i < last && from === i + 1 && words[i + 1]!.cap && (isCapContent(words[i - 1]!) || isTitle(words[i - 1]!))) { from = i - 1; i--; continue; }
    if (w.lower === 'the' || CONNECTORS.has(w.lower)) {
      // Only inside a title: "Secretary of State", "Ambassador to the UN". A lone "the" ends it.
      let j = i;
      if (words[j]!.lower === 'the') j--;
      if (j >= 0 && CONNECTORS.has(words[j]!.lower)) j--;
      else if (w.lower === 'the') break;
      if (j >= 0 && isTitle(words[j]!)) { from = j; i = j; continue; }
      // "Minister of Culture and Information": a capitalised portfolio word before "and"/"of" inside
      // a title; the person-head check below still requires the title word itself.
      if (j >= 0 && j < i && w.lower !== 'the' && isCapContent(words[j]!) && !isPossessive(words[j])) { from = j; i = j; continue; }
    }
    break;
  }
  let end = last + 1;
  // A courtesy title touching the name is not part of the role ("marine biologist Dr.").
  while (end > from && COURTESY.has(words[end - 1]!.lower)) end--;
  // Trim connectors and articles from the start.
  while (from < end && (CONNECTORS.has(words[from]!.lower) || words[from]!.lower === 'the' || isPossessive(words[from]))) from++;
  if (from >= end) return null;
  let hasHead = false;
  for (let k = from; k < end; k++) if (isPersonHead(words[k]!) || (k === last && k === end - 1 && HEADS_WHEN_TOUCHING.has(words[k]!.lower)) || (k === last && isPosition(words, k)) || (allowAgent && k === last && (isAgentNoun(words[k]!) || playingCentre(words, k)))) hasHead = true;
  if (!hasHead) return null;
  // The phrase must touch the name with a title or name word, not "the leader of the | Maldives".
  const touching = words[end - 1]!;
  if (CONNECTORS.has(touching.lower) || touching.lower === 'the') return null;
  return { text: phraseText(sentence, words, from, end), from };
}

/**
 * Title modifiers that are a post of their own when they touch the name: "Justice Priya Raghunathan"
 * (a judge), though "Justice Minister X" has "Minister" as the head.
 */
const HEADS_WHEN_TOUCHING = new Set(['justice']);

/** "injured center Kofi Mensah-Boateng": a centre described by an adjective is a player, not a building. */
const playingCentre = (words: Word[], i: number): boolean =>
  (((words[i]!.lower === 'center' || words[i]!.lower === 'centre') && words[i - 1] !== undefined && !words[i - 1]!.cap &&
  (words[i - 1]!.pos === 'ADJ' || (words[i - 1]!.pos === 'VERB' && /(ed|ing)$/u.test(words[i - 1]!.lower)) ||
  // "a pass from centre Hamish Boyd" (not "the city centre"): a preposition right before.
  CENTRE_AFTER.has(words[i - 1]!.lower))) ||
  // "running back Marcus Bell", "defensive back": a back named by its kind is a player.
  (words[i]!.lower === 'back' && ['running', 'defensive', 'full', 'half', 'quarter'].includes(words[i - 1]?.lower ?? '')));

// Two-word playing positions: a side or kind, then a head that alone is an ordinary word
// ("tight end", "left tackle", "point guard", "free safety", "first baseman", "power forward").
const POSITION_KINDS = new Set(['tight', 'defensive', 'offensive', 'left', 'right', 'nose', 'point', 'shooting', 'power', 'small', 'wide', 'free', 'strong', 'long', 'edge', 'center', 'centre', 'first', 'second', 'third', 'relief', 'starting', 'middle', 'outside', 'inside', 'holding', 'attacking', 'central']);
const POSITION_HEADS = new Set(['end', 'tackle', 'guard', 'safety', 'forward', 'baseman', 'fielder', 'snapper', 'rusher', 'receiver', 'pitcher', 'midfielder', 'defender', 'back', 'winger', 'striker', 'lineman', 'linebacker']);
/** Is word `i` the head of a two-word playing position ("end" of "tight end")? */
function isPosition(words: Word[], i: number): boolean {
  const head = words[i]!;
  const kind = words[i - 1];
  return kind !== undefined && !head.cap && !kind.cap && POSITION_HEADS.has(head.lower) && POSITION_KINDS.has(kind.lower);
}

const CENTRE_AFTER = new Set(['from', 'to', 'by', 'with', 'and', 'for']);
// Lower-case name particles that look like agent nouns ("van der Waals").
const PARTICLE_LIKE = new Set(['der', 'van', 'von', 'ter', 'ver']);
const CLOSES_APPOSITION = new Set([',', '.', ';', ')', '—', ':']);

/**
 * Title phrases written before the name that starts at word `nameStart`: "Israeli Prime Minister
 * Benjamin Netanyahu", and with a comma, "the state governor, Henry McMaster," or both ("the
 * ship's master, Captain Rodelio Macaraeg").
 */
export function titlesBefore(sentence: string, words: Word[], nameStart: number, nameEnd: number, allowAgent = false): string[] {
  const roles: string[] = [];
  let i = nameStart - 1;
  // A courtesy title is not a role: "The trust's chief executive, Mr Tomasz Wiśniewski,".
  while (i >= 0 && COURTESY.has(words[i]!.lower)) i--;
  let commaAt = i;
  // "Finance Executive Member (CECM) Kiprotich arap Sang", "Chief Executive Officer (CEO) Ana Ruiz":
  // the title's own acronym in brackets stands between it and the name.
  const bracketed = words[i]?.text === ')' && words[i - 2]?.text === '(' && /^[\p{Lu}\d&.-]{2,8}$/u.test(words[i - 1]?.text ?? '');
  if (bracketed) {
    const title = phraseEndingAt(sentence, words, i - 3, allowAgent);
    if (title) roles.push(phraseText(sentence, words, title.from, i + 1));
    return roles;
  }
  if (words[i]?.text !== ',') {
    const adjacent = i >= 0 ? phraseEndingAt(sentence, words, i, allowAgent) : null;
    if (!adjacent) return roles;
    roles.push(adjacent.text);
    commaAt = adjacent.from - 1;
    while (commaAt >= 0 && words[commaAt]!.lower === 'the') commaAt--;
    if (words[commaAt]?.text !== ',') return roles;
  }
  // "ROLE, Name," — the name must close the apposition (past a bracket tag: "Cllr X (Con, Thirsk),").
  const tagEnd = words[nameEnd]?.text === '(' ? tagsAfter(sentence, words, nameEnd).end : nameEnd;
  const after = words[tagEnd];
  if (after && !CLOSES_APPOSITION.has(after.text) && !closesAfterOf(words, tagEnd)) return roles;
  const before = phraseEndingAt(sentence, words, commaAt - 1) ?? determinedPhraseBefore(sentence, words, commaAt);
  if (before) roles.unshift(before.text);
  // "His daughter and executive director, Vanessa Lau,": a second role, with its own determiner,
  // joined by "and" before the one read back from the comma.
  if (before && words[before.from - 1]?.lower === 'and') {
    const joined = determinedPhraseBefore(sentence, words, before.from - 1);
    if (joined && DETERMINERS.has(words[joined.from]?.lower ?? '')) roles.unshift(joined.text);
  }
  return roles;
}

/** "Another analyst, Bernadette Quist of Morningside Research, said": an "of" phrase, then the closing mark. */
function closesAfterOf(words: Word[], at: number): boolean {
  if (words[at]?.lower !== 'of') return false;
  let j = at + 1;
  if (words[j]?.lower === 'the') j++;
  const start = j;
  while (j < words.length && (words[j]!.cap || (['of', 'for', 'and', '&'].includes(words[j]!.lower) && words[j + 1]?.cap === true))) j++;
  // "of Vietnam National University in Hanoi,": the body's town may follow.
  if (j > start && words[j]?.lower === 'in' && words[j + 1]?.cap === true) {
    j++;
    while (j < words.length && words[j]!.cap) j++;
  }
  return j > start && CLOSES_APPOSITION.has(words[j]?.text ?? '');
}

/**
 * "the head of the city military administration, Serhii Popko": a phrase from a determiner to the
 * comma whose head noun (right after the determiner and its modifiers) names a person's role.
 */
function determinedPhraseBefore(sentence: string, words: Word[], commaAt: number): { text: string; from: number } | null {
  for (let k = commaAt - 1; k >= 0 && commaAt - k <= 10; k--) {
    const w = words[k]!;
    if (w.pos === 'PUNCT' || ((w.pos === 'VERB' || w.pos === 'AUX') && !w.cap)) return null;
    // "Zelenskyy's chief of staff, Andriy Yermak": a named owner stands where the determiner would.
    const namedOwner = isPossessive(w) && k > 0 && words[k - 1]!.cap && words[k - 1]!.end === w.start;
    if (!['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'].includes(w.lower) && !namedOwner) continue;
    // The head: the last noun before the first preposition after the determiner.
    let h = k + 1;
    while (h < commaAt && !CONNECTORS.has(words[h]!.lower) && words[h]!.lower !== 'for') h++;
    const head = words[h - 1];
    // "Al-Burhan's deputy": a role noun that elsewhere only modifies a title ("Deputy Minister") heads it here.
    if (!head || h - 1 <= k || !(isPersonHead(head) || isAgentNoun(head) || head.lower === 'master' || (!head.cap && ROLE_NOUNS.has(head.lower)))) continue;
    const from = namedOwner ? k - 1 : w.lower === 'the' || w.lower === 'a' || w.lower === 'an' ? k + 1 : k;
    return { text: phraseText(sentence, words, from, commaAt), from };
  }
  return null;
}

/**
 * "As head of the flood warning service, Abena Owusu decides...": a bare or definite role phrase after
 * a sentence-opening "As" is the role of the subject that follows its comma at `subjectStart`. An
 * indefinite one ("As a teenager, she...") tells a past, not a role, and is left out.
 */
export function preposedRole(sentence: string, words: Word[], subjectStart: number): string | null {
  if (words[0]?.lower !== 'as' || words[subjectStart - 1]?.text !== ',' || subjectStart < 3 || subjectStart > 16) return null;
  let from = 1;
  if (words[1]!.lower === 'the') from = 2;
  const lead = words[from]!.lower;
  if (lead === 'a' || lead === 'an' || lead === 'part' || lead === 'well' || lead === 'far' || lead === 'soon' || lead === 'long' || lead === 'such') return null;
  let hasHead = false;
  for (let k = from; k < subjectStart - 1; k++) {
    const w = words[k]!;
    if (((w.pos === 'VERB' || w.pos === 'AUX') && !w.cap) || w.pos === 'PRON' || APPOSITION_STOP.has(w.text)) return null;
    if (isPersonHead(w)) hasHead = true;
  }
  // The head is the last word before a preposition: "head of the service" names a role, "part of the deal" does not.
  let h = from;
  while (h < subjectStart - 1 && !CONNECTORS.has(words[h]!.lower)) h++;
  if (!hasHead || h === from || !isPersonHead(words[h - 1]!)) return null;
  return phraseText(sentence, words, from, subjectStart - 1);
}

/**
 * "board members Deshawn Rollins, Heather Nakamura-Ellis and Eugene Pfaff": a plural role before a
 * list of names gives each name the singular role. The name may be any in the list; walks back over
 * ", Name" and "and Name" to the first, then reads a plural role title before it.
 */
export function listRole(sentence: string, words: Word[], nameStart: number): string | null {
  let first = nameStart;
  for (;;) {
    const joint = words[first - 1];
    if (!joint || (joint.text !== ',' && joint.lower !== 'and')) break;
    let k = first - 2;
    if (joint.lower === 'and' && words[k]?.text === ',') k--;
    const end = k + 1;
    while (k >= 0 && words[k]!.cap && !isTitle(words[k]!)) k--;
    // One to four capitalised words make a listed name.
    if (end - (k + 1) < 1 || end - (k + 1) > 4) break;
    first = k + 1;
  }
  const title = titlesBefore(sentence, words, first, first + 1, true)[0];
  if (!title) return null;
  const single = title.split(/\s+/u).pop()!.toLowerCase().slice(0, -1);
  if (!/[^s]s$/u.test(title) || !(ROLE_NOUNS.has(single) || PERSON_NOUNS.has(single) || TITLE_WORDS.has(single))) return null;
  return title.slice(0, -1);
}

/** The first title phrase before a name, or null (see titlesBefore). */
export function titleBefore(sentence: string, words: Word[], nameStart: number, nameEnd: number): string | null {
  return titlesBefore(sentence, words, nameStart, nameEnd)[0] ?? null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

const NOT_AGENTS = new Set(['maker', 'makers', 'manufacturer', 'supplier', 'carrier', 'lender', 'insurer', 'retailer', 'broadcaster', 'operator', 'provider', 'producer', 'developer', 'publisher', 'distributor', 'owner', 'computer', 'container', 'tanker', 'trawler', 'freighter', 'liner', 'cruiser', 'destroyer', 'carrier', 'center', 'centre', 'corner', 'river', 'tower', 'water', 'border', 'quarter', 'member', 'number', 'order', 'letter', 'paper', 'chapter', 'theater', 'theatre', 'monitor', 'sector', 'motor', 'reactor', 'tractor', 'minor', 'major', 'mirror', 'error', 'factor', 'floor', 'door', 'valley', 'charity', 'tournament', 'restaurant', 'plant', 'settlement', 'parliament', 'government', 'department', 'event', 'agent']);
/** A singular agent noun ("musicologist", "rancher", "coxswain"-like role words by their ending). */
const isAgentNoun = (w: Word): boolean =>
  !w.cap && w.pos === 'NOUN' && !NOT_AGENTS.has(w.lower) && (isPersonHead(w) || /(ist|ician|ologist|er|or|eer|ant|ent|man|woman|ess)$/u.test(w.lower));

/**
 * "the league's leading scorer", "the newly elected mayor": a participle between a determiner (or
 * possessive, or adverb) and a noun modifies that noun; "the man leading the inquiry" is a clause.
 */
function participleModifier(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!/(ing|ed)$/u.test(w.lower) || !prev || !next || next.cap) return false;
  if (next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  return DETERMINERS.has(prev.lower) || isPossessive(prev) || prev.pos === 'ADV' || prev.pos === 'ADJ';
}

const PARTY_WORDS = new Set(['lab', 'labour', 'con', 'conservative', 'tory', 'lib', 'dem', 'ld', 'libdem', 'snp', 'dup', 'sdlp', 'uup', 'ind', 'independent', 'green', 'greens', 'reform', 'plaid', 'sf', 'ff', 'fg', 'alliance']);
/** Head nouns of a phrase that describes a company, not a person ("a fertiliser maker", "a Dutch lender"). */
const COMPANY_HEADS = new Set(['maker', 'makers', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'manufacturer', 'producer', 'supplier', 'retailer', 'lender', 'insurer', 'conglomerate', 'exporter', 'importer', 'distributor', 'wholesaler', 'firm', 'company', 'startup', 'start-up', 'brand', 'chain', 'subsidiary', 'cooperative', 'co-operative']);
const APPOSITION_STOP = new Set([',', '.', ';', ':', ')', '(', '—', '–', '"', '“', '”', '‘', '’', '!', '?']);
const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'and', 'but']);

// "a nephrologist at Leiden University Medical Center and the study's lead investigator in the Netherlands".
const APPOSITION_MAX = 22;
const GENERIC_PEOPLE = new Set(['man', 'woman', 'person', 'boy', 'girl', 'men', 'women', 'people', 'child']);
const PARTICIPLE_PREPOSITIONS = new Set(['from', 'by', 'in', 'at', 'to', 'for', 'with', 'on', 'as']);
/** A participle opening a reduced clause: "-ing" before anything, "-ed" before a preposition ("signed from"). */
function trailingParticiple(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.cap || SPEECH_VERBS.has(w.lower) || !(w.pos === 'VERB' || w.pos === 'NOUN' || w.pos === 'ADJ')) return false;
  if (/..ing$/u.test(w.lower) && w.pos === 'VERB') return true;
  return /..ed$/u.test(w.lower) && PARTICIPLE_PREPOSITIONS.has(words[i + 1]?.lower ?? '');
}

/** The apposition after a name ("X, the leader of the Maldives," / "X of the Brookings Institution"), or null. */
export function appositionAfter(sentence: string, words: Word[], nameEnd: number, isPlace: (span: string) => boolean, loose = false): string | null {
  const first = words[nameEnd];
  if (!first) return null;
  if (first.lower === 'of') {
    let j = nameEnd + 1;
    if (words[j]?.lower === 'the') j++;
    const start = j;
    while (j < words.length && (isCapContent(words[j]!) || (['of', 'for', 'and', 'the', '&'].includes(words[j]!.lower) && words[j + 1]?.cap === true))) j++;
    if (j === start) return null;
    if (isPlace(phraseText(sentence, words, start, j))) return null;
    return phraseText(sentence, words, nameEnd, j);
  }
  if (first.text !== ',') return null;
  let i = nameEnd + 1;
  // "X, 54, a teacher,": skip an age.
  if (words[i]?.pos === 'NUM' && words[i + 1]?.text === ',') i += 2;
  const start = i;
  let hasHead = false;
  for (; i < words.length && i - start < APPOSITION_MAX; i++) {
    const w = words[i]!;
    // "the United Arab Emirates’ permanent representative": a plural possessive, not a closing mark.
    const prevWord = words[i - 1];
    const possessiveMark = (w.text === '’' || w.text === "'") && prevWord !== undefined && prevWord.end === w.start && /s$/u.test(prevWord.text);
    if (APPOSITION_STOP.has(w.text) && !possessiveMark) break;
    const next = words[i + 1];
    if (CLAUSE_WORDS.has(w.lower) && !(w.lower === 'and' && i > start && (DETERMINERS.has(next?.lower ?? '') || next?.cap === true || next?.pos === 'NUM' || (next !== undefined && isPersonHead(next))))) break;
    // "his brother Tom": a title followed by a name introduces another person, not a role.
    if (!w.cap && isPersonHead(w) && next?.cap === true && !isTitle(next) && !DEMONYMS.has(next.lower) && next.pos === 'PROPN') return null;
    if (SPEECH_VERBS.has(w.lower) && w.pos === 'VERB') return null;
    // "the study's lead author": a verb-like word between a possessive and a role noun modifies it.
    const modifiesHead = isPossessive(prevWord) && next !== undefined && (isPersonHead(next) || ROLE_NOUNS.has(next.lower));
    // "the 20-year-old fly-half making his second start", "the forward signed from Wydad": a
    // participle after the role's head opens a clause about the person; the role ends before it.
    // ("the woman leading the inquiry" is a clause about a woman, no role.)
    if (hasHead && i > start && trailingParticiple(words, i)) {
      if (GENERIC_PEOPLE.has(words[i - 1]!.lower)) return null;
      break;
    }
    // "the MCA for Menengai West ward.": a lower-case word between a name and the closing mark is a noun, whatever its tag.
    const nounAfterName = w.pos === 'VERB' && !/(?:ed|s)$/u.test(w.lower) && prevWord?.cap === true && (next === undefined || APPOSITION_STOP.has(next.text));
    // "a welder for an offshore supply company": a verb-tagged word between a modifier and a noun is a noun.
    const nounModifier = w.pos === 'VERB' && !/(?:ed|s)$/u.test(w.lower) && next !== undefined && !next.cap && next.pos === 'NOUN' &&
      prevWord !== undefined && (DETERMINERS.has(prevWord.lower) || prevWord.pos === 'ADJ' || prevWord.pos === 'ADV');
    // "X, managing director of Transport for Wales,", "X, acting editor,": an -ing word opening the
    // apposition right before a person noun is part of the post, not a clause.
    const postModifier = i === start && /ing$/u.test(w.lower) && next !== undefined && !next.cap && isPersonHead(next);
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.cap && !participleModifier(words, i) && !modifiesHead && !nounAfterName && !nounModifier && !postModifier) return null;
    if (isPersonHead(w)) hasHead = true;
  }
  if (i === start || i - start >= APPOSITION_MAX) return null;
  const lead = words[start]!;
  // "Veldana Agro, a fertiliser maker,": a phrase headed by a company noun describes a company.
  let h = start;
  while (h < i && !CONNECTORS.has(words[h]!.lower)) h++;
  if (h > start && COMPANY_HEADS.has(words[h - 1]!.lower)) return null;
  // For someone already known to be a person, any described noun phrase is a role ("a retired
  // rancher", "the band's bassist"); as evidence of a person it must name a role we know.
  if (!hasHead && !(loose && range(start, i).some((k) => words[k]!.pos === 'NOUN' && !words[k]!.cap) && (DETERMINERS.has(lead.lower) || isPossessive(words[start + 1])))) {
    // "a musicologist at the Royal Conservatoire": an agent noun describing someone.
    if (!((lead.lower === 'a' || lead.lower === 'an') && range(start + 1, i).some((k) => isAgentNoun(words[k]!)))) return null;
  }
  const possessiveSoon = range(start + 1, Math.min(i, start + 4)).some((k) => isPossessive(words[k]));
  const leadOk = DETERMINERS.has(lead.lower) || isTitle(lead) || DEMONYMS.has(lead.lower) || lead.pos === 'ADJ' ||
    (lead.cap && possessiveSoon) || /^\p{Ll}/u.test(lead.text);
  if (!leadOk) return null;
  let from = start;
  if (lead.lower === 'a' || lead.lower === 'an') from++;
  return phraseText(sentence, words, from, i);
}

/**
 * "the 2007 French Formula Renault and 2009 Formula 3 Euro Series champion": two titles sharing one
 * head noun are two roles, each with the head. A title that has its own head before "and"
 * ("Government spokesman and Minister of Information") stays whole.
 */
export function splitSharedHead(role: string): string[] {
  const parts = role.split(' and ');
  if (parts.length !== 2) return [role];
  const [left, right] = parts as [string, string];
  const lastOf = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);
  const head = lastOf(right);
  if (!/^\p{Ll}/u.test(head) || !PERSON_NOUNS.has(head) && !TITLE_WORDS.has(head) && !ROLE_NOUNS.has(head)) return [role];
  // Only when the left part has no title of its own anywhere ("times Indonesian Pilot Iriyanto and French co-pilot").
  const isRoleWord = (w: string): boolean => PERSON_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w);
  if (left.toLowerCase().split(/\s+/u).some(isRoleWord) || !/\s/u.test(right)) return [role];
  return [`${left} ${head}`, right];
}

/** Verbs that, after "who", state what someone does for a living ("who represents", "who chairs"). */
const ROLE_VERB_WORDS = ['represents', 'leads', 'heads', 'runs', 'chairs', 'directs', 'manages', 'coaches', 'founded', 'co-founded', 'cofounded', 'owns', 'oversees', 'commands', 'teaches', 'edits', 'advises'];
const ROLE_VERBS = new Set(ROLE_VERB_WORDS);
/** Copulas after "who" ("who is", "who has been", "who serves as"); the role is the noun phrase after them. */
const COPULAS = [['has', 'served', 'as'], ['has', 'been'], ['had', 'been'], ['is', 'now'], ['serves', 'as'], ['served', 'as'], ['works', 'as'], ['worked', 'as'], ['is'], ['was'], ['became'], ['becomes']];
// The longest relative clause read for a post after "is"/"served as" (see relativeRole).
const LONG_CLAUSE = 22;
const CLAUSE_END = new Set([',', '.', ';', ':', '—', ')', '!', '?']);
// ("who has been the side's penalty taker this season": a time phrase ends the role too.)
const NP_END = new Set(['for', 'since', 'until', 'when', 'and', 'but', 'who', 'which', 'where', 'after', 'before', 'because', 'while', 'this']);

const WORKS = new Set(['works', 'worked']);
// "who works in the evenings", "who worked for hours": when someone works, not where.
const WORK_TIMES = new Set(['morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'weekend', 'weekends', 'shift', 'shifts', 'day', 'days', 'hours', 'week', 'weeks', 'year', 'years', 'months', 'home']);
const SERVICE_VERBS = new Set(['served', 'serves', 'worked', 'works', 'spent']);
/**
 * "who served three terms as treasurer", "who had worked at the company for nine years as a spray
 * painter": a verb of service, a few words, then "as": the index of "as", or -1.
 */
function servedAs(words: Word[], start: number, end: number): number {
  let v = start;
  if (['has', 'had', 'have'].includes(words[v]?.lower ?? '')) v++;
  if (!SERVICE_VERBS.has(words[v]?.lower ?? '')) return -1;
  for (let k = v + 1; k < end && k - v <= 9; k++) if (words[k]!.lower === 'as') return k;
  return -1;
}

/**
 * A role stated in a relative clause after a name: "X, who has been coxswain of the lifeboat for 14
 * years," -> "coxswain of the lifeboat"; "X, who represents performers at the Musicians' Union," ->
 * the clause as written ("who represents ..."). Only a clause that closes within a dozen words.
 */
/**
 * Every role a relative clause after a name states: the one relativeRole finds, else a clause of
 * leading ("who led China's delegation"), and a second clause after "and" ("... and now heads the
 * association").
 */
export function relativeRoles(sentence: string, words: Word[], nameEnd: number): string[] {
  const aged = words[nameEnd]?.text === ',' && words[nameEnd + 1]?.pos === 'NUM' && words[nameEnd + 2]?.text === ',';
  const at = aged ? nameEnd + 2 : nameEnd;
  if (words[at]?.text !== ',' || words[at + 1]?.lower !== 'who') return [];
  const start = at + 2;
  let end = start;
  while (end < words.length && !CLAUSE_END.has(words[end]!.text) && end - start <= LONG_CLAUSE) end++;
  if (end - start > LONG_CLAUSE || end === start) return [];
  const out: string[] = [];
  const first = relativeRole(sentence, words, nameEnd);
  if (first) out.push(first);
  if (end - start > 14) return out;
  else {
    const led = ledClause(sentence, words, start, end);
    if (led) out.push(led);
  }
  // "who was Villaseñor's deputy and now heads the association": a second clause after "and".
  for (let k = start + 1; k < end; k++) {
    if (words[k]!.lower !== 'and') continue;
    const more = ledClause(sentence, words, k + 1, end);
    if (more) out.push(more);
    break;
  }
  return out;
}

/** Verbs of leading something, any tense ("led China's delegation", "has captained the Daiei Maru"). */
const LEADING_VERBS = new Set([...ROLE_VERB_WORDS, 'led', 'headed', 'chaired', 'directed', 'managed', 'coached', 'captained', 'captains', 'commanded', 'edited', 'oversaw', 'owned', 'presided', 'presides', 'skippered', 'skippers', 'conducted', 'conducts']);

const SPELL_WORDS = new Set(['first', 'last', 'opening', 'final', 'closing', 'early', 'late']);

/**
 * "led China's delegation at the talks", "has captained the Daiei Maru", "now heads the
 * association": a verb of leading (past or present, after "has"/"had"/"now") and its object, as
 * written from the verb on.
 */
function ledClause(sentence: string, words: Word[], from: number, end: number): string | null {
  let v = from;
  while (v < end && ['has', 'had', 'now', 'also', 'later', 'once'].includes(words[v]!.lower)) v++;
  const verb = words[v];
  if (!verb || verb.cap || !LEADING_VERBS.has(verb.lower) || v + 1 >= end) return null;
  // The object is something led: a determiner or a possessive name first ("the association",
  // "China's delegation"), not a score ("led 3-0") or a bare noun.
  const object = words[v + 1]!;
  const possessive = object.cap && /^['’]s$/u.test(words[v + 2]?.text ?? '');
  if (!['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(object.lower) && !possessive) return null;
  // "led the first 27 laps", "led the final 10 minutes": a spell in front, not something headed.
  const spell = words[v + 2];
  if (spell !== undefined && (SPELL_WORDS.has(spell.lower) || spell.pos === 'NUM')) return null;
  // A time phrase ends it ("has captained the Daiei Maru for 30 years").
  let to = v + 2;
  while (to < end && !NP_END.has(words[to]!.lower)) to++;
  const text = phraseText(sentence, words, v, to);
  return v > from && words[v - 1]!.lower === 'now' ? `now ${text}` : text;
}

export function relativeRole(sentence: string, words: Word[], nameEnd: number): string | null {
  // "Hasnah, 41, who sells fish": past an age.
  const aged = words[nameEnd]?.text === ',' && words[nameEnd + 1]?.pos === 'NUM' && words[nameEnd + 2]?.text === ',';
  const at = aged ? nameEnd + 2 : nameEnd;
  if (words[at]?.text !== ',' || words[at + 1]?.lower !== 'who') return null;
  const start = at + 2;
  let end = start;
  while (end < words.length && !CLAUSE_END.has(words[end]!.text) && end - start <= LONG_CLAUSE) end++;
  if (end - start > LONG_CLAUSE || end === start) return null;
  // "who served as Mayor Jonathan Ashby's top aide from 2022 until his resignation last March": a
  // longer clause still states a post after "is"/"served as", whose noun phrase ends on its own;
  // the readings that take the whole clause as written keep to a dozen words.
  const long = end - start > 14;
  const verb = words[start]!;
  // "who sells fish at the market", "who lives in Leeds": what someone does, in the present tense.
  const presentTense = (verb.pos === 'VERB' || verb.pos === 'NOUN') && !verb.cap && !['has', 'is', 'was', 'does', 'news'].includes(verb.lower) && /[^s]s$/u.test(verb.lower) && !SPEECH_VERBS.has(verb.lower) && !COPULAS.some((c) => c[0] === verb.lower);
  // (As the gold files write it: the clause from its verb, without "who".)
  if (!long && (ROLE_VERBS.has(verb.lower) || presentTense)) return phraseText(sentence, words, start, end);
  const copula = COPULAS.find((c) => c.every((x, k) => words[start + k]?.lower === x));
  const asAt = copula ? -1 : servedAs(words, start, end);
  // "who works at a local pharmacy", "who works for the council": a workplace, with no "as" post after it.
  if (!long && !copula && asAt < 0 && WORKS.has(verb.lower) && ['at', 'for', 'in'].includes(words[start + 1]?.lower ?? '') && end - start >= 3 &&
    !range(start + 2, end).some((k) => WORK_TIMES.has(words[k]!.lower))) return phraseText(sentence, words, start, end);
  if (!copula && asAt < 0) return null;
  let from = copula ? start + copula.length : asAt + 1;
  // "who is a nurse", "who was the ship's master": the article is not part of the role.
  const bareNoun = !DETERMINERS.has(words[from]?.lower ?? '');
  if (words[from]?.lower === 'a' || words[from]?.lower === 'an' || words[from]?.lower === 'the') from++;
  let to = from;
  // "top aide from 2022 until ...", "chief of staff in 2019": a date after the post is not part of it.
  const dated = (k: number): boolean => ['from', 'in', 'between'].includes(words[k]!.lower) && /^\d{4}$/u.test(words[k + 1]?.text ?? '');
  while (to < end && !NP_END.has(words[to]!.lower) && !dated(to) && !((words[to]!.pos === 'VERB' || words[to]!.pos === 'AUX') && !words[to]!.cap && !participleModifier(words, to))) to++;
  if (to === from) return null;
  // The phrase must name a role: a person noun, or an agent noun before any "of" ("coxswain of the lifeboat").
  let h = from;
  while (h < to && !CONNECTORS.has(words[h]!.lower)) h++;
  const head = words[h - 1];
  // A bare singular noun after a copula is a post ("who has been coxswain of the lifeboat", "who is chairman").
  const barePost = bareNoun && head !== undefined && head.pos === 'NOUN' && !head.cap && h - from <= 3 && !/[^s]s$/u.test(head.lower);
  if (!head || h === from || !(isPersonHead(head) || isAgentNoun(head) || ROLE_NOUNS.has(head.lower) || barePost)) return null;
  // "who is 54", "who was there": no trailing connectors.
  while (to > from && (CONNECTORS.has(words[to - 1]!.lower) || words[to - 1]!.lower === 'the')) to--;
  return phraseText(sentence, words, from, to);
}

/**
 * Tags written right after a name: post-nominal letters ("Emily Thornberry MP") and a short
 * bracket ("Cllr Bridget Okonkwo-Flynn (Lib Dem, Upper Nidderdale)", "(D-Calif.)"). Returns the
 * roles they state, as written, and the word index after them, where an apposition or verb follows.
 */
// "Joanne Teo (Chua Chu Kang GRC)", "(Tampines SMC)": a bracket that names only a seat, as Singapore's
// Parliament reports write an MP's constituency (like "(Lib Dem, Upper Nidderdale)" elsewhere).
const SEAT_HEADS = new Set(['grc', 'smc', 'constituency', 'ward', 'riding']);

export function tagsAfter(sentence: string, words: Word[], nameEnd: number): { roles: string[]; end: number } {
  const roles: string[] = [];
  let i = nameEnd;
  const postStart = i;
  while (i < words.length && POSTNOMINALS.has(words[i]!.lower) && words[i]!.text === words[i]!.text.toUpperCase()) i++;
  if (i > postStart) roles.push(phraseText(sentence, words, postStart, i));
  if (words[i]?.text === '(') {
    let j = i + 1;
    while (j < words.length && words[j]!.text !== ')' && j - i <= 8) j++;
    const inside = range(i + 1, j).map((k) => words[k]!);
    // A party, a seat or a state: capitalised words, commas and party tags; no clause.
    // A ticker ("(ACME)") or a plain aside is no tag: a party and seat ("Con, Thirsk"), a US tag
    // ("D-Calif.") or a party alone ("Lab").
    const tagLike = inside.length > 0 && words[j]?.text === ')' && inside[0]!.cap &&
      inside.every((w) => w.cap || w.text === ',' || w.lower === 'and' || w.lower === 'of' || w.text === '-' || w.text === '.' || w.text === '&') &&
      (inside.some((w) => w.text === ',') || /^[RDI]-\p{Lu}/u.test(inside[0]!.text) || inside.every((w) => PARTY_WORDS.has(w.lower)) ||
        SEAT_HEADS.has(inside[inside.length - 1]!.lower));
    if (tagLike) {
      roles.push(phraseText(sentence, words, i + 1, j));
      i = j + 1;
    }
  }
  // "Lorraine Hynes (52), a former cashier,": an age in brackets (Irish/UK court style) is no role;
  // an apposition may follow it.
  if (words[i]?.text === '(' && /^\d{1,3}$/u.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === ')') i += 3;
  // "Sen. Priya Rao, D-Lawrence, said": an AP party-district tag between commas.
  const tag = words[i]?.text === ',' ? partyTagAt(words, i + 1) : 0;
  if (tag > 0) {
    roles.push(phraseText(sentence, words, i + 1, i + 1 + tag));
    i += 1 + tag;
  }
  // "Cathal Gleeson BL, prosecuting,": counsel's side in a court report, between commas.
  if (words[i]?.text === ',' && COUNSEL_SIDES.has(words[i + 1]?.lower ?? '') && CLOSES_APPOSITION.has(words[i + 2]?.text ?? '')) {
    roles.push(words[i + 1]!.text);
    i += 2;
  }
  return { roles, end: i };
}

const COUNSEL_SIDES = new Set(['prosecuting', 'defending', 'representing']);

/** The length in words of an AP party tag ("D-Lawrence", "R-Olathe") starting at `at` and closed by a comma or stop, or 0. */
function partyTagAt(words: Word[], at: number): number {
  let j = at;
  let text = '';
  while (j < words.length && j - at < 6 && !CLOSES_APPOSITION.has(words[j]!.text)) {
    const w = words[j]!;
    text += (j > at && words[j - 1]!.end < w.start ? ' ' : '') + w.text;
    j++;
  }
  return j > at && CLOSES_APPOSITION.has(words[j]?.text ?? '') && /^[RDI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.test(text) ? j - at : 0;
}

/**
 * "X, the 34-year-old Dutchman who joined Sporting from Feyenoord in the summer,": an apposition
 * whose head a relative clause describes; the role is the head with its clause, as written.
 */
export function appositionWithClause(sentence: string, words: Word[], nameEnd: number, apposition: string | null): string | null {
  if (apposition === null || words[nameEnd]?.text !== ',') return null;
  const at = sentence.indexOf(apposition, words[nameEnd]!.end);
  if (at < 0) return null;
  let k = nameEnd + 1;
  while (k < words.length && words[k]!.end <= at + apposition.length) k++;
  // "the Moroccan forward signed from Wydad Casablanca": a participle clause, kept with its head.
  if (words[k] !== undefined && words[k]!.start > at + apposition.length && trailingParticiple(words, k)) {
    let end = k;
    while (end < words.length && !CLAUSE_END.has(words[end]!.text) && end - k <= 12) end++;
    return end - k > 12 ? null : sentence.slice(at, words[end - 1]!.end);
  }
  if (words[k]?.lower !== 'who' || !(words[k + 1]?.pos === 'VERB' || words[k + 1]?.pos === 'AUX')) return null;
  let end = k + 1;
  while (end < words.length && !CLAUSE_END.has(words[end]!.text) && end - k <= 12) end++;
  if (end - k > 12 || SPEECH_VERBS.has(words[k + 1]!.lower)) return null;
  return sentence.slice(at, words[end - 1]!.end);
}

/**
 * "a behavioural ecologist at Royal Holloway and the study's lead author": two descriptions joined by
 * "and" plus a determiner are two roles (the whole phrase is kept too).
 */
export function splitCoordinated(role: string): string[] {
  const m = /^(.+?) and (?:the|a|an|his|her|its|their) (.+)$/u.exec(role);
  return m ? [m[1]!, m[2]!] : [];
}

// Styles of address that may close a title phrase ("Natural Resources Minister Datuk Seri").
const STYLE = String.raw`(?:Tan Sri|Datuk|Dato['’]?|Datin|Seri|Sri|Tun|Pehin|Alhaji|Rt\.? Hon\.?|Cllr\.?|Cr\.?|Aunty|Auntie|Uncle|Sir|Dame|Lord|Lady|Baroness)`;
const TRAILING_STYLES = new RegExp(String.raw`^(.*?\S)\s+((?:${STYLE}\s*)+)$`, 'u');
const ONLY_STYLES = new RegExp(String.raw`^(?:${STYLE}\s*)+$`, 'u');

/** "Natural Resources Minister Datuk Seri": the post and the style are two roles (the whole phrase is kept too). */
export function splitStyles(role: string): string[] {
  const m = TRAILING_STYLES.exec(role);
  return m && !ONLY_STYLES.test(m[1]!) ? [m[1]!, m[2]!.trim()] : [];
}

/** "will become", "became", "has been named", "was appointed": a post the subject takes up. */
const TAKES_UP = [['will', 'become'], ['would', 'become'], ['is', 'to', 'become'], ['has', 'become'], ['became'], ['becomes'],
  ['was', 'named'], ['was', 'appointed'], ['has', 'been', 'named'], ['has', 'been', 'appointed'], ['will', 'be', 'named']];
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'the']);
// "became the first woman to ...", "the only player": a record, not a post.
const RECORD_WORDS = new Set(['first', 'last', 'only', 'youngest', 'oldest', 'second', 'third', 'latest', 'next']);

/**
 * "X will become its chief operating officer", "X was named the club's captain": the post a subject
 * takes up, right after the name, as written from its determiner ("its chief operating officer").
 * Only a definite post headed by a role noun, ending at a clause boundary, "and" or a verb.
 */
export function becomesRole(sentence: string, words: Word[], nameEnd: number): string | null {
  const verb = TAKES_UP.find((c) => c.every((x, k) => words[nameEnd + k]?.lower === x));
  if (!verb) return null;
  let from = nameEnd + verb.length;
  if (words[from]?.lower === 'as') from++;
  const det = words[from];
  if (!det || !POSSESSIVE_DETERMINERS.has(det.lower) || RECORD_WORDS.has(words[from + 1]?.lower ?? '')) return null;
  let to = from + 1;
  while (to < words.length && to - from <= 6 && !CLAUSE_END.has(words[to]!.text) && !NP_END.has(words[to]!.lower) && !(['VERB', 'AUX'].includes(words[to]!.pos) && !participleModifier(words, to)) && !CONNECTORS.has(words[to]!.lower)) to++;
  const head = words[to - 1];
  if (to - from > 6 || to === from + 1 || !head || head.cap || !(isPersonHead(head) || ROLE_NOUNS.has(head.lower))) return null;
  // "... will become its chief operating officer and head a new unit": the post ends the phrase.
  if (to < words.length && !CLAUSE_END.has(words[to]!.text) && !NP_END.has(words[to]!.lower) && !CONNECTORS.has(words[to]!.lower)) return null;
  return phraseText(sentence, words, from, to);
}
