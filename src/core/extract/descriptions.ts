// Elegant variation: news prose names its protagonist, then refers back to them with a definite
// description ("Blinken ... the senior US ambassador", "Owusu ... the 47-year-old hydrologist").
// A description counts as that person's role and mention only when the reading is safe: it is ranked
// or aged (a bare "the spokesman" is usually someone unnamed), it is outside quotation marks, no name
// follows it, the person mentioned last is the article's most-mentioned person, and its nationality
// does not contradict the roles that person already has.
import { DEMONYMS, PERSON_NOUNS } from './lexicon/titles.ts';
import { PLAYING_POSITIONS, ROLE_NOUNS } from './lexicon/role-nouns.ts';
import { preposedRole } from './roles.ts';
import type { Word } from './words.ts';
import type { Mention, PersonRecord } from './people.ts';
import { demonymCountry } from './gazetteer.ts';
import { findQuoteSpans } from './quote-marks.ts';

/** Words that rank a role noun and make the phrase point at someone already known ("the veteran striker"). */
const RANK_WORDS = new Set(['senior', 'top', 'veteran', 'chief', 'longtime', 'long-time', 'long-serving', 'longest-serving', 'embattled', 'outgoing', 'incoming', 'beleaguered', 'seasoned', 'former']);
const AGE = /^\d{1,3}-years?-old$/u;
/** Role nouns that, even ranked, usually stand for someone the text never names ("a senior official"). */
const UNNAMED_HEADS = new Set(['official', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'person', 'man', 'woman', 'people', 'insider', 'member', 'figure', 'aide']);
/** Nouns for a person of a nation ("the Spaniard"), with the country the gazetteer calls it. */
const NATIONALITY_NOUNS = new Map([
  ['frenchman', 'France'], ['frenchwoman', 'France'], ['dutchman', 'Netherlands'], ['dutchwoman', 'Netherlands'],
  ['englishman', 'England'], ['englishwoman', 'England'], ['scotsman', 'Scotland'], ['scot', 'Scotland'],
  ['welshman', 'Wales'], ['irishman', 'Ireland'], ['irishwoman', 'Ireland'], ['briton', 'United Kingdom'],
  ['spaniard', 'Spain'], ['swede', 'Sweden'], ['dane', 'Denmark'], ['finn', 'Finland'], ['pole', 'Poland'], ['turk', 'Turkey'],
  ['kiwi', 'New Zealand'], ['aussie', 'Australia'], ['argentine', 'Argentina'], ['swiss', 'Switzerland'],
]);
/** Country words the gazetteer's demonym table does not carry. */
const NATION_ALIASES = new Map([['us', 'United States'], ['u.s.', 'United States'], ['american', 'United States'], ['uk', 'United Kingdom'], ['u.k.', 'United Kingdom'], ['un', 'UN'], ['u.n.', 'UN'], ['eu', 'EU']]);

export interface Description {
  /** The description without its article ("senior US ambassador"). */
  text: string;
  /** Countries it names (from "US", "Israeli"...). */
  nations: string[];
  /** Word index where "the" stands. */
  at: number;
  /** Unranked and headed by a nationality ("the Spaniard"): only for someone of that nationality. */
  byNation: boolean;
  /** Ranked or aged ("the veteran striker", "the 24-year-old Spaniard"). */
  ranked: boolean;
  /** A nationality heads it or modifies its role noun ("the Dutchman", "the Japanese driver"). */
  national: boolean;
  /** A team's name and a playing position ("the Green Bay Packers kicker"). */
  team?: boolean;
  /** A team's name and the one person who leads it ("the Everton manager"). */
  leader?: boolean;
}

/** A racing team's competitors: "the McLaren driver" is one of its drivers, named just before. */
const RACERS = new Set(['driver', 'rider']);

/** Titles of a constituency's elected member, written after its name ("the Galway West TD"). */
const SEAT_TITLES = new Set(['td', 'mp', 'msp', 'mla', 'mpp', 'mna']);

/** Posts a team has one of: "the Everton manager" is one person. */
const TEAM_LEADERS = new Set(['manager', 'coach', 'boss']);

