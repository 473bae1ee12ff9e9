// A child in more than one proceeding (docs/domain/best-interests-memo.md, "Other proceedings"):
// removal proceedings before an immigration judge and a state dependency case, each with its
// court and dates. The memo's decision stays one (decisionMaker, nextHearingOn); the others are
// printed under "Decision by:", their dates checked by the decision's own rules.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
import { errors, fixture, ok } from './cases.js';

const caption = (c: unknown): string[] => bodyTexts('best-interests-memo', c).filter((t) => /^(Decision by|Other proceedings?):/.test(t));
const warned = (c: unknown, code: string) => ok(c).warnings.filter((w) => w.code === code).map((w) => w.path);

// other-proceedings.json: memo January 15, 2026; Immigration Judge, Chicago, next hearing April 14,
// 2026; the Cook County dependency case's next hearing March 2, 2026.
const base = () => fixture('other-proceedings.json');

describe('printed under “Decision by:”, as an attorney lists the child’s cases', () => {
  it('the worked example: the court, the kind and number, what it decides, its dates', () => {
    expect(caption(base())).toEqual([
      'Decision by: Immigration Judge, Chicago Immigration Court; next hearing on April 14, 2026',
      'Other proceeding: Cook County Circuit Court, Juvenile Justice and Child Protection Department (dependency case no. 2025-JA-00417): SIJ findings and the permanency plan; next hearing on March 2, 2026, at which the decision is expected',
    ]);
  });
  it('two proceedings, each on its line; a kind without “case” takes its number apart; other adds no kind', () => {
    const c = base();
    c.otherProceedings.push(
      { court: 'U.S. District Court for the Northern District of Illinois', type: 'criminal', caseNumber: '1:25-cr-00311', nextHearingOn: '2026-06-01' },
      { court: 'Cook County Probate Division', type: 'other' },
    );
    c.otherProceedings[0].caseNumber = null;
    c.otherProceedings[0].matter = null;
    c.otherProceedings[0].decisionExpectedOn = null;
    expect(caption(c)[1]).toBe(
      'Other proceedings: Cook County Circuit Court, Juvenile Justice and Child Protection Department (dependency case): next hearing on March 2, 2026\n' +
        'U.S. District Court for the Northern District of Illinois (criminal case no. 1:25-cr-00311): next hearing on June 1, 2026\n' +
        'Cook County Probate Division',
    );
    c.otherProceedings = [{ court: 'Chicago Immigration Court', type: 'immigration-court', caseNumber: 'A 201-555-018' }];
    expect(caption(c)[1]).toBe('Other proceeding: Chicago Immigration Court (removal proceedings, case no. A 201-555-018)');
  });
  it('a case of an earlier contract, without the list, prints no such line and stays valid', () => {
    const c = fixture('pending-relief.json');
    ok(c);
    expect(caption(c)).toEqual(['Decision by: Immigration Judge, Chicago Immigration Court; next hearing on April 14, 2026']);
  });
});

describe('each proceeding’s dates by the decision’s own rules', () => {
  it('a next hearing or an expected decision before the memo date is refused, at that proceeding', () => {
    const c = base();
    c.otherProceedings[0].nextHearingOn = '2026-01-14';
    c.otherProceedings[0].decisionExpectedOn = '2026-01-14';
    expect(errors(c)).toEqual([
      ['otherProceedings.0.nextHearingOn', 'hearing-before-memo-date'],
      ['otherProceedings.0.decisionExpectedOn', 'decision-before-memo-date'],
    ]);
  });
  it('on the memo date both are accepted', () => {
    const c = base();
    c.otherProceedings[0].nextHearingOn = '2026-01-15';
    c.otherProceedings[0].decisionExpectedOn = '2026-01-15';
    expect(ok(c).warnings.map((w) => w.path).filter((p) => p.startsWith('otherProceedings'))).toEqual([]);
  });
  it('decision-before-hearing: a court’s decision expected before its own next hearing; not on that day or after', () => {
    const c = base();
    c.otherProceedings[0].decisionExpectedOn = '2026-03-01';
    expect(warned(c, 'decision-before-hearing')).toEqual(['otherProceedings.0.decisionExpectedOn']);
    c.otherProceedings[0].decisionExpectedOn = '2026-04-01';
    expect(warned(c, 'decision-before-hearing')).toEqual([]);
    // Not against the immigration judge's hearing: each proceeding is read against its own.
    c.otherProceedings[0].decisionExpectedOn = '2026-03-05';
    expect(warned(c, 'decision-before-hearing')).toEqual([]);
  });
  it('a proceeding names its court, and its kind from the list', () => {
    const c = base();
    delete c.otherProceedings[0].court;
    c.otherProceedings[0].type = 'family';
    const got = errors(c).map(([p]) => p);
    expect(got).toEqual(expect.arrayContaining(['otherProceedings.0.court', 'otherProceedings.0.type']));
  });
});

