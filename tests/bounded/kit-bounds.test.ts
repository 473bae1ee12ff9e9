// Issue 16, defects 8 and 2 (the kit's part, checked end to end through every kind): years
// outside 1900–2100 are refused at validation (year 0026 printed as 1926 before; a date-time in
// year 10000 passed), and every list of every schema has a maximum length.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { checkCase } from '../../src/pipeline.js';
import { rfaCase } from '../http/helpers.js';

describe('years a case may hold', () => {
  it('year 0026 and 9999-12-31T23:59-12:00 are refused with the field path', () => {
    const a = rfaCase();
    a.child.dateOfBirth = '0026-05-10';
    const ra = checkCase('rfa', a);
    expect(ra.ok).toBe(false);
    if (!ra.ok) expect(ra.errors.map((e) => e.path)).toContain('child.dateOfBirth');
    const b = rfaCase();
    b.preparedAt = '9999-12-31T23:59-12:00';
    const rb = checkCase('rfa', b);
    expect(rb.ok).toBe(false);
    if (!rb.ok) expect(rb.errors.map((e) => e.path)).toContain('preparedAt');
  });
});

describe('every list is bounded', () => {
  for (const kind of KINDS) {
    it(`${kind.id}: every array in the JSON Schema has maxItems`, () => {
      const unbounded: string[] = [];
      const walk = (s: unknown, path: string): void => {
        if (s === null || typeof s !== 'object') return;
        const o = s as Record<string, unknown>;
        if (o.type === 'array' && typeof o.maxItems !== 'number') unbounded.push(path);
        for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
      };
      walk(caseJsonSchema(kind), '');
      expect(unbounded).toEqual([]);
    });
  }
});
