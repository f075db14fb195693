// /source add | remove | list (moderators): this server's own news feeds, on top of the global
// library. Adding a feed reads it first (a bad URL, a web page, a private address or a dead server
// is refused with the reason) and records its current items as seen: nothing old is announced.
// Adding a paused feed resumes it. The list shows each feed's last success, last error and count.
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { contentHash } from '../src/core/content-hash.ts';
import { DISCORD_LIMITS as LIMITS } from '../src/core/discord-limits.ts';
import type { FeedState } from '../src/sources/feed-poller.ts';
import { FeedPoller, SourceError } from '../src/sources/feed-poller.ts';
import type { FeedsPort } from '../src/sources/start-sources.ts';
import { isModerator } from './config.ts';
import { UserError, type Choice, type Command, type CommandContext, type CommandRequest, type Embed, type Reply } from './types.ts';

/** Feeds one server may add: keeps /source list in one embed and the poller's work bounded. */
export const MAX_FEEDS_PER_GUILD = 25;

function feedsOf(ctx: CommandContext): FeedsPort {
  const port = (ctx as CommandContext & { sources?: Partial<FeedsPort> }).sources;
  if (typeof port?.add !== 'function' || typeof port.remove !== 'function' || typeof port.list !== 'function') {
    throw new UserError('Feeds are not available on this bot right now.');
  }
  return port as FeedsPort;
}

const stamp = (iso: string | undefined): string => (iso === undefined ? 'never' : `<t:${Math.floor(Date.parse(iso) / 1000)}:R>`);
const cut = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
/** Autocomplete values are at most 100 characters: long URLs go by a short id. */
export const feedRef = (url: string): string => (url.length <= 100 ? url : `feed#${contentHash(url).slice(0, 16)}`);

function describeFeed(state: FeedState): string {
  const lines = [
    state.url,
    `Articles: ${state.articleCount} · last success: ${stamp(state.lastSuccessAt)}`,
  ];
  if (state.paused !== undefined) lines.push(`**Paused** ${stamp(state.paused.at)}: ${state.paused.reason}. \`/source add\` it again to resume.`);
  else if (state.failures > 0) lines.push(`Failing (${state.failures}×), next try ${stamp(new Date(state.nextPollAt).toISOString())}`);
  if (state.lastError !== undefined) lines.push(`Last error ${stamp(state.lastErrorAt)}: ${state.lastError}`);
  return cut(lines.join('\n'), LIMITS.fieldValue);
}

