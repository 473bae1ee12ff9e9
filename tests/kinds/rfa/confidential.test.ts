// The RFA's confidentiality banner (docs/domain/rfa.md, "Why this marking"): the same for every
// child, and never 8 U.S.C. § 1367, even with a T-visa application pending or approved: § 1367(a)
// binds DOJ, DHS and State officials, not the requester's organization or HHS, which this draft
// goes between, so the banner would promise a protection the paper does not have.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { BANNER } from '../../../src/kinds/rfa/view.js';
import { withCase } from './support.js';

const STATUSES = [
  'T visa application pending (I-914 filed with USCIS)',
  'T-1 nonimmigrant (T visa approved)',
  'U visa pending; VAWA self-petition',
  'unaccompanied child, in removal proceedings',
];

describe('the banner of an RFA draft', () => {
  it.each(STATUSES)('with the status "%s": the draft’s own line, no § 1367', (status) => {
    const model = buildDocument('rfa', withCase((c) => (c.child.immigrationStatus = status))).model;
    expect(model.banner).toBe(BANNER);
    expect(BANNER).toBe('Draft for entry in OTIP Shepherd — confidential');
    // Nowhere on the page is the draft said to be protected by § 1367.
    expect(JSON.stringify(model)).not.toMatch(/1367/);
  });
});
