// Projected losses are summed at today's prices, not discounted to present value, and the page says
// so (docs/domain/restitution-worksheet.md, "Projected losses are not discounted", worked example
// 29). A judge reading "$31,200.00" for three years of therapy could not tell whether it had been
// discounted, nor at what rate.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase, run } from './cases.js';

const K = 'restitution-worksheet';

/** The PDF's text as one line, without the running header and footer between pages. */
async function pageText(input: Record<string, unknown>): Promise<string> {
  const g = await generate({ kind: K, input, format: 'pdf' });
  return pdfText(g.bytes)
    .replace(/\s+/g, ' ')
    .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
}

// A psychologist's estimate: weekly therapy for three years at $200.00 a session.
const therapy = {
  category: 'medical',
  description: 'Trauma-focused therapy, weekly for three years (psychologist’s estimate)',
  projected: true,
  basis: { units: 52, unit: 'session', rate: '200.00', years: 3 },
  evidence: 'Letter of the treating psychologist (Exhibit 12)',
};
const shelter = { category: 'transportation-housing-childcare', description: 'Two nights in a shelter', amount: '240.00', projected: false };

describe('projected losses: undiscounted, and the page says so (worked example 29)', () => {
  it('sums the basis as given: 52 × $200.00 × 3 = $31,200.00, no discount', () => {
    const r = run(baseCase({ losses: [therapy, shelter] })).computed;
    expect(r.losses.itemCents).toEqual([3120000, 24000]);
    expect(r.losses.totalCents).toBe(3144000);
  });

  it('says under the losses’ table that the projected total is not discounted, and why', async () => {
    const t = await pageText(baseCase({ losses: [therapy, shelter] }));
    expect(t).toContain(
      'The projected losses, $31,200.00 in all, are the sum of each future cost at the price the evidence gives for it today: they are not discounted to present value and not increased for future rises in prices.',
    );
    expect(t).toContain('Section 2259(c)(2) counts the costs “reasonably projected to be incurred in the future” and provides for no discount.');
    expect(t).toContain('(Jones & Laughlin Steel Corp. v. Pfeifer, 462 U.S. 523 (1983))');
    // Placed with the losses, before the itemised list, not among the assumptions at the end.
    expect(t.indexOf('The projected losses,')).toBeGreaterThan(t.indexOf('L, all losses'));
    expect(t.indexOf('The projected losses,')).toBeLessThan(t.indexOf('Itemised:'));
  });

  it('says nothing of a discount when every loss is past', async () => {
    const t = await pageText(baseCase({ losses: [shelter] }));
    expect(t).toContain('L, all losses');
    expect(t).not.toContain('discounted');
  });
});
