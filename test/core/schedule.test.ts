import { describe, expect, it } from 'vitest';
import { dueSlot, instantOfWallTime, isValidTimeZone, latestSlot, nextSlot } from '../../src/core/schedule.ts';

const every = [0, 1, 2, 3, 4, 5, 6];
const london = { time: '08:00', days: every, timezone: 'Europe/London' };
const HOUR = 3_600_000;

describe('nextSlot', () => {
  it('puts 08:00 Europe/London at 08:00 GMT before the March change and 07:00 UTC after it', () => {
    // Clocks go forward on Sunday 29 March 2026 at 01:00 UTC.
    expect(nextSlot(london, new Date('2026-03-28T00:00:00Z'))).toEqual({
      id: '2026-03-28T08:00@Europe/London',
      at: new Date('2026-03-28T08:00:00Z'),
    });
    expect(nextSlot(london, new Date('2026-03-28T08:00:00Z'))?.at).toEqual(new Date('2026-03-29T07:00:00Z'));
    expect(nextSlot(london, new Date('2026-03-29T07:00:00Z'))?.at).toEqual(new Date('2026-03-30T07:00:00Z'));
  });

  it('puts 08:00 Europe/London at 07:00 UTC before the October change and 08:00 UTC after it', () => {
    // Clocks go back on Sunday 25 October 2026 at 01:00 UTC.
    expect(nextSlot(london, new Date('2026-10-24T00:00:00Z'))?.at).toEqual(new Date('2026-10-24T07:00:00Z'));
    const sunday = nextSlot(london, new Date('2026-10-24T07:00:00Z'));
    expect(sunday).toEqual({ id: '2026-10-25T08:00@Europe/London', at: new Date('2026-10-25T08:00:00Z') });
  });

  it('sends a 02:30 Europe/Berlin digest once, at 03:00 CEST, on the night 02:00-03:00 is skipped', () => {
    const berlin = { time: '02:30', days: every, timezone: 'Europe/Berlin' };
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    const slot = nextSlot(berlin, new Date('2026-03-28T12:00:00Z'));
    expect(slot).toEqual({ id: '2026-03-29T02:30@Europe/Berlin', at: new Date('2026-03-29T01:00:00Z') });
    const following = nextSlot(berlin, slot!.at);
    expect(following).toEqual({ id: '2026-03-30T02:30@Europe/Berlin', at: new Date('2026-03-30T00:30:00Z') });
  });

  it('sends a 01:30 America/New_York digest once, at its first occurrence, on the night 01:00-02:00 repeats', () => {
    const ny = { time: '01:30', days: every, timezone: 'America/New_York' };
    // 1 November 2026: 02:00 EDT goes back to 01:00 EST at 06:00 UTC, so 01:30 happens twice.
    const first = nextSlot(ny, new Date('2026-10-31T12:00:00Z'));
    expect(first).toEqual({ id: '2026-11-01T01:30@America/New_York', at: new Date('2026-11-01T05:30:00Z') });
    // The second 01:30 (06:30 UTC) is the same slot: the next one is the following night.
    expect(nextSlot(ny, first!.at)?.id).toBe('2026-11-02T01:30@America/New_York');
    expect(latestSlot(ny, new Date('2026-11-01T06:45:00Z'))?.id).toBe(first!.id);
  });

  it('handles 02:30 Europe/Berlin on the October night 02:00-03:00 repeats: once, at the first 02:30', () => {
    const berlin = { time: '02:30', days: every, timezone: 'Europe/Berlin' };
    // 25 October 2026: 03:00 CEST goes back to 02:00 CET at 01:00 UTC.
    const slot = nextSlot(berlin, new Date('2026-10-24T12:00:00Z'));
    expect(slot).toEqual({ id: '2026-10-25T02:30@Europe/Berlin', at: new Date('2026-10-25T00:30:00Z') });
    expect(nextSlot(berlin, slot!.at)?.id).toBe('2026-10-26T02:30@Europe/Berlin');
  });

  it('sends a 02:30 America/New_York digest at 03:00 EDT on the March night 02:00-03:00 is skipped', () => {
    const ny = { time: '02:30', days: every, timezone: 'America/New_York' };
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT at 07:00 UTC.
    expect(nextSlot(ny, new Date('2026-03-07T12:00:00Z'))?.at).toEqual(new Date('2026-03-08T07:00:00Z'));
  });

  it('only fires on the chosen local weekdays, judged in the guild time zone', () => {
    // Monday and Friday in Pacific/Auckland (UTC+13 in January).
    const auckland = { time: '09:00', days: [1, 5], timezone: 'Pacific/Auckland' };
    // Friday 2 January 2026 09:00 NZDT is Thursday 1 January 20:00 UTC.
    const friday = nextSlot(auckland, new Date('2026-01-01T00:00:00Z'));
    expect(friday).toEqual({ id: '2026-01-02T09:00@Pacific/Auckland', at: new Date('2026-01-01T20:00:00Z') });
    const monday = nextSlot(auckland, friday!.at);
    expect(monday?.id).toBe('2026-01-05T09:00@Pacific/Auckland');
    const week = [];
    let after = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 6; i += 1) {
      const slot = nextSlot(auckland, after)!;
      week.push(slot.id.slice(0, 10));
      after = slot.at;
    }
    expect(week).toEqual(['2026-01-02', '2026-01-05', '2026-01-09', '2026-01-12', '2026-01-16', '2026-01-19']);
  });

  it('returns null with no weekdays', () => {
    expect(nextSlot({ ...london, days: [] }, new Date())).toBeNull();
  });
});

describe('dueSlot', () => {
  const catchUpMs = HOUR;

  it('is the slot from its instant until the catch-up window closes, then nothing', () => {
    const at = new Date('2026-03-30T07:00:00Z');
    expect(dueSlot(london, new Date(at.getTime() - 1), { catchUpMs })).toBeNull();
    expect(dueSlot(london, at, { catchUpMs })?.id).toBe('2026-03-30T08:00@Europe/London');
    expect(dueSlot(london, new Date(at.getTime() + 59 * 60_000), { catchUpMs })?.id).toBe('2026-03-30T08:00@Europe/London');
    expect(dueSlot(london, new Date(at.getTime() + HOUR), { catchUpMs })).toBeNull();
  });

  it('after a long outage offers at most the latest slot, and only if it is fresh', () => {
    // Down from Monday 06:00 to Wednesday 08:30 local: Monday's and Tuesday's slots are gone.
    expect(dueSlot(london, new Date('2026-04-01T07:30:00Z'), { catchUpMs })?.id).toBe('2026-04-01T08:00@Europe/London');
    expect(dueSlot(london, new Date('2026-04-01T13:00:00Z'), { catchUpMs })).toBeNull();
  });
});

describe('instantOfWallTime and time zones', () => {
  it('maps ordinary wall times exactly', () => {
    expect(instantOfWallTime(Date.UTC(2026, 6, 1, 12, 0), 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 1, 6, 30));
    expect(instantOfWallTime(Date.UTC(2026, 6, 1, 12, 0), 'UTC')).toBe(Date.UTC(2026, 6, 1, 12, 0));
  });

  it('knows valid and invalid zones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
