// Organizations and places together, after the name spans: the corrections that need the whole
// article (sports teams named by city), and the conventions of the Article contract: a party's
// members ("Democrats", "Tories") are people, not an organization; an all-caps dateline place
// ("SAN ANTONIO (AP) —") is written in title case; "the U.S. House" also names the country.
import type { AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { classifyName, lookupName, normalizeName } from './gazetteer.ts';
import { findNameSpans } from './name-spans.ts';
import { separateTeams } from './team-names.ts';
import { applyContextRules } from './context-places-and-organizations.ts';

/** Plural names for a party's (or a force's) members: people, not the body itself ("Gardaí", the Irish police officers). */
const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'tories', 'conservatives', 'liberals', 'socialists', 'communists', 'labourites', 'greens', 'nationalists', 'unionists', 'loyalists', 'separatists', 'rebels', 'independents', 'gardaí', 'gardai']);

/**
 * Parties named for their members ("Social Democrats", "Christian Democrats"): "coalition of
 * conservatives and Social Democrats" are members (people); "of the Social Democrats", with "the",
 * is the party (Ireland's, Denmark's).
 */
const MEMBER_NAMED_PARTY = /^(?:Social|Christian|Free) Democrats$/u;
/**
 * "the minority Liberals may need to pass the budget", "the governing Conservatives": a members' plural
 * after a word for a party's place in a parliament is the party itself ("five Republicans" stay members).
 */
const PARTY_IN_HOUSE = /\b[Tt]he (?:minority|majority|governing|ruling|opposition|incumbent) (\p{Lu}\p{Ll}+s)\b/gu;
function houseParties(text: AnalyzedText, orgs: Organization[]): Organization[] {
  for (const s of text.sentences) {
    if (!/ (?:minority|majority|governing|ruling|opposition|incumbent) \p{Lu}/u.test(s.text)) continue;
    for (const m of s.text.matchAll(PARTY_IN_HOUSE)) {
      const name = m[1]!;
      if (!PARTY_MEMBERS.has(name.toLowerCase())) continue;
      const same = orgs.find((o) => o.name === name);
      if (!same) orgs.push({ name, mentions: [s.index] });
      else if (!same.mentions.includes(s.index)) same.mentions.push(s.index);
    }
  }
  return orgs;
}

const isPartyByArticle = (text: AnalyzedText, name: string): boolean =>
  !MEMBER_NAMED_PARTY.test(name) || text.sentences.some((s) => s.text.includes(`the ${name}`) || s.text.includes(`The ${name}`));

/** Country abbreviations that can open an organization's name ("U.S. House", "UK Border Force"). */
const COUNTRY_PREFIX = /^(U\.S\.|US|U\.K\.|UK)\s+\p{Lu}/u;

