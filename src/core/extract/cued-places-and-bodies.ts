// Places and bodies that only a few words of running text reveal, after the name spans: a river
// written without "River" ("along the Gadilam", "the Ness burst its banks"), places listed before a
// plural kind ("the Ashby, Coleton and Great Marlow communities"), the ends of a road ("the road
// between Ashby and Coleton"), a place listed before a known one ("at Coleton and Ashby"), a ground
// ("at Ewood Field"), a council written in lower case ("the Ashby town council"), and a body with
// its region after it that a spokesperson speaks for ("a spokesperson for Northwind Texas").
import type { Person } from '../article.ts';
import { demonymCountry, lookupName, normalizeName } from './gazetteer.ts';

import { addMention as add, type Named } from './named-list.ts';

/** One to three capitalised words ("Velyka Pysarivka", "Pass Christian"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}`;

// "along the Gadilam", "the banks of the Tay", "the Ness burst its banks": a river by what it does.
const RIVER_BEFORE = new RegExp(String.raw`\b(?:along|banks of|mouth of|crossed|crossing|flooding of) the (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]| \p{Lu})`, 'gu');
const RIVER_AFTER = new RegExp(String.raw`\b[Tt]he (\p{Lu}[\p{Ll}'’-]+)(?: and the (\p{Lu}[\p{Ll}'’-]+))? (?:burst|breached|overflowed|overtopped|swelled|rose above|broke) (?:its|their)(?: own)? banks\b`, 'gu');

// "the Ashby, Coleton and Great Marlow communities", "the villages of Ashby, Coleton and Marlow".
const LIST_BEFORE_KIND = new RegExp(String.raw`\b[Tt]he ((?:${PLACE_NAME}, )*${PLACE_NAME}(?:,)? (?:and|or) ${PLACE_NAME}) (?:communities|villages|towns|settlements|districts|municipalities|hromadas|parishes|suburbs|counties|provinces|regions)\b`, 'gu');
const LIST_AFTER_KIND = new RegExp(String.raw`\b(?:villages|towns|settlements|communities|hamlets|suburbs|municipalities) (?:of|including|such as|like) ((?:${PLACE_NAME}, )*${PLACE_NAME}(?:,)? (?:and|or) ${PLACE_NAME})`, 'gu');

const KIND_WORD = /\b(?:communities|villages|towns|settlements|districts|municipalities|hromadas|parishes|suburbs|counties|provinces|regions|hamlets)\b/u;

// "the road between Ashby and Coleton": both ends of a way are places.
const BETWEEN = new RegExp(String.raw`\b(?:road|roads|highway|route|railway|line|border|frontier|stretch|corridor|villages|towns) between (${PLACE_NAME}) and (${PLACE_NAME})`, 'gu');

// "at Coleton and Ashby", "in Coleton and Ashby in Essex": a name before "and" a place found already.
const BEFORE_AND = new RegExp(String.raw`\b(?:in|at|near|from|to|between|around|outside) (${PLACE_NAME}) and (${PLACE_NAME})(?![\p{L}'’-]| \p{Lu})`, 'gu');

// " and Pass Christian.": two capitalised words closing a clause after "and".
const AFTER_AND = /^ and (\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+)(?=[.,;:)]|$| (?:on|in|at|and|were|was|had|have)\b)/u;

// "at Lambeau Field", "in Ewood Field": a ground where a game is played.
const GROUND = /\b(?:at|in|to|from|inside|outside) (?:the )?((?:\p{Lu}[\p{L}'’-]+ ){1,2}Field)(?![\p{L}'’-]| \p{Lu})/gu;

// "the Ashby city council", "Coleton district council": a council written in lower case after its place.
const LOWER_COUNCIL = /(?<![\p{L}'’-])((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}(?:city|town|district|county|village|parish|borough|municipal|regional|oblast|state) council)\b/gu;

// "a spokesperson for Northwind Texas": what a spokesperson speaks for is a body, even a place's name after it.
const SPOKESPERSON_FOR = /\b(?:[Ss]pokes(?:man|woman|person)|[Ss]pokespeople|[Rr]epresentatives?) for (?:the )?(\p{Lu}[\p{L}'’&.-]+(?: \p{Lu}[\p{L}'’&.-]+){0,3})(?![\p{L}'’-])/gu;

// "according to PowerOutage.us", "Amazon.com said": a site named by its capitalised web domain is a body.
const WEB_NAME = /(?<![\p{L}\p{N}@/.:-])(\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|us|io|gov|info|co\.uk|org\.uk|ai))(?![\p{L}\p{N}/-]|\.\p{L})/gu;

// "he told the Lviv Courier by phone": a place and one more capital after "told" is a news outlet.
const TOLD_OUTLET = /\btold (?:the )?(\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}]+)(?![\p{L}'’-]| \p{Lu})/gu;
/** Second words that make "told X Y" a person's title or a body's kind, not an outlet's name. */
const NOT_OUTLET_WORD = /^(?:Mayor|Governor|Police|Council|Authorities|Officials|Residents|Mr|Mrs|Ms|Dr)$/u;

