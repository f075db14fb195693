import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/extract/analyzed-text.ts';

const texts = (paragraphs: string[]): string[] => analyzeText(paragraphs).sentences.map((s) => s.text);

describe('analyzeText', () => {
  it('keeps abbreviations, initials and times inside one sentence', () => {
    expect(texts(['The U.S. envoy Gen. John Smith Jr. arrived at 10 a.m. on Friday. He left at noon.'])).toEqual([
      'The U.S. envoy Gen. John Smith Jr. arrived at 10 a.m. on Friday.',
      'He left at noon.',
    ]);
  });

  it('never splits inside a quotation, so the attribution stays with the quote', () => {
    expect(texts(['“We are sad. We will rebuild,” he said. Then he left.'])).toEqual([
      '“We are sad. We will rebuild,” he said.',
      'Then he left.',
    ]);
  });

  it('starts a sentence at a quote opened after a sentence-final abbreviation (a.m., Inc., U.S.)', () => {
    expect(texts(['The storm hit at around 3 a.m. “It shook the whole house,” Kowalski said.'])).toEqual([
      'The storm hit at around 3 a.m.',
      '“It shook the whole house,” Kowalski said.',
    ]);
    expect(texts(["Shares rose at Acme Inc. 'We are pleased,' the chief executive said."])).toEqual([
      'Shares rose at Acme Inc.',
      "'We are pleased,' the chief executive said.",
    ]);
    expect(texts(['The vote came at 11 p.m. ‘We won,’ she said.'])).toHaveLength(2);
  });

  it('keeps a quoted nickname after a title, and a lower-case quote after an abbreviation, in the sentence', () => {
    expect(texts(['He met Gen. “Mad Dog” Mattis in 2017. It went well.'])).toEqual([
      'He met Gen. “Mad Dog” Mattis in 2017.',
      'It went well.',
    ]);
    expect(texts(['They left at 3 a.m. “so-called” experts said.'])).toHaveLength(1);
  });

  it('never ends a sentence on a title, or on a bracketed party tag followed by lower case', () => {
    expect(texts(['The service was led by the Rev. Alphonse Banks, the pastor. It ran late.'])).toEqual([
      'The service was led by the Rev. Alphonse Banks, the pastor.',
      'It ran late.',
    ]);
    expect(texts(['The bill, written by Sen. Ann Lee (D-Calif.) and Sen. Roy Hall (R-Idaho), failed. It may return.'])).toEqual([
      'The bill, written by Sen. Ann Lee (D-Calif.) and Sen. Roy Hall (R-Idaho), failed.',
      'It may return.',
    ]);
    expect(texts(['They spoke with Sen. Ann Lee (D-Calif.). She agreed.'])).toHaveLength(2);
  });

  it('re-joins a question quote with its lower-case attribution', () => {
    expect(texts(['“Wait… what?” she asked. Nobody answered.'])).toEqual(['“Wait… what?” she asked.', 'Nobody answered.']);
  });

  it('splits paragraphs on newlines and numbers paragraphs and sentences', () => {
    const result = analyzeText(['First one. Second one.\nThird one.', 'Fourth one.']);
    expect(result.sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it('gives tokens with POS tags and offsets within the sentence', () => {
    const [sentence] = analyzeText(['Antony Blinken visited Netanyahu.']).sentences;
    expect(sentence).toBeDefined();
    for (const t of sentence!.tokens) expect(sentence!.text.slice(t.start, t.end)).toBe(t.text);
    expect(sentence!.tokens.map((t) => t.pos)).toEqual(['PROPN', 'PROPN', 'VERB', 'PROPN', 'PUNCT']);
  });
});
