import { describe, expect, it } from 'vitest';
import { embedLength, fitChoices, fitReply, toMessagePayload, toReplyPayload, truncate } from '../../src/discord/render.ts';
import { DISCORD_LIMITS as LIMITS } from '../../src/core/discord-limits.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('hello world', 20)).toBe('hello world');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const t = truncate('The quick brown fox jumps over the lazy dog', 20);
    expect(t.length).toBeLessThanOrEqual(20);
    expect(t).toBe('The quick brown fox…');
  });

  it('cuts inside a word only when there is no boundary nearby', () => {
    const t = truncate('a'.repeat(50), 10);
    expect(t).toBe(`${'a'.repeat(9)}…`);
  });

  it('never splits an emoji (surrogate pair)', () => {
    const t = truncate(`${'x'.repeat(8)}😀😀😀`, 10);
    expect(t.length).toBeLessThanOrEqual(10);
    expect(t.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(t)).toBe(false);
  });
});

describe('fitReply', () => {
  it('fits content to 2,000 characters', () => {
    const r = fitReply({ content: words(1000) });
    expect(r.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(r.content?.endsWith('…')).toBe(true);
  });

  it('fits every embed limit and 6,000 across embeds', () => {
    const big = {
      title: words(100),
      description: words(2000),
      footer: words(800),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${words(60)}`, value: words(400) })),
    };
    const r = fitReply({ embeds: Array.from({ length: 12 }, () => big) });
    const embeds = r.embeds ?? [];
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.footer?.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        expect(f.value.trim()).not.toBe('');
      }
    }
  });

  it('keeps a reply that fits unchanged, and is never empty', () => {
    const ok = { content: 'hi', embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v', inline: true }] }] };
    expect(fitReply(ok)).toEqual(ok);
    expect(fitReply({}).content).toBeTruthy();
  });

  it('replaces an empty field value instead of letting Discord reject it', () => {
    const r = fitReply({ embeds: [{ title: 't', fields: [{ name: 'n', value: '' }] }] });
    expect(r.embeds?.[0]?.fields?.[0]?.value.length).toBeGreaterThan(0);
  });
});

describe('payloads', () => {
  it('every payload parses no mentions, so "@everyone" pings no one', () => {
    const reply = { content: '@everyone @here <@123456789012345678>', embeds: [{ description: '@everyone' }] };
    expect(toMessagePayload(reply).allowedMentions).toEqual({ parse: [] });
    expect(toReplyPayload(reply).allowedMentions).toEqual({ parse: [] });
  });

  it('ephemeral replies carry the flag; others do not', () => {
    expect(toReplyPayload({ content: 'x', ephemeral: true }).flags).toBe(64);
    expect(toReplyPayload({ content: 'x' }).flags).toBeUndefined();
    expect(toReplyPayload({ content: 'x' }, true).flags).toBe(64);
  });

  it('buttons become an action row', () => {
    const p = toMessagePayload({ content: 'sure?', components: [[{ kind: 'button', customId: 'config:reset', label: 'Reset', style: 'danger' }]] });
    expect(p.components[0]?.components[0]).toMatchObject({ type: 2, custom_id: 'config:reset', style: 4, label: 'Reset' });
  });
});

describe('fitChoices', () => {
  it('at most 25, names at most 100, order kept, duplicates dropped', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${words(50)}`, value: `v${i % 30}` }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    expect(fitted[0]?.value).toBe('v0');
    for (const c of fitted) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(new Set(fitted.map((c) => c.value)).size).toBe(25);
  });

  it('drops a value Discord would refuse rather than change it', () => {
    expect(fitChoices([{ name: 'long', value: 'x'.repeat(101) }, { name: 'ok', value: 'ok' }])).toEqual([{ name: 'ok', value: 'ok' }]);
  });
});
