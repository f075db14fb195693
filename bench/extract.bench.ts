// Extraction speed: median time per article for the seed article, a 100 KB article and 1x/10x/100x
// the seed's length, articles per second on one core, and memory, each beside compromise's
// `nlp(text).people()` run in the same process on the same text (the baseline DESIGN.md names).
// Run: `npm run bench -- extract`.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractArticle } from '../src/core/extract/index.ts';

const seed = readFileSync(new URL('../test/fixtures/gold/seed-article.txt', import.meta.url), 'utf8');
const [headline = '', ...body] = seed.split('\n').filter((l) => l.trim() !== '');

/** The seed's headline with its body repeated `times` times (or until `minBytes`). */
function scaled(times: number, minBytes = 0): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < times || Buffer.byteLength(paragraphs.join('\n')) < minBytes; i++) paragraphs.push(...body);
  return [headline, ...paragraphs].join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time and median CPU time (user + system) of one call, in ms. CPU time is what the
 * call itself costs; on a shared, loaded machine wall time also counts waiting for a core. */
function time(fn: () => unknown, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const ours = (text: string) => (): unknown => extractArticle(text);
const baseline = (text: string) => (): unknown => nlp(text).people().out('array');

// Warm up both (JIT, wink model load, compromise lexicon).
for (let i = 0; i < 30; i++) {
  extractArticle(seed);
  nlp(seed).people().out('array');
}

const cases: { label: string; text: string; runs: number }[] = [
  { label: 'seed (1x)', text: seed, runs: 300 },
  { label: '10x seed', text: scaled(10), runs: 40 },
  { label: '100x seed', text: scaled(100), runs: 7 },
  { label: '100 KB', text: scaled(1, 100 * 1024), runs: 15 },
];

console.log('| input | size | extractArticle wall (median) | CPU | compromise people() wall (median) | CPU | ratio (wall) | ratio (CPU) | ours CPU ms/KB |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const perKb: number[] = [];
let seedMs = 0;
let seedBaseMs = 0;
for (const c of cases) {
  const kb = Buffer.byteLength(c.text) / 1024;
  const a = time(ours(c.text), c.runs);
  const b = time(baseline(c.text), Math.max(3, Math.floor(c.runs / 2)));
  if (c.label === 'seed (1x)') { seedMs = a.cpu; seedBaseMs = b.cpu; }
  perKb.push(a.cpu / kb);
  console.log(
    `| ${c.label} | ${kb.toFixed(1)} KB | ${a.wall.toFixed(2)} ms | ${a.cpu.toFixed(2)} ms | ${b.wall.toFixed(2)} ms | ${b.cpu.toFixed(2)} ms | ${(a.wall / b.wall).toFixed(2)}x | ${(a.cpu / b.cpu).toFixed(2)}x | ${(a.cpu / kb).toFixed(3)} |`,
  );
}
console.log('');
console.log(`articles/second on one core (seed, from CPU time): ours ${(1000 / seedMs).toFixed(0)}, compromise people() ${(1000 / seedBaseMs).toFixed(0)}`);
console.log(`linearity: CPU ms per KB at 1x / 10x / 100x = ${perKb.slice(0, 3).map((x) => x.toFixed(3)).join(' / ')}`);

// Memory: heap growth while extracting the 100 KB article 10 times, then the peak RSS of the process
// after our runs and after the baseline's (maxRSS only grows, so ours is measured first).
const gc = (globalThis as { gc?: () => void }).gc;
const big = scaled(1, 100 * 1024);
gc?.();
const heap0 = process.memoryUsage().heapUsed;
let keep: unknown[] = [];
for (let i = 0; i < 10; i++) keep.push(extractArticle(big));
const heapOurs = process.memoryUsage().heapUsed - heap0;
const rssOurs = process.resourceUsage().maxRSS / 1024;
keep = [];
gc?.();
const heap1 = process.memoryUsage().heapUsed;
for (let i = 0; i < 10; i++) keep.push(nlp(big).people().out('array'));
const heapBase = process.memoryUsage().heapUsed - heap1;
const rssBase = process.resourceUsage().maxRSS / 1024;
console.log(`heap held by 10 results for 100 KB: ours ${(heapOurs / 1048576).toFixed(1)} MB, compromise ${(heapBase / 1048576).toFixed(1)} MB (kept ${keep.length})`);
console.log(`peak RSS: after ours ${rssOurs.toFixed(0)} MB, after compromise ${rssBase.toFixed(0)} MB`);
