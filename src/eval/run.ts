// Runs an extractor over a folder of annotated articles and scores each one.
import type { ExtractFn } from './extractor.ts';
import { listGoldArticles, loadGoldArticle } from './corpus.ts';
import type { ArticleResult } from './report.ts';
import type { Counts } from './score.ts';
import { addCounts, emptyCounts, scoreArticle } from './score.ts';

export interface EvalRun {
  results: ArticleResult[];
  total: Counts;
}

export async function runEval(dir: string, extract: ExtractFn, only?: string): Promise<EvalRun> {
  let entries = await listGoldArticles(dir);
  if (only !== undefined) entries = entries.filter((e) => e.name === only || e.name.includes(only));
  const results: ArticleResult[] = [];
  let total = emptyCounts();
  for (const entry of entries) {
    const article = await loadGoldArticle(entry);
    const options: { id: string; publishedAt?: string } = { id: entry.name };
    if (article.publishedAt !== undefined) options.publishedAt = article.publishedAt;
    const extracted = extract(article.text, options);
    const score = scoreArticle(article.gold, extracted);
    results.push({ name: entry.name, score });
    total = addCounts(total, score.counts);
  }
  return { results, total };
}
