// Sources benchmarks (issue 6).
// 1. Ingest: SOURCES_BENCH_ITEMS new items (default 1,000) in one loopback RSS feed, each linking to
//    an HTML page: the real poller fetches the feed and every page over HTTP, reads it with
//    Readability, de-duplicates and extracts it into the live library (memory:// store). Baseline in
//    the same process: extracting the same 1,000 article texts alone (the floor for any ingest).
// 2. Start-up: SOURCES_BENCH_FILES article files (default 10,000) in a temp folder with an SQLite
//    store: the whole bot (startNewsdesk against the fake Discord on 127.0.0.1) from start to ready,
//    cold (empty extraction cache: every file extracted) against warm (the cache the cold run filled).
// Run: npm run bench -- sources   (node --expose-gc gives cleaner memory figures)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { extractArticle } from '../src/core/extract/index.ts';
import { MemoryLibrary } from '../src/core/library-index.ts';
import { ExtractCache } from '../src/sources/extract-cache.ts';
import { FeedPoller } from '../src/sources/feed-poller.ts';
import { LiveLibrary } from '../src/sources/live-library.ts';
import { startNewsdesk } from '../src/app.ts';
import { createKeyv } from '../src/storage/keyv-factory.ts';
import { articlePage, rss } from '../test/sources/feed-fixtures.ts';
import type { TestItem } from '../test/sources/feed-fixtures.ts';
import { startLoopbackServer } from '../test/sources/loopback-server.ts';
import { startFakeDiscord } from '../test/fakes/fake-discord.ts';

const ITEMS = Number(process.env.SOURCES_BENCH_ITEMS ?? 1000);
const FILES = Number(process.env.SOURCES_BENCH_FILES ?? 10_000);
const logger = pino({ level: 'silent' });
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const extract = (text: string, o: Parameters<typeof extractArticle>[1]) => extractArticle(text, { summaryLength: 10, ...o });

/** Paragraphs of the shipped gold articles: synthetic articles mix them, each with a unique line. */
function paragraphPool(): string[] {
  const dir = new URL('../test/fixtures/gold/', import.meta.url);
  const pool: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(new URL(name, dir), 'utf8').split('\n').slice(1).map((l) => l.trim()).filter((l) => l.length > 60);
    pool.push(...lines);
  }
  return pool;
}

function synthetic(pool: string[], i: number): { headline: string; paragraphs: string[] } {
  const paragraphs = [0, 1, 2, 3].map((k) => pool[(i * 7 + k * 13) % pool.length]!);
  paragraphs.unshift(`Report number ${i} was filed on the ${(i % 28) + 1}th by the desk in town ${i % 97}.`);
  return { headline: `Story ${i}: ${pool[i % pool.length]!.split(' ').slice(0, 6).join(' ')}`, paragraphs };
}

async function ingest(pool: string[]): Promise<void> {
  const server = await startLoopbackServer();
  let items: TestItem[] = [];
  server.route('/feed.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Bench Wire', items)));
  const pages: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const a = synthetic(pool, i);
    pages.push(articlePage(a.headline, a.paragraphs));
    server.route(`/story/${i}`, (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[i]));
  }

  // Baseline: extraction alone of the same texts.
  const texts = Array.from({ length: ITEMS }, (_, i) => {
    const a = synthetic(pool, i);
    return [a.headline, ...a.paragraphs].join('\n');
  });
  let t0 = performance.now();
  for (let i = 0; i < ITEMS; i++) extract(texts[i]!, { id: `b${i}` });
  const extractMs = performance.now() - t0;

  let t = Date.parse('2026-11-24T12:00:00Z');
  const library = new MemoryLibrary();
  const cache = new ExtractCache(createKeyv('memory://', { namespace: 'extracted' }), extract, 'bench');
  const live = new LiveLibrary({ library, store: createKeyv('memory://', { namespace: 'library' }), cache, logger });
  const poller = new FeedPoller({
    store: createKeyv('memory://', { namespace: 'feeds' }),
    logger,
    clock: { now: () => new Date(t) },
    fetchOptions: { allowPrivate: true },
    maxNewPerPoll: ITEMS,
    sink: async (input, origin) => (await live.addFeedArticle(input, { addedAt: origin.addedAt, visibility: 'global' })).status === 'added',
  });
  await poller.add(`${server.base}/feed.xml`, { global: true });
  items = Array.from({ length: ITEMS }, (_, i) => ({ title: synthetic(pool, i).headline, link: `${server.base}/story/${i}`, date: new Date(t - i * 60_000).toUTCString() }));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  t += 10 * 60_000;
  t0 = performance.now();
  const [report] = await poller.pollDue();
  const ingestMs = performance.now() - t0;
  const rssPeak = process.memoryUsage().rss;
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  await server.close();

  console.log(`\n## Ingest: ${ITEMS} new items from a loopback RSS feed (page fetched + Readability + dedupe + extraction)`);
  console.log('| run | articles | seconds | articles/s |');
  console.log('|---|---:|---:|---:|');
  console.log(`| extraction alone (baseline, same texts) | ${ITEMS} | ${(extractMs / 1000).toFixed(2)} | ${((ITEMS * 1000) / extractMs).toFixed(0)} |`);
  console.log(`| feed poll -> library | ${report?.added ?? 0} | ${(ingestMs / 1000).toFixed(2)} | ${(((report?.added ?? 0) * 1000) / ingestMs).toFixed(0)} |`);
  console.log(`ratio ingest/extraction-alone time: ${(ingestMs / extractMs).toFixed(2)}x; library size ${library.size}`);
  console.log(`memory: heapUsed +${mb(heapAfter - heapBefore)} after GC (${mb((heapAfter - heapBefore) / Math.max(1, library.size) * 1000)} per 1,000 articles); RSS ${mb(rssBefore)} -> ${mb(rssPeak)} peak`);
}

async function startup(pool: string[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-sources-'));
  try {
    const articles = join(dir, 'articles');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(articles);
    for (let i = 0; i < FILES; i++) {
      const a = synthetic(pool, i);
      await writeFile(join(articles, `story-${String(i).padStart(5, '0')}.txt`), [a.headline, ...a.paragraphs].join('\n'));
    }
    const env = {
      ARTICLES_DIR: articles,
      STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
      SOURCES_FILE: join(dir, 'none.json'),
      LOG_LEVEL: 'silent',
    };
    const runs: { name: string; ms: number; size: number }[] = [];
    for (const name of ['cold (empty cache)', 'warm (cache filled)', 'warm again']) {
      gc();
      const discord = await startFakeDiscord({});
      const t0 = performance.now();
      const app = await startNewsdesk({ ...env, DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }, { logger, readyTimeoutMs: 60_000 });
      const ms = performance.now() - t0;
      runs.push({ name, ms, size: app.context.library.size });
      await app.stop();
      await discord.stop();
    }
    console.log(`\n## Start-up to ready: the bot (startNewsdesk, fake Discord) with ${FILES} article files (SQLite store)`);
    console.log('| run | articles | ms to ready |');
    console.log('|---|---:|---:|');
    for (const r of runs) console.log(`| ${r.name} | ${r.size} | ${r.ms.toFixed(0)} |`);
    console.log(`ratio warm/cold: ${(runs[1]!.ms / runs[0]!.ms).toFixed(3)} (${(runs[0]!.ms / runs[1]!.ms).toFixed(1)}x faster)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pool = paragraphPool();
await ingest(pool);
await startup(pool);
