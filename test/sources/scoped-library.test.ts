import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/index.ts';
import { MemoryLibrary } from '../../src/core/library-index.ts';
import { ExtractCache } from '../../src/sources/extract-cache.ts';
import { LiveLibrary } from '../../src/sources/live-library.ts';
import { scopedLibrary } from '../../src/sources/scoped-library.ts';
import { createKeyv } from '../../src/storage/keyv-factory.ts';

const A = '100000000000000001';
const B = '100000000000000002';

async function setup() {
  const library = new MemoryLibrary();
  const cache = new ExtractCache(createKeyv('memory://', { namespace: 'x' }), extractArticle, 'v');
  const live = new LiveLibrary({ library, store: createKeyv('memory://', { namespace: 'l' }), cache, logger: pino({ level: 'silent' }) });
  const add = (headline: string, text: string, visibility: 'global' | string[]) =>
    live.addFeedArticle({ headline, paragraphs: [text], url: `https://x.org/${headline.replace(/\W+/g, '-')}` }, { addedAt: '2026-11-24T10:00:00Z', visibility });
  return { library, live, add };
}

describe('scopedLibrary', () => {
  it('is the library itself while nothing is private', async () => {
    const { library, live, add } = await setup();
    await add('Global story', '"We are ready," said Jane Doe, the mayor.', 'global');
    expect(scopedLibrary(library, live, A)).toBe(library);
  });

  it('shows a guild its own feed articles and the global ones, never another guild’s', async () => {
    const { library, live, add } = await setup();
    await add('Global harbour story', '"The harbour is open," said Jane Doe, the mayor.', 'global');
    await add('Private harbour story', '"The harbour is closed," said Jane Doe, the mayor. Tom Baker agreed.', [B]);
    const a = scopedLibrary(library, live, A);
    const b = scopedLibrary(library, live, B);
    expect(a.list().map((e) => e.article.headline)).toEqual(['Global harbour story']);
    expect(b.list()).toHaveLength(2);
    expect(a.size).toBe(1);
    expect(a.searchHeadlines('harbour', 5).map((e) => e.article.headline)).toEqual(['Global harbour story']);
    expect(a.search('closed')).toEqual([]);
    expect(b.search('closed')).toHaveLength(1);
    const privateId = b.list().find((e) => e.article.headline.startsWith('Private'))!.article.id;
    expect(a.get(privateId)).toBeUndefined();
    expect(a.resolve('Private harbour story')?.article.headline).not.toBe('Private harbour story');
    // Jane Doe is in both: A sees her in one article, B in two; Tom Baker only in B's.
    expect(a.findPeople('Jane')[0]?.articles).toHaveLength(1);
    expect(b.findPeople('Jane')[0]?.articles).toHaveLength(2);
    expect(a.lookupPerson('Tom Baker').kind).toBe('none');
    expect(b.lookupPerson('Tom Baker').kind).toBe('one');
    expect(scopedLibrary(library, live, null).list()).toHaveLength(1);
  });
});
