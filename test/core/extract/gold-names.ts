// Loads the annotated gold articles for the organization and place tests: the analyzed body, the gold
// people (so tests do not depend on the person finder) and the gold organization and place names.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalyzedText } from '../../../src/core/extract/analyzed-text.ts';
import { analyzeText } from '../../../src/core/extract/sentences.ts';
import { parseDocument } from '../../../src/core/extract/parse-document.ts';
import type { Person } from '../../../src/core/article.ts';

const GOLD_DIR = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));

export interface GoldNames {
  file: string;
  text: AnalyzedText;
  headline: string;
  people: Person[];
  organizations: string[];
  places: string[];
  keySentences: string[];
}

export function loadGoldNames(): GoldNames[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(GOLD_DIR + file, 'utf8')) as {
        people?: Array<{ name: string; aliases?: string[] }>;
        organizations?: string[];
        places?: string[];
        key_sentences?: string[];
        summary_key_sentences?: string[];
      };
      const txt = file === 'seed-article.gold.json' ? 'seed-article.txt' : file.replace(/\.json$/, '.txt');
      const doc = parseDocument(readFileSync(GOLD_DIR + txt, 'utf8'));
      return {
        file,
        text: analyzeText(doc.paragraphs),
        headline: doc.headline,
        people: (gold.people ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [], roles: [], mentions: [], quotes: [] })),
        organizations: gold.organizations ?? [],
        places: gold.places ?? [],
        keySentences: gold.key_sentences ?? gold.summary_key_sentences ?? [],
      };
    });
}
