// Sentence splitting and tagging with wink-nlp. wink already survives "U.S.", "a.m.", "Gen.", "Jr."
// and initials; on top of it we (1) split paragraphs on newlines first, (2) never let a sentence
// break inside a quotation (a quote of several sentences stays in one sentence, so its attribution
// stays with it), and (3) re-join "“Wait… what?” she asked." whose tail starts in lower case.
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedSentence, AnalyzedText, Token } from './analyzed-text.ts';
import { findQuoteSpans } from './quote-marks.ts';
import { isGivenName } from './name-context.ts';

let nlp: WinkMethods | null = null;
function getNlp(): WinkMethods {
  // Loading the model takes ~100 ms; do it once, on first use.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

interface RawSentence {
  start: number;
  end: number;
  tokens: Token[]; // offsets within the paragraph
}

function splitParagraph(text: string): RawSentence[] {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  // Read every token once for the whole paragraph (cheaper than per sentence), then cut by sentence.
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const all: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const at = text.indexOf(value, cursor);
    // wink may normalise a token (rare); fall back to the cursor so offsets stay monotonic.
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    all.push({ text: at >= 0 ? value : text.slice(start, end), start, end, pos: tags[i] ?? 'X' });
    cursor = end;
  }
  const out: RawSentence[] = [];
  for (const [from, to] of spans) {
    const tokens = all.slice(from, to + 1);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) out.push({ start: first.start, end: last.end, tokens });
  }
  return out;
}

// Abbreviations that can end a sentence as well as sit inside one. wink never splits after them, so
// "at 3 a.m. \u201cIt shook,\u201d she said." stays one sentence; an opening quotation mark with a capital
// after one of these is a new sentence. Titles (Gen., Dr.) are left out: Gen. \u201cMad Dog\u201d Mattis.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(
  ['a.m.', 'p.m.', 'inc.', 'ltd.', 'co.', 'corp.', 'jr.', 'sr.', 'u.s.', 'u.k.', 'u.n.', 'etc.'],
);

// "Martin Luther King Jr. Day", "Cal Ripken Jr. Award": what a name with "Jr." may go on to name.
const AFTER_SUFFIX_NAMING = new Set(['day', 'high', 'boulevard', 'blvd.', 'drive', 'avenue', 'street', 'road', 'school',
  'elementary', 'middle', 'award', 'awards', 'park', 'bridge', 'highway', 'center', 'centre', 'memorial', 'library',
  'stadium', 'arena', 'airport', 'foundation', 'institute', 'hall', 'prize', 'trophy', 'field', 'college', 'university']);

/**
 * "a late challenge on Mateus Silva Jr. Van der Hoorn levelled ...": "Jr." or "Sr." closes a name,
 * so a capitalised word after it, unless it names something after that person, opens a sentence.
 */
function sentenceAfterSuffix(token: Token, next: Token, after: Token | undefined): boolean {
  if (!['jr.', 'sr.'].includes(token.text.toLowerCase()) || next.start !== token.end + 1) return false;
  if (!/^\p{Lu}/u.test(next.text) || AFTER_SUFFIX_NAMING.has(next.text.toLowerCase())) return false;
  // "Jr. (D-Calif.)", "Jr. PhD": a bracket or letters in capitals still belong to the name.
  return /\p{Ll}/u.test(next.text) && after !== undefined;
}

/** Cuts a raw sentence where a quote opens after a sentence-final abbreviation. */
function splitAfterAbbreviations(text: string, raw: RawSentence[], opens: ReadonlySet<number>): RawSentence[] {
  const out: RawSentence[] = [];
  for (const s of raw) {
    let from = 0;
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      const token = s.tokens[i]!;
      const next = s.tokens[i + 1]!;
      // Every listed abbreviation ends with a full stop: most tokens are out before lower-casing.
      if (!token.text.endsWith('.') || !SENTENCE_FINAL_ABBREVIATIONS.has(token.text.toLowerCase())) continue;
      if (!(opens.has(next.start) && /^\p{Lu}/u.test(text.slice(next.end, next.end + 1))) && !sentenceAfterSuffix(token, next, s.tokens[i + 2])) continue;
      const tokens = s.tokens.slice(from, i + 1);
      out.push({ start: tokens[0]!.start, end: token.end, tokens });
      from = i + 1;
    }
    const rest = s.tokens.slice(from);
    if (from === 0) out.push(s);
    else if (rest.length > 0) out.push({ start: rest[0]!.start, end: s.end, tokens: rest });
  }
  return out;
}

