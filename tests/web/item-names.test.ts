// A list's items are named after the list (web/src/form/schema.ts `singular`, or the contract's
// `x-item-title`): the name heads every item a caseworker reads, and labels what a check says of it.
import { describe, expect, it } from 'vitest';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { normalizeSchema, singular, type Json } from '../../web/src/form/schema.js';

const schemaOf = (kind: string): Json => normalizeSchema(caseJsonSchema(getKind(kind)) as Json);

// Each list's item is headed by a name (the list's noun, or the contract's `x-item-title` where the
// list's title gives none): "How I got away: item", "Daily log: item" and "Gross income (G): item"
// headed items a caseworker reads on every one. A list of checkboxes has no item heading.
describe('every list item of every kind has a name of its own', () => {
  it('none falls back to "…: item"', () => {
    const fallback: string[] = [];
    const named: Record<string, string> = {};
    for (const k of KINDS) {
      const walk = (n: Json, path: string): void => {
        const items = n.items as Json | undefined;
        if (items && typeof items === 'object' && !n.uniqueItems) {
          named[`${k.id} ${path}`] = String(items.title);
          if (String(items.title).endsWith(': item')) fallback.push(`${k.id} ${path}: ${String(items.title)}`);
        }
        for (const [key, v] of Object.entries((n.properties as Record<string, Json> | undefined) ?? {})) walk(v, `${path}.${key}`);
        if (items && typeof items === 'object') walk(items, `${path}[]`);
      };
      walk(schemaOf(k.id), '');
    }
    expect(fallback).toEqual([]);
    expect(named['t-visa-declaration .escapes']).toBe('Escape');
    expect(named['restitution-worksheet .laborPeriods[].days']).toBe('Day');
    expect(named['restitution-worksheet .grossIncome']).toBe('Gross income line');
    expect(named['restitution-worksheet .losses']).toBe('Loss');
  });
});

// "Purposes (the end)" read "Purposis" (the rule for "diagnoses" took every "-oses") and "Means"
// read "Mean": a word whose singular is itself, or an English "-oses" plural, is its own.
describe('a list title in the singular', () => {
  it.each([
    ['Diagnoses', 'Diagnosis'],
    ['Prognoses', 'Prognosis'],
    ['Purposes (the end)', 'Purpose'],
    ['Doses', 'Dose'],
    ['Means', 'Means'],
    ['Series of events', 'Series of events'],
    ['Losses (L)', 'Loss'],
    ['Countries', 'Country'],
    ['Other names used', 'Other name used'],
  ])('%s → %s', (title, one) => {
    expect(singular(title)).toBe(one);
  });
  it('names every checkbox list of every kind in the singular too', () => {
    const named: Record<string, string> = {};
    for (const k of KINDS) {
      const walk = (n: Json, path: string): void => {
        const items = n.items as Json | undefined;
        if (items && typeof items === 'object') named[`${k.id} ${path}`] = String(items.title);
        for (const [key, v] of Object.entries((n.properties as Record<string, Json> | undefined) ?? {})) walk(v, `${path}.${key}`);
        if (items && typeof items === 'object') walk(items, `${path}[]`);
      };
      walk(schemaOf(k.id), '');
    }
    expect(named['rfa .concern.purposes']).toBe('Purpose');
    expect(named['rfa .concern.means']).toBe('Means');
    expect(Object.values(named).filter((t) => /osis\b/i.test(t) && !/nosis\b/i.test(t))).toEqual([]);
  });
});
