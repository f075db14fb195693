// The HTTP side of the fake Discord: request parsing, the request log, injected faults, per-route
// and global rate limits with Discord's headers. The Discord routes themselves live in fake-routes.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export interface RestRequest {
  method: string;
  /** Decoded path below /api/v10, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** `Authorization: Bot <token>` matched the fake's token. */
  authorized: boolean;
  headers: IncomingMessage['headers'];
  /** performance.now() when the whole request had arrived. */
  receivedAt: number;
}

export interface RestResponse {
  status: number;
  body?: unknown;
}

export type RouteHandler = (req: RestRequest) => RestResponse | Promise<RestResponse>;

/** A Discord-style error answer, thrown from a route handler. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
  }
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** The route template that handled it (`/channels/:channel/messages`), or null for an unknown route. */
  route: string | null;
  query: string;
  body: unknown;
  status: number;
  /** Date.now() when it arrived. */
  time: number;
  /** How long the fake took to answer, in ms. */
  durationMs: number;
}

export interface FailRule {
  method?: string;
  /** Tested against the decoded path below /api/v10, e.g. `/channels/123/messages` (no query). */
  path: RegExp;
  status: 429 | 500 | 502 | 503 | 400 | 401 | 403 | 404;
  retryAfterSeconds?: number;
  count?: number;
  global?: boolean;
  /** Discord JSON error code (defaults: 403 → 50013, 404 → 10003). */
  code?: number;
  message?: string;
}

export interface RateWindow {
  limit: number;
  windowMs: number;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
  /** Interaction endpoints are not bound by the bot's global rate limit (Discord docs). */
  globalExempt: boolean;
}

interface Window {
  start: number;
  count: number;
}

// The fake's 1 s window starts when its first request arrives, a little after discord.js opened its
// own; on a loaded machine that delay varies by tens of ms. The fake forgives a request arriving up
// to this early in the next second rather than report a 429 a real client pacing itself did not earn.
const GLOBAL_GRACE_MS = 100;

export class FakeRest {
  readonly requests: LoggedRequest[] = [];
  readonly stats = { requests: 0, rateLimited: 0, globalRateLimited: 0, invalid: 0, injectedFaults: 0 };
  private readonly routes: Route[] = [];
  private readonly faults: Array<Required<Pick<FailRule, 'count'>> & FailRule> = [];
  private globalLimit: RateWindow | null = null;
  private globalWindow: Window = { start: 0, count: 0 };
  private readonly buckets = new Map<string, Window>();

  constructor(
    private readonly token: string,
    private readonly routeLimit: RateWindow,
  ) {}

