// Quotations: every span in quotation marks, found per paragraph (so a quote of several sentences is
// one quote) and followed across paragraphs when a quote left open at the end of one paragraph
// reopens at the start of the next, as news style writes it. Attribution sees the whole run; the
// Article gets one quote per paragraph (`parts`), each verbatim and traceable to its sentence.
import type { AnalyzedText } from './analyzed-text.ts';
import { findQuoteSpans } from './quote-marks.ts';

export interface QuoteLocation {
  /** The words inside the marks, verbatim (across paragraphs joined with a space). */
  text: string;
  paragraph: number;
  /** Sentence and offset (within that sentence) of the opening mark. */
  sentence: number;
  open: number;
  /** Sentence and offset of the closing mark (the end of the text when the quote is never closed). */
  closeSentence: number;
  close: number;
  /** True when the quote opens at the very start of its paragraph. */
  startsParagraph: boolean;
  /** True for a quote nested inside another quote. */
  nested: boolean;
  /** The quote's text in each paragraph it runs through (one part unless it crosses paragraphs). */
  parts: { text: string; sentence: number }[];
}

interface ParagraphLayout {
  text: string;
  paragraph: number;
  /** Sentence indexes with their start offset in `text`. */
  sentences: { index: number; start: number; length: number }[];
}

function layoutParagraphs(analyzed: AnalyzedText): ParagraphLayout[] {
  const out: ParagraphLayout[] = [];
  for (const s of analyzed.sentences) {
    let p = out[out.length - 1];
    if (!p || p.paragraph !== s.paragraph) {
      p = { text: '', paragraph: s.paragraph, sentences: [] };
      out.push(p);
    }
    if (p.text !== '') p.text += ' ';
    p.sentences.push({ index: s.index, start: p.text.length, length: s.text.length });
    p.text += s.text;
  }
  return out;
}

function locate(p: ParagraphLayout, offset: number): { sentence: number; offset: number } {
  let found = p.sentences[0]!;
  for (const s of p.sentences) {
    if (s.start <= offset) found = s;
    else break;
  }
  return { sentence: found.index, offset: Math.min(offset - found.start, found.length) };
}

const hasWords = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

export function findQuotes(analyzed: AnalyzedText): QuoteLocation[] {
  const paragraphs = layoutParagraphs(analyzed);
  const opensWithMark = (p: ParagraphLayout | undefined): boolean => p !== undefined && /^["“‘'«]/u.test(p.text);
  const spansPer = paragraphs.map((p, pi) => findQuoteSpans(p.text, { continuesInNext: opensWithMark(paragraphs[pi + 1]) }));
  const consumed = paragraphs.map(() => new Set<number>());
  const quotes: QuoteLocation[] = [];
  paragraphs.forEach((p, pi) => {
    const spans = spansPer[pi]!;
    spans.forEach((span, si) => {
      if (consumed[pi]!.has(si)) return;
      let text = p.text.slice(span.open + 1, span.close).trim();
      const parts = [{ text, sentence: locate(p, span.open).sentence }];
      let endPara = pi;
      let endSpan = span;
      // A quote left open at the end of a paragraph continues where the next paragraph reopens it.
      while (endSpan.openEnded) {
        const nextSpans = spansPer[endPara + 1];
        const first = nextSpans?.[0];
        if (!nextSpans || !first || first.open !== 0 || first.depth !== 0) break;
        endPara++;
        consumed[endPara]!.add(0);
        const next = paragraphs[endPara]!;
        const part = next.text.slice(first.open + 1, first.close).trim();
        text = `${text} ${part}`;
        parts.push({ text: part, sentence: locate(next, first.open).sentence });
        endSpan = first;
      }
      if (!hasWords(text)) return;
      const open = locate(p, span.open);
      const close = locate(paragraphs[endPara]!, endSpan.close);
      quotes.push({
        text,
        paragraph: p.paragraph,
        sentence: open.sentence,
        open: open.offset,
        closeSentence: close.sentence,
        close: close.offset,
        startsParagraph: span.open === 0,
        nested: span.depth === 1,
        parts: parts.filter((part) => hasWords(part.text)),
      });
    });
  });
  return quotes;
}
