// The payee of a minor is never a defendant (18 U.S.C. § 1593(c); § 2259(c)(4)): the names are
// compared as a reader of the worksheet sees them, so a payee written without the defendant's
// accents, with a nickname in parentheses, or with a character that prints as nothing (a soft
// hyphen, a zero-width joiner: validation lets these through) is still the defendant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuesOf } from './cases.js';

const refused = JSON.parse(readFileSync('fixtures/restitution-worksheet/invalid-payee-defendant.json', 'utf8'));

function withPayee(name: string, defendant = 'Rowan Téssaly') {
  return { ...refused, defendants: [defendant], victim: { ...refused.victim, payee: { ...refused.victim.payee, name } } };
}
const payeeCodes = (raw: unknown) => issuesOf(raw).filter((i) => i.code === 'payee-is-defendant').map((i) => i.path);

describe('payee-is-defendant: the same person however the name is typed', () => {
  it.each([
    ['the same name', 'Rowan Téssaly'],
    ['without the accent', 'rowan tessaly'],
    ['with a soft hyphen inside', 'Rowan Tés\u00ADsaly'],
    ['with a zero-width joiner inside', 'Row\u200Dan Téssaly'],
    ['with a nickname in parentheses', 'Rowan Téssaly (“Ro”)'],
  ])('%s is refused', (_, name) => {
    expect(payeeCodes(withPayee(name))).toEqual(['victim.payee.name']);
  });
  it('another person is not', () => {
    expect(payeeCodes(withPayee('Rowena Tessaly'))).toEqual([]);
  });
});
