// One settings document per guild. The schema is versioned; parsing never throws: a field that
// fails validation is first read leniently (a hand-edited "8:00", "mon-fri" or "3"), and otherwise
// falls back to its default, and every such repair is reported, so a hand-edited or older document
// can never crash the bot. (Owned by issue 4; issue 5 reads `digest` and writes `digestStatus`,
// issue 6 fills `sources`.)
import { z } from 'zod';
import { parseDays, parseTime, parseTimezone } from './settings-input.ts';

export const SETTINGS_VERSION = 1;

/** Days of the week as in Date#getDay(): 0 = Sunday ... 6 = Saturday. */
export const weekdaySchema = z.number().int().min(0).max(6);

const snowflake = z.string().regex(/^\d{17,20}$/);

export const digestSettingsSchema = z.object({
  enabled: z.boolean(),
  channelId: snowflake.nullable(),
  /** Local time of day, 24-hour "HH:MM". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  days: z.array(weekdaySchema).min(1).max(7),
  /** IANA time zone name, such as "Europe/London". */
  timezone: z
    .string()
    .min(1)
    .refine((zone) => {
      // Stored in its proper spelling ("Europe/London", not "europe/london"), as parseTimezone gives it.
      const parsed = parseTimezone(zone);
      return parsed.ok && parsed.value === zone;
    }, 'not a time zone name this runtime knows, in its proper spelling'),
  maxArticles: z.number().int().min(1).max(10),
});

export type DigestSettings = z.infer<typeof digestSettingsSchema>;

export const defaultDigestSettings: DigestSettings = {
  enabled: false,
  channelId: null,
  time: '08:00',
  days: [0, 1, 2, 3, 4, 5, 6],
  timezone: 'UTC',
  maxArticles: 5,
};

/**
 * Why the digest is off when the bot switched it off itself (issue 5: repeated delivery failures).
 * The run of failures before that is counted in the digest ledger, not here; this is only what
 * `/config show` needs to say "switched off since ..., because ...". Cleared when a moderator turns
 * the digest back on.
 */
export const digestStatusSchema = z.object({
  disabledReason: z.string().max(1000).nullable(),
  /** ISO timestamp. */
  disabledAt: z.string().nullable(),
});
export type DigestStatus = z.infer<typeof digestStatusSchema>;
export const defaultDigestStatus: DigestStatus = { disabledReason: null, disabledAt: null };

/** A per-guild feed (issue 6 owns its fields; only `url` is required here, the rest is kept as is). */
export const feedSourceSchema = z.looseObject({ url: z.string().min(1) });
export type FeedSource = z.infer<typeof feedSourceSchema>;

export const sourcesSchema = z.object({ feeds: z.array(feedSourceSchema) });
export type SourcesSettings = z.infer<typeof sourcesSchema>;

export const SUMMARY_LENGTH_MIN = 1;
export const SUMMARY_LENGTH_MAX = 10;
export const DEFAULT_SUMMARY_LENGTH = 3;

/** Who changed a setting last (a Discord user id, or "newsdesk" for the bot itself) and when (ISO). */
export const changeSchema = z.object({ by: z.string().min(1), at: z.string().min(1) });
export type Change = z.infer<typeof changeSchema>;

/** The id recorded when the bot changes a setting itself (the digest switched off after failures). */
export const SYSTEM_ACTOR = 'newsdesk';

