// Issue 15, points 1–8: the practitioner's review of the restitution worksheet. One describe per
// point, each through `harbor check` (tests/support/cli.ts) or the rendered text of the worksheet.
// Authorities: docs/domain/restitution-worksheet.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src/batch/csv-input.js';
import { fromText } from '../../../src/batch/input.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { getKind } from '../../../src/kinds/index.js';
import { generate } from '../../../src/pipeline.js';
import { parseWageTable } from '../../../src/kinds/restitution-worksheet/wage-table.js';
import { cliCheck, harbor } from '../../support/cli.js';
import { pdfText } from '../../support/extract.js';
import { EVERY_DAY, EXAMPLE_1, baseCase } from './cases.js';

const K = 'restitution-worksheet';
const FIX = fileURLToPath(new URL(`../../../fixtures/${K}/`, import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'harbor-rw-review-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const fixture = (name: string) => JSON.parse(readFileSync(join(FIX, `${name}.json`), 'utf8'));

let n = 0;
async function check(data: unknown) {
  const f = join(TMP, `case-${n++}.json`);
  writeFileSync(f, JSON.stringify(data));
  return cliCheck(K, f);
}
const texts = new Map<string, Promise<string>>();
/** The worksheet's PDF text, whitespace squashed (line breaks fall anywhere). */
function text(name: string, data: unknown = fixture(name)): Promise<string> {
  if (!texts.has(name)) {
    texts.set(
      name,
      generate({ kind: K, input: data, format: 'pdf' }).then((g) => pdfText(g.bytes).replace(/\s+/g, ' ')),
    );
  }
  return texts.get(name)!;
}
const codes = (ws: Array<{ code: string }> | undefined) => (ws ?? []).map((w) => w.code);

describe('1. commercial sex income is added to the greater of G (labor) and F', () => {
  it('full: the total includes the $3,600.00 from commercial sex acts; the pooled reading is the alternative', async () => {
    // By hand (docs/domain/restitution-worksheet-examples.md, worked example 5):
    //   F = unpaid $25,700.93 + liquidated damages $25,700.93 = $51,401.86 (state rates on)
    //   G_labor = invoices $1,845.00 + 40 days × $22.50 = $900.00 → $2,745.00
    //   G_sex = 15 days × 6 acts × $80.00 = $7,200.00 × share 0.5 = $3,600.00
    //   L = $2,843.00 + $9,360.00 + $1,215.75 + $3,000.00 + $450.00 + $165.00 = $17,033.75
    //   total = L + max(G_labor, F) + G_sex = $17,033.75 + $51,401.86 + $3,600.00 = $72,035.61
    //   pooled = L + max(G_labor + G_sex, F) = $17,033.75 + max($6,345.00, $51,401.86) = $68,435.61
    const r = await check(fixture('full'));
    expect(r.status).toBe(0);
    const c = r.json.computed;
    expect(c.flsa.totalCents).toBe(5140186);
    expect(c.grossIncome).toMatchObject({ laborCents: 274500, commercialSexCents: 360000, totalCents: 634500 });
    expect(c.laborValue).toMatchObject({ method: 'flsa', cents: 5140186, flsaCents: 5140186, grossIncomeCents: 274500 });
    expect(c.losses.totalCents).toBe(1703375);
    expect(c.totalCents).toBe(7203561);
    expect(c.alternatives.pooled.totalCents).toBe(6843561);
  });

  it('a small case where the readings differ: F $638.00, commercial sex $3,600.00 → $4,238.00 added, $3,600.00 pooled', async () => {
    // F = $377.00 + $261.00 = $638.00 (example 1, no liquidated damages); no labor income.
    // Added: max($0.00, $638.00) + $3,600.00 = $4,238.00. Pooled: max($3,600.00, $638.00) = $3,600.00.
    const sex = { label: 'Acts sold', incomeFrom: 'commercial-sex-acts', days: 15, actsPerDay: 6, pricePerAct: '80', defendantShare: 0.5, evidence: 'Exhibit 1' };
    const added = await check({ ...EXAMPLE_1, grossIncome: [sex] });
    expect(added.json.computed.totalCents).toBe(423800);
    expect(added.json.computed.alternatives.pooled.totalCents).toBe(360000);
    const pooled = await check({ ...EXAMPLE_1, settings: { liquidatedDamages: false, commercialSexIncome: 'pooled' }, grossIncome: [sex] });
    expect(pooled.json.computed.totalCents).toBe(360000);
    expect(pooled.json.computed.alternatives.separate.totalCents).toBe(423800);
    expect(codes(pooled.json.warnings)).toContain('pooled-reading-used');
  });

  it('every G line says where its income came from (never read silently as one or the other)', async () => {
    const r = await check(baseCase({ grossIncome: [{ label: 'Line', amount: '100', evidence: 'Exhibit 1' }] }));
    expect(r.status).toBe(1);
    expect(r.json.errors).toEqual([expect.objectContaining({ path: 'grossIncome.0.incomeFrom' })]);
  });

  it('the worksheet prints G by source, the addition, and both totals', async () => {
    const t = await text('full');
    expect(t).toContain('$72,035.61');
    expect(t).toContain('$68,435.61');
    expect(t).toMatch(/commercial sex acts[^$]*\$3,600\.00/i);
    expect(t).toContain('18 U.S.C. § 1593(b)(3)');
  });
});

describe('2. apportioning to one defendant is flagged; the joint-and-several total is printed', () => {
  it('a share below 1 is a coded warning that it lowers mandatory restitution (18 U.S.C. § 3664(h))', async () => {
    const r = await check(fixture('full'));
    const w = r.json.warnings!.find((x: any) => x.code === 'share-apportioned');
    expect(w).toMatchObject({ path: 'grossIncome.0.defendantShare' });
    expect(w.message).toContain('§ 3664(h)');
    expect(w.message).toMatch(/lowers/);
    // Joint and several: the commercial sex line in full, $7,200.00:
    // $17,033.75 + $51,401.86 + $7,200.00 = $75,635.61.
    expect(r.json.computed.alternatives.jointAndSeveral.totalCents).toBe(7563561);
  });
  it('no warning and no alternative when every line is counted in full', async () => {
    const r = await check({ ...EXAMPLE_1, grossIncome: [{ label: 'x', incomeFrom: 'labor', amount: '10', evidence: 'Exhibit 1' }] });
    expect(codes(r.json.warnings)).not.toContain('share-apportioned');
    expect(r.json.computed.alternatives.jointAndSeveral).toBeUndefined();
  });
  it('the worksheet prints the joint-and-several alternative', async () => {
    const t = await text('full');
    // Its row counts every line in full; "jointly and severally" is said of the total as
    // requested (two defendants), not of this row (review-e).
    expect(t).toContain('Every gross-income line in full, not only the defendant’s share');
    expect(t).toMatch(/jointly and severally/i);
    expect(t).toContain('$75,635.61');
  });
});

describe('3. the confidentiality basis of a restitution filing', () => {
  it('a minor: 18 U.S.C. § 3509(d) and Fed. R. Crim. P. 49.1 on every page, with the offer to file under seal; never 8 U.S.C. § 1367', async () => {
    const g = await generate({ kind: K, input: fixture('full'), format: 'pdf' });
    const pages = pdfText(g.bytes).split('\f').filter((p) => p.trim() !== '');
    for (const p of pages) expect(p.replace(/\s+/g, ' ')).toContain('CONFIDENTIAL — child victim (18 U.S.C. § 3509(d); Fed. R. Crim. P. 49.1): file under seal');
    const t = await text('full');
    expect(t).not.toContain('1367');
    expect(t).toContain('Under 18 U.S.C. § 3509(d)(2) it is to be filed under seal');
    expect(t).toContain('Counsel offers to file it under seal');
  });
  it('an adult: the victim’s privacy under 18 U.S.C. § 3771(a)(8)', async () => {
    const t = await text('long');
    expect(t).toContain("CONFIDENTIAL — victim's privacy (18 U.S.C. § 3771(a)(8)): consider filing under seal");
    expect(t).not.toContain('1367');
  });
});

describe('4. agriculture: 29 U.S.C. § 213(a)(6) is refused, § 213(b)(12) removes overtime only', () => {
  it('agriculture-213a6 is refused with a message that says why and what to do', async () => {
    const r = await cliCheck(K, join(FIX, 'invalid-exemption-213a6.json'));
    expect(r.status).toBe(1);
    expect(r.json.errors).toEqual([expect.objectContaining({ path: 'laborPeriods.0.exemption', code: 'exemption-not-computed' })]);
    expect(r.json.errors![0].message).toContain('§ 213(a)(6)');
  });
  it('the old value "agriculture" names the two values instead of being read as either', async () => {
    const r = await check(baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12), exemption: 'agriculture' }] }));
    expect(r.status).toBe(1);
    expect(r.json.errors![0].path).toBe('laborPeriods.0.exemption');
    expect(r.json.errors![0].message).toContain('agriculture-213b12');
    expect(r.json.errors![0].message).toContain('agriculture-213a6');
  });
  it('agriculture-213b12: no overtime premium, the minimum wage still due; rule 6 says which exemption removes what', async () => {
    // 84 h in the week of 2012-03-04 (Wed–Sat 12 h) and 03-11 (Sun–Tue): exempt weeks, all hours
    // at $7.25: 48 × 7.25 = $348.00 and 36 × 7.25 = $261.00.
    const data = baseCase({
      settings: { liquidatedDamages: false },
      laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-13', weeklySchedule: EVERY_DAY(12), exemption: 'agriculture-213b12' }],
    });
    const r = await check(data);
    expect(r.json.computed.weeks.map((w: any) => w.owedCents)).toEqual([34800, 26100]);
    expect(codes(r.json.warnings)).toContain('exemption-used');
    const t = await text('agriculture-b12', data);
    expect(t).toContain('29 U.S.C. § 213(b)(12)');
    expect(t).toContain('§ 213(a)(6)');
    expect(t).not.toContain('never the minimum wage');
  });
});

