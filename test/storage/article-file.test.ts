import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFileError, readArticleFile, sidecarPath } from '../../src/storage/article-file.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsdesk-article-file-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(path: string, options?: { maxBytes?: number }): Promise<ArticleFileError> {
  try {
    await readArticleFile(path, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ArticleFileError);
    const e = err as ArticleFileError;
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('readArticleFile refuses unfit files with one friendly line', () => {
  it('a missing file', async () => {
    const e = await refusal(join(dir, 'nope.txt'));
    expect(e.message).toBe(`${join(dir, 'nope.txt')}: no such file.`);
    expect(e.path).toBe(join(dir, 'nope.txt'));
  });

  it('a directory', async () => {
    await mkdir(join(dir, 'folder.txt'));
    expect((await refusal(join(dir, 'folder.txt'))).message).toMatch(/is a directory/);
  });

  it('an empty file and a whitespace-only file', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\r\n\t \n');
    expect((await refusal(join(dir, 'empty.txt'))).message).toMatch(/empty/);
    expect((await refusal(join(dir, 'blank.txt'))).message).toMatch(/empty/);
  });

  it('a binary file (NUL bytes)', async () => {
    await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    expect((await refusal(join(dir, 'image.txt'))).message).toMatch(/binary/);
  });

  it('a non-UTF-8 (latin-1) file', async () => {
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 opens in M\xfcnster\n', 'latin1'));
    expect((await refusal(join(dir, 'latin1.txt'))).message).toMatch(/not valid UTF-8/);
  });

  it('a file over the size limit, checked before reading', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2048));
    expect((await refusal(join(dir, 'big.txt'), { maxBytes: 1024 })).message).toBe(
      `${join(dir, 'big.txt')}: too large (2.0 KB; the limit is 1.0 KB).`,
    );
    // exactly at the limit is fine
    await expect(readArticleFile(join(dir, 'big.txt'), { maxBytes: 2048 })).resolves.toMatchObject({ text: 'x'.repeat(2048) });
  });

  it('a sidecar that is not JSON, or has a bad field', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline\nBody.\n');
    await writeFile(join(dir, 'a.meta.json'), '{ url: nope');
    expect((await refusal(join(dir, 'a.txt'))).message).toBe(`${join(dir, 'a.meta.json')}: not valid JSON.`);

    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ url: 'not a url', publishedAt: 'last Tuesday' }));
    const e = await refusal(join(dir, 'a.txt'));
    expect(e.message).toMatch(/a\.meta\.json: url: .*publishedAt: /);
    expect(e.path).toBe(join(dir, 'a.meta.json'));

    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ published: '2024-03-22' }));
    expect((await refusal(join(dir, 'a.txt'))).message).toMatch(/published.*allowed: url, source, publishedAt/);

    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ source: 'x'.repeat(70_000) }));
    expect((await refusal(join(dir, 'a.txt'))).message).toMatch(/a\.meta\.json: too large for a metadata file/);

    await rm(join(dir, 'a.meta.json'));
    await mkdir(join(dir, 'a.meta.json'));
    expect((await refusal(join(dir, 'a.txt'))).message).toMatch(/a\.meta\.json: is a directory/);
  });
});

describe('readArticleFile reads good files', () => {
  it('strips a BOM, normalises CRLF and CR, and reads the sidecar', async () => {
    const path = join(dir, 'story.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\r\nFirst “para”.\r\nSecond.\rThird — é.\r\n', 'utf8')]));
    await writeFile(
      sidecarPath(path),
      JSON.stringify({ url: 'https://example.org/story', source: 'Example Times', publishedAt: '2024-03-22T10:00:00Z' }),
    );
    const file = await readArticleFile(path);
    expect(file.text).toBe('Headline\nFirst “para”.\nSecond.\nThird — é.\n');
    expect(file.meta).toEqual({ url: 'https://example.org/story', source: 'Example Times', publishedAt: '2024-03-22T10:00:00Z' });
  });

  it('a file with no sidecar has empty meta; a date-only publishedAt is accepted', async () => {
    const path = join(dir, 'plain.txt');
    await writeFile(path, 'Headline\nBody.\n');
    expect(await readArticleFile(path)).toEqual({ text: 'Headline\nBody.\n', meta: {} });
    await writeFile(join(dir, 'plain.meta.json'), JSON.stringify({ publishedAt: '2024-03-22' }));
    expect((await readArticleFile(path)).meta).toEqual({ publishedAt: '2024-03-22' });
  });

  it('the sidecar of a file without .txt is NAME.meta.json', () => {
    expect(sidecarPath('/a/b/story.txt')).toBe('/a/b/story.meta.json');
    expect(sidecarPath('/a/b/story')).toBe('/a/b/story.meta.json');
  });
});
