// Why a late request comes now (docs/domain/rfa-deadline.md, "Late"): past the 24 hours the page says the
// draft is late, and OTIP's first question is why; `lateReason` answers it beside "LATE", and is
// needed now once the 24 hours are past (fields.ts), never asked of a request on time.
import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';
import { fixture, ok, withCase, type Json } from './support.js';

const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);
const now = (c: Json): string[] => ok(c).computed.stillToFindOut.now.map((m: any) => m.path);
const WHY = 'The school told the agency of the concern two days after the child spoke to a teacher.';

describe('lateReason', () => {
  it('late and not given: needed now, a "Not yet known" row in the deadline box, and the warning asks for it', () => {
    const c = fixture('late');
    expect(now(c)).toContain('lateReason');
    const text = body(c);
    expect(text).toContain('Why after 24 hours *');
    expect(ok(c).warnings[0]!.message).toContain('say why it comes now (“Why the request comes after 24 hours”)');
    expect(text.indexOf('Why after 24 hours *')).toBeLessThan(text.indexOf(NOT_YET_KNOWN));
  });
  it('late and given: printed in the deadline box, before section 1, and not still to find out', () => {
    const c = { ...fixture('late'), lateReason: WHY };
    expect(now(c)).not.toContain('lateReason');
    const text = body(c);
    expect(text.split(WHY)).toHaveLength(2);
    expect(text.indexOf(WHY)).toBeLessThan(text.indexOf('1. Requester'));
    expect(ok(c).warnings[0]!.message).not.toContain('lateReason');
  });
  it('on time: no row and nothing to find out', () => {
    const c = withCase(() => {});
    expect(now(c)).not.toContain('lateReason');
    expect(body(c)).not.toContain('Why after 24 hours');
  });
});
