// The deadline as the page prints it (dueLines, view.ts): on the requester's clock and in Eastern
// time, one line when the two clocks read the same time at the deadline (domain file, "The
// requester's clock"), never the same time twice under two labels.
import { describe, expect, it } from 'vitest';
import { requesterClock } from '../../../src/kinds/rfa/deadline.js';
import { dueLines } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';
import { withCase } from './support.js';

const ms = (iso: string) => Date.parse(iso);

describe('dueLines: the requester’s time and Eastern time', () => {
  it('no zone, preparedAt written at Eastern’s offset of the deadline (−05:00 in January): one line naming both', () => {
    const r = dueLines(ms('2026-01-15T23:50:00-05:00'), requesterClock(null, '2026-01-14T23:55:00-05:00'));
    expect(r.lines).toEqual([{ label: 'Due (UTC-05:00 and Eastern time)', text: 'Thursday, January 15, 2026, 11:50 PM EST (UTC-05:00)' }]);
    expect(r.inline).toBe('Thursday, January 15, 2026, 11:50 PM EST (UTC-05:00)');
  });
  it('no zone, −04:00 in July (Eastern daylight time then): one line', () => {
    const r = dueLines(ms('2026-07-11T21:00:00-04:00'), requesterClock(null, '2026-07-10T21:30:00-04:00'));
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]!.text).toBe('Saturday, July 11, 2026, 9:00 PM EDT (UTC-04:00)');
  });
  it('a zone that keeps Eastern’s offset (America/Detroit): one line, not the same EST time twice', () => {
    const r = dueLines(ms('2026-01-15T23:50:00-05:00'), requesterClock('America/Detroit', '2026-01-14T23:55:00-05:00'));
    expect(r.lines).toEqual([{ label: 'Due (requester’s and Eastern time)', text: 'Thursday, January 15, 2026, 11:50 PM EST' }]);
    expect(r.inline).toBe('Thursday, January 15, 2026, 11:50 PM EST');
  });
  it('the Eastern zone itself: one line, as before', () => {
    const r = dueLines(ms('2026-01-15T23:50:00-05:00'), requesterClock('America/New_York', '2026-01-14T23:55:00-05:00'));
    expect(r.lines).toEqual([{ label: 'Due (Eastern time)', text: 'Thursday, January 15, 2026, 11:50 PM EST' }]);
  });
  it('clocks that read differently at the deadline keep two lines: Hawaii, and −05:00 written before the March change (11 PM EDT is 10 PM at −05:00)', () => {
    const hawaii = dueLines(ms('2026-07-11T23:50:00-10:00'), requesterClock('Pacific/Honolulu', '2026-07-10T23:59:00-10:00'));
    expect(hawaii.lines.map((l) => l.label)).toEqual(['Due (requester’s time)', 'Due (Eastern time, OTIP)']);
    expect(hawaii.inline).toBe('Saturday, July 11, 2026, 11:50 PM HST (Sunday, July 12, 2026, 5:50 AM EDT)');
    const march = dueLines(ms('2026-03-08T22:00:00-05:00'), requesterClock(null, '2026-03-07T23:10:00-05:00'));
    expect(march.lines).toEqual([
      { label: 'Due (UTC-05:00)', text: 'Sunday, March 8, 2026, 10:00 PM UTC-05:00' },
      { label: 'Due (Eastern time, OTIP)', text: 'Sunday, March 8, 2026, 11:00 PM EDT' },
    ]);
  });
});

describe('the page prints the deadline once when the clocks agree', () => {
  it('a case without a zone written at −05:00 in January: the due time appears once in the box and once in the verification', () => {
    const c = withCase((x) => {
      x.preparedAt = '2026-01-14T23:55:00-05:00';
      x.discoveredAt = '2026-01-14T23:50:00-05:00';
    });
    const body = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(body.split('January 15, 2026, 11:50 PM').length - 1).toBe(2);
    expect(body).not.toContain('Due (Eastern time, OTIP)');
    expect(body).not.toContain('January 15, 2026, 11:50 PM UTC-05:00');
  });
});
