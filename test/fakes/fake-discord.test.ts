// The fake Discord, exercised with the real discord.js Client: if these pass, the bot's end-to-end
// tests talk to something discord.js accepts as Discord.
import { afterEach, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { Interaction, TextChannel } from 'discord.js';
import { startFakeDiscord, snowflakeForShard, shardOf } from './fake-discord.ts';
import type { FakeDiscord, FakeDiscordOptions } from './fake-discord.ts';
import { assertFitsDiscordLimits } from './discord-limits.ts';

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(
  handler: (interaction: Interaction) => Promise<void> | void = () => {},
  options: FakeDiscordOptions = {},
  clientOptions: { shards?: number[]; shardCount?: number } = {},
): Promise<{ discord: FakeDiscord; client: Client }> {
  const discord = await startFakeDiscord(options);
  cleanups.push(() => discord.stop());
  const client = await login(discord, handler, clientOptions);
  return { discord, client };
}

async function login(
  discord: FakeDiscord,
  handler: (interaction: Interaction) => Promise<void> | void,
  clientOptions: { shards?: number[]; shardCount?: number } = {},
): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl }, ...clientOptions });
  cleanups.push(() => client.destroy());
  client.on(Events.InteractionCreate, (interaction) => {
    void Promise.resolve(handler(interaction)).catch(() => {});
  });
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return client;
}

const echo = async (interaction: Interaction): Promise<void> => {
  if (interaction.isChatInputCommand()) {
    await interaction.reply({ content: `echo ${interaction.commandName}`, allowedMentions: { parse: [] } });
  } else if (interaction.isAutocomplete()) {
    await interaction.respond([{ name: 'one', value: 'one' }]);
  }
};

