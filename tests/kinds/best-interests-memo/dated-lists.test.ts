// The memo's dated lists print their dated entries in date order, an undated one where given:
// the records reviewed, the related documents ("See also:") and the pending applications printed in
// the order typed, unwarned, while the child's quotations were already sorted by date
// (docs/domain/best-interests-memo.md, "Dated lists"; src/kinds/best-interests-memo/dated-order.ts).
import { describe, expect, it } from 'vitest';
import { inDateOrder } from '../../../src/kinds/best-interests-memo/dated-order.js';
import { bodyTexts } from '../../support/model-text.js';
import { fixture, K, ok } from './cases.js';

const body = (c: unknown) => bodyTexts(K, c, { tables: 'json' }).join('\n');
/** Where each string is in the text, which must hold all of them. */
const positions = (t: string, ...parts: string[]) =>
  parts.map((p) => {
    const at = t.indexOf(p);
    if (at < 0) throw new Error(`not in the memo: ${p}`);
    return at;
  });
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

describe('inDateOrder: dated entries by date, stable, undated ones where given', () => {
  it('sorts the dated entries into the places dated entries hold', () => {
    const xs = [
      { n: 'a', on: '2026-03-03' },
      { n: 'b', on: null },
      { n: 'c', on: '2026-02-20' },
      { n: 'd', on: '2026-03-03' },
    ];
    expect(inDateOrder(xs, (x) => x.on).map((x) => x.n)).toEqual(['c', 'b', 'a', 'd']);
    expect(inDateOrder([], (x: { on: string | null }) => x.on)).toEqual([]);
  });
});

describe('the memo’s dated lists print in date order', () => {
  it('records reviewed: the full example’s February 25 record printed above its February 3 one', () => {
    const t = body(fixture('full.json'));
    expect(
      ascending(
        positions(
          t,
          'Clinical progress notes of the shelter clinician (February 3, 2026)',
          'ORR case file, including the intake assessment and case notes (February 25, 2026)',
          'Sponsor application and background check results',
          'School enrollment records',
        ),
      ),
    ).toBe(true);
  });

  it('related documents: an eligibility letter listed above the request it answered prints after it', () => {
    const c = fixture('full.json');
    c.background.relatedDocuments.reverse();
    const t = body(c);
    expect(ascending(positions(t, 'Request for Assistance', 'OTIP Eligibility Letter, dated January 20, 2026'))).toBe(true);
  });

  it('pending relief: filed March 3 listed above filed January 5 prints after it; an undated one stays where given', () => {
    const c = fixture('full.json');
    c.pendingRelief = [
      { type: 't-visa', filedOn: '2026-03-03' },
      { type: 'other', detail: 'state dependency petition' },
      { type: 'special-immigrant-juvenile', filedOn: '2026-01-05' },
    ];
    ok(c);
    expect(body(c)).toContain(
      'Special Immigrant Juvenile status (filed January 5, 2026); state dependency petition; T nonimmigrant status (T visa) (filed March 3, 2026)',
    );
  });
});
