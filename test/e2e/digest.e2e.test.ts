// The digest end to end: the real discord.js Client against the fake Discord on 127.0.0.1, the real
// scheduler with a manual clock, a real ledger (SQLite file; Redis for two processes).
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/core/library.ts';
import { RedisAtomicKv, SqliteAtomicKv, type AtomicKv } from '../../src/storage/digest-ledger.ts';
import { discordDelivery } from '../../src/scheduler/discord-delivery.ts';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import { assertFitsDiscordLimits, PermissionFlagsBits, startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.ts';
import { isSettingsStore } from '../../src/scheduler/start-digest.ts';
import { SEED_ARTICLE, expectEverySentBodySafe, startBot } from './helpers.ts';
import { readFileSync } from 'node:fs';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import type { DigestScheduler as Scheduler } from '../../src/scheduler/digest-scheduler.ts';
import { FakeSettings, ManualClock, libraryEntry, manualTimers, silentLogger } from '../scheduler/digest-fakes.ts';
import { REDIS_URL, redisForTests } from '../helpers/redis.ts';

const redisUp = await redisForTests('digest e2e');

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function connect(discord: FakeDiscord): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
  cleanups.push(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return client;
}

function sqliteLedger(clock: ManualClock): SqliteAtomicKv {
  const dir = mkdtempSync(join(tmpdir(), 'digest-e2e-'));
  const ledger = new SqliteAtomicKv(`sqlite://${join(dir, 'newsdesk.sqlite')}`, () => clock.t);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => ledger.close());
  return ledger;
}

function scheduler(client: Client, clock: ManualClock, settings: FakeSettings, ledger: AtomicKv, library: LibraryEntry[]): DigestScheduler {
  const s = new DigestScheduler({
    clock,
    timers: manualTimers(),
    guildIds: () => client.guilds.cache.keys(),
    settings,
    ledger,
    library: () => library,
    delivery: discordDelivery(client),
    logger: silentLogger(),
  });
  cleanups.push(() => s.stop());
  return s;
}

