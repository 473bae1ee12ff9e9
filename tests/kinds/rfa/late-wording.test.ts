// A late draft (docs/domain/rfa-deadline.md, "Late") is told to submit what is known now: "by the
// deadline", on page 1 twice, pointed at a time already gone.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { fixture, withCase, type Json } from './support.js';

const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);

describe('when to submit what is known', () => {
  it('late: "now", never "by the deadline"', () => {
    const text = body(fixture('late'));
    expect(text).not.toContain('by the deadline');
    expect(text).toContain('Submit what is known now; do not wait for missing information.');
    expect(text).toContain('Submit what is known now anyway');
  });
  it('on time: "by the deadline"', () => {
    const c = withCase((x) => (x.letterRecipient = null));
    expect(body(c)).toContain('Submit what is known by the deadline; do not wait for missing information.');
    expect(body(c)).toContain('Submit what is known by the deadline anyway');
  });
});
