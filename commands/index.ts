// The one registry of slash commands: the router, `npm run deploy-commands`, `npm run ask` and
// /help all read this array. Adding a command = one file + one line here + its test.
import type { Command } from './types.ts';
import { articles } from './articles.ts';
import { config } from './config.ts';
import { digest } from './digest.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { source } from './source.ts';
import { summary } from './summary.ts';
import { who } from './who.ts';

export const commands: readonly Command[] = [summary, who, quote, articles, digest, config, source, help];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}
