// `npm run ask -- '/who name:Blinken'`: runs one slash command through the same handlers the bot
// uses, with a local context (the library from ARTICLES_DIR), and prints the reply as text.
import 'dotenv/config';
import { pino } from 'pino';
import { commands } from '../../commands/index.ts';
import type { CommandContext, Reply } from '../../commands/types.ts';
import { isUserError, UserError } from '../../commands/types.ts';
import { LIBRARY_SUMMARY_LENGTH } from '../app.ts';
import { formatProblems, loadConfig } from '../config.ts';
import { systemClock } from '../core/clock.ts';
import { extractArticle } from '../core/extract/index.ts';
import { checkRequest } from '../discord/request.ts';
import { loadSourcesConfig } from '../sources/sources-config.ts';
import { startSources } from '../sources/start-sources.ts';
import { openSettingsStore } from '../storage/settings-store.ts';
import { parseAsk } from './ask-parse.ts';
import { replyToText } from './reply-text.ts';

/** The guild `ask` pretends to be in, so guild commands (settings) work locally. */
export const ASK_GUILD_ID = '100000000000000001';

const USAGE = `Usage: npm run ask -- '/command [subcommand] option:value option:"a value with spaces"'

Runs a Newsdesk slash command without Discord, on the articles in ARTICLES_DIR (default data/articles).

Commands:
${commands.map((c) => `  /${c.data.name.padEnd(10)} ${c.data.description}`).join('\n')}

Examples:
  npm run ask -- '/summary length:short'
  npm run ask -- '/who name:Blinken'
  npm run ask -- '/quote speaker:"Linda Thomas-Greenfield"'
  npm run ask -- '/articles query:ceasefire'`;

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  const json = argv.includes('--json');
  const line = argv.filter((a) => a !== '--json').join(' ');
  const parsedConfig = loadConfig({ ...process.env, DISCORD_TOKEN: undefined });
  if (!parsedConfig.ok) {
    console.error(formatProblems(parsedConfig.problems));
    return 1;
  }
  const config = parsedConfig.config;
  const { command, request } = parseAsk(line, { commands, guildId: ASK_GUILD_ID, userId: '100000000000000002' });
  checkRequest(command, request);
  // Warnings (a broken article file) go to stderr; stdout carries only the answer.
  const logger = pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }, pino.destination(2));
  // The same library as the bot's (issue 6: .txt, .md, .html, .json), read once: no watching, no
  // feeds, nothing written to the bot's store.
  const sourcesConfig = loadSourcesConfig(process.env);
  if (!sourcesConfig.ok) {
    console.error(formatProblems(sourcesConfig.problems));
    return 1;
  }
  const sources = await startSources({
    articlesDir: config.ARTICLES_DIR,
    storeUrl: 'memory://',
    config: sourcesConfig.config,
    logger,
    clock: systemClock,
    extract: (text, opts) => extractArticle(text, { summaryLength: LIBRARY_SUMMARY_LENGTH, ...opts }),
    live: false,
  });
  const library = sources.library;
  // Settings live in memory for the length of one question: /config works, and changes nothing real.
  const settings = openSettingsStore('memory://', { logger });
  const context: CommandContext = {
    library,
    settings,
    logger,
    clock: systemClock,
    random: Math.random,
    discord: {
      async channelInfo() {
        throw new UserError('This needs Discord: `npm run ask` cannot look at channels.');
      },
      async send(channelId: string, message: Reply) {
        console.log(`(would post to channel ${channelId}:)\n${replyToText(message)}\n`);
        return { id: 'local' };
      },
    },
  };
  const reply = await command.execute(request, context).finally(() => Promise.all([settings.close(), sources.stop()]));
  console.log(json ? JSON.stringify(reply, null, 2) : replyToText(reply));
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (isUserError(err)) {
    console.error(err.hint ? `${err.message}\n${err.hint}` : err.message);
  } else {
    console.error('ask failed:', err instanceof Error ? (err.stack ?? err.message) : err);
  }
  process.exitCode = 1;
}
