import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../src/core/library.ts';
import { MemoryAtomicKv, SqliteAtomicKv, type AtomicKv } from '../../src/storage/digest-ledger.ts';
import { DigestScheduler, realTimers, type DigestSchedulerOptions } from '../../src/scheduler/digest-scheduler.ts';
import { FakeDelivery, FakeSettings, ManualClock, libraryEntry, manualTimers, silentLogger } from './digest-fakes.ts';

const G1 = '111111111111111111';
const G2 = '222222222222222222';
const C1 = '311111111111111111';
const C2 = '322222222222222222';
const MIN = 60_000;
const HOUR = 60 * MIN;

interface World {
  clock: ManualClock;
  settings: FakeSettings;
  delivery: FakeDelivery;
  ledger: AtomicKv;
  library: LibraryEntry[];
  make(extra?: Partial<DigestSchedulerOptions>): DigestScheduler;
}

function world(startIso: string, ledger?: AtomicKv): World {
  const clock = new ManualClock(Date.parse(startIso));
  const settings = new FakeSettings();
  const delivery = new FakeDelivery();
  const kv = ledger ?? new MemoryAtomicKv(() => clock.t);
  const library: LibraryEntry[] = [];
  const w: World = {
    clock,
    settings,
    delivery,
    ledger: kv,
    library,
    make: (extra = {}) =>
      new DigestScheduler({
        clock,
        timers: manualTimers(),
        guildIds: () => settings.docs.keys(),
        settings,
        ledger: kv,
        library: () => library,
        delivery,
        logger: silentLogger(),
        ...extra,
      }),
  };
  return w;
}

/** Adds an article "just now" so that every digest has something new to say. */
function addArticle(w: World, id: string): void {
  w.library.push(libraryEntry(id, new Date(w.clock.t - 1000).toISOString()));
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  vi.useRealTimers();
});

