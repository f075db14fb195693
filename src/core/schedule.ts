// Slot arithmetic for a guild's digest: "HH:MM on these weekdays in this IANA time zone", turned into
// UTC instants with Intl only (no date library). A slot is named by its *local* date and time, so the
// id is the same however often the wall clock passes that time: on the night clocks go back the
// repeated 02:30 is one slot (sent at its first occurrence), and on the night they go forward the
// skipped 02:30 is still one slot, sent at the first valid instant after the gap.

export interface ScheduleSettings {
  /** Local time of day, 24-hour "HH:MM". */
  time: string;
  /** Local weekdays, 0 = Sunday ... 6 = Saturday. */
  days: readonly number[];
  /** IANA time zone name. */
  timezone: string;
}

export interface Slot {
  /** Stable name of the slot, e.g. "2026-03-29T08:00@Europe/London". */
  id: string;
  /** The instant the slot falls due. */
  at: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time at instant `t` (whole seconds) in `timeZone`, as if that wall time were UTC (ms). */
function wallTimeFromIntl(t: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
}

function offsetFromIntl(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  return wallTimeFromIntl(whole, timeZone) - whole;
}

// Intl is slow (microseconds a call) and a scheduler with 100,000 guilds asks it millions of times,
// so offsets are cached per zone and UTC hour. An hour whose two ends have the same offset has it
// throughout (zones change offset at most once an hour); an hour with a change is marked NaN and
// answered exactly each time.
const HOUR = 3_600_000;
const CACHE_LIMIT = 100_000;
const offsetCache = new Map<string, Map<number, number>>();

function offsetAt(t: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const hour = Math.floor(t / HOUR);
  let offset = zone.get(hour);
  if (offset === undefined) {
    const start = offsetFromIntl(hour * HOUR, timeZone);
    offset = start === offsetFromIntl((hour + 1) * HOUR - 1000, timeZone) ? start : NaN;
    if (zone.size >= CACHE_LIMIT) zone.clear();
    zone.set(hour, offset);
  }
  return Number.isNaN(offset) ? offsetFromIntl(t, timeZone) : offset;
}

/** The wall-clock time at instant `t` in `timeZone`, expressed as if that wall time were UTC (ms). */
function wallTime(t: number, timeZone: string): number {
  return t + offsetAt(t, timeZone);
}

/**
 * The instant at which the local wall time `wall` (ms, as if UTC) happens in `timeZone`.
 * Repeated wall times resolve to their first occurrence; skipped ones to the end of the gap.
 */
export function instantOfWallTime(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([before, after, offsetAt(wall, timeZone)])]
    .map((offset) => wall - offset)
    .filter((t) => wallTime(t, timeZone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return first;
  // In a gap: the offset jumps from `before` to `after` somewhere between these two instants.
  let lo = wall - after;
  let hi = wall - before;
  if (hi < lo) [lo, hi] = [hi, lo];
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (mid <= lo) break;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (match === null) throw new RangeError(`Not an HH:MM time: ${time}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The slot of `settings` on the local calendar day `localDay` (ms of that day's midnight, as if UTC). */
function slotOnDay(settings: ScheduleSettings, localDay: number): Slot {
  const { hour, minute } = parseTime(settings.time);
  const wall = localDay + hour * 3_600_000 + minute * MINUTE;
  const day = new Date(localDay);
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  return {
    id: `${date}T${pad(hour)}:${pad(minute)}@${settings.timezone}`,
    at: new Date(instantOfWallTime(wall, settings.timezone)),
  };
}

function localMidnight(t: number, timeZone: string): number {
  const wall = wallTime(t, timeZone);
  return wall - (((wall % DAY) + DAY) % DAY);
}

function scheduledOn(settings: ScheduleSettings, localDay: number): boolean {
  return settings.days.includes(new Date(localDay).getUTCDay());
}

/** The first slot strictly after `after`, or null when no weekday is selected. */
export function nextSlot(settings: ScheduleSettings, after: Date): Slot | null {
  const today = localMidnight(after.getTime(), settings.timezone);
  // Eight days: today's slot may already have passed and the only selected weekday be today's.
  for (let i = 0; i <= 8; i += 1) {
    const day = today + i * DAY;
    if (!scheduledOn(settings, day)) continue;
    const slot = slotOnDay(settings, day);
    if (slot.at.getTime() > after.getTime()) return slot;
  }
  return null;
}

/** The latest slot at or before `now`, or null when no weekday is selected. */
export function latestSlot(settings: ScheduleSettings, now: Date): Slot | null {
  const today = localMidnight(now.getTime(), settings.timezone);
  for (let i = 0; i <= 8; i += 1) {
    const day = today - i * DAY;
    if (!scheduledOn(settings, day)) continue;
    const slot = slotOnDay(settings, day);
    if (slot.at.getTime() <= now.getTime()) return slot;
  }
  return null;
}

/**
 * The slot to send at `now`: the latest slot at or before `now` if it is less than `catchUpMs` old.
 * Older missed slots are never returned, so downtime never turns into a burst of digests.
 */
export function dueSlot(settings: ScheduleSettings, now: Date, options: { catchUpMs: number }): Slot | null {
  const slot = latestSlot(settings, now);
  if (slot === null) return null;
  return now.getTime() - slot.at.getTime() < options.catchUpMs ? slot : null;
}
