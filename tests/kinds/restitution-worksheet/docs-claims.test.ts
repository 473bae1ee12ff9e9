// Claims the worksheet's docs and rule texts make about the code, held to it: the rule of
// `incomplete-line` (printed by `harbor kinds` and in the OpenAPI document) said a G line is "one
// of its three forms" after the fourth, monthly earnings, came in template 2.18.0, and the kind's
// README listed the jurisdictions accepted without the Northern Mariana Islands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/kinds/restitution-worksheet/codes.js';
import { STATE_CODES } from '../../../src/kinds/restitution-worksheet/wage-table.js';
import { baseCase, issuesOf } from './cases.js';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

// One complete line of each form the schema takes (docs/domain/restitution-worksheet.md, "G").
const FORMS = [
  { days: 15, actsPerDay: 6, pricePerAct: 80 },
  { days: 40, dailyEarnings: 22.5 },
  { monthlyEarnings: 3000, startDate: '2024-03-15', endDate: '2024-06-30' },
  { amount: 1845 },
];
const line = (form: Record<string, unknown>) => ({ label: 'Invoices', incomeFrom: 'labor', evidence: 'Invoices (Exhibit 4)', ...form });

describe('the docs count what the code accepts', () => {
  it('a G line has as many forms as the rule, the README and the domain file say', () => {
    for (const form of FORMS) expect(issuesOf(baseCase({ grossIncome: [line(form)] }))).toEqual([]);
    // Two forms at once are one line too many.
    const two = issuesOf(baseCase({ grossIncome: [line({ ...FORMS[1], amount: 10 })] }));
    expect(two.map((i) => i.code)).toContain('incomplete-line');
    const says = `${WORDS[FORMS.length]} forms`;
    expect(CODES['incomplete-line'].rule).toContain(says);
    expect(read('src/kinds/restitution-worksheet/README.md')).toContain(says);
    expect(read('docs/domain/restitution-worksheet.md')).toMatch(new RegExp(`\\| \`incomplete-line\` \\| error \\| [^|]*${says}`));
  });

  it('the README names every jurisdiction accepted beyond the 50 states and DC', () => {
    const readme = read('src/kinds/restitution-worksheet/README.md').replace(/\s+/g, ' ');
    const claim = /state codes are the 50 states, DC, ([^;.]*)/.exec(readme)?.[1] ?? '';
    const named = [...claim.matchAll(/\b[A-Z]{2}\b/g)].map((m) => m[0]).sort();
    expect(STATE_CODES.size).toBe(51 + named.length);
    for (const code of named) expect(STATE_CODES.has(code)).toBe(true);
  });
});