/** "SAN ANTONIO" -> "San Antonio", "WINSTON-SALEM" -> "Winston-Salem", "ST. LOUIS" -> "St. Louis". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-.'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A place written in capitals that is a word, not an abbreviation ("LONDON", not "UK" or "DC"). */
const shouted = (name: string): boolean => /^[\p{Lu}\s.\-'’]+$/u.test(name) && name.replace(/[^\p{Lu}]/gu, '').length >= 4 && !/^(?:\p{Lu}\.)+$/u.test(name);

// Organizations and places are asked for one after the other with the same text: work once.
const cache = new WeakMap<AnalyzedText, { people: Person[]; result: { orgs: Organization[]; places: Place[] } }>();

export function findPlacesAndOrganizations(text: AnalyzedText, people: Person[]): { orgs: Organization[]; places: Place[] } {
  const hit = cache.get(text);
  if (hit && hit.people === people) return hit.result;
  const result = adjust(text, people);
  cache.set(text, { people, result });
  return result;
}

/** "St Cuthbert's Church", "Franklin's Gardens", "St Mary's Hospital": a name with a possessive inside. */
const POSSESSIVE_NAME = /(?<![\p{L}'’])((?:St\.? |Saint )?\p{Lu}\p{Ll}+['’]s (?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+)(?![\p{L}'’])/gu;

/** Whole names with a possessive inside, which the span finder cuts at the "'s". */
function possessiveNames(text: AnalyzedText): Array<{ name: string; cls: 'organization' | 'place'; sentence: number }> {
  const out: Array<{ name: string; cls: 'organization' | 'place'; sentence: number }> = [];
  for (const s of text.sentences) {
    if (!/['’]s \p{Lu}/u.test(s.text)) continue;
    for (const m of s.text.matchAll(POSSESSIVE_NAME)) {
      const name = m[1]!;
      // Only a head word that makes a site ("Church" after a saint, "Gardens"), never "Smith's Ford".
      // The owner is a saint or a person, not a country or a body ("Russia's Defense Ministry").
      const owner = name.replace(/['’]s .*$/u, '');
      if (lookupName(owner.replace(/^(?:St\.?|Saint) /u, '')) !== null) continue;
      const saint = /^(?:St\.?|Saint) /u.test(name);
      const cls = classifyName(name);
      if (cls === 'place' || (cls === 'organization' && saint)) out.push({ name, cls, sentence: s.index });
    }
  }
  return out;
}

/**
 * "the FTC's Bureau of Competition", "NASA's Office of Inspector General": a body's unit after its
 * possessive is two organizations, the body and the unit under its full name, not "FTC's Bureau".
 */
function splitOwnedBodies(text: AnalyzedText, orgs: Organization[]): Organization[] {
  const out: Organization[] = [];
  const put = (name: string, sentence: number): void => {
    const same = out.find((o) => o.name === name);
    if (!same) out.push({ name, mentions: [sentence] });
    else if (!same.mentions.includes(sentence)) same.mentions.push(sentence);
  };
  for (const o of orgs) {
    const m = /^(.+?)['’]s (\p{Lu}.*)$/u.exec(o.name);
    if (!m || lookupName(m[1]!) !== 'organization' || classifyName(m[2]!) === null && !/^\p{Lu}\p{Ll}+$/u.test(m[2]!)) {
      for (const s of o.mentions) put(o.name, s);
      continue;
    }
    const unit = new RegExp(`${m[2]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?: (?:of|for) (?:the )?\\p{Lu}[\\p{L}-]+(?: (?:and )?\\p{Lu}[\\p{L}-]+)*)?`, 'u');
    for (const s of o.mentions) {
      put(m[1]!, s);
      const found = unit.exec(text.sentences[s]?.text ?? '')?.[0];
      if (found && found.includes(' ')) put(found, s);
    }
  }
  return out;
}

/**
 * "the Houthis" where the article also names "the Houthi movement" (or "Houthi" alone): the plural
 * is the movement's members, as "Democrats" are a party's. Their mentions go to the movement.
 */
function foldMembers(orgs: Organization[]): Organization[] {
  const out = orgs.map((o) => ({ name: o.name, mentions: [...o.mentions] }));
  return out.filter((o) => {
    const m = /^(\p{Lu}[\p{L}'’-]+)s$/u.exec(o.name);
    if (!m) return true;
    const body = out.find((x) => x !== o && new RegExp(`^${m[1]!}(?: (?:movement|group|militia|party|rebels|fighters))?$`, 'iu').test(x.name));
    if (!body) return true;
    body.mentions = [...new Set([...body.mentions, ...o.mentions])].sort((a, b) => a - b);
    return false;
  });
}

/** "São Paulo-based Arvoredo Capital": where a firm sits is not part of its name. */
function unbased(orgs: Organization[]): Organization[] {
  const out: Organization[] = [];
  for (const o of orgs) {
    const name = o.name.replace(/^(?:\p{Lu}[\p{L}.'’]* )*\p{Lu}[\p{L}.'’]*-(?:based|headquartered) (?=\p{Lu})/u, '');
    const same = out.find((x) => x.name === name);
    if (same) same.mentions = [...new Set([...same.mentions, ...o.mentions])].sort((a, b) => a - b);
    else out.push({ name, mentions: [...o.mentions] });
  }
  return out;
}

function adjust(text: AnalyzedText, people: Person[]): { orgs: Organization[]; places: Place[] } {
  const spans = findNameSpans(text, people);
  const whole = possessiveNames(text);
  // The pieces of such a name ("St Cuthbert", "Gardens") are not names of their own there.
  const inWhole = (name: string, mentions: number[]): number[] =>
    mentions.filter((m) => !whole.some((w) => w.sentence === m && w.name !== name && new RegExp(`(?:^|[\\s'’])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:['’]s)?(?:$|\\s)`, 'u').test(w.name)));
  const trim = <T extends { name: string; mentions: number[] }>(list: T[]): T[] =>
    list.map((x) => ({ ...x, mentions: inWhole(x.name, x.mentions) })).filter((x) => x.mentions.length > 0);
  const orgs = houseParties(text, splitOwnedBodies(text, foldMembers(unbased(spans.orgs)).filter((o) => !PARTY_MEMBERS.has(o.name.toLowerCase()) && isPartyByArticle(text, o.name))));
  const places: Place[] = [];
  // Each place under its normalized name, normalized once (not once per pair of places).
  const placeByKey = new Map<string, Place>();
  for (const p of spans.places) {
    const name = shouted(p.name) ? titleCase(p.name) : p.name;
    const key = normalizeName(name);
    const same = placeByKey.get(key);
    if (same) same.mentions = [...new Set([...same.mentions, ...p.mentions])].sort((a, b) => a - b);
    else {
      const place = { name, mentions: [...p.mentions] };
      places.push(place);
      placeByKey.set(key, place);
    }
  }
  for (const o of orgs) {
    const prefix = COUNTRY_PREFIX.exec(o.name)?.[1];
    if (!prefix || places.some((p) => p.name.replace(/\./gu, '') === prefix.replace(/\./gu, ''))) continue;
    places.push({ name: prefix, mentions: [...o.mentions] });
  }
  const teams = separateTeams(text, orgs, places, people);
  const ruled = applyContextRules(text, people, teams.orgs, teams.places);
  if (whole.length === 0) return ruled;
  const out = { orgs: trim(ruled.orgs), places: trim(ruled.places) };
  for (const w of whole) {
    const list = w.cls === 'place' ? out.places : out.orgs;
    const same = list.find((x) => x.name === w.name);
    if (!same) list.push({ name: w.name, mentions: [w.sentence] });
    else if (!same.mentions.includes(w.sentence)) same.mentions.push(w.sentence);
  }
  return out;
}
