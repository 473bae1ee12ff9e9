// The CSV and Excel templates (`harbor csv-template`, `xlsx-template`, GET …/csv-template and
// …/xlsx-template) name every field a clinic may fill, not only those the kind's example gives: a
// clinic producing supporting declarations from the T-visa template found none of `supporting.*`,
// and the memo's template had no `alternatives.N.preference` for ranked placements.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unknownColumn } from '../../src/batch/dotpaths.js';
import { csvTemplate } from '../../src/batch/run.js';
import { xlsxTemplate } from '../../src/batch/xlsx.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';

type Json = Record<string, any>;

/**
 * The schema's fields as dot paths with lists at index 0, read here on its own, leaving out the
 * fields marked deprecated: removed ones (no type) and superseded ones (still read, replaced: the
 * memo's proposedSponsor), which the templates do not offer, as the web form does not.
 */
function fields(s: Json, path = '', out = new Set<string>()): Set<string> {
  const alts = (x: Json): Json[] => (Array.isArray(x.anyOf ?? x.oneOf ?? x.allOf) ? (x.anyOf ?? x.oneOf ?? x.allOf).flatMap(alts) : [x]);
  let inner = false;
  for (const b of alts(s)) {
    if (b.deprecated) continue;
    if (b.properties) {
      inner = true;
      for (const [k, v] of Object.entries(b.properties as Json)) if (!(v as Json).deprecated && !alts(v as Json).some((x) => x.deprecated)) fields(v as Json, path ? `${path}.${k}` : k, out);
    } else if (b.items && typeof b.items === 'object') {
      inner = true;
      fields(b.items, `${path}.0`, out);
    }
  }
  if (!inner && path) out.add(path);
  return out;
}

/** A column as the field it stands for (any list index read as 0). */
const asField = (h: string): string => h.replace(/\.\d+(?=\.|$)/g, '.0');

const csvHeader = (kind: (typeof KINDS)[number]): string[] => csvTemplate(caseJsonSchema(kind), exampleCase(kind.id)).split('\r\n')[0]!.split(',');

describe('the templates name every field of the kind', () => {
  it.each(KINDS.map((k) => [k.id, k] as const))('%s: every field of the schema is a column of the CSV template', (_id, kind) => {
    const columns = new Set(csvHeader(kind).map(asField));
    // A column may also be the whole of a field that takes one value or an object (a memo factor:
    // its text, or {analysis, notApplicable, reason}): one row cannot give both forms.
    const missing = [...fields(caseJsonSchema(kind) as Json)].filter((f) => ![...columns].some((c) => c === f || c.startsWith(`${f}.`) || f.startsWith(`${c}.`)));
    expect(missing).toEqual([]);
  });

  it('a superseded field is not offered, and a column of it, as a file written for the older contract has, is still read', () => {
    const memo = KINDS.find((k) => k.id === 'best-interests-memo')!;
    expect(csvHeader(memo).filter((c) => c.startsWith('proposedSponsor.'))).toEqual([]);
    expect(csvHeader(memo)).toContain('proposedSponsors.0.name');
    expect(unknownColumn(caseJsonSchema(memo), 'proposedSponsor.name', 'Z')).toBeUndefined();
  });

  it('a field the example leaves out stands after the columns of its own group', () => {
    const memo = csvHeader(KINDS.find((k) => k.id === 'best-interests-memo')!);
    // The example gives neither an alternative's sponsor nor its preference: both follow its reason, in schema order.
    const reason = memo.indexOf('alternatives.0.reason');
    expect(memo.slice(reason, reason + 3)).toEqual(['alternatives.0.reason', 'alternatives.0.sponsor', 'alternatives.0.preference']);
    const tvisa = csvHeader(KINDS.find((k) => k.id === 't-visa-declaration')!);
    for (const f of ['supporting.observations.0.text', 'supporting.diagnoses.0.code', 'declarant.professional.license.number']) expect(tvisa).toContain(f);
    // The declarant's own group, not the end of the sheet.
    expect(tvisa.indexOf('declarant.professional.title')).toBeLessThan(tvisa.indexOf('trafficking.acts.0.date'));
  });

  it.each(KINDS.map((k) => [k.id, k] as const))('%s: the Excel template has the same columns, in the same order', async (_id, kind) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxTemplate(kind.title, caseJsonSchema(kind), exampleCase(kind.id))) as unknown as ArrayBuffer);
    const header = (wb.getWorksheet('Cases')!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(csvHeader(kind));
  });
});
