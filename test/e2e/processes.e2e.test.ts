// The real entry points as child processes against the fake Discord: `npm start` (src/main.ts)
// answers commands and stops cleanly; without a token it exits 1 with help; `npm run
// deploy-commands` registers the registry, and running it twice changes nothing.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commands as registry } from '../../commands/index.ts';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import { SEED_ARTICLE, textOf } from './helpers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Child {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function run(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], {
    cwd: root,
    // No .env from the working tree: only what the test gives.
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: join(root, 'does-not-exist.env'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return { output: () => output, exited, kill: (signal) => child.kill(signal) };
}

async function fake(): Promise<FakeDiscord> {
  const discord = await startFakeDiscord({ commandDefinitions: registry.map((c) => c.data as unknown as Record<string, unknown>) });
  cleanups.push(() => discord.stop());
  return discord;
}

async function until(check: () => boolean, what: string, child: Child, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the real entry points against the fake Discord', () => {
  it('npm start answers /who, never logs the token, and exits 0 on SIGTERM', async () => {
    const discord = await fake();
    const articles = mkdtempSync(join(tmpdir(), 'newsdesk-start-'));
    cleanups.push(() => rmSync(articles, { recursive: true, force: true }));
    copyFileSync(SEED_ARTICLE, join(articles, 'seed-article.txt'));
    const bot = run('src/main.ts', {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: articles,
      LOG_LEVEL: 'info',
      STORE_URL: 'memory://',
    });
    await until(() => discord.gateway.stats.identifies === 1 && /newsdesk ready/.test(bot.output()), 'the bot to be ready', bot, 30_000);
    const reply = await discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
    expect(textOf(reply)).toContain('Antony Blinken');
    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).not.toContain(discord.token);
  }, 40_000);

  it('npm start without a token exits 1 and says how to get one and how to try `npm run ask`', async () => {
    const bot = run('src/main.ts', { ARTICLES_DIR: join(root, 'data', 'articles') });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/DISCORD_TOKEN/);
    expect(bot.output()).toMatch(/npm run ask/);
  }, 30_000);

  it('npm run deploy-commands registers the registry; a second run changes nothing', async () => {
    const discord = await fake();
    const guildId = discord.defaultGuild.id;
    const env = { DISCORD_TOKEN: discord.token, DISCORD_CLIENT_ID: discord.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: discord.apiUrl };
    const first = run('src/discord/deploy-commands.ts', env);
    expect(await first.exited, first.output()).toBe(0);
    const registered = discord.registeredCommands(guildId);
    expect(registered.map((c) => c.name).sort()).toEqual(registry.map((c) => c.data.name).sort());
    expect(discord.registeredCommands()).toEqual([]);
    const second = run('src/discord/deploy-commands.ts', env);
    expect(await second.exited, second.output()).toBe(0);
    // Same ids and versions: Discord saw no change.
    expect(discord.registeredCommands(guildId)).toEqual(registered);
    expect(discord.unknownRequests).toEqual([]);
  }, 40_000);
});
