// Finds the organizations and places of an article in one pass, so a span is never both. Capitalised
// runs are cut into the longest pieces the gazetteer or a name pattern knows; what is left is judged
// by its context ("news agency X", "told X", "in X", "X, Florida", "Long Name (ACRONYM)").
import type { AnalyzedSentence, AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { TITLE_FIRST, demonymCountry, gazetteerMaxWords, isNameHead, normalizeName } from './gazetteer.ts';
import type { NameClass } from './gazetteer.ts';
import type { Word } from './name-words.ts';
import { CONNECTORS, OPENERS, classify, isAcronym, lookup, markPeople, memo, personForms, runs, set, spanText, toWords } from './name-words.ts';
import { ORG_CUES, isGivenName, judgeLeftover } from './name-context.ts';

interface Found {
  cls: NameClass;
  name: string;
  sentence: number;
  /** Offset in the sentence, to keep first mentions in reading order. */
  at: number;
  /** Found by a name pattern or context, not in the shipped lists. */
  guessed?: boolean;
}

/** Treaties, events and prizes: a name with one of these is not a place ("Convention on the Law of the Sea"). */
const NOT_PLACE_HEADS = set(`
  convention treaty agreement accord accords act protocol declaration charter conference summit festival
  prize award awards cup championship championships games marathon olympics open trophy
`);

/** All-caps words that are emphasis, not acronyms ("this is NOT a win"). */
const SHOUTED = set('NOT NO YES ALL AND THE STOP NEVER FREE NEW NOW OR BUT YOU WE I IS IT TO OF IN ON FOR BREAKING LIVE UPDATE WATCH READ MORE');

/** Upper-case abbreviations that are not organizations. */
const NOT_ORG_ACRONYMS = set(`
  I II III IV V VI CEO CFO COO CTO GDP UTC GMT BST EST EDT PST PDT CET AM PM TV OK AI EV EVS SUV DNA RNA
  MRI ICU PPE HIV AIDS COVID COVID-19 SARS LGBT LGBTQ NFT ID IQ PC PR VIP MP MPS MEP UFO USB CD DVD
  GPS PhD Ph.D. MBA BA BSC MSC MD RN QC KC OBE MBE CBE USD EUR GBP JPY CNY KM KPH MPH CO2 UV IVF
  ATM ASAP FAQ DIY RIP BC AD CE BCE TBA TBC ET PT CT MT WWII WWI II ISO PDF SMS AC DC NB PS
  DJ MC VR AR HD SIM PIN SOS LOL OMG AKA FYI MVP GOAT IPO HR IT QA ESG CPI PPI VAT GST FX EPS ETF LNG LPG
  ER PTSD ADHD ALS MS TB STD UTI HPV RSV STEM GCSE GPA BBQ MIA POW KIA IED RPG AK EMT CPR DUI DWI FTSE DAX
  CAC SUVS LA SF NYC UAE DRC OBE RSS API APP CEOS URL HTML FM AM KG LB OZ ML GB MB TB VS
  IST JST KST CST HKT SGT PKT MSK WIB WAT EAT CAT SAST EET EEST CEST WET AEST AEDT ACST AWST NZST NZDT
  AST ADT HST AKST AKDT MDT CDT
  PFAS PFOA PFOS PFHXS GENX PCB PCBS DDT CFC CFCS HFC HFCS VOC VOCS PM2 NO2 SO2 CH4 N2O
  NGO NGOS DRS KERS ERS VAR ABS
`);

/** Titles of office the gazetteer's title list lacks ("County Sheriff", "Special Agent", "Controller of Budget"). */
// "the Dublin Bay North TD", "the Galway West TD": a member's letters after the constituency end the place.
const MORE_TITLES = set('sheriff undersheriff marshal warden ranger agent controller comptroller registrar ombudsman td tds mp mps mep meps mla mlas msp msps mpp mpps mna mnas');

/** Listed one-word names that are ordinary words in titles ("Senate Majority Leader", "House Speaker"). */
const WEAK_SINGLE = set('house senate congress parliament assembly treasury labour conservatives democrats republicans');

/** Head words that are also ordinary subjects of a committee ("Senate Health and Public Affairs Committee"). */
const WEAK_HEADS = set('health energy media communications services entertainment insurance security affairs development');

/** A desk's job after a byline name ("policy editor", "correspondent"). */
const DESK_ROLE = /^(?:(?:policy|political|economics|business|science|security|affairs|diplomatic|industrial|social|education|transport|environment|technology) )?(?:editor|correspondent|reporter|writer|columnist)\b/u;

/** classifyName, plus the checks that only make sense inside running text. */
function classifySpan(s: AnalyzedSentence, ws: Word[], a: number, b: number): NameClass | null {
  const text = spanText(s, ws, a, b);
  const last = ws[b - 1] as Word;
  if (CONNECTORS.has(last.text)) return null;
  const listed = lookup(text);
  if (listed) {
    // A one-word listed name that wink does not see as a proper noun is usually a common word.
    if (b - a === 1 && last.pos !== 'PROPN' && !isAcronym(last.text) && !/\p{Lu}.*\p{Lu}/u.test(last.text)) {
      const prev = ws[a - 1];
      if (a === 0 || (prev && OPENERS.test(prev.text))) return null;
    }
    return listed;
  }
  if (b - a < 2) return null;
  const cls = classify(text);
  if (!cls) return null;
  // "Helen Marsh Health policy editor": a byline's name, then the desk, is no body called "Health".
  if (cls === 'organization' && (isGivenName((ws[a] as Word).text) || (a > 0 && isGivenName((ws[a - 1] as Word).text))) && DESK_ROLE.test(`${ws[b]?.text ?? ''} ${ws[b + 1]?.text ?? ''}`)) return null;
  // "China and Russia Council" is two names, not one; "Department of Health and Human Services" is one.
  for (let k = a + 1; k < b - 1; k++) {
    const w = (ws[k] as Word).text.toLowerCase();
    // "Sarah Khan of West Yorkshire Police": what comes before "of" must be able to head a name.
    if ((w === 'of' || w === 'for') && !isNameHead((ws[a] as Word).text) && !isNameHead((ws[k - 1] as Word).text)) return null;
    // "the Wheatsheaf Inn on Mill Row": a named place on, in or at another is two names.
    if ((w === 'on' || w === 'in' || w === 'at') && classify(spanText(s, ws, a, k)) !== null && classify(spanText(s, ws, k + 1, b)) !== null) return null;
    if (w === 'and' || w === '&') {
      const before = (ws[k - 1] as Word).text;
      if (lookup(before) !== null || (ws[k + 1] as Word).text.toLowerCase() === 'the') return null;
      // "Sangamon County Sheriff's Office and Illinois State Police": two full names side by side.
      const right = spanText(s, ws, k + 1, b);
      const rightWords = b - k - 1;
      const leftHead = (ws[k - 1] as Word).text.toLowerCase();
      const bothNamed = classify(spanText(s, ws, a, k)) !== null && classify(right) !== null;
      if (bothNamed && !WEAK_HEADS.has(leftHead) && (rightWords >= 2 || lookup((ws[k + 1] as Word).text))) {
        return null;
      }
      // "Bay St. Louis and Pass Christian": a place by its shape, then "and", is two places (the
      // places named with "and" inside, "Trinidad and Tobago", are listed and returned above).
      if (cls === 'place' && classify(spanText(s, ws, a, k)) === 'place') return null;
    }
  }
  return cls;
}

interface Leftover {
  a: number;
  b: number;
}

function scanSentence(s: AnalyzedSentence, ws: Word[], found: Found[], acronyms: Map<string, NameClass>): void {
  const maxWords = gazetteerMaxWords() + 4;
  const add = (cls: NameClass, a: number, b: number): void => {
    const name = spanText(s, ws, a, b);
    found.push({ cls, name, sentence: s.index, at: (ws[a] as Word).start, guessed: lookup(name) === null });
  };
  const leftovers: Leftover[] = [];
  // "the Bush administration" names an organization even when Bush is a person of the article.
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.person && w.cap && !w.closes && ws[i + 1]?.text === 'administration') add('organization', i, i + 2);
  }
  for (const [ra, rb] of runs(ws)) {
    let i = ra;
    let pending = -1;
    const segments: Array<{ a: number; b: number; cls: NameClass | null }> = [];
    // "U.N. Convention on the Law of the Sea": nothing in a treaty's or event's name is a place by pattern.
    // Asked only of a place found by pattern: work it out then, once per run.
    let treaty: boolean | undefined;
    const treatyRun = (): boolean => (treaty ??= ws.slice(ra, rb).some((w) => NOT_PLACE_HEADS.has(w.text.toLowerCase())));
    while (i < rb) {
      if (CONNECTORS.has((ws[i] as Word).text)) {
        // A name never starts with "and" or "the": "Maple Avenue and the Tenth Street".
        if (pending >= 0) {
          leftovers.push({ a: pending, b: i });
          segments.push({ a: pending, b: i, cls: null });
          pending = -1;
        }
        i++;
        continue;
      }
      let hit: [number, NameClass] | null = null;
      for (let j = Math.min(rb, i + maxWords); j > i; j--) {
        const cls = classifySpan(s, ws, i, j);
        if (!cls) continue;
        const listed = lookup(spanText(s, ws, i, j)) !== null;
        // A pattern ("... News") inside a longer unknown name is not the name: "Finest News Source".
        const followerText = (ws[j] as Word | undefined)?.text ?? '';
        const follower = followerText.toLowerCase();
        if (!listed && j < rb && !TITLE_FIRST.has(follower) && !MORE_TITLES.has(follower) && !CONNECTORS.has(followerText)) continue;
        // "Pontotoc County Sheriff Darnell Pruitt": the place ends before the title.
        if (cls === 'place' && !listed && MORE_TITLES.has((ws[j - 1] as Word).text.toLowerCase())) continue;
        // "Senate Majority Leader": a weak one-word name followed by more capitals is a title.
        if (listed && j - i === 1 && j < rb && WEAK_SINGLE.has((ws[i] as Word).text.toLowerCase())) continue;
        // "Leinster House", "Bush House": a weak one-word name after an unknown capital ends that name.
        if (listed && j - i === 1 && pending >= 0 && pending === i - 1 && WEAK_SINGLE.has((ws[i] as Word).text.toLowerCase()) && !CONNECTORS.has((ws[i - 1] as Word).text)) continue;
        if (cls === 'place' && !listed && treatyRun()) continue;
        // "U.S. District Judge": a court district in a title, not a place mention.
        if (cls === 'place' && !listed && ['judge', 'attorney', 'court'].includes(follower)) continue;
        // "the band Lucy Harbour": an organization word just before beats a place-like name.
        const cue = ws[i - 1]?.text ?? '';
        hit = [j, cls === 'place' && !listed && ORG_CUES.has(cue) ? 'organization' : cls];
        break;
      }
      if (hit) {
        if (pending >= 0) {
          leftovers.push({ a: pending, b: i });
          segments.push({ a: pending, b: i, cls: null });
        }
        pending = -1;
        segments.push({ a: i, b: hit[0], cls: hit[1] });
        // "Long Name (ABC)": the acronym names the same organization or place.
        const open = ws[hit[0]];
        const abbr = ws[hit[0] + 1];
        if (open?.text === '(' && abbr && isAcronym(abbr.text) && ws[hit[0] + 2]?.text === ')') {
          acronyms.set(abbr.text, hit[1]);
        }
        i = hit[0];
      } else {
        if (pending < 0) pending = i;
        i++;
      }
    }
    if (pending >= 0) {
      leftovers.push({ a: pending, b: rb });
      segments.push({ a: pending, b: rb, cls: null });
    }
    // "Indonesia AirAsia", "Marussia F1", "United Nations World Food Programme": a country or an
    // organization right before an organization names one body.
    for (let k = 0; k + 1 < segments.length; k++) {
      const first = segments[k] as { a: number; b: number; cls: NameClass | null };
      const second = segments[k + 1] as { a: number; b: number; cls: NameClass | null };
      if (first.cls && second.cls === 'organization' && first.b === second.a && !(ws[first.b - 1] as Word).closes) {
        segments.splice(k, 2, { a: first.a, b: second.b, cls: 'organization' });
        k--;
      }
    }
    // "Baltimore Ravens", "Texas Rangers": a place and one plural word is a team or a club.
    for (let k = 0; k + 1 < segments.length; k++) {
      const place = segments[k] as { a: number; b: number; cls: NameClass | null };
      const team = segments[k + 1] as { a: number; b: number; cls: NameClass | null };
      const word = ws[team.a] as Word;
      if (
        place.cls === 'place' &&
        team.cls === null &&
        team.a === place.b &&
        team.b - team.a === 1 &&
        /^(?:[\p{Lu}][\p{Ll}]+|\d+[\p{Ll}]+)s$/u.test(word.text) &&
        !NOT_PLACE_HEADS.has(word.text.toLowerCase()) &&
        !(ws[place.b - 1] as Word).closes
      ) {
        segments.splice(k, 2, { a: place.a, b: team.b, cls: 'organization' });
        leftovers.splice(leftovers.findIndex((l) => l.a === team.a), 1);
      }
    }
    for (let k = 0; k < segments.length; k++) {
      const seg = segments[k] as { a: number; b: number; cls: NameClass | null };
      if (!seg.cls) continue;
      const next = segments[k + 1];
      // "Monaco Grand Prix", "Boston Marathon": a place that only modifies an unknown name.
      const nextFirst = next ? (ws[next.a] as Word).text : '';
      const modifier =
        seg.cls === 'place' &&
        next !== undefined &&
        next.cls === null &&
        next.a === seg.b &&
        !(ws[seg.b - 1] as Word).closes &&
        !TITLE_FIRST.has(nextFirst.toLowerCase()) &&
        !MORE_TITLES.has(nextFirst.toLowerCase()) &&
        demonymCountry(nextFirst) === null &&
        !CONNECTORS.has(nextFirst);
      if (!modifier) add(seg.cls, seg.a, seg.b);
    }
  }
  for (const { a, b } of leftovers) judgeLeftover(s, ws, a, b, add);
}

