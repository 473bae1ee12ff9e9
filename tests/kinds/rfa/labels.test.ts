// The words for the RFA's choices come from one table (labels.ts): the page prints for each code
// what the web form shows for it (x-enum-labels of the served JSON Schema), so OTIP reads what the
// caseworker chose; inside a list a label keeps its words with a lower-case first letter.
import { describe, expect, it } from 'vitest';
import { NOT_IN_US_NEED_NOT_BE } from '../../../src/kinds/rfa/states.js';
import { ACT_LABELS, CONTINUED_PRESENCE_LABELS, CUSTODY_LABELS, MEANS_LABELS, SEX_LABELS, WHERE_LABELS } from '../../../src/kinds/rfa/labels.js';
import { validateCase } from '../../../src/pipeline.js';
import { withCase, type Json } from './support.js';

/** The view of a case (schema + compute, then view). */
function viewOf(c: Json): any {
  const v = validateCase('rfa', c);
  return v.kind.view(v.data, v.computed, v.warnings);
}

describe('one label table for the form and the page', () => {
  it.each(Object.entries(CUSTODY_LABELS))('custody %s prints "%s"', (code, label) => {
    expect(viewOf(withCase((c) => (c.location = { custody: code }))).location.custody).toBe(label);
  });
  it.each(Object.entries(CONTINUED_PRESENCE_LABELS))('Continued Presence %s prints "%s"', (code, label) => {
    expect(viewOf(withCase((c) => (c.lawEnforcement = { continuedPresence: code }))).lawEnforcement.continuedPresence).toBe(label);
  });
  it.each(Object.entries(SEX_LABELS))('sex %s prints "%s"', (code, label) => {
    expect(viewOf(withCase((c) => (c.child.sex = code))).child.sex).toBe(label);
  });
  it('lists print the same words, a lower-case first letter after the first', () => {
    const v = viewOf(
      withCase((c) => {
        c.concern.types = ['labor', 'sex'];
        c.concern.acts = ['recruit', 'solicit'];
        c.concern.means = ['coercion', 'abuse-of-legal-process'];
        c.concern.whereExploited = ['abroad', 'in-transit'];
      }),
    );
    expect(v.concern.types).toBe('Labor trafficking and sex trafficking');
    expect(v.concern.acts).toBe(`${ACT_LABELS.recruit} and solicited`);
    expect(v.concern.means).toBe(`${MEANS_LABELS.coercion} and abuse or threatened abuse of the legal process`);
    // Only outside the United States: the row adds that it need not have happened there (states.ts).
    expect(v.concern.whereExploited).toBe(`${WHERE_LABELS.abroad} and in transit to the United States: ${NOT_IN_US_NEED_NOT_BE}`);
  });
  it('a label is a value, not a hint about the form: no "(sex trafficking only)" on the page', () => {
    expect(ACT_LABELS.patronize).toBe('Patronized');
    expect(ACT_LABELS.solicit).toBe('Solicited');
  });
});
