// Context rules for a capitalised span that neither the gazetteer nor a name pattern knows: the words
// around it say whether it is an organization ("news agency X", "told X", "X, a company") or a
// place ("in X", "X, Florida", "the town of X", "the counties of X, Y and Z").
import type { AnalyzedSentence } from './analyzed-text.ts';
import { demonymCountry } from './gazetteer.ts';
import type { NameClass } from './gazetteer.ts';
import { FEMALE_NAMES, MALE_NAMES, UNISEX_NAMES } from './lexicon/given-names.ts';
import { FOREIGN_ORG_WORDS } from './lexicon/titles.ts';
import type { Word } from './name-words.ts';
import { CONNECTORS, lookup, set, spanText } from './name-words.ts';

/** A given name ("Harry", "Tom") starts a person's name, not a town's. */
export const isGivenName = (w: string): boolean => {
  const l = w.toLowerCase();
  return MALE_NAMES.has(l) || FEMALE_NAMES.has(l) || UNISEX_NAMES.has(l);
};

/** Lower-case nouns that, just before a name, say it is an organization ("news agency Reuters"). */
export const ORG_CUES = set(`
  agency company firm group network website site newspaper publication broadcaster channel magazine
  journal team club charity organization organisation airline carrier bank startup start-up retailer
  manufacturer maker insurer operator developer studio label outlet daily tabloid watchdog regulator
  nonprofit non-profit ngo brand chain giant conglomerate lender automaker carmaker publisher
  broadcaster insurer consultancy lab laboratory institute association union party movement militia
  band orchestra choir ensemble
`);

/** Words just after a name (possessive or not) that say it is an organization ("X spokesperson"). */
export const ORG_AFTER = set(`
  spokesman spokeswoman spokesperson spokespeople boss ceo chairman chairwoman executives shareholders
  shares headquarters employees staffers
`);

/** Lower-case nouns just after a name that say it is a place ("the Tsushima district"). */
export const PLACE_AFTER = set(`district region province prefecture city town village county state island islands oblast governorate river valley basin estuary delta`);

/** Capitalised words that follow "in" or "from" without being places: languages, festivals, faiths. */
export const NOT_PLACES = set(`
  Arabic English Mandarin Cantonese Hindi Urdu Swahili Hebrew Latin Gaelic Yiddish Bengali Punjabi Tamil
  Tagalog Farsi Pashto Dari Amharic Hausa Yoruba Igbo Zulu Xhosa Afrikaans Esperanto Braille Sanskrit
  Christmas Easter Ramadan Eid Hanukkah Diwali Passover Thanksgiving Lent Advent Christianity Islam Judaism
  Buddhism Hinduism Parliament Congress Court Government God Heaven Hell Spring Summer Autumn Fall Winter
  Part Chapter Section Article Act Phase Round Group Stage Division Week Year Term Season Game
`);

export const GOVERNMENT_TAIL = set('government cabinet parliament junta administration');

export const GOVERNMENT_MODIFIER = set('military war security federal coalition interim transitional');

/** A capitalised span no list or pattern knows: decide from the words around it. */
export function judgeLeftover(
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
  // "An Garda Síochána said", "Wody Polskie": a body's word in another language makes an organization
  // (the Irish article "An" belongs to the name).
  if (b - a0 <= 6 && ws.slice(a0, b).some((w) => FOREIGN_ORG_WORDS.has(w.text.toLowerCase()))) {
    let a = a0;
    while (a < b && ['the', 'The', 'and', 'of'].includes((ws[a] as Word).text)) a++;
    if (a < b) add('organization', a, b);
    return;
  }
  // Connector words and demonyms at the edges are not part of an unknown name.
  let a = a0;
  while (a < b && (CONNECTORS.has((ws[a] as Word).text) || demonymCountry((ws[a] as Word).text))) a++;
  if (a >= b) return;
  const words = ws.slice(a, b);
  if (words.some((w) => demonymCountry(w.text) !== null || w.person)) return;
  // "IgAN", "mRNA", "iPhone": a term or a product written in mixed case, never a place or a body.
  if (words.some((w) => /\p{Ll}\p{Lu}{2,}$|^\p{Ll}+\p{Lu}/u.test(w.text))) return;
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
  // "the bank's monetary policy committee, known as Copom", "Mexico's central bank, known as Banxico":
  // the short name a body goes by.
  if (b - a <= 2 && KNOWN_AS.has(`${ws[a - 2]?.text.toLowerCase() ?? ''} ${prevLower}`)) {
    const k = ws[a - 3]?.text === ',' ? a - 4 : a - 3;
    if (BODY_NOUNS.has(ws[k]?.text.toLowerCase() ?? '')) {
      add('organization', a, b);
      return;
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
  // "speaking in Pular", "wrote in Wolof": after a verb of speech, "in" names a language.
  if (prevLower === 'in' && SPEAKING.has(ws[a - 2]?.text.toLowerCase() ?? '')) return;
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

/** Words before "in X" that make X a language ("speaking in Pular"), never a place. */
const SPEAKING = set('speaking spoke speak speaks spoken fluent fluently sang sing sings singing interpreted translated subtitled dubbed');

/** "known as X", "also called X": the words before a body's short name. */
const KNOWN_AS = new Set(['known as', 'also called', 'also known', 'abbreviated as', 'shortened to']);

/** Lower-case heads of a body's description, before "known as" ("the central bank, known as Banxico"). */
const BODY_NOUNS = set(`
  committee bank council commission board agency ministry department authority regulator office party
  movement alliance coalition group company firm union federation association institute service
  court tribunal parliament assembly legislature exchange network militia
`);

export const PLACE_KINDS = set('town city village hamlet district region province county state island port municipality capital suburb neighbourhood neighborhood commune');

export const PLACE_PLURALS = set(`
  counties provinces states regions districts cities towns villages islands countries prefectures
  municipalities neighbourhoods neighborhoods suburbs capitals ports
`);

/** Whether the name at `a` sits in a list introduced by "the counties of", "cities such as", ... */
export function inPlaceList(ws: Word[], a: number): boolean {
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
