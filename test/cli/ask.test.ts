// `npm run ask` spawned as a user runs it: the same handlers, text on stdout, errors on stderr.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAsk, tokenize } from '../../src/cli/ask-parse.ts';
import { commands } from '../../commands/index.ts';
import { UserError } from '../../commands/types.ts';

const root = new URL('../../', import.meta.url).pathname;

function ask(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run ask', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdesk-ask-'));
    await copyFile(new URL('../fixtures/gold/seed-article.txt', import.meta.url), join(dir, 'seed-article.txt'));
    env = { ARTICLES_DIR: dir, LOG_LEVEL: 'warn', STORE_URL: 'memory://' };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('/who name:Blinken prints the person card as text', async () => {
    const r = await ask(['/who name:Blinken'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Antony Blinken');
    expect(r.stdout).toContain('US Secretary of State');
  });

  it('accepts quoted values and unquoted multi-word values', async () => {
    const quoted = await ask(['/quote speaker:"Linda Thomas-Greenfield"'], env);
    expect(quoted.code).toBe(0);
    expect(quoted.stdout).toContain('Russia prioritized politics over advancement once more');
    const bare = await ask(['/who', 'name:Antony', 'Blinken'], env);
    expect(bare.stdout).toContain('US Secretary of State');
  });

  it('an unknown command or option is a friendly error and exit 1', async () => {
    const unknown = await ask(['/weather'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown command /weather');
    expect(unknown.stderr).toContain('/summary');
    const badOption = await ask(['/who nom:Blinken'], env);
    expect(badOption.code).toBe(1);
    expect(badOption.stderr).toMatch(/no option “nom”[\s\S]*name, article/);
    const badChoice = await ask(['/summary length:huge'], env);
    expect(badChoice.code).toBe(1);
    expect(badChoice.stderr).toContain('short, medium, long');
  });

  it('--help lists every command', async () => {
    const r = await ask(['--help'], env);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(`/${c.data.name}`);
  });
});

describe('ask parsing', () => {
  const ctx = { commands, guildId: '100000000000000001', userId: '1' };
  it('tokenizes quotes, including after name:', () => {
    expect(tokenize(`/who name:"Antony Blinken" article:'a b'`)).toEqual(['/who', 'name:Antony Blinken', 'article:a b']);
    expect(() => tokenize('/who name:"open')).toThrow(UserError);
  });

  it('coerces to the option types and choices', () => {
    const { request } = parseAsk('/summary length:Long article:seed', ctx);
    expect(request.options.getString('length')).toBe('long');
    expect(request.options.getString('article')).toBe('seed');
    expect(() => parseAsk('/summary article:a article:b', ctx)).toThrow(/twice/);
  });
});
