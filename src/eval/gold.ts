// The gold annotation format (test/fixtures/README, DESIGN.md "Gold conventions"), validated so a
// typo in a hand-written gold file is reported by file and field instead of skewing the scores.
import { z } from 'zod';

const goldPerson = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  roles: z.array(z.string()).default([]),
});

const goldQuote = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable().default(null),
  // Free text in the dev golds ("person", "organization", "unnamed_person", "document", ...).
  speaker_type: z.string().nullable().optional(),
  kind: z.enum(['full', 'partial', 'scare', 'mention']),
  note: z.string().optional(),
});

export const goldSchema = z
  .object({
    headline: z.string(),
    date: z.string().optional(),
    people: z.array(goldPerson),
    organizations: z.array(z.string()).default([]),
    places: z.array(z.string()).default([]),
    quotes: z.array(goldQuote).default([]),
    key_sentences: z.array(z.string()).optional(),
    // The seed's gold file uses this older name for the same field.
    summary_key_sentences: z.array(z.string()).optional(),
  })
  .refine((g) => g.key_sentences !== undefined || g.summary_key_sentences !== undefined, {
    message: 'needs key_sentences (or summary_key_sentences)',
  });

export type GoldFile = z.infer<typeof goldSchema>;
export type GoldPerson = z.infer<typeof goldPerson>;
export type GoldQuote = z.infer<typeof goldQuote>;

export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

/** Validates parsed JSON as a gold annotation; throws one readable line per problem. */
export function parseGold(json: unknown, label: string): GoldFile {
  const result = goldSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new GoldFormatError(`${label}: not a valid gold file: ${problems.join('; ')}`);
  }
  return result.data;
}

export function keySentences(gold: GoldFile): string[] {
  return gold.key_sentences ?? gold.summary_key_sentences ?? [];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The gold `date` as an ISO calendar date: ISO already ("2024-03-22..."), the Wikinews form
 * "Wednesday, December 2, 2015" or the British "Wednesday 4 March 2026". Anything else gives
 * undefined (the article is then scored as undated).
 */
export function goldDateToIso(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const text = date.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const withoutDay = text.replace(/^[A-Za-z]+day,?\s+/i, '');
  const us = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(withoutDay);
  const uk = /^(\d{1,2})\s+([A-Za-z]+),?\s+(\d{4})$/.exec(withoutDay);
  const [monthName, day, year] = us ? [us[1], us[2], us[3]] : uk ? [uk[2], uk[1], uk[3]] : [];
  if (monthName === undefined || day === undefined || year === undefined) return undefined;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  if (month < 0) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
