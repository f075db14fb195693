// A reply as plain text for a terminal: embeds as headed blocks, Discord timestamps as dates,
// markdown links as "text (url)", bold markers dropped.
import type { Reply } from '../../commands/types.ts';
import { fitReply } from '../discord/render.ts';

function plain(text: string): string {
  return text
    .replace(/<t:(\d+)(?::([tTdDfFR]))?>/g, (_m, secs: string, style?: string) => {
      const iso = new Date(Number(secs) * 1000).toISOString();
      return style === 'D' || style === 'd' ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
    })
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)')
    .replace(/\*\*/g, '');
}

export function replyToText(reply: Reply): string {
  const fitted = fitReply(reply);
  const out: string[] = [];
  if (fitted.content !== undefined) out.push(plain(fitted.content));
  for (const e of fitted.embeds ?? []) {
    if (out.length > 0) out.push('');
    if (e.title !== undefined) {
      const title = plain(e.title);
      out.push(title, '='.repeat(Math.min(title.length, 72)));
    }
    if (e.url !== undefined) out.push(e.url);
    if (e.description !== undefined) out.push(plain(e.description));
    for (const f of e.fields ?? []) out.push('', `${plain(f.name)}:`, ...plain(f.value).split('\n').map((l) => `  ${l}`));
    if (e.footer !== undefined) out.push('', `(${plain(e.footer)})`);
  }
  for (const row of fitted.components ?? []) out.push('', row.map((b) => `[ ${b.label} ]`).join(' '));
  if (fitted.ephemeral) out.push('', '(only you would see this on Discord)');
  return out.join('\n');
}
