// The read side of the article library, as commands and the digest see it. The file-backed loader
// (src/storage/article-library.ts) fills an in-memory index; issue 6 (watching, feeds) only adds
// entries. Pure types: no fs here.
import type { Article, Person } from './article.ts';

export interface LibraryEntry {
  article: Article;
  /** Where the article came from (sidecar meta). */
  url?: string;
  source?: string;
  /** The file it was read from, relative to the library directory, when it came from a file. */
  file?: string;
  /** When the library first saw it (ISO): file mtime for files. The digest uses it for "new since". */
  addedAt: string;
  /** publishedAt, else addedAt, as epoch ms: the order of "newest first". */
  sortTime: number;
}

/** One person across the library: the same full name in several articles is one entry. */
export interface LibraryPerson {
  name: string;
  aliases: string[];
  roles: string[];
  /** Entries that mention the person, newest first. */
  articles: { entry: LibraryEntry; person: Person }[];
  /** Number of quotes attributed to the person across the library. */
  quoteCount: number;
}

export type PersonLookup =
  | { kind: 'one'; person: LibraryPerson }
  | { kind: 'many'; candidates: LibraryPerson[]; /** How many matched (candidates holds the best 10). */ total?: number }
  | { kind: 'none'; suggestions: string[] };

export interface ArticleLibrary {
  readonly size: number;
  /** Builds any lazy index now, at start-up, so that the first interaction does not pay for it. */
  warm?(): void;
  /** Every article, newest first. */
  list(): readonly LibraryEntry[];
  get(id: string): LibraryEntry | undefined;
  /** An article by id, else by headline (case and accents ignored; exact, then prefix, then contains). */
  resolve(ref: string): LibraryEntry | undefined;
  /** Headline search for autocomplete: prefix matches, then all words; empty query = newest. */
  searchHeadlines(query: string, limit: number): LibraryEntry[];
  /** Articles matching a query in headline, people or text; best first, ties newest first. */
  search(query: string, limit?: number): LibraryEntry[];
  /** People across the library matching a name, surname, alias or prefix, best first. */
  findPeople(query: string, options?: { withQuotes?: boolean; limit?: number }): LibraryPerson[];
  /** One person, several candidates, or none with the closest names. Never invents a person. */
  lookupPerson(query: string, options?: { withQuotes?: boolean }): PersonLookup;
}