export interface GuildSettings {
  version: number;
  digest: DigestSettings;
  digestStatus: DigestStatus;
  /** Default number of sentences for /summary. */
  summaryLength: number;
  /** Members with this role may use the moderator commands, besides those with Manage Server. */
  moderatorRoleId: string | null;
  sources: SourcesSettings;
  /** Per setting path (see SETTING_PATHS): who changed it last and when. */
  changes: Record<string, Change>;
  /** The last change to the document as a whole. */
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The settings a moderator changes, as dotted paths: the keys of `changes` and of change logs. */
export const SETTING_PATHS = [
  'digest.enabled',
  'digest.channelId',
  'digest.time',
  'digest.days',
  'digest.timezone',
  'digest.maxArticles',
  'summaryLength',
  'moderatorRoleId',
  'sources',
] as const;
export type SettingPath = (typeof SETTING_PATHS)[number];

export function defaultSettings(): GuildSettings {
  return {
    version: SETTINGS_VERSION,
    digest: { ...defaultDigestSettings, days: [...defaultDigestSettings.days] },
    digestStatus: { ...defaultDigestStatus },
    summaryLength: DEFAULT_SUMMARY_LENGTH,
    moderatorRoleId: null,
    sources: { feeds: [] },
    changes: {},
    updatedBy: null,
    updatedAt: null,
  };
}

/** A deep copy (documents are plain JSON), so a cached document is never mutated by a caller. */
export function cloneSettings(settings: GuildSettings): GuildSettings {
  // By hand rather than structuredClone: this runs on every cached read (about 20x faster).
  const changes: Record<string, Change> = {};
  for (const path in settings.changes) changes[path] = { ...settings.changes[path]! };
  return {
    ...settings,
    digest: { ...settings.digest, days: [...settings.digest.days] },
    digestStatus: { ...settings.digestStatus },
    sources: { feeds: settings.sources.feeds.map((feed) => structuredClone(feed)) },
    changes,
  };
}

/** The value at a setting path, for diffs and change logs. */
export function settingValue(settings: GuildSettings, path: SettingPath): unknown {
  if (path.startsWith('digest.')) return settings.digest[path.slice('digest.'.length) as keyof DigestSettings];
  return settings[path as 'summaryLength' | 'moderatorRoleId' | 'sources'];
}

/** The setting paths whose values differ between two documents. */
export function changedPaths(before: GuildSettings, after: GuildSettings): SettingPath[] {
  return SETTING_PATHS.filter((p) => JSON.stringify(settingValue(before, p)) !== JSON.stringify(settingValue(after, p)));
}

// ---------------------------------------------------------------------------- parsing stored documents

export interface ParsedSettings {
  settings: GuildSettings;
  /** One line per field that was migrated, read leniently or replaced by its default. */
  problems: string[];
  /** The schema version the document said it had (0 when it had none; null for no document). */
  storedVersion: number | null;
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from version N to N + 1. Version 0 is a document without a `version` field (written by
 * hand, or by a draft of this bot): its fields have the current names but may hold loosely typed
 * values, which the lenient field readers below turn into proper ones; only the version is set here.
 * A later schema change adds `MIGRATIONS[1]` and bumps SETTINGS_VERSION.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (doc) => ({ ...doc, version: 1 }),
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Reads one field: valid → kept; loosely valid → converted (reported); else the default (reported). */
function field<T>(
  problems: string[],
  path: string,
  raw: unknown,
  schema: z.ZodType<T>,
  fallback: T,
  lenient?: (raw: unknown) => T | undefined,
): T {
  if (raw === undefined) {
    problems.push(`${path}: missing; using the default ${show(fallback)}`);
    return fallback;
  }
  const strict = schema.safeParse(raw);
  if (strict.success) return strict.data;
  const loose = lenient?.(raw);
  if (loose !== undefined && schema.safeParse(loose).success) {
    problems.push(`${path}: ${show(raw)} read as ${show(loose)}`);
    return loose;
  }
  const reason = strict.error.issues[0]?.message ?? 'invalid';
  problems.push(`${path}: ${show(raw)} is not valid (${reason}); using the default ${show(fallback)}`);
  return fallback;
}

const looseInt = (raw: unknown): number | undefined =>
  typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
const looseTime = (raw: unknown): string | undefined => {
  if (typeof raw !== 'string') return undefined;
  const parsed = parseTime(raw);
  return parsed.ok ? parsed.value : undefined;
};
const looseDays = (raw: unknown): number[] | undefined => {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) && raw.every((d) => typeof d === 'string') ? raw.join(',') : null;
  if (text === null) {
    if (Array.isArray(raw) && raw.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) return [...new Set(raw as number[])].sort();
    return undefined;
  }
  const parsed = parseDays(text);
  return parsed.ok ? parsed.value : undefined;
};
const looseZone = (raw: unknown): string | undefined => {
  if (typeof raw !== 'string') return undefined;
  const parsed = parseTimezone(raw);
  return parsed.ok ? parsed.value : undefined;
};
const looseBool = (raw: unknown): boolean | undefined => (raw === 'true' ? true : raw === 'false' ? false : undefined);

function parseDigest(problems: string[], raw: unknown): DigestSettings {
  const d = defaultSettings().digest;
  if (!isRecord(raw)) {
    problems.push(`digest: ${show(raw)} is not an object; using the default digest settings`);
    return d;
  }
  return {
    enabled: field(problems, 'digest.enabled', raw.enabled, digestSettingsSchema.shape.enabled, d.enabled, looseBool),
    channelId: field(problems, 'digest.channelId', raw.channelId, digestSettingsSchema.shape.channelId, d.channelId),
    time: field(problems, 'digest.time', raw.time, digestSettingsSchema.shape.time, d.time, looseTime),
    days: field(problems, 'digest.days', raw.days, digestSettingsSchema.shape.days, d.days, looseDays),
    timezone: field(problems, 'digest.timezone', raw.timezone, digestSettingsSchema.shape.timezone, d.timezone, looseZone),
    maxArticles: field(problems, 'digest.maxArticles', raw.maxArticles, digestSettingsSchema.shape.maxArticles, d.maxArticles, looseInt),
  };
}

function parseSources(problems: string[], raw: unknown): SourcesSettings {
  if (raw === undefined) return { feeds: [] };
  if (!isRecord(raw) || !Array.isArray(raw.feeds)) {
    problems.push(`sources: ${show(raw)} is not { feeds: [...] }; using no sources`);
    return { feeds: [] };
  }
  // One bad feed is dropped on its own; the others are kept.
  const feeds: FeedSource[] = [];
  raw.feeds.forEach((feed, index) => {
    const parsed = feedSourceSchema.safeParse(feed);
    if (parsed.success) feeds.push(parsed.data);
    else problems.push(`sources.feeds[${index}]: ${show(feed)} has no url; dropped`);
  });
  return { feeds };
}

function parseChanges(problems: string[], raw: unknown): Record<string, Change> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    problems.push('changes: not an object; the change history is cleared');
    return {};
  }
  const changes: Record<string, Change> = {};
  for (const [path, change] of Object.entries(raw)) {
    const parsed = changeSchema.safeParse(change);
    if (parsed.success) changes[path] = parsed.data;
    else problems.push(`changes.${path}: ${show(change)} is not { by, at }; dropped`);
  }
  return changes;
}

