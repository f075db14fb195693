import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { ExtractFn, ExtractOptions } from '../../src/eval/extractor.ts';
import { formatMisses, formatTable } from '../../src/eval/report.ts';
import { runEval } from '../../src/eval/run.ts';

const ARTICLE = [
  'Mayor opens the new river bridge',
  'Monday, March 2, 2026',
  'Mayor Ana Silva opened the new Elm River bridge in Greenford on Monday.',
  '“It is a great day for the town,” Silva said.',
  'The bridge cost $4 million and took two years to build.',
  'Traffic was heavy all afternoon.',
  '',
].join('\n');

const GOLD = {
  headline: 'Mayor opens the new river bridge',
  date: 'Monday, March 2, 2026',
  people: [{ name: 'Ana Silva', aliases: ['Silva'], roles: ['Mayor'] }],
  organizations: [],
  places: ['Elm River', 'Greenford'],
  quotes: [{ text: 'It is a great day for the town,', speaker: 'Ana Silva', speaker_type: 'person', kind: 'full' }],
  key_sentences: [
    'Mayor Ana Silva opened the new Elm River bridge in Greenford on Monday.',
    'The bridge cost $4 million and took two years to build.',
    'Traffic was heavy all afternoon.',
  ],
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-eval-cli-'));
  await writeFile(join(dir, 'bridge.txt'), ARTICLE);
  await writeFile(join(dir, 'bridge.json'), JSON.stringify(GOLD));
  await writeFile(join(dir, 'unannotated.txt'), 'Headline\nNo gold beside this one.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A hand-written extractor with known answers: one extra person, the quote unattributed, one place. */
function fakeExtractor(seen: ExtractOptions[]): ExtractFn {
  return (text, options) => {
    seen.push(options);
    const lines = text.split('\n').filter((l) => l !== '');
    const sentences = lines.slice(2).map((t, i) => ({ text: t, paragraph: i }));
    const article: Article = {
      id: options.id ?? 'x',
      headline: lines[0] ?? '',
      publishedAt: options.publishedAt ?? null,
      sentences,
      summary: [sentences[3]?.text ?? '', sentences[0]?.text ?? '', sentences[2]?.text ?? ''],
      people: [
        { name: 'Ana Silva', aliases: ['Silva'], roles: ['Mayor'], mentions: [0, 1], quotes: [] },
        { name: 'Elm River', aliases: [], roles: [], mentions: [0], quotes: [] },
      ],
      quotes: [{ text: 'It is a great day for the town,', speaker: null, speakerType: null, kind: 'full', sentence: 1 }],
      organizations: [],
      places: [{ name: 'Greenford', mentions: [0] }],
      dates: [],
    };
    return article;
  };
}

describe('eval run and table', () => {
  it('scores every NAME.txt with a gold file and prints exact figures', async () => {
    const seen: ExtractOptions[] = [];
    const run = await runEval(dir, fakeExtractor(seen));
    expect(run.results.map((r) => r.name)).toEqual(['bridge']);
    expect(seen).toEqual([{ id: 'bridge', publishedAt: '2026-03-02' }]);
    const table = formatTable(run.results, run.total).split('\n');
    expect(table[0]).toMatch(/^article\s+pplP\s+pplR\s+pplF1\s+roleR\s+qP\s+qR\s+qF1\s+attr\s+orgF1\s+plcF1\s+sumR\s+lead3R$/);
    // people P 1/2, R 1/1, F1 0.67; role 1/1; quote found (1/1) but unattributed; no orgs on
    // either side; places 1 of 2 gold, 1 predicted: F1 0.67; the summary holds all three key
    // sentences; lead-3 (mayor, quote, cost) holds two.
    const cells = (line: string | undefined): string[] => (line ?? '').trim().split(/\s+/);
    const row = cells(table.find((l) => l.startsWith('bridge')));
    const total = cells(table.find((l) => l.startsWith('TOTAL')));
    expect(row).toEqual(['bridge', '0.50', '1.00', '0.67', '1.00', '1.00', '1.00', '1.00', '0.00', '-', '0.67', '1.00', '0.67']);
    expect(total.slice(1)).toEqual(row.slice(1));
    const misses = formatMisses(run.results[0]!);
    expect(misses).toContain('extra people (1):\n    - Elm River');
    expect(misses).toContain('wrong speakers (1):\n    - "It is a great day for the town,"  gold: Ana Silva, predicted: none');
    expect(misses).toContain('missing places (1):\n    - Elm River');
  });
});

describe('an extractor that throws', () => {
  it('scores that article as empty and shows the error in its misses', async () => {
    const run = await runEval(dir, () => {
      throw new Error('boom in people.ts');
    });
    const result = run.results[0]!;
    expect(result.error).toContain('boom in people.ts');
    expect(result.score.counts.people).toEqual({ gold: 1, predicted: 0, recallHits: 0, precisionHits: 0 });
    expect(formatTable(run.results, run.total)).toMatch(/^bridge \(THREW\)\s+-\s+0\.00\s+0\.00/m);
    expect(formatMisses(result)).toMatch(/the extractor threw:\n {4}Error: boom in people\.ts/);
  });
});

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run eval (the real extractor)', () => {
  it('prints a row for the article, a TOTAL row and the counts behind it', async () => {
    const run = await runCli(['--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^article\s+pplP/);
    const rows = lines.filter((l) => /^(bridge|TOTAL)\s/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.trim().split(/\s+/)).toHaveLength(13);
    expect(run.stdout).toMatch(/summary: \d\/3 key sentences in the first 3 \(lead-3: \d\/3\)/);
    expect(run.stdout).not.toContain('unannotated');
  });

  it('--json gives counts and ratios per article and in total; --verbose lists misses', async () => {
    const [json, verbose] = await Promise.all([runCli(['--dir', dir, '--json']), runCli(['--dir', dir, '--verbose'])]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { articles: { name: string; counts: { people: { gold: number } } }[]; total: { ratios: Record<string, unknown> } };
    expect(out.articles.map((a) => a.name)).toEqual(['bridge']);
    expect(out.articles[0]?.counts.people.gold).toBe(1);
    expect(Object.keys(out.total.ratios)).toEqual(
      expect.arrayContaining(['peopleF1', 'roleR', 'quoteF1', 'attribution', 'orgF1', 'placeF1', 'summaryR', 'lead3R']),
    );
    expect(verbose.code).toBe(0);
    expect(verbose.stdout).toContain('== bridge');
  });

  it('fails with one clear line for no matching article and for an unknown flag', async () => {
    const [none, flag] = await Promise.all([runCli(['--dir', dir, '--article', 'zebra']), runCli(['--dir', dir, '--fast'])]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^eval: no annotated articles matching "zebra" in /);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/^eval: .*--fast/);
  });
});
