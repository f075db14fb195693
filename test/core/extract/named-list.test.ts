import { describe, expect, it } from 'vitest';
import { addMention, type Named } from '../../../src/core/extract/named-list.ts';

describe('addMention', () => {
  it('keeps one entry per name however it is written, with each sentence once', () => {
    const list: Named[] = [];
    addMention(list, 'The Hague', 0);
    addMention(list, 'the Hague', 2);
    addMention(list, 'The Hague', 2);
    addMention(list, 'Zürich', 3);
    addMention(list, 'Zurich', 1);
    expect(list).toEqual([
      { name: 'The Hague', mentions: [0, 2] },
      { name: 'Zürich', mentions: [3, 1] },
    ]);
  });

  it('keeps different names apart', () => {
    const list: Named[] = [];
    addMention(list, 'Lagos', 0);
    addMention(list, 'Lagos State', 0);
    expect(list.map((x) => x.name)).toEqual(['Lagos', 'Lagos State']);
  });
});
