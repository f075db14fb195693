// The sources' settings: environment variables (README, "Sources") and the global feed list in
// data/sources.json. Both are read once at start-up; every problem is listed at once.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { allowPrivateFromEnv } from './address-policy.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './http-fetch.ts';
import { DEFAULT_POLL_MINUTES } from './feed-poller.ts';

export interface SourcesConfig {
  allowPrivate: boolean;
  pollMinutes: number;
  sourcesFile: string;
  fetchTimeoutMs: number;
  maxBytes: number;
}

const blank = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  SOURCES_ALLOW_PRIVATE: z.preprocess(blank, z.string().regex(/^(0|1|true|false|yes|no|on|off)$/i, 'must be 1 or 0').optional()),
  FEED_POLL_MINUTES: z.preprocess(blank, z.coerce.number().min(1, 'at least 1 minute').max(24 * 60, 'at most 1440 minutes').default(DEFAULT_POLL_MINUTES)),
  SOURCES_FILE: z.preprocess(blank, z.string().default('data/sources.json')),
  FETCH_TIMEOUT_SECONDS: z.preprocess(blank, z.coerce.number().min(1).max(120).default(DEFAULT_TIMEOUT_MS / 1000)),
  FETCH_MAX_MB: z.preprocess(blank, z.coerce.number().min(0.1).max(100).default(DEFAULT_MAX_BYTES / (1024 * 1024))),
});

export type SourcesConfigResult = { ok: true; config: SourcesConfig } | { ok: false; problems: string[] };

export function loadSourcesConfig(env: Record<string, string | undefined>): SourcesConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const v = parsed.data;
  return {
    ok: true,
    config: {
      allowPrivate: allowPrivateFromEnv(v.SOURCES_ALLOW_PRIVATE),
      pollMinutes: v.FEED_POLL_MINUTES,
      sourcesFile: v.SOURCES_FILE,
      fetchTimeoutMs: Math.round(v.FETCH_TIMEOUT_SECONDS * 1000),
      maxBytes: Math.round(v.FETCH_MAX_MB * 1024 * 1024),
    },
  };
}

/** data/sources.json: `{ "feeds": [ "https://...", { "url": "https://..." } ] }`. */
const fileSchema = z
  .object({
    feeds: z.array(z.union([z.string().min(1), z.object({ url: z.string().min(1), name: z.string().optional() })])),
  })
  .strict();

export interface GlobalFeedList {
  urls: string[];
  problems: string[];
}

/** The global feeds; a missing file is an empty list, a broken one is reported and read as empty. */
export async function readGlobalFeeds(path: string): Promise<GlobalFeedList> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { urls: [], problems: [] };
    return { urls: [], problems: [`${path}: ${(err as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { urls: [], problems: [`${path}: not valid JSON (${(err as Error).message})`] };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    return { urls: [], problems: parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || 'file'}: ${i.message} (format: { "feeds": ["https://..."] })`) };
  }
  return { urls: parsed.data.feeds.map((f) => (typeof f === 'string' ? f : f.url)), problems: [] };
}
