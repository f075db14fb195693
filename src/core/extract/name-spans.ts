// Finds the organizations and places of an article in one pass, so a span is never both. Capitalised
// runs are cut into the longest pieces the gazetteer or a name pattern knows; what is left is judged
// by its context ("news agency X", "told X", "in X", "X, Florida", "Long Name (ACRONYM)").
import type { AnalyzedSentence, AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person, Place } from '../article.ts';
import { TITLE_FIRST, classifyName, demonymCountry, gazetteerMaxWords, isNameHead, lookupName, normalizeName } from './gazetteer.ts';
import type { NameClass } from './gazetteer.ts';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES } from './lexicon/given-names.ts';

/** A given name ("Harry", "Tom") starts a person's name, not a town's. */
const isGivenName = (w: string): boolean => {
  const l = w.toLowerCase();
  return MALE_NAMES.has(l) || FEMALE_NAMES.has(l) || UNISEX_NAMES.has(l);
};

interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
  cap: boolean;
  /** Followed by a possessive "'s" or by a hyphenated lower-case tail ("US-drafted"). */
  closes: boolean;
  /** Followed by a possessive "'s". */
  possessive: boolean;
  /** The lower-case tail cut from a hyphenated word ("based" in "Limassol-based"). */
  tail: string;
  person: boolean;
}

interface Found {
  cls: NameClass;
  name: string;
  sentence: number;
  /** Offset in the sentence, to keep first mentions in reading order. */
  at: number;
  /** Found by a name pattern or context, not in the shipped lists. */
  guessed?: boolean;
}

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

const CONNECTORS = set('of for and the de du des la le del della di da von van der den al el & on upon');
const MONTHS_DAYS = set(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);
/** Lower-case nouns that, just before a name, say it is an organization ("news agency Reuters"). */
const ORG_CUES = set(`
  agency company firm group network website site newspaper publication broadcaster channel magazine
  journal team club charity organization organisation airline carrier bank startup start-up retailer
  manufacturer maker insurer operator developer studio label outlet daily tabloid watchdog regulator
  nonprofit non-profit ngo brand chain giant conglomerate lender automaker carmaker publisher
  broadcaster insurer consultancy lab laboratory institute association union party movement militia
  band orchestra choir ensemble
`);
/** Treaties, events and prizes: a name with one of these is not a place ("Convention on the Law of the Sea"). */
const NOT_PLACE_HEADS = set(`
  convention treaty agreement accord accords act protocol declaration charter conference summit festival
  prize award awards cup championship championships games marathon olympics open trophy
`);
/** All-caps words that are emphasis, not acronyms ("this is NOT a win"). */
const SHOUTED = set('NOT NO YES ALL AND THE STOP NEVER FREE NEW NOW OR BUT YOU WE I IS IT TO OF IN ON FOR BREAKING LIVE UPDATE WATCH READ MORE');
/** Words just after a name (possessive or not) that say it is an organization ("X spokesperson"). */
const ORG_AFTER = set(`
  spokesman spokeswoman spokesperson spokespeople boss ceo chairman chairwoman executives shareholders
  shares headquarters employees staffers
`);
/** Lower-case nouns just after a name that say it is a place ("the Tsushima district"). */
const PLACE_AFTER = set(`district region province prefecture city town village county state island islands oblast governorate`);
/** Capitalised words that follow "in" or "from" without being places: languages, festivals, faiths. */
const NOT_PLACES = set(`
  Arabic English Mandarin Cantonese Hindi Urdu Swahili Hebrew Latin Gaelic Yiddish Bengali Punjabi Tamil
  Tagalog Farsi Pashto Dari Amharic Hausa Yoruba Igbo Zulu Xhosa Afrikaans Esperanto Braille Sanskrit
  Christmas Easter Ramadan Eid Hanukkah Diwali Passover Thanksgiving Lent Advent Christianity Islam Judaism
  Buddhism Hinduism Parliament Congress Court Government God Heaven Hell Spring Summer Autumn Fall Winter
  Part Chapter Section Article Act Phase Round Group Stage Division Week Year Term Season Game
`);

