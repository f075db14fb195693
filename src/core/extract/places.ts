// Places named in an article, with the sentences that mention them. A demonym ("Israeli officials")
// is not a mention of the place; "Tel Aviv's" is a mention of "Tel Aviv".
import type { AnalyzedText } from './analyzed-text.ts';
import type { Person, Place } from '../article.ts';
import { findPlacesAndOrganizations } from './places-and-organizations.ts';

/** Every place in the text, as the text writes it, in order of first mention. */
export function findPlaces(text: AnalyzedText, people: Person[]): Place[] {
  return findPlacesAndOrganizations(text, people).places.map((p) => ({ name: p.name, mentions: [...p.mentions] }));
}
