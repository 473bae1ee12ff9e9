// Round r51's review as a caseworker, with cases no fixture had (docs/domain/rfa.md, "The child in
// danger now"; rfa-draft.md, "Verification"): a child trafficked by an aunt who is also the
// sponsor the child was released to got no word of danger ("Child in current danger: Not yet
// known" under a sponsor marked "Do not contact"); a requester who named themself as the
// supervisor signed "I have reviewed this draft with the requester".
import { describe, expect, it } from 'vitest';
import { errors, fixture, ok, withCase, type Json } from './support.js';

const SUSPECT_SPONSOR = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Quispe', relationshipToChild: 'Maternal aunt', address: '12 Elm Street, Fresno, CA', suspectedInTrafficking: true } };

describe('a child living with someone suspected in the trafficking, the danger not yet answered', () => {
  it.each([
    ['released to an aunt who is sponsor and trafficker', (c: Json) => ((c.location = SUSPECT_SPONSOR), (c.concern.traffickers = [{ name: 'Rosa Quispe', relationship: 'Maternal aunt; the child’s sponsor' }])), 'the child lives with the sponsor, who is suspected in the trafficking'],
    ['living with a suspected mother', (c: Json) => (c.parentsOrGuardians = [{ relationship: 'mother', name: 'Rosa Ramos', suspectedInTrafficking: true, livesWithChild: true }]), 'the child lives with the mother, who is suspected in the trafficking'],
    ['living with a suspected trafficker', (c: Json) => (c.concern.traffickers = [{ name: 'Doña Ofelia', livesWithChild: true }]), 'the child lives with suspected trafficker 1'],
  ])('%s: child-in-danger, saying to answer and report', (_, edit, why) => {
    const w = ok(withCase(edit)).warnings.filter((x) => x.code === 'child-in-danger');
    expect(w.map((x) => x.path)).toEqual(['safety.inCurrentDanger']);
    expect(w[0]!.message).toMatch(new RegExp(`^${why}, and may be in danger now: .*answer “Child in current danger” \\(section 6\\)`));
    expect(w[0]!.message).toContain('never a condition of the child’s letter');
  });
  it('answered no: the caseworker’s judgment, no warning; answered yes: the warning as before', () => {
    expect(ok(withCase((c) => ((c.location = SUSPECT_SPONSOR), (c.safety = { inCurrentDanger: false })))).warnings.map((x) => x.code)).not.toContain('child-in-danger');
    const yes = ok(withCase((c) => ((c.location = SUSPECT_SPONSOR), (c.safety = { inCurrentDanger: true })))).warnings.find((x) => x.code === 'child-in-danger')!;
    expect(yes.message).toMatch(/^the child is in current danger \(section 6\), and the suspected trafficker has access to the child/);
  });
  it('a sponsor suspected but the child not released to them: no warning from it', () => {
    expect(ok(withCase((c) => (c.location = { ...SUSPECT_SPONSOR, custody: 'orr-shelter' }))).warnings.map((x) => x.code)).not.toContain('child-in-danger');
  });
});

describe('the supervisor is not the requester', () => {
  // "Bennett-Okafor Marisol", family name first with no comma: word order aside since template 2.23.0 (kit looseName).
  it.each(['Marisol Bennett-Okafor', 'marisol bennett-okafor', 'Bennett-Okafor, Marisol', 'Bennett-Okafor Marisol'])('%j, the requester of the full case: supervisor-is-requester', (name) => {
    const c = fixture('full');
    c.supervisor = { name, title: 'Senior Child Welfare Caseworker' };
    expect(errors(c)).toEqual(['supervisor.name supervisor-is-requester']);
  });
  it('another person of the same agency passes', () => {
    const c = fixture('full');
    c.supervisor = { name: 'Marisol Okafor', title: 'Program Supervisor' };
    ok(c);
  });
});
