// Runs an extractor over a folder of annotated articles and scores each one.
import type { Article } from '../core/article.ts';
import type { ExtractFn } from './extractor.ts';
import { listGoldArticles, loadGoldArticle } from './corpus.ts';
import type { ArticleResult } from './report.ts';
import type { Counts } from './score.ts';
import { addCounts, emptyCounts, scoreArticle } from './score.ts';

export interface EvalRun {
  results: ArticleResult[];
  total: Counts;
}

function emptyArticle(id: string): Article {
  return { id, headline: '', publishedAt: null, sentences: [], summary: [], people: [], quotes: [], organizations: [], places: [], dates: [] };
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
    let extracted: Article;
    let error: string | undefined;
    try {
      extracted = extract(article.text, options);
    } catch (err) {
      // One crashing article must not hide the scores of the others: it scores as empty, loudly.
      error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      extracted = emptyArticle(entry.name);
    }
    const score = scoreArticle(article.gold, extracted);
    results.push(error === undefined ? { name: entry.name, score } : { name: entry.name, score, error });
    total = addCounts(total, score.counts);
  }
  return { results, total };
}
