// One settings document per guild. The schema is versioned; parsing never throws: a field that
// fails validation falls back to its default and is reported, so a hand-edited or older document
// can never crash the bot. (Owned by issue 4; issue 5 reads `digest`, issue 6 adds `sources`.)
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

/** Days of the week as in Date#getDay(): 0 = Sunday ... 6 = Saturday. */
export const weekdaySchema = z.number().int().min(0).max(6);

export const digestSettingsSchema = z.object({
  enabled: z.boolean(),
  channelId: z.string().regex(/^\d{17,20}$/).nullable(),
  /** Local time of day, 24-hour "HH:MM". */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  days: z.array(weekdaySchema).min(1).max(7),
  /** IANA time zone name, such as "Europe/London". */
  timezone: z.string().min(1),
  maxArticles: z.number().int().min(1).max(10),
});

export type DigestSettings = z.infer<typeof digestSettingsSchema>;

export const defaultDigestSettings: DigestSettings = {
  enabled: false,
  channelId: null,
  time: '08:00',
  days: [0, 1, 2, 3, 4, 5, 6],
  timezone: 'UTC',
  maxArticles: 5,
};
