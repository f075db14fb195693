// Digest benchmarks.
// 1. Delivery: DIGEST_BENCH_GUILDS servers (default 2,000; the figure is 10,000, which takes
//    over 200 s at 50 requests/s: DIGEST_BENCH_GUILDS=10000 npm run bench -- digest) all due in the same
//    minute, sent by the real scheduler through the real discord.js Client to the fake Discord, which
//    enforces Discord's global 50 requests/s. Baseline: the limit itself (ratio = rate reached / 50).
// 2. Scheduling: DIGEST_BENCH_SCHEDULED servers (default 100,000) in the scheduler's index: memory,
//    and time per tick, against the naive tick (slot maths for every server) in the same process.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { defaultDigestSettings, type DigestSettings } from '../src/core/settings.ts';
import { dueSlot } from '../src/core/schedule.ts';
import { MemoryAtomicKv } from '../src/storage/digest-ledger.ts';
import { discordDelivery } from '../src/scheduler/discord-delivery.ts';
import { DigestScheduler, type DigestDelivery } from '../src/scheduler/digest-scheduler.ts';
import { startFakeDiscord } from '../test/fakes/fake-discord.ts';
import { FakeSettings, ManualClock, libraryEntry, manualTimers, silentLogger } from '../test/scheduler/digest-fakes.ts';

const DELIVERY_GUILDS = Number(process.env.DIGEST_BENCH_GUILDS ?? 2000);
const SCHEDULED = Number(process.env.DIGEST_BENCH_SCHEDULED ?? 100_000);
const LIMIT = 50;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function delivery(): Promise<void> {
  const zones = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];
  const discord = await startFakeDiscord({
    guilds: Array.from({ length: DELIVERY_GUILDS }, (_, i) => ({ name: `Guild ${i}`, members: [] })),
  });
  discord.rateLimit({ perSecond: LIMIT });
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;

  // Every guild's 08:00 local falls in the same UTC minute: pick the local time per zone.
  const at = new Date('2026-06-01T12:00:00Z');
  const localTime = (tz: string): string =>
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const settings = new FakeSettings();
  const channels: string[] = [];
  [...discord.guilds.values()].forEach((g, i) => {
    const timezone = zones[i % zones.length]!;
    const channelId = g.channel('news-digest').id;
    channels.push(channelId);
    settings.put(g.id, { channelId, time: localTime(timezone), timezone });
  });
  const clock = new ManualClock(at.getTime() - 10_000);
  const library = [libraryEntry('a1', '2026-06-01T11:00:00Z', 'Bench headline'), libraryEntry('a2', '2026-06-01T11:30:00Z', 'Another one')];
  const scheduler = new DigestScheduler({
    clock,
    timers: manualTimers(),
    guildIds: () => settings.docs.keys(),
    settings,
    ledger: new MemoryAtomicKv(() => clock.t),
    library: () => library,
    delivery: discordDelivery(client, { perSecond: Number(process.env.DIGEST_SENDS_PER_SECOND ?? 48) }),
    logger: silentLogger(),
    concurrency: 50,
  });
  await scheduler.resync();
  clock.set(at.toISOString());
  const before = discord.stats.requests;
  const started = performance.now();
  const results = await scheduler.tick();
  const seconds = (performance.now() - started) / 1000;
  const requests = discord.stats.requests - before;
  const perChannel = channels.map((c) => discord.channelMessages(c).length);
  const duplicates = perChannel.filter((n) => n > 1).length;
  const missing = perChannel.filter((n) => n === 0).length;
  const outcomes: Record<string, number> = {};
  for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  const rate = requests / seconds;
  console.log(`delivery: ${DELIVERY_GUILDS} servers due in the same minute, fake Discord enforcing ${LIMIT} requests/s`);
  console.log(`  time taken           ${seconds.toFixed(1)} s`);
  console.log(`  requests             ${requests} (${JSON.stringify(outcomes)})`);
  console.log(`  requests per second  ${rate.toFixed(1)} = ${((rate / LIMIT) * 100).toFixed(1)}% of the limit (target >= 90%)`);
  console.log(`  429s                 ${discord.stats.rateLimited} (global ${discord.stats.globalRateLimited}; target 0)`);
  console.log(`  duplicates           ${duplicates} (target 0), missing ${missing}`);
  const handling = discord.requests.filter((r) => r.route === '/channels/:channel/messages').map((r) => r.durationMs).sort((a, b) => a - b);
  const p = (q: number): string => (handling[Math.min(handling.length - 1, Math.floor(q * handling.length))] ?? 0).toFixed(2);
  console.log(`  fake Discord's own time per post: median ${p(0.5)} ms, p99 ${p(0.99)} ms (it shares this process)`);
  await scheduler.stop();
  await client.destroy();
  await discord.stop();
}

