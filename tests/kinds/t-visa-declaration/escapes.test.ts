// Several escapes (contract 2.8.0, `escapes`): an applicant who got away, was taken back and got
// away again tells each escape as a dated paragraph under "How I Got Away", and the warning
// `escape-before-acts` compares each escape with the acts (chronology.ts): the last one with every
// act, an earlier one only for being before all of them. One escape could only be dated at one of
// them, so the first escape's date warned against the acts of the recapture, or the last escape's
// date was sworn to for both (docs/domain/t-visa-declaration-form.md, "Escapes").
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { escapeBeforeActs, escapePlaces, escapesOutOfOrder } from '../../../src/kinds/t-visa-declaration/chronology.js';
import { escapesView } from '../../../src/kinds/t-visa-declaration/escapes-view.js';
import { bodyOf, fixture, K } from './support.js';

const issues = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? r.warnings.map((w) => [w.path, w.code]) : r.errors.map((e) => [e.path, e.code]);
};

describe('escapes compared with the acts per episode', () => {
  const acts = ['2021-06', '2022-04-02', '2022-06'];
  const flagged = (...dates: Array<string | null>) => escapeBeforeActs(dates.map((date, i) => ({ path: `escapes.${i}`, date })), acts).map((w) => w.path);
  it.each<[Array<string | null>, string[]]>([
    [['2022-05', '2023-01-20'], []], // got away, taken back in June 2022, got away again
    [['2022-05', '2022-06'], []], // the last escape's month holds the last act's: no certain order
    [['2022-05', null], []], // the last escape undated: nothing to compare
    [['2022-05', '2022-05-20'], ['escapes.1.date']], // the last escape before the act of June 2022
    [['2021-01', '2023-01-20'], ['escapes.0.date']], // an earlier escape before every act: nothing yet to get away from
    [['2022-05'], ['escapes.0.date']], // one escape is the last: before the act of June 2022, as contract 2.7 warned
  ])('escapes %j → %j', (dates, expected) => {
    expect(flagged(...dates)).toEqual(expected);
  });

  it('the recapture fixture tells two escapes with the recapture between them, and warns of nothing', () => {
    expect(issues(fixture('recaptured'))).toEqual([]);
    // The same escapes as one, dated at the first: the acts of the recapture come after it.
    const one = fixture('recaptured');
    one.escape = one.escapes[0];
    one.escapes = [];
    expect(issues(one)).toEqual([['escape.date', 'escape-before-acts']]);
  });

  it('`escape`, as contract 2.7 took it, is read as the first escape, before `escapes`', () => {
    const c = fixture('recaptured');
    c.escape = c.escapes[0];
    c.escapes = c.escapes.slice(1);
    expect(issues(c)).toEqual([]);
    expect(bodyOf('recaptured')).toBe(((x) => bodyOf('full', (f) => Object.assign(f, x)))(c));
  });
});

