import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/sources/address-policy.ts';
import { FetchError, httpFetch } from '../../src/sources/http-fetch.ts';
import type { FetchOptions } from '../../src/sources/http-fetch.ts';
import { send, startLoopbackServer } from './loopback-server.ts';
import type { LoopbackServer } from './loopback-server.ts';

let server: LoopbackServer;
// The tests serve on 127.0.0.1, which the default policy refuses: they opt in explicitly.
const open: FetchOptions = { allowPrivate: true };

async function failure(url: string, options: FetchOptions): Promise<FetchError> {
  try {
    await httpFetch(url, options);
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error(`expected ${url} to fail`);
}

beforeAll(async () => {
  server = await startLoopbackServer();
  server.route('/page', send('<html><body><p>Hello, world.</p></body></html>'));
  server.route('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    // Never finishes: the client's deadline must cut it.
  });
  server.route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
  server.route('/loop-b', (_req, res) => res.writeHead(301, { location: `${server.base}/loop-a#x` }).end());
  for (let i = 0; i < 8; i++) {
    server.route(`/chain-${i}`, (_req, res) => res.writeHead(302, { location: `/chain-${i + 1}` }).end());
  }
  server.route('/chain-8', send('end of chain'));
  server.route('/to-ftp', (_req, res) => res.writeHead(302, { location: 'ftp://example.org/x' }).end());
  server.route('/big', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 100 && res.write(chunk)) sent += 1;
      if (sent < 100) res.once('drain', pump);
      else res.end();
    };
    pump();
  });
  server.route('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(3 * 1024 * 1024, 'z')));
  });
  server.route('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync('caf\u00e9 au lait'));
  });
  // "Café – naïve" in windows-1252 with the charset only in the header / only in a meta tag.
  const cp1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
  server.route('/latin1-header', send(Buffer.concat([Buffer.from('<p>'), cp1252, Buffer.from('</p>')]), 'text/html; charset=windows-1252'));
  server.route(
    '/latin1-meta',
    send(Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), cp1252, Buffer.from('</p>')]), 'text/html'),
  );
  server.route('/latin1-xml', send(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), cp1252, Buffer.from('</t>')]), 'application/xml'));
  server.route('/undeclared', send(cp1252, 'text/plain'));
  server.route('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT' }).end('fresh');
  });
  server.route('/gone', (_req, res) => res.writeHead(410, { 'content-type': 'text/plain' }).end('gone'));
});

afterAll(async () => {
  await server.close();
});

describe('httpFetch', () => {
  it('fetches a page and reports its final URL and charset', async () => {
    const r = await httpFetch(`${server.base}/page`, open);
    expect(r.status).toBe(200);
    expect(r.text).toContain('Hello, world.');
    expect(r.charset).toBe('utf-8');
    expect(r.url).toBe(`${server.base}/page`);
  });

  it('refuses loopback addresses unless allowed', async () => {
    const err = await failure(`${server.base}/page`, {});
    expect(err.kind).toBe('blocked-address');
    expect(err.message).toMatch(/SOURCES_ALLOW_PRIVATE=1/);
    const byName = await failure(`${server.base.replace('127.0.0.1', 'localhost')}/page`, {});
    expect(byName.kind).toBe('blocked-address');
  });

  it('refuses other schemes with a clear message', async () => {
    const err = await failure('file:///etc/passwd', open);
    expect(err.kind).toBe('invalid-url');
    expect(err.message).toMatch(/only http/);
    const redirect = await failure(`${server.base}/to-ftp`, open);
    expect(redirect.kind).toBe('invalid-url');
  });

  it('gives up on a slow answer at the deadline', async () => {
    const started = Date.now();
    const err = await failure(`${server.base}/slow`, { ...open, timeoutMs: 300 });
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('detects a redirect loop and a too-long chain', async () => {
    expect((await failure(`${server.base}/loop-a`, open)).kind).toBe('redirect-loop');
    expect((await failure(`${server.base}/chain-0`, open)).kind).toBe('too-many-redirects');
    const ok = await httpFetch(`${server.base}/chain-0`, { ...open, maxRedirects: 10 });
    expect(ok.text).toBe('end of chain');
    expect(ok.url).toBe(`${server.base}/chain-8`);
  });

  it('stops reading past the size limit, also for compressed bodies', async () => {
    const big = await failure(`${server.base}/big`, { ...open, maxBytes: 1024 * 1024 });
    expect(big.kind).toBe('too-large');
    expect(big.message).toMatch(/1\.0 MB/);
    const bomb = await failure(`${server.base}/gzip-bomb`, { ...open, maxBytes: 1024 * 1024 });
    expect(bomb.kind).toBe('too-large');
    const gz = await httpFetch(`${server.base}/gzip`, open);
    expect(gz.text).toBe('caf\u00e9 au lait');
  });

  it('decodes the declared charset from the header, a meta tag or the XML prolog', async () => {
    const expected = 'Caf\u00e9 \u2013 na\u00efve';
    expect((await httpFetch(`${server.base}/latin1-header`, open)).text).toContain(expected);
    const meta = await httpFetch(`${server.base}/latin1-meta`, open);
    // iso-8859-1 is windows-1252 to the WHATWG decoder, so 0x96 is an en dash.
    expect(meta.text).toContain(expected);
    expect((await httpFetch(`${server.base}/latin1-xml`, open)).text).toContain(expected);
    const undeclared = await httpFetch(`${server.base}/undeclared`, open);
    expect(undeclared.text).toBe(expected);
    expect(undeclared.charset).toBe('windows-1252');
  });

  it('sends the validators and returns 304 with an empty body', async () => {
    const first = await httpFetch(`${server.base}/etag`, open);
    expect(first.etag).toBe('"v1"');
    const second = await httpFetch(`${server.base}/etag`, { ...open, etag: first.etag, lastModified: first.lastModified });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
    expect(server.lastHeaders('/etag')?.['if-modified-since']).toBe('Tue, 24 Nov 2026 10:00:00 GMT');
  });

  it('reports an HTTP error status and a refused connection', async () => {
    const gone = await failure(`${server.base}/gone`, open);
    expect(gone.kind).toBe('http-status');
    expect(gone.status).toBe(410);
    const refused = await failure('http://127.0.0.1:1/x', open);
    expect(refused.kind).toBe('network');
    expect(refused.message).toMatch(/refused/);
  });
});

describe('isPrivateAddress', () => {
  it('knows the private, loopback, link-local and mapped ranges', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});
