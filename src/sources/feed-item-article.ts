// One new feed item -> an ArticleInput: the item's page fetched and read with Readability; when the
// page cannot be fetched or holds no article, the feed's own content (HTML or text) stands in.
import { parseHTML } from 'linkedom';
import type { ArticleInput } from './article-input.ts';
import { ArticleInputError } from './article-input.ts';
import type { FeedItem } from './feed.ts';
import { parseHtmlArticle } from './html-article.ts';
import type { FetchOptions, HttpFetcher } from './http-fetch.ts';

/** The feed's own content as paragraphs: block elements of HTML, else lines of text. */
export function feedContentParagraphs(content: string): string[] {
  if (/<\/?(p|br|div|li|blockquote|h[1-6])\b/i.test(content)) {
    const { document } = parseHTML(`<html><body>${content.replace(/<br\s*\/?>/gi, '</p><p>')}</body></html>`);
    for (const el of [...document.querySelectorAll('script, style, iframe, img')]) el.remove();
    const blocks = [...document.querySelectorAll('p, li, blockquote, h2, h3, h4, h5, h6')]
      .filter((el) => el.querySelector('p, li, blockquote') === null)
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '');
    if (blocks.length > 0) return blocks;
    return [(document.body?.textContent ?? '').replace(/\s+/g, ' ').trim()].filter((t) => t !== '');
  }
  const plain: string = /<[a-z]/i.test(content) ? (parseHTML(`<html><body>${content}</body></html>`).document.body?.textContent ?? '') : content;
  return plain
    .split(/\n+/)
    .map((l: string) => l.replace(/\s+/g, ' ').trim())
    .filter((l: string) => l !== '');
}

export interface ItemArticle {
  input: ArticleInput;
  /** 'page' when the item's page was read, 'feed' when the feed's content stood in. */
  from: 'page' | 'feed';
  /** Why the page was not used, when it was not. */
  pageProblem?: string;
}

export async function itemArticle(item: FeedItem, fetch: HttpFetcher, fetchOptions: FetchOptions, source: string): Promise<ItemArticle> {
  let pageProblem: string | undefined;
  if (item.link !== undefined) {
    try {
      const page = await fetch(item.link, { ...fetchOptions, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      const input = parseHtmlArticle(page.text, { url: page.url });
      if (item.title !== '') input.headline = item.title;
      if (item.publishedAt !== undefined) input.publishedAt = item.publishedAt;
      input.url = item.link;
      input.source = source;
      return { input, from: 'page' };
    } catch (err) {
      pageProblem = (err as Error).message;
    }
  }
  const paragraphs = feedContentParagraphs(item.content);
  const headline = item.title !== '' ? item.title : paragraphs.shift();
  if (headline === undefined || paragraphs.length === 0) {
    throw new ArticleInputError(pageProblem !== undefined ? `the page could not be read (${pageProblem}) and the feed item has no text` : 'the feed item has no text');
  }
  const input: ArticleInput = { headline, paragraphs, source };
  if (item.link !== undefined) input.url = item.link;
  if (item.publishedAt !== undefined) input.publishedAt = item.publishedAt;
  return pageProblem !== undefined ? { input, from: 'feed', pageProblem } : { input, from: 'feed' };
}
