// Quotes that repeat another quote. Subheadings that echo a quote: news pages break a story with a short line such as
// "Opposition sees 'chaos'" or "'They're asking if there's any point'", words lifted from a quote
// in the paragraphs just below it. The line names no speaker; the quote it echoes does.
import type { AnalyzedText } from './analyzed-text.ts';
import type { Quote } from '../article.ts';
import type { QuoteLocation } from './quotes.ts';
import { wordCount } from './speech-words.ts';

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ').trim();

/** A paragraph of one short sentence with no closing full stop, question or exclamation mark. */
function isSubheading(analyzed: AnalyzedText, sentence: number): boolean {
  const s = analyzed.sentences[sentence]!;
  const alone = analyzed.sentences[sentence - 1]?.paragraph !== s.paragraph && analyzed.sentences[sentence + 1]?.paragraph !== s.paragraph;
  return alone && wordCount(s.text) <= 10 && !/[.!?:;,]$/u.test(s.text.replace(/["”’'»]+$/u, '').trim());
}

/**
 * Gives a quote in a subheading the speaker (and speech kind) of the first quote in the next few
 * paragraphs that contains its words. Edits `quotes` and `personOf` in place.
 */
export function echoSubheadings(analyzed: AnalyzedText, located: readonly QuoteLocation[], quotes: Quote[], personOf: (number | null)[]): void {
  located.forEach((q, i) => {
    if (q.nested || q.closeSentence !== q.sentence || !isSubheading(analyzed, q.sentence)) return;
    const words = normal(q.text);
    if (words === '') return;
    for (let j = i + 1; j < located.length && located[j]!.paragraph <= q.paragraph + 3; j++) {
      const echoed = quotes[j]!;
      if (echoed.kind === 'scare' || echoed.speaker === null) continue;
      if (!` ${normal(echoed.text)} `.includes(` ${words} `)) continue;
      quotes[i] = { ...quotes[i]!, speaker: echoed.speaker, speakerType: echoed.speakerType, kind: 'partial' };
      personOf[i] = personOf[j] ?? null;
      return;
    }
  });
}

/**
 * `titled "Fair fördern, klar fordern" ("Fair support, clear demands")`: a quote in brackets right
 * after another quote glosses it (a translation), so it is the same kind of quote by the same
 * speaker. Edits `quotes` and `personOf` in place.
 */
export function glossesInBrackets(analyzed: AnalyzedText, located: readonly QuoteLocation[], quotes: Quote[], personOf: (number | null)[]): void {
  located.forEach((q, i) => {
    const before = located[i - 1];
    if (i === 0 || !before || before.closeSentence !== q.sentence || q.nested) return;
    const between = analyzed.sentences[q.sentence]!.text.slice(before.close + 1, q.open);
    if (!/^\s*\(\s*$/u.test(between)) return;
    quotes[i] = { ...quotes[i]!, speaker: quotes[i - 1]!.speaker, speakerType: quotes[i - 1]!.speakerType, kind: quotes[i - 1]!.kind };
    personOf[i] = personOf[i - 1] ?? null;
  });
}
