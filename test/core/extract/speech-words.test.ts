import { describe, expect, it } from 'vitest';
import { isSpeechVerb, isVerdictVerb, range, wordCount } from '../../../src/core/extract/speech-words.ts';
import type { Word } from '../../../src/core/extract/words.ts';

const word = (text: string, pos: string): Word => ({ text, lower: text.toLowerCase(), pos, cap: /^\p{Lu}/u.test(text), start: 0, end: text.length });

describe('speech words', () => {
  it('a speech verb is a lowercase verb; "said" tagged as a noun still counts, "Said" the name does not', () => {
    expect(isSpeechVerb(word('said', 'VERB'))).toBe(true);
    expect(isSpeechVerb(word('said', 'NOUN'))).toBe(true);
    expect(isSpeechVerb(word('Said', 'PROPN'))).toBe(false);
    expect(isSpeechVerb(word('report', 'NOUN'))).toBe(false);
  });

  it('a verdict verb frames a quote only when close to it', () => {
    expect(isVerdictVerb(word('called', 'VERB'), 3)).toBe(true);
    expect(isVerdictVerb(word('called', 'VERB'), 10)).toBe(false);
  });

  it('range and wordCount', () => {
    expect(range(2, 5)).toEqual([2, 3, 4]);
    expect(wordCount('“Yes — of course,” she said')).toBe(5);
  });
});