async function add(req: CommandRequest, guildId: string, feeds: FeedsPort): Promise<Reply> {
  const url = req.options.getString('url', true);
  let canonical: string;
  try {
    canonical = FeedPoller.feedUrl(url);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const mine = await feeds.list(guildId);
  if (!mine.some((f) => f.url === canonical) && mine.length >= MAX_FEEDS_PER_GUILD) {
    throw new UserError(`This server already has ${MAX_FEEDS_PER_GUILD} feeds, the most it can have. Remove one with \`/source remove\` first.`);
  }
  let result;
  try {
    result = await feeds.add(url, guildId);
  } catch (err) {
    if (err instanceof SourceError) throw new UserError(err.message, 'Give the address of an RSS or Atom feed (often ending in /feed, /rss or .xml).');
    throw err;
  }
  const { state, created, resumed } = result;
  const already = mine.some((f) => f.url === state.url);
  const content = resumed
    ? `Resumed **${cut(state.title, 200)}** (it had been paused); it will be read again within a minute.`
    : already
      ? `**${cut(state.title, 200)}** is already one of this server's feeds.`
      : created
        ? `Added **${cut(state.title, 200)}**. Its current items are recorded as seen; new ones from now on join this server's library.`
        : `Added **${cut(state.title, 200)}** (already read for another server; new items from now on are shared with this one).`;
  return { content: `${content}\n<${state.url}>`, ephemeral: true };
}

function findFeed(ref: string, feeds: FeedState[]): FeedState | undefined {
  const r = ref.trim();
  const canonical = (() => {
    try {
      return FeedPoller.feedUrl(r);
    } catch {
      return undefined;
    }
  })();
  const lower = r.toLowerCase();
  return (
    feeds.find((f) => f.url === r || f.url === canonical || feedRef(f.url) === r) ??
    feeds.find((f) => f.title.toLowerCase() === lower) ??
    feeds.filter((f) => f.title.toLowerCase().includes(lower) || f.url.toLowerCase().includes(lower)).at(0)
  );
}

async function remove(req: CommandRequest, guildId: string, feeds: FeedsPort): Promise<Reply> {
  const ref = req.options.getString('source', true);
  const mine = await feeds.list(guildId);
  const feed = findFeed(ref, mine);
  if (feed === undefined) {
    const hint = mine.length === 0 ? 'This server has no feeds.' : `This server's feeds: ${mine.map((f) => f.title).join(', ')}`;
    throw new UserError(`No feed of this server matches "${cut(ref, 100)}".`, cut(hint, 1000));
  }
  await feeds.remove(feed.url, guildId);
  return { content: `Removed **${cut(feed.title, 200)}**. Articles it brought stay in the library; no new ones are read for this server.`, ephemeral: true };
}

async function list(guildId: string, feeds: FeedsPort): Promise<Reply> {
  const mine = await feeds.list(guildId);
  if (mine.length === 0) return { content: 'This server has no feeds of its own. Add one with `/source add url:<feed address>`.', ephemeral: true };
  const embed: Embed = {
    title: `This server's feeds (${mine.length})`,
    fields: mine.slice(0, LIMITS.fields).map((f) => ({ name: cut(f.paused ? `⏸ ${f.title}` : f.title, LIMITS.fieldName), value: describeFeed(f) })),
    footer: 'Each feed is read every few minutes; a failing one is retried less often and paused after a day.',
  };
  // The 6,000-character budget across an embed: drop fields from the end if needed.
  const size = (): number => (embed.title?.length ?? 0) + (embed.footer?.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  while (size() > LIMITS.embedTotal && (embed.fields?.length ?? 0) > 1) embed.fields?.pop();
  return { embeds: [embed], ephemeral: true };
}

export const source: Command = {
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription("This server's news feeds (moderators)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add an RSS or Atom feed; its new articles join this server’s library')
        .addStringOption((o) => o.setName('url').setDescription('The feed address, https://…').setRequired(true).setMaxLength(2000)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop reading one of this server’s feeds')
        .addStringOption((o) => o.setName('source').setDescription('The feed').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('list').setDescription('This server’s feeds: last success, last error, article count'))
    .toJSON(),
  moderatorOnly: true,
  ephemeral: true,
  async execute(req, ctx) {
    if (req.guildId === null) throw new UserError('Feeds belong to a server: use this command in one.');
    // The router checks too; this keeps `npm run ask` and any other caller honest.
    const moderator =
      ctx.settings !== undefined
        ? await isModerator(req.member, req.guildId, ctx.settings)
        : req.member !== null && (req.member.permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
    if (!moderator) throw new UserError('/source is for moderators: members with Manage Server, or the moderator role set with `/config moderator-role`. Nothing was changed.');
    const feeds = feedsOf(ctx);
    if (req.subcommand === 'add') return add(req, req.guildId, feeds);
    if (req.subcommand === 'remove') return remove(req, req.guildId, feeds);
    return list(req.guildId, feeds);
  },
  async autocomplete(req, ctx): Promise<Choice[]> {
    if (req.guildId === null) return [];
    const port = (ctx as CommandContext & { sources?: Partial<FeedsPort> }).sources;
    if (typeof port?.list !== 'function') return [];
    const q = req.focused.value.trim().toLowerCase();
    const mine = await port.list(req.guildId);
    return mine
      .filter((f) => q === '' || f.title.toLowerCase().includes(q) || f.url.toLowerCase().includes(q))
      .slice(0, LIMITS.choices)
      .map((f) => ({ name: cut(`${f.paused ? '⏸ ' : ''}${f.title} — ${f.url.replace(/^https?:\/\//, '')}`, LIMITS.choiceName), value: feedRef(f.url) }));
  },
};
