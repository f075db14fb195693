import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index.ts';

// Roles written after a name: AP party-district tags, a bracketed age before an apposition,
// court post-nominals and counsel's side, and Garda ranks before the name.
const rolesOf = (sentence: string): Record<string, string[]> =>
  Object.fromEntries(extractArticle(`Headline\n${sentence}`).people.map((p) => [p.name, p.roles]));

describe('AP party-district tags', () => {
  it('reads the tag between commas as a role, then any apposition after it', () => {
    expect(rolesOf('Sen. Priya Rao, D-Lawrence, said the bill would pass.')['Priya Rao']).toEqual(['Sen.', 'D-Lawrence']);
    expect(rolesOf("Rep. Jon Lind, R-Olathe, the committee's chairman, said the hearing was over.")['Jon Lind']).toEqual(['Rep.', 'R-Olathe', "the committee's chairman"]);
    expect(rolesOf('The plan was backed by Rao, D-Lawrence, the ranking Democrat on the Ways and Means Committee.').Rao).toEqual(['D-Lawrence', 'the ranking Democrat on the Ways and Means Committee']);
    expect(rolesOf('Rep. Sam Ortiz, R-Dodge City, voted no.')['Sam Ortiz']).toEqual(['Rep.', 'R-Dodge City']);
  });
  it('leaves a town or a bare letter between commas alone', () => {
    expect(rolesOf('Mark Jones, Dublin, said the club would appeal.')['Mark Jones']).toEqual([]);
    expect(rolesOf('Smith, D, said no.')).toEqual({});
  });
});

describe('appositions past a suffix or a bracketed age', () => {
  it('reads the apposition after "Jr." and after "(52)"', () => {
    expect(rolesOf('Walter Ferris Jr., a former Ford County commissioner, said the road was closed.')['Walter Ferris Jr.']).toEqual(['former Ford County commissioner']);
    expect(rolesOf('Lorraine Hynes (52), a former credit union cashier, of Main Street, Ennis, pleaded guilty.')['Lorraine Hynes']).toEqual(['former credit union cashier']);
    expect(rolesOf('Striker Tomás Reilly (24), a former Shamrock Rovers trainee, scored twice.')['Tomás Reilly']).toEqual(['Striker', 'former Shamrock Rovers trainee']);
  });
  it('gives no role for the age or an address alone', () => {
    expect(rolesOf('Ms Lorraine Hynes (52) of Main Street pleaded guilty.')['Lorraine Hynes']).toEqual([]);
  });
});

describe('court post-nominals and counsel', () => {
  it('reads "BL"/"SC" and the side counsel takes', () => {
    expect(rolesOf('Cathal Gleeson BL, prosecuting, said the accused had no previous convictions.')['Cathal Gleeson']).toEqual(['BL', 'prosecuting']);
    expect(rolesOf('Rania Khatib SC, defending, told the court her client was remorseful.')['Rania Khatib']).toEqual(['SC', 'defending']);
    expect(rolesOf('Niamh Burke, counsel for the DPP, said the evidence was clear.')['Niamh Burke']).toEqual(['counsel for the DPP']);
    expect(rolesOf('Defence counsel Eoin Daly said his client was sorry.')['Eoin Daly']).toEqual(['Defence counsel']);
  });
  it('finds the person after a Garda rank, with the rank as the role', () => {
    expect(rolesOf('Det Gda Aoife Ní Chonaill told the court she arrested the man.')['Aoife Ní Chonaill']).toEqual(['Det Gda']);
    expect(rolesOf('Detective Garda Aoife Ní Chonaill said the man fled.')['Aoife Ní Chonaill']).toEqual(['Detective Garda']);
    expect(rolesOf('Gda Ciarán Walsh said the van was seized.')['Ciarán Walsh']).toEqual(['Gda']);
    expect(rolesOf('Sgt Tom Brennan said the car was stopped at 2am.')['Tom Brennan']).toEqual(['Sgt']);
    expect(rolesOf('Insp Mary Quinn said the investigation was continuing.')['Mary Quinn']).toEqual(['Insp']);
  });
  it('keeps the force itself out of people', () => {
    expect(rolesOf('An Garda Síochána said it was investigating.')).toEqual({});
  });
});

describe('a seat alone in brackets', () => {
  const roles = (text: string) => extractArticle(`Headline\n${text}`).people.map((p) => [p.name, p.roles]);
  it('"(Marine Parade GRC)" after an MP\'s name is a role, as "(Lab, Leeds North)" is', () => {
    expect(roles('Ms Alicia Wong (Marine Parade GRC) asked about bus routes.')).toEqual([['Alicia Wong', ['Marine Parade GRC']]]);
  });
  it('control: a bracketed aside that names no seat is no role', () => {
    expect(roles('Ms Alicia Wong (Marine Parade) asked about bus routes.')).toEqual([['Alicia Wong', []]]);
  });
});
