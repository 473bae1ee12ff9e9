// The table of docs/configuration.md §Configuration is what `harbor serve` accepts: every variable
// the service reads is a row, and every variable read as a whole number states its range there,
// the range loadConfig holds it to (both ends taken, one past either end refused). A value out of
// range is refused with a line that names the variable and that range in words, as the other
// variables' lines do ("PORT must be a whole number from 0 to 65,535", the numbers written as every message writes them: figure(), src/domain/format.ts), not in zod's own wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figure } from '../../src/domain/format.js';
import { loadConfig } from '../../src/http/config.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Configuration'), doc.indexOf('\n## ', doc.indexOf('## Configuration') + 1));
const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]*) \| (.*) \|$/gm)].map((m) => ({ name: m[1]!, meaning: m[3]! }));

/** The message loadConfig refuses an environment with, or undefined when it accepts it. */
function refusal(env: Record<string, string>): string | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

// A variable read as a whole number: a fraction is refused as not one (the time, size and proxy
// variables refuse it by their own rule).
const numeric = rows.filter((r) => /whole number/.test(refusal({ [r.name]: '1.5' }) ?? ''));

describe('docs/configuration.md §Configuration', () => {
  it('has a row for every variable the service reads, and finds the numeric ones (the scan works)', () => {
    const names = rows.map((r) => r.name);
    const read = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'http', 'config.ts'), 'utf8');
    const schema = read.slice(read.indexOf('const EnvSchema'), read.indexOf('\n});', read.indexOf('const EnvSchema')));
    const variables = [...schema.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(10);
    expect(names.toSorted()).toEqual(variables.toSorted());
    expect(numeric.map((r) => r.name)).toEqual(expect.arrayContaining(['PORT', 'HARBOR_WORKERS', 'HARBOR_RATE_LIMIT']));
  });

  it.each(numeric.map((r) => [r.name, r.meaning]))('%s: the range its row states is the range accepted, and a value outside it is refused naming that range', (name, meaning) => {
    const range = /\b(\d[\d,]*)–(\d[\d,]*)\b/.exec(meaning);
    expect(range, `the row of ${name} states its range as "low–high"`).not.toBeNull();
    const [low, high] = [Number(range![1]!.replaceAll(',', '')), Number(range![2]!.replaceAll(',', ''))];
    expect(refusal({ [name]: String(low) })).toBeUndefined();
    expect(refusal({ [name]: String(high) })).toBeUndefined();
    const over = refusal({ [name]: String(high + 1) });
    expect(over).toBe(`configuration: ${name} must be a whole number from ${figure(low)} to ${figure(high)}`);
    if (low > 0) expect(refusal({ [name]: String(low - 1) })).toBe(over);
  });
});
