// A sponsor or care provider beside a custody in which the child is not with them
// (docs/domain/rfa-draft.md, "A sponsor or care provider who is not the placement now"): until 2.15.0
// a sponsor named while the child is in an ORR shelter, or a shelter named after the child's
// release, printed as the child's placement now, its address as where the child lives. Kept (OTIP
// needs a proposed or former sponsor too), warned (placement-not-current) and marked at each row.
import { describe, expect, it } from 'vitest';
import { buildDocument, generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { codes, ok, withCase, type Json } from './support.js';

const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
const SPONSOR = { name: 'Rosa Quispe', relationshipToChild: 'aunt', address: '12 Elm Street, Fresno, CA', suspectedInTrafficking: false };
const PROVIDER = { name: 'Casa Esperanza shelter', address: '40 Oak Avenue, Fresno, CA' };
const at = (location: Json): Json => withCase((c) => (c.location = location));
const placementWarnings = (c: Json): string[] => ok(c).warnings.filter((w) => w.code === 'placement-not-current').map((w) => w.path);

describe('a sponsor named while the child is not released to one', () => {
  it.each(['orr-shelter', 'orr-foster-care', 'dhs-custody', 'state-child-welfare', 'other'])('custody %s: warned at location.sponsor, each sponsor row marked', (custody) => {
    const c = at({ custody, sponsor: SPONSOR });
    expect(placementWarnings(c)).toEqual(['location.sponsor']);
    const page = text(c);
    expect(page).toContain('Sponsor (not the child’s placement now: see the custody details) *|Rosa Quispe (aunt)');
    expect(page).toContain('Sponsor’s address (not the child’s placement now: see the custody details)|12 Elm Street');
  });
  it('released to the sponsor, or custody not yet known: no warning, the rows as before', () => {
    for (const custody of ['released-to-sponsor', undefined]) {
      const c = at({ custody, sponsor: SPONSOR });
      expect(placementWarnings(c)).toEqual([]);
      expect(text(c)).toContain('Sponsor *|Rosa Quispe (aunt)');
    }
  });
});

describe('a care provider named while the child lives with none', () => {
  it.each(['released-to-sponsor', 'dhs-custody'])('custody %s: warned at location.careProvider, both rows marked', (custody) => {
    const c = at({ custody, careProvider: PROVIDER });
    expect(placementWarnings(c)).toEqual(['location.careProvider']);
    const page = text(c);
    expect(page).toContain('Care provider (not the child’s placement now: see the custody details)|Casa Esperanza shelter');
    expect(page).toContain('Care provider’s address (not the child’s placement now: see the custody details)|40 Oak Avenue');
  });
  it.each(['orr-shelter', 'orr-foster-care', 'state-child-welfare', 'other'])('custody %s (a shelter or foster home the child may live in now): no warning', (custody) => {
    expect(codes(ok(at({ custody, careProvider: PROVIDER })))).not.toContain('placement-not-current');
  });
  it('a sponsor and a shelter after release: only the shelter is flagged', () => {
    expect(placementWarnings(at({ custody: 'released-to-sponsor', sponsor: SPONSOR, careProvider: PROVIDER }))).toEqual(['location.careProvider']);
  });
});

// The marks send the reader to the custody details ("see the custody details"): needed now while a
// row is marked, so the DOCX (looked at through LibreOffice) and the PDF no longer send the reader
// from a sponsor's address to "Custody details: Not yet known".
describe('the custody details a marked row points to', () => {
  it.each([
    ['a sponsor while in an ORR shelter', { custody: 'orr-shelter', sponsor: SPONSOR }],
    ['a care provider after release', { custody: 'released-to-sponsor', sponsor: SPONSOR, careProvider: PROVIDER }],
  ])('%s: needed now until given, in both formats', async (_, location) => {
    const c = at(location);
    expect(ok(c).computed.stillToFindOut.now.map((x: { path: string }) => x.path)).toContain('location.custodyDetails');
    for (const format of ['pdf', 'docx'] as const) {
      const g = await generate({ kind: 'rfa', input: c, format });
      const page = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
      expect(page, format).toMatch(/Needed now and not yet known \(\d+\):[^.]*Custody details/);
      expect(page, format).toContain('Custody details * Not yet known');
    }
    // Given, it is no longer needed, and the rows stay marked.
    const given = at({ ...location, custodyDetails: 'The sponsor was proposed in January and not approved.' });
    expect(ok(given).computed.stillToFindOut.now.map((x: { path: string }) => x.path)).not.toContain('location.custodyDetails');
  });
  it('no marked row: the custody details can follow, as before', () => {
    const c = at({ custody: 'released-to-sponsor', sponsor: SPONSOR });
    expect(ok(c).computed.stillToFindOut.later.map((x: { path: string }) => x.path)).toContain('location.custodyDetails');
  });
});
