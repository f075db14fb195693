// Sends each guild's digest at its local time on its days, exactly once per (guild, slot).
//
// Timing: one interval tick (30 s by default) scans an in-memory index of guilds with the digest on,
// each holding the instant of its next slot, so a tick is a loop of number comparisons even for
// 100,000 guilds. A guild's entry is rebuilt from its settings when `reschedule(guildId)` is called
// (the settings store calls it on every change) and on a periodic resync (changes made by another
// process); the settings are also re-read right before each send. Slot maths is the pure
// src/core/schedule.ts.
//
// Exactly once, in the ledger (Redis SET NX PX, or SQLite): before anything is sent the slot is
// CLAIMED for a lease; right before the first message goes (after its pacing wait) it is marked
// POSTING; after the last it is marked SENT. A second process (or a restart) finds SENT and stops, or finds the claim held and comes back
// when the lease has run out. A claim whose owner died before posting anything is taken over and sent
// once, within the catch-up window; if its owner died after POSTING, nobody resends (a possibly
// partial digest beats a duplicate) and the slot is closed with a warning.
//
// Catch-up: a slot is only ever sent while it is less than `catchUpMs` old; after downtime only the
// latest slot is considered, so an outage never becomes a burst.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import { composeDigest, type Digest } from '../core/digest.ts';
import type { OutgoingMessage } from '../core/discord-limits.ts';
import type { LibraryEntry } from '../core/library.ts';
import { dueSlot, isValidTimeZone, nextSlot, type Slot } from '../core/schedule.ts';
import type { DigestSettings } from '../core/settings.ts';
import type { AtomicKv } from '../storage/digest-ledger.ts';
import { classifyDeliveryError } from './delivery-errors.ts';
import { createLimiter } from './limit.ts';

export interface DigestSettingsPort {
  get(guildId: string): Promise<DigestSettings>;
  /** Switches the digest off, recording why and since when (shown by /config show). */
  disable(guildId: string, reason: string, since: Date): Promise<void>;
}

export interface DigestDelivery {
  /** Posts one message; throws on failure (with `status` / `code` as discord.js errors carry). */
  send(channelId: string, message: OutgoingMessage): Promise<unknown>;
  /** Waits for this post's turn (rate pacing); called right before each `send`. */
  pace?(): Promise<void>;
  /** The guild's system channel when the bot may post there, else null. */
  systemChannel(guildId: string): Promise<string | null>;
}

export interface TimerPort {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  sleep(ms: number): Promise<void>;
}

