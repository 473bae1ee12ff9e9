// A child who turns 18 within days of the request (docs/domain/rfa-deadline.md, "Part B after Part
// A"; turns-18-soon): the warning dates the 18th birthday from the case and says why the request
// goes before it. Until template 2.20.0 it said only "submit the request to OTIP before the 18th
// birthday", with no date and no reason.
import { describe, expect, it } from 'vitest';
import { BEFORE_18 } from '../../../src/kinds/rfa/age-rules.js';
import { ok, withCase } from './support.js';

const soon = (edit: (c: any) => void) => ok(withCase(edit)).warnings.find((w) => w.code === 'turns-18-soon')!;

describe('turns-18-soon, dated and explained', () => {
  it('prepared March 7, 2026, born March 10, 2008: in 3 days, March 10, 2026, and why', () => {
    const w = soon((c) => (c.child.dateOfBirth = '2008-03-10'));
    expect(w.message).toBe(`the child turns 18 in 3 days: submit the request to OTIP before the 18th birthday, March 10, 2026. ${BEFORE_18}`);
  });
  it('born March 20, 2008 (13 days left): March 20, 2026', () => {
    expect(soon((c) => (c.child.dateOfBirth = '2008-03-20')).message).toContain('before the 18th birthday, March 20, 2026. A request OTIP receives before that day is a child’s');
  });
  it('an estimated date of birth: the birthday is marked estimated', () => {
    const w = soon((c) => ((c.child.dateOfBirth = '2008-03-12'), (c.child.dateOfBirthEstimated = true)));
    expect(w.message).toContain('before the 18th birthday, March 12, 2026 (estimated).');
  });
  it('tomorrow night: the midnight, then the date', () => {
    expect(soon((c) => (c.child.dateOfBirth = '2008-03-09')).message).toMatch(/^the child turns 18 at midnight tomorrow night.*: submit the request to OTIP before the 18th birthday, March 9, 2026\. /);
  });
});