const cache = new WeakMap<AnalyzedText, { people: readonly Person[]; orgs: Organization[]; places: Place[] }>();

/** Organizations and places of the whole text, each with the sentences that mention it. */
export function findNameSpans(text: AnalyzedText, people: readonly Person[]): { orgs: Organization[]; places: Place[] } {
  const hit = cache.get(text);
  if (hit && hit.people === people) return hit;
  const found: Found[] = [];
  const acronyms = new Map<string, NameClass>();
  // "Red Bull Racing team principal ..." read as a person: a listed organization's name is not one.
  const forms = personForms(people.some((p) => lookup(p.name) === 'organization') ? people.filter((p) => lookup(p.name) !== 'organization') : people);
  const wordsOf = text.sentences.map((s) => {
    const ws = toWords(s);
    markPeople(ws, forms);
    return ws;
  });
  text.sentences.forEach((s, k) => scanSentence(s, wordsOf[k] as Word[], found, acronyms));
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  // Second pass: acronyms the article defined, and single first words of multi-word organizations
  // used alone later ("the Fars News Agency" ... "shares content with Fars").
  const shortForms = new Map<string, NameClass>(acronyms);
  for (const f of found) {
    const parts = f.name.replace(/^the\s+/i, '').split(/\s+/);
    const first = parts[0] ?? '';
    // "Glasshouses and District Flood Action Group": a first word joined by "and" names itself, not the group.
    if (parts[1] === 'and' || parts[1] === '&') continue;
    if (f.cls === 'organization' && parts.length > 1 && /^[\p{Lu}][\p{Ll}]+$/u.test(first) && lookup(first) === null && !demonymCountry(first) && !GENERIC_FIRST.has(first.toLowerCase())) {
      shortForms.set(first, 'organization');
    }
  }
  const seen = new Set(found.map((f) => `${f.sentence}|${f.name}`));
  for (const s of text.sentences) {
    const ws = wordsOf[s.index] ?? toWords(s);
    const inSentence = bySentence.get(s.index) ?? [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as Word;
      const cls = shortForms.get(w.text);
      // Neither test below can pass for a word with no capital (an acronym starts with one): skip the rest.
      if (!cls && !w.cap) continue;
      const before = ws[i - 1];
      const standalone = !(before?.cap && before.text !== 'The') && !(ws[i + 1]?.cap && !w.closes) && !/^\d/.test(ws[i + 1]?.text ?? '');
      // "the Conservative leader": a first word used as an adjective is not the organization.
      const modifies = !w.closes && ['NOUN', 'ADJ', 'PROPN'].includes(ws[i + 1]?.pos ?? '');
      if (cls && standalone && !modifies && !w.person && !seen.has(`${s.index}|${w.text}`)) {
        const covered = inSentence.some((f) => f.name.split(/\s+/).includes(w.text));
        if (!covered) found.push({ cls, name: w.text, sentence: s.index, at: w.start });
      }
      // An unknown acronym used as a name is an organization more often than anything else.
      // (The acronym shape is tested first: the word tests below are only needed for the few acronyms.)
      if (cls || !isAcronym(w.text)) continue;
      const afterNumber = /^\d/.test(ws[i - 1]?.text ?? '');
      // "VELA-2", "EF-3": a trial's, a scale's or a model's name; "an ACE inhibitor", "the MCA for
      // Menengai West": a modifier or a title, not a body that acts.
      const numbered = /^\d/u.test(w.tail ?? '');
      const indefinite = ['a', 'an'].includes(ws[i - 1]?.text.toLowerCase() ?? '');
      const titleFor = ['a', 'an', 'the'].includes(ws[i - 1]?.text.toLowerCase() ?? '') && ['for', 'of'].includes(ws[i + 1]?.text ?? '');
      if (/^[\p{Lu}]+$/u.test(w.text) && !SHOUTED.has(w.text) && !afterNumber && !numbered && !indefinite && !titleFor && standalone && !NOT_ORG_ACRONYMS.has(w.text) && lookup(w.text) === null && !w.person) {
        const covered = inSentence.some((f) => f.name.includes(w.text));
        const defined = ws[i - 1]?.text === '(' && ws[i + 1]?.text === ')';
        if (!covered && !defined && w.text.length <= 5) found.push({ cls: 'organization', name: w.text, sentence: s.index, at: w.start });
      }
    }
  }
  // "R-Ohio", "(D-N.M.)": the state in a US party-affiliation tag is a place.
  for (const s of text.sentences) {
    if (!s.text.includes('-')) continue;
    for (const m of s.text.matchAll(PARTY_STATE)) {
      const state = m[1] as string;
      // "(D-Calif.)", "(R-Mont.)": a clipped state is part of the lawmaker's tag, not a place mention.
      if (lookup(state) !== 'place') continue;
      if (!found.some((f) => f.sentence === s.index && f.name === state)) found.push({ cls: 'place', name: state, sentence: s.index, at: (m.index ?? 0) + 2 });
    }
  }
  // "GREEN BAY, Wis." cut off as a sentence of its own: the dateline's clipped state is a place too
  // (the word reader sees "Wis" and "." apart, so the listed "Wis." is looked up here).
  for (const s of text.sentences.slice(0, 3)) {
    const m = DATELINE_STATE.exec(s.text);
    if (m && lookup(m[1]!) === 'place' && !found.some((f) => f.sentence === s.index && f.name === m[1])) found.push({ cls: 'place', name: m[1]!, sentence: s.index, at: m.index + m[0].length - m[1]!.length });
  }
  // A name the context proved once ("payments firm Klarna") is the same name where nothing around it
  // says so ("Klarna said on Tuesday"): record those mentions too.
  const guessedNames = new Map<string, NameClass>();
  for (const f of found) if (f.guessed && !f.name.includes(' ')) guessedNames.set(f.name, f.cls);
  if (guessedNames.size > 0) {
    const have = new Set(found.map((f) => `${f.sentence}|${f.name}`));
    for (const s of text.sentences) {
      const ws = wordsOf[s.index] ?? toWords(s);
      for (const [a, b] of runs(ws)) {
        if (b - a !== 1) continue;
        const w = ws[a] as Word;
        const cls = guessedNames.get(w.text);
        if (cls && !have.has(`${s.index}|${w.text}`)) found.push({ cls, name: w.text, sentence: s.index, at: w.start });
      }
    }
  }
  found.sort((x, y) => x.sentence - y.sentence || x.at - y.at);
  // The same few names recur in every sentence: normalize each distinct spelling once.
  const keys = new Map<string, string>();
  const norm = (name: string): string => memo(keys, name, normalizeName);
  // "the band Lucy Harbour" ... "Lucy Harbour closed the set": a name the context once showed to be an
  // organization is one everywhere, unless a list says it is a place.
  const orgKeys = new Set(found.filter((f) => f.cls === 'organization').map((f) => norm(f.name)));
  const listedPlaces = new Set(found.filter((f) => f.cls === 'place' && !f.guessed).map((f) => norm(f.name)));
  for (const f of found) {
    const key = norm(f.name);
    if (f.cls === 'place' && orgKeys.has(key) && !listedPlaces.has(key)) f.cls = 'organization';
  }
  const orgs = group(found.filter((f) => f.cls === 'organization'), norm);
  const places = group(found.filter((f) => f.cls === 'place'), norm);
  const result = { people, orgs, places };
  cache.set(text, result);
  return result;
}

