// The 24 hours are elapsed time (docs/domain/rfa-deadline.md, "The deadline"): learned at 2:10 AM the night
// before daylight-saving time begins, the deadline is 3:10 AM on the clock, which the page explains
// rather than leave the reader to count and find an hour more (or, in November, an hour less).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);
// A case learned and prepared at the given times; the child born on dateOfBirth (by default far
// from 18, so no birthday sets the deadline).
const at = (discoveredAt: string, preparedAt: string, timeZone: string | null, dateOfBirth = '2011-05-10') =>
  withCase((x) => {
    x.discoveredAt = discoveredAt;
    x.preparedAt = preparedAt;
    x.requester.timeZone = timeZone;
    x.child.dateOfBirth = dateOfBirth;
  });

describe('a change of the clocks within the 24 hours', () => {
  it('spring: learned 2:10 AM EST, due 3:10 AM EDT, and the page says the clocks change', () => {
    const text = body(at('2026-03-07T02:10:00-05:00', '2026-03-07T03:05:00-05:00', 'America/New_York'));
    expect(text).toContain('3:10 AM EDT');
    expect(text).toContain('The clocks change in between (daylight-saving time begins), so the 24 hours end an hour later on the clock');
  });
  it('autumn, a hospital at 3:30 AM in Chicago: due 2:30 AM CST, an hour earlier on the clock', () => {
    const text = body(at('2026-10-31T03:30:00-05:00', '2026-10-31T04:30:00-05:00', 'America/Chicago'));
    expect(text).toContain('November 1, 2026, 2:30 AM CST');
    expect(text).toContain('(daylight-saving time ends), so the 24 hours end an hour earlier on the clock');
  });
  it('no change, or a fixed offset (no zone given): nothing said', () => {
    expect(body(at('2026-03-10T02:10:00-04:00', '2026-03-10T03:05:00-04:00', 'America/New_York'))).not.toContain('The clocks change');
    expect(body(at('2026-03-07T02:10:00-05:00', '2026-03-07T03:05:00-05:00', null))).not.toContain('The clocks change');
  });
});

