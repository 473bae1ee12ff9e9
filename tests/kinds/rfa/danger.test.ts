// The child of the request in current danger (docs/domain/rfa.md, "The child in danger now"): the
// draft said "Child in current danger: Yes" and nothing more, where another child still with the
// suspected trafficker was told to be reported as for any child. The warning child-in-danger says
// to report it now, to whom, and that the report is never a condition of the letter.
import { describe, expect, it } from 'vitest';
import { codes, fixture, ok, withCase } from './support.js';

const danger = (c: Parameters<typeof ok>[0]) => ok(c).warnings.find((w) => w.code === 'child-in-danger');

describe('child-in-danger', () => {
  it('a child in current danger, not reported: report it now to child welfare and law enforcement, never a condition of the letter', () => {
    const w = danger(withCase((c) => (c.safety = { inCurrentDanger: true })))!;
    expect(w.path).toBe('safety.inCurrentDanger');
    expect(w.message).toBe(
      'the child is in current danger (section 6): this request is no emergency report and does not protect the child now; report the danger now as for any child, to child welfare (child protective services) and law enforcement, and call 911 if the danger is immediate. The report is for the child’s safety, never a condition of the child’s letter',
    );
  });
  it('the suspected trafficker’s access, given or implied by a suspected sponsor the child lives with, is named', () => {
    const w = danger(fixture('released-to-sponsor'))!;
    expect(w.message).toContain('the child is in current danger (section 6), and the suspected trafficker has access to the child:');
    const implied = withCase((c) => {
      c.safety = { inCurrentDanger: true };
      c.parentsOrGuardians = [{ relationship: 'father', name: 'Tomás Ruiz', suspectedInTrafficking: true, livesWithChild: true }];
    });
    expect(danger(implied)!.message).toContain('has access to the child');
  });
  it('already reported (or the requester is law enforcement): tell child welfare, and the contact that the danger is current', () => {
    for (const edit of [(c: any) => (c.lawEnforcement = { reported: true }), (c: any) => (c.requester.lawEnforcement = true)]) {
      const w = danger(withCase((c) => ((c.safety = { inCurrentDanger: true }), edit(c))))!;
      expect(w.message).toContain('tell child welfare (child protective services) now, and the law-enforcement contact (section 7) that the danger is current');
      expect(w.message).not.toContain('report the danger now');
    }
  });
  it('no danger, or not yet known: no warning', () => {
    expect(codes(ok(withCase((c) => (c.safety = { inCurrentDanger: false, traffickerHasAccess: true }))))).not.toContain('child-in-danger');
    expect(codes(ok(withCase((c) => (c.safety = {}))))).not.toContain('child-in-danger');
  });
  it('comes first of the checks after the deadline’s, before the letter and other children', () => {
    expect(codes(ok(fixture('letter-to-suspect')))).toEqual(['child-in-danger', 'letter-to-suspect']);
  });
});
