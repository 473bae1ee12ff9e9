// Property tests (fast-check) over random schedules, daily logs, exemptions and payments around
// the 2008 and 2009 federal rate changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../../src/kinds/restitution-worksheet/dates.js';
import { baseCase, run } from './cases.js';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const quarterHours = fc.integer({ min: 0, max: 96 }).map((q) => q / 4); // 0..24 h in quarter hours

interface PeriodShape {
  gap: number;
  length: number;
  schedule: number[];
  log: Array<{ offset: number; hours: number }>;
  exemption: 'none' | 'live-in-domestic' | 'agriculture-213b12';
  perWeekCents: number | null;
  payments: Array<{ offset: number; amountCents: number }>;
}

const periodShape: fc.Arbitrary<PeriodShape> = fc.record({
  gap: fc.integer({ min: 0, max: 9 }),
  length: fc.integer({ min: 1, max: 50 }),
  schedule: fc.array(quarterHours, { minLength: 7, maxLength: 7 }),
  log: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 49 }), hours: quarterHours }), { maxLength: 6 }),
  exemption: fc.constantFrom('none', 'none', 'live-in-domestic', 'agriculture-213b12'),
  perWeekCents: fc.option(fc.integer({ min: 0, max: 60000 }), { nil: null }),
  payments: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 49 }), amountCents: fc.integer({ min: 1, max: 80000 }) }), { maxLength: 4 }),
});

const caseShape = fc.record({
  // Around the 2008-07-24 and 2009-07-24 rate changes.
  firstDay: fc.integer({ min: toDay('2008-06-01'), max: toDay('2009-09-01') }),
  workweekStart: fc.constantFrom(...DAYS),
  liquidatedDamages: fc.boolean(),
  periods: fc.array(periodShape, { minLength: 1, maxLength: 3 }),
});
type CaseShape = typeof caseShape extends fc.Arbitrary<infer T> ? T : never;

