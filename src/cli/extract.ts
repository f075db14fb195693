// `npm run --silent extract -- FILE [--pretty] [--max-bytes N]` prints the Article JSON of one
// article file on stdout and nothing else. Any failure is one line on stderr and exit code 1, with
// nothing on stdout: the whole output is built before the first byte is written.
//
// Size limit: 5 MB by default; `--max-bytes N` wins over the EXTRACT_MAX_BYTES environment variable.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultExtractor } from '../eval/extractor.ts';
import { ArticleFileError, DEFAULT_MAX_BYTES, readArticleFile } from '../storage/article-file.ts';

const USAGE = 'usage: npm run --silent extract -- FILE [--pretty] [--max-bytes N]';

class UsageError extends Error {}

function parseMaxBytes(value: string, from: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${from} must be a whole number of bytes greater than 0 (got "${value}")`);
  }
  return Number(value);
}

function parse(argv: string[], env: NodeJS.ProcessEnv): { file: string; pretty: boolean; maxBytes: number } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        pretty: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // Node's message is right but long-winded ("Unknown option '--x'. To specify a positional ...").
    const message = (err as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `unknown option ${unknown[1] ?? ''}` : (message.split('\n')[0] ?? 'bad arguments'));
  }
  if (parsed.values.help) return 'help';
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('no article file given');
  if (files.length > 1) throw new UsageError(`one article file at a time (got ${files.length})`);
  const flag = parsed.values['max-bytes'];
  const fromEnv = env.EXTRACT_MAX_BYTES;
  let maxBytes = DEFAULT_MAX_BYTES;
  if (flag !== undefined) maxBytes = parseMaxBytes(flag, '--max-bytes');
  else if (fromEnv !== undefined && fromEnv !== '') maxBytes = parseMaxBytes(fromEnv, 'EXTRACT_MAX_BYTES');
  return { file: files[0] ?? '', pretty: parsed.values.pretty, maxBytes };
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const args = parse(argv, env);
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { text, meta } = await readArticleFile(args.file, { maxBytes: args.maxBytes });
  const options: { id: string; publishedAt?: string } = { id: basename(args.file).replace(/\.txt$/i, '') };
  if (meta.publishedAt !== undefined) options.publishedAt = meta.publishedAt;
  const article = defaultExtractor(text, options);
  const json = args.pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article);
  process.stdout.write(`${json}\n`);
  return 0;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`extract: ${oneLine(err.message)} (${USAGE})\n`);
    else if (err instanceof ArticleFileError) process.stderr.write(`extract: ${oneLine(err.message)}\n`);
    else process.stderr.write(`extract: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  },
);