/** An all-capitals dateline city, then a clipped state, ending the sentence: "GREEN BAY, Wis.". */
const DATELINE_STATE = /^\p{Lu}[\p{Lu}\s.'’-]+, (\p{Lu}[\p{L}.]{1,6}\.)$/u;

/** The state of a party tag: "R-Ohio", "D-N.M.", "R-Texas" (not "X-Ray": only R, D, I, then a name). */
const PARTY_STATE = /(?<![\p{L}\d-])[RDI]-(\p{Lu}(?:\p{Ll}+(?: \p{Lu}\p{Ll}+)?|\.(?:\p{Lu}\.)+))(?=[,)\s.;:]|$)/gu;

const GENERIC_FIRST = set(`
  national international united american world new royal federal state central general european global
  first north south east west northern southern eastern western greater great grand old supreme high
  public free independent democratic republican social christian islamic university department ministry
  people peoples citizens workers
  institute center centre office council committee commission board bank agency association society
`);

function group(found: Found[], norm: (name: string) => string): Array<{ name: string; mentions: number[] }> {
  const byKey = new Map<string, { name: string; mentions: number[] }>();
  for (const f of found) {
    // "THE UNITED NATIONS" in an all-capitals line: the article is not part of the name.
    const name = f.name.replace(/[’']s$/, '').replace(/^THE\s+/, '').trim();
    const key = norm(name);
    if (key === '') continue;
    const entry = byKey.get(key);
    if (entry) {
      // `found` is sorted by sentence, so a repeated sentence can only be the last one recorded.
      if (entry.mentions[entry.mentions.length - 1] !== f.sentence) entry.mentions.push(f.sentence);
      // "ROTTERDAM" in a dateline, "Rotterdam" in the text: name it as the text writes it.
      if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase()) entry.name = name;
    } else {
      byKey.set(key, { name, mentions: [f.sentence] });
    }
  }
  for (const e of byKey.values()) e.mentions.sort((x, y) => x - y);
  return [...byKey.values()];
}
