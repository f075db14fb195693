// What moderators type, turned into settings values, with an error that says exactly what is wrong
// and what to write instead. Shared by /config, by the repair of hand-edited documents
// (settings.ts) and by the timezone autocomplete. Pure: Intl only, no clock.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });
const pad = (n: number): string => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------- time of day

const TIME_HELP = 'Use the 24-hour HH:MM form, such as 08:00 or 18:30.';

/** "08:00" and "8:00" → "08:00"; anything else → a message naming the problem and the fix. */
export function parseTime(input: string): Parsed<string> {
  const text = input.trim();
  if (text === '') return fail(`The time is empty. ${TIME_HELP}`);
  const hm = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (hm) {
    const hour = Number(hm[1]);
    const minute = Number(hm[2]);
    if (hour > 23) return fail(`"${text}" is not a time of day: the hour must be 00 to 23 (midnight is 00:00). ${TIME_HELP}`);
    if (minute > 59) return fail(`"${text}" is not a time of day: the minutes must be 00 to 59. ${TIME_HELP}`);
    return ok(`${pad(hour)}:${pad(minute)}`);
  }
  const meridiem = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(text);
  if (meridiem) {
    const hour12 = Number(meridiem[1]);
    const minute = Number(meridiem[2] ?? '0');
    if (hour12 >= 1 && hour12 <= 12 && minute <= 59) {
      const hour = (hour12 % 12) + (meridiem[3]!.toLowerCase() === 'p' ? 12 : 0);
      return fail(`"${text}" is a 12-hour time: write it as ${pad(hour)}:${pad(minute)}. ${TIME_HELP}`);
    }
    return fail(`"${text}" is not a time of day. ${TIME_HELP}`);
  }
  const glued = /^(\d{1,2})(\d{2})$/.exec(text) ?? /^(\d{1,2})\s*[.h]\s*(\d{2})$/i.exec(text);
  if (glued) {
    const hour = Number(glued[1]);
    const minute = Number(glued[2]);
    if (hour <= 23 && minute <= 59) return fail(`Write the time with a colon: ${pad(hour)}:${pad(minute)}.`);
  }
  const hourOnly = /^(\d{1,2})$/.exec(text);
  if (hourOnly && Number(hourOnly[1]) <= 23) return fail(`Give hours and minutes: ${pad(Number(hourOnly[1]))}:00. ${TIME_HELP}`);
  return fail(`"${text}" is not a time of day. ${TIME_HELP}`);
}

// ---------------------------------------------------------------------------- days of the week

/** Date#getDay() numbering: 0 = Sunday. */
export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_LABELS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const DAY_WORDS: Record<string, number> = {};
[
  ['su', 'sun', 'sunday', 'sundays'],
  ['mo', 'mon', 'monday', 'mondays'],
  ['tu', 'tue', 'tues', 'tuesday', 'tuesdays'],
  ['we', 'wed', 'weds', 'wednesday', 'wednesdays'],
  ['th', 'thu', 'thur', 'thurs', 'thursday', 'thursdays'],
  ['fr', 'fri', 'friday', 'fridays'],
  ['sa', 'sat', 'saturday', 'saturdays'],
].forEach((words, day) => {
  for (const word of words) DAY_WORDS[word] = day;
});

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
const DAY_SETS: Record<string, number[]> = {
  daily: ALL_DAYS,
  'every day': ALL_DAYS,
  everyday: ALL_DAYS,
  all: ALL_DAYS,
  weekdays: [1, 2, 3, 4, 5],
  workdays: [1, 2, 3, 4, 5],
  weekends: [0, 6],
  weekend: [0, 6],
};

const DAYS_HELP = 'Write mon-fri, daily, weekends, or days separated by commas such as mon,wed,fri.';

function dayOf(word: string): Parsed<number> {
  const day = DAY_WORDS[word];
  if (day !== undefined) return ok(day);
  const guess = closest(word, [...DAY_NAMES]);
  return fail(`"${word}" is not a day of the week${guess !== null ? ` (did you mean ${guess}?)` : ''}. ${DAYS_HELP}`);
}

/** "mon-fri", "daily", "weekends", "mon,wed,fri", "fri-mon" (wraps) → sorted day numbers. */
export function parseDays(input: string): Parsed<number[]> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return fail(`No days given. ${DAYS_HELP}`);
  const set = DAY_SETS[text];
  if (set !== undefined) return ok([...set]);
  const days = new Set<number>();
  for (const part of text.split(/\s*[,;/ ]\s*|\s+and\s+/).filter((p) => p !== '' && p !== 'and')) {
    const named = DAY_SETS[part];
    if (named !== undefined) {
      named.forEach((d) => days.add(d));
      continue;
    }
    const range = /^([a-z]+)\s*(?:-|–|to)\s*([a-z]+)$/.exec(part);
    if (range) {
      const from = dayOf(range[1]!);
      if (!from.ok) return from;
      const to = dayOf(range[2]!);
      if (!to.ok) return to;
      for (let d = from.value; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to.value) break;
      }
      continue;
    }
    const single = dayOf(part);
    if (!single.ok) return single;
    days.add(single.value);
  }
  if (days.size === 0) return fail(`No days given. ${DAYS_HELP}`);
  return ok([...days].sort((a, b) => a - b));
}