describe('DigestScheduler', () => {
  it('fires a digest at 08:00 Europe/London once, before and after the clocks change', async () => {
    const w = world('2026-03-28T07:59:30Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const s = w.make();
    await s.resync();
    addArticle(w, 'a1');
    expect(await s.tick()).toEqual([]);
    w.clock.set('2026-03-28T08:00:00Z'); // 08:00 GMT
    expect((await s.tick()).map((r) => r.outcome)).toEqual(['sent']);
    w.clock.set('2026-03-28T08:00:30Z');
    expect(await s.tick()).toEqual([]);
    expect(w.delivery.in(C1)).toHaveLength(1);

    // After the change on 29 March, 08:00 BST is 07:00 UTC.
    addArticle(w, 'a2');
    w.clock.set('2026-03-29T06:59:30Z');
    expect(await s.tick()).toEqual([]);
    w.clock.set('2026-03-29T07:00:00Z');
    addArticle(w, 'a3');
    expect((await s.tick()).map((r) => r.slotId)).toEqual(['2026-03-29T08:00@Europe/London']);
    w.clock.set('2026-03-29T07:30:00Z');
    expect(await s.tick()).toEqual([]);
    expect(w.delivery.in(C1)).toHaveLength(2);
    // The second digest holds only what was added since the first.
    const titles = w.delivery.in(C1)[1]!.embeds.map((e) => e.title);
    expect(titles).toEqual(['Headline a3', 'Headline a2']);
  });

  it('posts nothing when nothing is new, and says so only in the log', async () => {
    const w = world('2026-05-01T07:00:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const s = w.make();
    await s.resync();
    expect((await s.tick()).map((r) => r.outcome)).toEqual(['empty']);
    expect(w.delivery.posted).toHaveLength(0);
  });

  it('a restart at 08:00:30 does not send the slot again (two instances on one SQLite file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const uri = `sqlite://${join(dir, 'ledger.sqlite')}`;
    const w = world('2026-06-01T06:59:59Z');
    const ledgerA = new SqliteAtomicKv(uri, () => w.clock.t);
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    const a = w.make({ ledger: ledgerA });
    await a.resync();
    w.clock.set('2026-06-01T07:00:00Z');
    expect((await a.tick()).map((r) => r.outcome)).toEqual(['sent']);
    await a.stop();
    await ledgerA.close();

    w.clock.set('2026-06-01T07:00:30Z');
    const ledgerB = new SqliteAtomicKv(uri, () => w.clock.t);
    const b = w.make({ ledger: ledgerB });
    await b.resync();
    expect((await b.tick()).map((r) => r.outcome)).toEqual(['already-sent']);
    w.clock.set('2026-06-01T07:10:00Z');
    expect(await b.tick()).toEqual([]);
    expect(w.delivery.in(C1)).toHaveLength(1);
    await ledgerB.close();
  });

  it('two instances ticking at the same moment on one SQLite file send once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digest-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const uri = `sqlite://${join(dir, 'ledger.sqlite')}`;
    const w = world('2026-06-01T06:59:00Z');
    const ledgers = [new SqliteAtomicKv(uri, () => w.clock.t), new SqliteAtomicKv(uri, () => w.clock.t)];
    for (let g = 0; g < 20; g += 1) w.settings.put(`9000000000000000${String(g).padStart(2, '0')}`, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    const [a, b] = ledgers.map((ledger) => w.make({ ledger }));
    await Promise.all([a!.resync(), b!.resync()]);
    w.clock.set('2026-06-01T07:00:00Z');
    const [ra, rb] = await Promise.all([a!.tick(), b!.tick()]);
    const sent = [...ra, ...rb].filter((r) => r.outcome === 'sent');
    expect(sent).toHaveLength(20);
    expect(new Set(sent.map((r) => r.guildId)).size).toBe(20);
    expect(w.delivery.posted).toHaveLength(20);
    await Promise.all(ledgers.map((l) => l.close()));
  });

  it('takes over a claim whose owner died before posting, once the lease runs out; never one that was posting', async () => {
    const w = world('2026-06-01T07:00:30Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.settings.put(G2, { channelId: C2, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    // The dead process claimed both; it had started posting G2's digest.
    await w.ledger.setIfAbsent(`claim:${G1}:2026-06-01T08:00@Europe/London`, 'dead', 2 * MIN);
    await w.ledger.setIfAbsent(`claim:${G2}:2026-06-01T08:00@Europe/London`, 'dead', 2 * MIN);
    await w.ledger.set(`posting:${G2}:2026-06-01T08:00@Europe/London`, 'dead');
    const s = w.make();
    await s.resync();
    expect((await s.tick()).map((r) => r.outcome)).toEqual(['claimed-elsewhere', 'claimed-elsewhere']);
    w.clock.advance(MIN);
    expect(await s.tick()).toEqual([]);
    w.clock.advance(2 * MIN);
    const outcomes = Object.fromEntries((await s.tick()).map((r) => [r.guildId, r.outcome]));
    expect(outcomes).toEqual({ [G1]: 'sent', [G2]: 'abandoned' });
    w.clock.advance(10 * MIN);
    expect(await s.tick()).toEqual([]);
    expect(w.delivery.in(C1)).toHaveLength(1);
    expect(w.delivery.in(C2)).toHaveLength(0);
  });

  it('marks a slot POSTING only when its first message is about to go, after waiting its turn', async () => {
    const w = world('2026-06-01T06:59:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    let release = (): void => undefined;
    const turn = new Promise<void>((r) => (release = r));
    const delivery = Object.assign(w.delivery, { pace: () => turn });
    const s = w.make({ delivery });
    await s.resync();
    w.clock.set('2026-06-01T07:00:00Z');
    const tick = s.tick();
    const key = `${G1}:2026-06-01T08:00@Europe/London`;
    await vi.waitFor(async () => expect(await w.ledger.get(`claim:${key}`)).toBeDefined());
    expect(await w.ledger.get(`posting:${key}`)).toBeUndefined();
    release();
    expect((await tick).map((r) => r.outcome)).toEqual(['sent']);
    expect(await w.ledger.get(`posting:${key}`)).toBeDefined();
    expect(await w.ledger.get(`sent:${key}`)).toBeDefined();
  });

  it('after a 6-hour outage sends at most one catch-up, and only a slot under an hour old', async () => {
    const w = world('2026-06-01T00:00:00Z');
    // G1 at 03:00, 05:00 and 08:20 UTC-ish guilds: G1 due 02:00 UTC, G2 due 07:20 UTC.
    w.settings.put(G1, { channelId: C1, time: '03:00', timezone: 'Europe/London' });
    w.settings.put(G2, { channelId: C2, time: '08:20', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    const first = w.make();
    await first.resync();
    await first.tick();
    await first.stop();
    // Down from 01:00 to 07:50 UTC (08:50 BST).
    w.clock.set('2026-06-01T07:50:00Z');
    const second = w.make();
    await second.resync();
    const results = await second.tick();
    expect(results.map((r) => [r.guildId, r.outcome])).toEqual([[G2, 'sent']]);
    for (let i = 0; i < 20; i += 1) {
      w.clock.advance(30_000);
      await second.tick();
    }
    expect(w.delivery.in(C1)).toHaveLength(0);
    expect(w.delivery.in(C2)).toHaveLength(1);
  });

  it('three failures in a row switch the digest off, say why, and tell the moderators', async () => {
    const w = world('2026-06-01T06:00:00Z');
    const system = '399999999999999999';
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.delivery.gone.add(C1);
    w.delivery.systemChannels.set(G1, system);
    const s = w.make();
    await s.resync();
    for (let day = 1; day <= 4; day += 1) {
      w.clock.set(`2026-06-0${day}T07:00:00Z`);
      addArticle(w, `a${day}`);
      const outcomes = (await s.tick()).map((r) => r.outcome);
      expect(outcomes).toEqual(day <= 3 ? ['failed'] : []);
      expect(w.settings.disabled).toHaveLength(day >= 3 ? 1 : 0);
    }
    expect(w.delivery.attempts.filter((c) => c === C1)).toHaveLength(3);
    expect(w.settings.disabled[0]).toMatchObject({ guildId: G1, since: new Date('2026-06-03T07:00:00Z') });
    expect(w.settings.disabled[0]!.reason).toMatch(/3 deliveries in a row failed: the channel no longer exists/);
    const notice = w.delivery.in(system);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.content).toMatch(/switched off/);
    expect(notice[0]!.allowedMentions).toEqual({ parse: [] });
  });

  it('a success in between resets the run of failures', async () => {
    const w = world('2026-06-01T06:00:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const s = w.make();
    await s.resync();
    const plan = [true, true, false, true, true];
    for (const [i, fail] of plan.entries()) {
      if (fail) w.delivery.gone.add(C1);
      else w.delivery.gone.delete(C1);
      w.clock.set(`2026-06-0${i + 1}T07:00:00Z`);
      addArticle(w, `a${i}`);
      expect((await s.tick()).map((r) => r.outcome)).toEqual([fail ? 'failed' : 'sent']);
    }
    expect(w.settings.disabled).toHaveLength(0);
  });

  it('retries a 5xx with backoff and sends once', async () => {
    const w = world('2026-06-01T06:59:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.delivery.flaky.set(C1, [500, 503]);
    addArticle(w, 'a1');
    const timers = manualTimers();
    const s = w.make({ timers });
    await s.resync();
    w.clock.set('2026-06-01T07:00:00Z');
    expect((await s.tick()).map((r) => r.outcome)).toEqual(['sent']);
    expect(timers.sleeps).toEqual([2000, 4000]);
    expect(w.delivery.in(C1)).toHaveLength(1);
  });

  it("one guild's stuck channel does not delay another's digest", async () => {
    const w = world('2026-06-01T06:59:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.settings.put(G2, { channelId: C2, time: '08:00', timezone: 'Europe/London' });
    let release = (): void => undefined;
    w.delivery.stalls.set(C1, new Promise<void>((r) => (release = r)));
    addArticle(w, 'a1');
    const s = w.make({ concurrency: 2 });
    await s.resync();
    w.clock.set('2026-06-01T07:00:00Z');
    const tick = s.tick();
    await vi.waitFor(() => expect(w.delivery.in(C2)).toHaveLength(1));
    expect(w.delivery.in(C1)).toHaveLength(0);
    release();
    expect((await tick).map((r) => r.outcome)).toEqual(['sent', 'sent']);
  });

  it('stopping leaves slots not yet claimed for the next process, and waits for the one being sent', async () => {
    const w = world('2026-06-01T06:59:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.settings.put(G2, { channelId: C2, time: '08:00', timezone: 'Europe/London' });
    let release = (): void => undefined;
    w.delivery.stalls.set(C1, new Promise<void>((r) => (release = r)));
    addArticle(w, 'a1');
    const first = w.make({ concurrency: 1 });
    await first.resync();
    w.clock.set('2026-06-01T07:00:00Z');
    const tick = first.tick();
    await vi.waitFor(() => expect(w.delivery.attempts).toEqual([C1]));
    const stopping = first.stop();
    release();
    await stopping;
    expect((await tick).map((r) => r.outcome)).toEqual(['sent', 'stopped']);
    // The next process, 30 s later, sends G2's slot and not G1's.
    w.clock.advance(30_000);
    const second = w.make();
    await second.resync();
    expect((await second.tick()).map((r) => [r.guildId, r.outcome])).toEqual([
      [G1, 'already-sent'],
      [G2, 'sent'],
    ]);
  });

  it('a /config digest change takes effect without a restart', async () => {
    const w = world('2026-06-01T06:00:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const s = w.make();
    await s.resync();
    w.settings.put(G1, { channelId: C1, time: '09:15', timezone: 'Europe/London' });
    await s.reschedule(G1);
    addArticle(w, 'a1');
    w.clock.set('2026-06-01T07:00:00Z');
    expect(await s.tick()).toEqual([]);
    w.clock.set('2026-06-01T08:15:00Z');
    expect((await s.tick()).map((r) => r.slotId)).toEqual(['2026-06-01T09:15@Europe/London']);
    // Switched off: nothing more.
    w.settings.put(G1, { enabled: false, channelId: C1, time: '09:15', timezone: 'Europe/London' });
    await s.reschedule(G1);
    expect(s.scheduled).toBe(0);
  });

  it('re-reads the settings before sending: a change made elsewhere (no hook called) is respected', async () => {
    const w = world('2026-06-01T06:00:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    w.settings.put(G2, { channelId: C2, time: '08:00', timezone: 'Europe/London' });
    const s = w.make();
    await s.resync();
    // Another process switches G1 off and moves G2's channel; this one is not told.
    w.settings.put(G1, { enabled: false, channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const C3 = '333333333333333333';
    w.settings.put(G2, { channelId: C3, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    w.clock.set('2026-06-01T07:00:00Z');
    const outcomes = Object.fromEntries((await s.tick()).map((r) => [r.guildId, r.outcome]));
    expect(outcomes).toEqual({ [G1]: 'rescheduled', [G2]: 'sent' });
    expect(w.delivery.posted.map((p) => p.channelId)).toEqual([C3]);
    expect(s.scheduled).toBe(1);
  });

  it('send-now posts at once and counts as the current slot', async () => {
    const w = world('2026-06-01T06:50:00Z');
    w.settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    addArticle(w, 'a1');
    const s = w.make();
    await s.resync();
    const now = await s.sendNow(G1);
    expect(now).toMatchObject({ outcome: 'sent', slotId: '2026-06-01T08:00@Europe/London' });
    w.clock.set('2026-06-01T07:00:00Z');
    expect((await s.tick()).map((r) => r.outcome)).toEqual(['already-sent']);
    expect(w.delivery.in(C1)).toHaveLength(1);
    // Again, with something new: a one-off slot.
    addArticle(w, 'a2');
    expect((await s.sendNow(G1)).slotId).toMatch(/^manual:/);
    expect(w.delivery.in(C1)).toHaveLength(2);
  });

  it('runs on real intervals (vitest fake timers) and stops cleanly', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T06:59:00Z') });
    const settings = new FakeSettings();
    const delivery = new FakeDelivery();
    settings.put(G1, { channelId: C1, time: '08:00', timezone: 'Europe/London' });
    const library = [libraryEntry('a1', '2026-06-01T06:00:00Z')];
    const s = new DigestScheduler({
      clock: { now: () => new Date() },
      timers: realTimers,
      guildIds: () => settings.docs.keys(),
      settings,
      ledger: new MemoryAtomicKv(),
      library: () => library,
      delivery,
      logger: silentLogger(),
    });
    await s.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(delivery.posted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(delivery.in(C1)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(delivery.in(C1)).toHaveLength(1);
    await s.stop();
  });
});
