// `npm run deploy-commands`: registers the registry's commands with one bulk PUT (guild commands
// when DISCORD_GUILD_ID is set: they update at once; global otherwise). A bulk PUT replaces the set,
// so running it twice changes nothing.
import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.ts';
import type { CommandData } from '../../commands/types.ts';
import { formatProblems, loadConfig } from '../config.ts';
import type { Config } from '../config.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
  names: string[];
}

export async function deployCommands(config: Config, data: readonly CommandData[] = commands.map((c) => c.data)): Promise<DeployResult> {
  if (config.DISCORD_TOKEN === undefined || config.DISCORD_CLIENT_ID === undefined) {
    throw new Error('deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID (the application id, in the Developer Portal under General Information).');
  }
  const rest = new REST(config.DISCORD_API_URL !== undefined ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const route =
    config.DISCORD_GUILD_ID !== undefined
      ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
      : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const registered = (await rest.put(route, { body: data })) as { name: string }[];
  return { scope: config.DISCORD_GUILD_ID !== undefined ? 'guild' : 'global', count: registered.length, names: registered.map((c) => c.name) };
}

async function main(): Promise<number> {
  await import('dotenv/config');
  const parsed = loadConfig(process.env);
  if (!parsed.ok) {
    console.error(formatProblems(parsed.problems));
    return 1;
  }
  try {
    const result = await deployCommands(parsed.config);
    const where = result.scope === 'guild' ? `in guild ${parsed.config.DISCORD_GUILD_ID}` : 'globally (they can take a while to appear)';
    console.log(`Registered ${result.count} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}`);
    return 0;
  } catch (err) {
    console.error(`deploy-commands failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

// Run only as a script, so tests can import deployCommands.
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main();
}
