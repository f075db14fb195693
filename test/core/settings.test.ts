import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUMMARY_LENGTH,
  SETTINGS_VERSION,
  assertValidSettings,
  changedPaths,
  defaultSettings,
  parseSettings,
} from '../../src/core/settings.ts';
import { formatDays, parseDays, parseTime, parseTimezone, suggestTimezones, timeZones } from '../../src/core/settings-input.ts';

const CHANNEL = '400000000000000001';

describe('defaults', () => {
  it('are a valid current-version document with the digest off', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(d.digest).toEqual({ enabled: false, channelId: null, time: '08:00', days: [0, 1, 2, 3, 4, 5, 6], timezone: 'UTC', maxArticles: 5 });
    expect(d.summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
    expect(d.moderatorRoleId).toBeNull();
    expect(d.sources).toEqual({ feeds: [] });
    expect(d.digestStatus).toEqual({ disabledReason: null, disabledAt: null });
    expect(parseSettings(d)).toEqual({ settings: d, problems: [], storedVersion: SETTINGS_VERSION });
  });

  it('are a fresh copy each time', () => {
    const a = defaultSettings();
    a.digest.days.push(9);
    expect(defaultSettings().digest.days).toHaveLength(7);
  });
});

describe('parseSettings', () => {
  it('gives the defaults without problems for a guild with no document', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [], storedVersion: null });
  });

  it('replaces each invalid field by its default, keeps the valid ones, reports each', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      digest: { enabled: true, channelId: 'general', time: '25:00', days: [1, 8], timezone: 'Europe/Paris', maxArticles: 0 },
      summaryLength: 11,
      moderatorRoleId: '500000000000000001',
    });
    expect(settings.digest).toEqual({ enabled: true, channelId: null, time: '08:00', days: [0, 1, 2, 3, 4, 5, 6], timezone: 'Europe/Paris', maxArticles: 5 });
    expect(settings.summaryLength).toBe(DEFAULT_SUMMARY_LENGTH);
    expect(settings.moderatorRoleId).toBe('500000000000000001');
    expect(problems.map((p) => p.split(':')[0])).toEqual(['digest.channelId', 'digest.time', 'digest.days', 'digest.maxArticles', 'summaryLength']);
    expect(problems[1]).toContain('"25:00"');
  });

  it('reads hand-edited loose values (8:15, "mon-fri", "4", "true", a lower-case zone) and says so', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      digest: { enabled: 'true', channelId: CHANNEL, time: '8:15', days: 'mon-fri', timezone: 'europe/london', maxArticles: '7' },
      summaryLength: '4',
      moderatorRoleId: null,
    });
    expect(settings.digest).toEqual({ enabled: true, channelId: CHANNEL, time: '08:15', days: [1, 2, 3, 4, 5], timezone: 'Europe/London', maxArticles: 7 });
    expect(settings.summaryLength).toBe(4);
    expect(problems).toContain('digest.time: "8:15" read as "08:15"');
    expect(problems).toHaveLength(6);
  });

  it('migrates a document without a version (version 0) and reports the migration', () => {
    const { settings, problems, storedVersion } = parseSettings({ digest: { ...defaultSettings().digest, time: '09:00' }, summaryLength: 2, moderatorRoleId: null });
    expect(storedVersion).toBe(0);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.digest.time).toBe('09:00');
    expect(settings.summaryLength).toBe(2);
    expect(problems).toEqual(['version: migrated from 0 to 1']);
  });

  it('reads a document from a newer version, keeping what it understands', () => {
    const { settings, problems, storedVersion } = parseSettings({ ...defaultSettings(), version: SETTINGS_VERSION + 1, summaryLength: 6, futureField: 1 });
    expect(storedVersion).toBe(SETTINGS_VERSION + 1);
    expect(settings.summaryLength).toBe(6);
    expect(problems[0]).toMatch(/newer/);
  });

  it('never throws, whatever is stored', () => {
    for (const raw of [null, 42, 'not json', '[1,2]', [], true, { digest: 'x' }, { digest: null, sources: 'x', changes: 5 }, '{"summaryLength": 2}']) {
      const { settings } = parseSettings(raw);
      expect(() => assertValidSettings(settings)).not.toThrow();
    }
    expect(parseSettings('{"version":1,"summaryLength":2}').settings.summaryLength).toBe(2);
    expect(parseSettings('not json').problems[0]).toMatch(/not JSON/);
  });

  it('drops one bad feed or change record and keeps the rest', () => {
    const { settings, problems } = parseSettings({
      ...defaultSettings(),
      sources: { feeds: [{ url: 'https://example.org/rss', addedBy: 'x' }, { nourl: true }] },
      changes: { summaryLength: { by: '300000000000000001', at: '2026-01-01T00:00:00.000Z' }, 'digest.time': 'yesterday' },
    });
    expect(settings.sources.feeds).toEqual([{ url: 'https://example.org/rss', addedBy: 'x' }]);
    expect(Object.keys(settings.changes)).toEqual(['summaryLength']);
    expect(problems).toHaveLength(2);
  });
});

