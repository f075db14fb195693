// Reads one article file of the library (README: "Article files"). Every way a file can be unfit
// is refused with an ArticleFileError whose message is one friendly line, so the CLI and the bot
// can show it as is; anything else thrown from here is a bug.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class ArticleFileError extends Error {
  override readonly name = 'ArticleFileError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export interface ArticleMeta {
  url?: string;
  source?: string;
  publishedAt?: string;
}

export interface ArticleFile {
  text: string;
  meta: ArticleMeta;
}

const metaSchema = z
  .object({
    url: z.url().optional(),
    source: z.string().min(1).optional(),
    publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  })
  .strict();

function describeBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** The sidecar of "dir/NAME.txt" is "dir/NAME.meta.json" (of "dir/NAME", "dir/NAME.meta.json"). */
export function sidecarPath(path: string): string {
  return `${path.replace(/\.txt$/i, '')}.meta.json`;
}

async function readBytes(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ArticleFileError(`${path}: no such file.`, path);
    if (code === 'EACCES' || code === 'EPERM') throw new ArticleFileError(`${path}: permission denied.`, path);
    throw err;
  }
  if (info.isDirectory()) throw new ArticleFileError(`${path}: is a directory, not an article file.`, path);
  if (!info.isFile()) throw new ArticleFileError(`${path}: not a regular file.`, path);
  // Checked before reading, so a huge file is never loaded into memory.
  if (info.size > maxBytes) {
    throw new ArticleFileError(`${path}: too large (${describeBytes(info.size)}; the limit is ${describeBytes(maxBytes)}).`, path);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if (errnoCode(err) === 'EACCES' || errnoCode(err) === 'EPERM') throw new ArticleFileError(`${path}: permission denied.`, path);
    throw err;
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) {
    throw new ArticleFileError(`${path}: too large (${describeBytes(bytes.length)}; the limit is ${describeBytes(maxBytes)}).`, path);
  }
  return bytes;
}

function decode(bytes: Buffer, path: string): string {
  if (bytes.includes(0)) throw new ArticleFileError(`${path}: looks like a binary file (it contains NUL bytes), not article text.`, path);
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a leading UTF-8 byte order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleFileError(`${path}: not valid UTF-8 text (save it as UTF-8 and try again).`, path);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ArticleFileError(`${path}: the file is empty.`, path);
  return text;
}

/** Three short fields never need more; a bigger sidecar is a mistake, not metadata. */
const MAX_META_BYTES = 64 * 1024;

async function readMeta(path: string): Promise<ArticleMeta> {
  const metaPath = sidecarPath(path);
  let raw: string;
  try {
    const info = await stat(metaPath);
    if (info.isDirectory()) throw new ArticleFileError(`${metaPath}: is a directory, not a metadata file.`, metaPath);
    if (info.size > MAX_META_BYTES) throw new ArticleFileError(`${metaPath}: too large for a metadata file (${describeBytes(info.size)}).`, metaPath);
    raw = await readFile(metaPath, 'utf8');
  } catch (err) {
    if (err instanceof ArticleFileError) throw err;
    if (errnoCode(err) === 'ENOENT') return {};
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw new ArticleFileError(`${metaPath}: not valid JSON.`, metaPath);
  }
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
    throw new ArticleFileError(`${metaPath}: ${problems.join('; ')} (allowed: url, source, publishedAt).`, metaPath);
  }
  const meta: ArticleMeta = {};
  if (parsed.data.url !== undefined) meta.url = parsed.data.url;
  if (parsed.data.source !== undefined) meta.source = parsed.data.source;
  if (parsed.data.publishedAt !== undefined) meta.publishedAt = parsed.data.publishedAt;
  return meta;
}

export async function readArticleFile(path: string, options: { maxBytes?: number } = {}): Promise<ArticleFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await readBytes(path, maxBytes);
  const text = decode(bytes, path);
  const meta = await readMeta(path);
  return { text, meta };
}
