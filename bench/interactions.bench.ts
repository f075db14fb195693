// Interaction latency of the running bot, from INTERACTION_CREATE leaving the fake Discord's gateway
// to the bot's callback arriving at its REST side, both on 127.0.0.1 in this process. The same
// client, in the same run, also answers an `echo` command through the same router: that is the floor
// each command is compared with. Then: autocomplete with a 10,000-article library, and the memory of
// the running bot holding it. `npm run bench -- interactions`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Events, GatewayIntentBits, SlashCommandBuilder } from 'discord.js';
import { pino } from 'pino';
import { commands as registry } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';
import { startNewsdesk } from '../src/app.ts';
import type { Newsdesk } from '../src/app.ts';
import type { Article } from '../src/core/article.ts';
import { extractArticle } from '../src/core/extract/index.ts';
import { MemoryLibrary } from '../src/core/library-index.ts';
import type { LibraryEntry } from '../src/core/library.ts';
import { startFakeDiscord } from '../test/fakes/fake-discord.ts';
import type { AutocompleteRun, Body, CommandRun, FakeDiscord } from '../test/fakes/fake-discord.ts';

const here = dirname(fileURLToPath(import.meta.url));
const GOLD = join(here, '..', 'test', 'fixtures', 'gold');
const ROUNDS = 10;
const PER_ROUND = 100; // 10 x 100 = 1,000 interactions per case, interleaved so noise hits all alike
const WARMUP = 100;
const LIBRARY_SIZE = 10_000;

const echo: Command = {
  data: new SlashCommandBuilder().setName('echo').setDescription('Answers at once: the latency floor').toJSON(),
  async execute() {
    return { content: 'echo' };
  },
};

// Logging as in production (info, JSON), written to /dev/null so the terminal does not skew it.
const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));

type Case = {
  label: string;
  run: CommandRun | AutocompleteRun;
  autocomplete?: boolean;
  check?: (text: string) => boolean;
  /** Another fake Discord (the bare client's), when not the bot's. */
  on?: FakeDiscord;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

async function once(bots: FakeDiscord, c: Case): Promise<{ ms: number; text: string }> {
  const discord = c.on ?? bots;
  const record = discord.dispatchCommand(c.run, c.autocomplete ? 'autocomplete' : 'command');
  const outcome = await discord.awaitOutcome(record, !c.autocomplete, 10_000);
  const text = c.autocomplete
    ? outcome.choices.map((x) => x.name).join('\n')
    : [outcome.content ?? '', ...outcome.embeds.map((e) => JSON.stringify(e))].join('\n');
  return { ms: outcome.latencyMs, text };
}

async function measure(discord: FakeDiscord, cases: Case[]): Promise<Map<string, number[]>> {
  for (const c of cases) {
    const { text } = await once(discord, c);
    if (c.check && !c.check(text)) throw new Error(`${c.label} answered something unexpected: ${text.slice(0, 300)}`);
    for (let i = 0; i < WARMUP; i += 1) await once(discord, c);
  }
  const samples = new Map(cases.map((c) => [c.label, [] as number[]]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)];
    for (const c of order) {
      const list = samples.get(c.label)!;
      for (let i = 0; i < PER_ROUND; i += 1) list.push((await once(discord, c)).ms);
    }
  }
  return samples;
}

function report(title: string, samples: Map<string, number[]>, floorLabel: string): void {
  const floor = [...(samples.get(floorLabel) ?? [])].sort((a, b) => a - b);
  const f50 = percentile(floor, 0.5);
  const f99 = percentile(floor, 0.99);
  console.log(`\n${title}`);
  console.log('| case | n | p50 ms | p90 ms | p99 ms | p50 / echo | p99 / echo |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, list] of samples) {
    const s = [...list].sort((a, b) => a - b);
    const p50 = percentile(s, 0.5);
    const p99 = percentile(s, 0.99);
    console.log(`| ${label} | ${s.length} | ${p50.toFixed(2)} | ${percentile(s, 0.9).toFixed(2)} | ${p99.toFixed(2)} | ${(p50 / f50).toFixed(2)}x | ${(p99 / f99).toFixed(2)}x |`);
  }
}

function gcMemory(): { heapMB: number; rssMB: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i += 1) gc();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

