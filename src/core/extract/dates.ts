// Date mentions, resolved against the publication date with chrono-node. chrono finds the phrases;
// the rules here drop what is not a calendar date (a clock time, "now", a fraction "3/4", the verb
// "march"), and decide a bare weekday the way news uses it: the last such day, unless the sentence
// speaks of the future ("will meet on Monday").
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { AnalyzedText } from './analyzed-text.ts';
import type { DateMention } from '../article.ts';

const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** A weekday or a month name anywhere in a sentence. Built once; matchAll works on a copy, so no lastIndex is shared. */
const NAMED = new RegExp(`${WEEKDAY.source}|${MONTH_WORD.source}`, 'gi');
const FUTURE_CUE = /\b(?:will|won't|shall|'ll|is to|are to|to be held|expected|scheduled|plans?|planned|set|due|going to|would|upcoming|next|coming)\b/i;
const NOT_A_DATE = /^(?:now|right now|currently|noon|midnight|tonight)$/i;
// "nine months after", "two days later", "within a few weeks", "the past three months": spans
// measured from some event, or periods, not days on the calendar.
const RELATIVE_TO_EVENT = /\b(?:after|afterwards|later|before|earlier|within|following|since|in the|over the|during|for the)\b/i;
const PERIOD = /\b(?:past|few|several)\b.*\b(?:days|weeks|months|years)\b/i;

// Sentences without one of these cannot hold a calendar date (times and bare years are dropped anyway).
const DATE_HINT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|week|weekend|month|night|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}(?:st|nd|rd|th)\b/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The reference date at local noon (noon keeps day arithmetic clear of DST edges), or null. */
function referenceDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const m = publishedAt.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

/** Whether chrono's result names a day (or at least a month) rather than a time or a bare year. */
function isCalendarMention(r: ParsedResult, text: string): boolean {
  const c = r.start;
  if (NOT_A_DATE.test(text)) return false;
  // "3/4", "24/7": a fraction or a slogan unless a year makes it a date.
  if (/^\d{1,2}[/.-]\d{1,2}$/.test(text)) return false;
  const named = MONTH_WORD.test(text) || WEEKDAY.test(text) || /\d/.test(text);
  if (!named && !/\bago\b/i.test(text) && (RELATIVE_TO_EVENT.test(text) || PERIOD.test(text))) return false;
  // "for three months", "over two years": a duration.
  if (!named && /^(?:for|over|about|around|nearly|almost)\b/i.test(text)) return false;
  // "protesters march", "it may rain": a month name must be written with a capital.
  const month = text.match(MONTH_WORD);
  if (month && !/\d/.test(text) && month[0] === month[0].toLowerCase() && !WEEKDAY.test(text)) return false;
  if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month')) return true;
  return false;
}

/** A future cue among the few words just before the mention: "will meet on Monday", "by October". */
function futureBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).split(/\s+/).filter((w) => w !== '').slice(-6).join(' ');
  // "by October", "until Friday": a deadline ahead.
  return FUTURE_CUE.test(before) || /\b(?:by|until|till|through)$/i.test(before);
}

function resolve(r: ParsedResult, sentence: string, ref: Date, at: number): string {
  const c = r.start;
  const ahead = futureBefore(sentence, at) || /^(?:by|until|till|through)\b/i.test(r.text.trim());
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month');
  const relativeWord = /\b(?:next|last|this|coming|past|previous)\b/i.test(r.text);
  const wd = c.get('weekday');
  if (weekdayOnly && !relativeWord && wd !== null) {
    const back = (ref.getDay() - wd + 7) % 7;
    const future = back > 0 && ahead;
    const d = new Date(ref);
    d.setDate(ref.getDate() + (future ? 7 - back : -back));
    return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  let year = c.get('year') ?? ref.getFullYear();
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  // chrono picks the nearest year for "December 28"; a news report in the past tense means the last one.
  if (!c.isCertain('year') && !relativeWord) {
    const when = new Date(year, month - 1, day, 12);
    if (when > ref && !ahead) year--;
    else if (when < ref && ahead && (ref.getTime() - when.getTime()) / 86_400_000 > 31) year++;
  }
  return iso(year, month, day);
}

// Two far-apart references: a phrase that resolves to the same day under both is an absolute date.
const PROBE_A = new Date(2001, 5, 15, 12);
const PROBE_B = new Date(2013, 1, 10, 12);

function absoluteDate(text: string): string | null {
  // Only a phrase that writes a year can name a day on its own.
  if (!/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(text)) return null;
  const a = chrono.parse(text, PROBE_A)[0];
  const b = chrono.parse(text, PROBE_B)[0];
  if (!a || !b || !a.start.isCertain('year') || !a.start.isCertain('month') || !a.start.isCertain('day')) return null;
  const ia = iso(a.start.get('year') ?? 0, a.start.get('month') ?? 0, a.start.get('day') ?? 0);
  const ib = iso(b.start.get('year') ?? 0, b.start.get('month') ?? 0, b.start.get('day') ?? 0);
  return ia === ib ? ia : null;
}

const trimText = (text: string): { text: string; offset: number } => {
  const lead = text.match(/^[\s,;:.()–—-]*/)?.[0].length ?? 0;
  const body = text.slice(lead).replace(/[\s,;:()–—-]+$/, '');
  return { text: body, offset: lead };
};

/**
 * Every date mention, in text order, with the sentence it is in. `date` is resolved against
 * `publishedAt` when known; without it only dates the text states in full ("October 5, 2014") get
 * one, the rest are null.
 */
export function findDates(text: AnalyzedText, publishedAt: string | null): DateMention[] {
  const ref = referenceDate(publishedAt);
  const out: DateMention[] = [];
  for (const s of text.sentences) {
    // chrono is the costly step: skip sentences with no digit and no word a date could be made of.
    if (!DATE_HINT.test(s.text)) continue;
    const results = chrono.parse(s.text, ref ?? PROBE_A, { forwardDate: false });
    const covered: Array<[number, number]> = [];
    const found: Array<{ at: number; mention: DateMention }> = [];
    const take = (r: ParsedResult, base: number): void => {
      const { text: t, offset } = trimText(r.text);
      if (t === '' || !isCalendarMention(r, t)) return;
      const at = base + r.index + offset;
      covered.push([at, at + t.length]);
      const date = ref ? resolve(r, s.text, ref, at) : absoluteDate(t);
      found.push({ at, mention: { text: t, date, sentence: s.index } });
    };
    for (const r of results) take(r, 0);
    // A weekday or month chrono swallowed into a phrase it could not resolve ("the morning of Friday").
    for (const m of s.text.matchAll(NAMED)) {
      const at = m.index ?? 0;
      if (!/^\p{Lu}/u.test(m[0]) || covered.some(([a, b]) => at >= a && at < b)) continue;
      if (/^may$/i.test(m[0])) continue; // "May" alone at a sentence start is usually the verb
      const r = chrono.parse(m[0], ref ?? PROBE_A, { forwardDate: false })[0];
      if (r) take(r, at - r.index);
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) out.push(f.mention);
  }
  return out;
}
