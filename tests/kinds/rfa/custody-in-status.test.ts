// Where the child is held or placed, typed in the immigration status while "Custody or placement"
// is left empty (docs/domain/rfa-draft.md, "Custody written in the immigration status"): until
// template 2.21.0 the page printed "Custody or placement *: Not yet known" under a status that said
// "in ORR custody", without a word, and no ORR case number was asked.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const status = (s: string, location?: Json): Json => withCase((c) => ((c.child.immigrationStatus = s), location && (c.location = location)));
const warned = (c: Json) => ok(c).warnings.filter((w) => w.code === 'custody-in-status');
const now = (c: Json): string[] => ok(c).computed.stillToFindOut.now.map((m: any) => m.path);

describe('a custody written in the immigration status, none answered', () => {
  it.each([
    ['unaccompanied child in ORR custody', 'ORR care', '“ORR shelter”, “ORR foster care” or “Released to a sponsor”'],
    ['UAC, Office of Refugee Resettlement shelter', 'ORR care', '“ORR shelter”'],
    ['detained by ICE since Tuesday', 'DHS custody', '“DHS custody (CBP or ICE)”'],
    ['apprehended by Border Patrol, in removal proceedings', 'DHS custody', '“DHS custody (CBP or ICE)”'],
    ['unaccompanied child, released to a sponsor', 'a sponsor', '“Released to a sponsor”'],
    // "with sponsor" without an article, as typed at night (since template 2.22.0; it read as no placement).
    ['UAC, with sponsor', 'a sponsor', '“Released to a sponsor”'],
    ['in state custody, no immigration case yet', 'state child welfare', '“State child welfare custody”'],
    // ORR's foster care points to ORR's only, a State's to the State's, plain foster care to either (since template 2.23.0).
    ['in ORR transitional foster care', 'ORR foster care', 'Answer “Custody or placement” (“ORR foster care”)'],
    ['in county foster care', 'a State’s foster care', 'Answer “Custody or placement” (“State child welfare custody”)'],
    ['in foster care', 'a shelter or foster care', '(“ORR shelter”, “ORR foster care” or “State child welfare custody”)'],
  ])('%s: warned at the custody, naming the choices it points to', (s, says, choices) => {
    const w = warned(status(s));
    expect(w.map((x) => x.path)).toEqual(['location.custody']);
    expect(w[0]!.message).toContain(`speaks of ${says}`);
    expect(w[0]!.message).toContain(choices);
    expect(w[0]!.message).toContain('“Custody or placement” (section 4)');
    // A message never quotes case data.
    expect(w[0]!.message).not.toContain(s);
  });
  it('a status naming ORR asks for the ORR case number, needed now', () => {
    expect(now(status('unaccompanied child in ORR custody'))).toEqual(expect.arrayContaining(['location.custody', 'location.orrCaseNumber']));
    expect(now(status('unaccompanied child, in removal proceedings'))).not.toContain('location.orrCaseNumber');
  });
  it('the warning is printed under “Check before submitting”', () => {
    const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join(''));
    const page = (buildDocument('rfa', status('detained by ICE since Tuesday')).model.body as any[]).map(t).join('\n');
    expect(page).toContain('The immigration status (section 2) speaks of DHS custody');
  });
  it('a custody answered: nothing compared, no warning', () => {
    expect(warned(status('unaccompanied child in ORR custody', { custody: 'orr-shelter' }))).toEqual([]);
    expect(warned(status('detained by ICE since Tuesday', { custody: 'other' }))).toEqual([]);
  });
  it('a status of no placement: no warning ("ice" in lower case is a word, not the agency; a sponsor who only speaks is no placement)', () => {
    for (const s of ['unaccompanied child, in removal proceedings', 'entered without inspection; worked at an ice plant', 'asylum application pending', 'no status known; the sponsor told us she has a U.S. passport']) expect(warned(status(s)), s).toEqual([]);
  });
});