/** Upper-case abbreviations that are not organizations. */
const NOT_ORG_ACRONYMS = set(`
  I II III IV V VI CEO CFO COO CTO GDP UTC GMT BST EST EDT PST PDT CET AM PM TV OK AI EV EVS SUV DNA RNA
  MRI ICU PPE HIV AIDS COVID COVID-19 SARS LGBT LGBTQ NFT ID IQ PC PR VIP MP MPS MEP UFO USB CD DVD
  GPS PhD Ph.D. MBA BA BSC MSC MD RN QC KC OBE MBE CBE USD EUR GBP JPY CNY KM KPH MPH CO2 UV IVF
  ATM ASAP FAQ DIY RIP BC AD CE BCE TBA TBC ET PT CT MT WWII WWI II ISO PDF SMS AC DC NB PS
  DJ MC VR AR HD SIM PIN SOS LOL OMG AKA FYI MVP GOAT IPO HR IT QA ESG CPI PPI VAT GST FX EPS ETF LNG LPG
  ER PTSD ADHD ALS MS TB STD UTI HPV RSV STEM GCSE GPA BBQ MIA POW KIA IED RPG AK EMT CPR DUI DWI FTSE DAX
  CAC SUVS LA SF NYC UAE DRC OBE RSS API APP CEOS URL HTML FM AM KG LB OZ ML GB MB TB VS
`);

const CORPORATE_TAIL = /^(?:plc|inc\.?|ltd\.?|llc|co\.)$/;
const ROUTE_WORDS = set('Route Highway Interstate Road Pier Gate Terminal Platform');
const OFFICE_WORDS = set('Office Department Court Bureau Union Association Federation Party Fund Trust Hospital College School Society League Council Guild');
/** Listed one-word names that are ordinary words in titles ("Senate Majority Leader", "House Speaker"). */
const WEAK_SINGLE = set('house senate congress parliament assembly treasury labour conservatives democrats republicans');
/** Head words that are also ordinary subjects of a committee ("Senate Health and Public Affairs Committee"). */
const WEAK_HEADS = set('health energy media communications services entertainment insurance security affairs development');
const GOVERNMENT_TAIL = set('government cabinet parliament junta administration');
const GOVERNMENT_MODIFIER = set('military war security federal coalition interim transitional');

