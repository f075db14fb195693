import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedDocument } from '../../src/sources/feed.ts';
import { atom, rss } from './feed-fixtures.ts';

describe('parseFeedDocument', () => {
  it('reads RSS items with canonical links, dates and a key', () => {
    const feed = parseFeedDocument(
      rss('Example', [
        { title: 'One', link: 'https://Example.org/one?utm_source=rss#top', date: 'Tue, 24 Nov 2026 10:00:00 GMT', description: '<p>Text one.</p>' },
        { title: 'Two', guid: 'abc-2', description: 'Text two.' },
        { title: 'Three', description: 'Neither link nor guid nor date.' },
        { title: 'One again', link: 'https://example.org/one' },
      ]),
      'https://example.org/feed.xml',
    );
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Example');
    expect(feed.items.map((i) => i.key)).toEqual(['url:https://example.org/one', 'id:abc-2', expect.stringMatching(/^hash:[0-9a-f]{32}$/)]);
    expect(feed.items[0]?.publishedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(feed.items[2]?.publishedAt).toBeUndefined();
  });

  it('reads Atom entries and resolves relative links', () => {
    const feed = parseFeedDocument(
      atom('Atom news', [{ title: 'E', link: '/e?fbclid=1', id: 'urn:e', updated: '2026-11-23T10:00:00Z', content: '<p>C</p>' }]),
      'https://atom.example/feed',
    );
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ key: 'url:https://atom.example/e', title: 'E', content: '<p>C</p>', publishedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('says when a document is a web page, and names the feed the page advertises', () => {
    expect(() => parseFeedDocument('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head></html>', 'https://x.org/news')).toThrow(
      /web page, not a feed; the page names its feed: https:\/\/x\.org\/rss\.xml/,
    );
    expect(() => parseFeedDocument('hello', 'https://x.org/')).toThrow(FeedError);
    expect(() => parseFeedDocument('', 'https://x.org/')).toThrow(/empty/);
  });

  it('parses a feed with 10,000 items', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ title: `Item ${i}`, link: `https://big.example/${i}`, description: `Body ${i}.` }));
    const feed = parseFeedDocument(rss('Big', items), 'https://big.example/feed');
    expect(feed.items).toHaveLength(10_000);
    expect(new Set(feed.items.map((i) => i.key)).size).toBe(10_000);
  });
});
