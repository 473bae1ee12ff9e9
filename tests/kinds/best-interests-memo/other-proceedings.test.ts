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
