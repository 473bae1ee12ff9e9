// Issue 16, defect 3: unbounded labor periods. One period from 1900 to 2999 cost 12 MB of /check
// output and 30 s of a render thread. Labor periods now end by the worksheet date and cover at
// most 25 years together; the years themselves are 1900–2100 (the kit's dates, defect 8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/pipeline.js';

const minimal = (): Record<string, any> => JSON.parse(readFileSync(new URL('../../fixtures/restitution-worksheet/minimal.json', import.meta.url), 'utf8'));
const codes = (r: ReturnType<typeof checkCase>): string[] => (r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`));

describe('labor period bounds', () => {
  it('a period ending after the worksheet date is refused', () => {
    const c = minimal();
    c.laborPeriods[0] = { startDate: '2025-01-06', endDate: '2026-03-01', weeklySchedule: { monday: 8 } };
    expect(codes(checkCase('restitution-worksheet', c))).toContain('laborPeriods.0.endDate period-after-document');
  });

  it('1900 to 2100 in one period: refused, in a few issues, not 12 MB of weeks', () => {
    const c = minimal();
    c.settings = { customRates: [{ effectiveDate: '1900-01-01', hourlyRate: 7.25 }] };
    c.laborPeriods[0] = { startDate: '1900-01-01', endDate: '2100-12-31', weeklySchedule: { monday: 8 } };
    const r = checkCase('restitution-worksheet', c);
    expect(codes(r)).toEqual(expect.arrayContaining(['laborPeriods.0.endDate period-after-document', 'laborPeriods.0 too-much-labor']));
    expect(JSON.stringify(r).length).toBeLessThan(5000);
  });

  it('more than 25 years of periods together is refused once; 20 years computes', () => {
    const c = minimal();
    c.settings = { customRates: [{ effectiveDate: '1990-01-01', hourlyRate: 4.25 }] };
    c.laborPeriods = [
      { startDate: '1990-01-01', endDate: '2004-12-31', weeklySchedule: { monday: 8 } },
      { startDate: '2005-01-01', endDate: '2019-12-31', weeklySchedule: { monday: 8 } },
      { startDate: '2020-01-01', endDate: '2025-12-31', weeklySchedule: { monday: 8 } },
    ];
    expect(codes(checkCase('restitution-worksheet', c)).filter((x) => x.endsWith('too-much-labor'))).toEqual(['laborPeriods.1 too-much-labor']);
    c.laborPeriods = [{ startDate: '2005-01-01', endDate: '2024-12-31', weeklySchedule: { monday: 8 } }];
    const ok = checkCase('restitution-worksheet', c);
    expect(codes(ok)).toEqual([]);
  });
});

describe('hours precision (issue 16, defect 12)', () => {
  it('1e-300 hours are refused (they printed as a 300-digit decimal); 7.3333 and 7.5 are fine', () => {
    const c = minimal();
    c.laborPeriods[0].weeklySchedule.monday = 1e-300;
    expect(codes(checkCase('restitution-worksheet', c))).toContain('laborPeriods.0.weeklySchedule.monday hours-precision');
    c.laborPeriods[0].weeklySchedule.monday = 7.3333;
    c.laborPeriods[0].weeklySchedule.tuesday = 7.5;
    expect(codes(checkCase('restitution-worksheet', c))).toEqual([]);
  });
});