describe('each escape is a dated paragraph of its own', () => {
  // An earlier escape is followed by the acts of the recapture: printed after every act, the
  // recapture ("About three weeks after I ran away") was read paragraphs before the escape.
  it('every escape but the last among the acts, before the first act dated after it; the last under How I Got Away', () => {
    const t = bodyOf('recaptured');
    const lines = (from: string, to: string) => t.slice(t.indexOf(from), t.indexOf(to)).split('\n').filter(Boolean);
    expect(lines('April 2, 2022.', 'The people responsible')).toEqual([
      expect.stringMatching(/^April 2, 2022\. After my eighteenth birthday/),
      expect.stringMatching(/^May 2022\. One morning Beto forgot to lock the back door\./),
      expect.stringMatching(/^June 2022\. About three weeks after I ran away/),
    ]);
    expect(lines('How I Got Away', 'Why I Am in the United States')).toEqual([
      'How I Got Away',
      expect.stringMatching(/^January 20, 2023\. One night a neighbour/),
      expect.stringMatching(/^The next day, while Beto was out/),
    ]);
    expect(t.match(/One morning Beto forgot/g)).toHaveLength(1);
  });

  const acts = ['2021-05', '2021-06-14', '2021-11', '2022-04-02', '2022-06'];
  it.each<[Array<string | null>, string[], Array<number | null>]>([
    [['2022-05', '2023-01-20'], acts, [4, null]], // the recaptured fixture: before the act of June 2022
    [['2022-06', '2023-01-20'], acts, [null, null]], // the escape's month holds the last act: no act certainly after it
    [['2022-05', '2023-01-20'], ['2021-05', '2022', '2022-06'], [2, null]], // an act of 2022 may be before the escape: it stays before
    [['2021-08', '2022-05', '2023-01'], acts, [2, 4, null]], // two escapes, each before its recapture
    [['2022-05', '2021-08', '2023-01'], acts, [4, 2, null]], // out of order (warned): each where its own date puts it, August 2021 before November 2021
    [['2022-05', '2022-05-01', '2023-01'], acts, [4, 4, null]], // both before June 2022: storyOrder tells them by date
    [[null, '2022-05', '2023-01'], acts, [null, null, null]], // an undated escape keeps every later one below, in order
    [['2022-05'], acts, [null]], // one escape is the last
    [['2020-01', '2023-01'], acts, [0, null]], // before every act (warned): first among them
    [['2022-05', '2023-01'], [], [null, null]],
    // Acts listed out of order (warned acts-not-chronological): the escape stays between the acts it
    // came between, not before an act listed first but dated late (contract 2.12.0).
    [['2021-08', '2023-01'], ['2022-06', '2021-05', '2021-11', '2022-04'], [2, null]],
    [['2021-08', '2023-01'], ['2022-06', '2021-05', '2021-06', '2021-11'], [3, null]], // fewest acts on the wrong side
    // An early act appended last: before the recapture (June 2022), not after every act.
    [['2022-05', '2023-01'], ['2021-05', '2021-06', '2021-11', '2022-04', '2022-06', '2021-03'], [4, null]],
    [['2022-05', '2023-01'], ['2021-05', '2022-06', '2022-04'], [1, null]], // one act on the wrong side either way: before the recapture
  ])('escapes %j among acts %j → %j', (escapes, actDates, expected) => {
    expect(escapePlaces(escapes, actDates)).toEqual(expected);
  });

  it('an escape told among the acts before the entry prints before How I Came to the United States', () => {
    const t = bodyOf('recaptured', (c) => {
      c.travel.firstEntry = '2022-07';
      c.travel.departures = [];
    });
    expect(t.indexOf('May 2022. One morning')).toBeGreaterThan(t.indexOf('April 2, 2022.'));
    expect(t.indexOf('May 2022. One morning')).toBeLessThan(t.indexOf('How I Came to the United States'));
  });

  // Listed out of order (warned escapes-not-chronological), an escape placed after the one listed
  // before it was told after the acts that followed it: the recapture read before its escape.
  it('escapes listed out of order are each told where their dates put them, in the order they happened', () => {
    const spread = bodyOf('recaptured', (c) => {
      c.escapes.unshift({ ...c.escapes[0], date: '2021-08', narrative: 'In August 2021 I hid in a church for two nights.' });
      [c.escapes[0], c.escapes[1]] = [c.escapes[1], c.escapes[0]];
    });
    const at = (s: string) => spread.indexOf(s);
    expect(at('August 2021. In August 2021 I hid')).toBeGreaterThan(at('June 14, 2021.'));
    expect(at('August 2021. In August 2021 I hid')).toBeLessThan(at('November 2021.'));
    expect(at('May 2022. One morning')).toBeLessThan(at('June 2022. About three weeks'));
    // Two before the same act (June 2022), listed latest first: told earliest first.
    const same = bodyOf('recaptured', (c) => {
      c.escapes.unshift({ ...c.escapes[0], date: '2022-05-20', narrative: 'On May 20 I ran again from the motel.' });
      c.escapes[1].date = '2022-05-02';
    });
    expect(same.indexOf('May 2, 2022. One morning')).toBeGreaterThan(same.indexOf('April 2, 2022.'));
    expect(same.indexOf('May 2, 2022. One morning')).toBeLessThan(same.indexOf('May 20, 2022. On May 20'));
    expect(same.indexOf('May 20, 2022. On May 20')).toBeLessThan(same.indexOf('June 2022. About three weeks'));
  });

  // Acts listed out of order (warned acts-not-chronological): placed before the first act dated
  // after it, an escape of August 2021 printed above every act, before the act of November 2021
  // listed first and the acts of May and June 2021 it followed.
  it('with the acts out of order, an escape is told between the acts it came between', () => {
    const t = bodyOf('recaptured', (c) => {
      c.escapes.unshift({ ...c.escapes[0], date: '2021-08', narrative: 'In August 2021 I hid in a church for two nights.' });
      const [nov] = c.trafficking.acts.splice(2, 1);
      c.trafficking.acts.unshift(nov);
    });
    const at = (s: string) => t.indexOf(s);
    expect(at('November 2021.')).toBeLessThan(at('May 2021.'));
    expect(at('August 2021. In August 2021 I hid')).toBeGreaterThan(at('June 14, 2021.'));
    expect(at('August 2021. In August 2021 I hid')).toBeLessThan(at('April 2, 2022.'));
    expect(at('May 2022. One morning')).toBeGreaterThan(at('April 2, 2022.'));
    expect(at('May 2022. One morning')).toBeLessThan(at('June 2022. About three weeks'));
  });

  // The applicant's own escape is not something the traffickers did.
  it('the heading of the acts after the entry says when an escape is told among them', () => {
    const t = bodyOf('recaptured');
    expect(t).toContain('What They Did to Me and When I Got Away\n');
    expect(t).not.toMatch(/What They Did to Me\n/);
    const one = bodyOf('recaptured', (c) => (c.escapes = c.escapes.slice(1)));
    expect(one).toMatch(/What They Did to Me\n/);
    expect(one).not.toContain('When I Got Away');
    // Told before the entry, the escape is not under that heading: it keeps its plain words.
    const early = bodyOf('recaptured', (c) => {
      c.travel.firstEntry = '2022-07';
      c.travel.departures = [];
      c.trafficking.acts.push({ ...c.trafficking.acts[4], date: '2022-08' });
    });
    expect(early).toMatch(/What They Did to Me\n/);
  });

  it('their dates, exhibits and words are checked on their own paths', () => {
    const late = fixture('recaptured');
    late.escapes[1].date = '2026-04';
    expect(issues(late)).toEqual([['escapes.1.date', 'date-after-document-date']]);
    const cites = fixture('recaptured');
    cites.escapes[1].exhibits = ['Z'];
    expect(issues(cites)).toEqual([['escapes.1.exhibits.0', 'unknown-exhibit']]);
    const words = fixture('recaptured');
    words.escapes[0].narrative += ' It was involuntary servitude.';
    expect(issues(words)).toEqual([['escapes.0.narrative', 'legal-conclusion-in-statement']]);
  });

  it('an escape alone still tells how the applicant got away (element 1); a parent’s declaration does not print it', () => {
    const c = fixture('recaptured');
    const r = checkCase(K, c);
    expect(r.ok && (r.computed as any).elements.find((e: any) => e.element === 'victimization')).toMatchObject({ addressed: true, basis: 'acts-and-escape' });
    const p = fixture('parent-signs');
    p.escapes = [{ date: '2024-01', narrative: 'She ran away.' }];
    expect(issues(p)).toContainEqual(['escapes', 'section-not-printed']);
  });

  it('a template written for contract 2.7 (`escape`) gets every escape of How I Got Away: the first, the others as its further paragraphs', () => {
    const c = fixture('recaptured');
    const { escape } = escapesView(c.escapes.map((e: any) => ({ exhibits: [], ...e })));
    expect(escape!.lead).toBe('May 2022.');
    expect(escape!.further).toEqual([expect.stringMatching(/^January 20, 2023\. One night/), expect.stringMatching(/^The next day/)]);
    expect(escape!.rest.map((p) => p[0])).toEqual([expect.stringMatching(/^January 20, 2023\. One night/), expect.stringMatching(/^The next day/)]);
    expect(escapesView([]).escape).toBeNull();
  });
});

