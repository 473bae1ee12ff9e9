// A professional declarant's organization reads as English in the first paragraph ("I am a
// Detective at the Los Angeles Police Department"; it printed "at Los Angeles Police Department"),
// while the signature's capacity line keeps it as a label (kit organizationInProse; docs/fields.md).
import { describe, expect, it } from 'vitest';
import { bodyOf } from './support.js';

const withOrganization = (title: string, organization: string) =>
  bodyOf('supporting', (c) => {
    c.declarant.professional.title = title;
    c.declarant.professional.organization = organization;
  });

describe('a professional declarant’s organization in the first paragraph', () => {
  it.each([
    ['Detective', 'Los Angeles Police Department', 'I am a Detective at the Los Angeles Police Department.'],
    ['Special Agent', 'Federal Bureau of Investigation', 'I am a Special Agent at the Federal Bureau of Investigation.'],
    ['Special Agent', 'Homeland Security Investigations', 'I am a Special Agent at Homeland Security Investigations.'],
    // An agency's acronym is spelled out, as at its first mention ("at FBI" lacked its article; agency-acronym.test.ts).
    ['Victim Specialist', 'FBI', 'I am a Victim Specialist at the Federal Bureau of Investigation (FBI).'],
    ['Victim Specialist', 'the FBI', 'I am a Victim Specialist at the Federal Bureau of Investigation (FBI).'],
    ['Special Agent', 'HSI Houston', 'I am a Special Agent at Homeland Security Investigations (HSI) Houston.'],
    ['Case Manager', 'Catholic Charities', 'I am a Case Manager at Catholic Charities.'],
    ['Licensed Clinical Social Worker', 'Example Trauma Recovery Center', 'I am a Licensed Clinical Social Worker at the Example Trauma Recovery Center.'],
  ])('%s at %s', (title, organization, sentence) => {
    expect(withOrganization(title, organization)).toContain(sentence);
  });

  it('the capacity under the signature keeps the name as a label, without an article the drafter added for the sentence', () => {
    expect(withOrganization('Detective', 'Los Angeles Police Department')).toContain('Naomi Castellanos-Reed | Detective, Los Angeles Police Department |');
    expect(withOrganization('Victim Specialist', 'the FBI')).toContain('Naomi Castellanos-Reed | Victim Specialist, FBI |');
  });
});