// No zone given: the page's times are at the offset written in preparedAt, which does not change
// with the clocks (offset-change.ts). The deadline box says what a changed clock reads.
describe('no zone given, and the U.S. clocks change before the deadline', () => {
  it('spring, written at EST: the changed clock reads an hour later', () => {
    const text = body(at('2026-03-07T22:00:00-05:00', '2026-03-07T23:10:00-05:00', null));
    expect(text).toContain('Clock change');
    expect(text).toContain('Daylight-saving time begins before the deadline: if the requester’s clock moves forward, the deadline on it is Sunday, March 8, 2026, 11:00 PM UTC-04:00, an hour later than printed.');
    expect(text).toContain('The due times above are at UTC-05:00, the offset written in the preparation time, which does not change with the clocks.');
  });
  it('autumn, written at Chicago’s CDT: the printed 8:00 PM is 7:00 PM on a clock moved back, and the page says to go by it', () => {
    const text = body(at('2026-10-31T20:00:00-05:00', '2026-10-31T21:10:00-05:00', null));
    expect(text).toContain('Daylight-saving time ends before the deadline');
    expect(text).toContain('the deadline on it is Sunday, November 1, 2026, 7:00 PM UTC-06:00, an hour earlier than printed: go by that time');
  });
  it('Alaska in autumn (UTC-08:00, AKDT) is told too', () => {
    expect(body(at('2026-10-31T20:00:00-08:00', '2026-10-31T21:10:00-08:00', null))).toContain('7:00 PM UTC-09:00');
  });
  it('nothing said with a zone, with no change, at an offset no U.S. zone changes from (Hawaii, India), or once the deadline has passed', () => {
    for (const c of [
      at('2026-03-07T22:00:00-05:00', '2026-03-07T23:10:00-05:00', 'America/New_York'),
      at('2026-03-10T22:00:00-04:00', '2026-03-10T23:10:00-04:00', null),
      at('2026-03-07T22:00:00-10:00', '2026-03-07T23:10:00-10:00', null),
      at('2026-03-07T22:00:00+05:30', '2026-03-07T23:10:00+05:30', null),
      at('2026-03-06T22:00:00-05:00', '2026-03-08T23:10:00-04:00', null),
    ]) expect(body(c)).not.toContain('Clock change');
  });
  // The 18th birthday's local midnight sets the deadline at the written offset; on a clock moved
  // back the child's midnight moves too, so the row recomputes the deadline there rather than
  // convert the printed instant (offset-change.ts, rfa-deadline.md's worked example).
  const birthday = (discoveredAt: string, preparedAt: string) => at(discoveredAt, preparedAt, null, '2008-11-02');
  it('written at New York’s EDT the night the clocks go back, 18 the next day: the changed clock’s deadline is recomputed (the 24 hours), not converted', () => {
    const text = body(birthday('2026-11-01T00:30:00-04:00', '2026-11-01T01:00:00-04:00'));
    expect(text).toContain('Sunday, November 1, 2026, 11:59 PM UTC-04:00');
    expect(text).toContain('on a clock moved back it is Sunday, November 1, 2026, 11:30 PM UTC-05:00 (11:30 PM EST), later than the due times above');
    expect(text).toContain('On a clock moved back the child’s midnight moves too, and the 24 hours end before the 18th birthday begins on that clock.');
  });
  // The due rows (11:59 PM UTC-04:00, 10:59 PM EST) and the changed clock's 11:30 PM EST both stood,
  // with nothing saying which holds: a New York caseworker read two Eastern deadlines.
  it('when the changed clock’s deadline is another instant, the row says which rows hold for which clock and to go by the earlier', () => {
    const c = birthday('2026-11-01T00:30:00-04:00', '2026-11-01T01:00:00-04:00');
    const text = body(c);
    expect(text).toContain('Sunday, November 1, 2026, 10:59 PM EST');
    expect(text).toContain('The due times above, Eastern time’s too, are the deadline on a clock that stays at UTC-04:00, the offset written in the preparation time.');
    expect(text).toContain('Go by the due times above, the earlier, which meet the deadline on either clock.');
    expect(text).toContain('A clock moved back reads 10:59 PM UTC-05:00 at the due times above.');
    // Never "go by" the later one, which a clock that stays at UTC-04:00 (Puerto Rico's) reads after its deadline.
    expect(text).not.toContain('earlier than printed: go by that time');
    expect(ok(c).computed.clockChange).toContain('Go by the due times above, the earlier');
  });
  it('the same, the 24 hours later: the child’s midnight on the changed clock reads as printed', () => {
    const text = body(birthday('2026-11-01T01:10:00-04:00', '2026-11-01T01:20:00-04:00'));
    // The same reading (11:59 PM) an hour later: never "the same time as printed" beside 10:59 PM EST.
    expect(text).toContain('on a clock moved back it is Sunday, November 1, 2026, 11:59 PM UTC-05:00 (11:59 PM EST), later than the due times above');
    expect(text).toContain('the 18th birthday begins at midnight Eastern time');
    expect(text).toContain('A clock moved back reads 10:59 PM UTC-05:00 at the due times above');
    expect(text).not.toContain('the same time as printed');
  });
  // The row was one bold cell of about eleven lines (which deadline, why, which rows hold, what to
  // give); a specialist read it all to find which deadline moved. The bold row now says which
  // deadline a changed clock has and which to go by; the note under it, not bold, why.
  it('the row, bold, says which deadline and which to go by in two sentences; the note under it, not bold, why', () => {
    const rows = (c: Json) => {
      const box = buildDocument('rfa', c).model.body.find((b) => b.type === 'keep') as any;
      const table = box.children.find((b: any) => b.type === 'table');
      const text = (cell: any): string => JSON.stringify(cell.children).match(/"text":"[^"]*"/g)!.map((t) => t.slice(8, -1)).join('');
      const bold = (cell: any): boolean => JSON.stringify(cell.children).includes('"bold"');
      return table.rows.map((r: any) => ({ label: text(r.cells[0]), text: text(r.cells[1]), bold: bold(r.cells[1]) }));
    };
    for (const c of [birthday('2026-11-01T00:30:00-04:00', '2026-11-01T01:00:00-04:00'), at('2026-10-31T20:00:00-05:00', '2026-10-31T21:10:00-05:00', null)]) {
      const r = rows(c);
      const i = r.findIndex((x: any) => x.label === 'Clock change');
      expect(r[i]).toMatchObject({ bold: true });
      expect(r[i].text).toMatch(/^Daylight-saving time ends before the deadline: /);
      expect(r[i].text.match(/\. /g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(r[i].text).toMatch(/[Gg]o by (the due times above|that time)/);
      expect(r[i].text).not.toContain('Give the requester');
      expect(r[i + 1]).toMatchObject({ label: 'Clock change: why', bold: false });
      expect(r[i + 1].text).toContain('the offset written in the preparation time');
      expect(r[i + 1].text).toContain('Give the requester’s time zone to print every time on the requester’s clock.');
      // The API's computed.clockChange is the row, clockChangeWhy its why (the web form's summary shows them apart).
      expect(ok(c).computed).toMatchObject({ clockChange: r[i].text, clockChangeWhy: r[i + 1].text });
    }
  });
});
