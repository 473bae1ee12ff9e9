// Every U.S. state where the concern happened (docs/domain/rfa-draft.md, "States where it
// happened"): until 2.17.0 a case had one state, the child's now (location.state), so a child
// recruited in Texas and exploited in Oklahoma, now in Kansas, could not tell OTIP either place of
// the trafficking. concern.usStates lists them, each a U.S. state or territory by postal code or
// name (as location.state reads them), printed by name, each once; "Where it happened" without
// "In the United States" beside a state listed is answer-contradicted.
import { describe, expect, it } from 'vitest';
import { buildDocument, generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { errors, fixture, ok, withCase, type Json } from './support.js';

const rows = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};

describe('the worked example: recruited in Texas, exploited in Oklahoma, the child now in Kansas', () => {
  const c = fixture('two-states');

  it('prints each state by name, once ("TX" and "texas" are one), and the child’s state as a postal code in capitals', async () => {
    ok(c);
    for (const format of ['pdf', 'docx'] as const) {
      const g = await generate({ kind: 'rfa', input: c, format });
      const page = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
      expect(page, format).toContain('States where it happened Texas and Oklahoma');
      expect(page, format).toContain('Wichita, KS');
    }
  });
});

describe('concern.usStates', () => {
  it('reads a territory by code or name: a child recruited on Guam and exploited in the Northern Mariana Islands', () => {
    const c = withCase((c) => {
      c.concern.whereExploited = ['united-states'];
      c.concern.usStates = ['GU', 'Saipan', 'Northern Mariana Islands'];
    });
    ok(c);
    expect(rows(c)).toContain('States where it happened|Guam and Northern Mariana Islands');
  });

  it.each(['Honduras', 'Tijuana', 'Mexico'])('refuses %s, naming the rule and where a place abroad goes', (place) => {
    const c = withCase((c) => (c.concern.usStates = ['TX', place]));
    expect(errors(c)).toEqual(['concern.usStates.1 invalid-value']);
  });

  it('a state listed with "Where it happened" answered abroad only is answer-contradicted', () => {
    const c = withCase((c) => {
      c.concern.whereExploited = ['abroad'];
      c.concern.usStates = ['Texas'];
    });
    expect(errors(c)).toEqual(['concern.whereExploited answer-contradicted']);
  });

  it('"In the United States" with no state: the row says not yet known, an entry of "Can follow later"', () => {
    const c = withCase((c) => (c.concern.whereExploited = ['united-states']));
    const r = ok(c);
    expect(r.computed.stillToFindOut.later.map((m: { path: string }) => m.path)).toContain('concern.usStates');
    expect(rows(c)).toContain('States where it happened|Not yet known');
  });

  it('not in the United States, and none given: no row, nothing to find out', () => {
    for (const where of [[], ['abroad']]) {
      const c = withCase((c) => (c.concern.whereExploited = where));
      const r = ok(c);
      expect(r.computed.stillToFindOut.later.map((m: { path: string }) => m.path)).not.toContain('concern.usStates');
      expect(rows(c)).not.toContain('States where it happened');
    }
  });
});

// Caseworker review, round r54: a child trafficked in Texas and then Louisiana, now in Georgia, with
// "Where it happened" not yet answered. The page said "Where it happened: Not yet known" above
// "States where it happened: Texas and Louisiana": OTIP's intake read that the requester knew
// nothing of where. The states say it happened in the United States; abroad or in transit is still
// to find out.
describe('states given, "Where it happened" not answered: "In the United States", in both formats', () => {
  const c = withCase((x) => {
    x.concern.whereExploited = [];
    x.concern.usStates = ['TX', 'LA'];
    x.location = { city: 'Atlanta', state: 'GA' };
  });
  it('prints "In the United States" and what is still to find out, never "Not yet known" beside the states', async () => {
    ok(c);
    for (const format of ['pdf', 'docx'] as const) {
      const g = await generate({ kind: 'rfa', input: c, format });
      const page = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
      expect(page, format).toContain('Where it happened In the United States (the states where it happened are given); whether also abroad or in transit: not yet known');
      expect(page, format).toContain('States where it happened Texas and Louisiana');
    }
  });
  it('a "Where it happened" given prints as given; none and no state is still "Not yet known"', () => {
    expect(rows(withCase((x) => ((x.concern.whereExploited = ['abroad', 'united-states']), (x.concern.usStates = ['TX']))))).toContain('Where it happened|Abroad and in the United States');
    expect(rows(withCase((x) => ((x.concern.whereExploited = []), (x.concern.usStates = []))))).toContain('Where it happened|Not yet known');
  });
});
