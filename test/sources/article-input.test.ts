import { describe, expect, it } from 'vitest';
import { ArticleInputError, articleText, parseArticleJson, parseMarkdown, parsePlainText } from '../../src/sources/article-input.ts';
import { parseHtmlArticle } from '../../src/sources/html-article.ts';

const PAGE = `<!doctype html><html><head>
<title>Big news today | The Daily Example</title>
<meta property="og:title" content="Council approves the river plan">
<meta property="article:published_time" content="2024-03-22T09:00:00+01:00">
<link rel="canonical" href="/2024/river-plan?utm_source=x">
<script>window.tracking = "SCRIPT_TEXT";</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World MENU_TEXT</a></nav>
<header><div class="logo">The Daily Example</div></header>
<article>
<h1>Council approves the river plan</h1>
<p>The council voted on Friday to approve the plan for the river, officials said in a statement released late in the evening.</p>
<script>document.write("INLINE_SCRIPT")</script>
<p>\u201cWe will act now,\u201d said Jane Doe, the mayor of the town, who has championed the plan for many years against strong opposition.</p>
<div class="ad-slot">ADVERT_TEXT Buy now and save money on everything you never needed.</div>
<blockquote><p>It is a good day for the river and for everyone who lives beside it, the campaigners wrote.</p></blockquote>
<p>The plan will cost 3 million dollars and will be finished by next year, according to the budget office of the town.</p>
</article>
<aside class="related">RELATED_TEXT Other stories you might like to read today.</aside>
<footer>FOOTER_TEXT Copyright</footer>
</body></html>`;

describe('parseHtmlArticle', () => {
  it('keeps the article body and drops scripts, menus, ads and footers', () => {
    const a = parseHtmlArticle(PAGE, { url: 'https://daily.example/2024/river-plan' });
    expect(a.headline).toBe('Council approves the river plan');
    expect(a.paragraphs[0]).toMatch(/^The council voted on Friday/);
    expect(a.paragraphs.some((p) => p.startsWith('\u201cWe will act now'))).toBe(true);
    expect(a.paragraphs.some((p) => p.startsWith('It is a good day'))).toBe(true);
    const all = articleText(a);
    for (const junk of ['SCRIPT_TEXT', 'INLINE_SCRIPT', 'MENU_TEXT', 'ADVERT_TEXT', 'RELATED_TEXT', 'FOOTER_TEXT', 'color: red']) {
      expect(all, junk).not.toContain(junk);
    }
    expect(a.publishedAt).toBe('2024-03-22T08:00:00.000Z');
    expect(a.url).toBe('https://daily.example/2024/river-plan?utm_source=x');
  });

  it('reads the date from JSON-LD or a <time> element', () => {
    const ld = parseHtmlArticle(
      '<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-10-07"}]}</script></head><body><p>One paragraph of text that is long enough.</p></body></html>',
    );
    expect(ld.publishedAt).toBe('2023-10-07');
    const time = parseHtmlArticle('<html><body><h1>Head</h1><article><time datetime="2022-01-02T03:04:05Z">Jan 2</time><p>Body text here.</p></article></body></html>');
    expect(time.publishedAt).toBe('2022-01-02T03:04:05.000Z');
    expect(time.headline).toBe('Head');
  });

  it('refuses a page without article text', () => {
    expect(() => parseHtmlArticle('<html><head><script>x()</script></head><body><nav>Home</nav></body></html>')).toThrow(ArticleInputError);
  });
});

describe('parseMarkdown', () => {
  it('takes the first # heading as headline and blocks as paragraphs', () => {
    const md = [
      '---',
      'title: ignored front matter',
      '---',
      '# Storm hits the *coast*',
      '',
      'Heavy rain fell on **Tuesday**, the [weather office](https://x.org) said.',
      'It was the worst in years.',
      '',
      '## Damage',
      '- Roads closed',
      '- Power cut',
      '',
      '```',
      'code();',
      '```',
      '> "We are ready," said the chief.',
    ].join('\n');
    const a = parseMarkdown(md);
    expect(a.headline).toBe('Storm hits the coast');
    expect(a.paragraphs).toEqual([
      'Heavy rain fell on Tuesday, the weather office said. It was the worst in years.',
      'Damage',
      'Roads closed',
      'Power cut',
      '"We are ready," said the chief.',
    ]);
  });

  it('uses the first line when there is no # heading, and refuses an empty file', () => {
    expect(parseMarkdown('Just a title\n\nAnd a paragraph.').headline).toBe('Just a title');
    expect(() => parseMarkdown('\n\n')).toThrow(/no text/);
  });
});

describe('parseArticleJson', () => {
  it('reads body or paragraphs with metadata', () => {
    const a = parseArticleJson(JSON.stringify({ headline: ' Title ', body: 'First.\nSecond.', publishedAt: '2024-03-22', url: 'https://x.org/a', source: 'X' }));
    expect(a).toEqual({ headline: 'Title', paragraphs: ['First.', 'Second.'], publishedAt: '2024-03-22', url: 'https://x.org/a', source: 'X' });
    expect(parseArticleJson('{"headline":"T","paragraphs":["a","b"]}').paragraphs).toEqual(['a', 'b']);
  });

  it('explains what is wrong', () => {
    expect(() => parseArticleJson('{')).toThrow(/not valid JSON/);
    expect(() => parseArticleJson('{"headline":"T"}')).toThrow(/either body/);
    expect(() => parseArticleJson('{"headline":"T","body":"x","extra":1}')).toThrow(/extra|Unrecognized/i);
    expect(() => parseArticleJson('{"headline":"T","body":"x","publishedAt":"someday"}')).toThrow(/not a date/);
    expect(() => parseArticleJson('{"headline":"T","body":"x","url":"ftp://x"}')).toThrow(/url/);
  });
});

describe('articleText', () => {
  it('writes the .txt format: headline line, one paragraph per line', () => {
    expect(articleText({ headline: 'A\nB', paragraphs: ['one\ntwo', '', 'three'] })).toBe('A B\none two\nthree');
    expect(parsePlainText('\nHead\n\nPara one\nPara two\n')).toEqual({ headline: 'Head', paragraphs: ['Para one', 'Para two'] });
  });
});
