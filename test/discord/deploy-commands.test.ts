// deploy-commands against the fake Discord: the registry goes up in one bulk PUT, guild-scoped when
// DISCORD_GUILD_ID is set, and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Config } from '../../src/config.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeDiscord } from '../fakes/fake-discord.ts';

function config(env: Record<string, string>): Config {
  const r = loadConfig(env);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.config;
}

describe('deploy-commands', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await discord.stop();
  });

  it('registers every command of the registry in the guild, and twice changes nothing', async () => {
    const guildId = discord.defaultGuild.id;
    const cfg = config({ DISCORD_TOKEN: discord.token, DISCORD_CLIENT_ID: discord.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: discord.apiUrl });
    const first = await deployCommands(cfg);
    expect(first.scope).toBe('guild');
    expect(first.names.sort()).toEqual(commands.map((c) => c.data.name).sort());
    const before = discord.registeredCommands(guildId).map((c) => ({ id: c.id, version: c.version, name: c.name }));
    await deployCommands(cfg);
    const after = discord.registeredCommands(guildId).map((c) => ({ id: c.id, version: c.version, name: c.name }));
    expect(after).toEqual(before);
    expect(discord.registeredCommands()).toEqual([]);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const cfg = config({ DISCORD_TOKEN: discord.token, DISCORD_CLIENT_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl });
    const result = await deployCommands(cfg);
    expect(result.scope).toBe('global');
    expect(discord.registeredCommands().map((c) => c.name).sort()).toEqual(commands.map((c) => c.data.name).sort());
  });

  it('says what is missing without a client id', async () => {
    await expect(deployCommands(config({ DISCORD_TOKEN: discord.token }))).rejects.toThrow(/DISCORD_CLIENT_ID/);
  });
});
