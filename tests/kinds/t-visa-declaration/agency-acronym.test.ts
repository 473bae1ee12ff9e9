// A law-enforcement contact with an agency typed as a bare acronym printed "I was in contact with
// HSI.": an adjudicator or a reader outside the field was not told who HSI is. A filing spells a
// name out at its first mention, the acronym after it, and uses the acronym alone after that (kit
// organizationsInProse; docs/domain/t-visa-declaration-form.md, "Agencies by their acronym"), in
// every place the statement names an agency (2.24.0).
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
  it('after its first mention an acronym takes the article its agency’s usage gives: "DOL", "DSS", "ORR" bare (round r60), "the FBI"', () => {
    // It printed "I was in contact with the DOL.": the full name's article given to the acronym,
    // where the Department of Labor, the Diplomatic Security Service and ORR write their acronyms
    // bare, as the rule's table (kit AGENCY_ACRONYMS `later`) and the memo have it.
    const t = withContacts('DOL', 'DSS', 'ORR', 'DOL', 'DSS', 'ORR');
    expect(t).toContain('On February 12, 2024, I was in contact with the U.S. Department of Labor (DOL).');
    expect(t).toContain('On March 12, 2024, I was in contact with the Diplomatic Security Service (DSS).');
    expect(t).toContain('On April 12, 2024, I was in contact with the Office of Refugee Resettlement (ORR).');
    expect(t).toContain('On May 12, 2024, I was in contact with DOL.');
    expect(t).toContain('On June 12, 2024, I was in contact with DSS.');
    expect(t).toContain('On July 12, 2024, I was in contact with ORR.');
    // A body named after the acronym takes its own article: "the DOL Wage and Hour Division".
    const u = withContacts('DOL', 'DOL Wage and Hour Division', 'DOL, Houston');
    expect(u).toContain('On March 12, 2024, I was in contact with the DOL Wage and Hour Division.');
    expect(u).toContain('On April 12, 2024, I was in contact with DOL, Houston.');
  });
  it('a full name before any acronym, or an acronym Harbor does not know, is printed as typed; one with more words is spelled out too', () => {
    const t = withContacts('Homeland Security Investigations', 'CCHT', 'HSI Houston', 'HSI Houston');
    expect(t).toContain('I was in contact with Homeland Security Investigations.');
    expect(t).toContain('I was in contact with CCHT.');
    expect(t).toContain('On April 12, 2024, I was in contact with Homeland Security Investigations (HSI) Houston.');
    expect(t).toContain('On May 12, 2024, I was in contact with HSI Houston.');
  });
  it('a full name typed after its acronym was introduced prints the acronym: the reader was told it once', () => {
    const t = withContacts('HSI', 'Homeland Security Investigations', 'Federal Bureau of Investigation', 'FBI', 'the Federal Bureau of Investigation, Houston Field Office');
    expect(t).toContain('On February 12, 2024, I was in contact with Homeland Security Investigations (HSI).');
    expect(t).toContain('On March 12, 2024, I was in contact with HSI.');
    // The full name typed before the acronym: as typed, then the acronym introduced where it first appears.
    expect(t).toContain('On April 12, 2024, I was in contact with the Federal Bureau of Investigation.');
    expect(t).toContain('On May 12, 2024, I was in contact with the Federal Bureau of Investigation (FBI).');
    expect(t).toContain('On June 12, 2024, I was in contact with the FBI, Houston Field Office.');
  });
  it('Continued Presence and Supplement B name their agency by the same rule, after the contacts', () => {
    const t = bodyOf('continued-presence', (c) => {
      c.lawEnforcement.contacts[0].agency = 'HSI';
      c.lawEnforcement.supplementB = { agency: 'Homeland Security Investigations', signedOn: '2024-06-03' };
      c.lawEnforcement.continuedPresence.agency = 'FBI';
    });
    expect(t).toContain('On February 12, 2024, I was in contact with Homeland Security Investigations (HSI).');
    expect(t).toContain('On June 3, 2024, HSI signed a declaration for my application (Form I-914, Supplement B).');
    expect(t).toContain('In March 2024, the Federal Bureau of Investigation (FBI) asked the Department of Homeland Security to grant me Continued Presence.');
    // Alone, each is spelled out: it was printed as typed ("HSI Houston requested …").
    const alone = bodyOf('continued-presence', (c) => {
      c.lawEnforcement.continuedPresence.agency = 'HSI Houston';
    });
    expect(alone).toContain('In March 2024, Homeland Security Investigations (HSI) Houston requested Continued Presence for me.');
  });
  it('a professional’s organization is the statement’s first mention: "at FBI" lacked its article', () => {
    const t = bodyOf('supporting', (c) => {
      c.declarant.professional.title = 'Victim Specialist';
      c.declarant.professional.organization = 'FBI';
    });
    expect(t).toContain('I am a Victim Specialist at the Federal Bureau of Investigation (FBI).');
    const titled = bodyOf('supporting', (c) => {
      c.declarant.professional.title = 'Victim Specialist, FBI';
      delete c.declarant.professional.organization;
    });
    expect(titled).toContain('I am a Victim Specialist at the Federal Bureau of Investigation (FBI).');
  });
  // 2.25.0: a title holding an acronym ("FBI Victim Specialist") printed it as typed in the first
  // paragraph, "I am an FBI Victim Specialist at the Federal Bureau of Investigation (FBI) Houston
  // Field Office", the acronym used before it was given. The title follows the one rule: spelled
  // out where it is first printed, the organization after it by the acronym.
  it('a title holding an agency’s acronym spells it out at its first mention, the organization after it then by the acronym', () => {
    const t = bodyOf('supporting', (c) => {
      c.declarant.professional.title = 'FBI Victim Specialist';
      c.declarant.professional.organization = 'FBI Houston Field Office';
    });
    expect(t).toContain('I am a Federal Bureau of Investigation (FBI) Victim Specialist at the FBI Houston Field Office.');
    // The organization naming the same agency: the title says it, it is not added.
    const same = bodyOf('supporting', (c) => {
      c.declarant.professional.title = 'ICE Deportation Officer';
      c.declarant.professional.organization = 'ICE';
    });
    expect(same).toContain('I am a U.S. Immigration and Customs Enforcement (ICE) Deportation Officer.');
  });
  // The signature's capacity line is the same words as a label: printed after the first paragraph,
  // which gave every acronym it holds, so by the rule it keeps the acronym (spelled out again there
  // it would repeat what the acronym was introduced for); through the same rule, an acronym the
  // statement never gave would be spelled out (`inText`, below).
  it('the capacity line keeps an acronym the statement gave, and spells out one it did not', () => {
    const t = bodyOf('supporting', (c) => {
      c.declarant.professional.title = 'FBI Victim Specialist';
      c.declarant.professional.organization = 'FBI Houston Field Office';
    });
    expect(t).toContain('Naomi Castellanos-Reed | FBI Victim Specialist, FBI Houston Field Office | February 20, 2026');
    const a = organizationsInProse();
    expect([a.inText('HSI Special Agent'), a('HSI'), a.inText('HSI Special Agent'), a.inText('Victim Specialist (FBI)'), a.inText('FBI Victim Specialist'), a.inText('CEO of ICEBERG Inc.')]).toEqual([
      'Homeland Security Investigations (HSI) Special Agent',
      'HSI',
      'HSI Special Agent',
      'Victim Specialist (FBI)',
      'FBI Victim Specialist',
      'CEO of ICEBERG Inc.',
    ]);
  });
  it('each document spells out afresh; a closing period typed after the acronym is kept once', () => {
    const a = organizationsInProse();
    const b = organizationsInProse();
    expect([a('ICE.'), a('ICE'), b('ICE')]).toEqual(['U.S. Immigration and Customs Enforcement (ICE)', 'ICE', 'U.S. Immigration and Customs Enforcement (ICE)']);
    expect(withContacts('HSI.')).toContain('I was in contact with Homeland Security Investigations (HSI).');
  });
});