export const realTimers: TimerPort = {
  setInterval: (fn, ms) => {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface LogFn {
  (obj: object, msg?: string): void;
}
export interface DigestLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface DigestSchedulerOptions {
  clock: Clock;
  timers?: TimerPort;
  /** The guilds this process schedules (its shard's guilds). */
  guildIds: () => Iterable<string>;
  settings: DigestSettingsPort;
  ledger: AtomicKv;
  /** The articles a guild's digest may use (its view of the library). */
  library: (guildId: string) => readonly LibraryEntry[];
  delivery: DigestDelivery;
  logger: DigestLogger;
  catchUpMs?: number;
  tickMs?: number;
  resyncMs?: number;
  leaseMs?: number;
  concurrency?: number;
  maxFailures?: number;
  retries?: number;
  retryBaseMs?: number;
  /** Identifies this process in claims (defaults to host:pid:random). */
  owner?: string;
}

export type SlotOutcome =
  | 'sent'
  | 'empty'
  | 'already-sent'
  | 'claimed-elsewhere'
  | 'abandoned'
  | 'failed'
  | 'no-channel'
  | 'rescheduled'
  | 'stopped'
  | 'error';

export interface SlotResult {
  guildId: string;
  slotId: string;
  outcome: SlotOutcome;
  messages: number;
  reason?: string;
}

/** What /digest needs from the scheduler (CommandContext.digest). */
export interface DigestService {
  /** Re-reads a guild's digest settings: /config digest calls it after a change. */
  reschedule(guildId: string): Promise<void>;
  preview(guildId: string): Promise<{ digest: Digest | null; since: Date | null; settings: DigestSettings }>;
  sendNow(guildId: string): Promise<SlotResult>;
}

interface Entry {
  settings: DigestSettings;
  /** When this guild next needs looking at (epoch ms). */
  nextAt: number;
  /** A slot to retry (its claim was held by someone else). */
  pending?: Slot;
}

interface FailureRecord {
  count: number;
  since: string;
  reason: string;
}

const KEEP_MS = 8 * 86_400_000;

function sameSchedule(a: DigestSettings, b: DigestSettings): boolean {
  return a.enabled === b.enabled && a.time === b.time && a.timezone === b.timezone && a.days.join() === b.days.join();
}
const MINUTE = 60_000;

export class DigestScheduler implements DigestService {
  readonly catchUpMs: number;
  private readonly timers: TimerPort;
  private readonly tickMs: number;
  private readonly resyncMs: number;
  private readonly leaseMs: number;
  private readonly maxFailures: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly owner: string;
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly index = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<SlotResult>>();
  private readonly jobs = new Set<Promise<unknown>>();
  private handle: unknown = null;
  private lastResync = -Infinity;
  private resyncing: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly o: DigestSchedulerOptions) {
    this.timers = o.timers ?? realTimers;
    this.catchUpMs = o.catchUpMs ?? 60 * MINUTE;
    this.tickMs = o.tickMs ?? 30_000;
    this.resyncMs = o.resyncMs ?? 10 * MINUTE;
    this.leaseMs = o.leaseMs ?? 2 * MINUTE;
    this.maxFailures = o.maxFailures ?? 3;
    this.retries = o.retries ?? 3;
    this.retryBaseMs = o.retryBaseMs ?? 2_000;
    this.owner = o.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.limit = createLimiter(o.concurrency ?? 25);
  }

  /** Loads every guild's schedule, then ticks every `tickMs`. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.resync();
    this.handle = this.timers.setInterval(() => void this.tick(), this.tickMs);
    void this.tick();
  }

  /** Stops ticking and waits for digests already being sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.handle !== null) this.timers.clearInterval(this.handle);
    this.handle = null;
    await Promise.allSettled([...this.jobs]);
  }

  /** Number of guilds with a digest scheduled. */
  get scheduled(): number {
    return this.index.size;
  }

  /** Re-reads one guild's settings (call after /config digest changes them). */
  async reschedule(guildId: string): Promise<void> {
    const settings = await this.o.settings.get(guildId);
    this.place(guildId, settings, this.o.clock.now());
  }

  /** Drops a guild (the bot left it). */
  forget(guildId: string): void {
    this.index.delete(guildId);
  }

  /** Installs a guild's schedule from settings already in hand (resync, benchmarks). */
  place(guildId: string, settings: DigestSettings, now: Date): void {
    if (!settings.enabled || settings.channelId === null || settings.days.length === 0 || !isValidTimeZone(settings.timezone)) {
      this.index.delete(guildId);
      return;
    }
    // A slot still inside its catch-up window is looked at on the next tick (the ledger knows
    // whether it went out already); otherwise the next slot.
    const slot = dueSlot(settings, now, { catchUpMs: this.catchUpMs }) ?? nextSlot(settings, now);
    this.index.set(guildId, { settings, nextAt: slot?.at.getTime() ?? Infinity });
  }

  /** Re-reads every guild's settings (changes made by other processes reach us this way). */
  async resync(): Promise<void> {
    if (this.resyncing !== null) return this.resyncing;
    this.resyncing = (async () => {
      const started = this.o.clock.now();
      const seen = new Set<string>();
      const load = createLimiter(32);
      await Promise.all(
        [...this.o.guildIds()].map((guildId) =>
          load(async () => {
            seen.add(guildId);
            try {
              this.place(guildId, await this.o.settings.get(guildId), this.o.clock.now());
            } catch (error) {
              this.o.logger.error({ err: error, guildId }, 'digest: could not read settings');
            }
          }),
        ),
      );
      for (const guildId of this.index.keys()) if (!seen.has(guildId)) this.index.delete(guildId);
      this.lastResync = started.getTime();
      await this.o.ledger.prune?.().catch((error: unknown) => this.o.logger.warn({ err: error }, 'digest: ledger prune failed'));
    })().finally(() => {
      this.resyncing = null;
    });
    return this.resyncing;
  }

  /**
   * Starts every due guild's digest (bounded concurrency) and resolves when they are done.
   * Never throws: each guild's failure is its own.
   */
  async tick(): Promise<SlotResult[]> {
    if (this.stopped) return [];
    const now = this.o.clock.now();
    const t = now.getTime();
    if (Number.isFinite(this.resyncMs) && t - this.lastResync >= this.resyncMs && this.resyncing === null) void this.resync();
    const started: Promise<SlotResult>[] = [];
    for (const [guildId, entry] of this.index) {
      if (entry.nextAt > t || this.inFlight.has(guildId)) continue;
      const slot = entry.pending ?? dueSlot(entry.settings, now, { catchUpMs: this.catchUpMs });
      entry.pending = undefined;
      entry.nextAt = nextSlot(entry.settings, now)?.at.getTime() ?? Infinity;
      if (slot === null || t - slot.at.getTime() >= this.catchUpMs) continue;
      started.push(this.run(guildId, slot, entry.settings));
    }
    return Promise.all(started);
  }

  private run(guildId: string, slot: Slot, indexed: DigestSettings): Promise<SlotResult> {
    const job = this.limit(async (): Promise<SlotResult> => {
      // Stopping: leave slots not yet claimed to the next process (within the catch-up window).
      if (this.stopped) return { guildId, slotId: slot.id, outcome: 'stopped', messages: 0 };
      // The settings may have changed since they were indexed (another process, a missed hook):
      // send only if this slot is still one of the guild's, to the channel it names now.
      const settings = await this.o.settings.get(guildId).catch(() => indexed);
      if (!sameSchedule(settings, indexed)) {
        this.place(guildId, settings, this.o.clock.now());
        if (!settings.enabled || dueSlot(settings, slot.at, { catchUpMs: 1 })?.id !== slot.id) {
          return { guildId, slotId: slot.id, outcome: 'rescheduled', messages: 0 };
        }
      }
      return this.deliverSlot(guildId, slot, settings);
    }).then((result) => {
      const entry = this.index.get(guildId);
      if (result.outcome === 'claimed-elsewhere' && entry !== undefined) {
        // Its owner may have died: look again once the lease can have run out.
        entry.pending = slot;
        entry.nextAt = Math.min(entry.nextAt, this.o.clock.now().getTime() + this.leaseMs + 1_000);
      }
      return result;
    });
    this.inFlight.set(guildId, job);
    this.jobs.add(job);
    void job.finally(() => {
      this.inFlight.delete(guildId);
      this.jobs.delete(job);
    });
    return job;
  }

  /** The digest this guild would get now (nothing is recorded). */
  async preview(guildId: string): Promise<{ digest: Digest | null; since: Date | null; settings: DigestSettings }> {
    const settings = await this.o.settings.get(guildId);
    const since = await this.lastDigestAt(guildId);
    const digest = composeDigest({ articles: this.o.library(guildId), settings, now: this.o.clock.now(), since });
    return { digest, since, settings };
  }

  /**
   * Posts the digest now and counts it as this slot's: the slot in progress (or starting within the
   * catch-up window) if it has not gone out yet, else a one-off slot.
   */
  async sendNow(guildId: string): Promise<SlotResult> {
    const settings = await this.o.settings.get(guildId);
    const now = this.o.clock.now();
    const upcoming = nextSlot(settings, now);
    const current =
      dueSlot(settings, now, { catchUpMs: this.catchUpMs }) ??
      (upcoming !== null && upcoming.at.getTime() - now.getTime() < this.catchUpMs ? upcoming : null);
    const manual: Slot = { id: `manual:${now.toISOString()}`, at: now };
    await this.inFlight.get(guildId);
    let result = await this.deliverSlot(guildId, current ?? manual, settings);
    if (current !== null && (result.outcome === 'already-sent' || result.outcome === 'abandoned')) {
      result = await this.deliverSlot(guildId, manual, settings);
    }
    return result;
  }

  async lastDigestAt(guildId: string): Promise<Date | null> {
    const raw = await this.o.ledger.get(`last:${guildId}`);
    return raw === undefined ? null : new Date(raw);
  }

  private async deliverSlot(guildId: string, slot: Slot, settings: DigestSettings): Promise<SlotResult> {
    const result = (outcome: SlotOutcome, messages = 0, reason?: string): SlotResult => ({
      guildId,
      slotId: slot.id,
      outcome,
      messages,
      ...(reason === undefined ? {} : { reason }),
    });
    const ledger = this.o.ledger;
    const key = `${guildId}:${slot.id}`;
    try {
      if (settings.channelId === null) return result('no-channel');
      if ((await ledger.get(`sent:${key}`)) !== undefined) return result('already-sent');
      if (!(await ledger.setIfAbsent(`claim:${key}`, this.owner, this.leaseMs))) return result('claimed-elsewhere');
      // The previous holder may have finished between our two looks.
      if ((await ledger.get(`sent:${key}`)) !== undefined) return result('already-sent');
      const postingBy = await ledger.get(`posting:${key}`);
      if (postingBy !== undefined) {
        await this.markSent(key, { abandonedBy: postingBy });
        this.o.logger.warn({ guildId, slot: slot.id, postingBy }, 'digest: a process died while posting this slot; not resending');
        return result('abandoned');
      }

      const now = this.o.clock.now();
      const since = await this.lastDigestAt(guildId);
      const digest = composeDigest({ articles: this.o.library(guildId), settings, now, since });
      if (digest === null) {
        await this.markSent(key, { messages: 0 });
        this.o.logger.debug({ guildId, slot: slot.id }, 'digest: nothing new');
        return result('empty');
      }

      let posted = 0;
      let marked = false;
      // POSTING is written after the pacing wait, right before the first message goes: a process
      // that dies while queued leaves a slot that can still be taken over and sent.
      const beforeSend = async (): Promise<void> => {
        await this.o.delivery.pace?.();
        if (!marked) {
          await ledger.set(`posting:${key}`, this.owner, KEEP_MS);
          marked = true;
        }
      };
      try {
        for (const message of digest.messages) {
          await this.sendWithRetry(settings.channelId, message, beforeSend);
          posted += 1;
        }
      } catch (error) {
        const failure = classifyDeliveryError(error);
        await this.markSent(key, { messages: posted, failed: failure.reason });
        if (posted > 0) await ledger.set(`last:${guildId}`, now.toISOString());
        this.o.logger.warn({ guildId, slot: slot.id, channelId: settings.channelId, kind: failure.kind, reason: failure.reason, posted }, 'digest: delivery failed');
        if (failure.kind === 'permanent') await this.recordFailure(guildId, settings, failure.reason);
        return result('failed', posted, failure.reason);
      }
      await this.markSent(key, { messages: posted });
      await ledger.set(`last:${guildId}`, now.toISOString());
      await ledger.delete(`failures:${guildId}`);
      this.o.logger.info({ guildId, slot: slot.id, articles: digest.entries.length, messages: posted }, 'digest: sent');
      return result('sent', posted);
    } catch (error) {
      this.o.logger.error({ err: error, guildId, slot: slot.id }, 'digest: unexpected error');
      return result('error', 0, error instanceof Error ? error.message : String(error));
    }
  }

  private async markSent(key: string, record: object): Promise<void> {
    await this.o.ledger.set(`sent:${key}`, JSON.stringify({ at: this.o.clock.now().toISOString(), by: this.owner, ...record }), KEEP_MS);
  }

  private async sendWithRetry(channelId: string, message: OutgoingMessage, beforeSend: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await beforeSend();
        await this.o.delivery.send(channelId, message);
        return;
      } catch (error) {
        if (attempt >= this.retries || classifyDeliveryError(error).kind !== 'transient') throw error;
        await this.timers.sleep(this.retryBaseMs * 2 ** (attempt - 1));
      }
    }
  }

  /** Counts a failure in a row; at `maxFailures` switches the digest off and tells the moderators. */
  private async recordFailure(guildId: string, settings: DigestSettings, reason: string): Promise<void> {
    const key = `failures:${guildId}`;
    const now = this.o.clock.now();
    const raw = await this.o.ledger.get(key);
    const previous = raw === undefined ? null : (JSON.parse(raw) as FailureRecord);
    const record: FailureRecord = { count: (previous?.count ?? 0) + 1, since: previous?.since ?? now.toISOString(), reason };
    if (record.count < this.maxFailures) {
      await this.o.ledger.set(key, JSON.stringify(record));
      return;
    }
    await this.o.ledger.delete(key);
    const why = `${record.count} deliveries in a row failed: ${reason}`;
    await this.o.settings.disable(guildId, why, now);
    this.index.delete(guildId);
    this.o.logger.warn({ guildId, channelId: settings.channelId, reason }, 'digest: switched off after repeated failures');
    try {
      const system = await this.o.delivery.systemChannel(guildId);
      if (system !== null && system !== settings.channelId) {
        await this.o.delivery.pace?.();
        await this.o.delivery.send(system, {
          content:
            `The news digest for <#${settings.channelId}> has been switched off: ${why}. ` +
            'A moderator can check the channel and the bot’s permissions, then turn it back on with `/config digest`.',
          embeds: [],
          allowedMentions: { parse: [] },
        });
      }
    } catch (error) {
      this.o.logger.warn({ err: error, guildId }, 'digest: could not tell the moderators in the system channel');
    }
  }
}
