// Articles from files in ARTICLES_DIR: .txt (the seed format, with an optional NAME.meta.json
// sidecar), .md, .html/.htm and .json (the input format in the README). The folder is scanned at
// start-up and then watched (fs.watch, recursive): a new or changed file appears in the library
// without a restart, a deleted one leaves it. Events are debounced per file (editors write in
// several steps). A file that cannot be read or parsed is logged and skipped; the rest stay.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Logger } from 'pino';
import { ArticleFileError, readArticleFile } from '../storage/article-file.ts';
import { articleIdFromFile } from '../storage/article-library.ts';
import type { ArticleInput } from './article-input.ts';
import { ArticleInputError, articleText, parseArticleJson, parseMarkdown, parsePlainText } from './article-input.ts';
import { parseHtmlArticle } from './html-article.ts';
import type { FileArticle, LiveLibrary } from './live-library.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'];

/** An article file (not a sidecar, not a hidden or editor temp file). */
export function isArticleFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (name.startsWith('.') || name.endsWith('~') || /\.meta\.json$/i.test(name)) return false;
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** The article file a path belongs to: itself, or for a sidecar NAME.meta.json, NAME.txt (NAME.md.meta.json: NAME.md). */
function ownerOf(path: string): string {
  if (!/\.meta\.json$/i.test(path)) return path;
  const base = path.replace(/\.meta\.json$/i, '');
  return ARTICLE_EXTENSIONS.includes(extname(base).toLowerCase()) ? base : `${base}.txt`;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export class FileSource {
  private watcher: FSWatcher | undefined;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly maxBytes: number | undefined;
  private readonly debounceMs: number;
  readonly skipped = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly live: LiveLibrary,
    private readonly logger: Logger,
    options: { maxBytes?: number; debounceMs?: number } = {},
  ) {
    this.maxBytes = options.maxBytes;
    this.debounceMs = options.debounceMs ?? 150;
  }

  /** Reads one file into what the library needs; throws ArticleFileError/ArticleInputError for bad input. */
  async read(path: string): Promise<FileArticle> {
    const file = relative(this.dir, path).split(sep).join('/');
    const { text, meta } = await readArticleFile(path, this.maxBytes === undefined ? {} : { maxBytes: this.maxBytes });
    const info = await stat(path);
    const ext = extname(path).toLowerCase();
    let input: ArticleInput;
    let extractText: string;
    if (ext === '.txt') {
      // The .txt text goes to the extractor untouched (it reads date lines and bylines itself).
      input = parsePlainText(text);
      extractText = text;
    } else {
      input = ext === '.json' ? parseArticleJson(text) : ext === '.md' || ext === '.markdown' ? parseMarkdown(text) : parseHtmlArticle(text);
      extractText = articleText(input);
    }
    if (input.paragraphs.length === 0) throw new ArticleInputError('the file has a headline but no paragraphs');
    const base = file.replace(/\.[^./]+$/, '');
    const id = ext === '.txt' ? articleIdFromFile(file) : articleIdFromFile(base);
    const out: FileArticle = { file, id, text: extractText, body: input.paragraphs.join('\n'), addedAt: info.mtime.toISOString() };
    const publishedAt = meta.publishedAt ?? input.publishedAt;
    if (publishedAt !== undefined) out.publishedAt = publishedAt;
    const url = meta.url ?? input.url;
    if (url !== undefined) out.url = url;
    const source = meta.source ?? input.source;
    if (source !== undefined) out.source = source;
    return out;
  }

  private async list(): Promise<string[]> {
    const entries = await readdir(this.dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && isArticleFile(e.name))
      .map((e) => join((e as { parentPath?: string }).parentPath ?? this.dir, e.name))
      .sort();
  }

  private skip(path: string, err: unknown): void {
    const file = relative(this.dir, path);
    const known = err instanceof ArticleFileError || err instanceof ArticleInputError;
    const reason = known ? (err as Error).message.replace(`${path}: `, '') : `could not be read: ${(err as Error)?.message ?? String(err)}`;
    this.skipped.set(file, reason);
    if (known) this.logger.warn({ file: path }, 'skipped article file: %s', reason);
    else this.logger.error({ file: path, err }, 'skipped article file');
  }

  /** Loads every article file (start-up). A missing folder is logged, not fatal. */
  async scan(): Promise<{ loaded: number; skipped: number }> {
    let paths: string[];
    try {
      paths = await this.list();
    } catch (err) {
      const code = (err as { code?: string }).code;
      this.logger.warn({ dir: this.dir }, 'articles folder not read: %s', code === 'ENOENT' ? 'it does not exist' : String(err));
      return { loaded: 0, skipped: 0 };
    }
    // Read with a few files in flight (start-up with 10,000 files is mostly waiting on the disk),
    // then ids assigned in path order so they do not depend on which read finished first.
    const results: (FileArticle | undefined)[] = new Array(paths.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < paths.length) {
        const at = next++;
        try {
          results[at] = await this.read(paths[at]!);
        } catch (err) {
          this.skip(paths[at]!, err);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, paths.length) }, worker));
    const read: FileArticle[] = [];
    const ids = new Set<string>();
    results.forEach((a, at) => {
      if (a === undefined) return;
      // "a.txt" and "a.md" would share an id: the second keeps its extension in the id.
      if (ids.has(a.id)) a.id = `${a.id}-${extname(paths[at]!).slice(1).toLowerCase()}`;
      ids.add(a.id);
      read.push(a);
    });
    await this.live.upsertFiles(read);
    return { loaded: read.length, skipped: paths.length - read.length };
  }

  /** Re-reads one path after a file event: added or changed -> upserted; gone -> removed. */
  async refresh(path: string): Promise<'upserted' | 'removed' | 'skipped' | 'ignored'> {
    const owner = ownerOf(path);
    if (!isArticleFile(owner)) return this.refreshFolder(path);
    const file = relative(this.dir, owner).split(sep).join('/');
    try {
      await stat(owner);
    } catch {
      this.skipped.delete(file);
      const removed = this.live.removeFile(file);
      if (removed) this.logger.info({ file }, 'article file deleted; removed from the library');
      return removed ? 'removed' : 'ignored';
    }
    try {
      const a = await this.read(owner);
      const current = this.live.fileId(file);
      if (current !== undefined) a.id = current; // a changed file keeps its id
      else if (this.live.library.get(a.id) !== undefined) a.id = `${a.id}-${extname(owner).slice(1).toLowerCase()}`;
      await this.live.upsertFiles([a]);
      this.skipped.delete(file);
      this.logger.info({ file, id: a.id }, 'article file loaded');
      return 'upserted';
    } catch (err) {
      // A file that became unreadable leaves the library: what it said is no longer what it says.
      this.live.removeFile(file);
      this.skip(owner, err);
      return 'skipped';
    }
  }

  /**
   * A folder event: a folder moved in is read file by file; a folder deleted or moved away takes its
   * articles with it (no event comes for each file inside).
   */
  private async refreshFolder(path: string): Promise<'upserted' | 'removed' | 'ignored'> {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      const prefix = `${relative(this.dir, path).split(sep).join('/')}/`;
      let removed = 0;
      for (const file of this.live.fileNames()) if (file.startsWith(prefix) && this.live.removeFile(file)) removed += 1;
      return removed > 0 ? 'removed' : 'ignored';
    }
    if (!isDir) return 'ignored';
    const entries = await readdir(path, { withFileTypes: true, recursive: true });
    let upserted = 0;
    for (const e of entries) {
      if (!e.isFile() || !isArticleFile(e.name)) continue;
      if ((await this.refresh(join((e as { parentPath?: string }).parentPath ?? path, e.name))) === 'upserted') upserted += 1;
    }
    return upserted > 0 ? 'upserted' : 'ignored';
  }

  /** Watches the folder until stop(). `onChange` is for tests and logs. */
  watch(onChange?: (path: string, outcome: string) => void): void {
    if (this.watcher !== undefined) return;
    try {
      this.watcher = watch(this.dir, { recursive: true, persistent: false }, (_event, name) => {
        if (name === null) return;
        const path = join(this.dir, name.toString());
        const previous = this.pending.get(path);
        if (previous !== undefined) clearTimeout(previous);
        this.pending.set(
          path,
          setTimeout(() => {
            this.pending.delete(path);
            this.refresh(path)
              .then((outcome) => onChange?.(path, outcome))
              .catch((err: unknown) => this.logger.error({ err, path }, 'article file refresh failed'));
          }, this.debounceMs),
        );
      });
      this.watcher.on('error', (err) => this.logger.error({ err, dir: this.dir }, 'articles folder watch failed; new files need a restart'));
    } catch (err) {
      this.logger.warn({ err, dir: this.dir }, 'articles folder not watched; new files need a restart');
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }
}
