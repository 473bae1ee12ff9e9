// The template context and the document model of the rfa draft, independent of the renderers.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contactLine, eventDates, longDate } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';

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
  });
  it('contact lines keep every given part and skip missing ones', () => {
    expect(contactLine({ name: 'Priya Raman', organization: 'Legal Aid', phone: '555-010-7781' })).toBe('Priya Raman, Legal Aid · 555-010-7781');
    expect(contactLine({ name: 'T. Aldana', email: 't@example.org' })).toBe('T. Aldana · t@example.org');
    expect(contactLine(undefined)).toBeNull();
  });
});

describe('rfa document model', () => {
  it.each(VALID)('%s: the "still to find out" count equals the "Not yet known" marks', (name) => {
    const b = buildDocument('rfa', JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')));
    const json = JSON.stringify(b.model.body);
    const marks = json.split('Not yet known').length - 1;
    const m = /Still to find out:","bold":true\},\{"type":"text","text":" (\d+) item/.exec(json);
    if (marks === 0) expect(m).toBeNull();
    else expect(Number(m?.[1])).toBe(marks);
  });
  it('banner, title and metadata date come from the case', () => {
    const b = buildDocument('rfa', JSON.parse(readFileSync(`${DIR}full.json`, 'utf8')));
    expect(b.model.banner).toBe('Draft for entry in OTIP Shepherd — confidential');
    expect(b.model.title).toBe('Draft Request for Assistance for a Child (OTIP)');
    expect(b.model.meta).toMatchObject({ kind: 'rfa', templateVersion: '1.0.0', date: '2026-03-08', author: 'Pacific Crest Children’s Services' });
  });
});
