// A late draft (docs/domain/rfa-deadline.md, "Late") is told to submit what is known now: "by the
// deadline", on page 1 twice, pointed at a time already gone.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { fixture, ok, withCase, type Json } from './support.js';

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

// Caseworker review, round r53: a voicemail left Friday at 5:00 PM, heard Saturday at 11:00 PM.
// Written as when it was left, the draft read 30 hours late with no word of when a concern is
// learned; the warning now says a voicemail, email or letter is learned of when heard or read.
describe('a concern left in a voicemail (rfa-deadline.md, "Late")', () => {
  it('the late warning says the concern is learned of when heard or read, naming the field as the page does', () => {
    const c = withCase((x) => ((x.requester.timeZone = 'America/New_York'), (x.discoveredAt = '2026-03-06T17:00:00-05:00'), (x.preparedAt = '2026-03-07T23:10:00-05:00')));
    const w = ok(c).warnings.find((x) => x.code === 'rfa-past-24-hours')!;
    expect(w.message).toContain('30 hours 10 minutes after the concern was learned');
    expect(w.message).toContain('If the concern came in a voicemail, an email or a letter, the time the concern was learned is when the requester heard or read it, not when it was left or sent');
  });
  it('heard within the hour before the draft: on time, no warning', () => {
    const c = withCase((x) => ((x.requester.timeZone = 'America/New_York'), (x.discoveredAt = '2026-03-07T23:00:00-05:00'), (x.preparedAt = '2026-03-07T23:10:00-05:00')));
    expect(ok(c).warnings.map((x) => x.code)).not.toContain('rfa-past-24-hours');
  });
});

// Round r54: the warning said so, but "Concern learned at"'s help, read before the time is typed,
// said only "when the requester learned of the concern": the caseworker wrote when the voicemail
// was left and learned the rule from the warning. The help says it in the warning's words.
describe('"Concern learned at"’s help says what the late warning says', () => {
  it('the JSON Schema’s description (the form’s help) says a voicemail, email or letter counts from when it was heard or read', () => {
    const help = (caseJsonSchema(getKind('rfa')) as { properties: Record<string, { description: string }> }).properties.discoveredAt!.description;
    expect(help).toContain('If the concern came in a voicemail, an email or a letter, this is when the requester heard or read it, not when it was left or sent.');
    const c = withCase((x) => ((x.discoveredAt = '2026-03-06T17:00:00-05:00'), (x.preparedAt = '2026-03-07T23:10:00-05:00')));
    const w = ok(c).warnings.find((x) => x.code === 'rfa-past-24-hours')!;
    // The same rule in both: the warning's sentence after its field's name is the help's.
    const rule = /is (when the requester heard or read it, not when it was left or sent)/;
    expect(rule.exec(help)?.[1]).toBe(rule.exec(w.message)?.[1]);
  });
});
