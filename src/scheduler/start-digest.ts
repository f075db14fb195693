// Puts the digest scheduler together for the running bot: the ledger beside the settings
// (STORE_URL), the settings store behind the scheduler's small port, discord.js for delivery, this
// shard's guilds. Started after ready; stop() waits for digests in flight, then closes the ledger.
import { Events, type Client, type Guild } from 'discord.js';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { ArticleLibrary } from '../core/library.ts';
import type { DigestSettings } from '../core/settings.ts';
import { openAtomicKv } from '../storage/digest-ledger.ts';
import { DigestScheduler, type DigestSettingsPort } from './digest-scheduler.ts';
import { discordDelivery } from './discord-delivery.ts';

/** The part of the guild settings store (issue 4) the digest uses. */
export interface DigestSettingsStore {
  get(guildId: string): Promise<{ digest: DigestSettings }>;
  update(guildId: string, actor: string, mutate: (doc: { digest: DigestSettings }) => void): Promise<unknown>;
}

export function isDigestSettingsStore(value: unknown): value is DigestSettingsStore {
  const v = value as Partial<DigestSettingsStore> | null | undefined;
  return typeof v?.get === 'function' && typeof v.update === 'function';
}

/** Who the settings store records as having switched the digest off. */
export const DIGEST_ACTOR = 'digest-scheduler';

export function digestSettingsPort(store: DigestSettingsStore): DigestSettingsPort {
  return {
    get: async (guildId) => (await store.get(guildId)).digest,
    disable: async (guildId, reason, since) => {
      await store.update(guildId, DIGEST_ACTOR, (doc) => {
        // `disabledReason` / `disabledAt` are what /config show prints (issue 4's schema).
        Object.assign(doc.digest, { enabled: false, disabledReason: reason, disabledAt: since.toISOString() });
      });
    },
  };
}

export interface StartDigestOptions {
  client: Client;
  storeUrl: string;
  settings: DigestSettingsStore;
  library: ArticleLibrary;
  logger: Logger;
  clock: Clock;
  catchUpMinutes: number;
  sendsPerSecond: number;
}

export interface RunningDigest {
  scheduler: DigestScheduler;
  stop(): Promise<void>;
}

export async function startDigest(o: StartDigestOptions): Promise<RunningDigest> {
  const logger = o.logger.child({ component: 'digest' });
  const ledger = await openAtomicKv(
    o.storeUrl,
    () => o.clock.now().getTime(),
    (err) => logger.warn({ err }, 'digest ledger: store connection error (reconnecting)'),
  );
  const scheduler = new DigestScheduler({
    clock: o.clock,
    guildIds: () => o.client.guilds.cache.keys(),
    settings: digestSettingsPort(o.settings),
    ledger,
    library: () => o.library.list(),
    delivery: discordDelivery(o.client, { perSecond: o.sendsPerSecond }),
    logger,
    catchUpMs: o.catchUpMinutes * 60_000,
  });
  const joined = (guild: Guild): void => void scheduler.reschedule(guild.id).catch((err: unknown) => logger.warn({ err, guildId: guild.id }, 'digest: reschedule failed'));
  const left = (guild: Guild): void => scheduler.forget(guild.id);
  o.client.on(Events.GuildCreate, joined);
  o.client.on(Events.GuildDelete, left);
  await scheduler.start();
  logger.info({ guilds: scheduler.scheduled, catchUpMinutes: o.catchUpMinutes }, 'digest scheduler started');
  return {
    scheduler,
    async stop() {
      o.client.off(Events.GuildCreate, joined);
      o.client.off(Events.GuildDelete, left);
      await scheduler.stop();
      await ledger.close();
    },
  };
}
