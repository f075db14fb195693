// The extraction pipeline: article text -> Article (DESIGN.md, "The Article contract"). Pure and
// deterministic: the same text always gives the same JSON.
import type { Article, Person } from '../article.ts';
import { analyzeText } from './analyzed-text.ts';
import { attributeQuotes } from './attribution.ts';
import { parseDocument } from './parse-document.ts';
import type { NameClass } from './people.ts';
import { findPeople } from './people.ts';
import { findQuotes } from './quotes.ts';
import { splitQuoteParts } from './quote-parts.ts';
import { classifyName } from './gazetteer.ts';
import { findOrganizations } from './organizations.ts';
import { findPlaces } from './places.ts';
import { findDates } from './dates.ts';
import { summarize } from './summary.ts';

export interface ExtractOptions {
  id?: string;
  publishedAt?: string | null;
  summaryLength?: number;
}

const DEFAULT_SUMMARY_LENGTH = 3;

/** FNV-1a, 32 bit: a short, stable content hash with no dependency. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function slug(headline: string): string {
  const s = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s.slice(0, 60).replace(/-+$/u, '') || 'article';
}

export function extractArticle(text: string, options: ExtractOptions = {}): Article {
  const doc = parseDocument(text);
  const publishedAt = options.publishedAt ?? doc.publishedAt ?? null;
  const analyzed = analyzeText(doc.paragraphs);
  // The same names recur through an article: classify each distinct span once.
  const classified = new Map<string, NameClass>();
  const classify = (span: string): NameClass => {
    let c = classified.get(span);
    if (c === undefined) {
      c = classifyName(span);
      classified.set(span, c);
    }
    return c;
  };
  const found = findPeople(analyzed, classify);
  const people: Person[] = found.people.map((p) => ({ name: p.name, aliases: [...p.aliases], roles: [...p.roles], mentions: [...p.mentions], quotes: [] }));
  const organizations = findOrganizations(analyzed, people);
  const located = findQuotes(analyzed);
  const attributed = attributeQuotes(analyzed, found, located, classify, organizations);
  const { quotes, personOf } = splitQuoteParts(attributed.quotes, attributed.personOf, located);

  personOf.forEach((personIndex, quoteIndex) => {
    if (personIndex === null) return;
    const person = people[personIndex]!;
    person.quotes.push(quoteIndex);
    // The sentence of an attributed quote mentions its speaker (often as "he" or "she").
    const sentence = quotes[quoteIndex]!.sentence;
    if (!person.mentions.includes(sentence)) person.mentions.push(sentence);
  });
  for (const p of people) p.mentions.sort((a, b) => a - b);

  // "Natural England warned": a name the context shows to be a body is not also a person.
  const orgNames = new Set(organizations.map((o) => o.name));
  const kept = people.filter((p) => !orgNames.has(p.name));
  if (kept.length < people.length) {
    for (const q of quotes) if (q.speaker !== null && orgNames.has(q.speaker) && q.speakerType === 'person') q.speakerType = 'organization';
  }

  return {
    id: options.id ?? `${slug(doc.headline)}-${hash(text).slice(0, 6)}`,
    headline: doc.headline,
    publishedAt,
    sentences: analyzed.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })),
    summary: summarize({ text: analyzed, headline: doc.headline, people, quotes }, options.summaryLength ?? DEFAULT_SUMMARY_LENGTH),
    people: kept,
    quotes,
    organizations,
    places: findPlaces(analyzed, people),
    dates: findDates(analyzed, publishedAt),
  };
}
