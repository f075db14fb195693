// A hash of what an article says, not of how it was delivered: the same story syndicated by two
// feeds (one with curly quotes and a trailing "Read more", one with straight quotes and different
// line breaks) gets the same hash. Normalised: Unicode NFKC, case, every kind of quote mark, dashes
// and ellipses, whitespace and zero-width characters. Only the text is hashed: headlines are often
// rewritten per outlet, and bylines or dates come in metadata.
import { createHash } from 'node:crypto';

export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha256 of the normalised text, hex, 32 characters (128 bits: no accidental collisions). */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, 32);
}
