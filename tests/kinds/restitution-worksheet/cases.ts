// Test helpers: build restitution cases and run the calculator on them the way the pipeline does
// (sanitise + schema, then compute).
import { compute as computeRestitution } from '../../../src/kinds/restitution-worksheet/compute.js';
import { restitutionSchemas, type RestitutionCase } from '../../../src/kinds/restitution-worksheet/schema.js';
import { parseCase } from '../../../src/validate.js';

export const EVERY_DAY = (h: number) => ({ sunday: h, monday: h, tuesday: h, wednesday: h, thursday: h, friday: h, saturday: h });
export const WEEKDAYS_ONLY = (h: number) => ({ monday: h, tuesday: h, wednesday: h, thursday: h, friday: h });

export function baseCase(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    preparedOn: '2026-01-15',
    defendants: ['Rowan Tessaly'],
    // A minor with her guardian as payee, and a preparer with a bar number: no filing warnings, so
    // each test sees the warnings of its own rule.
    victim: { identifier: 'K.M.', minor: true, payee: { name: 'Lena Whitcombe', role: 'legal-guardian' } },
    preparer: { name: 'Dana Whitcombe', barNumber: '24055512', barJurisdiction: 'Texas' },
    laborPeriods: [],
    ...extra,
  };
}

export function parse(raw: unknown): RestitutionCase {
  const r = parseCase(restitutionSchemas().RestitutionCase, raw);
  if (!r.ok) throw new Error(`case is invalid: ${JSON.stringify(r.issues)}`);
  return r.data;
}

export function issuesOf(raw: unknown) {
  const r = parseCase(restitutionSchemas().RestitutionCase, raw);
  return r.ok ? [] : r.issues;
}

export function run(raw: unknown) {
  return computeRestitution(parse(raw));
}

// Worked examples 1 to 4 of docs/domain/restitution-worksheet-examples.md, as case data.
export const EXAMPLE_1 = baseCase({
  settings: { liquidatedDamages: false },
  laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12) }],
});
export const EXAMPLE_2 = baseCase({
  settings: { liquidatedDamages: false },
  laborPeriods: [{ startDate: '2009-07-12', endDate: '2009-08-01', weeklySchedule: EVERY_DAY(10) }],
});
export const EXAMPLE_3 = baseCase({
  laborPeriods: [{ startDate: '2015-01-04', endDate: '2016-01-02', weeklySchedule: WEEKDAYS_ONLY(10) }],
});
export const EXAMPLE_4 = baseCase({
  grossIncome: [{ label: 'Acts sold (Clayton)', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80.00', defendantShare: 0.5, evidence: 'Exhibit 1' }],
});

/**
 * Worked example 23 (docs/domain/restitution-worksheet-flsa.md): three 14-hour days in Florida
 * across its September 30, 2024 raise, in a Wednesday workweek, $100.00 paid, G $430.34 billed for
 * the labor; `losses` as each test needs them.
 */
export function workedExample23(losses: unknown[]): Record<string, unknown> {
  return baseCase({
    settings: { liquidatedDamages: false, workweekStart: 'wednesday', minimumWage: 'higher-of-federal-and-state' },
    laborPeriods: [
      {
        label: 'Three days',
        startDate: '2024-09-28',
        endDate: '2024-09-30',
        state: 'FL',
        days: [{ date: '2024-09-28', hours: 14 }, { date: '2024-09-29', hours: 14 }, { date: '2024-09-30', hours: 14 }],
        wagesPaid: { payments: [{ date: '2024-09-30', amount: '100' }] },
      },
    ],
    grossIncome: [{ label: 'Billed for the labor', incomeFrom: 'labor', amount: '430.34', evidence: 'Exhibit 1' }],
    losses,
  });
}

/** Every `description` in a JSON Schema, with its path. */
export function descriptions(node: unknown, path = '$'): { path: string; text: string }[] {
  if (node === null || typeof node !== 'object') return [];
  const out: { path: string; text: string }[] = [];
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (k === 'description' && typeof v === 'string') out.push({ path, text: v });
    else out.push(...descriptions(v, `${path}.${k}`));
  }
  return out;
}