describe('escapes compared with each other', () => {
  // The recaptured fixture's acts: May 2021 to April 2, 2022, then June 2022 (taken back).
  const acts = ['2021-05', '2021-06-14', '2021-11', '2022-04-02', '2022-06'];
  const flagged = (...dates: Array<string | null>) =>
    escapesOutOfOrder(dates.map((date, i) => ({ path: `escapes.${i}`, date })), acts).map((w) => [w.path, w.code]);
  it.each<[Array<string | null>, string[][]]>([
    [['2022-05', '2023-01-20'], []], // the recapture of June 2022 lies between
    [['2023-01-20', '2022-05'], [['escapes.1.date', 'escapes-not-chronological']]], // the later escape listed first
    [['2022-05', '2022-05-20'], [['escapes.1.date', 'escape-without-recapture']]], // no act between May and May 20, 2022
    [['2022-06', '2023-01-20'], []], // the act of June 2022 may be after the escape of that month
    [['2022', '2022-05'], []], // overlapping spans: no certain order, and acts of 2022 may lie between
    [['2022-05', null, '2022-05-20'], []], // an undated escape between them: not compared
    [['2023-01-20', '2023-01-20'], [['escapes.1.date', 'escape-without-recapture']]], // the same escape given twice
    [['2024', '2022-05', '2023-01'], [['escapes.1.date', 'escapes-not-chronological']]], // out of order is not also without recapture
  ])('escapes %j → %j', (dates, expected) => {
    expect(flagged(...dates)).toEqual(expected);
  });

  it('one warning for several out of order, on the first, with the count', () => {
    const w = escapesOutOfOrder(['2024-03', '2023-01', '2022-05'].map((date, i) => ({ path: `escapes.${i}`, date })), acts);
    expect(w.filter((x) => x.code === 'escapes-not-chronological')).toEqual([
      { path: 'escapes.1.date', code: 'escapes-not-chronological', message: expect.stringContaining('2 of the escapes are out of date order') },
    ]);
  });

  it('through the check: the recaptured fixture with its escapes swapped, or its recapture act dropped', () => {
    const swapped = fixture('recaptured');
    swapped.escapes.reverse();
    expect(issues(swapped)).toContainEqual(['escapes.1.date', 'escapes-not-chronological']);
    const noRecapture = fixture('recaptured');
    noRecapture.trafficking.acts = noRecapture.trafficking.acts.filter((a: any) => a.date !== '2022-06');
    expect(issues(noRecapture)).toEqual([['escapes.1.date', 'escape-without-recapture']]);
    // `escape` (contract 2.7) is the first of them, on its own path.
    const old = fixture('recaptured');
    old.escape = old.escapes[1];
    old.escapes = [old.escapes[0]];
    expect(issues(old)).toContainEqual(['escapes.0.date', 'escapes-not-chronological']);
  });
});

