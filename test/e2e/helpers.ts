// End-to-end harness: the fake Discord on 127.0.0.1 plus the bot started by the same code as
// `npm start` (startNewsdesk), pointed at the fake with DISCORD_API_URL, with a temporary
// ARTICLES_DIR holding the seed article and whatever articles a test adds.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { APIEmbed } from 'discord.js';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { commands as registry } from '../../commands/index.ts';
import { startNewsdesk } from '../../src/app.ts';
import type { Newsdesk, NewsdeskOverrides } from '../../src/app.ts';
import { assertFitsDiscordLimits, startFakeDiscord } from '../fakes/fake-discord.ts';
import type { Body, FakeDiscord, FakeDiscordOptions } from '../fakes/fake-discord.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SEED_ARTICLE = join(here, '..', 'fixtures', 'gold', 'seed-article.txt');

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface BotHarness {
  discord: FakeDiscord;
  app: Newsdesk;
  articlesDir: string;
  /** Every line the bot logged (pino JSON, parsed). */
  logs: LogLine[];
  /** Every log line as the raw text pino wrote (to look for leaked secrets). */
  rawLogs: string[];
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Extra article files: name (ending in .txt) → text (first line is the headline). */
  articles?: Record<string, string>;
  /** Leave the seed article out. */
  withoutSeed?: boolean;
  overrides?: Omit<NewsdeskOverrides, 'logger'>;
  fake?: FakeDiscordOptions;
}

/** A pino logger that keeps its JSON lines in memory, at debug level so the tests see everything. */
export function memoryLogger(): { logger: Logger; logs: LogLine[]; rawLogs: string[] } {
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        rawLogs.push(line);
        logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), logs, rawLogs };
}

export async function startBot(options: BotOptions = {}): Promise<BotHarness> {
  const articlesDir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));
  if (!options.withoutSeed) copyFileSync(SEED_ARTICLE, join(articlesDir, 'seed-article.txt'));
  for (const [name, text] of Object.entries(options.articles ?? {})) writeFileSync(join(articlesDir, name), text);
  const discord = await startFakeDiscord({
    // The registry's JSON types each option exactly as Discord would (string, integer, channel...).
    commandDefinitions: (options.overrides?.commands ?? registry).map((c) => c.data as unknown as Body),
    ...options.fake,
  });
  const { logger, logs, rawLogs } = memoryLogger();
  let app: Newsdesk;
  try {
    app = await startNewsdesk(
      {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        ARTICLES_DIR: articlesDir,
        LOG_LEVEL: 'debug',
        // Settings and digest claims in memory: nothing written under data/, nothing shared between tests.
        STORE_URL: 'memory://',
      },
      { readyTimeoutMs: 10_000, ...options.overrides, logger },
    );
  } catch (error) {
    await discord.stop();
    rmSync(articlesDir, { recursive: true, force: true });
    throw error;
  }
  return {
    discord,
    app,
    articlesDir,
    logs,
    rawLogs,
    async stop() {
      await app.stop();
      await discord.stop();
      rmSync(articlesDir, { recursive: true, force: true });
    },
  };
}

/** Every message body the bot sent fits Discord's limits and pings no one. */
export function expectEverySentBodySafe(discord: FakeDiscord): number {
  const bodies = discord.sentBodies();
  for (const sent of bodies) {
    assertFitsDiscordLimits(sent.body);
    const allowed = sent.body.allowed_mentions as { parse?: unknown } | undefined;
    if (!allowed || !Array.isArray(allowed.parse) || allowed.parse.length !== 0) {
      throw new Error(`${sent.kind} ${sent.method} ${sent.path} was sent without allowed_mentions.parse = []: ${JSON.stringify(sent.body.allowed_mentions)}`);
    }
  }
  for (const r of discord.requests) {
    if (r.route === '/interactions/:id/:token/callback' && (r.body as Body | null)?.type === 8) {
      assertFitsDiscordLimits({ choices: ((r.body as Body).data as Body | undefined)?.choices ?? [] });
    }
  }
  return bodies.length;
}

/** All the visible text of a reply: content, embed titles, descriptions, fields and footers. */
export function textOf(reply: { content?: string | undefined; embeds: readonly APIEmbed[] }): string {
  const parts: string[] = [reply.content ?? ''];
  for (const embed of reply.embeds) {
    parts.push(embed.title ?? '', embed.description ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text ?? '');
  }
  return parts.join('\n');
}

/** Straight and curly quote marks and apostrophes compared as one. */
export function normalizeMarks(text: string): string {
  return text.replace(/[“”"]/g, '"').replace(/[‘’']/g, "'");
}
