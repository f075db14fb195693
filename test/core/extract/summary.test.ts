import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/extract/sentences.ts';
import { summarize } from '../../../src/core/extract/summary.ts';
import { normalizeSentence } from '../../../src/eval/text-match.ts';
import { loadGoldNames } from './gold-names.ts';

const summary = (headline: string, paragraphs: string[], length?: number): string[] =>
  summarize({ text: analyzeText(paragraphs), headline, people: [], quotes: [] }, length);

const WIRE = [
  'NAIROBI (Reuters) - Kenya appealed on Tuesday for $250 million in emergency food aid after a third failed rainy season left 2.1 million people short of food.',
  '"We are seeing livestock deaths on a scale we have not recorded since 2017," said Hassan Guleid of the drought authority.',
  '"Families who lost their herds have nothing left to sell."',
  'The appeal covers the counties of Turkana, Marsabit, Wajir and Mandera, where water prices have tripled since January.',
  'Agriculture Minister Jane Kamau told a news conference that the government had released 40,000 tonnes of maize from its reserve.',
  '"That buys us weeks, not months," she said.',
];

describe('summarize', () => {
  it('leads with the first sentence and prefers facts over quotation', () => {
    const out = summary('Kenya appeals for $250 million in food aid as drought grips the north', WIRE);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(WIRE[0]);
    for (const s of out) expect(s.startsWith('"')).toBe(false);
  });

  it('returns verbatim sentences of the text, each once', () => {
    const text = analyzeText(WIRE);
    const all = new Set(text.sentences.map((s) => s.text));
    const out = summarize({ text, headline: 'Kenya drought', people: [], quotes: [] }, 6);
    expect(out).toHaveLength(6);
    expect(new Set(out).size).toBe(6);
    for (const s of out) expect(all.has(s)).toBe(true);
  });

  it('honours any length from 1 to the number of sentences, and clamps beyond', () => {
    expect(summary('Kenya drought', WIRE, 1)).toEqual([WIRE[0]]);
    expect(summary('Kenya drought', WIRE, 50)).toHaveLength(6);
    expect(summary('Kenya drought', WIRE, 0)).toEqual([]);
    expect(summarize({ text: analyzeText([]), headline: 'Empty', people: [], quotes: [] })).toEqual([]);
  });

  it('skips a byline at the top', () => {
    const out = summary('Council votes to close library', [
      'By Sarah Jones',
      'The Harlow County Council voted 5-2 on Thursday to close the Elm Street library at the end of the year.',
      'The building needs $3 million in repairs, the county said.',
    ]);
    expect(out[0]).toBe('The Harlow County Council voted 5-2 on Thursday to close the Elm Street library at the end of the year.');
    expect(out[out.length - 1]).toBe('By Sarah Jones');
  });

  it('demotes a lead-in that ends in a colon and a very short aside (sport, British quotes)', () => {
    const paragraphs = [
      'Substitute Kwame Adeyemi scored in the fourth minute of stoppage time to rescue a 2-2 draw for Manchester United against Aston Villa on Saturday.',
      'The manager said afterwards:',
      "'I just hit it and prayed,' Adeyemi told reporters.",
      'Villa had led 2-0 at half-time through goals from Jonny Castellanos and captain Mateus de la Cruz.',
      'It was wet.',
      'The result leaves United seventh in the Premier League, three points behind Villa with seven games left.',
    ];
    const out = summary('Late Adeyemi strike rescues draw for Manchester United against Aston Villa', paragraphs);
    expect(out[0]).toBe(paragraphs[0]);
    expect(new Set(out)).toEqual(new Set([paragraphs[0], paragraphs[3], paragraphs[5]]));
  });

  it('leaves out interview questions and page furniture (interview style)', () => {
    const paragraphs = [
      'Abena Owusu has run the Lower Volta Flood Warning Service for ten years, sending alerts to 1.2 million people.',
      'Read more: How Ghana rebuilt its dams',
      'Q: How did the service begin?',
      'A: We started in 2016 with two staff and no gauges of our own, so we phoned fishermen upstream.',
      'What changed after the 2015 floods?',
      'The government doubled the service budget in 2019 and installed 40 river gauges along the Volta.',
      'Follow us on Twitter for more.',
    ];
    const out = summary('Ten years of flood alerts on the Volta', paragraphs);
    expect(out[0]).toBe(paragraphs[0]);
    for (const s of out) expect(s).not.toMatch(/\?$|^Read more|^Follow/);
  });

  it('prefers what the story established ("The company said ...") to a new speaker quoted in part (business)', () => {
    const paragraphs = [
      'SAN FRANCISCO (Reuters) - Helix Systems raised $1.2 billion in new funding on Monday, valuing the chip designer at $14 billion.',
      'Investors in the round included two sovereign wealth funds and a Canadian pension fund.',
      'Chief executive Dana Okafor called the round "a vote of confidence in our roadmap" on a call with reporters.',
      'The company said it would spend the money on hiring 600 engineers and expanding production in Arizona.',
    ];
    const out = summary('Chip designer Helix raises $1.2 billion', paragraphs);
    expect(out).toEqual([paragraphs[0], paragraphs[1], paragraphs[3]]);
  });

  it('takes a fact sourced to the record over courtroom colour (US local court)', () => {
    const paragraphs = [
      'A former township treasurer was sentenced on Friday to four years in prison for stealing from the accounts she managed.',
      'Margaret Doyle, who held the post for 11 years, wept quietly as the sentence was read out to a packed courtroom.',
      'Doyle wrote checks to herself over six years and booked them as payments to vendors, according to court documents.',
    ];
    const out = summary('Former treasurer gets four years', paragraphs, 2);
    expect(out).toEqual([paragraphs[0], paragraphs[2]]);
  });

  it("ranks a paragraph's opening sentence above the detail that follows it (British science)", () => {
    const paragraphs = [
      'A widely used fungicide leaves bumblebees unable to find their way back to the nest, a study has found.',
      'Researchers fitted radio tags to more than 900 bees on farms in Surrey and Utrecht. Each tag weighed less than a grain of rice and was glued to the bee’s back.',
      'Bees exposed to the chemical were 40% less likely to return home than unexposed bees.',
    ];
    const out = summary('Fungicide leaves bumblebees lost, study finds', paragraphs);
    expect(out).toEqual([
      paragraphs[0],
      'Researchers fitted radio tags to more than 900 bees on farms in Surrey and Utrecht.',
      paragraphs[2],
    ]);
  });

  it('does not let the new preferences push out the lead or pull in late colour (controls)', () => {
    const paragraphs = [
      'The city council approved a $40 million budget for road repairs on Tuesday, the largest in its history.',
      'Work on the first 12 miles of Route 9 will begin in March and finish by the end of the year.',
      'Residents have complained for years about potholes on the route.',
      'The mayor was not at the meeting.',
      'It was cold and wet on the night, according to those who waited outside.',
      'The Harlow Gazette understands that two councillors abstained.',
    ];
    const out = summary('Council approves record road budget', paragraphs);
    expect(out.slice(0, 2)).toEqual([paragraphs[0], paragraphs[1]]);
    // "according to" a pronoun is hearsay, and "The" before a name is a title, not a description.
    expect(out).not.toContain(paragraphs[4]);
    expect(out).not.toContain(paragraphs[5]);
  });

  it('finds at least as many gold key sentences as lead-3 on the annotated files', () => {
    let mine = 0;
    let lead = 0;
    for (const g of loadGoldNames()) {
      const keys = g.keySentences.map(normalizeSentence);
      const picked = summarize({ text: g.text, headline: g.headline, people: g.people, quotes: [] }, 3).map(normalizeSentence);
      const lead3 = g.text.sentences.slice(0, 3).map((s) => normalizeSentence(s.text));
      mine += keys.filter((k) => picked.includes(k)).length;
      lead += keys.filter((k) => lead3.includes(k)).length;
    }
    expect(mine).toBeGreaterThanOrEqual(lead);
  });
});

describe('summary stems', () => {
  it('meets "killed", "kills", "killing" and "crashes" with the headline words as before', () => {
    const out = summarize({ text: analyzeText(['A storm hit the coast on Monday.', 'Officials said the river crashes killed nobody in the town.', 'Crowds gathered at the market.', 'Rescuers were killing time at the station while the rain kept falling.']), headline: 'River crash kills', people: [], quotes: [] }, 2);
    expect(out).toEqual(['A storm hit the coast on Monday.', 'Officials said the river crashes killed nobody in the town.']);
  });
});