/** Occupations by their ending, for the many the lexicon lacks ("hydrologist", "paediatrician"). */
const OCCUPATION_ENDING = /.{3,}(?:ist|ician)$/u;
const isRoleHead = (w: Word): boolean =>
  // The list lookups come before the Unicode test: they turn away most words more cheaply.
  !w.cap && (ROLE_NOUNS.has(w.lower) || PERSON_NOUNS.has(w.lower) || (w.pos === 'NOUN' && OCCUPATION_ENDING.test(w.lower))) && /^\p{Ll}/u.test(w.lower) &&
  !UNNAMED_HEADS.has(w.lower) && !/[^s]s$/u.test(w.lower);

/** Is the character at `offset` inside a quotation opened in this sentence? */
function quoted(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const curly = (before.match(/“/gu)?.length ?? 0) - (before.match(/”/gu)?.length ?? 0);
  const straight = (before.match(/"/gu)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}

/** A nationality noun for one person: "Dutchman", "Dane", "Italian", "Israeli" (not "French", "Swiss"). */
const singularNational = (lower: string): boolean => (NATIONALITY_NOUNS.has(lower) && lower !== 'swiss') || /(?:an|i)$/u.test(lower);

/** Ranked definite descriptions of a person in one sentence ("the senior US ambassador"). */
export function definiteDescriptions(sentence: string, words: Word[], nationOf: (word: string) => string | null = demonymCountry): Description[] {
  const found: Description[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'the') continue;
    let j = i + 1;
    let ranked = false;
    const nations: string[] = [];
    let head = -1;
    let demonymHead = -1;
    let team = 0;
    for (; j < words.length && j - i <= 5; j++) {
      const w = words[j]!;
      if (RANK_WORDS.has(w.lower) || AGE.test(w.lower)) { ranked = true; continue; }
      const nationNoun = w.cap ? NATIONALITY_NOUNS.get(w.lower) : undefined;
      if (nationNoun !== undefined && head < 0) { nations.push(nationNoun); demonymHead = j; continue; }
      const nation = w.cap ? (NATION_ALIASES.get(w.lower) ?? nationOf(w.text)) : null;
      if (nation !== null && (DEMONYMS.has(w.lower) || NATION_ALIASES.has(w.lower) || nationOf(w.text) !== null)) {
        nations.push(nation);
        // "the 37-year-old Serbian": a demonym can itself be the head.
        if (!NATION_ALIASES.has(w.lower) && head < 0) demonymHead = j;
        continue;
      }
      if (isRoleHead(w) || (team > 0 && !w.cap && PLAYING_POSITIONS.has(w.lower))) { head = j; continue; }
      // "the Dublin Bay North TD": a constituency's name, then the title of the member it elects.
      if (team > 0 && head < 0 && SEAT_TITLES.has(w.lower) && w.text === w.text.toUpperCase()) { head = j; continue; }
      // "the Green Bay Packers kicker": a team's name right after "the", before a playing position.
      if (w.cap && head < 0 && j === i + 1 + team && nations.length === 0) { team++; continue; }
      // Lower-case modifiers before the head ("the veteran marine biologist").
      if (!w.cap && (w.pos === 'ADJ' || w.pos === 'NOUN') && head < 0) continue;
      break;
    }
    if (head < 0 && demonymHead === j - 1 && words[j]?.pos !== 'NOUN') head = demonymHead;
    // The head must end the noun phrase: "the senior management team" has none.
    // "the Spaniard", "the Briton": unranked, a nationality noun may still refer back, but only to
    // someone whose roles state that nationality (checked by the caller).
    const byNation = !ranked && head >= 0 && head === demonymHead;
    // A team's name counts only before a playing position (one player of that team is meant).
    let leader = false;
    if (team > 0) {
      if (head < 0 || !(PLAYING_POSITIONS.has(words[head]!.lower) || TEAM_LEADERS.has(words[head]!.lower) || SEAT_TITLES.has(words[head]!.lower) || RACERS.has(words[head]!.lower))) continue;
      leader = TEAM_LEADERS.has(words[head]!.lower);
      ranked = true;
    }
    // "the Japanese driver": a nationality word (not "US") before the role noun; "the Italian": a
    // singular nationality as the head ("the French", "the Japanese" are peoples, not a person).
    const national = head >= 0 && demonymHead >= 0 && (head !== demonymHead || singularNational(words[head]!.lower));
    if ((!ranked && !byNation && !national) || head < 0 || head !== j - 1) continue;
    const next = words[j];
    // "the veteran striker Tom Hale", "the top diplomat, Wang Yi,": a name follows, so it is that name's role.
    if (next && (next.cap || (next.text === ',' && words[j + 1]?.cap === true))) continue;
    // "the senior adviser to the president", "the chief of staff": a post defined by what follows.
    // ("to provide" is a verb after the phrase, not a post.)
    const after = words[j + 1];
    const postTo = next?.lower === 'to' && after !== undefined && (after.cap || after.lower === 'the' || after.lower === 'a');
    if (next && (next.lower === 'of' || next.lower === 'for' || next.lower === 'at' || postTo)) continue;
    if (quoted(sentence, words[i]!.start)) continue;
    found.push({ text: sentence.slice(words[i + 1]!.start, words[head]!.end), nations, at: i, byNation, ranked, national, ...(team > 0 ? { team: true } : {}), ...(leader ? { leader: true } : {}) });
  }
  return found;
}

/** Countries named in a person's roles ("US Secretary of State" -> United States). */
export function nationsOfRoles(roles: string[], nationOf: (word: string) => string | null = demonymCountry): string[] {
  const out: string[] = [];
  for (const r of roles) {
    for (const w of r.split(/[\s,]+/u)) {
      if (!/^\p{Lu}/u.test(w)) continue;
      const n = NATION_ALIASES.get(w.toLowerCase()) ?? (DEMONYMS.has(w.toLowerCase()) ? nationOf(w) : null);
      if (n) out.push(n);
    }
  }
  return out;
}

const UNNAMED = -2;
const PREDICATE_BEFORE = new Set(['as', 'is', 'was', 'be', 'been', 'being', 'became', 'becomes', 'remains', 'remained', "'s", '’s']);
const PERSON_WORDS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'person', 'suspect', 'gunman', 'driver', 'victim', 'official', 'source']);

