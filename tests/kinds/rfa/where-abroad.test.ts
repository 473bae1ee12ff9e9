// A concern that happened only outside the United States (docs/domain/rfa-draft.md, "Trafficked
// only abroad"): until template 2.21.0 "Where it happened" printed "Abroad" alone, and a reader
// could take a child trafficked in Honduras for one OTIP does not assist. The definition names no
// place (22 U.S.C. § 7102(11)); the child must be in the United States now, the trafficking need not.
import { describe, expect, it } from 'vitest';
import { buildDocument, generate } from '../../../src/pipeline.js';
import { NOT_IN_US_NEED_NOT_BE } from '../../../src/kinds/rfa/states.js';
import { pdfText } from '../../support/extract.js';
import { withCase, type Json } from './support.js';

const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.cells ?? []), ...(n.blocks ?? [])].map(t).join(''));
  const tables = (n: any): any[] => (n.type === 'table' ? [n] : [...(n.children ?? []), ...(n.blocks ?? [])].flatMap(tables));
  return (buildDocument('rfa', c).model.body as any[]).flatMap(tables).flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const where = (whereExploited: string[], usStates: string[] = []): string | undefined =>
  rows(withCase((c) => ((c.concern.whereExploited = whereExploited), (c.concern.usStates = usStates)))).find((r) => r.startsWith('Where it happened|'));

describe('where it happened, only outside the United States', () => {
  it.each([
    [['abroad'], 'Abroad'],
    [['in-transit'], 'In transit to the United States'],
    [['abroad', 'in-transit'], 'Abroad and in transit to the United States'],
  ])('%j: the places, then that it need not have happened in the United States, with the rule', (given, places) => {
    expect(where(given)).toBe(`Where it happened|${places}: ${NOT_IN_US_NEED_NOT_BE}`);
    expect(NOT_IN_US_NEED_NOT_BE).toContain('22 U.S.C. § 7102(11)');
  });
  it('in the United States too, or not yet known: as before, no word of it', () => {
    expect(where(['abroad', 'united-states'], ['TX'])).toBe('Where it happened|Abroad and in the United States');
    expect(where(['united-states'])).toBe('Where it happened|In the United States');
    expect(where([])).toBe('Where it happened|Not yet known');
  });
  it('pdf: the whole sentence is on the page, never cut', async () => {
    const g = await generate({ kind: 'rfa', input: withCase((c) => (c.concern.whereExploited = ['abroad'])), format: 'pdf' });
    expect(pdfText(g.bytes).replace(/\s+/g, ' ')).toContain(`Abroad: ${NOT_IN_US_NEED_NOT_BE}`);
  });
});
