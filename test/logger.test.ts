import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';

describe('logger', () => {
  it('redacts the token by path and by value, everywhere', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', destination: { write: (l: string) => void lines.push(l) }, secrets: [TOKEN] });
    log.info({ config: { DISCORD_TOKEN: TOKEN }, token: TOKEN }, 'starting');
    log.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'request');
    log.error({ err: new Error(`login failed for ${TOKEN}`) }, 'oops %s', TOKEN);
    log.child({ interaction: '1' }).warn(`token is ${TOKEN}`);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('writes JSON lines when not pretty', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', destination: { write: (l: string) => void lines.push(l) } });
    log.child({ interaction: '42', guild: '7', user: '9', command: 'who' }).info('answered');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ interaction: '42', guild: '7', user: '9', command: 'who', msg: 'answered' });
  });
});
