import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

const goldDir = new URL('../../fixtures/gold/', import.meta.url);
const goldTexts = readdirSync(goldDir).filter((f) => f.endsWith('.txt'));

describe('quotes across paragraphs', () => {
  it('lists a three-paragraph quote as three verbatim quotes, each in its own sentence, one speaker', () => {
    const a = extractArticle(
      [
        'Ferry service cut',
        'Port director Ines Duarte said the timetable could not hold. “We have two boats and one of them is forty years old.',
        '“When it breaks, the island waits. Sometimes for a week.',
        '“Nobody in the capital has ever waited a week for bread,” she said.',
        'The council did not comment.',
      ].join('\n'),
    );
    expect(a.quotes.map((q) => [q.text, q.speaker, a.sentences[q.sentence]?.paragraph])).toEqual([
      ['We have two boats and one of them is forty years old.', 'Ines Duarte', 0],
      ['When it breaks, the island waits. Sometimes for a week.', 'Ines Duarte', 1],
      ['Nobody in the capital has ever waited a week for bread,', 'Ines Duarte', 2],
    ]);
    expect(a.people.find((p) => p.name === 'Ines Duarte')?.quotes).toEqual([0, 1, 2]);
  });

  it('keeps one quote per paragraph when the next paragraph opens a new quote after a closed one', () => {
    const a = extractArticle(['Vote delayed', '“It is late,” said Mayor Tom Ruiz.', '“We will wait,” he added.'].join('\n'));
    expect(a.quotes.map((q) => q.text)).toEqual(['It is late,', 'We will wait,']);
  });

  it.each(goldTexts)('%s: every quote is verbatim text of its paragraph, from the sentence it points to', (file) => {
    const a = extractArticle(readFileSync(new URL(file, goldDir), 'utf8'));
    for (const q of a.quotes) {
      const opening = a.sentences[q.sentence];
      expect(opening?.text).toContain(q.text.split(/\s/u)[0]);
      // A quote left open at the paragraph's end may run over several of its sentences.
      const rest = a.sentences.filter((s, i) => i >= q.sentence && s.paragraph === opening?.paragraph).map((s) => s.text);
      expect(rest.join(' ')).toContain(q.text);
    }
  });
});

describe('a quote nested in a quote', () => {
  const quotesOf = (...ps: string[]): [string, string | null][] => extractArticle(['Headline', ...ps].join('\n')).quotes.map((q) => [q.text, q.speaker]);

  it('is not listed apart when nobody inside the quote is said to say it', () => {
    expect(quotesOf('"Farmers have had years to adapt. I don\'t accept that \'we need a pause\' is an answer," Minister Ola Brandt said.')).toEqual([
      ["Farmers have had years to adapt. I don't accept that 'we need a pause' is an answer,", 'Ola Brandt'],
    ]);
  });

  it('control: words the quote says someone said are listed, even when who is unclear', () => {
    const q = quotesOf('"The neighbours kept saying, \'Leave now, leave now,\' and we did," Ola Brandt said.');
    expect(q.map((x) => x[0])).toContain('Leave now, leave now,');
  });
});
