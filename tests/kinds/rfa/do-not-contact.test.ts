// A parent, guardian or sponsor suspected in the trafficking (docs/domain/rfa-draft.md, "Who not
// to contact"): the draft gives OTIP their contacts, as the form asks, and says beside them, in
// bold, not to contact them about the request; one not suspected, or not yet known, is not marked.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { DO_NOT_CONTACT } from '../../../src/kinds/rfa/others.js';
import { ok, withCase, type Json } from './support.js';

/** Every bold run of the body, in order. */
const bold = (c: Json): string[] => {
  const out: string[] = [];
  const walk = (n: any): void => {
    if (n === null || typeof n !== 'object') return;
    if (n.type === 'text' && n.bold === true) out.push(n.text);
    for (const v of Object.values(n)) if (Array.isArray(v)) v.forEach(walk);
  };
  (buildDocument('rfa', c).model.body as any[]).forEach(walk);
  return out;
};
const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);

const father = (suspected: boolean | null) => ({ relationship: 'father', name: 'Abelino Pérez', phone: '555-010-4410', whereabouts: 'Omaha, NE', suspectedInTrafficking: suspected });

describe('do not contact a suspect', () => {
  it('a parent suspected in the trafficking: their contacts are printed, and beside them, in bold, not to contact them', () => {
    const c = withCase((x) => (x.parentsOrGuardians = [father(true), { relationship: 'mother', name: 'Candelaria Bámaca', suspectedInTrafficking: false }]));
    expect(bold(c)).toContain(DO_NOT_CONTACT);
    expect(body(c).split(DO_NOT_CONTACT)).toHaveLength(2);
    // In the father's entry, after his phone and before the mother's.
    const text = body(c);
    expect(text.indexOf(DO_NOT_CONTACT)).toBeGreaterThan(text.indexOf('555-010-4410'));
    expect(text.indexOf(DO_NOT_CONTACT)).toBeLessThan(text.indexOf('Candelaria Bámaca'));
  });
  it('a parent not suspected, or not yet known: no such line', () => {
    for (const s of [false, null]) expect(body(withCase((x) => (x.parentsOrGuardians = [father(s)])))).not.toContain(DO_NOT_CONTACT);
  });
  it('a sponsor suspected in the trafficking: the same line beside the answer in section 4', () => {
    const sponsor = (suspected: boolean) => withCase((x) => (x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Delgado', phone: '555-010-2121', suspectedInTrafficking: suspected } }));
    expect(bold(sponsor(true))).toContain(DO_NOT_CONTACT);
    expect(body(sponsor(false))).not.toContain(DO_NOT_CONTACT);
  });
});

// Section 5's suspected traffickers name the parent, guardian or sponsor the page calls a suspect
// in section 3 or 4 (docs/domain/rfa.md, "Answers implied by other fields"): "Not yet known" under
// them read as if no one were suspected.
describe('suspects named in sections 3 and 4, in section 5', () => {
  const paths = (c: Json): string[] => {
    const s = ok(c).computed.stillToFindOut;
    return [...s.now, ...s.later].map((m: any) => m.path);
  };
  it('a suspected father and no trafficker listed: named in place of "Not yet known", and not still to find out', () => {
    const c = withCase((x) => (x.parentsOrGuardians = [father(true)]));
    expect(body(c)).toContain('Suspected in the trafficking: the father (section 3). No other suspected trafficker is listed.');
    expect(paths(c)).not.toContain('concern.traffickers');
  });
  it('with traffickers listed: "Also suspected" after them; a suspected sponsor too', () => {
    const c = withCase((x) => {
      x.parentsOrGuardians = [father(true)];
      x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Delgado', suspectedInTrafficking: true } };
      x.concern.traffickers = [{ name: 'El Güero', relationship: 'Crew boss' }];
    });
    const text = body(c);
    expect(text).toContain('Also suspected in the trafficking: the father (section 3) and the sponsor (section 4).');
    expect(text.indexOf('Also suspected')).toBeGreaterThan(text.indexOf('El Güero'));
  });
  it('no one suspected: "Not yet known", still to find out', () => {
    const c = withCase((x) => (x.parentsOrGuardians = [father(false)]));
    expect(body(c)).not.toMatch(/in the trafficking: the father/);
    expect(paths(c)).toContain('concern.traffickers');
  });
});