/**
 * A stored value (anything: undefined for a new guild, a hand-edited object, a JSON string) → a
 * valid document and what had to be repaired. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [], storedVersion: null };
  let value: unknown = raw;
  const problems: string[] = [];
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { settings: defaultSettings(), problems: [`document: not JSON (${show(raw)}); using the defaults`], storedVersion: null };
    }
  }
  if (!isRecord(value)) {
    return { settings: defaultSettings(), problems: [`document: ${show(raw)} is not an object; using the defaults`], storedVersion: null };
  }
  let doc = value;
  const storedVersion = typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version >= 0 ? doc.version : 0;
  if (doc.version !== undefined && storedVersion === 0 && doc.version !== 0) {
    problems.push(`version: ${show(doc.version)} is not a version number; read as version 0`);
  }
  if (storedVersion > SETTINGS_VERSION) {
    problems.push(`version: ${storedVersion} is newer than this bot knows (${SETTINGS_VERSION}); fields it does not know are ignored`);
  }
  for (let v = storedVersion; v < SETTINGS_VERSION; v += 1) {
    const migrate = MIGRATIONS[v];
    if (migrate !== undefined) doc = migrate(doc);
    problems.push(`version: migrated from ${v} to ${v + 1}`);
  }

  const d = defaultSettings();
  const settings: GuildSettings = {
    version: SETTINGS_VERSION,
    digest: parseDigest(problems, doc.digest),
    digestStatus:
      doc.digestStatus === undefined
        ? d.digestStatus
        : field(problems, 'digestStatus', doc.digestStatus, digestStatusSchema, d.digestStatus),
    summaryLength: field(
      problems,
      'summaryLength',
      doc.summaryLength,
      z.number().int().min(SUMMARY_LENGTH_MIN).max(SUMMARY_LENGTH_MAX),
      d.summaryLength,
      looseInt,
    ),
    moderatorRoleId: field(problems, 'moderatorRoleId', doc.moderatorRoleId, snowflake.nullable(), d.moderatorRoleId),
    sources: parseSources(problems, doc.sources),
    changes: parseChanges(problems, doc.changes),
    updatedBy: doc.updatedBy === undefined ? null : field(problems, 'updatedBy', doc.updatedBy, z.string().nullable(), null),
    updatedAt: doc.updatedAt === undefined ? null : field(problems, 'updatedAt', doc.updatedAt, z.string().nullable(), null),
  };
  return { settings, problems, storedVersion };
}

/**
 * Checks a document a caller built (after `update`'s mutation) and returns it normalized: throws a
 * TypeError naming every bad field, because a handler producing an invalid document is a bug, not
 * something to repair quietly.
 */
export function assertValidSettings(settings: GuildSettings): GuildSettings {
  const { settings: normalized, problems } = parseSettings(settings);
  const real = problems.filter((p) => !p.startsWith('version: migrated'));
  if (real.length > 0) throw new TypeError(`invalid guild settings: ${real.join('; ')}`);
  // Unknown keys a caller added are dropped here rather than stored and silently ignored later.
  return normalized;
}
