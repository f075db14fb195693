// Renders eval results: the table (one row per article, then TOTAL from summed counts) and the
// misses, grouped so that an engineer can see at a glance what to fix next.
import type { ArticleScore, Counts, Misses, Ratios } from './score.ts';
import { ratios } from './score.ts';

export interface ArticleResult {
  name: string;
  score: ArticleScore;
  /** Set when the extractor threw on this article (it is then scored as an empty Article). */
  error?: string;
}

const COLUMNS: { key: keyof Ratios; title: string }[] = [
  { key: 'peopleP', title: 'pplP' },
  { key: 'peopleR', title: 'pplR' },
  { key: 'peopleF1', title: 'pplF1' },
  { key: 'roleR', title: 'roleR' },
  { key: 'quoteP', title: 'qP' },
  { key: 'quoteR', title: 'qR' },
  { key: 'quoteF1', title: 'qF1' },
  { key: 'attribution', title: 'attr' },
  { key: 'orgF1', title: 'orgF1' },
  { key: 'placeF1', title: 'plcF1' },
  { key: 'summaryR', title: 'sumR' },
  { key: 'lead3R', title: 'lead3R' },
];

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(2));

export function formatTable(results: ArticleResult[], total: Counts): string {
  const rows = results.map((r) => ({ name: r.error === undefined ? r.name : `${r.name} (THREW)`, values: ratios(r.score.counts) }));
  rows.push({ name: 'TOTAL', values: ratios(total) });
  const nameWidth = Math.max(7, ...rows.map((r) => r.name.length));
  const widths = COLUMNS.map((c) => Math.max(c.title.length, 4));
  const line = (name: string, cells: string[]): string =>
    [name.padEnd(nameWidth), ...cells.map((c, i) => c.padStart(widths[i] ?? 4))].join('  ').trimEnd();
  const out = [line('article', COLUMNS.map((c) => c.title))];
  out.push('-'.repeat(out[0]?.length ?? 0));
  for (const [i, row] of rows.entries()) {
    if (i === rows.length - 1) out.push('-'.repeat(out[0]?.length ?? 0));
    out.push(line(row.name, COLUMNS.map((c) => fmt(row.values[c.key]))));
  }
  return out.join('\n');
}

/** The counts behind the TOTAL row, so a ratio is never read without its size. */
export function formatTotals(c: Counts): string {
  return [
    `people: ${c.people.recallHits}/${c.people.gold} gold found by full name, ${c.people.precisionHits}/${c.people.predicted} predicted are gold`,
    `roles: ${c.roles.found}/${c.roles.gold}   quotes: ${c.quotes.matched} matched of ${c.quotes.gold} gold speech, ${c.quotes.predicted} predicted (scare quotes on gold scare/mention not counted)`,
    `attribution: ${c.attribution.correct}/${c.attribution.gold}   organizations: ${c.organizations.matched} matched, ${c.organizations.gold} gold, ${c.organizations.predicted} predicted   places: ${c.places.matched} matched, ${c.places.gold} gold, ${c.places.predicted} predicted`,
    `summary: ${c.summary.found}/${c.summary.gold} key sentences in the first 3 (lead-3: ${c.summary.lead3Found}/${c.summary.gold})`,
  ].join('\n');
}

const SECTIONS: { key: keyof Misses; title: string }[] = [
  { key: 'missingPeople', title: 'missing people' },
  { key: 'extraPeople', title: 'extra people' },
  { key: 'missingRoles', title: 'missing roles' },
  { key: 'missedQuotes', title: 'missed quotes' },
  { key: 'wrongSpeakers', title: 'wrong speakers' },
  { key: 'extraQuotes', title: 'extra quotes' },
  { key: 'missingOrganizations', title: 'missing organizations' },
  { key: 'extraOrganizations', title: 'extra organizations' },
  { key: 'missingPlaces', title: 'missing places' },
  { key: 'extraPlaces', title: 'extra places' },
  { key: 'missingKeySentences', title: 'key sentences not in the summary\'s first 3' },
];

export function formatMisses(result: ArticleResult): string {
  const out = [`== ${result.name}`];
  if (result.error !== undefined) out.push(`  the extractor threw:\n${result.error.replace(/^/gm, '    ')}`);
  for (const section of SECTIONS) {
    const items = result.score.misses[section.key];
    if (items.length === 0) continue;
    out.push(`  ${section.title} (${items.length}):`);
    for (const item of items) out.push(`    - ${item}`);
  }
  if (out.length === 1) out.push('  no misses');
  return out.join('\n');
}
