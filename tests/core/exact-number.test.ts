// A number is taken only as written (src/exact-number.ts, docs/fields.md "Numbers"): one with more
// digits than a double keeps, or out of its range, is inexact-number at its field, never a nearby
// number, 0 or Infinity read in its place.
import { describe, expect, it } from 'vitest';
import { inexactNumberProblem } from '../../src/exact-number.js';
import { jsonTextIssues } from '../../src/json-text.js';
import { parseCaseJson } from '../../src/validate.js';
import { HarborError } from '../../src/errors.js';

describe('a number literal keeps its value, or is refused', () => {
  it('takes every number whose digits the double keeps: up to 15 digits, the shortest form, and a double written with 17 digits', () => {
    for (const s of ['0', '-0', '0.0', '12', '12.50', '9.5', '0.1', '1E+2', '1.5e3', '1e21', '0.000000000000000001', '9007199254740992', '0.30000000000000004', '0.10000000000000001', '5e-324', '1e-310', '0.1000000000000000055511151231257827021181583404541015625']) {
      expect(inexactNumberProblem(s), s).toBeUndefined();
    }
  });
  it('refuses digits past what the double keeps: 11.999999999999999999 would be read as 12, 9007199254740993 as …992', () => {
    for (const s of ['11.999999999999999999', '11.999999999999999', '9007199254740993', '123456789012345678', '100.000000000000000001', '0.50000000000000000001', '3.14159265358979323846', '-11.999999999999999999', '4e-324']) {
      expect(inexactNumberProblem(s), s).toMatch(/more significant digits than a number keeps/);
    }
  });
  it('refuses a number too large (read as Infinity) or too close to zero (read as 0), whatever its exponent', () => {
    for (const s of ['1e400', '-1e400', '1e99999999999999999999']) expect(inexactNumberProblem(s), s).toMatch(/too large/);
    for (const s of ['1e-400', '-2.5e-330', '1e-99999999999999999999']) expect(inexactNumberProblem(s), s).toMatch(/too close to zero.*read as 0/);
  });
});

describe('numbers in the text of a case', () => {
  it('names each inexact number at its path, in objects, lists and beside repeated fields', () => {
    const text = '{"a": 1e400, "b": {"x": [1, 2, 11.999999999999999999], "x": 1}, "c": "11.999999999999999999", "d": [[1e-400]], "e": -0.5}';
    expect(jsonTextIssues(text).map((i) => [i.path, i.code])).toEqual([
      ['a', 'inexact-number'],
      ['b.x.2', 'inexact-number'],
      ['b.x', 'duplicate-key'],
      ['d.0.0', 'inexact-number'],
    ]);
  });
  it('a record id given as a number too long to keep is told to be written as text, not rounded', () => {
    expect(jsonTextIssues('{"id": 12345678901234567890, "hours": 12345678901234567890}')).toEqual([
      { path: 'id', code: 'inexact-number', message: expect.stringMatching(/read as another id; write the id as text, in quotes$/) },
      { path: 'hours', code: 'inexact-number', message: expect.stringMatching(/round it to fewer digits$/) },
    ]);
  });
  it('past the first 100 issues, one more-issues entry counts the rest (duplicate keys and numbers alike), never dropped silently', () => {
    const text = `{"n": [${Array(130).fill('1e400').join(',')}], "k": {${Array(21).fill('"a": 1').join(',')}}}`;
    const issues = jsonTextIssues(text);
    expect(issues).toHaveLength(101);
    expect(issues[99]).toMatchObject({ path: 'n.99', code: 'inexact-number' });
    expect(issues[100]).toMatchObject({ path: '', code: 'more-issues', count: 50, message: expect.stringMatching(/^50 more issues are not listed/) });
  });
  it('a body or a batch record with such a number is invalid-case at its field, never the rounded value taken', () => {
    for (const as of ['body', 'record'] as const) {
      let err: unknown;
      try {
        parseCaseJson({ text: '{"laborPeriods": [{"days": [{"hours": 11.999999999999999999}]}]}', as });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HarborError);
      expect(err).toMatchObject({ code: 'invalid-case', issues: [{ path: 'laborPeriods.0.days.0.hours', code: 'inexact-number' }] });
      // The message names the rule, never the number (case data).
      expect((err as HarborError).issues[0]!.message).not.toMatch(/11\.9|12/);
    }
    expect(parseCaseJson({ text: '{"hours": 0.10000000000000001}', as: 'body' })).toEqual({ hours: 0.1 });
  });
});