describe('assertValidSettings and changedPaths', () => {
  it('rejects a document a caller broke, naming the field, and drops unknown keys', () => {
    const bad = defaultSettings();
    bad.digest.maxArticles = 11;
    expect(() => assertValidSettings(bad)).toThrow(/digest\.maxArticles/);
    const extra = { ...defaultSettings(), digest: { ...defaultSettings().digest, stray: 1 } };
    expect(assertValidSettings(extra).digest).not.toHaveProperty('stray');
  });

  it('lists exactly the settings that differ', () => {
    const a = defaultSettings();
    const b = defaultSettings();
    b.digest.days = [1, 2];
    b.summaryLength = 4;
    b.updatedAt = 'now';
    expect(changedPaths(a, b)).toEqual(['digest.days', 'summaryLength']);
  });
});

describe('parseTime', () => {
  it.each([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    [' 23:59 ', '23:59'],
    ['0:05', '00:05'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parseTime(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['25:00', /the hour must be 00 to 23/],
    ['24:00', /the hour must be 00 to 23/],
    ['12:60', /the minutes must be 00 to 59/],
    ['8pm', /12-hour time: write it as 20:00/],
    ['8:30 a.m.', /write it as 08:30/],
    ['12am', /write it as 00:00/],
    ['0800', /with a colon: 08:00/],
    ['8', /hours and minutes: 08:00/],
    ['noon', /"noon" is not a time of day/],
    ['', /empty/],
  ])('refuses %j precisely', (input, message) => {
    const parsed = parseTime(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('parseDays and formatDays', () => {
  it.each([
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['daily', [0, 1, 2, 3, 4, 5, 6]],
    ['weekends', [0, 6]],
    ['mon,wed,fri', [1, 3, 5]],
    ['Monday, Wednesday and Friday', [1, 3, 5]],
    ['fri-mon', [0, 1, 5, 6]],
    ['sun', [0]],
    ['tue,tue', [2]],
  ])('reads %j', (input, days) => {
    expect(parseDays(input)).toEqual({ ok: true, value: days });
  });

  it('names an unknown day and suggests the closest', () => {
    const parsed = parseDays('mon,fir');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/"fir" is not a day of the week \(did you mean fri\?\)/);
    expect(parseDays('').ok).toBe(false);
  });

  it('formats days for people', () => {
    expect(formatDays([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(formatDays([1, 2, 3, 4, 5])).toBe('Mon–Fri (weekdays)');
    expect(formatDays([0, 6])).toBe('Sat and Sun (weekends)');
    expect(formatDays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(formatDays([1, 2, 3, 4, 0])).toBe('Mon–Thu, Sun');
  });
});

describe('time zones', () => {
  it('accepts IANA names and UTC, with their proper spelling', () => {
    expect(parseTimezone('Europe/London')).toEqual({ ok: true, value: 'Europe/London' });
    expect(parseTimezone('america/new_york')).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimezone('America/New York')).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimezone('UTC')).toEqual({ ok: true, value: 'UTC' });
    expect(parseTimezone('US/Pacific')).toEqual({ ok: true, value: 'America/Los_Angeles' });
  });

  it('refuses unknown zones with a suggestion, and abbreviations or offsets with a reason', () => {
    const typo = parseTimezone('Europe/Londn');
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.error).toMatch(/"Europe\/Londn" is not a time zone I know\. Did you mean Europe\/London\?/);
    const abbreviation = parseTimezone('EST');
    if (!abbreviation.ok) expect(abbreviation.error).toMatch(/abbreviation.*America\/New_York/);
    expect(abbreviation.ok).toBe(false);
    const offset = parseTimezone('GMT+2');
    expect(offset.ok).toBe(false);
    if (!offset.ok) expect(offset.error).toMatch(/fixed offset/);
    expect(parseTimezone('Mars/Olympus').ok).toBe(false);
  });

  it('lists every zone the runtime knows plus UTC', () => {
    expect(timeZones()).toContain('UTC');
    expect(timeZones()).toEqual(expect.arrayContaining(Intl.supportedValuesOf('timeZone')));
  });

  it('suggests at most 25 zones, best first', () => {
    expect(suggestTimezones('')).toHaveLength(25);
    expect(suggestTimezones('')[0]).toBe('UTC');
    expect(suggestTimezones('london')[0]).toBe('Europe/London');
    expect(suggestTimezones('Europe/Lon')[0]).toBe('Europe/London');
    expect(suggestTimezones('new york')[0]).toBe('America/New_York');
    expect(suggestTimezones('lodnon')).toContain('Europe/London');
    expect(suggestTimezones('america').length).toBe(25);
    expect(suggestTimezones('america').every((z) => z.startsWith('America/'))).toBe(true);
    expect(suggestTimezones('zzzzzzzz')).toEqual([]);
  });
});
