// Finds the annotated articles of a folder: every NAME.txt with NAME.json or NAME.gold.json beside it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoldFile } from './gold.ts';
import { goldDateToIso, parseGold } from './gold.ts';
import { readArticleFile } from '../storage/article-file.ts';

export interface GoldArticle {
  name: string;
  text: string;
  publishedAt: string | undefined;
  gold: GoldFile;
}

export async function listGoldArticles(dir: string): Promise<{ name: string; textPath: string; goldPath: string }[]> {
  const entries = new Set(await readdir(dir));
  const out: { name: string; textPath: string; goldPath: string }[] = [];
  for (const file of [...entries].sort()) {
    if (!file.endsWith('.txt')) continue;
    const name = file.slice(0, -'.txt'.length);
    const goldFile = [`${name}.gold.json`, `${name}.json`].find((g) => entries.has(g));
    if (goldFile) out.push({ name, textPath: join(dir, file), goldPath: join(dir, goldFile) });
  }
  return out;
}

export async function loadGoldArticle(entry: { name: string; textPath: string; goldPath: string }): Promise<GoldArticle> {
  const { text, meta } = await readArticleFile(entry.textPath);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(entry.goldPath, 'utf8'));
  } catch (err) {
    throw new Error(`${entry.goldPath}: not valid JSON (${(err as Error).message})`);
  }
  const gold = parseGold(json, entry.goldPath);
  return { name: entry.name, text, publishedAt: goldDateToIso(gold.date) ?? meta.publishedAt, gold };
}
