import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { ExtractCache } from '../../src/sources/extract-cache.ts';
import { extractorFingerprint } from '../../src/sources/extractor-version.ts';
import { FileSource } from '../../src/sources/file-source.ts';
import { LiveLibrary } from '../../src/sources/live-library.ts';
import type { Extractor } from '../../src/storage/article-library.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';

const logger = pino({ level: 'silent' });

function counting(): { extract: Extractor; calls: () => number } {
  let n = 0;
  return {
    extract: (text, opts) => {
      n += 1;
      return extractArticle(text, opts);
    },
    calls: () => n,
  };
}

let dir: string;
let storeUrl: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-sources-'));
  storeUrl = `sqlite://${join(dir, '.store', 'test.sqlite')}`;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function build(extract: Extractor, version = 'v1') {
  const library = new MemoryLibrary();
  const cache = new ExtractCache(createKeyv(storeUrl, { namespace: 'extracted' }), extract, version);
  const live = new LiveLibrary({ library, store: createKeyv(storeUrl, { namespace: 'library' }), cache, logger });
  return { library, cache, live };
}

/** Waits for a condition with a bounded poll (file events take a moment). */
async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const STORY = ['The council approved the river plan on Friday, officials said.', '"It is a good day," said Jane Doe, the mayor of the town.'];

