// Finds quotation-mark spans in one paragraph. Shared by sentence splitting (so a split never lands
// inside a quote) and by quote extraction. One left-to-right scan: the first mark that opens a quote
// sets its style (double “ ” " « » or, in British style, single ‘ ’ '); marks of the other style
// inside it are a nested quote (depth 1). Apostrophes (don't, Jules's, the 1990s', '90s) are told
// from single quotation marks by what surrounds them.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote runs on past the paragraph. */
  close: number;
  style: 'double' | 'single';
  /** True when no closing mark was found in this paragraph (the quote continues in the next one). */
  openEnded: boolean;
  /** 0 for a quote in the running text, 1 for a quote nested inside another. */
  depth: 0 | 1;
}

export interface QuoteSpanOptions {
  /** The next paragraph opens with a quotation mark: an unclosed quote here may continue there. */
  continuesInNext?: boolean;
}

const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '“', '"', '‘', "'", '«']);

/** Could the mark at `i` open a quote? (Start, space or opening punctuation before; a non-space after.) */
function canOpen(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  if (isSpace(text[i + 1])) return false;
  return before === undefined || isSpace(before) || OPENING_CONTEXT.has(before);
}

/** Could the mark at `i` close a quote? (A non-space before; no letter or digit after.) */
function canClose(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  if (before === undefined || isSpace(before)) return false;
  return !isLetterOrDigit(text[i + 1]);
}

const DOUBLE_OPEN = new Set(['“', '«', '„', '"']);

// Jumps straight to the next quotation mark or apostrophe, so long stretches of plain text cost a
// single native scan instead of a JavaScript loop over each character.
const MARKS = /["“”«»„‘’']/gu;
function nextMark(text: string, from: number, end: number): number {
  MARKS.lastIndex = from;
  const m = MARKS.exec(text);
  return m && m.index < end ? m.index : -1;
}
const SINGLE_OPEN = new Set(['‘', "'"]);

/** Closing offset of the double quote opened at `i`, or -1. */
function closeDouble(text: string, i: number, end: number): number {
  const open = text[i];
  for (let j = nextMark(text, i + 1, end); j >= 0; j = nextMark(text, j + 1, end)) {
    const ch = text[j];
    if (open === '"' ? ch === '"' : ch === '”' || ch === '»' || (ch === '"' && canClose(text, j))) return j;
    // A new opening curly mark before any closing one: the writer forgot to close; stop here.
    if (open === '“' && ch === '“' && canOpen(text, j)) return -j - 2;
  }
  return -1;
}

/** Closing offset of the single quote opened at `i`, or -1. Double quotes inside are skipped. */
function closeSingle(text: string, i: number, end: number): number {
  for (let j = nextMark(text, i + 1, end); j >= 0; j = nextMark(text, j + 1, end)) {
    const ch = text[j];
    if (DOUBLE_OPEN.has(ch ?? '') && canOpen(text, j)) {
      const c = closeDouble(text, j, end);
      if (c >= 0) { j = c; continue; }
    }
    if (ch !== '’' && ch !== "'") continue;
    if (!canClose(text, j)) continue;
    // "rock ’n’ roll": the second mark of ’n’ is an elision, not the end of the quote.
    if (text[j - 1] === 'n' && (text[j - 2] === '’' || text[j - 2] === "'") && isSpace(text[j - 3])) continue;
    // "the players' union", "the Joneses’ Land Rover" inside a quote: a plural possessive; keep
    // looking if a later close exists.
    const before = text[j - 1];
    const next2 = text[j + 2];
    if ((before === 's' || before === 'S') && text[j + 1] === ' ' && next2 !== undefined && /\p{L}/u.test(next2)) {
      let later = false;
      for (let k = nextMark(text, j + 1, end); k >= 0; k = nextMark(text, k + 1, end)) {
        const c = text[k];
        if ((c === '’' || c === "'") && canClose(text, k)) { later = true; break; }
      }
      if (later) continue;
    }
    // "‘They took the Smiths’, the Joneses’ and ours,’ she said": a plural possessive before a
    // comma, when the quote closes again before any new quote opens and no attribution lies between.
    if ((before === 's' || before === 'S') && (text[j + 1] === ',' || text[j + 1] === ';') && closesAgainUnattributed(text, j, end)) continue;
    return j;
  }
  return -1;
}

const ATTRIBUTION = /\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|insisted|warned|according|wrote|writes)\b/u;

