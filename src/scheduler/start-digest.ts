// Puts the digest scheduler together for the running bot: the ledger beside the settings
// (STORE_URL), the settings store (issue 4) behind the scheduler's small port, discord.js for delivery, this
// shard's guilds. Started after ready; stop() waits for digests in flight, then closes the ledger.
import { Events, type Client, type Guild } from 'discord.js';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { ArticleLibrary } from '../core/library.ts';
import { SYSTEM_ACTOR } from '../core/settings.ts';
import { openAtomicKv } from '../storage/digest-ledger.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { DigestScheduler, type DigestSettingsPort } from './digest-scheduler.ts';
import { discordDelivery } from './discord-delivery.ts';

export function isSettingsStore(value: unknown): value is SettingsStore {
  const v = value as Partial<SettingsStore> | null | undefined;
  return typeof v?.get === 'function' && typeof v.update === 'function' && typeof v.onChange === 'function';
}

/** Who the settings' change history names when the digest switches itself off. */
export const DIGEST_ACTOR = SYSTEM_ACTOR;

/** The scheduler's view of the settings store: a guild's digest settings, and switching it off. */
export function digestSettingsPort(store: SettingsStore): DigestSettingsPort {
  return {
    get: async (guildId) => (await store.get(guildId)).digest,
    disable: async (guildId, reason, since) => {
      await store.update(guildId, { id: DIGEST_ACTOR, name: 'digest scheduler' }, (draft) => {
        draft.digest.enabled = false;
        // What /config show prints: why, and since when (cleared when a moderator turns it back on).
        draft.digestStatus = { disabledReason: reason.slice(0, 1000), disabledAt: since.toISOString() };
      });
    },
  };
}

export interface StartDigestOptions {
  client: Client;
  storeUrl: string;
  settings: SettingsStore;
  library: ArticleLibrary;
  /** A guild's view of the library (issue 6), when guilds have feeds of their own. */
  libraryFor?: (guildId: string) => ArticleLibrary;
  logger: Logger;
  clock: Clock;
  catchUpMinutes: number;
  sendsPerSecond: number;
  /** Claim lease and tick interval (issue 7: DIGEST_LEASE_SECONDS, DIGEST_TICK_SECONDS); scheduler defaults otherwise. */
  leaseMs?: number;
  tickMs?: number;
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
    library: (guildId) => (o.libraryFor?.(guildId) ?? o.library).list(),
    delivery: discordDelivery(o.client, { perSecond: o.sendsPerSecond }),
    logger,
    catchUpMs: o.catchUpMinutes * 60_000,
    ...(o.leaseMs !== undefined ? { leaseMs: o.leaseMs } : {}),
    ...(o.tickMs !== undefined ? { tickMs: o.tickMs } : {}),
  });
  const joined = (guild: Guild): void => void scheduler.reschedule(guild.id).catch((err: unknown) => logger.warn({ err, guildId: guild.id }, 'digest: reschedule failed'));
  const left = (guild: Guild): void => scheduler.forget(guild.id);
  o.client.on(Events.GuildCreate, joined);
  o.client.on(Events.GuildDelete, left);
  // A /config digest change in this process reschedules at once; other processes' changes are seen
  // when the settings are re-read before sending and on the periodic resync.
  const unsubscribe = o.settings.onChange((change) => {
    if (change.paths.some((p) => p.startsWith('digest.'))) joined({ id: change.guildId } as Guild);
  });
  await scheduler.start();
  logger.info({ guilds: scheduler.scheduled, catchUpMinutes: o.catchUpMinutes }, 'digest scheduler started');
  return {
    scheduler,
    async stop() {
      unsubscribe();
      o.client.off(Events.GuildCreate, joined);
      o.client.off(Events.GuildDelete, left);
      await scheduler.stop();
      await ledger.close();
    },
  };
}
