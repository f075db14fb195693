import { describe, expect, it } from 'vitest';
import { help } from '../../commands/help.ts';
import { commands } from '../../commands/index.ts';
import { makeContext, replyText, request } from './fixture.ts';

describe('/help', () => {
  it('describes every registered command, ephemerally', async () => {
    const reply = await help.execute(request('help'), makeContext([]));
    expect(reply.ephemeral).toBe(true);
    const text = replyText(reply);
    for (const c of commands) expect(text).toContain(`/${c.data.name}`);
    expect(text).toContain('/who [name] [article]');
  });
});
