// The article file format: UTF-8 text; the first non-empty line is the headline, then one paragraph
// per line. Up to three lines right after the headline may be metadata rather than story: a date
// alone ("Friday, July 21, 2017", "July 21, 2017", "21 July 2017", "2017-07-21"), a dateline alone
// ("WASHINGTON (Reuters) -") or a byline ("By Jane Doe"). A dateline that starts a paragraph's text
// ("LONDON (Reuters) - The ...") is left in place: sentences stay verbatim.

export interface ParsedDocument {
  headline: string;
  paragraphs: string[];
  /** ISO date (YYYY-MM-DD) from a date line, else null. */
  publishedAt: string | null;
  /** The metadata lines that were taken out of the body, as written. */
  metadata: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "Wednesday", or abbreviated ("Wed 9 Sep 2026", "Thu., Oct. 1, 2026").
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?)';

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/u, '');
  return MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// "Nov 22, 2026, 08:14 PM ET", "21 July 2017 at 14:05 BST": a time of publication may follow the date.
const CLOCK = String.raw`(?:,? (?:at )?\d{1,2}(?:[:.]\d{2} ?(?:[ap]\.?m\.?)?| ?[ap]\.?m\.?)(?: [A-Z]{2,5})?)?`;

/** The ISO date of a line that is only a date, else null. */
export function parseDateLine(line: string): string | null {
  const s = line.trim().replace(/\s+/gu, ' ').replace(/[.]$/u, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const re1 = new RegExp(`^(?:${WEEKDAY},? )?([A-Za-z]{3,9}\\.?) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})${CLOCK}$`, 'iu');
  m = re1.exec(s);
  if (m) {
    const month = monthIndex(m[1]!);
    return month >= 0 ? isoDate(Number(m[3]), month + 1, Number(m[2])) : null;
  }
  const re2 = new RegExp(`^(?:${WEEKDAY},? )?(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9}\\.?),? (\\d{4})${CLOCK}$`, 'iu');
  m = re2.exec(s);
  if (m) {
    const month = monthIndex(m[2]!);
    return month >= 0 ? isoDate(Number(m[3]), month + 1, Number(m[1])) : null;
  }
  return null;
}

/** "WASHINGTON (Reuters) -", "LONDON, March 3 —": a dateline alone on its line. */
function isDatelineLine(line: string): boolean {
  const s = line.trim();
  if (s.length > 80 || !/[-—–:]$/u.test(s)) return false;
  return /^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,? [\p{L} .,'’-]+)?(?: \([^)]{1,40}\))? ?[-—–:]+$/u.test(s);
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline alone on its line. */
function isBylineLine(line: string): boolean {
  // "ABC Rural / By Jane Doe", "Politics | By Jane Doe": a desk or outlet of up to four capitalised
  // words and a separator may come first.
  const s = line.trim().replace(/^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3} [/|] (?=by\s)/iu, '');
  return /^by\s+\p{Lu}/iu.test(s) && s.split(/\s+/u).length <= 10 && !/[.!?]["”]?$/u.test(s.replace(/\b\p{Lu}\.$/u, ''));
}

// Words for the writer in a byline that states the writer's job after the name.
const STAFF_WORDS = /\b(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|critic|producer|staff)s?\b/iu;

/**
 * "Kendra Boateng, ESPN Staff Writer", "Lucy Henderson, BBC Scotland South of Scotland reporter": a
 * name of two to four capitalised words, a comma and the writer's job, alone on a line (no verb, no
 * closing stop).
 */
function isRoleBylineLine(line: string): boolean {
  const m = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){1,3}(?:,| [-—–|]) (.+)$/u.exec(line.trim());
  if (!m || /[.!?]["”]?$/u.test(line.trim())) return false;
  const job = m[1]!.split(/\s+/u);
  return job.length <= 9 && STAFF_WORDS.test(m[1]!) && job.every((w) => /^(?:\p{Lu}|of$|and$|for$|the$|at$|&$|staff|writer|reporter|correspondent|editor|columnist|journalist|contributor|critic|producer|senior|chief|political|business|sports?|health|science|education|environment|economics?|legal|security|foreign|national|local|data|investigative)/u.test(w));
}

/**
 * "Kelly Ho Wing-sze", "Caoimhe Ní Laoire", "Marie-Ève Tremblay-Lachance, Ottawa": a bare byline, the
 * writer's name alone (two to four capitalised words, lower-case particles between) and perhaps the
 * place filed from, on its own line among the metadata lines. Without this the writer is taken for a
 * person of the story (or, with the place, for a place).
 */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const BARE_BYLINE = new RegExp(`^${NAME_WORD}(?: (?:\\p{Ll}{1,4} )?${NAME_WORD}){1,3}(?:, ${NAME_WORD}(?: ${NAME_WORD}){0,2})?$`, 'u');
function isBareBylineLine(line: string): boolean {
  const s = line.trim();
  // "Updated", "Breaking News": desk lines; all-capital lines are datelines or headings.
  return BARE_BYLINE.test(s) && !/^(?:updated|breaking|exclusive|analysis|opinion|live|watch|listen)\b/iu.test(s) && /\p{Ll}/u.test(s);
}

/**
 * Bloomberg's end line "—With assistance from Jane Roe": it credits other staff, like a byline.
 */
const ASSISTANCE_CREDIT = /^(?:[—–-]+\s*)?[Ww]ith (?:additional )?assistance (?:from|by)\s+\p{Lu}[^.!?]*$/u;
/**
 * AP's and CNN's end line "Associated Press writer Jane Roe in Tucson contributed to this report.",
 * "CNN's A and B contributed reporting.": staff credits too, so the same convention as "Reporting by".
 */
const CONTRIBUTED_CREDIT = /^\p{Lu}[^"“”]*\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting)(?: from [^.]+)?\.?$/u;
const isEndCredit = (line: string): boolean => ASSISTANCE_CREDIT.test(line) || CONTRIBUTED_CREDIT.test(line);

/**
 * "Reporting by Kevin Tan; Editing by Martin Howell", "(Additional reporting by ...)",
 * "Contributing: ...": a wire credit line, which names staff, not people in the story.
 */
export const CREDIT_LINE = /^\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|research)(?:\s+and\s+\w+)?\s+by\b|contributing(?:\s+reporters?)?\s*:)/iu;

export function parseDocument(text: string): ParsedDocument {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const headline = lines[0] ?? '';
  const body = lines.slice(1);
  let publishedAt: string | null = null;
  const metadata: string[] = [];
  // Metadata lines come first, in any order, and at most three of them.
  while (body.length > 1 && metadata.length < 3) {
    const line = body[0]!;
    const date = parseDateLine(line);
    if (date) {
      publishedAt ??= date;
    } else if (!isDatelineLine(line) && !isBylineLine(line) && !isRoleBylineLine(line) && !isBareBylineLine(line)) {
      break;
    }
    metadata.push(line);
    body.shift();
  }
  // Credit lines close a wire story: up to three of them at the end are metadata too.
  const credits: string[] = [];
  while (body.length > 1 && credits.length < 3 && (CREDIT_LINE.test(body[body.length - 1]!) || isEndCredit(body[body.length - 1]!)) && body[body.length - 1]!.split(/\s+/u).length <= 30) credits.unshift(body.pop()!);
  metadata.push(...credits);
  return { headline, paragraphs: body, publishedAt, metadata };
}
