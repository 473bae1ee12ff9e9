// Custody "DHS" (docs/domain/rfa-draft.md, "Custody held by DHS"): a child held by CBP or ICE, who
// until now could only be "other". In whose hands and where are needed now, as for "other":
// the agency and facility in the custody details, the facility's address in the confidential
// section, and no care provider to find out.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
const dhs = (edit: (c: Json) => void = () => {}): Json => withCase((c) => ((c.location = { custody: 'dhs-custody' }), edit(c)));

describe('custody: DHS (CBP or ICE)', () => {
  it('is accepted and printed with its label', () => {
    expect(text(dhs())).toContain('Custody or placement *|DHS custody (CBP or ICE)');
  });
  it('the custody details are needed now; where the child is held can follow; no care provider is asked', () => {
    const s = ok(dhs()).computed.stillToFindOut;
    expect(s.now.map((m: any) => m.path)).toContain('location.custodyDetails');
    const later = s.later.map((m: any) => m.path);
    expect(later).toContain('location.address');
    expect(later).not.toContain('location.careProvider.name');
    expect(text(dhs())).toContain('Custody details *');
  });
  it('the form offers it, labelled', () => {
    const schema = JSON.stringify(caseJsonSchema(getKind('rfa')));
    expect(schema).toContain('"dhs-custody"');
    expect(schema).toContain('DHS custody (CBP or ICE)');
  });
});

describe('custody: released to a sponsor', () => {
  it('the child lives with the sponsor: no care provider is asked (the sponsor’s address is), unless one is given', () => {
    const c = withCase((x) => (x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Delgado' } }));
    const later = ok(c).computed.stillToFindOut.later.map((m: any) => m.path);
    expect(later).not.toContain('location.careProvider.name');
    expect(later).toContain('location.sponsor.address');
    expect(text(c)).not.toContain('Care provider|');
    const given = withCase((x) => (x.location = { custody: 'released-to-sponsor', careProvider: { name: 'Bright Path Services' } }));
    // Marked as not the placement now (placement-not-current, placement.test.ts).
    expect(text(given)).toContain('Care provider (not the child’s placement now: see the custody details)|Bright Path Services');
  });
});
