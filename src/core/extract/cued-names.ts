// Names that a business or street context reveals, where the name itself says nothing: a firm
// behind an analyst ("economists at Berenberg", "a strategist at Nomura"), a company whose shares
// moved ("Persimmon and Barratt Redrow both gaining 3 per cent"), a US street ("North 35th Street",
// "W. Center St.") and a city's side ("the South Side"). And a guard: a name never holds a verb.
import type { Person } from '../article.ts';
import { lookupName, normalizeName } from './gazetteer.ts';

import { addMention as add, type Named } from './named-list.ts';

/** A capitalised name of up to five words, '&' allowed inside ("Calder & Finch Asset Management"). */
const NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?: (?:& )?\p{Lu}[\p{L}'’-]*){0,4})`;

/** Who works at a firm: "chief UK economist at X", "analysts at X", "who runs portfolios at X". */
const FIRM_AT = new RegExp(String.raw`\b(?:[Ee]conomists?|[Aa]nalysts?|[Ss]trategists?|[Tt]raders?|[Bb]ankers?|[Bb]rokers?|[Ff]und managers?|[Pp]ortfolio managers?|[Ii]nvestment managers?|portfolios|[Dd]ealers?|research)(?: in \p{Lu}\p{Ll}+)? at ${NAME}(?![\p{L}'’-]| of \p{Lu}| (?:University|College|Institute|School)\b)`, 'gu');

/** A company whose shares moved: "X rose 4%", "X and Y both gaining more than 3 per cent", "shares in X fell". */
const MARKET_MOVE = String.raw`(?:both |each |all )?(?:rose|rising|fell|falling|gained|gaining|jumped|jumping|slumped|slumping|dropped|dropping|climbed|climbing|tumbled|tumbling|sank|sinking|surged|surging|slid|sliding|added|adding|lost|losing|shed|shedding)(?: as much as| more than| nearly| almost| about| some| over| up to)? \d+(?:\.\d+)? ?(?:per cent|percent|%)`;
const SHARES_MOVED = new RegExp(String.raw`${NAME}(?:['’]s? shares| shares)?(?:,? and ${NAME})? ${MARKET_MOVE}|\bshares (?:in|of) ${NAME} (?:${MARKET_MOVE})`, 'gu');

/** Capitalised words that move on a market without being a company. */
const NOT_COMPANY = new Set(`the it its they he she we shares stocks bonds gold silver oil copper bitcoin sterling euro dollar yen pound
  prices inflation exports imports sales revenue profit profits output growth wages rents nikkei dow nasdaq kospi dax cac ftse hang seng
  sensex stoxx topix brent treasuries gilts bunds index investors markets europe asia`.split(/\s+/u));

/** "North 35th Street", "West Capitol Drive", "W. Center St.", "Burleigh Street": a street by its shape. */
const STREET = /(?<![\p{L}\d'’])((?:(?:North|South|East|West|N\.|S\.|E\.|W\.) )?(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)? (?:Street|St\.|Avenue|Ave\.|Drive|Dr\.|Boulevard|Blvd\.|Road|Rd\.|Lane|Parkway|Pkwy\.))(?![\p{L}])/gu;
/** "Burleigh Street School": a street that only starts another name. */
const AFTER_STREET_NAME = /^ (?:\p{Lu}\p{Ll}+|and \p{Lu}\p{Ll}+ (?:School|Academy))/u;

/** "the South Side", "Chicago's West Side": a city's side is a place. */
const CITY_SIDE = /\b(?:the|[\p{Lu}][\p{Ll}]+['’]s) ((?:North|South|East|West|Near North|Lower East|Upper West|Upper East|Lower West|Southwest|Northwest|Southeast|Northeast) Side)\b/gu;

/** Words that a name never holds: a finite verb means a clause was read as a name. */
const VERB_INSIDE = /(?:^|\s)(?:said|says|say|would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|been|be|did|does|do|told|added)(?:\s|$)/u;


/** A word, its stop and a capital: where one sentence ends and the next starts inside a span. */
const SENTENCE_JOIN = /(\p{L}*\p{Ll}{2})[.!?]\s+\p{Lu}/gu;

/** Abbreviations that sit inside a name ("Sault Ste. Marie", "Santa Ana Mtn.", "Smith Bros. Ltd."), never end a sentence there. */
const INNER_ABBREVIATIONS = new Set(['Ste', 'Sta', 'Mte', 'Pte', 'Mtn', 'Bros', 'Dept', 'Univ', 'Mme', 'Mlle', 'Capt', 'Sgt', 'Prof', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Gen', 'Col', 'Ave', 'Blvd']);

/** Not a name at all: a clause ("Harlan-Voss said it would appeal."), or longer than any name is. */
export function isClause(name: string): boolean {
  if (VERB_INSIDE.test(name) || name.split(/\s+/u).length > 12 || /[!?;:]$/u.test(name)) return true;
  // "Marsh said no. Then ..." is two sentences; "Sault Ste. Marie" is one name.
  for (const m of name.matchAll(SENTENCE_JOIN)) if (!INNER_ABBREVIATIONS.has(m[1]!) || m[0][m[1]!.length] !== '.') return true;
  return false;
}

/** Adds the firms, streets and city sides the sentences cue; drops places that are pieces of a street. */
export function addCuedNames(sentences: string[], people: Person[], orgs: Named[], places: Named[]): { orgs: Named[]; places: Named[] } {
  const personWord = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/u))));
  const firm = (found: string | undefined, s: number): void => {
    // "Singapore-based Tembusu Research": where the firm sits is not part of its name.
    const name = found?.replace(/^(?:\p{Lu}[\p{L}.]* )*\p{Lu}[\p{L}.]*-based /u, '');
    if (!name) return;
    const first = name.split(' ')[0]!.toLowerCase();
    if (NOT_COMPANY.has(first) || lookupName(name) === 'place' || name.split(' ').some((w) => personWord.has(w))) return;
    places = places.filter((p) => normalizeName(p.name) !== normalizeName(name));
    add(orgs, name, s);
  };
  const streets = new Set<string>();
  sentences.forEach((sentence, s) => {
    if (/ at \p{Lu}/u.test(sentence)) for (const m of sentence.matchAll(FIRM_AT)) firm(m[1], s);
    if (/\d ?(?:per cent|percent|%)/u.test(sentence)) {
      for (const m of sentence.matchAll(SHARES_MOVED)) {
        // Sentence-initial one-word names are too often common words ("Gold rose 2%").
        if (m[1] && m.index === 0 && !m[1].includes(' ') && !m[2]) continue;
        firm(m[1], s);
        firm(m[2], s);
        firm(m[3], s);
      }
    }
    if (/ (?:Street|St\.|Avenue|Ave\.|Drive|Dr\.|Boulevard|Blvd\.|Road|Rd\.|Lane|Parkway|Pkwy\.)/u.test(sentence)) {
      for (const m of sentence.matchAll(STREET)) {
        const name = m[1]!;
        if (AFTER_STREET_NAME.test(sentence.slice(m.index! + name.length))) continue;
        // "Dr." before a person is a title, not a street ("Drive").
        if (/Dr\.$/u.test(name) && /^ \p{Lu}/u.test(sentence.slice(m.index! + name.length))) continue;
        if (name.split(' ').some((w) => personWord.has(w))) continue;
        streets.add(name);
        add(places, name, s);
      }
    }
    if (/ Side\b/u.test(sentence)) for (const m of sentence.matchAll(CITY_SIDE)) add(places, m[1]!, s);
    // "the eurozone": the currency area is a place, though written in lower case.
    const zone = /\b(?:the )?([Ee]urozone|[Ee]uro zone)\b/u.exec(sentence);
    if (zone) add(places, zone[1]!, s);
  });
  // "Center St." read as an organization, "Street and North Sherman Boulevard": pieces of a street found above.
  const piece = (name: string): boolean =>
    [...streets].some((st) => st !== name && (st.endsWith(` ${name}`) || (/^(?:North|South|East|West)$/u.test(name) && st.startsWith(`${name} `)))) ||
    /^(?:Street|St\.|Avenue|Drive|Road|Boulevard|Lane) and /u.test(name);
  orgs = orgs.filter((o) => !piece(o.name));
  places = places.filter((p) => !piece(p.name));
  return { orgs, places };
}
