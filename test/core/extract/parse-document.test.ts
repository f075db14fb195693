import { describe, expect, it } from 'vitest';
import { parseDateLine, parseDocument } from '../../../src/core/extract/parse-document.ts';

describe('parseDocument', () => {
  it('takes the first non-empty line as the headline and one paragraph per line', () => {
    const doc = parseDocument('\uFEFF\n  Big storm hits coast  \r\n\r\nFirst paragraph.\nSecond paragraph.\n');
    expect(doc).toEqual({ headline: 'Big storm hits coast', paragraphs: ['First paragraph.', 'Second paragraph.'], publishedAt: null, metadata: [] });
  });

  it('reads a date line as metadata and publishedAt', () => {
    const doc = parseDocument('Headline\nFriday, July 21, 2017\nThe story.');
    expect(doc.publishedAt).toBe('2017-07-21');
    expect(doc.paragraphs).toEqual(['The story.']);
    expect(doc.metadata).toEqual(['Friday, July 21, 2017']);
  });

  it('reads datelines and bylines alone on a line as metadata, in any order', () => {
    const doc = parseDocument('Headline\nBy Jane Doe\nWASHINGTON (Reuters) -\n2024-03-22\nLONDON (Reuters) - The story starts here.');
    expect(doc.metadata).toEqual(['By Jane Doe', 'WASHINGTON (Reuters) -', '2024-03-22']);
    expect(doc.publishedAt).toBe('2024-03-22');
    // A dateline that starts the story's text stays in it: sentences are verbatim.
    expect(doc.paragraphs).toEqual(['LONDON (Reuters) - The story starts here.']);
  });

  it('takes wire credit lines at the end out of the story, and keeps a story line that starts alike', () => {
    const doc = parseDocument('Headline\nRates held on Thursday.\nReporting by Kevin Tan; Editing by Martin Howell\n(Additional reporting by Sarah Lim)');
    expect(doc.paragraphs).toEqual(['Rates held on Thursday.']);
    expect(doc.metadata).toEqual(['Reporting by Kevin Tan; Editing by Martin Howell', '(Additional reporting by Sarah Lim)']);
    const story = parseDocument('Headline\nRates held on Thursday.\nReporting by the paper led to an inquiry last year.\nThe bank declined to comment.');
    expect(story.paragraphs).toHaveLength(3);
    const sport = parseDocument('Headline\nUnited won 2-0.\nContributing: Jane Roe');
    expect(sport.metadata).toEqual(['Contributing: Jane Roe']);
  });

  it('keeps a first line that only looks like metadata ("By the time ...")', () => {
    const doc = parseDocument('Headline\nBy the time the rescuers arrived, the river had risen two metres.\nMore.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.metadata).toEqual([]);
  });

  it('never takes the only body line as metadata', () => {
    expect(parseDocument('Headline\nJuly 21, 2017').paragraphs).toEqual(['July 21, 2017']);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['Friday, July 21, 2017', '2017-07-21'],
    ['July 21, 2017', '2017-07-21'],
    ['21 July 2017', '2017-07-21'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2017-07-21', '2017-07-21'],
    ['2017-07-21T09:30:00Z', '2017-07-21'],
    ['February 30, 2017', null],
    ['The July 21 meeting', null],
  ])('%s -> %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });
});

describe('parseDocument: bylines with a job and end credits', () => {
  it('takes "Name, Outlet job" after the headline as a byline, and a date with a time as a date', () => {
    const doc = parseDocument('Headline\nMara Quist, Globe Staff Writer\nMar 3, 2025, 10:05 AM ET\nThe story.\nMore.');
    expect(doc.metadata).toEqual(['Mara Quist, Globe Staff Writer', 'Mar 3, 2025, 10:05 AM ET']);
    expect(doc.publishedAt).toBe('2025-03-03');
    const second = parseDocument('Headline\n4 May 2024\nTom Arkwright, BBC Wales North of Wales correspondent\nThe story.\nMore.');
    expect(second.metadata).toHaveLength(2);
  });

  it('keeps a first line that is a sentence about a writer', () => {
    const doc = parseDocument('Headline\nTom Arkwright, a staff writer, was fired on Monday.\nMore.');
    expect(doc.metadata).toEqual([]);
    const noJob = parseDocument('Headline\nTom Arkwright, Mayor of Leeds\nMore.\nEven more.');
    expect(noJob.metadata).toEqual([]);
  });

  it('takes a "With assistance from" end line out of the story', () => {
    const doc = parseDocument('Headline\nRates held.\n—With assistance from Ana Rocha');
    expect(doc.metadata).toEqual(['—With assistance from Ana Rocha']);
  });

  it('takes "X contributed to this report." end lines out of the story, like "Reporting by"', () => {
    const ap = parseDocument('Headline\nThe storm hit.\nAssociated Press writer Jo Ames in Tucson contributed to this report.');
    expect(ap.paragraphs).toEqual(['The storm hit.']);
    expect(ap.metadata).toEqual(['Associated Press writer Jo Ames in Tucson contributed to this report.']);
    const cnn = parseDocument("Headline\nThe storm hit.\nCNN's Al Bee and Cy Dee contributed reporting.");
    expect(cnn.metadata).toEqual(["CNN's Al Bee and Cy Dee contributed reporting."]);
    // Not at the end, or a quotation: a sentence of the story.
    const middle = parseDocument('Headline\nJo Ames contributed to this report.\nThe storm hit.');
    expect(middle.paragraphs).toHaveLength(2);
    const quoted = parseDocument('Headline\nThe storm hit.\n"Everyone contributed to this report," she said.');
    expect(quoted.paragraphs).toHaveLength(2);
  });

  it('keeps story end lines that only look alike', () => {
    const doc = parseDocument('Headline\nThe storm hit.\nNeighbours contributed what they could.\nWith assistance from neighbours, the family rebuilt.');
    expect(doc.paragraphs).toHaveLength(3);
  });
});

describe('abbreviated weekdays and desk bylines', () => {
  it('reads "Wed 9 Sep 2026" as a date and "Rural Desk / By Jane Roe" as a byline', () => {
    const doc = parseDocument('Headline\nThu 3 Dec 2026\nCountry Hour / By Megan Holloway\nThe story starts here.');
    expect(doc.publishedAt).toBe('2026-12-03');
    expect(doc.metadata).toEqual(['Thu 3 Dec 2026', 'Country Hour / By Megan Holloway']);
    expect(doc.paragraphs).toEqual(['The story starts here.']);
  });
  it('control: a story line with a slash is no byline', () => {
    const doc = parseDocument('Headline\nFarmers / buyers met by the river on Monday.\nMore text.');
    expect(doc.metadata).toEqual([]);
  });
});

describe('bare bylines', () => {
  it('takes a name alone on a line among the metadata, with or without a place, for a byline', () => {
    const d = parseDocument('Headline\n4 Sep 2026\nKelly Ho Wing-lam\nThe developer cut prices.');
    expect(d.metadata).toEqual(['4 Sep 2026', 'Kelly Ho Wing-lam']);
    expect(d.paragraphs).toEqual(['The developer cut prices.']);
    expect(parseDocument('Headline\nMarie-Ève Tremblay-Roy, Ottawa\nThe budget passed.').metadata).toEqual(['Marie-Ève Tremblay-Roy, Ottawa']);
  });

  it('leaves a sentence or an update line in the body', () => {
    expect(parseDocument('Headline\nJane Doe resigned.\nMore text.').paragraphs[0]).toBe('Jane Doe resigned.');
    expect(parseDocument('Headline\nUpdated Daily\nMore text.').paragraphs[0]).toBe('Updated Daily');
  });
});
