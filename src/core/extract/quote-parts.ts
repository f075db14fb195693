// A quote that runs across paragraphs is attributed as one run, but the Article lists one quote per
// paragraph: each text is then a verbatim span of the article, tied to the sentence it opens in,
// and every part keeps the run's speaker and kind. A quote nested in a quote that nobody says is not listed.
import type { Quote } from '../article.ts';
import type { QuoteLocation } from './quotes.ts';

export function splitQuoteParts(
  quotes: readonly Quote[],
  personOf: readonly (number | null)[],
  located: readonly QuoteLocation[],
): { quotes: Quote[]; personOf: (number | null)[] } {
  const outQuotes: Quote[] = [];
  const outPersons: (number | null)[] = [];
  quotes.forEach((quote, i) => {
    // "I don't think 'we need more time' is an argument": words quoted inside a quote that no one
    // in it is said to say are part of the outer speaker's quote, not a quote of their own.
    if (located[i]?.nested && quote.speaker === null && quote.kind === 'scare') return;
    const parts = located[i]?.parts ?? [];
    if (parts.length <= 1) {
      outQuotes.push(quote);
      outPersons.push(personOf[i] ?? null);
      return;
    }
    for (const part of parts) {
      outQuotes.push({ ...quote, text: part.text, sentence: part.sentence });
      outPersons.push(personOf[i] ?? null);
    }
  });
  return { quotes: outQuotes, personOf: outPersons };
}
