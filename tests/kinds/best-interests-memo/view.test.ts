// The template context of the best-interests memo: fixed factor order, labels and the sentences
// with computed numbers that view.ts pre-formats for the template.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kind } from '../../../src/kinds/best-interests-memo/index.js';
import { languageText, roleText, sourcesSentence } from '../../../src/kinds/best-interests-memo/contacts-view.js';
import { appointmentLine, lines, longDate, pendingReliefText } from '../../../src/kinds/best-interests-memo/view.js';
import { checkCase } from '../../../src/pipeline.js';
import { bodyTexts } from '../../support/model-text.js';
import { codes, errors, ok } from './cases.js';
import { ordinal, recommendedText } from '../../../src/kinds/best-interests-memo/alternatives.js';
import { parseCase } from '../../../src/validate.js';

const AGE_OUT_TEXT =
  'If the child is still in ORR custody on that birthday and is transferred to the custody of the Department of Homeland Security (DHS), ' +
  'DHS must consider placement in the least restrictive setting available, after taking into account danger to self, danger to the community and risk of flight, ' +
  'and the child is eligible for alternatives to detention, which may include placement with an individual or organizational sponsor (8 U.S.C. § 1232(c)(2)(B)).';

function viewOf(name: string, patch: (c: any) => void = () => {}): any {
  const raw = JSON.parse(readFileSync(new URL(`../../../fixtures/best-interests-memo/${name}`, import.meta.url), 'utf8'));
  patch(raw);
  const p = parseCase(kind.schema, raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  const r = kind.compute(p.data);
  return kind.view(p.data, r.computed, r.warnings);
}

describe('days in ORR custody (review B point 5)', () => {
  const row = (v: any) => v.facts.find((f: any) => f.label === 'In ORR custody since').value;
  it('admitted on the memo date: says so, not “0 days”', () => {
    const v = viewOf('full.json', (c) => (c.child.admittedToCustodyOn = c.preparedOn));
    expect(row(v)).toMatch(/^\w+ \d+, \d{4} \(admitted on the date of this memo\)$/);
  });
  it('one day and more: the count', () => {
    const v = viewOf('full.json', (c) => {
      c.preparedOn = '2026-03-02';
      c.child.admittedToCustodyOn = '2026-03-01';
    });
    expect(row(v)).toBe('March 1, 2026 (1 day on the date of this memo)');
  });
});

describe('immigration relief pending, in the Background', () => {
  const row = (v: any) => v.facts.find((f: any) => f.label === 'Immigration relief pending')?.value;
  it('each application by its name, with when it was filed and where it stands', () => {
    expect(row(viewOf('pending-relief.json'))).toBe(
      'Asylum (filed November 3, 2025; with USCIS, which has initial jurisdiction over a child’s application; interview not yet scheduled); ' +
        'Special Immigrant Juvenile status (filed January 5, 2026; with USCIS, on a state-court order with SIJ findings)',
    );
  });
  it('a T or U visa by its status; "other" by what the case says it is; no row without any', () => {
    expect(pendingReliefText({ type: 't-visa', filedOn: null, detail: null })).toBe('T nonimmigrant status (T visa)');
    expect(pendingReliefText({ type: 'other', filedOn: '2026-01-02', detail: 'Motion to reopen' })).toBe('Motion to reopen (filed January 2, 2026)');
    expect(row(viewOf('minimal.json'))).toBeUndefined();
  });
});

describe('the options weighed, as the table names them', () => {
  it('a shelter is "Shelter care", true of a child in a shelter and of one stepped down to it; a restrictive placement says which kinds', () => {
    const v = viewOf('minimal.json', (c) => {
      c.alternatives = [
        { option: 'shelter', recommended: true, reason: 'R.' },
        { option: 'restrictive-placement', recommended: false, reason: 'R.' },
      ];
    });
    expect(v.alternatives.map((a: any) => a.option)).toEqual([
      'Shelter care',
      'Restrictive placement (secure facility, residential treatment center or heightened supervision facility)',
    ]);
  });
});

describe('the languages row of the Background', () => {
  const row = (v: any) => v.facts.find((f: any) => f.label === 'Languages')?.value;
  it('several languages: the primary named after them', () => {
    expect(row(viewOf('full.json'))).toBe('K’iche’, Spanish (primary: K’iche’)');
  });
  it('the primary language alone is not named twice (“Mam”, not “Mam (primary: Mam)”)', () => {
    expect(row(viewOf('full.json', (c) => (c.child = { ...c.child, primaryLanguage: 'Mam', otherLanguages: [] })))).toBe('Mam');
  });
  it('other languages without a primary: listed, with no primary claimed', () => {
    expect(row(viewOf('full.json', (c) => (c.child = { ...c.child, primaryLanguage: null, otherLanguages: ['Spanish', 'Mam'] })))).toBe('Spanish, Mam');
  });
  it('a language given twice (the primary again among the others, or in another case) is listed once', () => {
    expect(row(viewOf('full.json', (c) => (c.child = { ...c.child, primaryLanguage: 'Mam', otherLanguages: ['mam ', 'Spanish'] })))).toBe('Mam, Spanish (primary: Mam)');
    expect(row(viewOf('full.json', (c) => (c.child = { ...c.child, primaryLanguage: 'Mam', otherLanguages: ['MAM'] })))).toBe('Mam');
    expect(row(viewOf('full.json', (c) => (c.child = { ...c.child, primaryLanguage: null, otherLanguages: ['Spanish', 'spanish'] })))).toBe('Spanish');
  });
});

describe('signature blocks (review B point 2)', () => {
  it('use the titles the case gives, as the “From:” line does', () => {
    const v = viewOf('full.json', (c) => {
      c.advocate.title = 'Senior Child Advocate';
      c.supervisingAttorney.title = 'Managing Attorney';
    });
    expect(v.advocate.line).toBe('Miriam Castellanos-Holt, Senior Child Advocate, Gulf Coast Child Advocacy Project');
    expect(v.advocate.capacity).toBe('Senior Child Advocate, Gulf Coast Child Advocacy Project');
    expect(v.supervisingAttorney).toEqual({ name: 'Jonah Feld', capacity: 'Managing Attorney, Gulf Coast Child Advocacy Project' });
  });
  it('fall back to “Child Advocate” and “Supervising Attorney” only when no title is given', () => {
    const v = viewOf('full.json', (c) => {
      delete c.advocate.title;
      c.supervisingAttorney.title = null;
      c.supervisingAttorney.organization = '';
    });
    expect(v.advocate.capacity).toBe('Child Advocate, Gulf Coast Child Advocacy Project');
    expect(v.supervisingAttorney.capacity).toBe('Supervising Attorney');
  });
});

describe('each fact of the caption said once', () => {
  it('the appointment line does not repeat "Child Advocate" when the advocate’s title on the line above says it', () => {
    const a = { appointedBy: 'the Office of Refugee Resettlement', appointedOn: '2025-12-10' };
    expect(appointmentLine({ ...a, title: 'Child Advocate' })).toBe('Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement on December 10, 2025');
    expect(appointmentLine({ ...a, title: 'Senior Child Advocate' })).toMatch(/^Appointed under/);
    expect(appointmentLine({ ...a, title: 'Social Worker' })).toBe('Child Advocate appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement on December 10, 2025');
    expect(appointmentLine({ title: null, appointedBy: null, appointedOn: null })).toBe('Child Advocate appointed under 8 U.S.C. § 1232(c)(6)');
  });
  it('the appointing body reads as English whether or not the advocate wrote its article (kit organizationInProse)', () => {
    const by = (appointedBy: string) => appointmentLine({ title: 'Child Advocate', appointedBy, appointedOn: null });
    expect(by('Office of Refugee Resettlement')).toBe('Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement');
    expect(by('the Office of Refugee Resettlement')).toBe('Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement');
    // Typed by its acronym, spelled out as every agency printed in prose is (it printed "by ORR"; 2.23.0).
    expect(by('ORR')).toBe('Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement (ORR)');
    expect(by('the ORR')).toBe('Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement (ORR)');
  });
  it('the Role part names the child’s attorney by name; the title and organization are in "Copy to:"', () => {
    const v = viewOf('full.json');
    expect(v.childAttorney).toBe('Sofia Brennan, Staff Attorney, Bayou Immigrant Legal Services');
    expect(v.childAttorneyName).toBe('Sofia Brennan');
    expect(viewOf('minimal.json').childAttorneyName).toBeNull();
  });
});

describe('recommended options ranked (practitioner review, m1)', () => {
  it('a lone recommended option given preference 1 reads "Yes", with no sentence about later choices', () => {
    const v = viewOf('full.json', (c) => (c.alternatives[0].preference = 1));
    expect(v.alternatives.map((x: any) => x.recommended)).toEqual(['Yes', 'No', 'No']);
    expect(v.alternativesRanked).toBe(false);
  });
  it('ordinals in words to ten, then in figures', () => {
    expect([1, 2, 3, 10, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['first', 'second', 'third', 'tenth', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
  it('the Recommended cell: No, Yes, or Yes with its rank', () => {
    expect(recommendedText({ recommended: false, preference: null })).toBe('No');
    expect(recommendedText({ recommended: true, preference: null })).toBe('Yes');
    expect(recommendedText({ recommended: true, preference: 2 })).toBe('Yes, second choice');
    expect(recommendedText({ recommended: true, preference: 1 }, false)).toBe('Yes');
  });
  it('ranked-placements: the table says which is the first choice, and the sentence after it is printed', () => {
    const v = viewOf('ranked-placements.json');
    expect(v.alternatives.map((a: any) => a.recommended)).toEqual(['Yes, first choice', 'Yes, second choice', 'No', 'Yes']);
    expect(v.alternativesRanked).toBe(true);
    expect(viewOf('full.json').alternativesRanked).toBe(false);
  });
});

describe('best-interests-memo view', () => {
  it('formats ISO dates without a time zone', () => {
    expect(longDate('2026-03-07')).toBe('March 7, 2026');
    expect(longDate('2028-02-29')).toBe('February 29, 2028');
  });

  it('lists the ten factors in the memo’s order, whatever the order of the input keys', () => {
    const v = viewOf('full.json', (c) => {
      c.factors = Object.fromEntries(Object.entries(c.factors).reverse());
    });
    expect(v.factors.map((f: any) => f.heading)).toEqual([
      'Safety and Well-being',
      'Expressed Interests, in Light of Age and Maturity',
      'Mental and Physical Health',
      'Family Relationships and the Wishes of Parents or Legal Guardians',
      'Adjustment to the Community',
      'Time in a Stable Environment',
      'Individualized Needs, Including Disability',
      'Liberty',
      'Development',
      'Identity, Cultural Background and Primary Language',
    ]);
    expect(v.factors.filter((f: any) => f.isFamilyIntegrity).map((f: any) => f.key)).toEqual(['familyIntegrity']);
  });

  it('normalises every factor form to {analysis, notApplicable}', () => {
    const v = viewOf('minimal.json', (c) => {
      c.factors.health = { analysis: 'A.' };
      c.factors.liberty = { notApplicable: true, reason: 'R.' };
      c.factors.development = { notApplicable: 'S.' };
    });
    const by = Object.fromEntries(v.factors.map((f: any) => [f.key, [f.analysis, f.notApplicable]]));
    expect(by.health).toEqual(['A.', null]);
    expect(by.liberty).toEqual([null, 'R.']);
    expect(by.development).toEqual([null, 'S.']);
    expect(by.safety[1]).toBeNull();
  });

  it('gives an analysis or a not-applicable reason for each factor, never both', () => {
    const v = viewOf('implicated-parent.json');
    const liberty = v.factors.find((f: any) => f.key === 'liberty');
    expect(liberty.analysis).toBeNull();
    expect(liberty.notApplicable).toMatch(/^Both options/);
    for (const f of v.factors) expect((f.analysis === null) !== (f.notApplicable === null)).toBe(true);
  });

  it('key facts carry the computed age, 18th birthday and days in custody', () => {
    const facts = Object.fromEntries(viewOf('full.json').facts.map((r: any) => [r.label, r.value]));
    expect(facts['Date of birth']).toBe('August 14, 2010');
    expect(facts['Age on the date of this memo']).toBe('15');
    expect(facts['18th birthday']).toBe('August 14, 2028, 888 days after the date of this memo');
    expect(facts['In ORR custody since']).toBe('November 20, 2025 (110 days on the date of this memo)');
    expect(facts['A-number']).toBe('A212345678');
    expect(facts['Languages']).toBe('K’iche’, Spanish (primary: K’iche’)');
  });

  it('an estimated date of birth says so; thousands get a separator', () => {
    const facts = Object.fromEntries(
      viewOf('minimal.json', (c) => {
        c.child.dateOfBirth = '2022-01-15';
        c.child.dateOfBirthEstimated = true;
      }).facts.map((r: any) => [r.label, r.value]),
    );
    expect(facts['Date of birth']).toBe('January 15, 2022 (estimated)');
    // 2026-01-15 → 2040-01-15: 14 years of which 2028, 2032, 2036 are leap: 14×365 + 3 = 5,113 days
    expect(facts['18th birthday']).toBe('January 15, 2040 (estimated), 5,113 days after the date of this memo');
  });

  it('a box that says ORR custody ends at 18 says, last, what the law requires next for a child still in custody (8 U.S.C. § 1232(c)(2)(B))', () => {
    const boxes = [
      viewOf('turns-18-soon.json').timeSensitive,
      viewOf('decision-after-18.json').timeSensitive,
      viewOf('full.json', (c) => {
        c.decisionMaker = { type: 'immigration-judge' };
        c.nextHearingOn = '2028-09-01';
      }).timeSensitive,
    ];
    for (const box of boxes) {
      expect(box.endsWith(AGE_OUT_TEXT)).toBe(true);
      // Said once, and only after the birthday is named ("on that birthday" has its referent).
      expect(box.split('least restrictive setting')).toHaveLength(2);
      expect(box.indexOf('18')).toBeLessThan(box.indexOf(AGE_OUT_TEXT));
    }
    expect(viewOf('full.json').timeSensitive).toBeNull();
  });

  it('prints the time-sensitive notice only with the turns-18 or decision-after-18 warning', () => {
    expect(viewOf('turns-18-soon.json').timeSensitive).toBe(
      'The child turns 18 on June 8, 2026, 90 days after the date of this memo. ORR custody ends at 18, and the Unaccompanied Refugee Minors program must be entered before the 18th birthday. ' +
        AGE_OUT_TEXT,
    );
    expect(viewOf('full.json').timeSensitive).toBeNull();
  });

  it('the time-sensitive notice connects a hearing after the 18th birthday to the end of ORR custody (practitioner review, m1)', () => {
    // Memo 2026-03-10; born 2008-03-29 (estimated) → 18 on 2026-03-29, 19 days on; hearing 2026-03-30.
    expect(viewOf('decision-after-18.json').timeSensitive).toBe(
      'The child turns 18 on March 29, 2026 (estimated), 19 days after the date of this memo, ' +
        'and the Unaccompanied Refugee Minors program must be entered before that birthday. ' +
        'The next hearing, on March 30, 2026, is 1 day after that birthday. ' +
        'Because ORR custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then. ' +
        AGE_OUT_TEXT,
    );
    // The end of ORR custody at 18 is said once in the box, not before the URM clause and again at the end.
    expect(viewOf('decision-after-18.json').timeSensitive.match(/custody[^.]* ends at 18/g)).toHaveLength(1);
    // On the birthday itself, and a decision ORR is expected to make 4 days after it.
    expect(viewOf('decision-after-18.json', (c) => {
      c.nextHearingOn = '2026-03-29';
      c.decisionExpectedOn = '2026-04-02';
    }).timeSensitive).toContain('The next hearing, on March 29, 2026, is on that birthday. The decision is expected by April 2, 2026, 4 days after that birthday. Because');
  });

  it('with the 18th birthday far off, the notice names it where it first gives it (full: 18 on 2028-08-14)', () => {
    const v = viewOf('full.json', (c) => {
      c.decisionMaker = { type: 'immigration-judge' };
      c.nextHearingOn = '2028-09-01';
    });
    expect(v.timeSensitive).toBe(
      'The next hearing, on September 1, 2028, is 18 days after the child’s 18th birthday, August 14, 2028. ' +
        'Because ORR custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then. ' +
        AGE_OUT_TEXT,
    );
    const est = viewOf('full.json', (c) => {
      c.child.dateOfBirthEstimated = true;
      c.decisionMaker = { type: 'immigration-judge' };
      c.nextHearingOn = '2028-08-14';
    });
    expect(est.timeSensitive).toMatch(/^The next hearing, on August 14, 2028, is on the child’s 18th birthday, August 14, 2028 \(estimated\)\. Because/);
  });

  it('every date or age computed from an estimated date of birth says “(estimated)” (practitioner review, m1)', () => {
    const facts = Object.fromEntries(viewOf('decision-after-18.json').facts.map((r: any) => [r.label, r.value]));
    expect(facts['Date of birth']).toBe('March 29, 2008 (estimated)');
    expect(facts['Age on the date of this memo']).toBe('17 (estimated)');
    expect(facts['18th birthday']).toBe('March 29, 2026 (estimated), 19 days after the date of this memo');
  });

  it('contacts are in date order with readable role, language and mode', () => {
    const rows = viewOf('full.json', (c) => c.contacts.reverse()).contacts;
    expect(rows.map((r: any) => r.when)).toEqual([
      '2025-12-15', '2026-01-08', '2026-01-10', '2026-01-14', '2026-01-22', '2026-02-03', '2026-02-10', '2026-02-20',
    ]);
    // A detail part that names the role is the role's words, the rest in parentheses (roleText).
    expect(rows[2]).toEqual({ when: '2026-01-10', person: 'Rosa Ajú Tzoc', role: 'Proposed sponsor (maternal aunt)', language: 'Spanish', mode: 'Phone' });
    expect(rows[3].role).toBe('Parent (mother)');
    expect(rows[6].role).toBe('Child’s attorney');
    expect(rows[0].language).toBe('K’iche’, with an interpreter (telephone interpretation service)');
    expect(rows[0].mode).toBe('In person');
    const min = viewOf('minimal.json').contacts[0];
    expect([min.role, min.language, min.mode]).toEqual(['Child', '—', '—']);
  });

  it('an interpreter described by the language again does not repeat it', () => {
    expect(languageText('K’iche’', 'K’iche’ interpreter (telephone service)')).toBe('K’iche’, with an interpreter (telephone service)');
    expect(languageText('Mam', 'Ana Pérez')).toBe('Mam, with an interpreter (Ana Pérez)');
    expect(languageText('Mam', 'interpreter')).toBe('Mam, with an interpreter');
    expect(languageText(null, null)).toBe('—');
  });
  it('an interpreter without a language: the cell says "With an interpreter (…)", never a dash before it', () => {
    expect(languageText(null, 'Ana López')).toBe('With an interpreter (Ana López)');
    expect(languageText(null, 'an interpreter')).toBe('With an interpreter');
  });

  it('the sources sentence counts conversations with the child and distinct other people', () => {
    const c = (role: string, person: string) => ({ date: '2026-01-01', person, role, roleDetail: null, language: null, mode: null, interpreter: null });
    expect(sourcesSentence([c('child', 'T')] as any)).toBe('The advocate met or spoke with the child once and consulted no one else, as listed below.');
    expect(sourcesSentence([c('child', 'T'), c('child', 'T'), c('parent', 'M'), c('parent', 'M')] as any)).toBe(
      'The advocate met or spoke with the child twice and also consulted one other person, as listed below.',
    );
    // Small counts in words, beside "once" and "twice"; ten and above in figures.
    const many = (n: number, role: string) => Array.from({ length: n }, (_, i) => c(role, `P${i}`));
    expect(sourcesSentence([...many(3, 'child'), ...many(9, 'parent')] as any)).toBe(
      'The advocate met or spoke with the child three times and also consulted nine other people, as listed below.',
    );
    expect(sourcesSentence([...many(12, 'child'), ...many(10, 'parent')] as any)).toBe(
      'The advocate met or spoke with the child 12 times and also consulted 10 other people, as listed below.',
    );
  });

  it('roles: the detail alone when it names the role, else label (detail)', () => {
    expect(roleText('attorney', 'child’s attorney')).toBe('Child’s attorney');
    expect(roleText('case-manager', 'shelter case manager')).toBe('Shelter case manager');
    expect(roleText('parent', 'mother')).toBe('Parent (mother)');
    expect(roleText('child', null)).toBe('Child');
  });
  it('roles read alike, the role first: a sponsor whose detail names the role is "Proposed sponsor (paternal uncle)"', () => {
    // It printed "Paternal uncle, proposed sponsor", the role last, beside "Parent (mother, proposed sponsor)".
    expect(roleText('sponsor', 'paternal uncle, proposed sponsor')).toBe('Proposed sponsor (paternal uncle)');
    expect(roleText('sponsor', 'Proposed sponsor; mother’s cousin')).toBe('Proposed sponsor (mother’s cousin)');
    expect(roleText('parent', 'mother, proposed sponsor')).toBe('Parent (mother, proposed sponsor)');
    expect(roleText('sponsor', 'maternal aunt')).toBe('Sponsor (maternal aunt)');
    expect(roleText('case-manager', 'shelter case manager, Casa Esperanza')).toBe('Shelter case manager (Casa Esperanza)');
  });

  it('who decides and when', () => {
    expect(viewOf('hostile.json').decisionBy).toMatch(/^The Honorable <Judge> & Co\. \(Immigration judge\); next hearing on April 13, 2026$/);
    // The decision-maker's label names ORR, which the memo uses later: the acronym is given there.
    expect(viewOf('minimal.json').decisionBy).toBe('Office of Refugee Resettlement (ORR)');
  });
  it('a hearing date and an expected decision date given together: the caption prints both, neither dropped', () => {
    const both = viewOf('hostile.json', (c) => (c.decisionExpectedOn = '2026-05-01'));
    expect(both.decisionBy).toMatch(/; next hearing on April 13, 2026; decision expected by May 1, 2026$/);
    expect(viewOf('full.json').decisionBy).toBe('ORR Federal Field Specialist, Houston region; decision expected by March 31, 2026');
  });

  // The shipped template prints the recipient with the lines helper; the list stays for a clinic's
  // template written before it, whose {{#each recipientLines}} would print nothing without it.
  it('still gives the recipient as lines, blank ones dropped, for templates that read them', () => {
    expect(viewOf('full.json').recipientLines).toEqual(['Elena Varga', 'Federal Field Specialist', 'Office of Refugee Resettlement, Houston region']);
  });

  it('cross-references the RFA and OTIP letters', () => {
    expect(viewOf('full.json').relatedDocuments).toEqual([
      'Request for Assistance for a child to HHS OTIP, dated December 2, 2025, submitted by the shelter case manager',
      'OTIP Eligibility Letter, dated January 20, 2026',
    ]);
  });
});

// Every block's text of the memo built from a case (a line break as "\n"), table cells one by one.
const texts = (c: unknown): string[] => bodyTexts('best-interests-memo', c, { tables: 'cells' });

describe('text written in paragraphs keeps them wherever the memo prints it', () => {
  // Two paragraphs run into one ("…setting. Lucía wants…") would show as one string holding both.
  const c = JSON.parse(readFileSync(new URL('../../../fixtures/best-interests-memo/full.json', import.meta.url), 'utf8'));
  c.recommendations[0].text = 'Release Lucía to her aunt.\n\nIf the home study is unfavorable, place her in URM foster care.';
  c.alternatives[0].reason = 'Lucía wants to live with her aunt.\n\nThe aunt’s home is safe.';
  c.alternatives[2].description = 'Remaining in the ORR shelter\nin Houston';
  c.childsWords[1].text = 'I have to work.\n\nMy mother must not suffer.';
  c.factors.liberty = { notApplicable: 'Not at issue in this decision.\n\nThe child is not in a restrictive placement.' };
  const t = texts(c);

  it('a recommendation of two paragraphs is two paragraphs of its item', () => {
    expect(t).toContain('Release Lucía to her aunt.');
    expect(t).toContain('If the home study is unfavorable, place her in URM foster care.');
  });
  // A paragraph break is an empty line (two line breaks), a line break one: with only a line
  // break between them, a cell's second paragraph read on from the first wherever the wrap
  // filled the line before it.
  it('a table cell, a quotation and a factor not applicable keep a paragraph break as an empty line, a line break as a line break', () => {
    expect(t).toContain('Lucía wants to live with her aunt.\n\nThe aunt’s home is safe.');
    expect(t).toContain('Remaining in the ORR shelter\nin Houston');
    expect(t).toContain('In the child\'s words: “I have to work.\n\nMy mother must not suffer.” (translated from K’iche’)');
    expect(t).toContain('Not applicable. Not at issue in this decision.\n\nThe child is not in a restrictive placement.');
  });
  it('lines(): each line of the text, blank lines between paragraphs dropped, nothing else changed (the lists kept for older clinic templates)', () => {
    expect(lines('One.\n\n  \nTwo,\nthree. ')).toEqual(['One.', 'Two,', 'three. ']);
    expect(lines('One line.')).toEqual(['One line.']);
  });
  it('the recipient: its lines, a blank one dropped', () => {
    const r = JSON.parse(JSON.stringify(c));
    r.recipient = 'Elena Varga\n\nFederal Field Specialist\nOffice of Refugee Resettlement, Houston region';
    expect(texts(r)).toContain('To: Elena Varga\nFederal Field Specialist\nOffice of Refugee Resettlement, Houston region');
  });
});

describe('a parent who has died', () => {
  const withParents = (parents: unknown[]) => {
    const c = JSON.parse(readFileSync(new URL('../../../fixtures/best-interests-memo/minimal.json', import.meta.url), 'utf8'));
    c.factors.familyIntegrity = 'Both of Tomás’s parents died in 2022; his older sister lives in Lima.';
    c.parentsWishes = parents;
    return c;
  };
  it('is recorded as deceased under the name, with no wishes asked for and no "not recorded"', () => {
    const t = texts(withParents([{ person: 'Juan Quispe', relationship: 'father', deceased: true }]));
    const i = t.indexOf('Juan Quispe (father):');
    expect(i).toBeGreaterThan(-1);
    expect(t[i + 1]).toBe('Deceased.');
    expect(t.join('\n')).not.toContain('not recorded in this memo');
    expect(ok(withParents([{ person: 'Juan Quispe', relationship: 'father', deceased: true }])).warnings).toEqual([]);
  });
  it('family-factor-not-applicable is about wishes printed under the factor: a parent recorded only as deceased raises none', () => {
    const na = (parents: unknown[]) => {
      const c = withParents(parents);
      c.factors.familyIntegrity = { notApplicable: 'Tomás has no living parent and no family in the United States.' };
      return codes(ok(c).warnings);
    };
    expect(na([{ person: 'Juan Quispe', relationship: 'father', deceased: true }])).toEqual([]);
    expect(na([{ person: 'Rosa Mamani', relationship: 'mother', deceased: true, wishes: 'She asked that Tomás stay with his sister.' }])).toEqual(['family-factor-not-applicable']);
  });
  it('wishes expressed before death are printed after the note; an implicated parent’s note stands only over wishes', () => {
    const t = texts(withParents([{ person: 'Rosa Mamani', relationship: 'mother', deceased: true, wishes: 'She asked that Tomás stay with his sister.' }]));
    const i = t.indexOf('Rosa Mamani (mother):');
    expect(t.slice(i + 1, i + 3)).toEqual(['Deceased. The wishes below were expressed before Rosa Mamani died.', 'She asked that Tomás stay with his sister.']);
    const j = texts(withParents([{ person: 'Juan Quispe', relationship: 'father', deceased: true, parentImplicated: true }]));
    expect(j.join('\n')).not.toContain('Not relied on');
  });
  it('a living parent still needs the wishes (at wishes, naming the way out)', () => {
    expect(errors(withParents([{ person: 'Juan Quispe', relationship: 'father' }]))).toEqual([['parentsWishes.0.wishes', 'invalid-type']]);
    const r = checkCase('best-interests-memo', withParents([{ person: 'Juan Quispe', relationship: 'father' }]));
    expect(r.ok ? '' : r.errors[0]!.message).toContain('or mark the parent deceased');
  });
});

describe('whether the recommendations depart from the child’s wishes, when the case does not say', () => {
  // restrictive-placement.json: Tomás asks to live with a family, the advocate recommends a
  // shelter. Without `divergence` the memo said "The advocate has not identified any divergence",
  // a finding the advocate never made (docs/domain/best-interests-memo.md, "Sections", item 8).
  const c = JSON.parse(readFileSync(new URL('../../../fixtures/best-interests-memo/restrictive-placement.json', import.meta.url), 'utf8'));
  delete c.divergence;

  it('is warned at divergence, and no finding is printed on the advocate’s behalf', () => {
    expect(codes(ok(c).warnings)).toEqual(['divergence-not-stated']);
    expect(ok(c).warnings[0]!.path).toBe('divergence');
    const t = texts(c).join('\n');
    expect(t).not.toMatch(/not identified any divergence|consistent with the child's expressed wishes|depart from/);
    expect(t).toContain("The child's expressed wishes are set out in Part 5 and the advocate's recommendations in Part 8.");
  });
  it('is not warned once the advocate says, either way', () => {
    expect(ok({ ...c, divergence: { diverges: false } }).warnings).toEqual([]);
    const d = { ...c, divergence: { diverges: true, explanation: 'A shelter first, then a family.' } };
    expect(ok(d).warnings).toEqual([]);
    expect(texts(d).join('\n')).toContain('A shelter first, then a family.');
  });
});

describe('records reviewed', () => {
  // "No records are listed." read as records the drafter left out; the memo says what the
  // advocate signs (docs/domain/best-interests-memo.md, Sections, 4).
  it('none given: the memo says the advocate reviewed none, not that none are listed', () => {
    const c = JSON.parse(readFileSync(new URL('../../../fixtures/best-interests-memo/no-records-reviewed.json', import.meta.url), 'utf8'));
    expect(c.recordsReviewed ?? []).toEqual([]);
    const text = bodyTexts('best-interests-memo', c).join('\n');
    expect(text).toContain('Records reviewed\nThe advocate reviewed no records for this memo.');
    expect(text).not.toContain('No records are listed');
  });
});
