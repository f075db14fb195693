// Places and organizations that only the running text reveals, after the name spans: roads
// ("the A59", "junction 32 of the M6"), villages ("the village of Grimsargh"), campaign groups
// ("the Save Elston Fields group"), bodies named like a place that speak ("Natural England
// warned"); and what is not a place or an organization in context: a credit line ("(Reuters)",
// "Reporting by"), a state abbreviation that belongs to the city before it ("Kansas City, Kan."),
// a person's surname ("Sutherland said"), a university named by its city ("researchers at Glasgow").
import type { AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { demonymCountry, isClippedCountry, isCountry, lookupName, normalizeName } from './gazetteer.ts';
import { addCuedNames, isClause } from './cued-names.ts';
import { isGivenName } from './name-context.ts';
import { addCuedPlacesAndBodies } from './cued-places-and-bodies.ts';
import { AMBIGUOUS_CITIES } from './gazetteer/world-cities.ts';

import { addMention as add, type Named } from './named-list.ts';

// French streets and squares written with a lower-case kind: "rue Carnot", "quai des Orfèvres", "boulevard Haussmann".
// "Col du Lautaret", "col de la Bonette": a mountain pass ("Col" before a name is otherwise a colonel).
const FRENCH_STREET = /(?<![\p{L}'’-])((?:rue|quai|boulevard|allée|impasse|chemin) (?:de la |de l['’]|du |des |de |d['’])?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*|[Cc]ol (?:de la |de l['’]|du |des |de |d['’])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*)/gu;
// "across the Mountain West", "in the Pacific Northwest": a region named by its side of a country.
const COMPASS_REGION = /\b(?:across|in|throughout|around|of|from|to) the ((?:\p{Lu}\p{Ll}+ ){1,2}(?:West|East|North|South|Northeast|Northwest|Southeast|Southwest))(?![\p{L}\p{N}-]| \p{Lu})/gu;
// "lives in Peguis First Nation", "from the Cree Nation of Wemindji": a First Nation as a home.
const NATION_HOME = /\b(?:in|on|from|near|at|to) (?:the )?((?:\p{Lu}[\p{L}'’-]+ ){0,3}(?:First|Cree) Nation(?: of \p{Lu}[\p{L}'’-]+)?)/gu;
/** Words that make a "... Centre" a body at work, not a building where things happen. */
const CENTRE_BODY = /\b(?:Research|Medical|Health|Cancer|Policy|Space|Operations|Study|Studies|Science|Sciences|Data|Legal|Law|Advice|Information|Crisis|Coordination|Meteorological|Prediction|Control|Training|Innovation|Development|Rights|Justice|Wilson|Carter)\b/u;
/** What follows a demonym used as an adjective: a lower-case noun, "-led", or "and" another demonym. */
const ADJECTIVE_AFTER = /^(?:-\p{Ll}| \p{Ll}[\p{Ll}-]*(?<!^ (?:and|or|to|in|on|at|for|of|is|was|has|had|said|says|will|would))\b| (?:and|or) \p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch) )/u;
/** Last words that make a name a body even before a title ("Police Commissioner" is not one: "Police" alone). */
const BODY_LAST = / (?:Ministry|Department|Council|Office|Party|Board|Commission|Authority|Agency|Committee|Bank|Police|Service|Corporation|Company|Group|Union|Association)$/u;
const VENUE_CUE = /\b(?:at|in|inside|outside|near|into|to|from)\s+(?:the\s+)?$/u;

// French public bodies with a lower-case adjective and tail: "Office français de la biodiversité",
// "Agence nationale de sécurité", "Institut national du cancer"; and "the prefecture of the Isère".
const FRENCH_BODY = /(?<![\p{L}'’-])((?:Office|Agence|Institut|Conseil|Haut Conseil|Autorité|Direction|Caisse|Centre) (?:français|française|national|nationale|régional|régionale|départemental|départementale|général|générale|supérieur|supérieure)(?![\p{L}])(?: (?:de la |de l['’]|du |des |de |d['’]|pour la |pour le |pour les )[\p{L}'’-]+)?|[Pp]r[ée]fecture (?:of|de) (?:the |la |l['’])?\p{Lu}[\p{L}'’-]+(?:-\p{Lu}[\p{L}'’-]+)*)/gu;

// "flights in Regina", "a rally near Brandon": a large city named like a person, in a place's slot.
const AMBIGUOUS = new Set(AMBIGUOUS_CITIES.split('|').map((n) => n.trim()).filter((n) => n !== ''));
const IN_CITY = /\b(?:in|near|outside|downtown|across|around) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]| \p{Lu}|,? (?:and|or) \p{Lu}\p{Ll}+ \p{Lu})/gu;

/** Words of a story about elections or a parliament. */
const POLITICS = /\b(?:elections?|parliament|Parliament|Senate|senators?|MPs?|seats?|ministers?|Minister|voters?|polls?|polling|ballot|preferences|by-election|candidates?|campaign|opposition|Opposition)\b/u;
// Parties named by one word of their own: "Labor" (the Australian spelling is only ever the party,
// unlike "Labour"), and "the Coalition", "the Greens", "the Nationals" in a politics story. A capital
// word after it makes another name ("Labor Day", "the Greens Party" is found as a name already).
const PARTY = /(?<![\p{L}\p{N}'’-])(?:(Labor)|[Tt]he (Coalition|Greens|Nationals))(?![\p{L}\p{N}-]| \p{Lu}| (?:of|for|to)\b)/gu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const patterns = new Map<string, RegExp>();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** /[\p{L}\p{N}]/u on one code point, ASCII without the regex. */
function isLetterOrDigit(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The code point that ends just before `at` (a surrogate pair read as one, as a /u lookbehind reads it). */
function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

/**
 * Where `name` stands as a whole word in `sentence`: what the regex below finds, found with indexOf
 * (this runs for every mention of every name the rules look at). Names with surrogates, or empty,
 * take the regex, whose code-point view of the text indexOf does not share.
 */
function occurrences(sentence: string, name: string): RegExpMatchArray[] {
  if (!sentence.includes(name)) return [];
  if (name !== '' && !/[\ud800-\udfff]/.test(name)) {
    const out: RegExpMatchArray[] = [];
    let from = 0;
    for (let at = sentence.indexOf(name, from); at >= 0; at = sentence.indexOf(name, from)) {
      const end = at + name.length;
      if (!isLetterOrDigit(codePointBefore(sentence, at)) && !isLetterOrDigit(sentence.codePointAt(end))) {
        const m = [name] as RegExpMatchArray;
        m.index = at;
        out.push(m);
        from = end;
      } else {
        from = at + 1;
      }
    }
    return out;
  }
  let re = patterns.get(name);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    if (patterns.size > 2000) patterns.clear();
    patterns.set(name, re);
  }
  return [...sentence.matchAll(re)];
}

type Around = { before: string; after: string }[];
const around = new WeakMap<Named, Around>();

/** The text before and after each occurrence of a name in the sentences that mention it (once per item). */
function contexts(sentences: string[], item: Named): Around {
  const known = around.get(item);
  if (known) return known;
  const found = item.mentions.flatMap((s) => {
    const sentence = sentences[s] ?? '';
    // Every cue sits next to the name: 80 characters either side are enough.
    return occurrences(sentence, item.name).map((m) => ({ before: sentence.slice(Math.max(0, m.index! - 80), m.index), after: sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 80) }));
  });
  around.set(item, found);
  return found;
}


// "the A59", "the M6 motorway", "junction 32 of the M6", "Interstate 35", "I-35", "US 101", "Highway 17".
const ROAD = /\b(?:(?:the|of|on|onto|off|along|via|and)\s+((?:A|B|M)\d{1,4}(?:\(M\))?)(?![\p{L}\p{N}])|((?:A|B|M)\d{1,4}) (?:motorway|road|dual carriageway|trunk road)|(Interstate \d{1,3}|I-\d{1,3}|U\.?S\.? (?:Route |Highway )?\d{1,3}|(?:State )?(?:Route|Highway) \d{1,4}))\b/gu;

/** "the A380 superjumbo", "the M4 carbine": aircraft, weapons and products share the shape of a road number. */
const NOT_ROAD_AFTER = /^\s*(?:superjumbo|jets?|aircraft|airliners?|planes?|bombers?|fighters?|helicopters?|masks?|respirators?|carbines?|rifles?|tanks?|chips?|processors?|engines?|variants?|models?|series|class|paper|size|sheets?|format|grade|level|levels|visa|visas|form|forms|bus|buses)\b/u;

// "the village of Grimsargh", "Grimsargh, a village near Preston", "the hamlet of X", "a town called X".
const SETTLEMENT_OF = /\b(?:village|town|hamlet|township|parish|suburb|city|district|island|municipality|regency|neighbourhood|neighborhood) (?:of|called|named) ((?:\p{Lu}[\p{L}'’-]+)(?: (?:\p{Lu}[\p{L}'’-]+|(?:upon|on|under|in|le|la|de) (?=\p{Lu})\p{Lu}[\p{L}'’-]+))*)/gu;
const SETTLEMENT_APPOSITION = /((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?), an? (?:(?:small|tiny|remote|coastal|fishing|farming|mining|rural|nearby|neighbouring|neighboring|market|seaside|border|industrial|former|mill|port|commuter|hilltop|lakeside|riverside|quiet|sleepy) )*(?:village|town|hamlet|suburb|settlement|community)(?=[,.;:)]| (?:in|near|on|of|outside|north|south|east|west|about|some|just|which|that|where|with|known|famous)\b)/gu;
const NEAR = /\b(?:near|outside|on the outskirts of) ((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?)/gu;

// "the Save Elston Fields group", "the Stop the Pylons campaign", "Friends of Moor Park".
const CAMPAIGN = /\b((?:Save|Stop|Protect|Keep|Friends of|Hands Off|No to) (?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?= (?:group|campaign|action group|campaigners|coalition|alliance|network)\b)/gu;

// Cheap tests that gate the scans below: most sentences have none of these words.
// Each is a plain substring every match of its pattern contains, so a failed test means no match.
const ROAD_HINT = /[ABM]\d|Interstate \d|I-\d|U\.?S\.? |Route \d|Highway \d/;
const SETTLEMENT_OF_HINT = / (?:of|called|named) \p{Lu}/u;
const NEAR_HINT = /(?:near|outside|outskirts of) \p{Lu}/u;
const CAMPAIGN_WORD = /\b(?:Save|Stop|Protect|Keep|Friends|Hands|No) /u;
const BODY_WORD = /\b(?:Natural|Historic|Sport|Public|Arts|Transport|Visit|Creative|Skills|Homes|Health|Highways|Invest|Enterprise|Care|Water) \p{Lu}/u;

// "Natural England warned", "Historic England said": a qualified place that acts as a body.
const SPEAKS = 'said|says|warned|warns|announced|announces|added|argued|urged|confirmed|told|stated|responded|objected|described|called|claimed';
const BODY_NAMED_BY_PLACE = new RegExp(`\\b((?:Natural|Historic|Sport|Public Health|Arts Council|Transport for|Visit|Creative|Skills|Homes|Health Education|Highways|Invest|Enterprise|Care Inspectorate|Water) \\p{Lu}[\\p{L}]+)(?:,[^,]{1,80},)? (?:${SPEAKS})\\b`, 'gu');

// "Reporting by", "Editing by": who wrote the story, not a subject of it. (A dateline's "(AP)" is
// left alone: the gold annotations count the agency as an organization.)
const CREDIT_LINE = /^(?:additional )?(?:reporting|writing|editing|compiled|research) by\b/iu;
/** A quoted title after "titled", "entitled" or "headlined": a report's, a plan's or a paper's name. */
const QUOTED_TITLE = /\b(?:titled|entitled|headlined),? [“"‘]([^”"’]+)[”"’]/gu;
const STATE_ABBREVIATION = /^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$/u;
const ACADEMICS_AT = /\b(?:researchers|scientists|academics|professors?|lecturers?|experts|a team|colleagues|students|engineers|economists|physicists|biologists|chemists|psychologists|epidemiologists) (?:at|from) (?:the )?$/iu;
const TRANSFER = /\b(?:joined|joins|signed|signs|transferred|loaned|re-signed)(?: (?:him|her|them))? (?:on loan |on a free transfer |permanently )?(?:from|to|with|for|at) $|\bon loan (?:from|at|to|with) $/u;
/** "Mercedes driver", "Haas team principal": in a motor race report, a name before a team role is the team. */
const RACING_ROLE_AFTER = /^(?:['’]s)? (?:drivers?|team principal|team boss|teammates?|team-mates?|reserve driver|test driver)\b/u;
const MOTOR_RACING = /\b(?:Grand Prix|Formula One|Formula 1|F1|IndyCar|NASCAR|MotoGP|pole position|safety car|pit ?stop)\b/u;
/** "Carpenter v. United States", "Delgamuukw v British Columbia": the parties of a case name. */
const CASE_AFTER = /^(?:['’]s)? (?:v\.?|vs\.?) \p{Lu}/u;
const CASE_BEFORE = /\p{Lu}[\p{L}.'’-]* (?:v\.?|vs\.?) $/u;
/** "Speech, Privacy, and Technology Project", "Foreign, Commonwealth and Development Office": a body's name with a list inside. */
const LISTED_BODY = /(?<![\p{L}'’-])((?:\p{Lu}\p{Ll}+, ){1,4}(?:and|&) \p{Lu}\p{Ll}+ (?:Project|Program|Programme|Office|Committee|Department|Institute|Center|Centre|Foundation|Fund|Commission|Council|Network|Alliance|Initiative|Ministry|Agency|Board|Service|Union|Association|Society))(?![\p{L}])/gu;
/** "The merged company, to be called Andes Pacific Copper,": a body's new name, given by the text. */
const NEW_NAME = /\b(?:company|companies|group|firm|entity|business|bank|party|airline|carrier|insurer|miner|lender|operator|venture)(?:,)? (?:to be |will be |would be |is to be |was |has been )?(?:called|named|renamed|rebranded as|known as) ((?:\p{Lu}[\p{L}'’&.-]*)(?: (?:\p{Lu}[\p{L}'’&.-]*|of|de|and))*)/gu;
/** "organised by the Raise the Roof coalition", "the Vote Leave campaign": a group named before its kind. */
const NAMED_GROUP = /\b[Tt]he ((?:\p{Lu}\p{Ll}+)(?: (?:the|a|for|of|to|\p{Lu}\p{Ll}+))*? \p{Lu}\p{Ll}+) (?:coalition|campaign group|campaign|alliance|movement|action group)\b/gu;
/** "Alpine's Théo": a capitalised word owning a capitalised name. */
const TEAM_OWNS = /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+)['’]s (\p{Lu}[\p{L}-]+)/gu;
const COMPANY_FORM = /^(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Group|Holdings|GmbH|AG|SA|NV|Tbk|Limited|Corporation|Company)\.?$/u;
const PLACE_CUE = /\b(?:in|near|at|from|to|of|outside|across|around)\s+$/u;

function isKnown(name: string, people: Person[], orgs: Named[]): boolean {
  const key = normalizeName(name);
  return people.some((p) => [p.name, ...p.aliases].some((n) => normalizeName(n) === key || normalizeName(n).split(' ').includes(key))) ||
    orgs.some((o) => normalizeName(o.name) === key || normalizeName(o.name).startsWith(`${key} `));
}

/** Applies the context rules; returns new lists (the inputs are not changed). */
export function applyContextRules(text: AnalyzedText, people: Person[], inOrgs: Organization[], inPlaces: Place[]): { orgs: Organization[]; places: Place[] } {
  let orgs: Named[] = inOrgs.map((o) => ({ name: o.name, mentions: [...o.mentions] }));
  let places: Named[] = inPlaces.map((p) => ({ name: p.name, mentions: [...p.mentions] }));
  const sentences = text.sentences.map((s) => s.text);
  const isCredit = (name: string, s: number): boolean => {
    const sentence = sentences[s] ?? '';
    if (CREDIT_LINE.test(sentence)) return true;
    return false;
  };
  // Credit lines.
  orgs = orgs.filter((o) => !o.mentions.every((s) => isCredit(o.name, s)));
  // "Kansas City, Kan.": the abbreviation is part of the city before it.
  places = places.filter((p) => {
    if (!STATE_ABBREVIATION.test(p.name)) return true;
    const found = contexts(sentences, p).map((c) => c.before);
    // In running text only: the gold annotations give a dateline's "SANTA FE, N.M." two places.
    return found.length === 0 || !found.every((before) => /\p{Lu}\p{Ll}+,\s*$/u.test(before));
  });
  // A surname or first name of a person in the article, never written as a place ("Sutherland said").
  places = places.filter((p) => {
    if (p.name.includes(' ')) return true;
    const personWord = people.some((x) => [x.name, ...x.aliases].some((n) => n.split(/\s+/u).includes(p.name)));
    if (!personWord) return true;
    return contexts(sentences, p).some((c) => PLACE_CUE.test(c.before) && !ACADEMICS_AT.test(c.before));
  });
  // "joined from Feyenoord" (a club in a transfer), "researchers at Glasgow" (the university): an
  // organization, when every mention reads so.
  for (const cue of [TRANSFER, ACADEMICS_AT]) {
    for (const p of [...places]) {
      const found = contexts(sentences, p).map((c) => c.before);
      if (found.length === 0 || !found.every((before) => cue.test(before))) continue;
      places = places.filter((x) => x !== p);
      for (const s of p.mentions) add(orgs, p.name, s);
    }
  }
  const racing = sentences.some((x) => MOTOR_RACING.test(x));
  // "Mercedes driver Rhys Okafor": the car maker's team, not the town of Mercedes.
  if (racing) {
    for (const p of [...places]) {
      if (p.name.includes(' ') || isCountry(p.name)) continue;
      const found = contexts(sentences, p).map((c) => c.after);
      if (found.length === 0 || !found.every((after) => RACING_ROLE_AFTER.test(after))) continue;
      places = places.filter((x) => x !== p);
      for (const s of p.mentions) add(orgs, p.name, s);
    }
  }
  // "Alpine's Théo Giraud": in a race report, an unknown name owning a driver of the article is his team.
  if (racing) {
    const firstNames = new Set(people.map((p) => p.name.split(' ')[0]!));
    sentences.forEach((sentence, s) => {
      if (!/['’]s \p{Lu}/u.test(sentence)) return;
      for (const m of sentence.matchAll(TEAM_OWNS)) {
        const team = m[1]!;
        if (!firstNames.has(m[2]!) || lookupName(team) !== null || demonymCountry(team) !== null || isKnown(team, people, [])) continue;
        add(orgs, team, s);
      }
    });
  }
  // "the crowd at the Art Hauser Centre": a named centre or center read only as where things happen
  // is a venue (a place); "of the Wilson Center", "said the Cancer Centre" keep it a body.
  for (const o of [...orgs]) {
    // A listed body ("National Hurricane Center") stays one, wherever the text puts it.
    if (!/ Cent(?:re|er)$/u.test(o.name) || CENTRE_BODY.test(o.name) || o.name.split(' ').length > 4 || lookupName(o.name) === 'organization') continue;
    const found = contexts(sentences, o);
    // "according to the Wilson Center" cites a body, not a venue.
    if (found.length === 0 || !found.every((c) => VENUE_CUE.test(c.before) && !/\baccording to (?:the )?$/u.test(c.before) && !ACADEMICS_AT.test(c.before) && !/^\s*(?:said|says|told|announced|warned)\b/u.test(c.after))) continue;
    orgs = orgs.filter((x) => x !== o);
    for (const s of o.mentions) add(places, o.name, s);
  }
  // "23 Saudi and Sudanese nationals", "a test of Saudi intentions", "Saudi-led": a place's name
  // that is also its demonym, used as an adjective, is no mention of the place.
  places = places.flatMap((p) => {
    if (p.name.includes(' ') || (demonymCountry(p.name) === null && !isClippedCountry(p.name))) return [p];
    const mentions = p.mentions.filter((s) => occurrences(sentences[s] ?? '', p.name).some((m) => !ADJECTIVE_AFTER.test((sentences[s] ?? '').slice(m.index! + m[0].length))));
    return mentions.length > 0 ? [{ name: p.name, mentions }] : [];
  });
  // "753 B.C.": a year's era, not British Columbia.
  places = places.flatMap((p) => {
    if (p.name !== 'B.C.') return [p];
    const mentions = p.mentions.filter((s) => occurrences(sentences[s] ?? '', p.name).some((m) => !/\d\s*$/u.test((sentences[s] ?? '').slice(0, m.index))));
    return mentions.length > 0 ? [{ name: p.name, mentions }] : [];
  });
  // "US 287": the road, not also the country.
  places = places.filter((p) => {
    const found = contexts(sentences, p).map((c) => c.after);
    return found.length === 0 || !found.every((after) => /^ \d/u.test(after));
  });
  const bodies = new Set<string>();
  const placesIn = new Map<number, Named[]>();
  for (const p of places) for (const s of p.mentions) placesIn.set(s, [...(placesIn.get(s) ?? []), p]);
  const politics = sentences.some((x) => POLITICS.test(x));
  sentences.forEach((sentence, s) => {
    for (const m of ROAD_HINT.test(sentence) ? sentence.matchAll(ROAD) : []) {
      if (NOT_ROAD_AFTER.test(sentence.slice(m.index! + m[0].length))) continue;
      add(places, (m[1] ?? m[2] ?? m[3])!, s);
    }
    // "in Tucumcari and Grimsby", "from Bampton and Shap": a name joined to a place found here.
    const joins = / (?:and|or) \p{Lu}/u.test(sentence);
    for (const p of joins ? placesIn.get(s) ?? [] : []) {
      for (const m of occurrences(sentence, p.name)) {
        const after = /^,? (?:and|or) (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]| \p{Lu})/u.exec(sentence.slice(m.index! + m[0].length));
        const name = after?.[1];
        if (!name || isKnown(name, people, orgs) || lookupName(name) === 'organization' || demonymCountry(name) !== null) continue;
        add(places, name, s);
      }
    }
    for (const re of [SETTLEMENT_OF, SETTLEMENT_APPOSITION, NEAR]) {
      // The apposition scan starts at every capital: only where ", a(n) " occurs.
      if (re === SETTLEMENT_APPOSITION && !/, an? /u.test(sentence)) continue;
      if (re === SETTLEMENT_OF && !SETTLEMENT_OF_HINT.test(sentence)) continue;
      if (re === NEAR && !NEAR_HINT.test(sentence)) continue;
      for (const m of sentence.matchAll(re)) {
        const name = m[1]!.replace(/['’]s$/u, '');
        if (isKnown(name, people, orgs) || lookupName(name) === 'organization') continue;
        if (/^(?:The|A|An|This|That|Mr|Mrs|Ms|Dr|St|Christmas|Easter|Ramadan|Eid|Diwali|Thanksgiving|Halloween|New|Old)$/u.test(name) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(name)) continue;
        add(places, name, s);
      }
    }
    if (politics && /Labor|[Tt]he (?:Coalition|Greens|Nationals)/u.test(sentence)) for (const m of sentence.matchAll(PARTY)) add(orgs, (m[1] ?? m[2])!, s);
    if (/(?:rue|quai|boulevard|allée|impasse|chemin|[Cc]ol d)/u.test(sentence)) for (const m of sentence.matchAll(FRENCH_STREET)) add(places, m[1]!, s);
    if (/ (?:West|East|North|South|Northeast|Northwest|Southeast|Southwest)\b/u.test(sentence)) {
      for (const m of sentence.matchAll(COMPASS_REGION)) if (!isKnown(m[1]!, people, orgs) && lookupName(m[1]!) !== 'organization') add(places, m[1]!, s);
    }
    if (/ Nation\b/u.test(sentence)) for (const m of sentence.matchAll(NATION_HOME)) {
      orgs = orgs.filter((o) => normalizeName(o.name) !== normalizeName(m[1]!));
      add(places, m[1]!, s);
    }
    if (/(?:fran[çc]ais|nationale?|r[ée]gionale?|d[ée]partementale?|g[ée]n[ée]rale?|sup[ée]rieure?|[ée]fecture) /u.test(sentence)) {
      for (const m of sentence.matchAll(FRENCH_BODY)) {
        orgs = orgs.filter((o) => !m[1]!.startsWith(`${o.name} `));
        add(orgs, m[1]!, s);
      }
    }
    for (const m of / (?:in|near|outside|downtown|across|around) \p{Lu}/u.test(sentence) ? sentence.matchAll(IN_CITY) : []) {
      const name = m[1]!;
      if (AMBIGUOUS.has(name) && !people.some((x) => [x.name, ...x.aliases].some((n) => n.split(/\s+/u).includes(name)))) add(places, name, s);
    }
    if (CAMPAIGN_WORD.test(sentence)) for (const m of sentence.matchAll(CAMPAIGN)) add(orgs, m[1]!, s);
    if (/ (?:coalition|campaign|alliance|movement|action group)\b/u.test(sentence)) for (const m of sentence.matchAll(NAMED_GROUP)) {
      const name = m[1]!;
      // "the Biden campaign", "the Labour-led coalition", "the Fine Gael coalition": a person's, a place's or a party's own.
      if (name.split(' ').length > 4 || isKnown(name, people, orgs) || lookupName(name) !== null || people.some((p) => name.includes(p.name))) continue;
      if (isGivenName(name.split(' ')[0]!) || name.split(' ').some((w) => lookupName(w) === 'place' || demonymCountry(w) !== null)) continue;
      add(orgs, name, s);
    }
    if (/(?:called|named|known as|rebranded as) \p{Lu}/u.test(sentence)) for (const m of sentence.matchAll(NEW_NAME)) {
      const name = m[1]!.replace(/ (?:of|de|and)$/u, '');
      // Its pieces ("Pacific", "Andes") are not places of that sentence.
      places = places.flatMap((p) => {
        if (!(name.split(' ').includes(p.name) || name.startsWith(`${p.name} `))) return [p];
        const mentions = p.mentions.filter((x) => x !== s);
        return mentions.length > 0 ? [{ name: p.name, mentions }] : [];
      });
      orgs = orgs.filter((o) => o.name === name || !name.includes(o.name) || o.mentions.some((x) => x !== s));
      add(orgs, name, s);
    }
    if (/, (?:and|&) \p{Lu}/u.test(sentence)) for (const m of sentence.matchAll(LISTED_BODY)) {
      // Its tail ("Technology Project") and its first word ("Speech") were read as names of their own.
      orgs = orgs.filter((o) => !(m[1]!.endsWith(` ${o.name}`) || m[1]!.startsWith(`${o.name},`)) || o.mentions.some((x) => x !== s));
      places = places.filter((p) => !m[1]!.startsWith(`${p.name},`) || p.mentions.some((x) => x !== s));
      add(orgs, m[1]!, s);
    }
    if (BODY_WORD.test(sentence)) for (const m of sentence.matchAll(BODY_NAMED_BY_PLACE)) {
      bodies.add(m[1]!);
      places = places.filter((p) => normalizeName(p.name) !== normalizeName(m[1]!));
      add(orgs, m[1]!, s);
    }
  });
  // "Natural England warned": a place read only inside such a body's name is no place of the story.
  places = places.filter((p) => {
    const containing = [...bodies].filter((body) => body !== p.name && occurrences(body, p.name).length > 0).map((name) => ({ name }));
    if (containing.length === 0) return true;
    return p.mentions.some((s) => {
      const sentence = sentences[s] ?? '';
      const covered = containing.flatMap((o) => occurrences(sentence, o.name).map((m) => [m.index!, m.index! + m[0].length] as const));
      return occurrences(sentence, p.name).some((m) => !covered.some(([from, to]) => m.index! >= from && m.index! < to));
    });
  });
  ({ orgs, places } = addCuedNames(sentences, people, orgs, places));
  ({ orgs, places } = addCuedPlacesAndBodies(sentences, people, orgs, places));
  // "Cobre" where the text only ever writes "Andes Cobre": a piece of a body's name no list holds is
  // no body of its own. (Places inside such names stay places: "San Antonio" of "San Antonio Express".)
  const unlisted = orgs.filter((o) => o.name.includes(' ') && lookupName(o.name) === null && !/ (?:of|for|and|&|de|del|du|des) /u.test(o.name));
  const stem = (name: string): string => {
    const cut = name.lastIndexOf(' ');
    return cut > 0 && COMPANY_FORM.test(name.slice(cut + 1)) ? name.slice(0, cut) : name;
  };
  const isPiece = (x: Named): boolean => {
    const wrappers = unlisted.filter((o) => o !== x && stem(o.name) !== x.name && ` ${o.name} `.includes(` ${x.name} `));
    if (wrappers.length === 0) return false;
    return x.mentions.every((s) => {
      const sentence = sentences[s] ?? '';
      // "Andes Cobre SA" is written "Andes Cobre" after its first mention.
      const covered = wrappers.flatMap((o) => [o.name, stem(o.name)]).flatMap((n) => occurrences(sentence, n).map((m) => [m.index!, m.index! + m[0].length] as const));
      return occurrences(sentence, x.name).every((m) => covered.some(([from, to]) => m.index! >= from && m.index! < to));
    });
  };
  if (unlisted.length > 0) {
    orgs = orgs.filter((o) => !isPiece(o));
  }
  // "Abyssal Metals" after "Abyssal Metals Corp.": the short form of one company.
  orgs = orgs.filter((o) => {
    const full = orgs.find((x) => x !== o && x.name.startsWith(`${o.name} `) && COMPANY_FORM.test(x.name.slice(o.name.length + 1)));
    if (!full) return true;
    full.mentions = [...new Set([...full.mentions, ...o.mentions])];
    return false;
  });
  // "Desert Valley" after "Desert Valley Grain & Feed LLC": a name no list holds, which starts an
  // organization's name, is that organization's short form, not a place.
  places = places.filter((p) => {
    if (lookupName(p.name) !== null) return true;
    const full = orgs.find((o) => o.name.startsWith(`${p.name} `) && o.name.split(' ').length > p.name.split(' ').length + 1);
    if (!full) return true;
    // "in Apatzingán", "across Pickaway County": read as a place on its own somewhere, it is one.
    const rest = full.name.slice(p.name.length);
    if (contexts(sentences, p).some((c) => !c.after.startsWith(rest) && (PLACE_CUE.test(c.before.toLowerCase()) || /^ (?:region|area|valley|state|province|district|county|city|town|village)\b/u.test(c.after)))) return true;
    for (const s of p.mentions) if (!full.mentions.includes(s)) full.mentions.push(s);
    return false;
  });
  // "Revenue and Disaster Management Minister", "Health and Human Services Secretary": a portfolio
  // named only inside a minister's title is no body, unless its name says it is one ("Police").
  orgs = orgs.filter((o) => lookupName(o.name) !== null || BODY_LAST.test(o.name) || !contexts(sentences, o).every((c) => /^ (?:Minister|Secretary|Commissioner)\b/u.test(c.after)));
  // "Superior Court Judge Rosalind Acheampong": a court named only inside a judge's title.
  orgs = orgs.filter((o) => !/ Court$/u.test(o.name) || !contexts(sentences, o).every((c) => /^ (?:Judge|Justice|Commissioner|Magistrate)\b/u.test(c.after)));
  orgs = orgs.filter((o) => !isClause(o.name));
  places = places.filter((p) => !isClause(p.name));
  // "the court's 2018 decision in Carpenter v. United States": a case's name is no mention of its parties.
  if (sentences.some((x) => / vs?\.? \p{Lu}/u.test(x))) places = places.flatMap((p) => {
    const mentions = p.mentions.filter((s) => occurrences(sentences[s] ?? '', p.name).some((m) => {
      const sentence = sentences[s] ?? '';
      return !CASE_AFTER.test(sentence.slice(m.index! + m[0].length)) && !CASE_BEFORE.test(sentence.slice(0, m.index));
    }));
    return mentions.length > 0 ? [{ name: p.name, mentions }] : [];
  });
  // "The budget, titled “A Stronger Foundation,”": words of a document's quoted title name no body.
  orgs = orgs.filter((o) => !o.mentions.every((s) => [...(sentences[s] ?? '').matchAll(QUOTED_TITLE)].some((m) => m[1]!.includes(o.name))));
  for (const list of [orgs, places]) for (const x of list) x.mentions.sort((a, b) => a - b);
  return { orgs, places };
}

