// The eligibility letter must not go to a suspect (docs/domain/rfa-draft.md, "Who receives the
// letter"): the warning letter-to-suspect, by name compared loosely or by phone number.
import { describe, expect, it } from 'vitest';
import { codes, fixture, ok, withCase, type Json } from './support.js';

const sponsorCase = (recipient: Json, suspected = true): Json => {
  const c = fixture('released-to-sponsor');
  c.location.sponsor.suspectedInTrafficking = suspected;
  c.letterRecipient = recipient;
  return c;
};
const warning = (c: Json) => ok(c).warnings.find((w) => w.code === 'letter-to-suspect');

describe('letter-to-suspect', () => {
  it('the suspected sponsor as recipient, however the name is written: warned at the name, naming the sponsor by section', () => {
    for (const name of ['Mamadou Bah', 'BAH, Mamadou', 'Bah Mamadou', 'mamadou  bah (sponsor)']) {
      const w = warning(sponsorCase({ name }));
      expect(w?.path).toBe('letterRecipient.name');
      expect(w?.message).toContain('the sponsor (section 4), who is suspected in the trafficking');
      expect(w?.message).not.toContain('Mamadou');
    }
  });
  it('another name with the suspected sponsor’s phone number: warned at the phone', () => {
    expect(warning(sponsorCase({ name: 'Aminata Diallo', phone: '+1 (555) 010-4409' }))?.path).toBe('letterRecipient.phone');
  });
  it('a sponsor not suspected, or another person: no warning', () => {
    expect(warning(sponsorCase({ name: 'Mamadou Bah' }, false))).toBeUndefined();
    expect(warning(sponsorCase({ name: 'Oluwaseun Marchetti', role: 'The requester', phone: '555-010-4410' }))).toBeUndefined();
  });
  it('a suspected parent, or a listed trafficker, as recipient', () => {
    const parent = withCase((c) => {
      c.parentsOrGuardians = [{ relationship: 'father', name: 'Rolando Pérez', suspectedInTrafficking: true }];
      c.letterRecipient = { name: 'Rolando Perez' };
    });
    expect(warning(parent)?.message).toContain('parent or guardian 1 (section 3)');
    const trafficker = withCase((c) => {
      c.concern.traffickers = [{ name: 'Doña Ofelia' }];
      c.letterRecipient = { name: 'Dona Ofelia' };
    });
    expect(codes(ok(trafficker))).toContain('letter-to-suspect');
  });
});