/** Cents → dollars as written ("1,234.05"): the contract takes dollars (docs/domain/restitution-worksheet.md). */
const dollars = (cents: number) => `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;

/** A valid case from a shape: periods in order, never overlapping, logs and payments inside. */
function toCase(s: CaseShape) {
  let day = s.firstDay;
  const laborPeriods = s.periods.map((p) => {
    const start = day + p.gap;
    const end = start + p.length - 1;
    day = end + 1;
    const inside = (offset: number) => fromDay(start + (offset % p.length));
    const log = new Map<string, number>();
    for (const e of p.log) log.set(inside(e.offset), e.hours);
    return {
      startDate: fromDay(start),
      endDate: fromDay(end),
      weeklySchedule: Object.fromEntries(DAYS.map((d, i) => [d, p.schedule[i]!])),
      days: [...log.entries()].map(([date, hours]) => ({ date, hours })),
      exemption: p.exemption,
      wagesPaid: {
        ...(p.perWeekCents !== null ? { perWeek: dollars(p.perWeekCents) } : {}),
        payments: p.payments.map((x) => ({ date: inside(x.offset), amount: dollars(x.amountCents) })),
      },
    };
  });
  return baseCase({ settings: { workweekStart: s.workweekStart, liquidatedDamages: s.liquidatedDamages }, laborPeriods });
}

type Case = ReturnType<typeof toCase> & { laborPeriods: ReturnType<typeof toCase>['laborPeriods'] };

// ---- an independent computation of one week's wages, in integer quarter-hours and BigInt ----

/** Federal minimum wage in cents (29 U.S.C. 206), restated here independently of src/. */
function federalCents(iso: string): bigint {
  if (iso >= '2009-07-24') return 725n;
  if (iso >= '2008-07-24') return 655n;
  if (iso >= '2007-07-24') return 585n;
  return 515n;
}

/** Hours per date of a case (log replaces schedule), computed with JS Dates (UTC). */
function hoursByDate(c: Case): Array<{ date: string; quarters: bigint; exempt: boolean }> {
  const out: Array<{ date: string; quarters: bigint; exempt: boolean }> = [];
  for (const p of c.laborPeriods as any[]) {
    const log = new Map<string, number>((p.days as any[]).map((d) => [d.date, d.hours]));
    for (let t = Date.parse(p.startDate + 'T00:00:00Z'); t <= Date.parse(p.endDate + 'T00:00:00Z'); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const h = log.get(date) ?? p.weeklySchedule[DAYS[new Date(t).getUTCDay()]!];
      out.push({ date, quarters: BigInt(Math.round(h * 4)), exempt: p.exemption !== 'none' });
    }
  }
  return out;
}

/** Owed cents per week start (ISO), from first principles: straight time + 0.5 × regular × OT. */
function independentOwed(c: Case, weekStart: string): Map<string, bigint> {
  const startIdx = DAYS.indexOf(weekStart as (typeof DAYS)[number]);
  const weeks = new Map<string, Array<{ date: string; quarters: bigint; exempt: boolean }>>();
  for (const d of hoursByDate(c)) {
    const t = Date.parse(d.date + 'T00:00:00Z');
    const back = (new Date(t).getUTCDay() - startIdx + 7) % 7;
    const ws = new Date(t - back * 86_400_000).toISOString().slice(0, 10);
    weeks.set(ws, [...(weeks.get(ws) ?? []), d]);
  }
  const owed = new Map<string, bigint>();
  for (const [ws, days] of weeks) {
    const Q = days.reduce((t, d) => t + d.quarters, 0n); // quarter hours
    const S4 = days.reduce((t, d) => t + d.quarters * federalCents(d.date), 0n); // 4 × straight cents
    const exempt = days.some((d) => d.quarters > 0n) && days.every((d) => d.quarters === 0n || d.exempt);
    const OT = exempt || Q <= 160n ? 0n : Q - 160n; // quarter hours over 40 h
    // owed = S4/4 + (S4/4)/(Q/4) × (OT/4) / 2 = S4 × (2Q + OT) / (8Q); with Q = 0, owed = 0.
    if (Q === 0n) {
      owed.set(ws, 0n);
      continue;
    }
    const num = S4 * (2n * Q + OT);
    const den = 8n * Q;
    owed.set(ws, (2n * num + den) / (2n * den)); // round half-up
  }
  return owed;
}

const RUNS = { numRuns: 150 };

describe('properties of F', () => {
  it('a week’s owed amount equals straight time plus the overtime premium computed independently', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        const c = toCase(s) as Case;
        const { computed } = run(c);
        const expected = independentOwed(c, s.workweekStart);
        expect(computed.weeks.map((w) => w.weekStart).sort()).toEqual([...expected.keys()].sort());
        for (const w of computed.weeks) expect(BigInt(w.owedCents)).toBe(expected.get(w.weekStart));
      }),
      RUNS,
    );
  });

  it('F never decreases when hours are added', () => {
    fc.assert(
      fc.property(caseShape, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 96 }), (s, pi, di, addQ) => {
        const c = toCase(s) as Case;
        const before = run(c).computed.flsa;
        const more = structuredClone(c) as any;
        const p = more.laborPeriods[pi % more.laborPeriods.length];
        // Add hours on one day through the daily log (never above 24 h a day).
        const len = Math.round((Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000) + 1;
        const date = fromDay(toDay(p.startDate) + (di % len));
        const t = Date.parse(date + 'T00:00:00Z');
        const current = p.days.find((d: any) => d.date === date)?.hours ?? p.weeklySchedule[DAYS[new Date(t).getUTCDay()]!];
        p.days = [...p.days.filter((d: any) => d.date !== date), { date, hours: Math.min(24, current + addQ / 4) }];
        const after = run(more).computed.flsa;
        expect(after.owedCents).toBeGreaterThanOrEqual(before.owedCents);
        expect(after.totalCents).toBeGreaterThanOrEqual(before.totalCents);
        expect(after.totalWithLiquidatedDamagesCents).toBeGreaterThanOrEqual(before.totalWithLiquidatedDamagesCents);
      }),
      RUNS,
    );
  });

  it('liquidated damages equal the unpaid wages exactly (29 U.S.C. 216(b))', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        const f = run(toCase(s)).computed.flsa;
        expect(f.totalWithLiquidatedDamagesCents - f.totalWithoutLiquidatedDamagesCents).toBe(f.unpaidCents);
        expect(f.liquidatedDamagesCents).toBe(s.liquidatedDamages ? f.unpaidCents : 0);
        expect(f.totalCents).toBe(f.unpaidCents + f.liquidatedDamagesCents);
      }),
      RUNS,
    );
  });

  it('no carry-over: the total unpaid is never below the pooled shortfall max(0, owed − paid)', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        const f = run(toCase(s)).computed.flsa;
        expect(f.unpaidCents).toBeGreaterThanOrEqual(Math.max(0, f.owedCents - f.paidCents));
      }),
      RUNS,
    );
  });

  it('moving a payment out of a week it did not overpay, to any other week, never lowers the total unpaid', () => {
    const withPayment = caseShape.filter((s) => s.periods.some((p) => p.payments.length > 0));
    fc.assert(
      fc.property(withPayment, fc.nat(), fc.nat(), (s, pick, to) => {
        const c = toCase(s) as any;
        const { computed } = run(c);
        const all = c.laborPeriods.flatMap((p: any, i: number) => p.wagesPaid.payments.map((x: any, j: number) => ({ i, j, date: x.date })));
        const { i, j, date } = all[pick % all.length];
        const weekOf = (d: string) => computed.weeks.find((w) => w.weekStart <= d && d <= w.weekEnd)!;
        fc.pre(weekOf(date).paidCents <= weekOf(date).owedCents); // the payment was fully credited
        const p = c.laborPeriods[i];
        const len = toDay(p.endDate) - toDay(p.startDate) + 1;
        const moved = structuredClone(c);
        moved.laborPeriods[i].wagesPaid.payments[j].date = fromDay(toDay(p.startDate) + (to % len));
        expect(run(moved).computed.flsa.unpaidCents).toBeGreaterThanOrEqual(computed.flsa.unpaidCents);
      }),
      RUNS,
    );
  });

  it('totals equal the sum of the rows, and total = L + max(G_labor, F) + G_sex', () => {
    fc.assert(
      fc.property(
        caseShape,
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 2 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 3 }),
        (s, gross, sex, losses) => {
          const c = {
            ...toCase(s),
            grossIncome: [
              ...gross.map((cents, k) => ({ label: `Line ${k}`, incomeFrom: 'labor', amount: dollars(cents), evidence: 'Exhibit' })),
              ...sex.map((cents, k) => ({ label: `Acts ${k}`, incomeFrom: 'commercial-sex-acts', amount: dollars(cents), evidence: 'Exhibit' })),
            ],
            losses: losses.map((cents) => ({ category: 'other', description: 'Loss', amount: dollars(cents), projected: false })),
          };
          const x = run(c).computed;
          const sum = (k: 'owedCents' | 'paidCents' | 'unpaidCents') => x.weeks.reduce((t, w) => t + w[k], 0);
          expect(x.flsa.owedCents).toBe(sum('owedCents'));
          expect(x.flsa.paidCents).toBe(sum('paidCents'));
          expect(x.flsa.unpaidCents).toBe(sum('unpaidCents'));
          for (const w of x.weeks) expect(w.unpaidCents).toBe(Math.max(0, w.owedCents - w.paidCents));
          const G = gross.reduce((t, g) => t + g, 0);
          const S = sex.reduce((t, g) => t + g, 0);
          const L = losses.reduce((t, l) => t + l, 0);
          expect(x.grossIncome).toMatchObject({ laborCents: G, commercialSexCents: S, totalCents: G + S });
          expect(x.losses.totalCents).toBe(L);
          expect(x.totalCents).toBe(L + Math.max(G, x.flsa.totalCents) + S);
          // The pooled reading, shown when there is commercial sex income, never gives more
          // (max(a + s, f) ≤ max(a, f) + s).
          if (sex.length === 0) expect(x.alternatives.pooled).toBeUndefined();
          else {
            expect(x.alternatives.pooled!.totalCents).toBe(L + Math.max(G + S, x.flsa.totalCents));
            expect(x.alternatives.pooled!.totalCents).toBeLessThanOrEqual(x.totalCents);
          }
        },
      ),
      RUNS,
    );
  });
});