// The Time-sensitive box says when another court's next hearing or expected decision falls on or
// after the 18th birthday, as plain fact: what 18 means for that court's case is for the law that
// governs it (docs/domain/best-interests-memo-eighteen.md, "Other proceedings at 18"). The worked
// example's child (born May 1, 2009) turns 18 on May 1, 2027.
describe('another proceeding’s dates on or after the 18th birthday, in the Time-sensitive box', () => {
  const box = (c: unknown): string | undefined => bodyTexts('best-interests-memo', c).find((t) => t.startsWith('Time-sensitive:'));
  const COURT = 'Cook County Circuit Court, Juvenile Justice and Child Protection Department (dependency case no. 2025-JA-00417)';
  // This example's caption names no agency (a judge decides; no ORR case number, no appointing
  // body): the box's first "ORR" is the memo's first and spells it out (orr-mentions.test.ts).
  const AGE_OUT_FIRST = 'If the child is still in Office of Refugee Resettlement (ORR) custody on that birthday';
  it('a hearing on the birthday, at which the decision is expected, is said once, naming the court as the caption does', () => {
    const c = base();
    c.otherProceedings[0].nextHearingOn = '2027-05-01';
    c.otherProceedings[0].decisionExpectedOn = '2027-05-01';
    const got = box(c)!;
    expect(got.startsWith(`Time-sensitive: In ${COURT}, the next hearing, on May 1, 2027, at which the decision is expected, is on the child’s 18th birthday, May 1, 2027. ${AGE_OUT_FIRST}`)).toBe(true);
    // Not the memo's own "moot" sentence, which is about ORR's custody and the memo's own decision.
    expect(got).not.toContain('moot');
  });
  it('a hearing and a later decision each with its days after the birthday; a decision alone when only it is late', () => {
    const c = base();
    c.otherProceedings[0].nextHearingOn = '2027-05-03';
    c.otherProceedings[0].decisionExpectedOn = '2027-06-01';
    expect(box(c)).toContain(
      `In ${COURT}, the next hearing, on May 3, 2027, is 2 days after the child’s 18th birthday, May 1, 2027, and the decision is expected by June 1, 2027, 31 days after that birthday.`,
    );
    c.otherProceedings[0].nextHearingOn = '2027-04-30';
    expect(box(c)).toContain(`In ${COURT}, the decision is expected by June 1, 2027, 31 days after the child’s 18th birthday, May 1, 2027.`);
  });
  it('not said of a date the day before the birthday, nor of a proceeding without dates (no box at all)', () => {
    const c = base();
    c.otherProceedings[0].nextHearingOn = '2027-04-30';
    c.otherProceedings[0].decisionExpectedOn = '2027-04-30';
    c.otherProceedings.push({ court: 'Cook County Probate Division', type: 'other' });
    expect(box(c)).toBeUndefined();
    expect(box(base())).toBeUndefined();
  });
  it('after the memo’s own late decision and its “moot” sentence, each proceeding in its own sentence, the birthday named once', () => {
    const c = base();
    c.nextHearingOn = '2027-05-10';
    c.otherProceedings[0].nextHearingOn = '2027-05-20';
    c.otherProceedings[0].decisionExpectedOn = null;
    c.otherProceedings.push({ court: 'U.S. District Court for the Northern District of Illinois', type: 'criminal', caseNumber: '1:25-cr-00311', nextHearingOn: '2027-07-01' });
    expect(box(c)).toBe(
      'Time-sensitive: The next hearing, on May 10, 2027, is 9 days after the child’s 18th birthday, May 1, 2027. ' +
        'Because Office of Refugee Resettlement (ORR) custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then. ' +
        `In ${COURT}, the next hearing, on May 20, 2027, is 19 days after that birthday. ` +
        'In U.S. District Court for the Northern District of Illinois (criminal case no. 1:25-cr-00311), the next hearing, on July 1, 2027, is 61 days after that birthday. ' +
        'If the child is still in ORR custody on that birthday and is transferred to the custody of the Department of Homeland Security (DHS), ' +
        'DHS must consider placement in the least restrictive setting available, after taking into account danger to self, danger to the community and risk of flight, ' +
        'and the child is eligible for alternatives to detention, which may include placement with an individual or organizational sponsor (8 U.S.C. § 1232(c)(2)(B)).',
    );
  });
});

// An immigration judge decides in the child's removal proceedings: an other proceeding of type
// immigration-court beside that decision is most likely the same proceedings typed twice
// (domain file, "Other proceedings").
describe('proceeding-repeats-decision: removal proceedings listed again beside an immigration judge’s decision', () => {
  it('warned at that proceeding’s type, naming both fields; the fixture raises it', () => {
    const c = fixture('proceeding-repeats-decision.json');
    const w = ok(c).warnings.filter((x) => x.code === 'proceeding-repeats-decision');
    expect(w.map((x) => x.path)).toEqual(['otherProceedings.0.type']);
    expect(w[0].message).toContain('immigration-court');
    expect(w[0].message).toContain('decisionMaker');
    // Each such entry, wherever it stands in the list.
    c.otherProceedings.push({ court: 'Los Angeles Immigration Court', type: 'immigration-court' });
    expect(warned(c, 'proceeding-repeats-decision')).toEqual(['otherProceedings.0.type', 'otherProceedings.2.type']);
  });
  it('not warned when ORR or USCIS decides (the court case is then another proceeding), nor for another kind of case', () => {
    const c = fixture('proceeding-repeats-decision.json');
    c.decisionMaker = { type: 'orr' };
    c.recipient = 'ORR Federal Field Specialist';
    expect(warned(c, 'proceeding-repeats-decision')).toEqual([]);
    expect(warned(base(), 'proceeding-repeats-decision')).toEqual([]);
  });
});
