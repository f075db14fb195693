// The analyzed form of an article body: sentences with tokens and part-of-speech tags. Every
// extractor (people, quotes, organizations, places, dates, summary) reads this, never raw text.

export interface Token {
  text: string;
  /** Offset of the token within its sentence's text. */
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string;
}

export interface AnalyzedSentence {
  /** Index of the sentence in the article (0-based). */
  index: number;
  /** Index of the body paragraph the sentence belongs to. */
  paragraph: number;
  text: string;
  tokens: Token[];
}

export interface AnalyzedText {
  sentences: AnalyzedSentence[];
}

export { analyzeText } from './sentences.ts';