describe('5. authority a court can cite', () => {
  it('state rates cite the state’s own law, never Harbor’s data file', async () => {
    const t = await text('full');
    expect(t).toContain('Fla. Const. art. X, § 24; Fla. Stat. § 448.110');
    expect(t).not.toMatch(/minimum-?wage-us\.csv|data\/README|Harbor wage table/);
  });
  it('cases with reporter or docket; one citation form (§ and C.F.R.) throughout', async () => {
    const t = await text('full');
    expect(t).toContain('United States v. Edwards, 995 F.3d 342 (4th Cir. 2021)');
    expect(t).toContain('United States v. Sabhnani, 599 F.3d 215 (2d Cir. 2010)');
    // (pdftotext drops a hyphen where a line breaks after it: compare without hyphens.)
    expect(t.replace(/-/g, '')).toContain('United States v. Clayton, No. 2:18cr00524RBS (E.D. Pa. Dec. 27, 2022)');
    // "29 U.S.C. 206" or "29 CFR 778.115" (without § / C.F.R.) must not appear anywhere.
    expect(t).not.toMatch(/U\.S\.C\. (?!§)/);
    expect(t).not.toMatch(/\bCFR\b/);
    expect(t).not.toMatch(/C\.F\.R\. (?!§)/);
  });
  it('every state row of the wage table has a citation, and the loader refuses a row without one', () => {
    const csv = readFileSync(new URL('../../../data/minimum-wage-us.csv', import.meta.url), 'utf8');
    const table = parseWageTable(csv);
    for (const [state, steps] of table.states) {
      for (const s of steps) {
        expect(s.lawCitation, `${state} ${s.effectiveDate}`).toMatch(/§|art\.|Act No\.|Regs\.|Order|Comp\. Stat\./);
        expect(s.lawCitation).not.toMatch(/Harbor|csv/i);
      }
    }
    const broken = csv.replace(/^(AK,1997-09-01,565,)[^,]+,/m, '$1,');
    expect(() => parseWageTable(broken)).toThrow(/line 7: citation is empty/);
  });
});

