// What every source turns its input into before extraction: a headline, paragraphs and whatever
// metadata came with it; and the article text the extractor reads (the .txt format: the headline
// on the first line, then one paragraph per line). Markdown (.md) and the JSON input format (.json)
// are read here; HTML is in html-article.ts.
import { z } from 'zod';

export interface ArticleInput {
  headline: string;
  paragraphs: string[];
  /** ISO date or date-time, when the source says. */
  publishedAt?: string;
  url?: string;
  source?: string;
}

export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError';
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text the extractor reads. Newlines inside a headline or paragraph become spaces. */
export function articleText(input: ArticleInput): string {
  const paragraphs = input.paragraphs.map(oneLine).filter((p) => p !== '');
  return [oneLine(input.headline), ...paragraphs].join('\n');
}

/** An ISO string for a date a source gave, or undefined when it is not a date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const raw = value instanceof Date ? value.toISOString() : value.trim();
  if (raw === '') return undefined;
  const ms = Date.parse(raw);
  if (!Number.isFinite(ms)) return undefined;
  // A bare date stays a date: the extractor resolves "on Friday" against the day, not a UTC instant.
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  return new Date(ms).toISOString();
}

// ------------------------------------------------------------------------------------------ Markdown

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their words
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1');
}

/** Markdown: the first `# ` heading is the headline (else the first line); blocks become paragraphs. */
export function parseMarkdown(text: string): ArticleInput {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let headline: string | undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  let inFrontMatter = lines[0]?.trim() === '---';
  const flush = (): void => {
    const p = oneLine(current.join(' '));
    if (p !== '') paragraphs.push(p);
    current = [];
  };
  lines.forEach((raw, index) => {
    if (inFrontMatter) {
      if (index > 0 && raw.trim() === '---') inFrontMatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      flush();
      return;
    }
    if (inFence) return; // code is not article prose
    const line = raw.trim();
    if (line === '' || /^([-*_]\s*){3,}$/.test(line)) return flush();
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const words = stripInline(heading[2] ?? '');
      if (heading[1] === '#' && headline === undefined) headline = words;
      else if (words !== '') paragraphs.push(oneLine(words));
      return;
    }
    const item = /^(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(.*)$/.exec(line);
    const body = stripInline(item?.[1] ?? line);
    if (/^(?:>\s*)*(?:[-*+]|\d+[.)])\s+/.test(line)) flush(); // each list item is its own paragraph
    current.push(body);
  });
  flush();
  if (headline === undefined) headline = paragraphs.shift();
  if (headline === undefined || headline === '') throw new ArticleInputError('the Markdown file has no text');
  if (paragraphs.length === 0) throw new ArticleInputError('the Markdown file has a headline but no paragraphs');
  return { headline, paragraphs };
}

// ------------------------------------------------------------------------------------------ JSON

/** The .json input format (README, "Sources"). */
export const articleJsonSchema = z
  .object({
    headline: z.string().trim().min(1, 'headline must not be empty'),
    body: z.string().optional(),
    paragraphs: z.array(z.string()).optional(),
    publishedAt: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    source: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((v) => (v.body !== undefined) !== (v.paragraphs !== undefined), { message: 'give either body (a string) or paragraphs (a list), not both or neither' });

export function parseArticleJson(text: string): ArticleInput {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ArticleInputError(`not valid JSON (${(err as Error).message})`);
  }
  const parsed = articleJsonSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new ArticleInputError(`${problems.join('; ')} (the format is { headline, body | paragraphs[], publishedAt?, url?, source? })`);
  }
  const v = parsed.data;
  const paragraphs = (v.paragraphs ?? (v.body ?? '').split(/\n/)).map(oneLine).filter((p) => p !== '');
  if (paragraphs.length === 0) throw new ArticleInputError('the article has a headline but no text');
  const input: ArticleInput = { headline: oneLine(v.headline), paragraphs };
  if (v.publishedAt !== undefined) {
    const iso = isoDate(v.publishedAt);
    if (iso === undefined) throw new ArticleInputError(`publishedAt: "${v.publishedAt}" is not a date (use ISO 8601, e.g. 2024-03-22T09:00:00Z)`);
    input.publishedAt = iso;
  }
  if (v.url !== undefined) input.url = v.url;
  if (v.source !== undefined) input.source = v.source;
  return input;
}

/** Plain text (.txt): the first non-empty line is the headline, then one paragraph per line. */
export function parsePlainText(text: string): ArticleInput {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(oneLine).filter((l) => l !== '');
  const [headline, ...paragraphs] = lines;
  if (headline === undefined) throw new ArticleInputError('the file is empty');
  return { headline, paragraphs };
}
