// The running header ("Request for Assistance (child) · draft prepared …") stays one line however
// long its date: the longest month, and the longest names a requester's clock prints (Chamorro
// time, an offset). With the weekday, a Wednesday in September in Guam wrapped "Chamorro time"
// alone onto a second line of every page's header.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { ok, withCase, type Json } from './support.js';

/** The distinct baselines of the header's text on each page of the laid-out PDF, and its text. */
function headerOf(c: Json): { lines: number[]; text: string } {
  const layout = layoutDocument(buildDocument('rfa', c).model);
  const lines = layout.pages.map((p) => new Set(p.boxes.filter((b) => b.type === 'text' && b.src?.startsWith('header')).map((b) => (b as { y: number }).y)).size);
  const first = layout.pages[0]!.boxes.filter((b) => b.type === 'text' && b.src?.startsWith('header')) as Array<{ text: string }>;
  return { lines, text: first.map((b) => b.text).join(' ') };
}

// Wednesday 30 September 2026, 11:10 PM: the longest weekday and month, a two-digit day and hour.
const LONG: Array<[string, string, string | null, string]> = [
  ['Guam (Chamorro time)', '2026-09-30T23:10:00+10:00', 'Pacific/Guam', 'September 30, 2026, 11:10 PM Chamorro time'],
  ['American Samoa (Samoa time)', '2026-09-30T23:10:00-11:00', 'Pacific/Pago_Pago', 'September 30, 2026, 11:10 PM Samoa time'],
  ['Alaska', '2026-09-30T23:10:00-08:00', 'America/Anchorage', 'September 30, 2026, 11:10 PM AKDT'],
  ['no zone, an offset', '2026-09-30T23:10:00-10:00', null, 'September 30, 2026, 11:10 PM UTC-10:00'],
];

describe('the running header', () => {
  it.each(LONG)('%s: one line on every page, the date without its weekday', (_, preparedAt, zone, date) => {
    const c = withCase((x) => {
      x.preparedAt = preparedAt;
      x.discoveredAt = preparedAt.replace('T23:10', 'T20:00');
      x.requester.timeZone = zone;
    });
    ok(c);
    const h = headerOf(c);
    expect(h.text).toBe(`Request for Assistance (child) · draft prepared ${date}`);
    expect(h.lines.length).toBeGreaterThan(0);
    for (const n of h.lines) expect(n).toBe(1);
  });

  it('the deadline box keeps the weekday', () => {
    const c = withCase((x) => {
      x.preparedAt = '2026-09-30T23:10:00+10:00';
      x.discoveredAt = '2026-09-30T20:00:00+10:00';
      x.requester.timeZone = 'Pacific/Guam';
    });
    const body = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(body).toContain('Wednesday, September 30, 2026, 11:10 PM Chamorro time');
  });
});