describe('6. money as people write it', () => {
  const loss = (amount: unknown) => baseCase({ losses: [{ category: 'medical', description: 'Visit', amount, projected: false }] });
  it.each([['2843'], ['2,843.00'], ['$2,843'], [' $2,843.00 '], [2843]])('%j is $2,843.00, exact to the cent', async (amount) => {
    const r = await check(loss(amount));
    expect(r.status).toBe(0);
    expect(r.json.computed.losses.totalCents).toBe(284300);
  });
  it('cents are exact: 2843.5 and "0.07"', async () => {
    expect((await check(loss(2843.5))).json.computed.losses.totalCents).toBe(284350);
    expect((await check(loss('0.07'))).json.computed.losses.totalCents).toBe(7);
  });
  it.each([['2,84.00'], ['1.234'], ['abc'], ['']])('%j is refused naming the field', async (amount) => {
    const r = await check(loss(amount));
    expect(r.status).toBe(1);
    expect(r.json.errors![0].path).toBe('losses.0.amount');
  });
  it('an old …Cents field is refused, never reinterpreted (one error, naming the new field)', async () => {
    const r = await cliCheck(K, join(FIX, 'invalid-renamed-field.json'));
    expect(r.status).toBe(1);
    expect(r.json.errors).toEqual([expect.objectContaining({ path: 'losses.0.amountCents', code: 'renamed-field' })]);
    expect(r.json.errors![0].message).toMatch(/amount.*dollars/);
    for (const [path, data] of [
      ['laborPeriods.0.wagesPaid.perWeekCents', baseCase({ laborPeriods: [{ startDate: '2012-03-07', endDate: '2012-03-07', weeklySchedule: EVERY_DAY(1), wagesPaid: { perWeekCents: 5000 } }] })],
      ['grossIncome.0.pricePerActCents', baseCase({ grossIncome: [{ label: 'x', incomeFrom: 'commercial-sex-acts', days: 1, actsPerDay: 1, pricePerActCents: 8000, evidence: 'e' }] })],
      ['settings.customRates.0.hourlyRateCents', baseCase({ settings: { customRates: [{ effectiveDate: '2012-01-01', hourlyRateCents: 1000 }] } })],
    ] as const) {
      const e = await check(data);
      expect(e.status, path).toBe(1);
      expect(e.json.errors, path).toEqual([expect.objectContaining({ path, code: 'renamed-field' })]);
    }
  });
  it('CSV: cells in dollars go through the same schema; the CSV template is written in dollars', async () => {
    const kind = getKind(K)!;
    const csv =
      'preparedOn,defendants.0,victim.identifier,victim.minor,preparer.name,laborPeriods,losses.0.category,losses.0.description,losses.0.amount,losses.0.projected\r\n' +
      '2026-01-15,Rowan Tessaly,K.M.,true,Dana Whitcombe,[],medical,Visit,"$2,843.00",false\r\n';
    const src = await csvRecords(fromText(csv), 10, caseJsonSchema(kind));
    const records = [];
    for await (const r of src.records) records.push(r);
    const value = (records[0] as { value: unknown }).value;
    expect((await check(value)).json.computed.losses.totalCents).toBe(284300);
    const template = (await harbor(['csv-template', K])).stdout;
    const [header, row] = template.split('\r\n');
    expect(header).not.toContain('Cents');
    expect(header).toContain('losses.0.amount');
    expect(row).toContain('"$2,843"');
  });
});

