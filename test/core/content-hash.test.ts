import { describe, expect, it } from 'vitest';
import { contentHash, normalizeForHash } from '../../src/core/content-hash.ts';

describe('contentHash', () => {
  it('is the same for the same story with other quotes, case, dashes and line breaks', () => {
    const a = 'The minister said: \u201cWe will act \u2014 now.\u201d\n\nIt\u2019s over\u2026';
    const b = 'the minister said: "We will act - now."  It\'s   over...';
    expect(normalizeForHash(a)).toBe(normalizeForHash(b));
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('ignores zero-width characters and soft hyphens', () => {
    expect(contentHash('news\u200bpaper re\u00adport')).toBe(contentHash('newspaper report'));
  });

  it('differs when the words differ', () => {
    expect(contentHash('The council voted yes.')).not.toBe(contentHash('The council voted no.'));
  });

  it('is 32 hex characters', () => {
    expect(contentHash('x')).toMatch(/^[0-9a-f]{32}$/);
  });
});
