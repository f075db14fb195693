// `npm start` as a user runs it: exit 1 with help without a token; with one (pointed at the fake
// Discord), ready, then a clean stop on SIGTERM with exit 0.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord } from './fakes/fake-discord.ts';
import type { FakeDiscord } from './fakes/fake-discord.ts';

const root = new URL('../', import.meta.url).pathname;
// By path: the child runs in a temporary folder, where `--import tsx` would not resolve.
const tsx = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

function start(env: Record<string, string>): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  // An empty cwd: dotenv must not pick up a developer's .env.
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/main.ts')], {
    cwd: env.CWD ?? root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (src/main.ts)', () => {
  let discord: FakeDiscord;
  let dir: string;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-main-'));
    await copyFile(new URL('./fixtures/gold/seed-article.txt', import.meta.url), join(dir, 'seed-article.txt'));
  });
  afterAll(async () => {
    await discord.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('without a token: exit 1, how to get one, where to put it, how to try ask', async () => {
    const run = start({ CWD: dir });
    expect(await run.exited).toBe(1);
    expect(run.out()).toContain('DISCORD_TOKEN is not set');
    expect(run.out()).toContain('.env');
    expect(run.out()).toContain('npm run ask');
  });

  it('with a bad setting: exit 1 listing it', async () => {
    const run = start({ CWD: dir, DISCORD_TOKEN: discord.token, LOG_LEVEL: 'loud', DISCORD_API_URL: 'nope' });
    expect(await run.exited).toBe(1);
    expect(run.out()).toContain('LOG_LEVEL');
    expect(run.out()).toContain('DISCORD_API_URL');
  });

  it('with a token: ready against the fake Discord, then SIGTERM stops it cleanly (exit 0)', async () => {
    const run = start({
      CWD: dir,
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      ARTICLES_DIR: dir,
      STORE_URL: 'memory://',
      LOG_LEVEL: 'info',
    });
    try {
      await until(() => run.out().includes('newsdesk ready'), 15_000);
      const reply = await discord.runCommand({ name: 'who', options: { name: 'Blinken' } });
      expect(JSON.stringify(reply)).toContain('Antony Blinken');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.out()).not.toContain(discord.token);
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  });
});
