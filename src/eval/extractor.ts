// The extractor as the eval and the extract command call it: a plain function, so tests can pass
// a hand-written one and the eval can be run against any candidate.
import type { Article } from '../core/article.ts';
import { extractArticle } from '../core/extract/index.ts';

export interface ExtractOptions {
  id?: string;
  publishedAt?: string;
  summaryLength?: number;
}

export type ExtractFn = (text: string, options: ExtractOptions) => Article;

export const defaultExtractor: ExtractFn = (text, options) => extractArticle(text, options);