describe('digest through discord.js and the fake Discord', () => {
  it('a digest at 08:00 Europe/London arrives once at 08:00 local time, before and after the clocks go back in October', async () => {
    const discord = await startFakeDiscord();
    cleanups.push(() => discord.stop());
    const client = await connect(discord);
    const guild = discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    const clock = new ManualClock(Date.parse('2026-10-24T06:59:00Z'));
    const settings = new FakeSettings();
    settings.put(guild.id, { channelId: channel, time: '08:00', timezone: 'Europe/London', maxArticles: 5 });
    const library = [libraryEntry('calm', '2026-10-24T05:00:00Z', 'Markets calm @everyone')];
    const s = scheduler(client, clock, settings, sqliteLedger(clock), library);
    await s.resync();

    // Saturday 24 October: 08:00 BST = 07:00 UTC. Tick every 30 s from 06:59 to 07:30.
    for (let i = 0; i <= 62; i += 1) {
      await s.tick();
      clock.advance(30_000);
    }
    expect(discord.channelMessages(channel)).toHaveLength(1);
    const [first] = discord.channelMessages(channel);
    expect(first!.createdAt).toBeGreaterThan(0);
    expect(first!.embeds[0]?.title).toBe('Markets calm @everyone');
    expect(first!.allowedMentions).toEqual({ parse: [] });

    // Sunday 25 October, after the clocks went back: 08:00 GMT = 08:00 UTC.
    library.push(libraryEntry('storm', '2026-10-25T06:00:00Z', 'Storm warning'));
    clock.set('2026-10-25T06:59:00Z');
    const slots: string[] = [];
    for (let i = 0; i <= 122; i += 1) {
      for (const r of await s.tick()) slots.push(`${clock.now().toISOString()} ${r.outcome}`);
      clock.advance(30_000);
    }
    expect(slots).toEqual(['2026-10-25T08:00:00.000Z sent']);
    const messages = discord.channelMessages(channel);
    expect(messages).toHaveLength(2);
    expect(messages[1]!.embeds.map((e) => e.title)).toEqual(['Storm warning']);
    for (const sent of discord.sentBodies()) assertFitsDiscordLimits(sent.body);
  });

  it('a deleted channel three times turns the digest off and says so in the system channel', async () => {
    const discord = await startFakeDiscord();
    cleanups.push(() => discord.stop());
    const client = await connect(discord);
    const guild = discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    const system = guild.channel('general').id;
    const clock = new ManualClock(Date.parse('2026-06-01T06:00:00Z'));
    const settings = new FakeSettings();
    settings.put(guild.id, { channelId: channel, time: '08:00', timezone: 'Europe/London' });
    const library: LibraryEntry[] = [];
    const s = scheduler(client, clock, settings, sqliteLedger(clock), library);
    await s.resync();
    discord.deleteChannel(channel);

    const outcomes: string[] = [];
    for (let day = 1; day <= 4; day += 1) {
      clock.set(`2026-06-0${day}T07:00:00Z`);
      library.push(libraryEntry(`a${day}`, new Date(clock.t - 60_000).toISOString()));
      for (const r of await s.tick()) outcomes.push(`${r.outcome}: ${r.reason ?? ''}`);
    }
    expect(outcomes).toEqual(Array(3).fill('failed: the channel no longer exists'));
    expect(settings.disabled).toEqual([
      { guildId: guild.id, reason: '3 deliveries in a row failed: the channel no longer exists', since: new Date('2026-06-03T07:00:00Z') },
    ]);
    const notices = discord.channelMessages(system);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content).toContain('switched off');
    expect(notices[0]!.allowedMentions).toEqual({ parse: [] });
  });

  it('08:00 Europe/London in March: 08:00 GMT on the Saturday, 08:00 BST (07:00 UTC) on the Sunday the clocks go forward', async () => {
    const discord = await startFakeDiscord();
    cleanups.push(() => discord.stop());
    const client = await connect(discord);
    const guild = discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    const clock = new ManualClock(Date.parse('2026-03-28T06:00:00Z'));
    const settings = new FakeSettings();
    settings.put(guild.id, { channelId: channel, time: '08:00', timezone: 'Europe/London' });
    const library = [libraryEntry('sat', '2026-03-28T05:00:00Z', 'Saturday news'), libraryEntry('sun', '2026-03-29T05:00:00Z', 'Sunday news')];
    const s = scheduler(client, clock, settings, sqliteLedger(clock), library);
    await s.resync();
    const sent: string[] = [];
    // Every 30 s from Saturday 06:00 UTC to Sunday 10:00 UTC.
    while (clock.t <= Date.parse('2026-03-29T10:00:00Z')) {
      for (const r of await s.tick()) if (r.outcome === 'sent') sent.push(clock.now().toISOString());
      clock.advance(30_000);
    }
    expect(sent).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
    expect(discord.channelMessages(channel).map((m) => m.embeds.map((e) => e.title))).toEqual([['Saturday news'], ['Sunday news']]);
  });

  it('permissions removed (403, Missing Permissions) count as failures like a deleted channel', async () => {
    const discord = await startFakeDiscord();
    cleanups.push(() => discord.stop());
    const client = await connect(discord);
    const guild = discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    discord.denyBot(channel);
    const clock = new ManualClock(Date.parse('2026-06-01T07:00:00Z'));
    const settings = new FakeSettings();
    settings.put(guild.id, { channelId: channel, time: '08:00', timezone: 'Europe/London' });
    const s = scheduler(client, clock, settings, sqliteLedger(clock), [libraryEntry('a', '2026-06-01T06:00:00Z')]);
    await s.resync();
    const [result] = await s.tick();
    expect(result).toMatchObject({ outcome: 'failed', reason: 'the bot may no longer post in the channel' });
    expect(discord.channelMessages(channel)).toHaveLength(0);
  });

  it.skipIf(!redisUp)('two bot processes on one Redis send each guild its digest once', async () => {
    const guildCount = 6;
    const discord = await startFakeDiscord({ guilds: Array.from({ length: guildCount }, (_, i) => ({ name: `Guild ${i}` })) });
    cleanups.push(() => discord.stop());
    const clients = [await connect(discord), await connect(discord)];
    const clock = new ManualClock(Date.parse('2026-06-01T06:59:30Z'));
    const settings = new FakeSettings();
    const channels = [...discord.guilds.values()].map((g) => {
      settings.put(g.id, { channelId: g.channel('news-digest').id, time: '08:00', timezone: 'Europe/London' });
      return g.channel('news-digest').id;
    });
    const library = [libraryEntry('a1', '2026-06-01T06:00:00Z')];
    const prefix = `newsdesk-e2e-${Date.now()}:`;
    const ledgers = [await RedisAtomicKv.connect(REDIS_URL, prefix), await RedisAtomicKv.connect(REDIS_URL, prefix)];
    for (const l of ledgers) cleanups.push(() => l.close());
    const schedulers = clients.map((c, i) => scheduler(c, clock, settings, ledgers[i]!, library));
    await Promise.all(schedulers.map((s) => s.resync()));
    for (let i = 0; i < 6; i += 1) {
      await Promise.all(schedulers.map((s) => s.tick()));
      clock.advance(30_000);
    }
    for (const channel of channels) expect(discord.channelMessages(channel)).toHaveLength(1);
    // And a restart of both at 08:00:30 changes nothing.
    const again = clients.map((c, i) => scheduler(c, clock, settings, ledgers[i]!, library));
    clock.set('2026-06-01T07:00:30Z');
    await Promise.all(again.map((s) => s.resync()));
    await Promise.all(again.map((s) => s.tick()));
    for (const channel of channels) expect(discord.channelMessages(channel)).toHaveLength(1);
  });

  it('the running bot: /digest preview (ephemeral) and /digest send-now post the seed article once, moderators only', async () => {
    const bot = await startBot();
    cleanups.push(() => bot.stop());
    const guild = bot.discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    const settings = bot.app.context.settings;
    if (!isSettingsStore(settings)) throw new Error('the bot has no settings store');
    await settings.update(guild.id, 'test', (draft) => {
      draft.digest.enabled = true;
      draft.digest.channelId = channel;
      draft.digest.timezone = 'Europe/London';
    });
    const moderator = { user: guild.member('moderator').user, memberPermissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };

    const denied = await bot.discord.runCommand({ name: 'digest', subcommand: 'preview', user: guild.member('alice').user });
    expect(denied.content).toMatch(/for moderators/);

    const preview = await bot.discord.runCommand({ name: 'digest', subcommand: 'preview', ...moderator });
    expect(preview.ephemeral).toBe(true);
    const headline = readFileSync(SEED_ARTICLE, 'utf8').split('\n')[0]!.trim();
    expect(preview.embeds[0]?.title?.slice(0, 40)).toBe(headline.slice(0, 40));
    expect(bot.discord.channelMessages(channel)).toHaveLength(0);

    const sent = await bot.discord.runCommand({ name: 'digest', subcommand: 'send-now', ...moderator });
    expect(sent.content).toMatch(/Digest posted/);
    expect(bot.discord.channelMessages(channel)).toHaveLength(1);
    const again = await bot.discord.runCommand({ name: 'digest', subcommand: 'send-now', ...moderator });
    expect(again.content).toMatch(/Nothing new|already gone out/);
    expect(bot.discord.channelMessages(channel)).toHaveLength(1);
    expectEverySentBodySafe(bot.discord);
  });

  it('the running bot: a deleted digest channel three days running switches it off, and /config show says why and since when', async () => {
    const clock = new ManualClock(Date.parse('2026-06-01T06:00:00Z'));
    const library = new MemoryLibrary(
      [1, 2, 3].map((day) => libraryEntry(`day${day}`, `2026-06-0${day}T06:30:00Z`, `News of day ${day}`)),
    );
    const bot = await startBot({ overrides: { clock, library } });
    cleanups.push(() => bot.stop());
    const guild = bot.discord.defaultGuild;
    const channel = guild.channel('news-digest').id;
    const settings = bot.app.context.settings;
    if (!isSettingsStore(settings)) throw new Error('the bot has no settings store');
    await settings.update(guild.id, 'test', (draft) => {
      draft.digest.enabled = true;
      draft.digest.channelId = channel;
      draft.digest.timezone = 'Europe/London';
      draft.digest.time = '08:00';
    });
    bot.discord.deleteChannel(channel);
    const scheduler = bot.app.context.digest as Scheduler;
    for (let day = 1; day <= 4; day += 1) {
      clock.set(`2026-06-0${day}T07:00:05Z`);
      await scheduler.tick();
    }
    const doc = await settings.get(guild.id);
    expect(doc.digest.enabled).toBe(false);
    expect(doc.digestStatus).toEqual({
      disabledReason: '3 deliveries in a row failed: the channel no longer exists',
      disabledAt: '2026-06-03T07:00:05.000Z',
    });
    const moderator = { user: guild.member('moderator').user, memberPermissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages };
    const show = await bot.discord.runCommand({ name: 'config', subcommand: 'show', ...moderator });
    const text = JSON.stringify(show.embeds) + (show.content ?? '');
    expect(text).toContain('the channel no longer exists');
    expect(text).toContain(`<t:${Date.parse('2026-06-03T07:00:05Z') / 1000}`);
    expect(bot.discord.channelMessages(guild.channel('general').id).map((m) => m.content)).toEqual([
      expect.stringContaining('switched off'),
    ]);
  });
});
