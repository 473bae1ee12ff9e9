// A law-enforcement contact with an agency typed as a bare acronym printed "I was in contact with
// HSI.": an adjudicator or a reader outside the field was not told who HSI is. A filing spells a
// name out at its first mention, the acronym after it, and uses the acronym alone after that (kit
// organizationsInProse; docs/domain/t-visa-declaration-form.md, "Agencies by their acronym").
import { describe, expect, it } from 'vitest';
import { organizationsInProse } from '../../../src/kinds/kit/index.js';
import { bodyOf } from './support.js';

const withContacts = (...agencies: string[]) =>
  bodyOf('minimal', (c) => {
    c.lawEnforcement.contacts = agencies.map((agency, i) => ({ agency, date: `2024-0${i + 2}-12`, narrative: 'I answered all of the agent’s questions.' }));
  });

describe('a bare acronym of a federal agency in a contact’s lead', () => {
  it('spelled out at its first mention, the acronym alone after it', () => {
    const t = withContacts('HSI', 'FBI', 'HSI', 'FBI');
    expect(t).toContain('On February 12, 2024, I was in contact with Homeland Security Investigations (HSI).');
    expect(t).toContain('On March 12, 2024, I was in contact with the Federal Bureau of Investigation (FBI).');
    expect(t).toContain('On April 12, 2024, I was in contact with HSI.');
    expect(t).toContain('On May 12, 2024, I was in contact with the FBI.');
  });
  it('a full name, an acronym Harbor does not know, or one with more words, is printed as before', () => {
    const t = withContacts('Homeland Security Investigations', 'CCHT', 'HSI Houston');
    expect(t).toContain('I was in contact with Homeland Security Investigations.');
    expect(t).toContain('I was in contact with CCHT.');
    expect(t).toContain('I was in contact with HSI Houston.');
  });
  it('each document spells out afresh; a closing period typed after the acronym is kept once', () => {
    const a = organizationsInProse();
    const b = organizationsInProse();
    expect([a('ICE.'), a('ICE'), b('ICE')]).toEqual(['U.S. Immigration and Customs Enforcement (ICE)', 'ICE', 'U.S. Immigration and Customs Enforcement (ICE)']);
    expect(withContacts('HSI.')).toContain('I was in contact with Homeland Security Investigations (HSI).');
  });
});