async function scheduling(): Promise<void> {
  const zones = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'Asia/Kolkata'];
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  const docs: DigestSettings[] = Array.from({ length: SCHEDULED }, (_, i) => ({
    ...defaultDigestSettings,
    enabled: true,
    channelId: String(300000000000000000n + BigInt(i)),
    time: `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
    days: i % 3 === 0 ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6],
    timezone: zones[i % zones.length]!,
  }));
  const ids = docs.map((_, i) => String(100000000000000000n + BigInt(i)));
  const clock = new ManualClock(Date.parse('2026-06-01T12:00:10Z'));
  const noDelivery: DigestDelivery = { send: async () => ({}), systemChannel: async () => null };
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const scheduler = new DigestScheduler({
    clock,
    timers: manualTimers(),
    guildIds: () => ids,
    settings: { get: async () => defaultDigestSettings, disable: async () => undefined },
    ledger: new MemoryAtomicKv(() => clock.t),
    library: () => [],
    delivery: noDelivery,
    logger: silentLogger(),
    resyncMs: Infinity,
  });
  const placeStart = performance.now();
  for (let i = 0; i < SCHEDULED; i += 1) scheduler.place(ids[i]!, docs[i]!, clock.now());
  const placeMs = performance.now() - placeStart;
  gc();
  const heapAfter = process.memoryUsage().heapUsed;

  // Steady state: ticks 30 s apart over ten minutes (some servers fall due; nothing new to post).
  const tickMs: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    clock.advance(30_000);
    const t0 = performance.now();
    await scheduler.tick();
    tickMs.push(performance.now() - t0);
  }
  tickMs.sort((a, b) => a - b);
  const median = tickMs[Math.floor(tickMs.length / 2)]!;
  // A tick with nothing due: the scan alone.
  const scanMs: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const t0 = performance.now();
    await scheduler.tick();
    scanMs.push(performance.now() - t0);
  }
  scanMs.sort((a, b) => a - b);

  // Baseline: the naive tick, slot maths for every server at every tick.
  const naiveMs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const now = new Date(clock.t + i * 30_000);
    const t0 = performance.now();
    let due = 0;
    for (const doc of docs) if (dueSlot(doc, now, { catchUpMs: 3_600_000 }) !== null) due += 1;
    naiveMs.push(performance.now() - t0);
    if (due < 0) console.log(due);
  }
  naiveMs.sort((a, b) => a - b);
  const naive = naiveMs[1]!;
  console.log(`scheduling: ${SCHEDULED} servers with a digest scheduled`);
  console.log(`  index memory         ${mb(heapAfter - heapBefore)} (${((heapAfter - heapBefore) / SCHEDULED).toFixed(0)} bytes per server)`);
  console.log(`  with the settings    ${mb(heapAfter - heapStart)} (the digest settings documents and guild ids it holds included)`);
  console.log(`  building the index   ${placeMs.toFixed(0)} ms (${((placeMs * 1000) / SCHEDULED).toFixed(1)} µs per server)`);
  console.log(`  time per tick        median ${median.toFixed(2)} ms, max ${tickMs[tickMs.length - 1]!.toFixed(2)} ms over 20 ticks`);
  console.log(`  tick, nothing due     median ${scanMs[10]!.toFixed(2)} ms (the scan of the index alone)`);
  console.log(`  naive tick baseline  ${naive.toFixed(0)} ms (slot maths for every server); indexed/naive = ${(median / naive).toFixed(4)}`);
}

await scheduling();
if (DELIVERY_GUILDS > 0) await delivery();
