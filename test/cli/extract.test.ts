import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runExtract(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], {
      env: { ...process.env, EXTRACT_MAX_BYTES: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ARTICLE_FIELDS = ['id', 'headline', 'publishedAt', 'sentences', 'summary', 'people', 'quotes', 'organizations', 'places', 'dates'];
const SEED = 'data/articles/seed-article.txt';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-extract-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 news\nThe caf\xe9 opened on Monday.\n', 'latin1'));
  await writeFile(join(dir, 'dated.txt'), 'Bridge opens\nThe new bridge opened on Monday, the mayor said.\n');
  await writeFile(join(dir, 'dated.meta.json'), JSON.stringify({ publishedAt: '2024-03-22', source: 'Test Gazette' }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectFailure(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('npm run extract', () => {
  it('prints the seed article as one line of JSON with every Article field', async () => {
    const run = await runExtract([SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const article = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual([...ARTICLE_FIELDS].sort());
    expect(article.headline).toBe('Blinken and Netanyahu have a meeting in Israel as diplomatic attempts intensify.');
    expect(Array.isArray(article.sentences) && article.sentences.length > 10).toBe(true);
  });

  it('--pretty indents by two spaces and gives the same data', async () => {
    const [plain, pretty] = await Promise.all([runExtract([SEED]), runExtract([SEED, '--pretty'])]);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout.split('\n')[1]).toMatch(/^ {2}"id": /);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('takes publishedAt from the sidecar NAME.meta.json', async () => {
    const run = await runExtract([join(dir, 'dated.txt')]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { publishedAt: unknown }).publishedAt).toBe('2024-03-22');
  });

  it('a missing file', async () => {
    expectFailure(await runExtract([join(dir, 'missing.txt')]), /^extract: .*missing\.txt: no such file\.$/);
  });

  it('an empty file', async () => {
    expectFailure(await runExtract([join(dir, 'empty.txt')]), /^extract: .*empty\.txt: the file is empty\.$/);
  });

  it('a binary file', async () => {
    expectFailure(await runExtract([join(dir, 'binary.txt')]), /^extract: .*binary\.txt: looks like a binary file/);
  });

  it('a latin-1 file', async () => {
    expectFailure(await runExtract([join(dir, 'latin1.txt')]), /^extract: .*latin1\.txt: not valid UTF-8/);
  });

  it('a file over --max-bytes, and over EXTRACT_MAX_BYTES; the flag wins over the variable', async () => {
    const [flag, env, both] = await Promise.all([
      runExtract([SEED, '--max-bytes', '100']),
      runExtract([SEED], { EXTRACT_MAX_BYTES: '100' }),
      runExtract([SEED, '--max-bytes', '1000000'], { EXTRACT_MAX_BYTES: '100' }),
    ]);
    expectFailure(flag, /seed-article\.txt: too large \(3\.\d KB; the limit is 100 bytes\)\.$/);
    expectFailure(env, /too large/);
    expect(both.code).toBe(0);
  });

  it('bad arguments: unknown flag, bad size, no file, two files', async () => {
    const runs = await Promise.all([
      runExtract([SEED, '--verbose']),
      runExtract([SEED, '--max-bytes', '5MB']),
      runExtract([SEED], { EXTRACT_MAX_BYTES: '-1' }),
      runExtract([]),
      runExtract([SEED, SEED]),
    ]);
    expectFailure(runs[0]!, /^extract: unknown option --verbose \(usage: npm run --silent extract/);
    expectFailure(runs[1]!, /--max-bytes must be a whole number of bytes greater than 0 \(got "5MB"\)/);
    expectFailure(runs[2]!, /EXTRACT_MAX_BYTES must be a whole number/);
    expectFailure(runs[3]!, /no article file given/);
    expectFailure(runs[4]!, /one article file at a time/);
  });
});
