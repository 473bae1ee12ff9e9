// The RFA's deadline is computed once by the rules (compute) and once by the view per render: the
// view's reason for the deadline (dueWhy) reads the view's own, never computing it a third time.
// Only a deadline set by the 18th birthday (turns-18-tonight) reaches that part of dueWhy; the other
// two fixtures (24 hours; an age without a date of birth) hold the count for the other paths.
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
});