/** Word indexes of indefinite phrases that bring in someone unnamed ("a 23-year-old man", "a senior official"). */
function unnamedPeople(words: Word[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'a' && words[i]!.lower !== 'an') continue;
    // "trained as an engineer", "is a nurse": a predicate describes the subject, it brings in no one.
    if (PREDICATE_BEFORE.has(words[i - 1]?.lower ?? '')) continue;
    for (let j = i + 1; j < words.length && j - i <= 4; j++) {
      const w = words[j]!;
      // The person noun must end the phrase: "a refugee camp" is a place.
      if ((PERSON_WORDS.has(w.lower) || isRoleHead(w)) && words[j + 1]?.pos !== 'NOUN') { out.push(i); break; }
      if (w.cap || (w.pos !== 'ADJ' && w.pos !== 'NOUN' && !AGE.test(w.lower) && !RANK_WORDS.has(w.lower))) break;
    }
  }
  return out;
}

/**
 * Adds each safe description as a role and a mention of the person it refers back to (see the top of
 * this file). `mentions` are the name mentions per sentence, in text order.
 */
export function resolveDescriptions(people: PersonRecord[], mentions: Mention[][], sentences: readonly { text: string; paragraph?: number }[], words: Word[][]): void {
  resolveTeamDescriptions(people, mentions, sentences, words);
  resolveNationalDescriptions(people, mentions, sentences, words);
  // The protagonist: mentioned in more sentences than anyone else.
  let protagonist = -1;
  let best = 0;
  let tie = false;
  people.forEach((p, i) => {
    if (p.mentions.length > best) { best = p.mentions.length; protagonist = i; tie = false; }
    else if (p.mentions.length === best) tie = true;
  });
  if (protagonist < 0 || tie || best < 2) return;
  const person = people[protagonist]!;
  const nations = new Set(nationsOfRoles(person.roles));
  let last = -1;
  sentences.forEach((s, si) => {
    const here = mentions[si] ?? [];
    const ws = words[si]!;
    const descriptions = /\bthe\b/iu.test(s.text) ? definiteDescriptions(s.text, ws) : [];
    // "A 23-year-old man was arrested ... the 23-year-old suspect": someone unnamed entered the story.
    const events = [...here.map((x) => ({ at: x.wordStart, person: x.person })), ...unnamedPeople(ws).map((at) => ({ at, person: UNNAMED }))].sort((a, b) => a.at - b.at);
    let m = 0;
    for (const d of descriptions) {
      while (m < events.length && events[m]!.at < d.at) last = events[m++]!.person;
      if (last !== protagonist || (!d.ranked && !d.byNation)) continue;
      if (d.nations.some((n) => nations.size > 0 && !nations.has(n))) continue;
      if (d.byNation && !d.nations.some((n) => nations.has(n))) continue;
      // "the Spaniard" repeats a nationality the roles already state: a mention, not a new role.
      for (const role of [preposedRole(s.text, ws, d.at), d.byNation ? null : d.text]) {
        if (role && !person.roles.some((r) => r.toLowerCase() === role.toLowerCase())) person.roles.push(role);
      }
      if (!person.mentions.includes(si)) person.mentions.push(si);
    }
    while (m < events.length) last = events[m++]!.person;
  });
  person.mentions.sort((a, b) => a - b);
}

