// How a failed post is treated. Gone or forbidden channels count towards switching the digest off;
// server errors and network drops are retried with backoff; a 429 never reaches here (discord.js's
// REST queue waits it out).

export type FailureKind = 'permanent' | 'transient' | 'other';

/** A port may throw this (or any error with a numeric `status` / Discord `code`, as discord.js does). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

const PERMANENT_CODES = new Map<number, string>([
  [10003, 'the channel no longer exists'],
  [10004, 'the bot is no longer in the server'],
  [50001, 'the bot can no longer see the channel'],
  [50013, 'the bot may no longer post in the channel'],
]);

const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'ABORT_ERR']);

export function classifyDeliveryError(error: unknown): { kind: FailureKind; reason: string } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { status?: unknown; code?: unknown; name?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const code = e.code;
  if (typeof code === 'number' && PERMANENT_CODES.has(code)) return { kind: 'permanent', reason: PERMANENT_CODES.get(code)! };
  if (status === 404) return { kind: 'permanent', reason: 'the channel was not found (404)' };
  if (status === 403) return { kind: 'permanent', reason: 'the bot is not allowed to post in the channel (403)' };
  if (status !== undefined && status >= 500) return { kind: 'transient', reason: `Discord answered ${status}` };
  if ((typeof code === 'string' && TRANSIENT_NETWORK.has(code)) || e.name === 'AbortError') {
    return { kind: 'transient', reason: `network error (${String(code ?? e.name)})` };
  }
  return { kind: 'other', reason: typeof e.message === 'string' ? e.message : String(error) };
}
