// A caption or party line says each thing once (docs/domain/best-interests-memo.md, "Sections" 1):
// "Decision by: ORR Federal Field Specialist … (Office of Refugee Resettlement)" named the office
// twice, a proposed sponsor read "father; the child’s parent or legal guardian", and the same for
// an organization a title already names and a "Copy to:" whose title already says whose attorney.
// Hits and non-hits, and the rendered caption in both formats.
import { describe, expect, it } from 'vitest';
import { proposedSponsorText } from '../../../src/kinds/best-interests-memo/sponsors.js';
import { copyToLine, decisionLine, personLine, signatureCapacity } from '../../../src/kinds/best-interests-memo/view.js';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfText, squash } from '../../support/extract.js';
import { fixture, K } from './cases.js';

const by = (type: string, name: string | null) => {
  const c = fixture('minimal.json');
  c.decisionMaker = { type, name };
  c.nextHearingOn = null;
  c.decisionExpectedOn = null;
  return decisionLine(c);
};
const sponsor = (relationship: string, relationshipDetail: string | null) => proposedSponsorText({ name: 'Rosa Tum', relationship, relationshipDetail } as never);

describe('the decision-maker’s office said once', () => {
  it('a name that names its office, by name or abbreviation, gets no label after it', () => {
    expect(by('orr', 'ORR Federal Field Specialist, Houston region')).toBe('ORR Federal Field Specialist, Houston region');
    expect(by('orr', 'Federal Field Specialist Elena Varga')).toBe('Federal Field Specialist Elena Varga');
    expect(by('orr', 'Office of Refugee Resettlement, Houston')).toBe('Office of Refugee Resettlement, Houston');
    expect(by('immigration-judge', 'Hon. Maria Ortiz, Houston Immigration Court')).toBe('Hon. Maria Ortiz, Houston Immigration Court');
    expect(by('immigration-judge', 'IJ Ortiz (EOIR Houston)')).toBe('IJ Ortiz (EOIR Houston)');
    expect(by('uscis', 'USCIS Vermont Service Center')).toBe('USCIS Vermont Service Center');
    expect(by('asylum-office', 'Houston Asylum Office')).toBe('Houston Asylum Office');
  });
  it('a name that does not say the office keeps the label', () => {
    expect(by('orr', 'Elena Varga')).toBe('Elena Varga (Office of Refugee Resettlement)');
    // "Judge" alone does not say which court; "Service Center" does not say USCIS by name.
    expect(by('immigration-judge', 'Judge Maria Ortiz')).toBe('Judge Maria Ortiz (Immigration judge)');
    expect(by('uscis', 'Houston Asylum Office')).toBe('Houston Asylum Office (U.S. Citizenship and Immigration Services)');
    expect(by('asylum-office', 'USCIS Houston')).toBe('USCIS Houston (USCIS Asylum Office)');
    // A person named Orr is not the office.
    expect(by('orr', 'Katherine Orr')).toBe('Katherine Orr (Office of Refugee Resettlement)');
    expect(by('orr', null)).toBe('Office of Refugee Resettlement');
  });
});

describe('a sponsor’s relationship said once', () => {
  it('a detail that names the category leaves the category’s words out', () => {
    expect(sponsor('parent-or-legal-guardian', 'father')).toBe('Rosa Tum (father)');
    expect(sponsor('parent-or-legal-guardian', 'Mother, in Houston')).toBe('Rosa Tum (Mother, in Houston)');
    expect(sponsor('parent-or-legal-guardian', 'grandmother and legal guardian')).toBe('Rosa Tum (grandmother and legal guardian)');
    expect(sponsor('relative', 'paternal uncle')).toBe('Rosa Tum (paternal uncle)');
    expect(sponsor('relative', 'mother’s cousin, in Houston')).toBe('Rosa Tum (mother’s cousin, in Houston)');
    expect(sponsor('relative', 'half-sister')).toBe('Rosa Tum (half-sister)');
    expect(sponsor('non-relative', 'neighbour, not related')).toBe('Rosa Tum (neighbour, not related)');
  });
  it('a detail that does not say it keeps them: a possessive is not the relation, a friend may be kin', () => {
    expect(sponsor('parent-or-legal-guardian', 'mother’s partner')).toBe('Rosa Tum (mother’s partner; the child’s parent or legal guardian)');
    expect(sponsor('parent-or-legal-guardian', 'stepfather')).toBe('Rosa Tum (stepfather; the child’s parent or legal guardian)');
    expect(sponsor('relative', 'father’s godmother')).toBe('Rosa Tum (father’s godmother; a relative of the child)');
    expect(sponsor('non-relative', 'family friend from the child’s town')).toBe('Rosa Tum (family friend from the child’s town; not related to the child)');
    expect(sponsor('relative', null)).toBe('Rosa Tum (a relative of the child)');
  });
});