/** A role ending in a playing position or a team's post ("Palace manager", "striker"). */
const isTeamPost = (role: string): boolean => {
  const head = role.toLowerCase().split(/\s+/u).pop() ?? '';
  return PLAYING_POSITIONS.has(head) || TEAM_LEADERS.has(head);
};

/**
 * "Anders Lindqvist had missed ... So when the Green Bay Packers kicker lined up": a team's name and a
 * playing position point at one player; it refers back to the person named last, when that was in
 * the same or the previous sentence and nobody unnamed came in between.
 */
function resolveTeamDescriptions(people: PersonRecord[], mentions: Mention[][], sentences: readonly { text: string }[], words: Word[][]): void {
  let last = -1;
  let lastSentence = -1;
  sentences.forEach((s, si) => {
    const here = mentions[si] ?? [];
    const ws = words[si]!;
    const descriptions = /\bthe\b/iu.test(s.text) && /\p{Lu}/u.test(s.text) ? definiteDescriptions(s.text, ws).filter((d) => d.team) : [];
    const events = [...here.map((x) => ({ at: x.wordStart, person: x.person })), ...unnamedPeople(ws).map((at) => ({ at, person: UNNAMED }))].sort((a, b) => a.at - b.at);
    let m = 0;
    for (const d of descriptions) {
      while (m < events.length && events[m]!.at < d.at) { last = events[m++]!.person; lastSentence = si; }
      // "The Everton manager" is the one person given that post elsewhere, if one is; else the person
      // named last, up to two sentences back with no one in between, who holds no other team's post
      // or a playing position (a player named last is not the manager).
      const holder = d.leader ? people.findIndex((p) => p.roles.some((r) => r.toLowerCase().endsWith(d.text.toLowerCase()))) : -1;
      const target = holder >= 0 ? holder : last;
      if (holder < 0 && (last < 0 || si - lastSentence > (d.leader ? 2 : 1))) continue;
      if (holder < 0 && d.leader && people[last]!.roles.some((r) => isTeamPost(r))) continue;
      const person = people[target]!;
      if (!person.roles.some((r) => r.toLowerCase() === d.text.toLowerCase())) person.roles.push(d.text);
      if (!person.mentions.includes(si)) person.mentions.push(si);
      person.mentions.sort((a, b) => a - b);
    }
    while (m < events.length) { last = events[m++]!.person; lastSentence = si; }
  });
}

/** How far back a nationality description may look for the sentence that names its person. */
const NATIONAL_REACH = 2;

/**
 * Sport and wire copy vary a name with a nationality: "Van der Lingen ... lost the lead. 'We had the
 * pace,' the Dutchman said", "Ferrari's Alessandro Ferri ... which dropped the Frenchman". The
 * description is that person's role and mention when the reading is unambiguous: exactly one person
 * was named before it in its own sentence, or, with none there, it points back to the subject (the
 * first person named) of the nearest earlier sentence that names anyone, at most two back, with no
 * one unnamed brought in between. A person whose roles state another nationality is never meant.
 */