/** Capitalised words that are no place ("The", weekdays, months), whatever the cue. */
const NOT_PLACE_WORD = /^(?:The|A|An|This|That|He|She|It|They|We|Mr|Mrs|Ms|Dr|St|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;


/** Adds the places and bodies these cues reveal (new lists; the inputs are not changed). */
export function addCuedPlacesAndBodies(sentences: string[], people: Person[], inOrgs: Named[], inPlaces: Named[]): { orgs: Named[]; places: Named[] } {
  let orgs = inOrgs.map((o) => ({ name: o.name, mentions: [...o.mentions] }));
  const places = inPlaces.map((p) => ({ name: p.name, mentions: [...p.mentions] }));
  const personWord = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/u))));
  const isOrg = (name: string): boolean => lookupName(name) === 'organization' || orgs.some((o) => normalizeName(o.name) === normalizeName(name));
  const place = (name: string | undefined, s: number): void => {
    if (!name || name.split(' ').some((w) => personWord.has(w) || NOT_PLACE_WORD.test(w) || demonymCountry(w) !== null) || isOrg(name)) return;
    add(places, name, s);
  };
  const knownPlace = (name: string): boolean => lookupName(name) === 'place' || places.some((p) => normalizeName(p.name) === normalizeName(name));
  sentences.forEach((sentence, s) => {
    if (/ the \p{Lu}/u.test(sentence) || /^The /u.test(sentence)) {
      for (const m of sentence.matchAll(RIVER_BEFORE)) place(m[1], s);
      for (const m of sentence.matchAll(RIVER_AFTER)) {
        place(m[1], s);
        place(m[2], s);
      }
    }
    // Most sentences name no kind of settlement: test for one before the list scans.
    if (KIND_WORD.test(sentence)) {
      for (const re of [LIST_BEFORE_KIND, LIST_AFTER_KIND]) {
        for (const m of sentence.matchAll(re)) for (const name of m[1]!.split(/,? (?:and|or) |, /u)) place(name, s);
      }
    }
    if (sentence.includes(' between ')) {
      for (const m of sentence.matchAll(BETWEEN)) {
        place(m[1], s);
        place(m[2], s);
      }
    }
    if (/ (?:and) \p{Lu}/u.test(sentence)) {
      for (const m of sentence.matchAll(BEFORE_AND)) {
        // Only beside a place the text or a list already knows: "at Kurinjipadi and Bhuvanagiri".
        if (knownPlace(m[2]!) && !knownPlace(m[1]!)) place(m[1], s);
        else if (knownPlace(m[1]!) && !knownPlace(m[2]!) && m[2]!.includes(' ')) place(m[2], s);
      }
    }
    // "in Bay St. Louis and Pass Christian": a two-word name after "and" a place found already.
    if (sentence.includes(' and ')) for (const p of inPlaces) {
      if (!p.mentions.includes(s) || !sentence.includes(`${p.name} and `)) continue;
      const after = AFTER_AND.exec(sentence.slice(sentence.indexOf(`${p.name} and `) + p.name.length));
      if (after && !knownPlace(after[1]!)) place(after[1], s);
    }
    if (/\p{L}\.(?:com|org|net|us|io|gov|info|co|ai)\b/u.test(sentence)) for (const m of sentence.matchAll(WEB_NAME)) {
      const stem = m[1]!.replace(/\..*$/u, '');
      orgs = orgs.filter((o) => o.name !== stem);
      add(orgs, m[1]!, s);
    }
    if (sentence.includes('told ')) for (const m of sentence.matchAll(TOLD_OUTLET)) {
      const [first, second] = m[1]!.split(' ') as [string, string];
      if (lookupName(first) !== 'place' || lookupName(second) !== null || NOT_OUTLET_WORD.test(second) || personWord.has(second) || demonymCountry(second) !== null) continue;
      add(orgs, m[1]!, s);
    }
    if (sentence.includes(' Field')) for (const m of sentence.matchAll(GROUND)) {
      if (m[1]!.split(' ').some((w) => personWord.has(w))) continue;
      orgs = orgs.filter((o) => normalizeName(o.name) !== normalizeName(m[1]!));
      add(places, m[1]!, s);
    }
    if (sentence.includes(' council')) for (const m of sentence.matchAll(LOWER_COUNCIL)) {
      if (m[1]!.split(' ').some((w) => personWord.has(w) || NOT_PLACE_WORD.test(w))) continue;
      add(orgs, m[1]!, s);
    }
    if (/spokes|representative/iu.test(sentence)) for (const m of sentence.matchAll(SPOKESPERSON_FOR)) {
      const name = m[1]!;
      const words = name.split(' ');
      // Only a body with its region after it ("Northwind Texas"): a lone name is judged elsewhere.
      if (words.length < 2 || lookupName(words[words.length - 1]!) !== 'place' || lookupName(name) === 'place' || words.some((w) => personWord.has(w))) continue;
      orgs = orgs.filter((o) => !name.startsWith(`${o.name} `));
      add(orgs, name, s);
    }
  });
  return { orgs, places };
}
