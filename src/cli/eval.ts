// `npm run eval` — scores the extractor on every annotated article (NAME.txt + NAME.json or
// NAME.gold.json) and prints one row per article plus a TOTAL row computed from summed counts.
//   --dir PATH        folder of annotated articles (default test/fixtures/gold)
//   --article NAME    only the articles whose name contains NAME, with their misses
//   --verbose         print the misses of every article under the table
//   --json            machine-readable output instead of the table
import { parseArgs } from 'node:util';
import { defaultExtractor } from '../eval/extractor.ts';
import { formatMisses, formatTable, formatTotals } from '../eval/report.ts';
import { runEval } from '../eval/run.ts';
import { ratios } from '../eval/score.ts';

const USAGE = 'usage: npm run --silent eval -- [--dir PATH] [--article NAME] [--verbose] [--json]';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string', default: 'test/fixtures/gold' },
        article: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const run = await runEval(args.dir, defaultExtractor, args.article);
  if (run.results.length === 0) {
    const what = args.article === undefined ? '' : ` matching "${args.article}"`;
    process.stderr.write(`eval: no annotated articles${what} in ${args.dir} (need NAME.txt with NAME.json or NAME.gold.json)\n`);
    return 1;
  }

  if (args.json) {
    const out = {
      articles: run.results.map((r) => ({
        name: r.name,
        ...(r.error === undefined ? {} : { error: r.error }),
        counts: r.score.counts,
        ratios: ratios(r.score.counts),
        misses: r.score.misses,
      })),
      total: { counts: run.total, ratios: ratios(run.total) },
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return reportCrashes(run.results);
  }

  const parts = [formatTable(run.results, run.total), '', formatTotals(run.total)];
  if (args.verbose || args.article !== undefined) {
    for (const result of run.results) parts.push('', formatMisses(result));
  }
  process.stdout.write(`${parts.join('\n')}\n`);
  return reportCrashes(run.results);
}

/** Scores are printed either way; a crash still fails the command so CI notices it. */
function reportCrashes(results: { name: string; error?: string }[]): number {
  const crashed = results.filter((r) => r.error !== undefined).map((r) => r.name);
  if (crashed.length === 0) return 0;
  process.stderr.write(`eval: the extractor threw on ${crashed.length} article(s): ${crashed.join(', ')} (see --verbose)\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
