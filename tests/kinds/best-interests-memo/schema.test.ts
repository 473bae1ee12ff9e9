// The schema of the best-interests memo (docs/domain/best-interests-memo.md: "Factors", "Contract
// fields"): the forms a factor takes, closed lists, dates, blank fields, and messages that never
// quote the case, run through the pipeline's `checkCase` on variants of the fixtures.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { checkCase } from '../../../src/pipeline.js';
import { errors, fixture, K, ok } from './cases.js';

describe('schema', () => {
  const min = () => fixture('minimal.json');
  it('every factor must be addressed; "not applicable" needs a reason', () => {
    const f = { ...min().factors };
    delete f.identity;
    expect(errors({ ...min(), factors: f })).toEqual([['factors.identity', 'factor-not-addressed']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: { notApplicable: '  ' } } })).toEqual([['factors.health.notApplicable', 'too-small']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: '' } })).toEqual([['factors.health', 'too-small']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: 42 } })).toEqual([['factors.health', 'invalid-type']]);
  });
  it('a factor may be written in four forms, all meaning the same', () => {
    const accepts = (health: unknown) => {
      const r = checkCase(K, { ...min(), factors: { ...min().factors, health } });
      expect(r.ok).toBe(true);
    };
    accepts('Analysis.');
    accepts({ analysis: 'Analysis.' });
    accepts({ notApplicable: 'Reason.' });
    accepts({ notApplicable: true, reason: 'Reason.' });
    accepts({ notApplicable: false, analysis: 'Analysis.' });
  });
  it('a malformed factor object gets a message about its form', () => {
    const f = (health: unknown) => errors({ ...min(), factors: { ...min().factors, health } });
    expect(f({ notApplicable: true })).toEqual([['factors.health.reason', 'not-applicable-needs-reason']]);
    expect(f({ analysis: 'A.', notApplicable: 'R.' })).toEqual([['factors.health', 'factor-form']]);
    expect(f({ notApplicable: 'R.', reason: 'Q.' })).toEqual([['factors.health', 'factor-form']]);
    expect(f({})).toEqual([['factors.health', 'factor-not-addressed']]);
    expect(f({ notApplicable: false })).toEqual([['factors.health', 'factor-not-addressed']]);
    expect(f({ analysis: '' })).toEqual([['factors.health.analysis', 'too-small']]);
  });
  it('a divergence must be explained', () => {
    expect(errors({ ...min(), divergence: { diverges: true, explanation: ' ' } })).toEqual([['divergence.explanation', 'divergence-unexplained']]);
    expect(ok({ ...min(), divergence: { diverges: false } }).ok).toBe(true);
  });
  it('dates must be real yyyy-mm-dd dates', () => {
    expect(errors({ ...min(), preparedOn: '2026-02-29' })).toEqual([['preparedOn', 'invalid-date']]);
    expect(errors({ ...min(), contacts: [{ date: '01/12/2026', person: 'T', role: 'child' }] })).toEqual([['contacts.0.date', 'invalid-date']]);
  });
  it('contact roles and modes come from a closed list', () => {
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'Child' }] })).toEqual([['contacts.0.role', 'invalid-value']]);
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: 'letter' }] })).toEqual([['contacts.0.mode', 'invalid-value']]);
  });
  it('A-numbers of 8 or 9 digits are printed as A + 9 digits (the kit rule: 7 digits are refused)', () => {
    const a = (n: string) => checkCase(K, { ...min(), child: { ...min().child, aNumber: n } });
    expect(errors({ ...min(), child: { ...min().child, aNumber: 'A12-34' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
    expect(errors({ ...min(), child: { ...min().child, aNumber: '1234567890' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
    expect(a('A-212-345-678').ok).toBe(true);
    expect(a('12345678').ok).toBe(true);
    expect(errors({ ...min(), child: { ...min().child, aNumber: '1234567' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
  });
  it('an empty string (a blank CSV cell) in an optional field means "not given"', () => {
    const r = ok({
      ...min(),
      child: { ...min().child, aNumber: '', admittedToCustodyOn: '', countryOfBirth: '' },
      contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: '', language: '' }],
    });
    expect(r.computed.daysInCustody).toBeNull();
    // …while a wrong value in the same fields keeps its own code
    expect(errors({ ...min(), child: { ...min().child, admittedToCustodyOn: '2026-1-2' } })).toEqual([['child.admittedToCustodyOn', 'invalid-date']]);
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: 'fax' }] })).toEqual([['contacts.0.mode', 'invalid-value']]);
  });
  it('at least one recommendation', () => {
    expect(errors({ ...min(), recommendations: [] })).toEqual([['recommendations', 'too-small']]);
  });
  it('messages never quote the case data', () => {
    const secret = 'Zyxwv-Secret-Name';
    const r = checkCase(K, { ...min(), preparedOn: secret, child: { ...min().child, dateOfBirth: secret }, contacts: [{ date: '2026-01-12', person: secret, role: secret }] });
    expect(JSON.stringify(r)).not.toContain(secret);
  });
});

// Open item 4 of the December 2026 round: the web form and the Excel template show every title and
// description to a person who never sees the JSON, so none may quote it.
describe('the published schema speaks in words', () => {
  it('a factor left out is told in words what to do, the JSON only after them', () => {
    const c = fixture('minimal.json');
    delete c.factors.liberty;
    const r = checkCase(K, c);
    if (r.ok) throw new Error('expected an invalid case');
    expect(r.errors).toEqual([
      {
        path: 'factors.liberty',
        code: 'factor-not-addressed',
        message: 'must be addressed: give the analysis of this factor, or mark it not applicable with the reason (in JSON: {"notApplicable": "the reason"})',
      },
    ]);
  });
  it('no title or description of the memo’s JSON Schema quotes JSON ({"notApplicable": …})', () => {
    const texts: Array<[string, string]> = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'title' || k === 'description') && typeof v === 'string') texts.push([`${at}/${k}`, v]);
        else walk(v, `${at}/${k}`);
      }
    };
    walk(caseJsonSchema(getKind(K)), '');
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, t]) => /[{}]|"\w+":/.test(t))).toEqual([]);
  });
});
