// An immigration status that names a placement the custody answered is not (docs/domain/rfa-draft.md,
// "Custody written in the immigration status"): until template 2.22.0 "detained by ICE" printed in
// section 2 beside "ORR shelter" in section 4, and "with sponsor" beside "DHS custody (CBP or
// ICE)", without a word; OTIP's intake could not tell where the child is or whom to call.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const status = (s: string, custody: string): Json => withCase((c) => ((c.child.immigrationStatus = s), (c.location = { ...(c.location ?? {}), custody })));
const warned = (c: Json) => ok(c).warnings.filter((w) => w.code === 'custody-contradicts-status');
/** The one warning, at the status, saying what the status `says`, the custody `answered` and the `choices` to correct it to. */
function warnedNamingBoth(s: string, custody: string, says: string, answered: string, choices: string) {
  const w = warned(status(s, custody));
  expect(w.map((x) => x.path)).toEqual(['child.immigrationStatus']);
  expect(w[0]!.message).toContain(`speaks of ${says}, while “Custody or placement” (section 4) is ${answered}`);
  expect(w[0]!.message).toContain(`correct the custody (${choices})`);
  return w[0]!;
}

describe('an immigration status against the custody answered', () => {
  it.each([
    ['detained by ICE since Tuesday', 'orr-shelter', 'DHS custody', '“ORR shelter”', '“DHS custody (CBP or ICE)”'],
    ['UAC, with sponsor', 'dhs-custody', 'a sponsor', '“DHS custody (CBP or ICE)”', '“Released to a sponsor”'],
    ['unaccompanied child in ORR custody', 'state-child-welfare', 'ORR care', '“State child welfare custody”', '“ORR shelter”, “ORR foster care” or “Released to a sponsor”'],
    ['apprehended by Border Patrol; CBP holding facility', 'released-to-sponsor', 'DHS custody', '“Released to a sponsor”', '“DHS custody (CBP or ICE)”'],
  ])('%s beside %s: warned at the status, naming both', (s, custody, says, answered, choices) => {
    // A message never quotes case data.
    expect(warnedNamingBoth(s, custody, says, answered, choices).message).not.toContain(s);
  });
  it('a status naming two kinds names each once', () => {
    const [w] = warned(status('detained by ICE, then with a sponsor', 'orr-foster-care'));
    expect(w!.message).toContain('speaks of a sponsor and DHS custody, while “Custody or placement” (section 4) is “ORR foster care”');
  });
  it('the custody among what the status names, a placement in the past, or “Other”: no warning', () => {
    for (const [s, custody] of [
      ['unaccompanied child in ORR custody', 'orr-shelter'],
      ['apprehended by CBP, transferred to ORR', 'orr-foster-care'],
      ['detained by ICE in 2023, now with her sponsor', 'released-to-sponsor'],
      ['released from ICE detention', 'orr-shelter'],
      ['formerly with a sponsor', 'orr-shelter'],
      ['detained by ICE since Tuesday', 'other'],
      ['unaccompanied child, in removal proceedings', 'dhs-custody'],
      ['in custody, no immigration case yet', 'orr-shelter'],
      ['her uncle wants to sponsor her', 'orr-shelter'],
    ]) expect(warned(status(s!, custody!)), s).toEqual([]);
  });
  // ORR's foster care told from a State's (since template 2.23.0): "in ORR foster care" also read as
  // a plain foster care, which may be a State's, and beside "State child welfare custody" printed without a word.
  it.each([
    ['in ORR foster care', 'state-child-welfare', 'ORR foster care', '“State child welfare custody”', '“ORR foster care”'],
    ['UAC placed in ORR transitional foster care', 'state-child-welfare', 'ORR foster care', '“State child welfare custody”', '“ORR foster care”'],
    ['ORR long-term foster care (LTFC) since March', 'state-child-welfare', 'ORR foster care', '“State child welfare custody”', '“ORR foster care”'],
    ['living in a foster home through ORR', 'state-child-welfare', 'ORR foster care', '“State child welfare custody”', '“ORR foster care”'],
    ['in ORR foster care', 'orr-shelter', 'ORR foster care', '“ORR shelter”', '“ORR foster care”'],
    ['in state foster care', 'orr-foster-care', 'a State’s foster care', '“ORR foster care”', '“State child welfare custody”'],
    ['CPS foster home; no immigration case yet', 'orr-foster-care', 'a State’s foster care', '“ORR foster care”', '“State child welfare custody”'],
  ])('%s beside %s: the foster care is told by whose it is, and warned naming both', (s, custody, says, answered, choices) => {
    warnedNamingBoth(s, custody, says, answered, choices);
  });
  it('plain foster care, foster care the words put in the past, or the URM program: no warning beside either custody', () => {
    for (const [s, custody] of [
      ['in foster care', 'state-child-welfare'],
      ['in foster care', 'orr-foster-care'],
      ['unaccompanied child, in a foster home', 'state-child-welfare'],
      ['in ORR foster care', 'orr-foster-care'],
      ['in state foster care', 'state-child-welfare'],
      ['formerly in ORR foster care; now in state custody', 'state-child-welfare'],
      ['ORR URM foster care (Unaccompanied Refugee Minors program)', 'state-child-welfare'],
      ['in a state-licensed foster home', 'orr-foster-care'],
    ]) expect(warned(status(s!, custody!)), s).toEqual([]);
  });
  it('the warning is printed under “Check before submitting”', () => {
    const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join(''));
    const page = (buildDocument('rfa', status('detained by ICE since Tuesday', 'orr-shelter')).model.body as any[]).map(t).join('\n');
    expect(page).toContain('The immigration status (section 2) speaks of DHS custody, while “Custody or placement” (section 4) is “ORR shelter”');
  });
});
