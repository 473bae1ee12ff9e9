// A case manager or an attorney the child has none of (docs/domain/rfa-draft.md, "None or not yet
// known"): a child in "other" custody, living in a crew leader's trailer, has neither, and the
// draft said "Case manager: Not yet known" and "Attorney: Not yet known" under "Can follow later",
// which OTIP reads as something to come. `location.hasCaseManager` / `hasAttorney` false say there
// is none: the row says "None", nothing is left to find out, and "Not yet known" stays for what is.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { buildDocument } from '../../../src/pipeline.js';
import { errors, ok, withCase, type Json } from './support.js';

const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
/** A child in no placement: in a crew leader's trailer (fictional). */
const trailer = (edit: (l: Json, c: Json) => void = () => {}): Json =>
  withCase((c) => {
    c.location = { custody: 'other', custodyDetails: 'Lives in the crew leader’s trailer at the orchard since June.' };
    edit(c.location, c);
  });
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);

describe('none, or not yet known: the case manager and the attorney', () => {
  it('not answered: "Not yet known", and both can follow later (as before)', () => {
    const c = trailer();
    expect(text(c)).toContain('Case manager|Not yet known');
    expect(text(c)).toContain('Attorney|Not yet known');
    expect(later(c)).toEqual(expect.arrayContaining(['location.caseManager', 'location.attorney']));
  });

  it('none: the rows say "None", and neither is left to find out', () => {
    const c = trailer((l) => ((l.hasCaseManager = false), (l.hasAttorney = false)));
    const page = text(c);
    expect(page).toContain('Case manager|None');
    expect(page).toContain('Attorney|None');
    expect(page).not.toContain('Case manager|Not yet known');
    expect(page).not.toContain('Attorney|Not yet known');
    expect(later(c)).not.toContain('location.caseManager');
    expect(later(c)).not.toContain('location.attorney');
  });

  it('one none, the other not yet known: each row says its own', () => {
    const c = trailer((l) => (l.hasAttorney = false));
    expect(text(c)).toContain('Case manager|Not yet known');
    expect(text(c)).toContain('Attorney|None');
    expect(later(c)).toContain('location.caseManager');
    expect(later(c)).not.toContain('location.attorney');
  });

  it('"has one" without a name says what was answered, "Yes; name to follow", and the name can follow later', () => {
    // OTIP reads "Not yet known" as "we do not know whether there is one": a yes is printed as a yes.
    const c = trailer((l) => ((l.hasCaseManager = true), (l.hasAttorney = true)));
    const page = text(c);
    expect(page).toContain('Case manager|Yes; name to follow');
    expect(page).toContain('Attorney|Yes; name to follow');
    expect(page).not.toContain('Case manager|Not yet known');
    expect(page).not.toContain('Attorney|Not yet known');
    const items = ok(c).computed.stillToFindOut.later;
    expect(items).toEqual(expect.arrayContaining([
      { path: 'location.caseManager', label: 'Case manager’s name' },
      { path: 'location.attorney', label: 'Attorney’s name' },
    ]));
    // The list on the page names what is to come: the name, not whether there is one.
    expect(page).toMatch(/Can follow later \(\d+\):\|[^\n]*; Case manager’s name; Attorney’s name;/);
  });

  it('"has one" and named: the person, nothing to follow; the requester who is the child’s attorney stays the attorney', () => {
    const c = trailer((l, c) => ((l.hasCaseManager = true), (l.caseManager = { name: 'Tomás Oyelaran', phone: '555-010-4471' }), (l.hasAttorney = true), (c.requester.childsAttorney = true)));
    const page = text(c);
    expect(page).toContain('Case manager|Tomás Oyelaran · 555-010-4471');
    expect(page).toMatch(/Attorney\|[^|\n]*, the requester \(section 1\)/);
    expect(page).not.toContain('name to follow');
    expect(later(c)).not.toContain('location.caseManager');
    expect(later(c)).not.toContain('location.attorney');
  });

  it('none beside a person named, or beside the requester who is the child’s attorney, is refused: the page would say both', () => {
    expect(errors(trailer((l) => ((l.hasCaseManager = false), (l.caseManager = { name: 'Tomás Oyelaran' }))))).toContain('location.hasCaseManager answer-contradicted');
    expect(errors(trailer((l) => ((l.hasAttorney = false), (l.attorney = { name: 'Priya Castellanos' }))))).toContain('location.hasAttorney answer-contradicted');
    expect(errors(trailer((l, c) => ((l.hasAttorney = false), (c.requester.childsAttorney = true))))).toContain('location.hasAttorney answer-contradicted');
  });

  it('the form offers each as a yes/no beside the person, labelled', () => {
    /** The object's properties, through the optional field's anyOf. */
    const propsOf = (n: any): any => n.properties ?? (n.anyOf ?? []).map(propsOf).find((p: any) => p !== undefined);
    const props = propsOf((caseJsonSchema(getKind('rfa')) as any).properties.location);
    const keys = Object.keys(props);
    expect(keys.indexOf('hasCaseManager')).toBe(keys.indexOf('caseManager') - 1);
    expect(keys.indexOf('hasAttorney')).toBe(keys.indexOf('attorney') - 1);
    expect(JSON.stringify(props.hasCaseManager)).toContain('"title":"Has a case manager"');
    expect(JSON.stringify(props.hasAttorney)).toContain('"title":"Has an attorney"');
  });
});
