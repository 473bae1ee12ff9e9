// The second practitioner's review of the restitution worksheet: what each figure is called, what
// the worksheet says it applied, and the exhibit list. One describe per finding, with worked
// examples (docs/domain/restitution-worksheet.md) checked in the computation, in the warnings and
// in the worksheet's PDF text.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { alternativeRows, federalOnlyLabels } from '../../../src/kinds/restitution-worksheet/view.js';
import { assumptions } from '../../../src/kinds/restitution-worksheet/view-text.js';
import { pdfText } from '../../support/extract.js';
import { EVERY_DAY, baseCase, parse, run } from './cases.js';

const K = 'restitution-worksheet';
/** The worksheet's PDF text, whitespace squashed (line breaks fall anywhere). */
async function text(data: unknown): Promise<string> {
  const g = await generate({ kind: K, input: data, format: 'pdf' });
  return pdfText(g.bytes).replace(/\s+/g, ' ');
}
const codes = (raw: unknown) => run(raw).warnings.map((w) => w.code);

// Worked example 6: Monday 2009-06-01, 10 hours in Florida, no liquidated damages, with a custom
// rate of $7.00 from 2009-01-01. Florida $7.21 → F = $72.10 with state rates; without the state
// table the custom rate is kept: 10 × $7.00 = $70.00 (the federal $6.55 alone would give $65.50).
const ORDINANCE = { effectiveDate: '2009-01-01', hourlyRate: '7.00', label: 'Fictional City Ordinance No. 9' };
const FL_DAY = { startDate: '2009-06-01', endDate: '2009-06-01', state: 'FL', weeklySchedule: EVERY_DAY(10) };
const example6 = (minimumWage: string, customRates: object[] = [ORDINANCE], periods: object[] = [FL_DAY]) =>
  baseCase({ settings: { minimumWage, liquidatedDamages: false, customRates }, laborPeriods: periods });

describe('1. the figure without state rates is called what it is', () => {
  it('example 6: F $72.10 with state rates; $70.00 without them, the custom rate kept', () => {
    const { computed } = run(example6('higher-of-federal-and-state'));
    expect(computed.flsa.totalCents).toBe(7210);
    expect(computed.flsaFederalOnly!.totalCents).toBe(7000);
    expect(computed.ratesUsed).toEqual({ state: true, custom: false });
  });

  it('with custom rates, no label says "federal rate alone"; without them, it does', () => {
    const raw = example6('higher-of-federal-and-state');
    const c = parse(raw);
    const { computed, warnings } = run(raw);
    const state = warnings.find((w) => w.code === 'state-rates-used')!;
    expect(state.message).toContain('without state minimum wages (the case’s custom rates kept): $70.00');
    expect(state.message).not.toMatch(/federal rate alone/);
    expect(federalOnlyLabels(c, computed.flsa.totalCents)).toEqual({
      intro: 'With state minimum wages where higher, F is $72.10. Without state minimum wages, keeping the case’s custom rates, the same computation gives:',
      suffix: 'without state rates',
      totalLabel: 'F without state rates, custom rates kept (the alternative)',
    });
    expect(alternativeRows(computed, true)).toContainEqual({ label: 'F without state minimum wages (the case’s custom rates kept)', total: '$70.00' });
    expect(assumptions(c, computed).join(' ')).toContain('the FLSA value without state minimum wages (the case’s custom rates kept) is also shown');

    const pure = run(example6('higher-of-federal-and-state', []));
    expect(pure.computed.flsaFederalOnly!.totalCents).toBe(6550);
    expect(pure.warnings.find((w) => w.code === 'state-rates-used')!.message).toContain('at the federal minimum wage alone: $65.50');
    expect(alternativeRows(pure.computed, false)).toContainEqual({ label: 'F at the federal minimum wage alone, without state rates', total: '$65.50' });
  });

  it('the worksheet: every label of the figure says the custom rates were kept', async () => {
    const t = await text(example6('higher-of-federal-and-state'));
    expect(t).not.toMatch(/federal rate alone|federal minimum wage alone/);
    expect(t).toContain('Without state minimum wages, keeping the case’s custom rates, the same computation gives:');
    expect(t).toContain('F without state rates, custom rates kept (the alternative) $70.00');
    expect(t).toContain('F without state minimum wages (the case’s custom rates kept) $70.00');
  });

  it('federal setting with a custom rate: says the custom rate was applied, from when, with its label', () => {
    const raw = example6('federal');
    const a = assumptions(parse(raw), run(raw).computed).join(' ');
    expect(run(raw).computed.flsa.totalCents).toBe(7000);
    expect(a).not.toContain('Only the federal minimum wage was used');
    expect(a).toContain('The federal minimum wage was used, and the case’s custom rates where higher');
    expect(a).toContain(
      'The case’s own minimum wage rate applies from its effective date on the days where it is higher than the federal minimum wage: $7.00 an hour from January 1, 2009 (Fictional City Ordinance No. 9). A custom rate has no place attached: it applies to every labor period, wherever the work was done.',
    );
    // Without a custom rate, "only the federal minimum wage" is what was computed.
    const fed = example6('federal', []);
    expect(assumptions(parse(fed), run(fed).computed).join(' ')).toContain('Only the federal minimum wage was used.');
  });

  it('a custom rate never higher on a day worked is said to have changed nothing', () => {
    const raw = example6('federal', [{ effectiveDate: '2009-01-01', hourlyRate: '6.00' }]);
    const { computed } = run(raw);
    expect(computed.ratesUsed.custom).toBe(false);
    expect(assumptions(parse(raw), computed).join(' ')).toContain(
      '$6.00 an hour from January 1, 2009. A custom rate has no place attached: it applies to every labor period, wherever the work was done. No custom rate was higher on any day worked, so none changed F.',
    );
  });

  it('custom-rates-several-states: custom rates reaching periods worked in more than one state', () => {
    const NV = { startDate: '2009-06-02', endDate: '2009-06-02', state: 'NV', weeklySchedule: EVERY_DAY(10) };
    const both = run(example6('federal', [ORDINANCE], [FL_DAY, NV]));
    expect(both.warnings).toContainEqual(expect.objectContaining({ code: 'custom-rates-several-states', path: 'settings.customRates' }));
    expect(both.warnings.find((w) => w.code === 'custom-rates-several-states')!.message).toContain('2 states (FL, NV)');
    expect(assumptions(parse(example6('federal', [ORDINANCE], [FL_DAY, NV])), both.computed).join(' ')).toContain('wherever the work was done, here in FL and NV.');
    // One state, no custom rate, or a rate effective only after the Florida period ended: none.
    expect(codes(example6('federal'))).not.toContain('custom-rates-several-states');
    expect(codes(example6('federal', [], [FL_DAY, NV]))).not.toContain('custom-rates-several-states');
    expect(codes(example6('federal', [{ ...ORDINANCE, effectiveDate: '2009-06-02' }], [FL_DAY, NV]))).not.toContain('custom-rates-several-states');
  });
});
