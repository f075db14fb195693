// The version the extraction cache is keyed by. There is no hand-kept version constant in the
// extractor, and a forgotten bump would serve stale results, so the version is a fingerprint of the
// extractor's own source (src/core/extract/**): any change to it re-extracts, lazily, article by
// article. An explicit EXTRACTOR_VERSION exported by the extractor can replace this later.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'extract');

let cached: string | undefined;

export function extractorFingerprint(dir = EXTRACT_DIR): string {
  if (dir === EXTRACT_DIR && cached !== undefined) return cached;
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js|json)$/.test(e.name))
    .map((e) => join((e as { parentPath?: string }).parentPath ?? dir, e.name))
    .sort();
  for (const file of files) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const version = `src-${hash.digest('hex').slice(0, 16)}`;
  if (dir === EXTRACT_DIR) cached = version;
  return version;
}
