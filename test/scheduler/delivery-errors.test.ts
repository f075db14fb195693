import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DeliveryError, classifyDeliveryError } from '../../src/scheduler/delivery-errors.ts';

const apiError = (status: number, code: number, message: string): DiscordAPIError =>
  new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.test/api/v10/channels/1/messages', { body: undefined, files: undefined });

describe('classifyDeliveryError', () => {
  it('gone or forbidden channels are permanent, with a reason a moderator understands', () => {
    expect(classifyDeliveryError(apiError(404, 10003, 'Unknown Channel'))).toEqual({ kind: 'permanent', reason: 'the channel no longer exists' });
    expect(classifyDeliveryError(apiError(403, 50013, 'Missing Permissions'))).toEqual({ kind: 'permanent', reason: 'the bot may no longer post in the channel' });
    expect(classifyDeliveryError(apiError(403, 50001, 'Missing Access')).kind).toBe('permanent');
    expect(classifyDeliveryError(new DeliveryError('x', 404)).kind).toBe('permanent');
  });

  it('server errors and dropped connections are transient; anything else is neither', () => {
    expect(classifyDeliveryError(new HTTPError(502, 'Bad Gateway', 'POST', 'https://discord.test/x', { body: undefined, files: undefined }))).toEqual({ kind: 'transient', reason: 'Discord answered 502' });
    expect(classifyDeliveryError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).kind).toBe('transient');
    expect(classifyDeliveryError(apiError(400, 50035, 'Invalid Form Body'))).toEqual({ kind: 'other', reason: 'Invalid Form Body' });
    expect(classifyDeliveryError('weird').kind).toBe('other');
  });
});