const isCapWord = (w: string): boolean => {
  const parts = w.split('-');
  const last = parts[parts.length - 1] ?? '';
  return /^[\p{Lu}]/u.test(w) || (parts.length > 1 && /^[\p{Lu}]/u.test(last)) || /^\d+[\p{Lu}]/u.test(w);
};
const isAcronym = (w: string): boolean => /^[\p{Lu}][\p{Lu}\d&.]{1,5}$/u.test(w) && /[\p{Lu}].*[\p{Lu}]|\d/u.test(w);
const OPENERS = /^[“"‘'«([—–:-]$/u;

/** Joins tokens written without a space ("Al-Jazeera", "Space.com", "AT&T") into words. */
function toWords(sentence: AnalyzedSentence): Word[] {
  const out: Word[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    const prevTok = toks[i - 1];
    const pluralPossessive = /^['’]$/.test(t.text) && prevTok !== undefined && prevTok.end === t.start && /s$/i.test(prevTok.text);
    if ((/^['’]s?$/i.test(t.text) && t.pos === 'PART') || pluralPossessive) {
      const prev = out[out.length - 1];
      if (prev) {
        prev.closes = true;
        prev.possessive = true;
      }
      continue;
    }
    let start = t.start;
    let end = t.end;
    let pos = t.pos;
    // "49ers": word pieces the tokenizer split with nothing between them are one word.
    while (i + 1 < toks.length) {
      const next = toks[i + 1];
      if (!next || next.start !== end || !/^[\p{L}\d]/u.test(next.text) || !/[\p{L}\d]$/u.test(sentence.text.slice(start, end))) break;
      end = next.end;
      i += 1;
    }
    // Join "-", ".", "&" or "'" with the tokens on both sides when nothing separates them.
    while (i + 2 < toks.length) {
      const mid = toks[i + 1];
      const next = toks[i + 2];
      if (!mid || !next || mid.start !== end || next.start !== mid.end) break;
      if (!/^[-.&'’]$/.test(mid.text) || !/^[\p{L}\d]/u.test(next.text)) break;
      end = next.end;
      if (next.pos === 'PROPN') pos = 'PROPN';
      i += 2;
    }
    let text = sentence.text.slice(start, end);
    // "Ex-BEA boss", "anti-Hamas": the prefix is not part of the name.
    const prefix = text.match(/^(?:ex|pro|anti|non|post|pre|mid|neo|pan|former)-(?=[\p{Lu}])/iu);
    if (prefix) {
      start += prefix[0].length;
      text = text.slice(prefix[0].length);
    }
    let closes = false;
    let tail = '';
    const hyphen = text.includes('-') ? text.match(/^(.*?[\p{L}\d])-(?:[\p{Ll}\d][^-]*)$/u) : null;
    // "US-drafted", "Chicago-based": the name is the part before the lower-case tail.
    if (hyphen?.[1] && /^[\p{Lu}]/u.test(hyphen[1]) && !/^[\p{Ll}]/u.test(text)) {
      tail = text.slice(hyphen[1].length + 1).toLowerCase();
      text = hyphen[1];
      end = start + text.length;
      closes = true;
    }
    start = start + 0;
    out.push({ text, start, end, pos, cap: isCapWord(text), closes, possessive: false, tail, person: false });
  }
  return out;
}

/** People's names and aliases as word lists, indexed by their first word. */
function personForms(people: readonly Person[]): Map<string, string[][]> {
  const forms = new Map<string, string[][]>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      const parts = n.split(/\s+/).filter((x) => x !== '');
      const first = parts[0];
      if (first === undefined) continue;
      // A "person" named only "Ghana" is a place the person finder mistook.
      if (parts.length === 1 && lookupName(first) !== null) continue;
      const list = forms.get(first) ?? [];
      list.push(parts);
      forms.set(first, list);
    }
  }
  return forms;
}

function markPeople(ws: Word[], forms: ReadonlyMap<string, string[][]>): void {
  for (let i = 0; i < ws.length; i++) {
    const candidates = forms.get((ws[i] as Word).text.replace(/[’']s$/, ''));
    if (!candidates) continue;
    for (const f of candidates) {
      if (i + f.length > ws.length) continue;
      let ok = true;
      for (let k = 0; k < f.length && ok; k++) {
        if (ws[i + k]?.text.replace(/[’']s$/, '') !== f[k]) ok = false;
      }
      // "Hollis Weber Robotics": a person's name running into more capitals is part of another name.
      const last = ws[i + f.length - 1] as Word;
      const after = ws[i + f.length];
      if (ok && after?.cap && !last.closes) ok = false;
      if (ok) for (let k = 0; k < f.length; k++) (ws[i + k] as Word).person = true;
    }
  }
}

/** True for a word that may start or continue a name. */
function nameWord(ws: Word[], i: number): boolean {
  const w = ws[i];
  if (!w || w.person) return false;
  const prevWord = ws[i - 1];
  // "Altamira Devices plc", "Route 9": lower-case or numeric tails of a name.
  if (prevWord?.cap && !prevWord.closes && CORPORATE_TAIL.test(w.text)) return true;
  if (/^\d+[A-Z]?$/.test(w.text) && prevWord && ROUTE_WORDS.has(prevWord.text)) return true;
  if (/^\d+[\p{Ll}]+s$/u.test(w.text) && prevWord?.cap && !prevWord.closes) return true;
  if (!w.cap) return false;
  if (MONTHS_DAYS.has(w.text.toLowerCase().replace(/\.$/, ''))) return false;
  if (/^\d+$/.test(w.text)) return false;
  const prev = ws[i - 1];
  const initial = i === 0 || (prev !== undefined && OPENERS.test(prev.text));
  // A capital at the start of a sentence or quotation only says "sentence start".
  // A sentence-initial "The" is the article, even before a name ("The Cyprus-flagged ship").
  if (initial && /^(?:The|A|An)$/.test(w.text)) return false;
  if (initial && w.pos !== 'PROPN' && !isAcronym(w.text) && lookupName(w.text) === null) {
    const two = ws[i + 1];
    if (!two || lookupName(`${w.text} ${two.text}`) === null) return false;
  }
  return true;
}

/** Maximal runs of name words, joined by connectors ("Bank of England", "Gulf of Aden"). */
function runs(ws: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < ws.length) {
    if (!nameWord(ws, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    // "Harlow County Sheriff's Office": a possessive inside an office's name.
    const continues = (k: number): boolean => {
      const w = ws[k - 1] as Word;
      return !w.closes || (w.possessive && w.cap && OFFICE_WORDS.has(ws[k]?.text ?? ''));
    };
    while (j < ws.length && continues(j)) {
      if (nameWord(ws, j)) {
        j++;
        continue;
      }
      // Connector(s) between two name words: "of", "for the", "de la".
      let k = j;
      while (k < ws.length && k - j < 2 && CONNECTORS.has((ws[k] as Word).text)) {
        if ((ws[k] as Word).text === 'The') break;
        k++;
      }
      if (k > j && nameWord(ws, k)) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

const spanText = (s: AnalyzedSentence, ws: Word[], a: number, b: number): string =>
  s.text.slice((ws[a] as Word).start, (ws[b - 1] as Word).end);

// Span texts repeat across an article (and across articles): remember what the lists and patterns said.
const lookupMemo = new Map<string, NameClass | null>();
const classifyMemo = new Map<string, NameClass | null>();
function memo(map: Map<string, NameClass | null>, key: string, f: (k: string) => NameClass | null): NameClass | null {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  if (map.size > 50_000) map.clear();
  const value = f(key);
  map.set(key, value);
  return value;
}
const lookup = (span: string): NameClass | null => memo(lookupMemo, span, lookupName);
const classify = (span: string): NameClass | null => memo(classifyMemo, span, classifyName);

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
  // "China and Russia Council" is two names, not one; "Department of Health and Human Services" is one.
  for (let k = a + 1; k < b - 1; k++) {
    const w = (ws[k] as Word).text.toLowerCase();
    // "Sarah Khan of West Yorkshire Police": what comes before "of" must be able to head a name.
    if ((w === 'of' || w === 'for') && !isNameHead((ws[a] as Word).text) && !isNameHead((ws[k - 1] as Word).text)) return null;
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
    const treatyRun = ws.slice(ra, rb).some((w) => NOT_PLACE_HEADS.has(w.text.toLowerCase()));
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
        if (!listed && j < rb && !TITLE_FIRST.has(follower) && !CONNECTORS.has(followerText)) continue;
        // "Senate Majority Leader": a weak one-word name followed by more capitals is a title.
        if (listed && j - i === 1 && j < rb && WEAK_SINGLE.has((ws[i] as Word).text.toLowerCase())) continue;
        if (cls === 'place' && !listed && treatyRun) continue;
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
        demonymCountry(nextFirst) === null &&
        !CONNECTORS.has(nextFirst);
      if (!modifier) add(seg.cls, seg.a, seg.b);
    }
  }
  for (const { a, b } of leftovers) judgeLeftover(s, ws, a, b, add);
}

/** A capitalised span no list or pattern knows: decide from the words around it. */
function judgeLeftover(
  s: AnalyzedSentence,
  ws: Word[],
  a0: number,
  b: number,
  add: (cls: NameClass, a: number, b: number) => void,
): void {
  const tail = ws[b];
  // "the Indian ocean": a listed name whose last word the text writes in lower case.
  if (tail && !tail.cap && !(ws[b - 1] as Word).closes) {
    const cls = lookup(`${spanText(s, ws, a0, b)} ${tail.text}`);
    if (cls) {
      add(cls, a0, b + 1);
      return;
    }
  }
  // "the Israeli government", "the Israeli military cabinet".
  if (b - a0 === 1 && demonymCountry((ws[a0] as Word).text) && tail && !(ws[a0] as Word).closes) {
    let k = b;
    if (GOVERNMENT_MODIFIER.has(ws[k]?.text ?? '')) k++;
    if (GOVERNMENT_TAIL.has(ws[k]?.text ?? '')) {
      add('organization', a0, k + 1);
      return;
    }
  }
  // Connector words and demonyms at the edges are not part of an unknown name.
  let a = a0;
  while (a < b && (CONNECTORS.has((ws[a] as Word).text) || demonymCountry((ws[a] as Word).text))) a++;
  if (a >= b) return;
  const words = ws.slice(a, b);
  if (words.some((w) => demonymCountry(w.text) !== null || w.person)) return;
  if (b - a > 4) return;
  const lastWord = ws[b - 1] as Word;
  const next = ws[b];
  const nextLower = next?.text.toLowerCase() ?? '';
  const prev = ws[a - 1];
  const prevLower = prev?.text.toLowerCase() ?? '';
  // "the Biden administration", "the Israeli government".
  if (next && !lastWord.closes && (nextLower === 'administration' || nextLower === 'government') && b - a <= 2) {
    add('organization', a, b + 1);
    return;
  }
  if (next && !lastWord.closes && PLACE_AFTER.has(nextLower) && b - a <= 2) {
    add('place', a, b);
    return;
  }
  // "Limassol-based Argosy Maritime": the company comes after "-based", the place before it.
  if (prev?.tail === 'based' || prev?.tail === 'headquartered') {
    add('organization', a, b);
    return;
  }
  if ((lastWord.tail === 'based' || lastWord.tail === 'headquartered') && b - a <= 3) {
    add('place', a, b);
    return;
  }
  // "Hollis Weber Robotics, a company in Eindhoven": an apposition that says what it is.
  if (next?.text === ',' && ['a', 'an', 'the'].includes(ws[b + 1]?.text.toLowerCase() ?? '')) {
    for (let k = b + 2; k < Math.min(ws.length, b + 7); k++) {
      const w = (ws[k] as Word).text.toLowerCase();
      // Only a lower-case description: "Pokrovsk, the Institute for the Study of War said" is not one.
      if (w === ',' || w === 'who' || w === 'which' || (ws[k] as Word).cap) break;
      if (ORG_CUES.has(w)) {
        add('organization', a, b);
        return;
      }
    }
  }
  // "news agency Reuters", "a group called Safecast", "F1 team Force India".
  let p = a - 1;
  while (p >= 0 && ['called', 'named', ',', 'the', 'dubbed', 'known'].includes((ws[p] as Word).text.toLowerCase())) p--;
  const cue = p >= 0 ? (ws[p] as Word).text.toLowerCase() : '';
  if (ORG_CUES.has(cue) && (ws[p] as Word).text === cue) {
    add('organization', a, b);
    return;
  }
  let n = b;
  if (lastWord.closes) n = b; // the possessive token was folded into the word
  const after = ws[n]?.text.toLowerCase() ?? '';
  if (ORG_AFTER.has(after)) {
    add('organization', a, b);
    return;
  }
  // "told Newshour", "told the CNN network": someone tells a medium or a body, not a stranger.
  if ((prevLower === 'told' || (prevLower === 'the' && (ws[a - 2]?.text.toLowerCase() ?? '') === 'told')) && b - a <= 3) {
    add('organization', a, b);
    return;
  }
  // "Orange Park, Florida": an unknown name followed by a known state or country.
  if (next?.text === ',' && !lastWord.closes) {
    const state = ws[b + 1];
    if (state && lookup(state.text) === 'place' && (ws[b + 2] === undefined || !(ws[b + 2] as Word).cap)) {
      add('place', a, b);
      return;
    }
  }
  // "the town of Cayce", "the village of Ada".
  if (prevLower === 'of' && PLACE_KINDS.has(ws[a - 2]?.text.toLowerCase() ?? '') && b - a <= 3) {
    add('place', a, b);
    return;
  }
  // "the counties of Turkana, Marsabit, Wajir and Mandera": every name in a list of places.
  if (b - a <= 3 && inPlaceList(ws, a)) {
    add('place', a, b);
    return;
  }
  // "in Cayce", "near Ames": a preposition of place before a short proper name.
  const preposition = ['in', 'near', 'outside', 'around', 'from'].includes(prevLower) && !words.some((w) => NOT_PLACES.has(w.text));
  // "published in Science": a journal, not a place.
  if (prevLower === 'in' && ['published', 'appeared', 'reported', 'wrote', 'writing'].includes(ws[a - 2]?.text.toLowerCase() ?? '')) {
    add('organization', a, b);
    return;
  }
  if (preposition && b - a <= 2 && words.every((w) => w.pos === 'PROPN') && !isGivenName((ws[a] as Word).text) && !ws[a]?.text.match(/^[\p{Lu}\d.&]+$/u)) {
    if (!next || !next.cap) {
      add('place', a, b);
      return;
    }
  }
}

const PLACE_KINDS = set('town city village hamlet district region province county state island port municipality capital suburb neighbourhood neighborhood commune');
const PLACE_PLURALS = set(`
  counties provinces states regions districts cities towns villages islands countries prefectures
  municipalities neighbourhoods neighborhoods suburbs capitals ports
`);

/** Whether the name at `a` sits in a list introduced by "the counties of", "cities such as", ... */
function inPlaceList(ws: Word[], a: number): boolean {
  let k = a - 1;
  for (let steps = 0; steps < 12 && k >= 1; steps++) {
    const w = (ws[k] as Word).text.toLowerCase();
    const before = (ws[k - 1] as Word).text.toLowerCase();
    if ((w === 'of' || w === 'including' || w === 'like') && PLACE_PLURALS.has(before)) return true;
    if (w === 'as' && before === 'such' && PLACE_PLURALS.has((ws[k - 2] as Word | undefined)?.text.toLowerCase() ?? '')) return true;
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
    // Step back over the previous list item (one to three capitalised words).
    k--;
    let taken = 0;
    while (k >= 0 && (ws[k] as Word).cap && taken < 3) {
      k--;
      taken++;
    }
    if (taken === 0) return false;
  }
  return false;
}

const cache = new WeakMap<AnalyzedText, { people: readonly Person[]; orgs: Organization[]; places: Place[] }>();

/** Organizations and places of the whole text, each with the sentences that mention it. */
export function findNameSpans(text: AnalyzedText, people: readonly Person[]): { orgs: Organization[]; places: Place[] } {
  const hit = cache.get(text);
  if (hit && hit.people === people) return hit;
  const found: Found[] = [];
  const acronyms = new Map<string, NameClass>();
  const forms = personForms(people);
  const wordsOf = text.sentences.map((s) => {
    const ws = toWords(s);
    markPeople(ws, forms);
    return ws;
  });
  text.sentences.forEach((s, k) => scanSentence(s, wordsOf[k] as Word[], found, acronyms));
  const bySentence = new Map<number, Found[]>();
  for (const f of found) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  // Second pass: acronyms the article defined, and single first words of multi-word organizations
  // used alone later ("the Fars News Agency" ... "shares content with Fars").
  const shortForms = new Map<string, NameClass>(acronyms);
  for (const f of found) {
    const parts = f.name.replace(/^the\s+/i, '').split(/\s+/);
    const first = parts[0] ?? '';
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
      const before = ws[i - 1];
      const standalone = !(before?.cap && before.text !== 'The') && !(ws[i + 1]?.cap && !w.closes) && !/^\d/.test(ws[i + 1]?.text ?? '');
      // "the Conservative leader": a first word used as an adjective is not the organization.
      const modifies = !w.closes && ['NOUN', 'ADJ', 'PROPN'].includes(ws[i + 1]?.pos ?? '');
      if (cls && standalone && !modifies && !w.person && !seen.has(`${s.index}|${w.text}`)) {
        const covered = inSentence.some((f) => f.name.split(/\s+/).includes(w.text));
        if (!covered) found.push({ cls, name: w.text, sentence: s.index, at: w.start });
      }
      // An unknown acronym used as a name is an organization more often than anything else.
      const afterNumber = /^\d/.test(ws[i - 1]?.text ?? '');
      if (!cls && isAcronym(w.text) && /^[\p{Lu}]+$/u.test(w.text) && !SHOUTED.has(w.text) && !afterNumber && standalone && !NOT_ORG_ACRONYMS.has(w.text) && lookup(w.text) === null && !w.person) {
        const covered = inSentence.some((f) => f.name.includes(w.text));
        const defined = ws[i - 1]?.text === '(' && ws[i + 1]?.text === ')';
        if (!covered && !defined && w.text.length <= 5) found.push({ cls: 'organization', name: w.text, sentence: s.index, at: w.start });
      }
    }
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
  // "the band Lucy Harbour" ... "Lucy Harbour closed the set": a name the context once showed to be an
  // organization is one everywhere, unless a list says it is a place.
  const orgKeys = new Set(found.filter((f) => f.cls === 'organization').map((f) => normalizeName(f.name)));
  const listedPlaces = new Set(found.filter((f) => f.cls === 'place' && !f.guessed).map((f) => normalizeName(f.name)));
  for (const f of found) {
    const key = normalizeName(f.name);
    if (f.cls === 'place' && orgKeys.has(key) && !listedPlaces.has(key)) f.cls = 'organization';
  }
  const orgs = group(found.filter((f) => f.cls === 'organization'));
  const places = group(found.filter((f) => f.cls === 'place'));
  const result = { people, orgs, places };
  cache.set(text, result);
  return result;
}

const GENERIC_FIRST = set(`
  national international united american world new royal federal state central general european global
  first north south east west northern southern eastern western greater great grand old supreme high
  public free independent democratic republican social christian islamic university department ministry
  institute center centre office council committee commission board bank agency association society
`);

function group(found: Found[]): Array<{ name: string; mentions: number[] }> {
  const byKey = new Map<string, { name: string; mentions: number[] }>();
  for (const f of found) {
    // "THE UNITED NATIONS" in an all-capitals line: the article is not part of the name.
    const name = f.name.replace(/[’']s$/, '').replace(/^THE\s+/, '').trim();
    const key = normalizeName(name);
    if (key === '') continue;
    const entry = byKey.get(key);
    if (entry) {
      if (!entry.mentions.includes(f.sentence)) entry.mentions.push(f.sentence);
      // "ROTTERDAM" in a dateline, "Rotterdam" in the text: name it as the text writes it.
      if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase()) entry.name = name;
    } else {
      byKey.set(key, { name, mentions: [f.sentence] });
    }
  }
  for (const e of byKey.values()) e.mentions.sort((x, y) => x - y);
  return [...byKey.values()];
}
