import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, parseHttpUrl } from '../../src/core/canonical-url.ts';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, drops default ports and fragments', () => {
    expect(canonicalUrl('HTTPS://News.Example.ORG:443/World/Story#comments')).toBe('https://news.example.org/World/Story');
    expect(canonicalUrl('http://example.org:80/a')).toBe('http://example.org/a');
    expect(canonicalUrl('http://example.org:8080/a')).toBe('http://example.org:8080/a');
  });

  it('removes tracking parameters and sorts the rest', () => {
    const a = canonicalUrl('https://x.org/s?utm_source=rss&id=7&utm_medium=feed&b=2&fbclid=abc&gclid=z&ref=tw');
    const b = canonicalUrl('https://x.org/s?b=2&id=7&mc_cid=1&mc_eid=2&igshid=q&_ga=1.2&yclid=9&spm=a.b');
    expect(a).toBe('https://x.org/s?b=2&id=7');
    expect(b).toBe(a);
  });

  it('drops an empty query and a trailing host dot', () => {
    expect(canonicalUrl('https://x.org./a?utm_campaign=z')).toBe('https://x.org/a');
  });

  it('keeps parameters that select content', () => {
    expect(canonicalUrl('https://x.org/article.php?story=12&page=2')).toBe('https://x.org/article.php?page=2&story=12');
  });

  it('resolves relative links against a base', () => {
    expect(canonicalUrl('/2024/story?utm_source=x', 'https://x.org/feed.xml')).toBe('https://x.org/2024/story');
  });

  it('refuses anything that is not http(s)', () => {
    expect(canonicalUrl('ftp://x.org/a')).toBeNull();
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('parseHttpUrl', () => {
  it('explains why a URL is refused', () => {
    const empty = parseHttpUrl('  ');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.reason).toMatch(/empty/);
    const ftp = parseHttpUrl('ftp://x.org/');
    if (!ftp.ok) expect(ftp.reason).toMatch(/only http/);
    else throw new Error('ftp accepted');
    const creds = parseHttpUrl('https://user:pw@x.org/');
    expect(creds.ok).toBe(false);
  });

  it('knows tracking parameters by prefix and by name', () => {
    expect(isTrackingParam('UTM_Term')).toBe(true);
    expect(isTrackingParam('dclid')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
  });
});
