// The Article contract (DESIGN.md, "The Article contract"). `npm run extract` prints exactly this
// shape; every command and the digest answer from it. Field names are a public interface.

export interface Sentence {
  text: string;
  /** Index of the paragraph (0-based, body paragraphs only: the headline is not one). */
  paragraph: number;
}

export interface Person {
  /** The fullest form of the name the article gives ("Antony Blinken"). */
  name: string;
  /** Other forms the article uses for the same person ("Blinken"). */
  aliases: string[];
  /** Roles as the text states them ("US Secretary of State"). */
  roles: string[];
  /** Indexes into `sentences` of every sentence that mentions the person. */
  mentions: number[];
  /** Indexes into `quotes` of the quotes attributed to the person. */
  quotes: number[];
}

export type SpeakerType = 'person' | 'organization' | 'unnamed';
export type QuoteKind = 'full' | 'partial' | 'scare';

export interface Quote {
  /** The words inside the quotation marks, verbatim. */
  text: string;
  /** A person's full name, an organization's name, a short description of an unnamed speaker, or null. */
  speaker: string | null;
  speakerType: SpeakerType | null;
  kind: QuoteKind;
  /** Index into `sentences` of the sentence where the quote opens. */
  sentence: number;
}

export interface Organization {
  name: string;
  mentions: number[];
}

export interface Place {
  name: string;
  mentions: number[];
}

export interface DateMention {
  text: string;
  /** ISO calendar date (YYYY-MM-DD) resolved against publishedAt, or null when it cannot be. */
  date: string | null;
  sentence: number;
}

export interface Article {
  id: string;
  headline: string;
  publishedAt: string | null;
  sentences: Sentence[];
  /** Verbatim sentences, most important first. */
  summary: string[];
  people: Person[];
  quotes: Quote[];
  organizations: Organization[];
  places: Place[];
  dates: DateMention[];
}
