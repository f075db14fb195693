// The pino factory. JSON lines in production; pretty when a person watches a terminal. The token
// is redacted wherever it could appear (config objects, headers, errors that echo a request).
import { pino } from 'pino';
import type { DestinationStream, Logger, LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'config.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

export interface LoggerSetup {
  level?: string;
  /** Pretty output; defaults to whether stdout is a terminal. */
  pretty?: boolean;
  /** A destination stream (tests capture lines here). */
  destination?: DestinationStream;
  /** Secrets to scrub from every message string too (the token), beyond the redacted paths. */
  secrets?: string[];
}

export function createLogger(setup: LoggerSetup = {}): Logger {
  const secrets = (setup.secrets ?? []).filter((s) => s.length >= 8);
  const options: LoggerOptions = {
    level: setup.level ?? 'info',
    base: { app: 'newsdesk' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  if (secrets.length > 0) {
    // A token pasted into an error message is under no redact path: scrub it by value too.
    options.hooks = {
      logMethod(args, method) {
        const scrubbed = args.map((a) => scrub(a, secrets));
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    };
    options.formatters = {
      log(object) {
        return scrub(object, secrets) as Record<string, unknown>;
      },
    };
  }
  if (setup.destination) return pino(options, setup.destination);
  const pretty = setup.pretty ?? process.stdout.isTTY === true;
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname,app' } } });
  }
  return pino(options);
}

function scrub(value: unknown, secrets: string[], depth = 0): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[redacted]');
    return out;
  }
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    const copy: Record<string, unknown> = { type: value.name, message: scrub(value.message, secrets), stack: scrub(value.stack, secrets) };
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, secrets, depth + 1);
  return out;
}

/** A logger that drops everything (tests and `npm run ask`). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
