// The template context and the document model of the rfa draft, independent of the renderers.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contactLine, eventDates, longDate, missingWhere, NOT_YET_CONFIRMED, NOT_YET_KNOWN, warningSentence } from '../../../src/kinds/rfa/view.js';
import { buildDocument, checkCase, validateCase } from '../../../src/pipeline.js';
import { NAME_TO_FOLLOW } from '../../../src/kinds/rfa/implied.js';

const DIR = fileURLToPath(new URL('../../../fixtures/rfa/', import.meta.url));
const VALID = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('invalid-'));

describe('rfa view helpers', () => {
  it('long dates', () => {
    expect(longDate('2026-03-08')).toBe('March 8, 2026');
    expect(longDate('2012-02-29')).toBe('February 29, 2012');
  });
  it('event dates: single, range, open, approximate, none', () => {
    expect(eventDates({ date: '2025-10-15', endDate: '2026-01-30' })).toBe('October 15, 2025 – January 30, 2026');
    expect(eventDates({ date: '2025-10-15', endDate: '2025-10-15' })).toBe('October 15, 2025');
    expect(eventDates({ endDate: '2026-01-30' })).toBe('until January 30, 2026');
    expect(eventDates({ date: '2025-08-01', dateApproximate: true })).toBe('August 1, 2025 (approximate)');
    expect(eventDates({})).toBeNull();
    expect(eventDates({ dateApproximate: false })).toBeNull();
  });
  it('an event marked approximate without dates keeps the mark: "Not yet known (marked approximate)"', () => {
    expect(eventDates({ dateApproximate: true })).toBe(`${NOT_YET_KNOWN} (marked approximate)`);
    expect(eventDates({ date: null, endDate: null, dateApproximate: true })).toBe(`${NOT_YET_KNOWN} (marked approximate)`);
  });
  it('contact lines keep every given part and skip missing ones', () => {
    expect(contactLine({ name: 'Priya Raman', organization: 'Legal Aid', phone: '555-010-7781' })).toBe('Priya Raman, Legal Aid · 555-010-7781');
    expect(contactLine({ name: 'T. Aldana', email: 't@example.org' })).toBe('T. Aldana · t@example.org');
    expect(contactLine(undefined)).toBeNull();
  });
});

describe('rfa document model', () => {
  it.each(VALID)('%s: one "Not yet known" (or "Yes; name to follow") on the page for each item of computed.stillToFindOut, and nothing else', (name) => {
    const input = JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'));
    const b = buildDocument('rfa', input);
    const body = JSON.stringify(b.model.body);
    // A case manager or attorney answered yes but not named prints NAME_TO_FOLLOW, its name one item to follow (implied.ts).
    // A citizenship claimed or disputed prints NOT_YET_CONFIRMED, its confirmation one item to follow (field-table.ts).
    const marks = body.split(NOT_YET_KNOWN).length - 1 + (body.split(NAME_TO_FOLLOW).length - 1) + (body.split(NOT_YET_CONFIRMED).length - 1);
    const r = checkCase('rfa', input);
    if (!r.ok) throw new Error(name);
    const s = (r.computed as any).stillToFindOut;
    expect(marks).toBe(s.now.length + s.later.length);
  });
  it('templates never spell "Not yet known" themselves: the one constant comes from the view', () => {
    const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
    const files = ['rfa.hbs', ...readdirSync(`${TEMPLATES}partials`).filter((f) => f.startsWith('rfa-')).map((f) => `partials/${f}`)];
    for (const f of files) expect(readFileSync(`${TEMPLATES}${f}`, 'utf8'), f).not.toContain(NOT_YET_KNOWN);
  });
  it('the sample letter recipient reads "name (role)" with the role in lower case, as the schema’s example gives it', () => {
    const body = JSON.stringify(buildDocument('rfa', JSON.parse(readFileSync(`${DIR}full.json`, 'utf8'))).model.body);
    expect(body).toContain('Tomás Aldana (the child’s case manager), Valley Oak Transitional Foster Care');
  });
  it('banner, title and metadata date come from the case', () => {
    const b = buildDocument('rfa', JSON.parse(readFileSync(`${DIR}full.json`, 'utf8')));
    expect(b.model.banner).toBe('Draft for entry in OTIP Shepherd — confidential');
    expect(b.model.title).toBe('Draft Request for Assistance for a Child (OTIP)');
    expect(b.model.meta).toMatchObject({ kind: 'rfa', templateVersion: '2.25.0', date: '2026-03-08', author: 'Pacific Crest Children’s Services' });
  });
});

