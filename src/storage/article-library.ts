// Loads the article library from ARTICLES_DIR: every `.txt` file (plus its optional
// `NAME.meta.json` sidecar) is read through readArticleFile and extracted once; the results live in
// memory (MemoryLibrary). A file that cannot be read or extracted is logged and skipped: one broken
// article never keeps the bot from starting.
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Logger } from 'pino';
import type { Article } from '../core/article.ts';
import { MemoryLibrary } from '../core/library-index.ts';
import type { LibraryEntry } from '../core/library.ts';
import { ArticleFileError, readArticleFile } from './article-file.ts';

export type Extractor = (text: string, options: { id?: string; publishedAt?: string; summaryLength?: number }) => Article;

export interface LoadLibraryOptions {
  logger: Logger;
  extract: Extractor;
  maxBytes?: number;
}

export interface LoadReport {
  loaded: number;
  skipped: { file: string; reason: string }[];
  ms: number;
}

/** The id of an article file: its name without `.txt`, as a slug. Stable across restarts. Long
 * names are cut and keep a short hash: an autocomplete value may not exceed 100 characters. */
export function articleIdFromFile(file: string): string {
  const slug = file
    .replace(/\.txt$/i, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug !== '' && slug.length <= 80) return slug;
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  const hash = (h >>> 0).toString(16).padStart(8, '0');
  // A name with no Latin letters or digits ("新闻.txt") still gets a stable id.
  return slug === '' ? `article-${hash}` : `${slug.slice(0, 70).replace(/-+$/, '')}-${hash}`;
}

async function listTextFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (!e.isFile() || !/\.txt$/i.test(e.name)) continue;
    const parent = (e as { parentPath?: string; path?: string }).parentPath ?? (e as { path?: string }).path ?? dir;
    out.push(join(parent, e.name));
  }
  return out.sort();
}

/** Reads and extracts one file into a library entry. Throws ArticleFileError for an unfit file. */
export async function loadEntry(dir: string, path: string, options: LoadLibraryOptions): Promise<LibraryEntry> {
  const file = relative(dir, path);
  const { text, meta } = await readArticleFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  const info = await stat(path);
  const article = options.extract(text, {
    id: articleIdFromFile(file),
    ...(meta.publishedAt !== undefined ? { publishedAt: meta.publishedAt } : {}),
  });
  const addedAt = info.mtime.toISOString();
  const published = article.publishedAt !== null ? Date.parse(article.publishedAt) : NaN;
  const entry: LibraryEntry = {
    article,
    file,
    addedAt,
    sortTime: Number.isFinite(published) ? published : info.mtime.getTime(),
  };
  if (meta.url !== undefined) entry.url = meta.url;
  if (meta.source !== undefined) entry.source = meta.source;
  return entry;
}

export async function loadArticleLibrary(
  dir: string,
  options: LoadLibraryOptions,
): Promise<{ library: MemoryLibrary; report: LoadReport }> {
  const started = performance.now();
  const library = new MemoryLibrary();
  const report: LoadReport = { loaded: 0, skipped: [], ms: 0 };
  let files: string[];
  try {
    files = await listTextFiles(dir);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'the folder does not exist' : code === 'ENOTDIR' ? 'not a folder' : String(err);
    options.logger.warn({ dir, reason }, 'article library not loaded: %s (set ARTICLES_DIR, or add .txt files there)', reason);
    report.ms = performance.now() - started;
    return { library, report };
  }
  for (const path of files) {
    try {
      library.add(await loadEntry(dir, path, options));
      report.loaded += 1;
    } catch (err) {
      const reason = err instanceof ArticleFileError ? err.message : `extraction failed: ${(err as Error)?.message ?? String(err)}`;
      report.skipped.push({ file: relative(dir, path), reason });
      if (err instanceof ArticleFileError) options.logger.warn({ file: path }, 'skipped article: %s', reason);
      else options.logger.error({ file: path, err }, 'skipped article: extraction failed');
    }
  }
  library.warm();
  report.ms = performance.now() - started;
  options.logger.info({ dir, loaded: report.loaded, skipped: report.skipped.length, ms: Math.round(report.ms) }, 'article library loaded');
  return { library, report };
}