async function startBot(discord: FakeDiscord, env: Record<string, string>, library?: MemoryLibrary): Promise<Newsdesk> {
  return startNewsdesk(
    { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info', STORE_URL: 'memory://', ...env },
    { logger, commands: [...registry, echo], ...(library ? { library } : {}) },
  );
}

// ------------------------------------------------------------------ synthetic library

const GIVEN = ['Ana', 'Ben', 'Chen', 'Dara', 'Elif', 'Femi', 'Goran', 'Hana', 'Ivan', 'Jamal', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yusuf', 'Zara'];
const FAMILY = ['Abara', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fontaine', 'Gallo', 'Haddad', 'Ibarra', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhou', 'Mensah', 'Ncube', 'Oliveira', 'Park'];
const TOPICS = ['budget', 'flood', 'election', 'strike', 'vaccine', 'bridge', 'drought', 'summit', 'merger', 'wildfire', 'trial', 'tariff'];
const PLACES = ['Lagos', 'Lyon', 'Osaka', 'Quito', 'Tallinn', 'Pune', 'Accra', 'Perth', 'Bergen', 'Cusco'];

/** 10,000 articles made from the real extracted fixtures: same shapes and sizes, new names and headlines. */
function syntheticLibrary(bases: Article[], size: number): MemoryLibrary {
  const library = new MemoryLibrary();
  const day = 86_400_000;
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let i = 0; i < size; i += 1) {
    const base = bases[i % bases.length]!;
    const rename = new Map<string, string>();
    base.people.forEach((p, k) => {
      const given = GIVEN[(i * 7 + k * 3) % GIVEN.length]!;
      const family = FAMILY[(i * 13 + k * 5 + Math.floor(i / 97)) % FAMILY.length]!;
      rename.set(p.name, `${given} ${family}`);
      for (const alias of p.aliases) rename.set(alias, family);
    });
    const swap = (text: string): string => {
      let out = text;
      for (const [from, to] of rename) out = out.split(from).join(to);
      return `${out}`;
    };
    const topic = TOPICS[i % TOPICS.length]!;
    const place = PLACES[(i * 3) % PLACES.length]!;
    const publishedAt = new Date(start + (i % 700) * day + (i % 24) * 3_600_000).toISOString();
    const article: Article = {
      ...base,
      id: `synthetic-${i}`,
      headline: `${place} ${topic}: ${swap(base.headline)} (${i})`,
      publishedAt,
      sentences: base.sentences.map((s) => ({ paragraph: s.paragraph, text: swap(s.text) })),
      summary: base.summary.map(swap),
      people: base.people.map((p) => ({ ...p, name: rename.get(p.name) ?? p.name, aliases: p.aliases.map((a) => rename.get(a) ?? a), roles: [...p.roles] })),
      quotes: base.quotes.map((q) => ({ ...q, text: swap(q.text), speaker: q.speaker === null ? null : (rename.get(q.speaker) ?? q.speaker) })),
    };
    const entry: LibraryEntry = { article, addedAt: publishedAt, sortTime: Date.parse(publishedAt) };
    library.add(entry);
  }
  return library;
}

// ------------------------------------------------------------------ run

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
copyFileSync(join(GOLD, 'seed-article.txt'), join(dir, 'seed-article.txt'));
const discord = await startFakeDiscord({ commandDefinitions: [...registry, echo].map((c) => c.data as unknown as Body) });

console.log(`Interaction latency, dispatch -> callback, ${ROUNDS * PER_ROUND} interactions per case, one at a time (Node ${process.version}; load average at start ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores).`);
// A bare discord.js client with a one-line handler, on its own fake Discord: what discord.js and
// the loopback cost without Newsdesk's router (DESIGN.md quotes 0.49 / 1.06 ms for it).
const bareDiscord = await startFakeDiscord();
const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: bareDiscord.apiUrl } });
bare.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: 'echo', allowedMentions: { parse: [] } }).catch(() => {});
});
const bareReady = new Promise((resolve) => bare.once(Events.ClientReady, resolve));
await bare.login(bareDiscord.token);
await bareReady;

const memBefore = gcMemory();
let bot = await startBot(discord, { ARTICLES_DIR: dir });
const memSeed = gcMemory();
const seedCases: Case[] = [
  { label: 'echo (floor)', run: { name: 'echo' }, check: (t) => t.includes('echo') },
  { label: 'bare discord.js echo, no router', run: { name: 'echo' }, on: bareDiscord, check: (t) => t.includes('echo') },
  { label: '/who name:Blinken', run: { name: 'who', options: { name: 'Blinken' } }, check: (t) => t.includes('Antony Blinken') },
  { label: '/quote speaker:Blinken', run: { name: 'quote', options: { speaker: 'Blinken' } }, check: (t) => t.includes('Blinken') },
  { label: '/summary', run: { name: 'summary' }, check: (t) => t.includes('Blinken') },
  { label: 'autocomplete name:Bli', run: { name: 'who', options: { name: 'Bli' }, focused: 'name' }, autocomplete: true, check: (t) => t.includes('Antony Blinken') },
];
report('Seed library (1 article)', await measure(discord, seedCases), 'echo (floor)');
await bot.stop();
await bare.destroy();
await bareDiscord.stop();

