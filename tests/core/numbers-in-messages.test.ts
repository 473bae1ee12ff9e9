// Numbers a person reads in a message (a limit, a count, a size, a time) are written one way, by
// figure() and duration() (src/domain/format.ts): "1,000,000", "30 s", never "1000000" or
// "30000 ms". Lint refuses a number put into the text of a message of the CLI, the HTTP API,
// batches and the shared checks without one of them (or String(n), for a number that is a name:
// a row, a line, a port): tests/lint/numbers.test.ts.
import { describe, expect, it } from 'vitest';
import { duration, figure } from '../../src/domain/format.js';
import { HarborError } from '../../src/errors.js';
import { loadConfig } from '../../src/http/config.js';
import { laborBounds } from '../../src/kinds/restitution-worksheet/bounds.js';

describe('figure', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [65_535, '65,535'],
    [1_000_000, '1,000,000'],
    [-12_345, '-12,345'],
    [1234.5, '1,234.5'],
  ])('%d → %s', (n, text) => expect(figure(n)).toBe(text));

  it('fixes the decimals when asked (a rate), and takes a bigint', () => {
    expect(figure(2468.75, 1)).toBe('2,468.8');
    expect(figure(0, 1)).toBe('0.0');
    expect(figure(12_345_678_901_234_567_890n)).toBe('12,345,678,901,234,567,890');
  });
});

describe('duration', () => {
  it.each([
    [100, '100 ms'],
    [999, '999 ms'],
    [1000, '1 s'],
    [1500, '1.5 s'],
    [30_000, '30 s'],
    [60_000, '1 min'],
    [245_000, '4 min 05 s'],
    [600_000, '10 min'],
    [7_500_000, '2 h 05 min'],
  ])('a limit of %d ms is "%s": exact, in the unit a person reads', (ms, text) => expect(duration(ms)).toBe(text));

  it('a measured time to the tenth of a second ("4.0 s"), as the batch progress lines give it', () => {
    expect(duration(4000, { tenths: true })).toBe('4.0 s');
    expect(duration(250, { tenths: true })).toBe('0.3 s');
    expect(duration(989_900, { tenths: true })).toBe('16 min 30 s');
  });
});

/** The message a configuration is refused with. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    return (e as HarborError).message;
  }
  throw new Error('the configuration was accepted');
}

describe('messages that carry a number', () => {
  it('a range of the configuration is given with its thousands grouped (as docs/configuration.md gives it)', () => {
    expect(refusal({ HARBOR_RATE_LIMIT: '1000001' })).toBe('configuration: HARBOR_RATE_LIMIT must be a whole number from 0 to 1,000,000');
    expect(refusal({ HARBOR_MAX_BATCH: '0' })).toBe('configuration: HARBOR_MAX_BATCH must be a whole number from 1 to 100,000');
  });

  it("a kind's limit says its count with its thousands grouped (the worksheet's 25 years of labor: 9,132 days)", () => {
    const messages: string[] = [];
    const ctx = { addIssue: (i: { message?: string }) => messages.push(i.message ?? '') } as unknown as Parameters<typeof laborBounds>[1];
    laborBounds({ preparedOn: '2025-01-31', laborPeriods: [{ startDate: '1998-01-01', endDate: '2024-12-31' }] }, ctx);
    expect(messages).toContain('brings the labor periods to more than 9,132 days (25 years) in one worksheet; split the case');
  });
});