describe('rfa view: words the page prints', () => {
  const input = (name: string) => JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'));
  it.each(VALID)('%s: warnings on the page are sentences without their codes (issue 14 point 6)', (name) => {
    const r = checkCase('rfa', input(name));
    if (!r.ok) throw new Error(name);
    const body = JSON.stringify(buildDocument('rfa', input(name)).model.body);
    for (const w of r.warnings) {
      expect(body, w.code).not.toContain(w.code);
      const sentence = warningSentence(w.message);
      expect(sentence).toMatch(/^[A-Z].*\.$/s);
      expect(body).toContain(JSON.stringify(sentence).slice(1, 40));
    }
  });
  it('the reason for the deadline names whose midnight: Eastern time, or where the request is prepared', () => {
    const why = (edit: (c: any) => void) => {
      const c = input('turns-18-tonight.json');
      edit(c);
      const v = validateCase('rfa', c);
      return (v.kind.view(v.data, v.computed, v.warnings) as any).deadline.why as string;
    };
    expect(why(() => {})).toBe(
      'Before the child turns 18 at midnight, March 9, 2026 (the start of the 18th birthday, Eastern time). 24 hours after the concern was learned would be later: Monday, March 9, 2026, 7:00 PM PDT.',
    );
    expect(why((c) => {
      c.requester.timeZone = 'America/Puerto_Rico';
      c.child.dateOfBirth = '2008-01-16';
      c.discoveredAt = '2026-01-15T19:00:00-04:00';
      c.preparedAt = '2026-01-15T19:30:00-04:00';
    })).toBe('Before the child turns 18 at midnight, January 16, 2026 (the start of the 18th birthday, where the request is prepared). 24 hours after the concern was learned would be later: Friday, January 16, 2026, 7:00 PM AST.');
    // Thanksgiving evening in Alaska: the 24 hours do not wait for the next business day.
    expect(why((c) => (c.child.dateOfBirth = '2008-03-20'))).toBe('24 hours after the concern was learned, counted through nights, weekends and federal holidays (no next business day).');
  });
});

describe('the verification names the lists of what is missing, not a page (review B point 3)', () => {
  it('by the headings of the lists that have entries', () => {
    expect(missingWhere(6, 35)).toBe('listed under “Needed now and not yet known” and “Can follow later” before section 1');
    expect(missingWhere(0, 2)).toBe('listed under “Can follow later” before section 1');
    expect(missingWhere(3, 0)).toBe('listed under “Needed now and not yet known” before section 1');
  });
});

describe('a labelled value reads the same known or not yet known', () => {
  /** The texts of the body's list items of the section under `heading`, as the page reads them. */
  const items = (c: any, heading: string): string[] => {
    const body = buildDocument('rfa', c).model.body as any[];
    const at = body.findIndex((b) => b.type === 'heading' && JSON.stringify(b).includes(heading));
    const list = body.slice(at + 1).find((b) => b.type === 'list');
    const text = (n: any): string => (n.type === 'text' ? n.text : n.type === 'br' ? '\n' : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(text).join(n.type === 'paragraph' ? '' : '|'));
    return list.items.map((i: any) => text(i));
  };
  const full = () => JSON.parse(readFileSync(`${DIR}full.json`, 'utf8'));

  it('each suspected trafficker’s description is labelled "Description:", given in one paragraph or several, or not yet known', () => {
    const c = full();
    c.concern.traffickers = [
      { name: 'A', description: 'Recruited the child.' },
      { name: 'B', description: 'Kept the child’s pay.\n\nThreatened her mother.' },
      { name: 'C' },
    ];
    const [a, b, x] = items(c, 'Suspected traffickers');
    expect(a).toContain('Description: Recruited the child.');
    expect(b).toContain('Description: Kept the child’s pay.|Threatened her mother.');
    expect(b?.match(/Description:/g)).toHaveLength(1);
    expect(x).toContain(`Description: ${NOT_YET_KNOWN}`);
  });

  it('each event’s dates are labelled "When:", given or not yet known (a bare "Not yet known" named nothing)', () => {
    const c = full();
    c.concern.events = [{ date: '2025-08-01', place: 'Tegucigalpa', description: 'Offered a job.' }, { place: 'Bakersfield', description: 'Worked in a shed.' }];
    const [a, b] = items(c, 'Dates and places');
    expect(a).toMatch(/^When: August 1, 2025 · Place: Tegucigalpa/);
    expect(b).toMatch(new RegExp(`^When: ${NOT_YET_KNOWN} · Place: Bakersfield`));
  });

  it('an event marked approximate with no dates says so on the page, once not yet known (the caseworker’s mark is not dropped)', () => {
    const c = full();
    c.concern.events = [{ dateApproximate: true, place: 'Bakersfield', description: 'Worked in a shed.' }];
    const [a] = items(c, 'Dates and places');
    expect(a).toMatch(new RegExp(`^When: ${NOT_YET_KNOWN} \\(marked approximate\\) · Place: Bakersfield`));
    const marks = JSON.stringify(buildDocument('rfa', c).model.body).split(NOT_YET_KNOWN).length - 1;
    const r = checkCase('rfa', c);
    if (!r.ok) throw new Error('full.json with an undated event');
    const s = (r.computed as any).stillToFindOut;
    expect(marks).toBe(s.now.length + s.later.length);
  });
});

describe('the verification’s deadline, where the requester signs', () => {
  /** The text of the verification section, from its heading to the signature. */
  const verification = (name: string): string => {
    const body = JSON.stringify(buildDocument('rfa', JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'))).model.body);
    return body.slice(body.indexOf('10. Requester'));
  };
  it('a late draft says the deadline had passed when it was prepared, beside the deadline it restates', () => {
    expect(verification('late.json')).toContain('passed when the draft was prepared; submit now');
  });
  it('an on-time draft does not', () => {
    expect(verification('minimal.json')).not.toContain('passed when');
  });
});
