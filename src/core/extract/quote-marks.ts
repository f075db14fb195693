// Finds quotation-mark spans in one paragraph. Shared by sentence splitting (so a split never lands
// inside a quote) and by quote extraction. Linear scan; no regular expressions over the whole text.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote runs on past the paragraph. */
  close: number;
  /** 'double' for “ ” " « », 'single' for ‘ ’ '. */
  style: 'double' | 'single';
  /** True when no closing mark was found in this paragraph (the quote continues in the next one). */
  openEnded: boolean;
}

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '“', '"', '‘', "'", '«']);

/** Could the straight or curly mark at `i` open a quote? (Preceded by a space/start/opening punctuation, followed by a non-space.) */
function canOpen(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (isSpace(after)) return false;
  return before === undefined || isSpace(before) || OPENING_CONTEXT.has(before);
}

/** Could the mark at `i` close a quote? (Preceded by a non-space, not followed by a letter or digit.) */
function canClose(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  if (before === undefined || isSpace(before)) return false;
  return !isLetterOrDigit(text[i + 1]);
}

function findDoubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«' || ch === '„') {
      if (open < 0) open = i;
      // A second opening mark while one is open: the writer forgot to close; restart at the new mark.
      else if (ch === '“' && canOpen(text, i)) {
        spans.push({ open, close: i, style: 'double', openEnded: true });
        open = i;
      }
    } else if (ch === '”' || ch === '»') {
      if (open >= 0) {
        spans.push({ open, close: i, style: 'double', openEnded: false });
        open = -1;
      }
    } else if (ch === '"') {
      if (open < 0) {
        if (canOpen(text, i) || !canClose(text, i)) open = i;
      } else {
        spans.push({ open, close: i, style: 'double', openEnded: false });
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push({ open, close: text.length, style: 'double', openEnded: true });
  return spans.filter((s) => s.close > s.open + 1 || s.openEnded);
}

function findSingleSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== '‘' && ch !== '’' && ch !== "'") continue;
    if (open < 0) {
      if ((ch === '‘' || ch === "'") && canOpen(text, i)) open = i;
      continue;
    }
    if (ch === '‘') continue;
    if (!canClose(text, i)) continue;
    // "the players' union": a plural possessive inside a quote; keep looking when a later close exists.
    const before = text[i - 1];
    const next = text[i + 1];
    const next2 = text[i + 2];
    if ((before === 's' || before === 'S') && next === ' ' && next2 !== undefined && /\p{Ll}/u.test(next2)) {
      let later = false;
      for (let j = i + 1; j < to; j++) {
        const c = text[j];
        if ((c === '’' || c === "'") && canClose(text, j)) { later = true; break; }
      }
      if (later) continue;
    }
    spans.push({ open, close: i, style: 'single', openEnded: false });
    open = -1;
  }
  // An unclosed single mark is usually an apostrophe ('90s, 'em), not a quote; ignore it unless it
  // opens the paragraph (a British-style quote that continues into the next paragraph).
  if (open >= 0 && open === from) spans.push({ open, close: to, style: 'single', openEnded: true });
  return spans;
}

/**
 * Quote spans of a paragraph, in order. Double marks are primary when the paragraph has any;
 * single marks count only outside double spans (inside they are nested quotes, part of the outer
 * quote). In British style (single marks primary), double marks nested inside singles are ignored.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = findDoubleSpans(text);
  const result: QuoteSpan[] = [];
  let cursor = 0;
  for (const d of doubles) {
    if (d.open > cursor) result.push(...findSingleSpans(text, cursor, d.open));
    result.push(d);
    cursor = d.close + 1;
  }
  if (cursor < text.length) result.push(...findSingleSpans(text, cursor, text.length));
  result.sort((a, b) => a.open - b.open);
  // Drop double spans nested inside a single span (British style: ‘He said “no”.’).
  const out: QuoteSpan[] = [];
  for (const span of result) {
    const last = out[out.length - 1];
    if (last && span.open > last.open && span.close <= last.close) continue;
    out.push(span);
  }
  return out;
}
