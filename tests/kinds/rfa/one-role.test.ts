// Two fields naming one role with different people (docs/domain/rfa-draft.md, "One role, two
// people"): until 2.15.0 a letter recipient whose role said "the child's case manager" while
// section 4 named another case manager passed without a word, and OTIP took them for one person.
import { describe, expect, it } from 'vitest';
import { ok, withCase, type Json } from './support.js';

const flagged = (c: Json): string[] => ok(c).warnings.filter((w) => w.code === 'one-role-two-people').map((w) => w.path);
const CM = { name: 'Marisol Vega', organization: 'Valley Youth Services' };

describe('one-role-two-people', () => {
  it('the letter recipient’s role says the child’s case manager, section 4 names another: warned at letterRecipient.role', () => {
    expect(flagged(withCase((c) => ((c.location = { caseManager: CM }), (c.letterRecipient = { name: 'Tomás Rivera', role: 'the child’s case manager' }))))).toEqual(['letterRecipient.role']);
  });
  it('the same person, written shorter, in the other order or with a title: no warning', () => {
    for (const name of ['Marisol Vega', 'Ms. Vega', 'Vega, Marisol', 'marisol vega (VYS)', 'Marisol Vega Ortiz']) {
      expect(flagged(withCase((c) => ((c.location = { caseManager: CM }), (c.letterRecipient = { name, role: 'Case Manager' })))), name).toEqual([]);
    }
  });
  it('a former case manager, or no case manager named: no warning', () => {
    expect(flagged(withCase((c) => ((c.location = { caseManager: CM }), (c.letterRecipient = { name: 'Tomás Rivera', role: 'former case manager' }))))).toEqual([]);
    expect(flagged(withCase((c) => (c.letterRecipient = { name: 'Tomás Rivera', role: 'case manager' })))).toEqual([]);
  });
  it('the requester is the child’s case manager (childsCaseManager) and the recipient, called case manager, is someone else', () => {
    expect(flagged(withCase((c) => ((c.requester.childsCaseManager = true), (c.letterRecipient = { name: 'Tomás Rivera', role: 'case manager' }))))).toEqual(['letterRecipient.role']);
  });
  it('the class: the attorney, the sponsor, a parent; the requester’s relationship; a trafficker called the sponsor', () => {
    expect(flagged(withCase((c) => ((c.location = { attorney: { name: 'Ines Okafor' } }), (c.letterRecipient = { name: 'Paul Grant', role: 'child’s attorney' }))))).toEqual(['letterRecipient.role']);
    expect(flagged(withCase((c) => ((c.location = { attorney: { name: 'Ines Okafor' } }), (c.requester.relationshipToChild = 'the child’s attorney'))))).toEqual(['requester.relationshipToChild']);
    expect(flagged(withCase((c) => ((c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Quispe', suspectedInTrafficking: false } }), (c.concern.traffickers = [{ name: 'Hernán Ruiz', relationship: 'sponsor' }]))))).toEqual(['concern.traffickers.0.relationship']);
    expect(flagged(withCase((c) => ((c.parentsOrGuardians = [{ relationship: 'mother', name: 'Ana Quispe', suspectedInTrafficking: false }]), (c.letterRecipient = { name: 'Carla Soto', role: 'Mother' }))))).toEqual(['letterRecipient.role']);
  });
  it('another person’s relation is not the role: "acquaintance of the child’s mother", "mother’s boyfriend", "friend of the sponsor"', () => {
    for (const relationship of ['Acquaintance of the child’s mother', 'mother’s boyfriend', 'friend of the sponsor', 'foster mother']) {
      const c = withCase((c) => ((c.parentsOrGuardians = [{ relationship: 'mother', name: 'Ana Quispe', suspectedInTrafficking: false }]), (c.location = { sponsor: { name: 'Rosa Quispe' } }), (c.concern.traffickers = [{ name: 'Hernán Ruiz', relationship }])));
      expect(flagged(c), relationship).toEqual([]);
    }
  });
  it('never names the person (a message quotes no case data)', () => {
    const c = withCase((c) => ((c.location = { caseManager: CM }), (c.letterRecipient = { name: 'Tomás Rivera', role: 'case manager' })));
    const w = ok(c).warnings.find((x) => x.code === 'one-role-two-people')!;
    expect(w.message).not.toMatch(/Marisol|Tomás|Vega|Rivera/);
  });
});