describe('fake Discord with the real discord.js Client', () => {
  it('logs in to ready with the guild, its channels, roles and the bot member, so permissions compute', async () => {
    const { discord, client } = await setup();
    const guild = client.guilds.cache.get(discord.defaultGuild.id);
    expect(guild?.name).toBe('Newsroom');
    expect(client.user?.id).toBe(discord.botUserId);
    expect(client.application?.id).toBe(discord.applicationId);
    const general = guild?.channels.cache.find((c) => c.name === 'general');
    expect(general?.type).toBe(ChannelType.GuildText);
    expect(guild?.channels.cache.some((c) => c.type === ChannelType.GuildVoice)).toBe(true);
    expect(guild?.channels.cache.some((c) => c.type === ChannelType.GuildCategory)).toBe(true);
    expect(guild?.systemChannelId).toBe(discord.defaultGuild.channel('general').id);
    expect(guild?.roles.everyone.id).toBe(discord.defaultGuild.id);
    const me = guild?.members.me;
    expect(me?.permissionsIn(general!.id).has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(me?.permissions.has(PermissionFlagsBits.ManageGuild)).toBe(false);
    // 17-19 digit snowflakes everywhere.
    for (const id of [discord.defaultGuild.id, discord.botUserId, general!.id]) expect(id).toMatch(/^\d{17,19}$/);
    // Op 8: guild.members.fetch() gets its GUILD_MEMBERS_CHUNK.
    const members = await guild!.members.fetch();
    expect(members.size).toBe(discord.defaultGuild.members.length);
    expect(discord.unknownRequests).toEqual([]);
  });

  it('answers a command with typed options, a subcommand, and reports the reply as the user sees it', async () => {
    const { discord } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const o = interaction.options;
      const text = [
        interaction.commandName,
        o.getSubcommand(false) ?? '-',
        o.getString('name') ?? '-',
        o.getInteger('count') ?? '-',
        o.getBoolean('loud') ?? '-',
        o.getChannel('where')?.name ?? '-',
        o.getRole('role')?.name ?? '-',
        interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ? 'mod' : 'user',
      ].join('|');
      await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    });
    const guild = discord.defaultGuild;
    const reply = await discord.runCommand({
      name: 'who',
      options: {
        name: 'Blinken',
        count: 3,
        loud: true,
        where: { type: 'channel', id: guild.channel('news-digest').id },
        role: { type: 'role', id: guild.role('Moderator').id },
      },
    });
    expect(reply.type).toBe('reply');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('who|-|Blinken|3|true|news-digest|Moderator|user');
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.latencyMs).toBeGreaterThan(0);

    const mod = await discord.runCommand({ name: 'digest', subcommand: 'preview', user: guild.member('moderator').user });
    expect(mod.content).toBe('digest|preview|-|-|-|-|-|mod');
    const forced = await discord.runCommand({ name: 'digest', subcommand: 'preview', memberPermissions: PermissionFlagsBits.ManageGuild });
    expect(forced.content?.endsWith('|mod')).toBe(true);
  });

  it('types options from the registered command definition', async () => {
    const { discord, client } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply(`count=${interaction.options.getNumber('count')}`);
      }
    });
    const body = [
      {
        name: 'pick',
        description: 'Pick',
        options: [{ name: 'count', description: 'How many', type: 10 }],
      },
    ];
    await client.rest.put(Routes.applicationGuildCommands(discord.applicationId, discord.defaultGuild.id), { body });
    // 2 would be sent as an integer if the fake guessed; the definition says NUMBER.
    expect((await discord.runCommand({ name: 'pick', options: { count: 2 } })).content).toBe('count=2');
  });

  it('answers autocomplete with the focused option and enforces the 25-choice limit', async () => {
    const { discord } = await setup(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const focused = interaction.options.getFocused(true);
      const count = focused.value === 'many' ? 26 : 2;
      const choices = Array.from({ length: count }, (_, i) => ({ name: `${focused.name}:${focused.value}:${i}`, value: String(i) }));
      await interaction.respond(choices);
    });
    const choices = await discord.runAutocomplete({ name: 'who', options: { name: 'Bli', article: 'x' }, focused: 'name' });
    expect(choices).toEqual([
      { name: 'name:Bli:0', value: '0' },
      { name: 'name:Bli:1', value: '1' },
    ]);
    const tooMany = discord.dispatchCommand({ name: 'who', options: { name: 'many' }, focused: 'name' }, 'autocomplete');
    await expect.poll(() => tooMany.callbacks[0]?.status, { timeout: 5000 }).toBe(400);
    expect(tooMany.callbacks[0]?.error).toBe('Invalid Form Body');
    expect(tooMany.response).toBeNull();
  });

  it('waits for the edit of a deferred reply and keeps follow-ups', async () => {
    const { discord } = await setup(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await interaction.editReply({ content: 'done', embeds: [{ title: 'T', description: 'D' }], allowedMentions: { parse: [] } });
      await interaction.followUp({ content: 'and more', allowedMentions: { parse: [] } });
    });
    const reply = await discord.runCommand({ name: 'summary' });
    expect(reply.type).toBe('deferred');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('done');
    expect(reply.embeds[0]?.title).toBe('T');
    await expect.poll(() => reply.followups.length, { timeout: 5000 }).toBe(1);
    expect(reply.followups[0]?.content).toBe('and more');
    expect(discord.sentBodies().map((b) => b.kind)).toEqual(['edit', 'followup']);
  });

  it('handles buttons: the reply carries them, a click updates the message', async () => {
    const { discord } = await setup(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'page 1',
          components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'next', label: 'Next' }] }],
        });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `page 2 via ${interaction.customId}` });
      }
    });
    const first = await discord.runCommand({ name: 'articles' });
    expect(first.components).toHaveLength(1);
    const clicked = await discord.clickButton({ customId: 'next' });
    expect(clicked.type).toBe('update');
    expect(first.interaction.original?.content).toBe('page 2 via next');
  });

  it('waits out a 429 on the interaction callback and a 500 on a channel message', async () => {
    const { discord, client } = await setup(echo);
    discord.failNext({ path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfterSeconds: 0.2 });
    const reply = await discord.runCommand({ name: 'help' });
    expect(reply.content).toBe('echo help');
    const callbacks = discord.requests.filter((r) => r.route === '/interactions/:id/:token/callback');
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect(discord.stats.rateLimited).toBe(1);

    discord.failNext({ method: 'POST', path: /\/channels\/\d+\/messages$/, status: 500, count: 2 });
    const channel = (await client.channels.fetch(discord.defaultGuild.channel('general').id)) as TextChannel;
    const sent = await channel.send({ content: 'after two 500s', allowedMentions: { parse: [] } });
    expect(sent.content).toBe('after two 500s');
    expect(discord.channelMessages(channel.id).map((m) => m.content)).toEqual(['after two 500s']);
  });

  it('answers 403 without SendMessages, 404 for a deleted channel, 400 over the limits', async () => {
    const { discord, client } = await setup();
    const guild = discord.defaultGuild;
    const channel = (await client.channels.fetch(guild.channel('news-digest').id)) as TextChannel;
    discord.denyBot(channel.id);
    await expect.poll(() => channel.permissionsFor(client.user!)?.has(PermissionFlagsBits.SendMessages), { timeout: 5000 }).toBe(false);
    await expect(channel.send('x')).rejects.toMatchObject({ status: 403, code: 50013 });

    const general = (await client.channels.fetch(guild.channel('general').id)) as TextChannel;
    await expect(general.send({ content: 'y'.repeat(2001) })).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(general.send({ embeds: [{ description: 'z'.repeat(4097) }] })).rejects.toBeInstanceOf(DiscordAPIError);

    discord.deleteChannel(general.id);
    await expect.poll(() => client.channels.cache.has(general.id), { timeout: 5000 }).toBe(false);
    await expect(client.rest.post(Routes.channelMessages(general.id), { body: { content: 'z' } })).rejects.toMatchObject({ status: 404, code: 10003 });
    expect(discord.channelMessages(general.id)).toEqual([]);
  });

  it('rejects a second acknowledgement and a late one, as Discord does', async () => {
    const answer = async (interaction: Interaction): Promise<void> => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === 'late') await new Promise((resolve) => setTimeout(resolve, 1000));
      await interaction.reply('first');
      if (interaction.commandName === 'twice') {
        const second = { type: 4, data: { content: 'second' } };
        await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: second, auth: false }).catch(() => {});
      }
    };
    const { discord } = await setup(answer);
    const twice = await discord.runCommand({ name: 'twice' });
    expect(twice.content).toBe('first');
    await expect.poll(() => twice.callbacks.map((c) => c.status), { timeout: 5000 }).toEqual([204, 400]);

    const strict = (await setup(answer, { callbackDeadlineMs: 200 })).discord;
    const record = strict.dispatchCommand({ name: 'late' }, 'command');
    await expect.poll(() => record.callbacks.length, { timeout: 5000 }).toBe(1);
    expect(record.callbacks[0]).toMatchObject({ status: 404 });
    expect(record.response).toBeNull();
  });

  it('resumes after close 4000 and a dropped socket, replaying what was missed, and keeps answering', async () => {
    const { discord } = await setup(echo);
    const resumed = discord.nextGatewayEvent('resume');
    discord.closeGateway(4000);
    // Dispatched while the bot is away: delivered when it resumes.
    const missed = discord.runCommand({ name: 'missed' });
    await resumed;
    expect((await missed).content).toBe('echo missed');
    expect(discord.gateway.stats.identifies).toBe(1);

    const again = discord.nextGatewayEvent('resume');
    discord.dropSocket();
    await again;
    expect((await discord.runCommand({ name: 'after-drop' })).content).toBe('echo after-drop');
    expect(discord.gateway.stats.resumes).toBe(2);
  });

  it('follows op 7 reconnect and op 9 invalid session (resumable and not)', async () => {
    const { discord } = await setup(echo);
    let next = discord.nextGatewayEvent('resume');
    discord.sendReconnect();
    await next;
    expect((await discord.runCommand({ name: 'after-op7' })).content).toBe('echo after-op7');

    next = discord.nextGatewayEvent('resume');
    discord.invalidateSession(true);
    await next;
    expect((await discord.runCommand({ name: 'after-op9' })).content).toBe('echo after-op9');

    // Not resumable: discord.js identifies again (its identify throttle waits up to ~6.5 s).
    next = discord.nextGatewayEvent('identify', 15_000);
    discord.invalidateSession(false);
    await next;
    await expect.poll(() => discord.runCommand({ name: 'after-reidentify' }).then((r) => r.content), { timeout: 5000 }).toBe('echo after-reidentify');
    expect(discord.gateway.stats.identifies).toBe(2);
  }, 25_000);

  it('stores registered commands with stable ids, and validates them', async () => {
    const { discord, client } = await setup();
    const body = [{ name: 'who', description: 'Who is who', options: [{ name: 'name', description: 'A name', type: 3, autocomplete: true }] }];
    const first = (await client.rest.put(Routes.applicationCommands(discord.applicationId), { body })) as Array<{ id: string; version: string }>;
    const second = (await client.rest.put(Routes.applicationCommands(discord.applicationId), { body })) as Array<{ id: string; version: string }>;
    expect(second).toEqual(first);
    expect(discord.registeredCommands().map((c) => c.name)).toEqual(['who']);
    expect(discord.registeredCommands(discord.defaultGuild.id)).toEqual([]);
    await expect(client.rest.put(Routes.applicationCommands(discord.applicationId), { body: [{ name: 'Bad Name', description: '' }] })).rejects.toMatchObject({ status: 400 });
    expect(discord.registeredCommands().map((c) => c.name)).toEqual(['who']);
  });

  it('records unknown routes and sends rate-limit headers on every answer', async () => {
    const { discord } = await setup();
    const res = await fetch(`${discord.apiUrl}/v10/nothing/here`, { headers: { authorization: `Bot ${discord.token}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 0 });
    expect(res.headers.get('x-ratelimit-bucket')).toBeTruthy();
    expect(discord.unknownRequests.map((r) => r.path)).toEqual(['/nothing/here']);
    const unauthorized = await fetch(`${discord.apiUrl}/v10/users/@me`);
    expect(unauthorized.status).toBe(401);
  });

  it('enforces a global rate limit with Retry-After, and discord.js stays under it', async () => {
    const { discord, client } = await setup();
    discord.rateLimit({ perSecond: 5 });
    const url = `${discord.apiUrl}/v10/users/@me`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(url, { headers: { authorization: `Bot ${discord.token}` } })));
    const limited = answers.filter((r) => r.status === 429);
    expect(limited.length).toBe(3);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited[0]?.headers.get('x-ratelimit-global')).toBe('true');

    // A client that paces itself at the limit is never refused.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = discord.stats.rateLimited;
    client.rest.options.globalRequestsPerSecond = 5;
    await Promise.all(Array.from({ length: 12 }, () => client.rest.get(Routes.user('@me'))));
    expect(discord.stats.rateLimited).toBe(before);
  });

  it('tells the client about guilds joined and left, and role changes', async () => {
    const { discord, client } = await setup();
    const joined = discord.addGuild({ name: 'Second Desk' });
    await expect.poll(() => client.guilds.cache.get(joined.id)?.name, { timeout: 5000 }).toBe('Second Desk');
    const general = joined.channel('general');
    expect(client.guilds.cache.get(joined.id)?.members.me?.permissionsIn(general.id).has(PermissionFlagsBits.SendMessages)).toBe(true);
    discord.setRolePermissions(joined.id, joined.id, 0n);
    const botRole = joined.role('Newsdesk');
    discord.setRolePermissions(joined.id, botRole.id, PermissionFlagsBits.ViewChannel);
    await expect.poll(() => client.guilds.cache.get(joined.id)?.members.me?.permissionsIn(general.id).has(PermissionFlagsBits.SendMessages), { timeout: 5000 }).toBe(false);
    await expect(client.rest.post(Routes.channelMessages(general.id), { body: { content: 'x' } })).rejects.toMatchObject({ status: 403 });
    discord.removeGuild(joined.id);
    await expect.poll(() => client.guilds.cache.has(joined.id), { timeout: 5000 }).toBe(false);
    discord.clearLogs();
    expect(discord.requests).toEqual([]);
  });

  it('serves two shards, each with only the guilds it owns', async () => {
    const zero = snowflakeForShard(0, 2);
    const one = snowflakeForShard(1, 2);
    expect([shardOf(zero, 2), shardOf(one, 2)]).toEqual([0, 1]);
    const discord = await startFakeDiscord({ guilds: [{ id: zero, name: 'Zero' }, { id: one, name: 'One' }] });
    cleanups.push(() => discord.stop());
    const answer = (shard: number) => async (interaction: Interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(`shard ${shard}`);
    };
    const c0 = await login(discord, answer(0), { shards: [0], shardCount: 2 });
    const c1 = await login(discord, answer(1), { shards: [1], shardCount: 2 });
    expect([...c0.guilds.cache.keys()]).toEqual([zero]);
    expect([...c1.guilds.cache.keys()]).toEqual([one]);
    expect((await discord.runCommand({ name: 'x', guildId: zero })).content).toBe('shard 0');
    expect((await discord.runCommand({ name: 'x', guildId: one })).content).toBe('shard 1');
  });
});

describe('assertFitsDiscordLimits', () => {
  it('accepts a body at the limits and names every broken limit', () => {
    expect(() => assertFitsDiscordLimits({ content: 'a'.repeat(2000), embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4096) }] })).not.toThrow();
    const fields = Array.from({ length: 26 }, () => ({ name: 'n'.repeat(257), value: 'v' }));
    expect(() => assertFitsDiscordLimits({ content: 'a'.repeat(2001), embeds: [{ fields, footer: { text: 'f'.repeat(2049) } }] })).toThrow(
      /content is 2001.*footer.text is 2049.*26 fields.*name is 257/,
    );
    const six = Array.from({ length: 2 }, () => ({ description: 'd'.repeat(3001) }));
    expect(() => assertFitsDiscordLimits({ embeds: six })).toThrow(/total 6002/);
    expect(() => assertFitsDiscordLimits({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) })).toThrow(/11 embeds/);
    expect(() => assertFitsDiscordLimits({ choices: Array.from({ length: 26 }, (_, i) => ({ name: `${i}`, value: `${i}` })) })).toThrow(/26 choices/);
    expect(() => assertFitsDiscordLimits({ choices: [{ name: 'x'.repeat(101), value: 'x' }] })).toThrow(/name is 101/);
  });
});