  route(method: string, template: string, handler: RouteHandler, options: { globalExempt?: boolean } = {}): void {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\@]/g, '\\$&');
        names.push(part.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.routes.push({ method, template, pattern: new RegExp(`^${source}$`), names, handler, globalExempt: options.globalExempt ?? false });
  }

  failNext(rule: FailRule): void {
    this.faults.push({ ...rule, count: rule.count ?? 1 });
  }

  clearLog(): void {
    this.requests.length = 0;
  }

  setGlobalRateLimit(limit: RateWindow | null): void {
    this.globalLimit = limit;
    this.globalWindow = { start: 0, count: 0 };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const time = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const versioned = /^\/api\/v\d+(\/.*)$/.exec(url.pathname);
    const path = safeDecode(versioned?.[1] ?? url.pathname);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    const receivedAt = performance.now();
    let body: unknown = null;
    try {
      body = await parseBody(raw, req.headers['content-type']);
    } catch {
      body = raw.toString('utf8');
    }
    const matched = this.match(method, path);
    const template = matched?.route.template ?? null;
    const bucketKey = `${method} ${template ?? path}:${majorParameter(path)}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let answer: RestResponse;

    const fault = this.takeFault(method, path);
    const globalBlocked = !fault && matched && !matched.route.globalExempt && this.overGlobalLimit(receivedAt);
    const bucket = this.countBucket(bucketKey, receivedAt);
    Object.assign(headers, bucket.headers);

    if (fault) {
      this.stats.injectedFaults += 1;
      answer = this.faultAnswer(fault, headers);
    } else if (globalBlocked) {
      const retryAfter = Math.max(0.001, (this.globalWindow.start + (this.globalLimit?.windowMs ?? 1000) - GLOBAL_GRACE_MS - receivedAt) / 1000);
      this.stats.globalRateLimited += 1;
      headers['retry-after'] = retryAfter.toFixed(3);
      headers['x-ratelimit-global'] = 'true';
      headers['x-ratelimit-scope'] = 'global';
      answer = { status: 429, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: true, code: 0 } };
    } else if (bucket.exceeded) {
      headers['retry-after'] = headers['x-ratelimit-reset-after'] ?? '1';
      headers['x-ratelimit-scope'] = 'user';
      answer = { status: 429, body: { message: 'You are being rate limited.', retry_after: Number(headers['retry-after']), global: false, code: 0 } };
    } else if (!matched) {
      answer = { status: 404, body: { message: '404: Not Found', code: 0 } };
    } else {
      answer = await this.run(matched.route, {
        method,
        path,
        params: matched.params,
        query: url.searchParams,
        body,
        authorized: req.headers.authorization === `Bot ${this.token}`,
        headers: req.headers,
        receivedAt,
      });
    }

    this.stats.requests += 1;
    if (answer.status === 429) this.stats.rateLimited += 1;
    if (answer.status === 401 || answer.status === 403 || answer.status === 429) this.stats.invalid += 1;
    this.requests.push({
      method,
      path,
      route: template,
      query: url.search,
      body,
      status: answer.status,
      time,
      durationMs: performance.now() - startedAt,
    });
    const payload = answer.body === undefined || answer.status === 204 ? '' : JSON.stringify(answer.body, bigintReplacer);
    // discord.js parses any application/json answer: an empty 204 must not claim to be JSON.
    if (payload === '') delete headers['content-type'];
    res.writeHead(answer.status, headers);
    res.end(payload);
  }

  private match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = m[i + 1] ?? '';
      });
      return { route, params };
    }
    return undefined;
  }

  private async run(route: Route, req: RestRequest): Promise<RestResponse> {
    try {
      return await route.handler(req);
    } catch (error) {
      if (error instanceof DiscordHttpError) {
        return { status: error.status, body: { message: error.message, code: error.code, ...(error.errors ? { errors: error.errors } : {}) } };
      }
      // A bug in the fake itself: make it loud in the test output, and answer like Discord's 500.
      console.error('fake Discord route failed:', error);
      return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
    }
  }

  private takeFault(method: string, path: string): FailRule | undefined {
    const index = this.faults.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path));
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private faultAnswer(fault: FailRule, headers: Record<string, string>): RestResponse {
    if (fault.status === 429) {
      const retryAfter = fault.retryAfterSeconds ?? 1;
      headers['retry-after'] = String(retryAfter);
      headers['x-ratelimit-scope'] = fault.global ? 'global' : 'user';
      if (fault.global) headers['x-ratelimit-global'] = 'true';
      return { status: 429, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false, code: 0 } };
    }
    const defaults: Record<number, [number, string]> = {
      400: [50035, 'Invalid Form Body'],
      401: [0, '401: Unauthorized'],
      403: [50013, 'Missing Permissions'],
      404: [10003, 'Unknown Channel'],
      500: [0, '500: Internal Server Error'],
      502: [0, '502: Bad Gateway'],
      503: [0, '503: Service Unavailable'],
    };
    const [code, message] = defaults[fault.status] ?? [0, 'Error'];
    return { status: fault.status, body: { message: fault.message ?? message, code: fault.code ?? code } };
  }

  private overGlobalLimit(now: number): boolean {
    if (!this.globalLimit) return false;
    const window = this.globalWindow;
    if (now >= window.start + this.globalLimit.windowMs - GLOBAL_GRACE_MS) {
      window.start = now;
      window.count = 0;
    }
    window.count += 1;
    return window.count > this.globalLimit.limit;
  }

  private countBucket(key: string, now: number): { exceeded: boolean; headers: Record<string, string> } {
    const { limit, windowMs } = this.routeLimit;
    if (this.buckets.size > 10_000) {
      // One bucket per interaction token adds up in long benchmarks: forget the expired ones.
      for (const [k, w] of this.buckets) if (now >= w.start + windowMs) this.buckets.delete(k);
    }
    let window = this.buckets.get(key);
    if (!window || now >= window.start + windowMs) {
      window = { start: now, count: 0 };
      this.buckets.set(key, window);
    }
    window.count += 1;
    const resetAfter = Math.max(0, window.start + windowMs - now) / 1000;
    return {
      exceeded: window.count > limit,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.count)),
        'x-ratelimit-reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': resetAfter.toFixed(3),
        'x-ratelimit-bucket': createHash('sha1').update(key.split(':')[0] ?? key).digest('hex').slice(0, 16),
      },
    };
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Discord's major parameters: one bucket per channel, guild, webhook + token, or interaction. */
function majorParameter(path: string): string {
  const webhook = /^\/webhooks\/(\d+)\/([^/]+)/.exec(path);
  if (webhook) return `${webhook[1]}:${webhook[2]}`;
  return /^\/(?:channels|guilds|webhooks|interactions)\/(\d+)/.exec(path)?.[1] ?? 'global';
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return null;
  if (contentType?.startsWith('multipart/form-data')) {
    // discord.js sends files as multipart with the JSON body in the `payload_json` part.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const json = form.get('payload_json');
    return typeof json === 'string' ? JSON.parse(json) : null;
  }
  return JSON.parse(raw.toString('utf8'));
}

function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
