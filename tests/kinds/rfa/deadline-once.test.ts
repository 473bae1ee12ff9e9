// The RFA's deadline is computed once by the rules (compute) and once by the view per render: the
// view's reason for the deadline (dueWhy) reads the view's own, never computing it a third time.
// Only a deadline set by the 18th birthday (turns-18-tonight) reaches that part of dueWhy; the other
// two fixtures (24 hours; an age without a date of birth) hold the count for the other paths.
// Without a zone, when the clocks change before a birthday's deadline (clock-change-birthday), the
// deadline is recomputed on the changed clock (offset-change.ts) once, by compute: the view reads
// the "Clock change" rows from `computed`, where it recomputed them and made it four a render.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as deadlineModule from '../../../src/kinds/rfa/deadline.js';
import { buildDocument } from '../../../src/pipeline.js';

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
  it.each(['turns-18-tonight', 'full', 'age-only'])('%s: compute once, the view once (dueWhy takes the view’s)', (name) => {
    const b = buildDocument('rfa', fixture(name));
    expect(b.model.body.length).toBeGreaterThan(0);
    expect(calls()).toBe(2);
  });
  it('clock-change-birthday: compute once and once more on the changed clock, the view once', () => {
    const b = buildDocument('rfa', fixture('clock-change-birthday'));
    expect(JSON.stringify(b.model.body)).toContain('on a clock moved back it is Sunday, November 1, 2026, 11:30 PM UTC-05:00');
    expect(calls()).toBe(3);
    // The changed clock's, with the zone the row names: the deadline's other calls have none (no zone given).
    expect(vi.mocked(deadlineModule.deadline).mock.calls.filter((a) => a[3] === 'America/New_York')).toHaveLength(1);
  });
});