describe('7. a filing, not only a table', () => {
  it('the payee of a minor: the guardian named, never a defendant (18 U.S.C. § 1593(c); § 2259(c)(4))', async () => {
    const t = await text('full');
    expect(t).toContain('Payee: Teodora Vasquez-Linde, legal guardian of L.M.');
    expect(t).toMatch(/§ 1593\(c\)[^.]*§ 2259\(c\)\(4\)/);
    const r = await cliCheck(K, join(FIX, 'invalid-payee-defendant.json'));
    expect(r.json.errors).toEqual([expect.objectContaining({ path: 'victim.payee.name', code: 'payee-is-defendant' })]);
  });
  it('a minor without a payee: warning, and the worksheet asks the court to name one', async () => {
    const r = await cliCheck(K, join(FIX, 'minimal.json'));
    expect(codes(r.json.warnings)).toContain('payee-needed');
    const t = await text('minimal');
    expect(t).toMatch(/Payee: to be named by the court[^§]*§ 1593\(c\)[^§]*§ 2259\(c\)\(4\)\), never a defendant/);
  });
  it('the 90-day note (18 U.S.C. § 3664(d)(5)) with the losses not yet known and the 90th day after sentencing', async () => {
    const t = await text('full');
    expect(t).toContain('18 U.S.C. § 3664(d)(5)');
    expect(t).toContain('Dental reconstruction: the treatment plan is not yet final');
    // Sentencing April 14, 2026 + 90 days = July 13, 2026 (a Monday).
    expect(t).toContain('July 13, 2026');
  });
  it('an exhibit list of the exhibits the lines cite, with their descriptions', async () => {
    const t = await text('full');
    expect(t).toContain('Exhibit list');
    expect(t).toMatch(/9 Text messages between the defendants G line 1/);
    expect(t).toMatch(/14 Restaurant ledger Period 1/);
    expect(t).toMatch(/41 Letter of the treating therapist Loss 2/);
  });
  it('the signature block carries the bar number; without one, a warning', async () => {
    const t = await text('full');
    expect(t).toContain('/s/ Priya Okonkwo-Hale');
    expect(t).toContain('Bar No. 0412987 (Florida)');
    expect(codes((await cliCheck(K, join(FIX, 'minimal.json'))).json.warnings)).toContain('no-bar-number');
    expect(codes((await cliCheck(K, join(FIX, 'full.json'))).json.warnings)).not.toContain('no-bar-number');
  });
  it('projected losses show their basis: 26 sessions a year × $180.00 × 2 years = $9,360.00', async () => {
    const t = await text('full');
    expect(t).toContain('26 sessions a year × $180.00 × 2 years = $9,360.00');
    const r = await cliCheck(K, join(FIX, 'invalid-basis-mismatch.json'));
    expect(r.json.errors).toEqual([expect.objectContaining({ path: 'losses.0.amount', code: 'basis-mismatch' })]);
    // A basis alone gives the amount.
    const b = await check(baseCase({ losses: [{ category: 'therapy', description: 'Therapy', basis: { units: 26, unit: 'session', rate: '180', years: 2 }, projected: true }] }));
    expect(b.json.computed.losses.totalCents).toBe(936000);
    const nb = await check(baseCase({ losses: [{ category: 'therapy', description: 'Therapy', amount: '100', projected: true }] }));
    expect(codes(nb.json.warnings)).toContain('projected-without-basis');
  });
});

