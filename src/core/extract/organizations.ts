// Organizations named in an article, with the sentences that mention them. The work is shared with
// places (name-spans.ts) so that one span is never both.
import type { AnalyzedText } from './analyzed-text.ts';
import type { Organization, Person } from '../article.ts';
import { findPlacesAndOrganizations } from './places-and-organizations.ts';

/** Every organization in the text, as the text writes it, in order of first mention. */
export function findOrganizations(text: AnalyzedText, people: Person[]): Organization[] {
  return findPlacesAndOrganizations(text, people).orgs.map((o) => ({ name: o.name, mentions: [...o.mentions] }));
}
