// The RFA's deadline is computed once per render, by the rules (compute): the view reads the one
// compute kept with its computed values (deadline.ts keptDeadline), and its reason for the
// deadline (dueWhy) reads the view's, never computing it again (issue 18: the view's own second
// deadline was ~1 % of an `rfa` render). Computed values compute did not make (a JSON copy) give
// the view none to read: it computes the deadline itself, and the page is the same.
// Only a deadline set by the 18th birthday (turns-18-tonight) reaches that part of dueWhy; the other
// two fixtures (24 hours; an age without a date of birth) hold the count for the other paths.
// Without a zone, when the clocks change before a birthday's deadline (clock-change-birthday), the
// deadline is recomputed on the changed clock (offset-change.ts) once, by compute: the view reads
// the "Clock change" rows from `computed`, where it recomputed them and made it four a render.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as deadlineModule from '../../../src/kinds/rfa/deadline.js';
import { buildDocument } from '../../../src/pipeline.js';
import { validateKindCase } from '../../../src/check-kind.js';
import { KINDS } from '../../../src/kinds/index.js';

vi.mock('../../../src/kinds/rfa/deadline.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/kinds/rfa/deadline.js')>();
  return { ...m, deadline: vi.fn(m.deadline) };
});

const calls = () => vi.mocked(deadlineModule.deadline).mock.calls.length;
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/rfa/${name}.json`, import.meta.url), 'utf8'));

describe('the rfa deadline, computed once per stage of a render', () => {
  beforeEach(() => {
    vi.mocked(deadlineModule.deadline).mockClear();
  });
  it.each(['turns-18-tonight', 'full', 'age-only'])('%s: compute once, the view reads compute’s (dueWhy the view’s)', (name) => {
    const b = buildDocument('rfa', fixture(name));
    expect(b.model.body.length).toBeGreaterThan(0);
    expect(calls()).toBe(1);
  });
  it('clock-change-birthday: compute once and once more on the changed clock, the view none', () => {
    const b = buildDocument('rfa', fixture('clock-change-birthday'));
    expect(JSON.stringify(b.model.body)).toContain('on a clock moved back it is Sunday, November 1, 2026, 11:30 PM UTC-05:00');
    expect(calls()).toBe(2);
    // The changed clock's, with the zone the row names: the deadline's other calls have none (no zone given).
    expect(vi.mocked(deadlineModule.deadline).mock.calls.filter((a) => a[3] === 'America/New_York')).toHaveLength(1);
  });
  it.each(['turns-18-tonight', 'full', 'clock-change-birthday', 'part-b-after-18', 'late'])('%s: a view given a copy of the computed values computes the deadline, and prints the same', (name) => {
    const kind = KINDS.find((k) => k.id === 'rfa')!;
    const v = validateKindCase(kind, fixture(name));
    const kept = JSON.stringify(kind.view(v.data, v.computed, v.warnings));
    vi.mocked(deadlineModule.deadline).mockClear();
    const copied = JSON.stringify(kind.view(v.data, JSON.parse(JSON.stringify(v.computed)), v.warnings));
    expect(calls()).toBe(1);
    expect(copied).toBe(kept);
  });
});