describe('8. wording found in review', () => {
  it('the federal figure is the alternative, not "as used", when state rates are used', async () => {
    const t = await text('full');
    expect(t).not.toContain('F at the federal rate, as used');
    expect(t).toContain('F at the federal rate (the alternative) $50,942.42');
  });
  it('a line without evidence says so as a flag, not as evidence', async () => {
    const t = await text('full');
    expect(t).not.toContain('Evidence: No evidence cited');
    expect(t).toContain('No evidence cited');
  });
  it('no gross-income lines: the sentence says there are none', async () => {
    const t = await text('long');
    expect(t).not.toContain('exceeds the gross income to the defendant, $0.00');
    expect(t).toContain('No gross income or value to the defendant is claimed');
  });
});

describe('the JSON Schema labels every field (title and description, for the web app)', () => {
  it('no property anywhere lacks a title or a description', () => {
    const schema = caseJsonSchema(getKind(K)!);
    const missing: string[] = [];
    const walk = (s: any, path: string) => {
      if (!s || typeof s !== 'object') return;
      for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt, path);
      if (s.items) walk(s.items, `${path}[]`);
      for (const [k, p] of Object.entries<any>(s.properties ?? {})) {
        const here = path ? `${path}.${k}` : k;
        const labelled = (x: any): boolean => (x.title && x.description) || (x.anyOf ?? []).some(labelled);
        if (!labelled(p)) missing.push(here);
        walk(p, here);
      }
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});
