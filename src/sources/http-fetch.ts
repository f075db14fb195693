// The one way the bot reads the web. Only http: and https:, a total deadline (default 15 s) across
// every redirect, a size limit on the decoded body (default 5 MB, counted while streaming, so an
// endless or compressed-bomb response is cut off), redirects followed by hand (each hop's URL and
// address checked again; loops and long chains refused), the declared charset honoured, and
// conditional GET (ETag / If-Modified-Since). Every failure is a FetchError with one friendly line.
import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parseHttpUrl } from '../core/canonical-url.ts';
import { BlockedAddressError, checkLiteralHost, guardedLookup } from './address-policy.ts';
import { decodeBody } from './charset.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'Newsdesk/0.1 (+https://github.com/newsdesk; Discord news bot)';

export type FetchErrorKind =
  | 'invalid-url'
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'http-status'
  | 'network';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Allow loopback/private addresses (SOURCES_ALLOW_PRIVATE=1). Default false. */
  allowPrivate?: boolean;
  /** Conditional GET validators from the previous 200. */
  etag?: string;
  lastModified?: string;
  accept?: string;
}

export interface FetchResult {
  /** 200, or 304 when the validators matched (text is then ''). */
  status: number;
  /** The URL after redirects. */
  url: string;
  contentType: string | undefined;
  text: string;
  charset: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  bytes: number;
}

export type HttpFetcher = (url: string, options?: FetchOptions) => Promise<FetchResult>;

function describeBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

interface Hop {
  res: IncomingMessage;
  abort: () => void;
}

function openOnce(url: URL, options: FetchOptions, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: options.accept ?? 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag !== undefined) headers['if-none-match'] = options.etag;
    if (options.lastModified !== undefined) headers['if-modified-since'] = options.lastModified;
    const req = request(url, {
      method: 'GET',
      headers,
      lookup: guardedLookup(options.allowPrivate === true) as never,
      signal,
    });
    req.on('response', (res) => resolve({ res, abort: () => req.destroy() }));
    req.on('error', reject);
    req.end();
  });
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = (header(res, 'content-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

async function readLimited(stream: Readable, maxBytes: number, url: string, abort: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      abort();
      stream.destroy();
      throw new FetchError('too-large', `${url}: the page is larger than the limit (${describeBytes(maxBytes)})`, url);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

function networkMessage(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  if (err instanceof BlockedAddressError) return new FetchError('blocked-address', err.message, url);
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof BlockedAddressError) return new FetchError('blocked-address', cause.message, url);
  const code = (err as { code?: string }).code;
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchError('network', `${host}: no such host`, url);
  if (code === 'ECONNREFUSED') return new FetchError('network', `${host}: connection refused`, url);
  if (code === 'ECONNRESET' || code === 'EPIPE') return new FetchError('network', `${host}: the connection was reset`, url);
  if (code === 'CERT_HAS_EXPIRED' || /certificate|SSL|TLS/i.test(String((err as Error).message))) {
    return new FetchError('network', `${host}: TLS error (${(err as Error).message})`, url);
  }
  return new FetchError('network', `${host}: ${(err as Error)?.message ?? String(err)}`, url);
}

/** Fetches a URL (see the file comment). Never throws anything but FetchError. */
export async function httpFetch(input: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const seen = new Set<string>();
  let current = input;
  try {
    for (let hop = 0; ; hop += 1) {
      const parsed = parseHttpUrl(current);
      if (!parsed.ok) throw new FetchError('invalid-url', hop === 0 ? parsed.reason : `a redirect led to an invalid URL: ${parsed.reason}`, current);
      const url = parsed.url;
      url.hash = '';
      if (seen.has(url.href)) throw new FetchError('redirect-loop', `${input}: redirect loop (back to ${url.href})`, input);
      seen.add(url.href);
      try {
        checkLiteralHost(url.hostname, options.allowPrivate === true);
      } catch (err) {
        throw networkMessage(err, url.href);
      }
      let opened: Hop;
      try {
        opened = await openOnce(url, options, controller.signal);
      } catch (err) {
        if (timedOut) throw new FetchError('timeout', `${url.href}: no answer within ${Math.round(timeoutMs / 1000)} s`, url.href);
        throw networkMessage(err, url.href);
      }
      const { res, abort } = opened;
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = header(res, 'location');
        if (location === undefined) throw new FetchError('http-status', `${url.href}: redirect (${status}) without a Location`, url.href, status);
        if (hop >= maxRedirects) throw new FetchError('too-many-redirects', `${input}: more than ${maxRedirects} redirects`, input);
        current = new URL(location, url).href;
        continue;
      }
      const etag = header(res, 'etag');
      const lastModified = header(res, 'last-modified');
      const contentType = header(res, 'content-type');
      if (status === 304) {
        res.resume();
        return { status, url: url.href, contentType, text: '', charset: undefined, etag: etag ?? options.etag, lastModified: lastModified ?? options.lastModified, bytes: 0 };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError('http-status', `${url.href}: the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, url.href, status);
      }
      const declared = Number(header(res, 'content-length'));
      if (Number.isFinite(declared) && declared > maxBytes && (header(res, 'content-encoding') ?? 'identity') === 'identity') {
        abort();
        throw new FetchError('too-large', `${url.href}: the page is larger than the limit (${describeBytes(maxBytes)})`, url.href);
      }
      let body: Buffer;
      try {
        body = await readLimited(decompressed(res), maxBytes, url.href, abort);
      } catch (err) {
        if (timedOut) throw new FetchError('timeout', `${url.href}: no complete answer within ${Math.round(timeoutMs / 1000)} s`, url.href);
        throw networkMessage(err, url.href);
      }
      const { text, charset } = decodeBody(body, contentType);
      return { status, url: url.href, contentType, text, charset, etag, lastModified, bytes: body.length };
    }
  } finally {
    clearTimeout(timer);
  }
}
