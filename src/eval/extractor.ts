// The extractor as the eval and the extract command call it. Loaded lazily so a missing or broken
// extractor module is reported as one clear line instead of a stack trace at import time.
import type { Article } from '../core/article.ts';

export interface ExtractOptions {
  id?: string;
  publishedAt?: string;
  summaryLength?: number;
}

export type ExtractFn = (text: string, options: ExtractOptions) => Article;

// A variable specifier keeps the type checker from requiring the module while it is being written.
const EXTRACT_MODULE = '../core/extract/index.ts';

export async function loadExtractor(): Promise<ExtractFn> {
  const mod = (await import(EXTRACT_MODULE)) as { extractArticle?: unknown };
  if (typeof mod.extractArticle !== 'function') throw new Error(`${EXTRACT_MODULE} does not export extractArticle`);
  return mod.extractArticle as ExtractFn;
}
