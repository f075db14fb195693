// Shipped knowledge about names: which spans are organizations and which are places. A list
// lookup first (gazetteer/*.ts, written from general knowledge), then patterns for the many names
// no list can hold ("X Council", "Ministry of Y", "Z University", "X Airport", "Lake Y").
import { COUNTRIES } from './gazetteer/countries.ts';
import { CITIES } from './gazetteer/cities.ts';
import { WORLD_CITIES } from './gazetteer/world-cities.ts';
import { REGIONS, US_STATES } from './gazetteer/regions.ts';
import { ORGANIZATIONS } from './gazetteer/organizations.ts';
import { PROVINCES, UK_COUNTIES } from './gazetteer/counties-and-provinces.ts';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES } from './lexicon/given-names.ts';

export type NameClass = 'organization' | 'place';

interface Gazetteer {
  /** Normalized name -> class. */
  names: Map<string, NameClass>;
  /** Normalized demonym ("israeli") -> country name ("Israel"). */
  demonyms: Map<string, string>;
  /** Longest entry, in words, so span scanning knows how far to look. */
  maxWords: number;
  /** Normalized names of countries (and their other names). */
  countries: Set<string>;
  /** Other names of a country that are the first word of its name ("Saudi" of "Saudi Arabia"). */
  clipped: Set<string>;
  /** Short all-capital entries ("WHO", "ICE", "AP"): "Who" and "Ice" are words, not these. */
  shortAcronyms: Set<string>;
}

/**
 * Plain ASCII words with single spaces, not starting with "the ": every step of normalizeName but
 * the lower-casing is a no-op on these (no marks, apostrophes, runs of space or possessive), and
 * they are most of the spans it is asked about, many times per article.
 */
const PLAIN_NAME = /^(?!the )[a-z0-9.&-]+(?: [a-z0-9.&-]+)*$/i;

/** Lower case, one kind of apostrophe, single spaces, no leading "the", no trailing possessive. */
export function normalizeName(span: string): string {
  if (PLAIN_NAME.test(span)) return span.toLowerCase();
  return span
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // "Zürich" and "Zurich", "Ōsaka" and "Osaka" are one name
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s?$/i, '')
    .replace(/^the /i, '')
    .toLowerCase();
}

const entries = (text: string): string[] =>
  text
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

let cache: Gazetteer | null = null;

