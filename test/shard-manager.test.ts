// `npm run start:sharded` (src/shard-manager.ts): the shard count from SHARD_COUNT or from the
// configured Discord's GET /gateway/bot; then the real manager as a child process against the fake
// Discord with two shards: each shard process gets only its own guild, both answer, a SIGKILLed
// shard is respawned and answers again, SIGTERM stops everything with exit 0 and no token printed.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commands as registry } from '../commands/index.ts';
import { Client } from 'discord.js';
import { shardShare } from '../src/app.ts';
import { ShardStartError, resolveShardCount, startShardManager } from '../src/shard-manager.ts';
import { snowflakeForShard, startFakeDiscord } from './fakes/fake-discord.ts';
import type { FakeDiscord } from './fakes/fake-discord.ts';
import { SEED_ARTICLE, textOf } from './e2e/helpers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fake(recommendedShards: number, guildIds: string[] = []): Promise<FakeDiscord> {
  const discord = await startFakeDiscord({
    recommendedShards,
    ...(guildIds.length > 0 ? { guilds: guildIds.map((id, i) => ({ id, name: `Guild ${i}` })) } : {}),
    commandDefinitions: registry.map((c) => c.data as unknown as Record<string, unknown>),
  });
  cleanups.push(() => discord.stop());
  return discord;
}

describe('resolveShardCount', () => {
  it('takes SHARD_COUNT when set, refuses a bad one', async () => {
    expect(await resolveShardCount({ SHARD_COUNT: '4' })).toBe(4);
    await expect(resolveShardCount({ SHARD_COUNT: 'two' })).rejects.toThrow(/SHARD_COUNT must be a whole number/);
    await expect(resolveShardCount({ SHARD_COUNT: '0' })).rejects.toBeInstanceOf(ShardStartError);
  });

  it("asks the configured Discord's /gateway/bot otherwise (not discord.com)", async () => {
    const discord = await fake(3);
    expect(await resolveShardCount({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl })).toBe(3);
    expect(await resolveShardCount({ SHARD_COUNT: 'auto', DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl })).toBe(3);
    const refused = resolveShardCount({ DISCORD_TOKEN: 'not-the-right-token-at-all', DISCORD_API_URL: discord.apiUrl });
    await expect(refused).rejects.toThrow(/refused the token/);
    await expect(resolveShardCount({})).rejects.toThrow(/DISCORD_TOKEN is not set/);
  });

  it('refuses to start shards without a token, with the same help as npm start', async () => {
    await expect(startShardManager({ SHARD_COUNT: '2' })).rejects.toThrow(/DISCORD_TOKEN is not set, so Newsdesk cannot log in/);
  });
});

describe('shardShare: the part of the 50/s a process may use for digests', () => {
  it('is 1 unsharded, 1/2 for one shard of two, 1 for all shards in one process', async () => {
    const share = (options: { shards?: number[]; shardCount?: number }): number => shardShare(new Client({ intents: [], ...options }));
    expect(share({})).toBe(1);
    expect(share({ shards: [1], shardCount: 2 })).toBe(0.5);
    expect(share({ shards: [0, 1, 2, 3], shardCount: 4 })).toBe(1);
  });
});

describe('npm run start:sharded against the fake Discord', () => {
  it('runs one process per shard, each answering its own guild; respawns a killed shard; SIGTERM exits 0', async () => {
    const g0 = snowflakeForShard(0, 2);
    const g1 = snowflakeForShard(1, 2);
    const discord = await fake(2, [g0, g1]);
    const articles = mkdtempSync(join(tmpdir(), 'newsdesk-shards-'));
    cleanups.push(() => rmSync(articles, { recursive: true, force: true }));
    copyFileSync(SEED_ARTICLE, join(articles, 'seed-article.txt'));

    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/shard-manager.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DOTENV_CONFIG_PATH: join(root, 'does-not-exist.env'),
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        ARTICLES_DIR: articles,
        STORE_URL: 'memory://',
        LOG_LEVEL: 'info',
        SHARD_SPAWN_DELAY_MS: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const shardPids = (): Map<number, number> => {
      const pids = new Map<number, number>();
      for (const line of output.split('\n')) {
        if (!line.includes('"shard ready"')) continue;
        const entry = JSON.parse(line) as { shardId: number; pid: number };
        pids.set(entry.shardId, entry.pid);
      }
      return pids;
    };
    cleanups.push(async () => {
      if (child.exitCode === null) {
        for (const pid of shardPids().values()) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        child.kill('SIGKILL');
        await exited;
      }
    });
    const until = async (check: () => boolean, what: string, timeoutMs = 25_000): Promise<void> => {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    await until(() => /every shard is ready/.test(output), 'both shards');
    expect(discord.gateway.stats.identifies).toBe(2);
    // Each shard process saw exactly its own guild.
    const readyLines = output.split('\n').filter((l) => l.includes('"newsdesk ready"'));
    expect(readyLines).toHaveLength(2);
    for (const line of readyLines) expect((JSON.parse(line) as { guilds: number }).guilds).toBe(1);
    for (const guildId of [g0, g1]) {
      const reply = await discord.runCommand({ guildId, name: 'who', options: { name: 'Blinken' } });
      expect(textOf(reply)).toContain('Antony Blinken');
    }

    // A shard process that dies is started again and answers its guild again.
    const before = shardPids();
    expect(before.size).toBe(2);
    process.kill(before.get(1)!, 'SIGKILL');
    await until(() => shardPids().get(1) !== before.get(1), 'shard 1 to be respawned');
    expect(discord.gateway.stats.identifies).toBe(3);
    const again = await discord.runCommand({ guildId: g1, name: 'who', options: { name: 'Blinken' } });
    expect(textOf(again)).toContain('Antony Blinken');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of shardPids().values()) expect(() => process.kill(pid, 0)).toThrow();
    expect(output).not.toContain(discord.token);
  }, 60_000);
});
