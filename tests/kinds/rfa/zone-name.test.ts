// The "Time zone" row names the requester's zone as a reader knows it (docs/domain/rfa-deadline.md,
// "Whose midnight"), where it printed the IANA name ("Pacific/Guam") under times saying "Chamorro time".
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { zoneInWords } from '../../../src/kinds/rfa/deadline-view.js';
import { withCase } from './support.js';

const body = (zone: string, preparedAt: string, discoveredAt: string): string =>
  JSON.stringify(
    buildDocument(
      'rfa',
      withCase((c) => ((c.requester.timeZone = zone), (c.preparedAt = preparedAt), (c.discoveredAt = discoveredAt), (c.child.dateOfBirth = '2011-05-10'))),
    ).model.body,
  );
const ms = (iso: string): number => Date.parse(iso);

describe('the Time zone row says the zone’s name, not its IANA name', () => {
  it('Guam: "Chamorro time", as every time on the page says, never "Pacific/Guam"', () => {
    const text = body('Pacific/Guam', '2026-09-30T23:10:00+10:00', '2026-09-30T22:00:00+10:00');
    expect(text).toContain('Chamorro time');
    expect(text).not.toContain('Pacific/Guam');
    expect(zoneInWords('Pacific/Pago_Pago', [ms('2026-07-09T12:00:00Z')])).toBe('Samoa time');
  });
  it('every time the box prints is named: a birthday before the March change, the 24 hours (in the reason) after it: PST and PDT', () => {
    // Learned 7:00 PM PST March 7, the child turns 18 on March 8 (Eastern midnight: 8:59 PM PST is
    // due); the reason's "24 hours … would be later: Sunday, March 8, 2026, 8:00 PM PDT" is after the change.
    const c = withCase((c) => ((c.requester.timeZone = 'America/Los_Angeles'), (c.preparedAt = '2026-03-07T20:10:00-08:00'), (c.discoveredAt = '2026-03-07T19:00:00-08:00'), (c.child.dateOfBirth = '2008-03-08')));
    const text = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(text).toContain('would be later: Sunday, March 8, 2026, 8:00 PM PDT');
    expect(text).toContain('Pacific time (PST and PDT)');
  });
  it('a U.S. zone: its name and the abbreviations the page’s times carry, both across a clock change', () => {
    expect(zoneInWords('America/Los_Angeles', [ms('2026-07-09T12:00:00Z')])).toBe('Pacific time (PDT)');
    // Learned before the March change, due after it: the page prints PST and PDT.
    expect(zoneInWords('America/Los_Angeles', [ms('2026-03-08T09:00:00Z'), ms('2026-03-09T09:00:00Z')])).toBe('Pacific time (PST and PDT)');
    expect(zoneInWords('Pacific/Honolulu', [ms('2026-07-09T12:00:00Z')])).toBe('Hawaii-Aleutian standard time (HST)');
    expect(zoneInWords('America/Puerto_Rico', [ms('2026-07-09T12:00:00Z')])).toBe('Atlantic standard time (AST)');
    expect(body('America/Anchorage', '2026-07-09T20:00:00-08:00', '2026-07-09T19:00:00-08:00')).toContain('Alaska time (AKDT)');
  });
  it('a zone named only by its offset keeps the IANA name, which says where the offset is kept', () => {
    expect(zoneInWords('Etc/UTC', [ms('2026-07-09T12:00:00Z')])).toBe('UTC (Etc/UTC)');
  });
});
