// Configuration from the environment. loadConfig is pure (it takes the env as an argument) and
// reports every problem at once, so a first run is fixed in one go rather than one error at a time.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const configSchema = z.object({
  DISCORD_TOKEN: z.preprocess(blankToUndefined, z.string().min(10, 'looks too short to be a bot token').optional()),
  DISCORD_CLIENT_ID: z.preprocess(blankToUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
  ARTICLES_DIR: z.preprocess(blankToUndefined, z.string().default('data/articles')),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  NODE_ENV: z.preprocess(blankToUndefined, z.string().optional()),
  /** Where guild settings live: sqlite://path (default, created if missing), redis://host:port, memory://. */
  STORE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(sqlite:\/\/.+|rediss?:\/\/.+|memory:(\/\/)?)$/i, 'must be sqlite://path, redis://host:port or memory://')
      .default('sqlite://data/newsdesk.sqlite'),
  ),
  /** A digest slot missed by downtime is still sent if it is less than this old (minutes). */
  DIGEST_CATCH_UP_MINUTES: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(1440).default(60)),
  /** Digest posts per second for the whole bot, kept under Discord's global 50 requests/s (shard processes split it). */
  DIGEST_SENDS_PER_SECOND: z.preprocess(blankToUndefined, z.coerce.number().min(1).max(50).default(48)),
  /** A digest slot claimed by a process that then died is taken over after this long (seconds). */
  DIGEST_LEASE_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().min(0.5).max(3600).default(120)),
  /** How often the digest scheduler looks for due slots (seconds). */
  DIGEST_TICK_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().min(0.1).max(300).default(30)),
  /** Feed-polling lease (STORE_URL=redis://): a dead poller's feeds are taken over after about this long. */
  FEED_LEASE_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().min(0.1).max(3600).default(30)),
});

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
  return { ok: false, problems };
}

/** What `npm start` prints when there is no token: how to get one and how to try the bot without. */
export const MISSING_TOKEN_HELP = [
  'DISCORD_TOKEN is not set, so Newsdesk cannot log in to Discord.',
  '',
  'To get a token: https://discord.com/developers/applications -> New Application ->',
  '  Bot -> Reset Token, and copy it (the README section "The bot" explains inviting it).',
  'Put it in .env (copy .env.example to .env) as DISCORD_TOKEN=..., or in the environment.',
  '',
  "To try the commands without Discord: npm run ask -- '/summary'   (npm run ask -- --help lists them)",
].join('\n');

/** Config problems as printed by the scripts: one per line, then a pointer to .env.example. */
export function formatProblems(problems: string[]): string {
  return ['Newsdesk configuration problems:', ...problems.map((p) => `  - ${p}`), 'See .env.example for every variable.'].join('\n');
}
