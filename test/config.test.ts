import { describe, expect, it } from 'vitest';
import { loadConfig, MISSING_TOKEN_HELP } from '../src/config.ts';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const r = loadConfig({ DISCORD_TOKEN: 'a-token-long-enough' });
    expect(r).toMatchObject({ ok: true, config: { DISCORD_TOKEN: 'a-token-long-enough', ARTICLES_DIR: 'data/articles', LOG_LEVEL: 'info' } });
  });

  it('lists every problem at once', () => {
    const r = loadConfig({
      DISCORD_TOKEN: 'short',
      DISCORD_CLIENT_ID: 'abc',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'ftp://example.org',
      LOG_LEVEL: 'loud',
    });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toHaveLength(5);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL']) {
      expect(problems.some((p) => p.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('treats blank values as unset and trims the API URL', () => {
    const r = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', DISCORD_API_URL: 'http://127.0.0.1:8080/api/', LOG_LEVEL: 'DEBUG' });
    expect(r).toMatchObject({ ok: true, config: { DISCORD_API_URL: 'http://127.0.0.1:8080/api', ARTICLES_DIR: 'data/articles', LOG_LEVEL: 'debug' } });
    const config = r.ok ? r.config : undefined;
    expect(config?.DISCORD_TOKEN).toBeUndefined();
    expect(config?.DISCORD_GUILD_ID).toBeUndefined();
  });

  it('the missing-token help says how to create a bot, where the token goes and how to try ask', () => {
    expect(MISSING_TOKEN_HELP).toMatch(/Developer|developers/);
    expect(MISSING_TOKEN_HELP).toContain('.env');
    expect(MISSING_TOKEN_HELP).toContain('npm run ask');
  });
});