/** Is there a later closing single mark after `j`, with no opening mark and no attribution verb between? */
function closesAgainUnattributed(text: string, j: number, end: number): boolean {
  for (let k = nextMark(text, j + 1, end); k >= 0; k = nextMark(text, k + 1, end)) {
    const c = text[k];
    if (c === '‘' && canOpen(text, k)) return false;
    // A sure close: punctuation right before the mark ("and ours,’").
    if ((c === '’' || c === "'") && canClose(text, k) && /[.,!?;:]/u.test(text[k - 1] ?? '')) {
      return !ATTRIBUTION.test(text.slice(j + 1, k));
    }
  }
  return false;
}

/** Nested quotes of the other style inside (from, to). */
function nested(text: string, from: number, to: number, style: 'double' | 'single'): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = nextMark(text, from, to); i >= 0; i = nextMark(text, i + 1, to)) {
    const ch = text[i] ?? '';
    if (style === 'double' && DOUBLE_OPEN.has(ch) && canOpen(text, i)) {
      const c = closeDouble(text, i, to);
      if (c > i + 1) { out.push({ open: i, close: c, style, openEnded: false, depth: 1 }); i = c; }
    } else if (style === 'single' && SINGLE_OPEN.has(ch) && canOpen(text, i)) {
      const c = closeSingle(text, i, to);
      if (c > i + 1) { out.push({ open: i, close: c, style, openEnded: false, depth: 1 }); i = c; }
    }
  }
  return out;
}

// Words after which a two-digit number is a year ("since ‘19", "in '08").
const YEAR_LEAD = /(?:^|\s)(?:in|since|of|the|until|till|from|to|by|early|late|mid|summer|winter|spring|autumn|fall)\s$/iu;

/**
 * "the ‘90s", "since ‘19": a decade or year whose apostrophe the writer's software turned into an
 * opening mark. Not "‘20 people died,’": a bare two digits is a year only after a time word.
 */
function isYearElision(text: string, i: number): boolean {
  const m = /^\d{2}(s?)(?![\p{L}\p{N}])/u.exec(text.slice(i + 1, i + 5));
  if (!m) return false;
  return m[1] === 's' || YEAR_LEAD.test(text.slice(Math.max(0, i - 8), i));
}

/** Quote spans of a paragraph, in order of their opening marks (nested ones after their outer quote). */
export function findQuoteSpans(text: string, options: QuoteSpanOptions = {}): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    i = nextMark(text, i, n);
    if (i < 0) break;
    const ch = text[i] ?? '';
    if (DOUBLE_OPEN.has(ch) && (ch !== '"' || canOpen(text, i) || !canClose(text, i))) {
      let c = closeDouble(text, i, n);
      if (c === -1) {
        spans.push({ open: i, close: n, style: 'double', openEnded: true, depth: 0 }, ...nested(text, i + 1, n, 'single'));
        break;
      }
      if (c < -1) c = -c - 2; // unclosed, ended by the next opening mark
      const closed = text[c] !== '“';
      if (c > i + 1) spans.push({ open: i, close: c, style: 'double', openEnded: false, depth: 0 }, ...nested(text, i + 1, c, 'single'));
      i = closed ? c + 1 : c;
      continue;
    }
    if (SINGLE_OPEN.has(ch) && canOpen(text, i) && !isYearElision(text, i)) {
      const c = closeSingle(text, i, n);
      if (c >= 0) {
        if (c > i + 1) spans.push({ open: i, close: c, style: 'single', openEnded: false, depth: 0 }, ...nested(text, i + 1, c, 'double'));
        i = c + 1;
        continue;
      }
      // Unclosed: a quote running into the next paragraph, or else just an apostrophe ('90s).
      if (i === 0 || options.continuesInNext === true) {
        spans.push({ open: i, close: n, style: 'single', openEnded: true, depth: 0 }, ...nested(text, i + 1, n, 'double'));
        break;
      }
    }
    i++;
  }
  return spans;
}
