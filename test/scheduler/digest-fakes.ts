// Hand-written in-memory stand-ins for the digest scheduler's ports (no module mocks).
import type { Article } from '../../src/core/article.ts';
import type { OutgoingMessage } from '../../src/core/discord-limits.ts';
import type { LibraryEntry } from '../../src/core/library.ts';
import { defaultDigestSettings, type DigestSettings } from '../../src/core/settings.ts';
import { DeliveryError } from '../../src/scheduler/delivery-errors.ts';
import type { DigestDelivery, DigestLogger, DigestSettingsPort, TimerPort } from '../../src/scheduler/digest-scheduler.ts';

export class ManualClock {
  constructor(public t: number) {}
  now = (): Date => new Date(this.t);
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export class FakeSettings implements DigestSettingsPort {
  readonly docs = new Map<string, DigestSettings>();
  readonly disabled: { guildId: string; reason: string; since: Date }[] = [];

  put(guildId: string, digest: Partial<DigestSettings>): void {
    this.docs.set(guildId, { ...defaultDigestSettings, enabled: true, ...digest });
  }

  async get(guildId: string): Promise<DigestSettings> {
    return this.docs.get(guildId) ?? defaultDigestSettings;
  }

  async disable(guildId: string, reason: string, since: Date): Promise<void> {
    const doc = this.docs.get(guildId);
    if (doc !== undefined) this.docs.set(guildId, { ...doc, enabled: false });
    this.disabled.push({ guildId, reason, since });
  }
}

export class FakeDelivery implements DigestDelivery {
  readonly posted: { channelId: string; message: OutgoingMessage }[] = [];
  readonly attempts: string[] = [];
  readonly gone = new Set<string>();
  /** Channel id -> statuses to answer before succeeding (e.g. [500, 502]). */
  readonly flaky = new Map<string, number[]>();
  /** Channel id -> a promise the send waits on (a slow channel). */
  readonly stalls = new Map<string, Promise<void>>();
  systemChannels = new Map<string, string>();

  async send(channelId: string, message: OutgoingMessage): Promise<{ id: string }> {
    this.attempts.push(channelId);
    const stall = this.stalls.get(channelId);
    if (stall !== undefined) await stall;
    if (this.gone.has(channelId)) throw new DeliveryError('Unknown Channel', 404, 10003);
    const failures = this.flaky.get(channelId);
    const status = failures?.shift();
    if (status !== undefined) throw new DeliveryError(`Server error ${status}`, status);
    this.posted.push({ channelId, message });
    return { id: String(this.posted.length) };
  }

  async systemChannel(guildId: string): Promise<string | null> {
    return this.systemChannels.get(guildId) ?? null;
  }

  in(channelId: string): OutgoingMessage[] {
    return this.posted.filter((p) => p.channelId === channelId).map((p) => p.message);
  }
}

export const manualTimers = (): TimerPort & { sleeps: number[] } => {
  const sleeps: number[] = [];
  return {
    sleeps,
    setInterval: () => null,
    clearInterval: () => undefined,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
};

export const silentLogger = (): DigestLogger & { lines: { level: string; obj: object; msg?: string }[] } => {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, ...(msg === undefined ? {} : { msg }) });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
};

export function libraryEntry(id: string, addedAt: string, headline = `Headline ${id}`): LibraryEntry {
  const article: Article = {
    id,
    headline,
    publishedAt: null,
    sentences: [{ text: `Body of ${id}.`, paragraph: 0 }],
    summary: [`Summary of ${id}.`],
    people: [],
    quotes: [],
    organizations: [],
    places: [],
    dates: [],
  };
  return { article, addedAt, sortTime: Date.parse(addedAt) };
}