describe('FileSource', () => {
  it('loads .txt, .md, .html and .json and skips bad files with a reason', async () => {
    await writeFile(join(dir, 'river.txt'), `River plan approved\n${STORY.join('\n')}\n`);
    await writeFile(join(dir, 'river.meta.json'), JSON.stringify({ url: 'https://x.org/river', publishedAt: '2024-03-22' }));
    await writeFile(join(dir, 'storm.md'), '# Storm hits the coast\n\nHeavy rain fell on Tuesday, the weather office said.\n');
    await writeFile(join(dir, 'page.html'), '<html><head><title>Bridge opens</title><script>BAD()</script></head><body><nav>Menu</nav><article><h1>Bridge opens</h1><p>The new bridge opened to traffic on Monday morning, the city said.</p></article></body></html>');
    await writeFile(join(dir, 'vote.json'), JSON.stringify({ headline: 'Vote counted', paragraphs: ['The votes were counted overnight, the election board said.'], source: 'Board' }));
    await writeFile(join(dir, 'broken.json'), '{"headline": "No body"}');
    await writeFile(join(dir, 'empty.md'), '\n');
    await writeFile(join(dir, 'notes.pdf'), 'ignored');
    const { library, live } = build(extractArticle);
    const source = new FileSource(dir, live, logger);
    expect(await source.scan()).toEqual({ loaded: 4, skipped: 2 });
    expect(library.get('river')?.url).toBe('https://x.org/river');
    expect(library.get('river')?.article.publishedAt).toBe('2024-03-22');
    expect(library.get('storm')?.article.headline).toBe('Storm hits the coast');
    expect(library.get('page')?.article.sentences.map((s) => s.text).join(' ')).not.toMatch(/BAD|Menu/);
    expect(library.get('vote')?.source).toBe('Board');
    expect(source.skipped.get('broken.json')).toMatch(/either body/);
    expect(source.skipped.get('empty.md')).toMatch(/empty|no text/);
  });

  it('follows the folder: a new, changed or deleted file without a restart', async () => {
    await writeFile(join(dir, 'first.txt'), `First story\n${STORY[0]}\n`);
    const { library, live } = build(extractArticle);
    const source = new FileSource(dir, live, logger, { debounceMs: 50 });
    await source.scan();
    source.watch();
    try {
      await writeFile(join(dir, 'second.md'), '# Second story\n\nA second paragraph of news arrived today, the editor said.\n');
      await until(() => library.get('second') !== undefined, 'the new file');
      await writeFile(join(dir, 'first.txt'), `First story, updated\n${STORY[1]}\n`);
      await until(() => library.get('first')?.article.headline === 'First story, updated', 'the changed file');
      expect(library.size).toBe(2);
      await unlink(join(dir, 'second.md'));
      await until(() => library.get('second') === undefined, 'the deleted file');
      // A sidecar of a Markdown file (NAME.md.meta.json) updates its article.
      await writeFile(join(dir, 'third.md'), '# Third story\n\nThe third paragraph of news, the editor said.\n');
      await until(() => library.get('third') !== undefined, 'the third file');
      await writeFile(join(dir, 'third.md.meta.json'), JSON.stringify({ url: 'https://x.org/third' }));
      await until(() => library.get('third')?.url === 'https://x.org/third', 'the sidecar');
      // A folder moved in is read; deleted, its articles leave.
      const sub = join(dir, 'incoming');
      await mkdir(join(dir, '.tmp-incoming'));
      await writeFile(join(dir, '.tmp-incoming', 'moved.txt'), 'Moved story\nA story that arrived inside a folder, officials said.\n');
      await rename(join(dir, '.tmp-incoming'), sub);
      await until(() => library.get('incoming-moved') !== undefined, 'the moved-in folder');
      await rm(sub, { recursive: true });
      await until(() => library.get('incoming-moved') === undefined, 'the deleted folder');
      // A file turned bad leaves the library; the others stay.
      await writeFile(join(dir, 'first.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      await until(() => library.get('first') === undefined, 'the broken file to leave');
      expect(source.skipped.get('first.txt')).toMatch(/binary|UTF-8/);
    } finally {
      source.stop();
    }
  });
});

describe('LiveLibrary', () => {
  const input = (headline: string, url: string | undefined, paragraphs = STORY) => ({ headline, paragraphs, ...(url ? { url } : {}), source: 'Feed' });

  it('keeps one article per canonical URL or body, and merges who can see it', async () => {
    const { library, live } = build(extractArticle);
    const a = await live.addFeedArticle(input('River plan approved', 'https://x.org/river?utm_source=a'), { addedAt: '2026-11-24T10:00:00Z', visibility: ['1'] });
    expect(a.status).toBe('added');
    const sameUrl = await live.addFeedArticle(input('Other headline', 'https://X.org/river#top', ['Different text.']), { addedAt: '2026-11-24T10:01:00Z', visibility: ['2'] });
    expect(sameUrl).toEqual({ status: 'duplicate', id: a.id });
    const sameText = await live.addFeedArticle(
      input('Syndicated: river plan', 'https://other.example/copy', STORY.map((p) => p.replace(/"/g, '\u201c'))),
      { addedAt: '2026-11-24T10:02:00Z', visibility: ['3'] },
    );
    expect(sameText).toEqual({ status: 'duplicate', id: a.id });
    expect(library.size).toBe(1);
    expect(live.visibility(a.id)).toEqual(['1', '2', '3']);
    expect(live.visibleTo(a.id, '4')).toBe(false);
    expect(library.get(a.id)?.addedAt).toBe('2026-11-24T10:00:00Z');
  });

  it('restores feed articles after a restart from the cache, and re-extracts lazily for a new extractor version', async () => {
    const first = counting();
    const one = build(first.extract);
    for (let i = 0; i < 5; i++) {
      await one.live.addFeedArticle(input(`Story ${i}`, `https://x.org/${i}`, [`Paragraph number ${i} says something new.`]), { addedAt: '2026-11-24T10:00:00Z', visibility: 'global' });
    }
    expect(first.calls()).toBe(5);

    const second = counting();
    const two = build(second.extract);
    expect(await two.live.restore()).toBe(5);
    expect(two.library.size).toBe(5);
    expect(second.calls()).toBe(0);
    expect(two.cache.stats).toEqual({ hits: 5, misses: 0 });
    // A duplicate is still caught after the restart.
    expect((await two.live.addFeedArticle(input('Story 0', 'https://x.org/0'), { addedAt: 'x', visibility: 'global' })).status).toBe('duplicate');

    const third = counting();
    const three = build(third.extract, 'v2');
    expect(await three.live.restore()).toBe(5);
    expect(third.calls()).toBe(5);
  });

  it('has a fingerprint of the extractor source as its default version', () => {
    expect(extractorFingerprint()).toMatch(/^src-[0-9a-f]{16}$/);
    expect(extractorFingerprint()).toBe(extractorFingerprint());
  });
});

describe('LiveLibrary under parallel feeds', () => {
  it('adds a story arriving from several feeds at once only once', async () => {
    const { library, live } = build(extractArticle);
    const story = { headline: 'Same story', paragraphs: STORY, source: 'Feed' };
    const results = await Promise.all(
      ['1', '2', '3', '4'].map((g, i) => live.addFeedArticle({ ...story, url: `https://feed${i}.example/story` }, { addedAt: '2026-11-24T10:00:00Z', visibility: [g] })),
    );
    expect(results.filter((r) => r.status === 'added')).toHaveLength(1);
    expect(library.size).toBe(1);
    expect(live.visibility(results[0]!.id)).toEqual(['1', '2', '3', '4']);
  });
});
