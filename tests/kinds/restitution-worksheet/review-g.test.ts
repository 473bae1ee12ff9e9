// The seventh practitioner review of the restitution worksheet, read as a judge and as opposing
// counsel would, on cases earlier rounds did not try (tipped work, live-in domestic work, farm
// work, wages handed back, a rate change on January 1 inside a workweek, two jobs in one week,
// work in the territories). Each test holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText, docxText } from '../../support/extract.js';
import { baseCase, run, WEEKDAYS_ONLY } from './cases.js';

const K = 'restitution-worksheet';

/** The document's text in one line, without the running header and footer of each page. */
async function text(input: unknown, format: 'pdf' | 'docx'): Promise<string> {
  const g = await generate({ kind: K, input, format });
  return (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes))
    .replace(/\s+/g, ' ')
    .replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d+, \d{4}/g, '');
}

describe('liquidated damages off: the credits box claims none', () => {
  // One week of 50 hours in March 2024, nothing paid: owed 50 × $7.25 + 10 × $3.625 = $398.75.
  const off = baseCase({
    settings: { liquidatedDamages: false, minimumWage: 'higher-of-federal-and-state' },
    laborPeriods: [{ startDate: '2024-03-03', endDate: '2024-03-09', state: 'FL', weeklySchedule: WEEKDAYS_ONLY(10) }],
  });

  it.each(['pdf', 'docx'] as const)('%s: $0.00 beside "none claimed", and F with them labelled as not requested', async (format) => {
    // Florida, March 2024: $12.00 an hour; 50 × $12.00 + 10 × $6.00 = $660.00 owed and unpaid.
    const t = await text(off, format);
    expect(t).toContain('Liquidated damages (29 U.S.C. § 216(b)): none claimed, by the case’s setting $0.00');
    expect(t).toContain('F without liquidated damages $660.00');
    // The PDF's text puts the bold last row's label before the amount of the row above it.
    expect(t).toMatch(/F if liquidated damages were claimed \(not requested\) (F used in the comparison )?\$1,320\.00/);
    expect(t).toMatch(/F used in the comparison (\$1,320\.00 )?\$660\.00/);
    // The federal figures' table says the same of its own row.
    expect(t).toContain('F if liquidated damages were claimed (not requested), federal rate $797.50');
    expect(t).not.toContain('not included $660.00');
    expect(t).not.toMatch(/equal to the unpaid amount \(29 U\.S\.C\. § 216\(b\)\)[^$]*\$660\.00/);
    expect(run(off).computed.flsa.totalCents).toBe(66000);
  });

  it('on, the rows are as before: the amount claimed and F with it', async () => {
    const t = await text({ ...off, settings: { minimumWage: 'higher-of-federal-and-state' } }, 'pdf');
    expect(t).toContain('Liquidated damages, equal to the unpaid amount (29 U.S.C. § 216(b)) $660.00');
    expect(t).toMatch(/F with liquidated damages (F used in the comparison )?\$1,320\.00/);
  });
});
