import { mkdtemp, readFile, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { articleIdFromFile, loadArticleLibrary } from '../../src/storage/article-library.ts';
import { createLogger } from '../../src/logger.ts';
import type { Logger } from '../../src/logger.ts';

const seed = new URL('../fixtures/gold/seed-article.txt', import.meta.url);

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (l: string) => void lines.push(l) } });
  return { logger, lines };
}

describe('loadArticleLibrary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-lib-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .txt files with their sidecars, newest first, and skips broken files without failing', async () => {
    await writeFile(join(dir, 'seed-article.txt'), await readFile(seed));
    await writeFile(join(dir, 'seed-article.meta.json'), JSON.stringify({ url: 'https://example.org/a', source: 'Example', publishedAt: '2024-03-22' }));
    await writeFile(join(dir, 'Older Story.txt'), 'An older story about budgets\nThe council met on Monday and approved the plan.\n');
    await utimes(join(dir, 'Older Story.txt'), new Date('2020-01-01'), new Date('2020-01-01'));
    await writeFile(join(dir, 'empty.txt'), '   \n');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    await writeFile(join(dir, 'bad-meta.txt'), 'Headline\nBody text.\n');
    await writeFile(join(dir, 'bad-meta.meta.json'), '{ not json');
    await writeFile(join(dir, 'notes.md'), 'not an article');
    const { logger, lines } = capture();
    const { library, report } = await loadArticleLibrary(dir, { logger, extract: extractArticle });
    expect(report.loaded).toBe(2);
    expect(report.skipped.map((s) => s.file).sort()).toEqual(['bad-meta.txt', 'binary.txt', 'empty.txt']);
    expect(library.list().map((e) => e.article.id)).toEqual(['seed-article', 'older-story']);
    const first = library.get('seed-article');
    expect(first?.url).toBe('https://example.org/a');
    expect(first?.source).toBe('Example');
    expect(first?.article.publishedAt).toBe('2024-03-22');
    expect(library.get('older-story')?.addedAt).toBe(new Date('2020-01-01').toISOString());
    expect(lines.filter((l) => l.includes('skipped article'))).toHaveLength(3);
  });

  it('an extractor that throws skips that file and logs the error', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline A\nBody.\n');
    await writeFile(join(dir, 'b.txt'), 'Headline B\nBody.\n');
    const { logger, lines } = capture();
    const { library, report } = await loadArticleLibrary(dir, {
      logger,
      extract: (text, opts) => {
        if (text.startsWith('Headline B')) throw new Error('boom');
        return extractArticle(text, opts);
      },
    });
    expect(library.size).toBe(1);
    expect(report.skipped).toEqual([{ file: 'b.txt', reason: 'extraction failed: boom' }]);
    expect(lines.some((l) => l.includes('"level":50') && l.includes('boom'))).toBe(true);
  });

  it('a missing folder is an empty library with a warning, not a crash', async () => {
    const { logger, lines } = capture();
    const { library } = await loadArticleLibrary(join(dir, 'nope'), { logger, extract: extractArticle });
    expect(library.size).toBe(0);
    expect(lines.some((l) => l.includes('does not exist'))).toBe(true);
  });

  it('reads subfolders; ids are stable slugs of the path', async () => {
    await mkdir(join(dir, 'world'));
    await writeFile(join(dir, 'world', 'Café Talks.txt'), 'Talks at the café\nThey talked.\n');
    const { logger } = capture();
    const { library } = await loadArticleLibrary(dir, { logger, extract: extractArticle });
    expect(library.list()[0]?.article.id).toBe('world-cafe-talks');
    expect(articleIdFromFile('Some File.TXT')).toBe('some-file');
    const long = articleIdFromFile(`${'a very long file name '.repeat(10)}.txt`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(articleIdFromFile('新闻.txt')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(long).not.toBe(articleIdFromFile(`${'a very long file name '.repeat(10)}2.txt`));
  });
});
