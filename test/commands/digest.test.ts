import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { digest } from '../../commands/digest.ts';
import { CommandOptions, UserError, type CommandContext, type CommandRequest } from '../../commands/types.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { MemoryAtomicKv } from '../../src/storage/digest-ledger.ts';
import { openSettingsStore } from '../../src/storage/settings-store.ts';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.ts';
import { FakeDelivery, FakeSettings, ManualClock, libraryEntry, manualTimers, silentLogger } from '../scheduler/digest-fakes.ts';

const GUILD = '111111111111111111';
const CHANNEL = '311111111111111111';

function setup() {
  const clock = new ManualClock(Date.parse('2026-06-01T05:00:00Z'));
  const settings = new FakeSettings();
  const delivery = new FakeDelivery();
  const library = [libraryEntry('a1', '2026-06-01T04:00:00Z', 'Bridge reopens'), libraryEntry('a2', '2026-06-01T04:30:00Z', 'Ferry strike')];
  const scheduler = new DigestScheduler({
    clock,
    timers: manualTimers(),
    guildIds: () => settings.docs.keys(),
    settings,
    ledger: new MemoryAtomicKv(() => clock.t),
    library: () => library,
    delivery,
    logger: silentLogger(),
  });
  const ctx = {
    library: new MemoryLibrary(),
    logger: pino({ level: 'silent' }),
    clock,
    random: () => 0.5,
    discord: { channelInfo: async () => null, send: async () => ({ id: '1' }) },
    digest: scheduler,
  } as CommandContext;
  return { clock, settings, delivery, scheduler, ctx };
}

const request = (subcommand: string, guildId: string | null = GUILD): CommandRequest => ({
  id: '1',
  commandName: 'digest',
  subcommandGroup: null,
  subcommand,
  options: CommandOptions.of({}),
  guildId,
  channelId: CHANNEL,
  user: { id: '411111111111111111', username: 'mod' },
  member: { permissions: 0n, roleIds: [] },
});

describe('/digest', () => {
  it('is a guild-only moderator command', () => {
    expect(digest.moderatorOnly).toBe(true);
    expect(digest.data.default_member_permissions).toBe('32');
    expect(digest.data.contexts).toEqual([0]);
  });

  it('preview shows, ephemerally, what would be posted, and posts nothing', async () => {
    const { settings, delivery, ctx } = setup();
    settings.put(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Europe/London' });
    const reply = await digest.execute(request('preview'), ctx);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('2 articles the last 24 hours');
    expect(reply.embeds?.map((e) => e.title)).toEqual(['Ferry strike', 'Bridge reopens']);
    expect(delivery.posted).toHaveLength(0);
  });

  it('send-now posts to the configured channel and a second one finds nothing new', async () => {
    const { clock, settings, delivery, ctx } = setup();
    settings.put(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Europe/London' });
    const reply = await digest.execute(request('send-now'), ctx);
    clock.advance(60_000);
    expect(reply.content).toMatch(/Digest posted \(1 message\)/);
    expect(delivery.in(CHANNEL)).toHaveLength(1);
    const again = await digest.execute(request('send-now'), ctx);
    expect(again.content).toMatch(/Nothing new/);
    expect(delivery.in(CHANNEL)).toHaveLength(1);
    const preview = await digest.execute(request('preview'), ctx);
    expect(preview.content).toMatch(/Nothing new since the last digest/);
  });

  it('send-now without a channel is a friendly error', async () => {
    const { settings, ctx } = setup();
    settings.put(GUILD, { channelId: null });
    await expect(digest.execute(request('send-now'), ctx)).rejects.toBeInstanceOf(UserError);
    await expect(digest.execute(request('preview', null), ctx)).rejects.toThrow(/server/);
  });

  it('refuses a member who is not a moderator, whatever the command permissions say', async () => {
    const { delivery, ctx } = setup();
    const store = openSettingsStore('memory://', { logger: pino({ level: 'silent' }) });
    const withStore = { ...ctx, settings: store } as CommandContext;
    const reply = await digest.execute(request('send-now'), withStore);
    expect(reply.content).toMatch(/for moderators/);
    expect(delivery.posted).toHaveLength(0);
    await store.close();
  });
});