function resolveNationalDescriptions(people: PersonRecord[], mentions: Mention[][], sentences: readonly { text: string; paragraph?: number }[], words: Word[][]): void {
  let unquoted: Mention[][] | null = null;
  sentences.forEach((s, si) => {
    if (!/\bthe\b/iu.test(s.text)) return;
    const ws = words[si]!;
    for (const d of definiteDescriptions(s.text, ws)) {
      if (!d.national || d.team) continue;
      // Only names in the running text: "I'm delighted for Seo-jun," inside a quote is no antecedent.
      unquoted ??= unquotedMentions(mentions, sentences);
      // "'Rashidul and Ah Keong were ...,' he said, referring to the Malaysian worker": a name quoted
      // before it in its own sentence makes the reference unsure.
      const quotedBefore = (mentions[si] ?? []).filter((m) => m.wordStart < d.at).length > unquoted[si]!.filter((m) => m.wordStart < d.at).length;
      const target = quotedBefore ? -1 : nationalTarget(unquoted, words, si, d.at);
      if (target < 0) continue;
      const person = people[target]!;
      const stated = nationsOfRoles(person.roles);
      if (stated.length > 0 && !d.nations.some((n) => stated.includes(n))) continue;
      // "Spanish striker Alvaro Morata ... The Spaniard": a nationality the roles already state is a mention only.
      const repeats = d.byNation && stated.length > 0;
      // A bare adjectival nationality ("the Italian") stays a mention only: as a role it would make
      // the attribution's epithet rule ('"...," the Italian said') take it for a stated post.
      // (An apposition may already hold it: "El Amrani, the 21-year-old Moroccan forward signed from ...".)
      const known = person.roles.some((r) => r.toLowerCase().replace(/^(?:the|a|an) /u, '').startsWith(d.text.toLowerCase()));
      if (!repeats && !known && !bareAdjectival(d, ws)) person.roles.push(d.text);
      if (!person.mentions.includes(si)) { person.mentions.push(si); person.mentions.sort((a, b) => a - b); }
    }
  });
}

/** "the Italian", "the Norwegian": unranked, headed by an adjectival nationality (not "Dutchman", "Dane"). */
const bareAdjectival = (d: Description, words: Word[]): boolean =>
  !d.ranked && d.text === words[d.at + 1]?.text && !NATIONALITY_NOUNS.has(d.text.toLowerCase());

/** The name mentions outside quotation marks, per sentence (quotes found over each paragraph's text). */
function unquotedMentions(mentions: Mention[][], sentences: readonly { text: string; paragraph?: number }[]): Mention[][] {
  const out: Mention[][] = sentences.map(() => []);
  let i = 0;
  while (i < sentences.length) {
    // The paragraph's sentences, joined back with one space (the offsets only need the marks' order).
    let j = i;
    while (j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph) j++;
    if (sentences[i]!.paragraph === undefined) j = i + 1;
    const starts: number[] = [];
    let text = '';
    for (let k = i; k < j; k++) { starts.push(text.length); text += sentences[k]!.text + ' '; }
    const spans = findQuoteSpans(text).filter((q) => q.depth === 0);
    for (let k = i; k < j; k++) {
      out[k] = (mentions[k] ?? []).filter((m) => !spans.some((q) => starts[k - i]! + m.start > q.open && starts[k - i]! + m.start < q.close));
    }
    i = j;
  }
  return out;
}
/** The person a nationality description at word `at` of sentence `si` points back to, or -1. */
function nationalTarget(mentions: Mention[][], words: Word[][], si: number, at: number): number {
  if (unnamedPeople(words[si]!).some((u) => u < at)) return -1;
  const before = new Set((mentions[si] ?? []).filter((m) => m.wordStart < at).map((m) => m.person));
  if (before.size > 0) return before.size === 1 ? [...before][0]! : -1;
  for (let k = si - 1; k >= 0 && si - k <= NATIONAL_REACH; k--) {
    if (unnamedPeople(words[k]!).length > 0) return -1;
    const here = mentions[k] ?? [];
    if (here.length > 0) return here.reduce((a, b) => (b.wordStart < a.wordStart ? b : a)).person;
  }
  return -1;
}