function load(): Gazetteer {
  if (cache) return cache;
  const names = new Map<string, NameClass>();
  const demonyms = new Map<string, string>();
  let maxWords = 1;
  const add = (name: string, cls: NameClass): void => {
    const key = normalizeName(name);
    if (key === '') return;
    // Organizations are added first and win a clash ("Emirates" the airline, "Vatican").
    if (!names.has(key)) names.set(key, cls);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const countryLines = COUNTRIES.split('\n').filter((l) => l.trim() !== '');
  const countries = new Set<string>();
  const shortAcronyms = new Set<string>();
  const clipped = new Set<string>();
  for (const line of countryLines) {
    for (const d of (line.split('|')[2] ?? '').split(';')) {
      if (d.trim()) demonyms.set(normalizeName(d), (line.split('|')[0] ?? '').trim());
    }
  }
  // A newspaper called "The Australian" must not turn every Australian into an organization.
  for (const name of entries(ORGANIZATIONS)) {
    if (demonyms.has(normalizeName(name))) continue;
    add(name, 'organization');
    if (/^[\p{Lu}.]+$/u.test(name) && name.replace(/\./gu, '').length <= 3) shortAcronyms.add(normalizeName(name));
  }
  for (const line of countryLines) {
    const [name = '', others = '', , capital = ''] = line.split('|');
    add(name, 'place');
    countries.add(normalizeName(name));
    for (const o of others.split(';')) if (o.trim()) { add(o, 'place'); countries.add(normalizeName(o)); }
    for (const o of others.split(';')) if (o.trim() && name.trim().startsWith(`${o.trim()} `)) clipped.add(normalizeName(o));
    if (capital.trim()) add(capital, 'place');
  }
  for (const name of [...entries(US_STATES), ...entries(REGIONS), ...entries(CITIES), ...entries(UK_COUNTIES), ...entries(PROVINCES), ...entries(WORLD_CITIES)]) add(name, 'place');
  cache = { names, demonyms, maxWords, countries, shortAcronyms, clipped };
  return cache;
}

/** The class of a name that is in the shipped lists, or null. */
export function lookupName(span: string): NameClass | null {
  const g = load();
  const key = normalizeName(span);
  if (g.shortAcronyms.has(key) && !/^[\p{Lu}.\s]+(?:['’]s)?$/u.test(span.replace(/^the\s+/iu, ''))) return null;
  return g.names.get(key) ?? null;
}

/** The country a demonym refers to ("Israeli" -> "Israel"), or null. */
export function demonymCountry(word: string): string | null {
  return load().demonyms.get(normalizeName(word)) ?? null;
}

/** Whether a name is a country ("Ireland", "UK", "England"), not a city or region. */
export function isCountry(name: string): boolean {
  return load().countries.has(normalizeName(name));
}

/** A country's name clipped to its first word, which is also how its people are called ("Saudi"). */
export function isClippedCountry(name: string): boolean {
  return load().clipped.has(normalizeName(name));
}

/** How many words the longest gazetteer entry has. */
export function gazetteerMaxWords(): number {
  return load().maxWords;
}

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Last words that make a capitalised name an organization ("National Transportation Safety Board"). */
const ORG_LAST = words(`
  council ministry university college institute institution academy school inc inc. ltd ltd. corp corp.
  corporation company co co. llc plc group bank airlines airline airways agency department committee
  commission board center centre foundation association union party police court authority
  administration bureau office service services forces army navy guard federation league club fc
  society fund organization organisation network laboratory laboratories lab labs hospital clinic
  health church assembly parliament congress senate cabinet government times post news herald tribune
  journal gazette telegraph chronicle magazine press radio tv television studios records motors systems
  technologies pharmaceuticals holdings partners capital ventures media enterprises industries electric
  railway railways railroad division directorate secretariat coalition alliance movement brigade
  brigades front corps command observatory trust institutes universities commissions consortium
  cooperative bancorp survey robotics maritime shipping logistics pharma pharmaceutical therapeutics
  biosciences biotech semiconductor semiconductors electronics software solutions consulting insurance
  securities investments steel mining petroleum foods brewery brewing entertainment pictures
  communications telecom telecommunications energy airlines conservatoire conservatory orchestra
  research analytics associates strategies insights schools elementary montessori cartel cartels macroeconomics
  economics management finance
  legislature appeals gmbh ag sa asa nv bv ab oyj spa srl kk pty bhd berhad tbk limited llp lp collaborative
  exchange museum agro chemicals chemical metals minerals resources construction developments
  plastics textiles cement freight force homes s.a. s.p.a. n.v. b.v. a.g. s.a.s. sp.a. a.s. oy
  sarl sas sasu eurl confederation body band international
`);

/** French bodies name their kind first ("Association Les Amis du Vercors", "Confédération Paysanne"). */
const FRENCH_ORG_FIRST = words(`association confédération confederation fédération syndicat comité société compagnie mutuelle groupement institut`);

/**
 * Spanish, Portuguese and Italian bodies too: "Instituto Mexicano de Cinematografía", "Banco
 * Santander", "Universidad de Chile", "Istituto Superiore di Sanità".
 */
const ROMANCE_ORG_FIRST = words(`instituto istituto universidad universidade università ministerio ministério ministero secretaría secretaria banco comisión comissão consejo conselho fundación fundação fondazione asociación associação confederación federación sindicato partido`);

/** "Les Films du Verger", "Les Productions Jacques Roitfeld": French companies after an article. */
const FRENCH_COMPANY_HEAD = /^(?:les|la|le)$/u;
const FRENCH_COMPANY_KIND = words(`films productions éditions editions laboratoires établissements`);

/** "the Ninth Circuit", "the D.C. Circuit", "the Federal Circuit": US appeals courts, not race tracks. */
const COURT_CIRCUIT = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|d\.c\.|dc|federal)$/u;

/** First words that make a name an organization when "of"/"for"/... follows ("Ministry of Health"). */
const ORG_FIRST = words(`
  ministry department university bank institute center centre office council committee commission board
  federation association society church academy college school court agency organization organisation
  union league party house bureau museum gallery chamber order friends directorate secretariat
  exchange
`);

/** Last words that make a capitalised name a place ("Juanda International Airport", "Java Sea"). */
const PLACE_LAST = words(`
  airport airfield airbase street road avenue boulevard lane square bridge station stadium arena circuit
  county province prefecture state district region oblast territory island islands peninsula valley
  desert mountains mountain hills heights canyon plateau river lake bay sea ocean strait straits gulf
  channel canal coast beach harbor harbour falls forest reef glacier volcano creek city township village
  borough parish municipality governorate plant reactor dam park crossing row inn tarn dales gardens
  ground moor moors fell fells marsh marshes wetlands current trench basin bayou delta estuary swamp
  trough rift zone shire grc smc
`);

/** First words that make a name a place ("Mount Everest", "Lake Chad", "Gulf of Aden"). */
const PLACE_FIRST = words(`mount mt mt. lake gulf bay sea strait isle cape fort port circuit route highway interstate plaza piazza river loch lough col rue quai bayou
  garden gardens wall
  avenida calle paseo rua praça palais palacio palazzo`);

/** Title words: a name that starts with one is a role, never a place ("Secretary of State"). */
export const TITLE_FIRST = words(`
  secretary minister president governor director chairman chairwoman ambassador senator mayor leader
  speaker chief head prime deputy vice general commander judge attorney spokesman spokeswoman
  spokesperson professor editor correspondent king queen prince princess chancellor envoy
  sen rep gov lt gen col capt sgt dr mr mrs ms officer inspector detective coach manager captain
  superintendent commissioner lawmaker councillor councilor dean pope bishop cardinal archbishop
`);

/** Titles that never sit inside an organization's or place's name ("US Secretary of State"). */
const TITLE_INSIDE = words(`
  secretary minister president governor director chairman chairwoman ambassador senator mayor speaker
  spokesman spokeswoman spokesperson
`);

/** Words after a demonym that make a government body ("Israeli government", "Chinese military cabinet"). */
const GOVERNMENT_HEADS = words(`government cabinet parliament army navy police junta administration`);

/** Capitalised words that never end an organization or place name by themselves. */
const CONNECTORS = words(`of for and the on de du des la le del della di da von van der den al el &`);

const isCapitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);

/** Compass words that make a province or region of a listed place ("West Java", "Central Sulawesi"). */
const COMPASS = words(`north south east west northern southern eastern western central northeast northwest southeast southwest north-east north-west south-east south-west upper lower greater`);

/** Company forms written before the name ("PT Astra International", "CV Maju Jaya"). */
const COMPANY_PREFIX = words(`pt cv`);

/** Words that open or close a football club's name. */
const CLUB_FIRST = words(`standard sporting real atletico atlético deportivo olympique borussia racing dinamo dynamo`);
/** Club abbreviations written before the name, in capitals ("FC Twente", "AC Milan", "SV Werder"). */
const CLUB_PREFIX = words(`FC AFC SC AC AS SS SV VfB VfL RC CD UD SD CF SK FK NK`);

/** Buildings named for a saint ("St Cuthbert's Church", "St Mary's Cathedral"): places, not the Church. */
const SAINT = words(`st st. saint ste ste.`);
const ECONOMIC_MARKETS = words(`single common internal stock free black bond labour labor energy housing property digital capital money equity commodity commodities emerging`);
const WORSHIP_LAST = words(`church cathedral chapel abbey basilica minster priory`);
const CLUB_LAST = words(`dynamo galaxy rovers wanderers albion hotspur afc fc sc cf`);

/** "Town Hall", "County Hall": civic buildings; a bare "Hall" is too often a surname. */
const HALL_KINDS = words(`town county city village guild memorial concert music festival assembly market`);

/** Venue and landmark words that end a place name (buildings, sites, waters, geological faults,
 * arenas, Turkish streets: "Caddesi" avenue, "Sokak" street). */
const VENUE_LAST = words(`quarry towers tower reservoir hall landscape estate pier marina wharf dock docks palace fault coliseum caddesi sokak sokağı`);

/**
 * Names whose shape says what they are, whatever their words: a compass word before a listed place
 * is a region of it; "PT X" is an Indonesian company; "Trinity College Dublin" is a college named
 * with its city; "-shire" names are counties; "Town Hall" and "Grange Quarry" are sites.
 */
function classifyByShape(ws: string[]): NameClass | null {
  const lower = ws.map((w) => w.toLowerCase());
  const first = lower[0] ?? '';
  const last = lower[lower.length - 1] ?? '';
  if (COMPANY_PREFIX.has(first) && ws[0] === ws[0]!.toUpperCase() && ws.length >= 2) return 'organization';
  // "U.S. Court of Appeals for the Ninth Circuit", "the D.C. Circuit": courts, though "Circuit" ends race tracks.
  if (last === 'circuit' && (lower.includes('court') || (ws.length === 2 && COURT_CIRCUIT.test(first)))) return 'organization';
  if ((FRENCH_ORG_FIRST.has(first) || ROMANCE_ORG_FIRST.has(first)) && ws.length >= 2 && /^(?:\p{Lu}|d[eu]s?$|d[aio]s?$|la$|les$|l['’]|del$|della$)/u.test(ws[1]!)) return 'organization';
  if (FRENCH_COMPANY_HEAD.test(first) && ws.length >= 3 && FRENCH_COMPANY_KIND.has(lower[1]!)) return 'organization';
  // "Sporting KC", "Real Sociedad", "Houston Dynamo", "Bristol Rovers": football club forms.
  if (ws.length <= 4 && (CLUB_FIRST.has(first) || CLUB_LAST.has(last) || CLUB_PREFIX.has(ws[0]!))) return 'organization';
  if (SAINT.has(first) && WORSHIP_LAST.has(last) && ws.length <= 4) return 'place';
  // "Borough Market", "Wakulima Market" are places; "the Single Market", "Stock Market" are not.
  if (last === 'market' && ws.length <= 3 && !ECONOMIC_MARKETS.has(lower[lower.length - 2] ?? '')) return 'place';
  // "Kidney Patients Alliance Europe", "Save the Children UK": an organization's name, then where it works.
  if (ws.length >= 3 && ORG_LAST.has(lower[lower.length - 2] ?? '') && lookupName(ws[ws.length - 1]!) === 'place' && isCapitalised(ws[0]!)) return 'organization';
  // "North Rhine-Westphalia" is listed whole or not at all; "North Yorkshire", "West Java" by rule.
  if (COMPASS.has(first) && ws.length <= 3 && (lookupName(ws.slice(1).join(' ')) === 'place' || /shire$/u.test(last))) return 'place';
  if (/^\p{Lu}\p{Ll}+shire$/u.test(ws[ws.length - 1]!) && ws.length <= 2) return 'place';
  // "Second Avenue West", "Main Street North": a street with the side of town after it.
  if (ws.length <= 4 && COMPASS.has(last) && ['street', 'avenue', 'road', 'boulevard', 'drive', 'st', 'st.', 'ave', 'ave.', 'rd', 'rd.'].includes(lower[lower.length - 2] ?? '')) return 'place';
  // "Galway West", "Nakuru Town East", "Dublin Bay South": a constituency or ward named for a listed place.
  if (ws.length <= 3 && ['north', 'south', 'east', 'west', 'central'].includes(last) && lookupName(ws[0]!) === 'place') return 'place';
  // "Imperial College London", "University College Dublin": an institution word, then its city.
  const inst = lower.findIndex((w) => ['college', 'university', 'school', 'institute'].includes(w));
  if (inst >= 1 && inst === lower.length - 2 && lookupName(ws[ws.length - 1]!) === 'place') return 'organization';
  if (last === 'hall') return HALL_KINDS.has(lower[lower.length - 2] ?? '') ? 'place' : null;
  if (VENUE_LAST.has(last) && ws.length <= 4) return 'place';
  // "43rd Military Zone", "Southern Military District": a command of an army, not a stretch of land.
  if (ws.length >= 2 && lower[lower.length - 2] === 'military' && ['zone', 'district', 'region'].includes(last)) return 'organization';
  if (last === 'park' && lower[lower.length - 2] === 'national') return 'place';
  // "Kuala Lumpur Courts Complex": the buildings the courts sit in, a place.
  if (ws.length >= 3 && lower[lower.length - 2] === 'courts' && last === 'complex') return 'place';
  // "Kita Ward", "Tennoji Ward": a city's ward (Japan, Nigeria); "Rachel Ward" is a person.
  if (ws.length === 2 && ws[1] === 'Ward' && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!) && !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first) && !UNISEX_NAMES.has(first)) return 'place';
  // "NFC North", "SEC West", "AL Central": a league's or conference's division is a body of teams.
  if (ws.length === 2 && /^\p{Lu}{2,4}$/u.test(ws[0]!) && DIVISION_SIDE.has(last) && lookupName(ws[0]!) !== 'place') return 'organization';
  return null;
}

/** The sides a sports conference splits into ("NFC North", "AL Central"). */
const DIVISION_SIDE = words(`north south east west central`);

/**
 * Whether a word can head a name before "of"/"for" ("Ministry of Health", "Gulf of Aden"), as
 * opposed to a person's name before it ("Sarah Khan of West Yorkshire Police").
 */
export function isNameHead(word: string): boolean {
  const w = word.toLowerCase();
  // "Directorate General of Health Services", "Inspector General of Police".
  if (w === 'general') return true;
  return ORG_FIRST.has(w) || ORG_LAST.has(w) || PLACE_FIRST.has(w) || PLACE_LAST.has(w) || lookupName(word) !== null;
}

/**
 * Whether a name is an organization or a place, from the shipped lists and from name patterns.
 * Null when neither says (a person, an event, a product, or simply unknown).
 */
export function classifyName(span: string): NameClass | null {
  const clean = span.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/'s?$/, '');
  if (clean === '') return null;
  const known = lookupName(clean);
  if (known) return known;
  const ws = clean.replace(/^the\s+/i, '').split(' ');
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  const firstLower = first.toLowerCase();
  const lastLower = last.toLowerCase();
  if (ws.length < 2 || !isCapitalised(first) || TITLE_FIRST.has(firstLower)) return null;
  const shaped = classifyByShape(ws);
  if (shaped) return shaped;
  // "US Department of Justice", "UK Ministry of Defence": a country before an organization's name.
  for (const cut of [1, 2]) {
    if (ws.length > cut + 1 && lookupName(ws.slice(0, cut).join(' ')) === 'place') {
      const rest = classifyName(ws.slice(cut).join(' '));
      if (rest === 'organization') return rest;
    }
  }
  // "the Biden administration", "Israeli government": a name or demonym before a governing body.
  if (ws.length === 2 && (lastLower === 'administration' || lastLower === 'government')) return 'organization';
  if (demonymCountry(first) && ws.slice(1).some((w) => GOVERNMENT_HEADS.has(w.toLowerCase()))) {
    return /^[\p{Lu}]/u.test(last) || GOVERNMENT_HEADS.has(lastLower) ? 'organization' : null;
  }
  if (!isCapitalised(last) && !/^(?:inc|ltd|plc|llc|co)\.?$/i.test(last)) {
    // Lower-case tails are only geographic features written as "Indian ocean".
    return null;
  }
  if (CONNECTORS.has(lastLower)) return null;
  if (ws.some((w) => TITLE_INSIDE.has(w.toLowerCase()))) return null;
  const second = (ws[1] ?? '').toLowerCase();
  if (ORG_LAST.has(lastLower)) return 'organization';
  if (PLACE_LAST.has(lastLower)) return 'place';
  if (ORG_FIRST.has(firstLower) && (['of', 'for', 'on'].includes(second) || firstLower.startsWith('cent'))) {
    return 'organization';
  }
  // "Executive Secretariat of the ...", "Federal Ministry of Health": a qualified body head before "of".
  if (ws.length >= 4 && ORG_FIRST.has(second) && ['of', 'for'].includes((ws[2] ?? '').toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(first)) return 'organization';
  if (PLACE_FIRST.has(firstLower)) return 'place';
  return null;
}