/** [1..5] → "Mon–Fri (weekdays)", [0..6] → "every day", [1,3,5] → "Mon, Wed, Fri". */
export function formatDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  if (sorted.join() === '1,2,3,4,5') return 'Mon–Fri (weekdays)';
  if (sorted.join() === '0,6') return 'Sat and Sun (weekends)';
  // Runs of three or more consecutive days (Monday first) read better as ranges.
  const mondayFirst = sorted.map((d) => (d + 6) % 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < mondayFirst.length; ) {
    let j = i;
    while (j + 1 < mondayFirst.length && mondayFirst[j + 1] === mondayFirst[j]! + 1) j += 1;
    const label = (m: number): string => DAY_LABELS[(m + 1) % 7]!;
    if (j - i >= 2) parts.push(`${label(mondayFirst[i]!)}–${label(mondayFirst[j]!)}`);
    else for (let k = i; k <= j; k += 1) parts.push(label(mondayFirst[k]!));
    i = j + 1;
  }
  return parts.join(', ');
}

// ---------------------------------------------------------------------------- time zones

let zoneList: readonly string[] | undefined;

/** Every IANA zone this runtime knows, plus "UTC" (which Intl's list leaves out). */
export function timeZones(): readonly string[] {
  zoneList ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  return zoneList;
}

let zonesByLowerCase: Map<string, string> | undefined;

/** A listed zone by its name in any case (a Map: settings parsing calls this for every document). */
function listedZone(lower: string): string | undefined {
  zonesByLowerCase ??= new Map(timeZones().map((z) => [z.toLowerCase(), z]));
  return zonesByLowerCase.get(lower);
}

/** The zones most servers want: shown first when nothing has been typed yet. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Warsaw',
  'Europe/Moscow',
  'America/Toronto',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Dubai',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Africa/Johannesburg',
  'Africa/Lagos',
];

/** Abbreviations are ambiguous and ignore daylight saving; suggest a place that observes it. */
const ABBREVIATIONS: Record<string, string> = {
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  ct: 'America/Chicago',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  bst: 'Europe/London',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  ist: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
};

/** The runtime's name for a zone it accepts (fixes case, resolves aliases), else null. */
function resolveZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** True for a zone name this runtime can compute local times in. */
export function isKnownTimeZone(name: string): boolean {
  return name.trim() !== '' && resolveZone(name) !== null;
}

const ZONE_HELP = 'Pick one from the list as you type: IANA names such as Europe/London or America/New_York.';

/** A valid IANA zone (or UTC), with its proper spelling; unknown → an error with a suggestion. */
export function parseTimezone(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, '_');
  if (text === '') return fail(`The time zone is empty. ${ZONE_HELP}`);
  const lower = text.toLowerCase();
  if (lower === 'utc' || lower === 'gmt' || lower === 'etc/utc' || lower === 'z') return ok('UTC');
  const listed = listedZone(lower);
  if (listed !== undefined) return ok(listed);
  const abbreviation = ABBREVIATIONS[lower];
  if (abbreviation !== undefined) {
    return fail(
      `"${input.trim()}" is an abbreviation, which does not follow daylight saving time. Choose the place instead, e.g. ${abbreviation}.`,
    );
  }
  if (/^(utc|gmt)?\s*[+-]\s*\d{1,2}(:?\d{2})?$/i.test(input.trim())) {
    return fail(
      `"${input.trim()}" is a fixed offset, which does not follow daylight saving time. Choose the place instead, e.g. Europe/Berlin or America/New_York.`,
    );
  }
  // Aliases the list leaves out (US/Pacific, Asia/Kolkata on older runtimes) are still valid.
  if (text.includes('/')) {
    const resolved = resolveZone(text);
    if (resolved !== null) return ok(listedZone(resolved.toLowerCase()) ?? resolved);
  }
  const [best] = suggestTimezones(text, 1);
  const guess = best !== undefined && similarity(lower, best) ? ` Did you mean ${best}?` : '';
  return fail(`"${input.trim()}" is not a time zone I know.${guess} ${ZONE_HELP}`);
}

/** Whether a suggestion is close enough to offer as "did you mean". */
function similarity(typed: string, zone: string): boolean {
  const z = zone.toLowerCase();
  const city = z.slice(z.lastIndexOf('/') + 1);
  const t = typed.slice(typed.lastIndexOf('/') + 1);
  return z.includes(t) || editDistance(t, city) <= Math.max(2, Math.floor(city.length / 3));
}

/** Up to `limit` zones for what has been typed, best first (for autocomplete and suggestions). */
export function suggestTimezones(query: string, limit = 25): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '_');
  if (q === '') return COMMON_ZONES.filter((z) => isKnownTimeZone(z)).slice(0, limit);
  const abbreviation = ABBREVIATIONS[q];
  const scored: Array<{ zone: string; score: number }> = [];
  for (const zone of timeZones()) {
    const z = zone.toLowerCase();
    const segments = z.split('/');
    const city = segments[segments.length - 1]!;
    const qCity = q.slice(q.lastIndexOf('/') + 1);
    let score: number;
    if (z === q) score = 0;
    else if (zone === abbreviation) score = 1;
    else if (z.startsWith(q)) score = 2;
    else if (segments.some((s) => s.startsWith(q)) || city.startsWith(qCity)) score = 3;
    else if (z.includes(q)) score = 4;
    else {
      const d = Math.min(editDistance(qCity, city), editDistance(q, z));
      if (d > Math.max(2, Math.floor(qCity.length / 3))) continue;
      score = 5 + d;
    }
    // Common zones first within a rank, then shorter names, then alphabetical.
    scored.push({ zone, score: score * 10 + (COMMON_ZONES.includes(zone) ? 0 : 1) });
  }
  scored.sort((a, b) => a.score - b.score || a.zone.length - b.zone.length || a.zone.localeCompare(b.zone));
  return scored.slice(0, limit).map((s) => s.zone);
}

// ---------------------------------------------------------------------------- helpers

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.slice(0, Math.max(3, c.length)), c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 ? best : null;
}