const bases = readdirSync(GOLD)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => extractArticle(readFileSync(join(GOLD, f), 'utf8'), { id: f.replace(/\.txt$/, ''), summaryLength: 10 }));
const memNoBot = gcMemory();
const buildStart = performance.now();
const library = syntheticLibrary(bases, LIBRARY_SIZE);
const buildMs = performance.now() - buildStart;
bot = await startBot(discord, { ARTICLES_DIR: dir }, library);
// The first lookup builds the people index: count it apart from the steady state.
const firstStart = performance.now();
await once(discord, { label: 'first', run: { name: 'who', options: { name: 'Okafor' }, focused: 'name' }, autocomplete: true });
const firstMs = performance.now() - firstStart;
const mem10k = gcMemory();

const prefixes = ['O', 'Ok', 'Oka', 'Okaf', 'Lena M', 'zz', 'Tan', 'Priya', 'Ros', 'W'];
const headlineQueries = ['Lagos', 'Lagos bud', 'flood', 'Osaka summit', 'Blinken', 'qq', 'Quito tr', 'crash'];
let p = 0;
let h = 0;
const bigCases: Case[] = [
  { label: 'echo (floor)', run: { name: 'echo' } },
  {
    label: 'autocomplete name (people, 10k articles)',
    get run() {
      return { name: 'who', options: { name: prefixes[p++ % prefixes.length]! }, focused: 'name' };
    },
    autocomplete: true,
  },
  {
    label: 'autocomplete article (headlines, 10k)',
    get run() {
      return { name: 'summary', options: { article: headlineQueries[h++ % headlineQueries.length]! }, focused: 'article' };
    },
    autocomplete: true,
  },
  { label: '/who name:Okafor (10k)', run: { name: 'who', options: { name: 'Okafor' } } },
  { label: '/articles query:flood (10k)', run: { name: 'articles', options: { query: 'flood' } } },
];
report(`Library of ${LIBRARY_SIZE.toLocaleString('en')} articles`, await measure(discord, bigCases), 'echo (floor)');

// The library calls alone, no Discord: what the handlers cost, apart from scheduling noise.
function timeCalls(label: string, queries: string[], call: (q: string) => unknown): string {
  for (let i = 0; i < WARMUP; i += 1) call(queries[i % queries.length]!);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS * PER_ROUND; i += 1) {
    const t0 = performance.now();
    call(queries[i % queries.length]!);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `| ${label} | ${times.length} | ${percentile(times, 0.5).toFixed(3)} | ${percentile(times, 0.9).toFixed(3)} | ${percentile(times, 0.99).toFixed(3)} |`;
}
console.log(`\nThe library calls behind those answers, timed alone (${LIBRARY_SIZE.toLocaleString('en')} articles, same queries):`);
console.log('| call | n | p50 ms | p90 ms | p99 ms |');
console.log('|---|---:|---:|---:|---:|');
console.log(timeCalls('findPeople(prefix, limit 25)', prefixes, (q) => library.findPeople(q, { limit: 25 })));
console.log(timeCalls('searchHeadlines(query, 25)', headlineQueries, (q) => library.searchHeadlines(q, 25)));
console.log(timeCalls("search('flood')", ['flood'], (q) => library.search(q)));

console.log(`\nLibrary of ${LIBRARY_SIZE.toLocaleString('en')} synthetic articles (the ${bases.length} extracted fixtures, renamed): built in ${buildMs.toFixed(0)} ms; first name lookup (builds the people index) ${firstMs.toFixed(1)} ms.`);
console.log('Memory after GC (this process also hosts the fake Discord):');
console.log(`| state | heapUsed MB | RSS MB |`);
console.log('|---|---:|---:|');
console.log(`| before the bot | ${memBefore.heapMB.toFixed(1)} | ${memBefore.rssMB.toFixed(1)} |`);
console.log(`| bot ready, 1 article | ${memSeed.heapMB.toFixed(1)} | ${memSeed.rssMB.toFixed(1)} |`);
console.log(`| bot stopped, fixtures extracted | ${memNoBot.heapMB.toFixed(1)} | ${memNoBot.rssMB.toFixed(1)} |`);
console.log(`| bot ready, ${LIBRARY_SIZE.toLocaleString('en')} articles | ${mem10k.heapMB.toFixed(1)} | ${mem10k.rssMB.toFixed(1)} |`);
console.log(`Heap per article: ${(((mem10k.heapMB - memNoBot.heapMB) * 1024) / LIBRARY_SIZE).toFixed(1)} KiB (the running bot and its library: measured before the 10k benchmarks, against the stopped-bot baseline).`);
console.log(`Load average at the end: ${loadavg()[0]?.toFixed(1)}. 429s from the fake Discord: ${discord.stats.rateLimited}; unknown routes: ${discord.unknownRequests.length}.`);

await bot.stop();
await discord.stop();
rmSync(dir, { recursive: true, force: true });