// The recapture listed before every other act (June 2022 first, then May 2021 … April 2022): no
// place among the acts as listed tells the May 2022 escape in order, so it prints under How I Got
// Away after the recapture it led to. Harbor warns and never sorts (form file, "Acts in date
// order"); the acts' warning now says which escape this leaves out of order, and why.
describe('an escape the acts as listed cannot place', () => {
  const recaptureFirst = () => {
    const c = fixture('recaptured');
    const acts = c.trafficking.acts;
    c.trafficking.acts = [acts[4], ...acts.slice(0, 4)];
    return c;
  };
  it('is named in acts-not-chronological’s message, with what to do', () => {
    const r = checkCase(K, recaptureFirst());
    if (!r.ok) throw new Error('valid case expected');
    const w = r.warnings.filter((x) => x.code === 'acts-not-chronological');
    expect(w.map((x) => x.path)).toEqual(['trafficking.acts.1.date']);
    expect(w[0]!.message).toContain('put them in date order');
    expect(w[0]!.message).toContain(
      'until they are, escapes.0.date cannot print between the acts it came between (an act dated after it, the recapture, is listed before acts dated before it), so the recapture is read before the escape',
    );
  });
  it('not when a place exists: the acts out of order but the recapture after what the escape ended', () => {
    const c = fixture('recaptured');
    const acts = c.trafficking.acts;
    // May 2021 and June 14, 2021 swapped: out of order, and the escape still fits before June 2022.
    c.trafficking.acts = [acts[1], acts[0], ...acts.slice(2)];
    const r = checkCase(K, c);
    if (!r.ok) throw new Error('valid case expected');
    const w = r.warnings.filter((x) => x.code === 'acts-not-chronological');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).not.toContain('escapes.0');
  });
});
