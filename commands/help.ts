// /help: what each command does, read from the registry so it never drifts from the definitions.
import { ApplicationCommandOptionType, SlashCommandBuilder } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import type { Command, Embed, EmbedField } from './types.ts';

function usage(name: string, options: readonly APIApplicationCommandOption[] | undefined): string[] {
  const opts = options ?? [];
  const subs = opts.filter(
    (o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  if (subs.length > 0) {
    return subs.flatMap((s) => usage(`${name} ${s.name}`, 'options' in s ? (s.options as APIApplicationCommandOption[]) : []));
  }
  const args = opts.map((o) => (o.required ? `${o.name}:<${o.name}>` : `[${o.name}]`));
  return [`\`/${[name, ...args].join(' ')}\``];
}

export const help: Command = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What each Newsdesk command does')
    .toJSON(),
  ephemeral: true,
  async execute() {
    // Loaded here, not at the top: index.ts imports this file, and a static cycle would hand one of
    // them an unfinished module.
    const { commands } = await import('./index.ts');
    const fields: EmbedField[] = commands.map((c) => ({
      name: `/${c.data.name}${c.moderatorOnly ? ' (moderators)' : ''}`,
      value: `${c.data.description}\n${usage(c.data.name, c.data.options).join('\n')}`,
    }));
    const embed: Embed = {
      title: 'Newsdesk commands',
      description:
        'Newsdesk answers from the articles in its library: summaries, the people in them, and their quotes, verbatim.',
      fields,
    };
    return { embeds: [embed], ephemeral: true };
  },
};
