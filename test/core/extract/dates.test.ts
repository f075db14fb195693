import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/extract/sentences.ts';
import { findDates } from '../../../src/core/extract/dates.ts';

const dates = (paragraphs: string[], publishedAt: string | null): Array<[string, string | null, number]> =>
  findDates(analyzeText(paragraphs), publishedAt).map((d) => [d.text, d.date, d.sentence]);

describe('findDates with a publication date (Saturday 23 March 2024)', () => {
  const pub = '2024-03-23';

  it('a bare weekday in a past-tense report is the last such day', () => {
    expect(dates(['The resolution failed on Friday.', 'Blinken said on Thursday that talks would go on.'], pub)).toEqual([
      ['on Friday', '2024-03-22', 0],
      ['on Thursday', '2024-03-21', 1],
    ]);
  });

  it('a weekday after "will" is the next such day', () => {
    expect(dates(['The ministers will meet on Tuesday in Cairo.'], pub)).toEqual([['on Tuesday', '2024-03-26', 0]]);
  });

  it('month and day without a year: the last one in a past-tense report, the next one after "by"', () => {
    expect(dates(['The plane vanished on December 28.', 'The council will decide by October.'], pub)).toEqual([
      ['December 28', '2023-12-28', 0],
      ['October', '2024-10-01', 1],
    ]);
  });

  it('absolute dates, yesterday, last week and next month', () => {
    expect(dates(['On October 5, 2014, the car crashed; yesterday the report came out.', 'Officials met last week and will meet next month.'], pub)).toEqual([
      ['October 5, 2014', '2014-10-05', 0],
      ['yesterday', '2024-03-22', 0],
      ['last week', '2024-03-16', 1],
      ['next month', '2024-04-23', 1],
    ]);
  });

  it('"through December" in a past-tense sentence still looks ahead', () => {
    expect(dates(['The Senate voted to keep the government open through December.'], pub)).toEqual([['December', '2024-12-01', 0]]);
  });

  it('a weekday chrono swallows into an unresolved phrase is still found', () => {
    expect(dates(['He met Netanyahu on the morning of Friday in Tel Aviv.'], pub)).toEqual([['Friday', '2024-03-22', 0]]);
  });

  it('accepts a full ISO timestamp as the publication date', () => {
    expect(dates(['It rained on Friday.'], '2024-03-23T18:30:00Z')).toEqual([['on Friday', '2024-03-22', 0]]);
  });
});

describe('findDates: what is not a date', () => {
  const pub = '2015-07-19';

  it('clock times, "now", fractions and slogans', () => {
    expect(dates(['He arrived shortly before 10:00 a.m. local time and is now resting.', 'Three in 3/4 of cases, open 24/7.'], pub)).toEqual([]);
  });

  it('the verb "march" and the modal "may"', () => {
    expect(dates(['Thousands may march through the city.'], pub)).toEqual([]);
  });

  it('durations', () => {
    expect(dates(['The bill extends the agency for three months and funds it over two years.'], pub)).toEqual([]);
  });

  it('spans measured from another event', () => {
    expect(dates(['He died nine months after the crash; two days later the team withdrew, within a few weeks of the race.'], pub)).toEqual([]);
  });
});

describe('findDates without a publication date', () => {
  it('gives a date only to what the text states in full', () => {
    expect(dates(['The attack on October 7 came on a Saturday.', 'The crash happened on 5th October 2014 at Suzuka.'], null)).toEqual([
      ['October 7', null, 0],
      ['Saturday', null, 0],
      ['on 5th October 2014', '2014-10-05', 1],
    ]);
  });
});