describe('a title, its organization and the attorney’s role said once', () => {
  it('an organization the title names is not added again; one it does not name is', () => {
    expect(personLine({ name: 'Ana Ruiz', title: 'Staff Attorney, Bayou Legal Services', organization: 'Bayou Legal Services' })).toBe('Ana Ruiz, Staff Attorney, Bayou Legal Services');
    expect(personLine({ name: 'Ana Ruiz', title: 'Child Advocate', organization: 'Child Advocacy Project' })).toBe('Ana Ruiz, Child Advocate, Child Advocacy Project');
    expect(signatureCapacity('Child Advocate, the Gulf Coast Project', 'Child Advocate', 'Gulf Coast Project')).toBe('Child Advocate, the Gulf Coast Project');
    expect(signatureCapacity(null, 'Supervising Attorney', 'Gulf Coast Project')).toBe('Supervising Attorney, Gulf Coast Project');
  });
  it('“Copy to:” names the role once', () => {
    expect(copyToLine({ name: 'Sofia Brennan', title: 'Staff Attorney', organization: 'Bayou Legal Services' })).toBe('Sofia Brennan, Staff Attorney, Bayou Legal Services, attorney for the child');
    expect(copyToLine({ name: 'Sofia Brennan', title: 'Attorney for the Child', organization: null })).toBe('Sofia Brennan, Attorney for the Child');
    expect(copyToLine({ name: 'Sofia Brennan', title: 'Child’s Attorney', organization: 'KIND' })).toBe('Sofia Brennan, Child’s Attorney, KIND');
  });
});

describe.each(['pdf', 'docx'] as const)('%s: the caption and the Background say each thing once', (format: Format) => {
  it('Decision by, From, Copy to and the proposed sponsor', async () => {
    const c = fixture('full.json');
    c.decisionMaker = { type: 'orr', name: 'ORR Federal Field Specialist, Houston region' };
    c.advocate.title = 'Child Advocate, Gulf Coast Child Advocacy Project';
    c.childAttorney = { name: 'Sofia Brennan', title: 'Attorney for the Child', organization: null };
    c.proposedSponsor = null;
    c.proposedSponsors = [{ name: 'Tomás Oxlaj', relationship: 'parent-or-legal-guardian', relationshipDetail: 'father' }];
    const t = squash(format === 'pdf' ? pdfText((await generate({ kind: K, input: c, format })).bytes) : docxText((await generate({ kind: K, input: c, format })).bytes));
    expect(t).toContain('Decision by: ORR Federal Field Specialist, Houston region');
    expect(t).not.toContain('(Office of Refugee Resettlement)');
    expect(t).toContain('Miriam Castellanos-Holt, Child Advocate, Gulf Coast Child Advocacy Project Appointed');
    expect(t).toContain('Copy to: Sofia Brennan, Attorney for the Child Re:');
    expect(t).toContain('Tomás Oxlaj (father)');
    expect(t).not.toContain('father; the child’s parent or legal guardian');
  });
});

// A judge's decision expected on the day of the hearing is one date: the caption and the
// Time-sensitive box read "next hearing on April 14, 2026; decision expected by April 14, 2026" and
// "The next hearing, on April 14, 2026, is … The decision is expected by April 14, 2026, …".
describe('a court’s decision expected at its hearing: the date said once', () => {
  // pending-relief.json: Immigration Judge, memo January 15, 2026, next hearing April 14, 2026.
  const judge = (decisionExpectedOn: string | null) => ({ ...fixture('pending-relief.json'), decisionExpectedOn });
  it('the caption: “at which the decision is expected”; another day, or ORR, keeps both dates', () => {
    expect(decisionLine(judge('2026-04-14'))).toBe('Immigration Judge, Chicago Immigration Court; next hearing on April 14, 2026, at which the decision is expected');
    expect(decisionLine(judge('2026-05-01'))).toBe('Immigration Judge, Chicago Immigration Court; next hearing on April 14, 2026; decision expected by May 1, 2026');
    const orr = { ...judge('2026-04-14'), decisionMaker: { type: 'orr', name: 'ORR Federal Field Specialist, Chicago region' } };
    expect(decisionLine(orr)).toBe('ORR Federal Field Specialist, Chicago region; next hearing on April 14, 2026; decision expected by April 14, 2026');
  });
  it('the Time-sensitive box, both dates after the 18th birthday: one sentence', async () => {
    const c = { ...judge('2026-04-14'), child: { ...fixture('pending-relief.json').child, dateOfBirth: '2008-03-01' } };
    const t = squash(pdfText((await generate({ kind: K, input: c, format: 'pdf' })).bytes));
    expect(t).toContain('The next hearing, on April 14, 2026, at which the decision is expected, is 44 days after that birthday. Because');
    expect(t).not.toContain('The decision is expected by April 14, 2026');
  });
});
