// Feed documents for the tests and the bench.
export interface TestItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  description?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: TestItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.title !== undefined ? `<title>${esc(i.title)}</title>` : ''}${i.link !== undefined ? `<link>${esc(i.link)}</link>` : ''}${
          i.guid !== undefined ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''
        }${i.date !== undefined ? `<pubDate>${i.date}</pubDate>` : ''}${i.description !== undefined ? `<description>${esc(i.description)}</description>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org/</link><description>d</description>\n${body}\n</channel></rss>`;
}

export function atom(title: string, entries: { title: string; link?: string; id: string; updated: string; content?: string }[]): string {
  const body = entries
    .map(
      (e) =>
        `<entry><title>${esc(e.title)}</title>${e.link !== undefined ? `<link rel="alternate" href="${esc(e.link)}"/>` : ''}<id>${esc(e.id)}</id><updated>${e.updated}</updated>${
          e.content !== undefined ? `<content type="html">${esc(e.content)}</content>` : ''
        }</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:feed</id><updated>2026-11-24T00:00:00Z</updated>\n${body}\n</feed>`;
}

export function articlePage(headline: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html><head><title>${esc(headline)} | Example News</title><script>var SCRIPT_JUNK = 1;</script></head><body><nav>Home World Sport</nav><article><h1>${esc(headline)}</h1>${paragraphs
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}${extra}</article><footer>Copyright Example News</footer></body></html>`;
}
