// The RFA's phone numbers (docs/domain/rfa-draft.md, "Phones"): the requester's is required, as
// OTIP's form asks, and a requester with no phone of their own is told what to give (the
// organization's main number), where "is required" alone left nothing to do but a filler; a
// number of one digit repeated ("000-000-0000"), typed for "none" or "not known", is refused in
// every phone field of the case, where the page printed it as a number to call.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

/** The errors of an invalid case as "path code: message". */
function problems(c: Json): string[] {
  const r = checkCase('rfa', c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors.map((e) => `${e.path} ${e.code}: ${e.message}`);
}

const ORG_LINE = 'with no direct line, give the organization’s main number';

describe('the requester with no phone of their own', () => {
  it('left out: "is required", why, and what to give instead', () => {
    expect(problems(withCase((c) => delete c.requester.phone))).toEqual([`requester.phone invalid-type: is required: OTIP calls the requester about the request; ${ORG_LINE}`]);
  });
  it('"none" or a number too short: the rule, and what to give instead', () => {
    for (const p of ['none', 'n/a', '311']) {
      expect(problems(withCase((c) => (c.requester.phone = p)))).toEqual([`requester.phone invalid-phone: must be a phone number of 7 to 15 digits (an extension may follow "x"); ${ORG_LINE}`]);
    }
  });
  it('a filler of one digit repeated is refused: the draft would print it as the number OTIP calls', () => {
    for (const p of ['000-000-0000', '(000) 000-0000', '1111111', '+0 000 000 0000 x12']) {
      expect(problems(withCase((c) => (c.requester.phone = p)))).toEqual([`requester.phone invalid-phone: must be a phone number, not one digit repeated; ${ORG_LINE}`]);
    }
  });
  it('real numbers pass, zeros within them too', () => {
    for (const p of ['+1 555 0100 200', '555-010-0000', '(555) 010-0000 x100', '+52 55 0000 0001']) ok(withCase((c) => (c.requester.phone = p)));
  });
});

describe('a filler in any other phone of the case: refused, "leave it out when not known"', () => {
  const FILLER = 'must be a phone number, not one digit repeated (leave it out when not known)';
  it.each<[string, (c: Json) => void]>([
    ['parentsOrGuardians.0.phone', (c) => (c.parentsOrGuardians = [{ relationship: 'mother', phone: '000-000-0000', suspectedInTrafficking: false }])],
    ['location.sponsor.phone', (c) => (c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Quintero', phone: '999-999-9999' } })],
    ['location.caseManager.phone', (c) => (c.location = { caseManager: { name: 'Tomás Oyelaran', phone: '0000000' } })],
    ['location.attorney.phone', (c) => (c.location = { attorney: { name: 'Priya Castellanos', phone: '000 000 0000' } })],
    ['lawEnforcement.contactPhone', (c) => (c.lawEnforcement = { contactName: 'Det. Ana Ruelas', contactPhone: '0000000000' })],
    ['letterRecipient.phone', (c) => (c.letterRecipient = { name: 'Dana Whitfield', phone: '000-000-0000' })],
  ])('%s', (path, edit) => {
    expect(problems(withCase(edit))).toEqual([`${path} invalid-phone: ${FILLER}`]);
  });
  it('left out, it is not yet known, as before', () => {
    ok(withCase((c) => (c.parentsOrGuardians = [{ relationship: 'mother', suspectedInTrafficking: false }])));
  });
});