// A sentence never ends on a title: wink sometimes cuts "the Rev. | Alphonse Banks" there.
const ENDS_WITH_TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Supt|Insp|Det|Cpl|Maj|Adm|Cmdr|Hon|Fr|Msgr)\.$/u;
// "Sen. Ann Lee (D-Calif.) and Sen. Roy Hall": an abbreviation closing a bracket, then lower case.
const ENDS_WITH_BRACKETED_ABBREVIATION = /\.\)$/u;

const endsClause = (s: string): boolean => /[?!…,]["”’»']?\s*$/u.test(s) || /["”’»]\s*$/u.test(s);

function mergeSentences(text: string, unsplit: RawSentence[]): RawSentence[] {
  const spans = findQuoteSpans(text);
  const raw = splitAfterAbbreviations(text, unsplit, new Set(spans.map((q) => q.open)));
  const insideQuote = (offset: number): boolean =>
    spans.some((q) => q.depth === 0 && !q.openEnded && offset > q.open && offset < q.close);
  const merged: RawSentence[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const boundary = s.start;
      const tail = text.slice(s.start, s.start + 2);
      const lowerStart = /^\p{Ll}/u.test(tail) || /^["”’»]\s*\p{Ll}/u.test(tail);
      const prevText = text.slice(prev.start, prev.end);
      // No space at the boundary ("Space.com", "3.5"): wink split inside a token.
      const glued = s.start === prev.end;
      const cutAtTitle = ENDS_WITH_TITLE.test(prevText) && /^\p{Lu}/u.test(tail);
      // "Secretary Ma. Teresa Reyes": the Filipino "Ma." (María) with a two-word name after it.
      // (Not "founded by Jack Ma. Daniel Zhang ...": after a given name "Ma" is a surname.)
      const maBefore = prevText.endsWith('Ma.') ? /(?:^|\s)(\S*)\s+Ma\.$|^Ma\.$/u.exec(prevText) : null;
      const cutAtMa = maBefore !== null && !isGivenName(maBefore[1] ?? '') && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(s.start));
      const cutAfterBracket = lowerStart && ENDS_WITH_BRACKETED_ABBREVIATION.test(prevText);
      if (glued || insideQuote(boundary) || cutAtTitle || cutAtMa || cutAfterBracket || (lowerStart && endsClause(prevText))) {
        prev.end = s.end;
        prev.tokens.push(...s.tokens);
        continue;
      }
    }
    // s.tokens is already a fresh slice that no other sentence shares: no need to copy it.
    merged.push({ start: s.start, end: s.end, tokens: s.tokens });
  }
  return merged;
}

/** Splits paragraphs (one per entry; embedded newlines split further) into tagged sentences. */
export function analyzeText(paragraphs: string[]): AnalyzedText {
  const sentences: AnalyzedSentence[] = [];
  let paragraphIndex = 0;
  for (const block of paragraphs) {
    for (const line of block.split(/\r?\n/)) {
      const text = line.trim();
      if (text === '') continue;
      for (const s of mergeSentences(text, splitParagraph(text))) {
        // Each token object was made for this sentence alone: shift it in place rather than copy it.
        for (const t of s.tokens) {
          t.start -= s.start;
          t.end -= s.start;
        }
        sentences.push({
          index: sentences.length,
          paragraph: paragraphIndex,
          text: text.slice(s.start, s.end),
          tokens: s.tokens,
        });
      }
      paragraphIndex++;
    }
  }
  return { sentences };
}
