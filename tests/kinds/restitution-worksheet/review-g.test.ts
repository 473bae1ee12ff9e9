// The seventh practitioner review of the restitution worksheet, read as a judge and as opposing
// counsel would, on cases earlier rounds did not try (tipped work, live-in domestic work, farm
// work, wages handed back, a rate change on January 1 inside a workweek, two jobs in one week,
// work in the territories). Each test holds one finding to its fix.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText, docxText } from '../../support/extract.js';
import { baseCase, issuesOf, run, WEEKDAYS_ONLY } from './cases.js';

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

describe('work in a U.S. territory (29 U.S.C. § 206(a)(3); Pub. L. No. 110-28, § 8103)', () => {
  const at = (state: string) => baseCase({ laborPeriods: [{ startDate: '2017-03-05', endDate: '2017-03-11', state, weeklySchedule: WEEKDAYS_ONLY(10) }] });
  const message = (state: string) => {
    const issues = issuesOf(at(state));
    expect(issues).toEqual([expect.objectContaining({ path: 'laborPeriods.0.state', code: 'unknown-state' })]);
    return issues[0]!.message;
  };

  it('American Samoa is refused saying why (industry rates below $7.25, no table) and what to do, never to leave the state out', () => {
    const m = message('as');
    expect(m).toContain('American Samoa is not computed: its minimum wages under the FLSA are set by industry and are below $7.25');
    expect(m).toContain('29 U.S.C. § 206(a)(3)');
    expect(m).toContain('Pub. L. No. 114-61');
    expect(m).toContain('do not leave the state out, which would value the hours at $7.25');
  });

  it('the Northern Mariana Islands are refused with the date the federal rate reached them', () => {
    expect(message('MP')).toContain('reached $7.25 only on September 30, 2018');
  });

  it.each(['GU', 'VI'])('%s: the federal minimum wage applies there; leave the state out', (code) => {
    expect(message(code)).toContain('leave the state out and keep the federal minimum wage setting: the federal minimum wage applies there as in a state (29 U.S.C. §§ 203(c), 206(a)(1))');
  });

  it('any other code keeps the general message', () => {
    expect(message('ZZ')).toBe('must be the two-letter USPS code of a state, DC or PR (e.g. TX)');
  });
});
