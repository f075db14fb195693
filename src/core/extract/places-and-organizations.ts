// Organizations and places together, after the name spans: the corrections that need the whole
// article (sports teams named by city), and the conventions of the Article contract: a party's
// members ("Democrats", "Tories") are people, not an organization; an all-caps dateline place
// ("SAN ANTONIO (AP) —") is written in title case; "the U.S. House" also names the country.
import type { AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { normalizeName } from './gazetteer.ts';
import { findNameSpans } from './name-spans.ts';
import { separateTeams } from './team-names.ts';
import { applyContextRules } from './context-places-and-organizations.ts';

/** Plural names for a party's members: people, not the party itself. */
const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'tories', 'conservatives', 'liberals', 'socialists', 'communists', 'labourites', 'greens', 'nationalists', 'unionists', 'loyalists', 'separatists', 'rebels', 'independents']);

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

function adjust(text: AnalyzedText, people: Person[]): { orgs: Organization[]; places: Place[] } {
  const spans = findNameSpans(text, people);
  const orgs = spans.orgs.filter((o) => !PARTY_MEMBERS.has(o.name.toLowerCase()));
  const places: Place[] = [];
  for (const p of spans.places) {
    const name = shouted(p.name) ? titleCase(p.name) : p.name;
    const same = places.find((x) => normalizeName(x.name) === normalizeName(name));
    if (same) same.mentions = [...new Set([...same.mentions, ...p.mentions])].sort((a, b) => a - b);
    else places.push({ name, mentions: [...p.mentions] });
  }
  for (const o of orgs) {
    const prefix = COUNTRY_PREFIX.exec(o.name)?.[1];
    if (!prefix || places.some((p) => p.name.replace(/\./gu, '') === prefix.replace(/\./gu, ''))) continue;
    places.push({ name: prefix, mentions: [...o.mentions] });
  }
  const teams = separateTeams(text, orgs, places, people);
  return applyContextRules(text, people, teams.orgs, teams.places);
}
