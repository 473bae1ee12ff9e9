// The form page's words for a caseworker (web/src/form/plain.ts, typed-dates.ts), without a
// browser: every field's help and every message the page shows, in every kind, without the
// contract's terms ("yyyy-mm-dd", "ISO date-time with offset", "true or false", a field's name in
// the case, a choice's code), each saying what to type; and a date typed as a person writes it,
// read into the contract's form. The service's messages are the API's and stay as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { plainHelp, plainMessage } from '../../web/src/form/plain.js';
import { buildUiSchema, emptyFields, normalizeSchema, type Json } from '../../web/src/form/schema.js';
import { bothWays, changedDateMessage, clampedPart, dateInWords, refilledAsHeld, dateTimeInWords, readPartialDate, timeAfterSpaceMessage, typedAsHeld, typedForm, unreadDateAdvice } from '../../web/src/form/typed-dates.js';
import { ROOT } from './support/browser.js';

const schemaOf = (kind: string): Json => normalizeSchema(caseJsonSchema(getKind(kind)) as Json);

/** Words a caseworker does not read: the contract's formats, JSON's values, a type's name. */
const JARGON = /`|yyyy|\bISO\b|IANA|alpha-2|true or false|\bboolean\b|\bnull\b|\bJSON\b|\b(?:is|be|to|default|give|then)\s+(?:true|false)\b|^(?:true|false)\b|, (?:true|false) for\b|date-time|T\d\d:\d\d/;

/** Every field of a normalised schema with its dot path (list items as 0). */
function fields(root: Json): [string, Json][] {
  const out: [string, Json][] = [];
  const walk = (n: Json, path: string[], depth: number): void => {
    if (depth > 12) return;
    out.push([path.join('.'), n]);
    if (n.properties && typeof n.properties === 'object') for (const [k, v] of Object.entries(n.properties as Record<string, Json>)) walk(v, [...path, k], depth + 1);
    if (n.items && typeof n.items === 'object') walk(n.items as Json, [...path, '0'], depth + 1);
  };
  walk(root, [], 0);
  return out;
}

/** A property name of the schema (camelCase) that a sentence still shows as written in the case. */
function namesShown(text: string, root: Json): string[] {
  const names = new Set(fields(root).map(([p]) => p.split('.').pop()!));
  return (text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).filter((w) => names.has(w));
}

describe('every field’s help, in every kind', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no contract term and no field named as the case names it`, () => {
      const root = schemaOf(kind);
      const bad: string[] = [];
      for (const [path, node] of fields(root)) {
        if (typeof node.description !== 'string' || node['x-removed'] === true) continue;
        const help = plainHelp(node.description, node, root, path, 'en-US');
        if (JARGON.test(help) || namesShown(help, root).length > 0) bad.push(`${path}: ${help}`);
      }
      expect(bad).toEqual([]);
    });
  }

  it('a date says how to type it in the browser’s order; a yes/no loses "true or false; absent when not yet known"', () => {
    const root = schemaOf('rfa');
    const dob = fields(root).find(([p]) => p === 'child.dateOfBirth')![1];
    expect(plainHelp(dob.description as string, dob, root, 'child.dateOfBirth', 'en-US')).toBe(
      'An estimate when “Date of birth estimated” is “Yes”. Leave it empty and give the age when only an age is known. Type the date as month/day/year, e.g. 03/14/2011, or pick it from the calendar.',
    );
    expect(plainHelp(dob.description as string, dob, root, 'child.dateOfBirth', 'en-GB')).toMatch(/Type the date as day\/month\/year, e\.g\. 14\/03\/2011/);
    const interpreter = fields(root).find(([p]) => p === 'child.interpreterNeeded')![1];
    expect(plainHelp(interpreter.description as string, interpreter, root, 'child.interpreterNeeded', 'en-US')).toBe('Whether the child needs an interpreter.');
  });
});

/** The errors and warnings of every fixture of a kind, as the service reports them. */
function issuesOf(kind: string): { path: string; code: string; message: string }[] {
  const dir = join(ROOT, 'fixtures', kind);
  const out: { path: string; code: string; message: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const r = checkCase(kind, JSON.parse(readFileSync(join(dir, f), 'utf8')));
    out.push(...(r.ok ? r.warnings : r.errors));
  }
  return out;
}

describe('every message the fixtures bring, in every kind', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no contract term and no field named as the case names it`, () => {
      const root = schemaOf(kind);
      const issues = issuesOf(kind);
      expect(issues.length).toBeGreaterThan(5);
      const bad = issues.map((i) => plainMessage(i, root, 'en-US')).filter((m) => JARGON.test(m) || namesShown(m, root).length > 0);
      expect(bad).toEqual([]);
    });
  }
});

describe('a wrong entry’s message says what to type', () => {
  const rfa = schemaOf('rfa');
  const say = (path: string, code: string, message: string, locale = 'en-US'): string => plainMessage({ path, code, message }, rfa, locale);

  it('a date: month/day/year with an example; the year range as a year', () => {
    expect(say('child.dateOfBirth', 'invalid-date', 'must be a real calendar date written yyyy-mm-dd')).toBe('is not a date that exists: type the date as month/day/year, e.g. 03/14/2011.');
    expect(say('child.dateOfBirth', 'invalid-date', 'must be a date between 1900 and 2100')).toBe('must be between the years 1900 and 2100: check the year.');
    expect(say('preparedAt', 'invalid-type', 'is required; it must be a date and time with a UTC offset, like 2026-03-07T22:00:00-05:00')).toBe(
      'is required: type the date (month/day/year) and the time, e.g. 03/14/2011 10:30 PM.',
    );
  });

  it('a yes/no, a choice, a country, a time zone, an amount: each in words', () => {
    expect(say('child.interpreterNeeded', 'invalid-type', 'must be true or false')).toBe('must be Yes or No: choose one.');
    expect(say('child.sex', 'invalid-value', 'Invalid option: expected one of "female"|"male"|"other"')).toBe('is not one of the choices: choose one from the list.');
    expect(say('child.countryOfBirth', 'invalid-country-code', 'must be an ISO 3166 two-letter country code, like GT or HN')).toBe(
      'is not a country the page knows: type the country’s name and pick it from the list, e.g. Honduras, or its two-letter code (HN).',
    );
    expect(say('requester.timeZone', 'invalid-time-zone', 'must be an IANA time-zone name, like America/Los_Angeles')).toBe(
      'is not a time zone the page knows: type the city whose time is kept and pick it from the list, e.g. Chicago, or leave it empty.',
    );
    const ws = schemaOf('restitution-worksheet');
    expect(plainMessage({ path: 'losses.0.amount', code: 'invalid-money', message: 'must be an amount in dollars, like 2843, 2,843.00 or $2,843.50' }, ws, 'en-US')).toBe(
      'is not an amount of dollars: type the amount in dollars, e.g. 1,250.50, with at most two decimals.',
    );
  });

  it('a whole section left out: which of its fields to fill in, by their labels', () => {
    expect(say('child', 'invalid-type', 'is required')).toBe(
      'is required: fill in its “Given name(s)”, “Family name(s)”, “Citizenship”, “Immigration status” and “In the United States now” (each marked required).',
    );
    expect(say('concern', 'invalid-type', 'is required')).toBe('is required: fill in its “Type” and “What is known” (each marked required).');
    const memo = schemaOf('best-interests-memo');
    expect(plainMessage({ path: 'advocate', code: 'invalid-type', message: 'is required' }, memo, 'en-US')).toBe('is required: fill in its “Name” (marked required).');
    expect(plainMessage({ path: 'factors', code: 'invalid-type', message: 'is required' }, memo, 'en-US')).toBe(
      'is required: fill in its “Safety and Well-being”, “Expressed Interests, in Light of Age and Maturity”, “Mental and Physical Health”, “Family Relationships and the Wishes of Parents or Legal Guardians”, “Adjustment to the Community” and 5 more (each marked required).',
    );
  });

  it('a rule naming other fields names them by their labels, its true and false as Yes and No', () => {
    expect(say('lawEnforcement.reported', 'answer-contradicted', 'must not be false: the requester is law enforcement (requester.lawEnforcement); set it to true, or leave it out')).toBe(
      'must not be “No”: the requester is law enforcement (“Requester › Requester is law enforcement”); set it to “Yes”, or leave it out',
    );
    // "false" in prose stays a word.
    expect(say('child.dateOfBirth', 'child-not-a-minor', 'If this date comes from a false or borrowed document')).toBe('If this date comes from a false or borrowed document');
  });
});

describe('a date typed at the precision known', () => {
  it('as a person writes it: month/day/year, month/year, a month’s name, a year; read in words', () => {
    expect(readPartialDate('3/14/2011', 'en-US')).toBe('2011-03-14');
    expect(readPartialDate('14/03/2011', 'en-GB')).toBe('2011-03-14');
    expect(readPartialDate('March 14, 2011', 'en-US')).toBe('2011-03-14');
    expect(readPartialDate('14 March 2011', 'en-US')).toBe('2011-03-14');
    expect(readPartialDate('03/2011', 'en-US')).toBe('2011-03');
    expect(readPartialDate('Sept. 2019', 'en-US')).toBe('2019-09');
    expect(readPartialDate('2011', 'en-US')).toBe('2011');
    expect(readPartialDate('2011-03', 'en-US')).toBe('2011-03');
    expect(dateInWords('2011-03-14')).toBe('Monday, March 14, 2011');
    expect(dateInWords('2019-09')).toBe('September 2019');
    expect(typedForm('2019-09', 'en-US')).toBe('09/2019');
  });
  it('what reads as no date is left for the service to refuse: no month 14, no "spring"', () => {
    expect(readPartialDate('14/03/2011', 'en-US')).toBeUndefined();
    expect(readPartialDate('spring 2019', 'en-US')).toBeUndefined();
    expect(readPartialDate('Ma 2019', 'en-US')).toBeUndefined();
  });
});

// Chromium's date input changes what it cannot take without a word: a month typed 14 becomes 12,
// a "/" after one digit is ignored (1/15/2011 held as November 5). The page compares what was typed
// with what the input holds (dates.tsx) and says what to type.
describe('a whole date the browser’s date input did not hold as typed', () => {
  it('what was typed is compared with what the input holds, part by part, in the browser’s order', () => {
    expect(typedAsHeld('3/14/2011', '2011-03-14', 'en-US')).toBe(true);
    expect(typedAsHeld('03142011', '2011-03-14', 'en-US')).toBe(true);
    expect(typedAsHeld('03/14/2', '0002-03-14', 'en-US')).toBe(true); // the year still being typed
    expect(typedAsHeld('03/07/2026 10:30P', '2026-03-07T22:30', 'en-US')).toBe(true);
    expect(typedAsHeld('14/03/2011', '2011-03-14', 'en-GB')).toBe(true);
    expect(typedAsHeld('14/03/2011', '2011-12-03', 'en-US')).toBe(false);
    expect(typedAsHeld('14032011', '2011-12-03', 'en-US')).toBe(false);
    expect(typedAsHeld('1/15/2011', '2011-11-05', 'en-US')).toBe(false);
    expect(typedAsHeld('31/12/2010', '22010-03-11', 'en-US')).toBe(false); // the digits spell it, the parts do not
    expect(typedAsHeld('14/03/2026 10:30P', '2026-12-03T22:30', 'en-US')).toBe(false);
    expect(typedAsHeld('14', '', 'en-US')).toBe(true); // nothing held: incomplete, said otherwise
  });

  it('says what was typed, what the box made of it and what to type, in the browser’s order', () => {
    expect(changedDateMessage('14/03/2011', '2011-12-03', 'en-US')).toBe(
      '14/03/2011 has no month 14, so this box changed it to 12/03/2011. It takes the month before the day (month/day/year): for March 14, 2011, type 03/14/2011.',
    );
    expect(changedDateMessage('03/14/2011', '2011-12-03', 'en-GB')).toBe(
      '03/14/2011 has no month 14, so this box changed it to 03/12/2011. It takes the day before the month (day/month/year): for March 14, 2011, type 14/03/2011.',
    );
    expect(changedDateMessage('25/12/2010', '122010-02-05', 'en-US')).toBe(
      '25/12/2010 has no month 25, so this box changed it to 02/05/122010. It takes the month before the day (month/day/year): for December 25, 2010, type 12/25/2010.',
    );
    expect(changedDateMessage('1/15/2011', '2011-11-05', 'en-US')).toBe('1/15/2011 became 11/05/2011 in this box: type each part with two digits, 01/15/2011.');
    // Held as nothing: a whole date the input could not take, not one "incomplete".
    expect(changedDateMessage('2/3/2011', '', 'en-US')).toBe('2/3/2011 was not taken by this box: type each part with two digits, 02/03/2011.');
    expect(changedDateMessage('02/30/2011', '', 'en-US')).toBe('02/30/2011 is not a date that exists: check the day and the month (month/day/year, e.g. 03/14/2011).');
    expect(changedDateMessage('4/7', '', 'en-US')).toBeUndefined();
    for (const m of [changedDateMessage('14/03/2011', '2011-12-03', 'en-US'), changedDateMessage('14', '2011-12-14', 'en-US')]) expect(m).not.toMatch(JARGON);
  });
});

// A date whose day could be its month (05/03/2011) was read month first with only "Read as: Tuesday,
// May 3, 2011" to show it: a caseworker used to day/month/year, who meant 5 March, was misread
// without a word. The line now says which part the box reads first and what to type for the other.
describe('a date that reads both ways', () => {
  it('says which part the box reads first and what to type for the other reading, in the browser’s order', () => {
    expect(bothWays('2011-05-03', 'en-US')).toBe('This box reads the month first: for March 5, 2011, type 03/05/2011.');
    expect(bothWays('2011-05-03', 'en-GB')).toBe('This box reads the day first: for March 5, 2011, type 05/03/2011.');
    expect(bothWays('2026-03-07T22:30:00-06:00', 'en-US')).toBe('This box reads the month first: for July 3, 2026, type 07/03/2026.');
  });
  it('says nothing of a date only one way reads, or of what is not a whole date', () => {
    for (const v of ['2011-03-14', '2011-05-05', '2011-05', '2011', '2011-02-30', '', undefined, 'May 3']) expect(bothWays(v, 'en-US')).toBeUndefined();
    expect(bothWays('2011-05-03', 'ja-JP')).toBeUndefined(); // year/month/day
  });
  it('a date-time in words, as typed', () => {
    expect(dateTimeInWords('2026-03-07T22:30:00-06:00')).toBe('Saturday, March 7, 2026 at 10:30 PM');
    expect(dateTimeInWords('2026-03-07T00:05:00Z')).toBe('Saturday, March 7, 2026 at 12:05 AM');
    expect(dateTimeInWords('2026-03-07T12:00:00+01:00')).toBe('Saturday, March 7, 2026 at 12:00 PM');
    expect(dateTimeInWords('2026-02-30T12:00:00Z')).toBeUndefined();
    expect(dateTimeInWords('2026-03-07')).toBeUndefined();
  });
});

// The T-visa's dates at the precision known are text boxes: 14/03/2011 read as no date, and the
// service's refusal said only that it is not a date that exists, where the date inputs say which
// part the box reads first and what to type.
describe('a day-first date typed into a box of dates at the precision known', () => {
  it('gets the date inputs’ advice: no month 14, and what to type', () => {
    expect(unreadDateAdvice('14/03/2011', 'en-US')).toBe('14/03/2011 has no month 14. This box takes the month before the day (month/day/year): for March 14, 2011, type 03/14/2011.');
    expect(unreadDateAdvice('14.03.2011', 'en-US')).toBe('14/03/2011 has no month 14. This box takes the month before the day (month/day/year): for March 14, 2011, type 03/14/2011.');
    expect(unreadDateAdvice('02/30/2011', 'en-US')).toBe('02/30/2011 is not a date that exists: check the day and the month (month/day/year, e.g. 03/14/2011).');
    expect(unreadDateAdvice('03/14/2011', 'en-GB')).toBe('03/14/2011 has no month 14. This box takes the day before the month (day/month/year): for March 14, 2011, type 14/03/2011.');
  });
  it('says nothing of a date that reads, or of text that is no day, month and year in numbers', () => {
    for (const t of ['3/14/2011', '03/2011', '2011', 'March 2011', 'spring 2019', '14/2011', '']) expect(unreadDateAdvice(t, 'en-US')).toBeUndefined();
  });
});

// A date the input held, edited where the keys typed cannot be followed from its first part (a
// click into a part, Shift+Tab, Backspace): each digit's step is judged by the part it changed.
describe('a digit typed into a date the input held', () => {
  it('a part that does not end in the digit typed was changed by the box: said, with what to do', () => {
    expect(clampedPart('2011-01-03', '2011-12-03', '4', { part: 'month', digits: '1' }, 'en-US')).toEqual({
      run: { part: 'month', digits: '14' },
      message: 'this box changed the month typed to 12 (there is no month 14): check the date and type it again as month/day/year, e.g. 03/14/2011.',
    });
    // Only the last digit known (typed into a part Backspace emptied): what the box made of it.
    expect(clampedPart('2011-01-03', '2011-12-03', '4', undefined, 'en-US')?.message).toContain('(there are only 12 months)');
    // Chromium holds a day typed 32 as 31, in any month: no "fewer days" to look for.
    expect(clampedPart('2011-05-03', '2011-05-31', '2', { part: 'day', digits: '3' }, 'en-US')?.message).toBe(
      'this box changed the day typed to 31 (there is no day 32): check the date and type it again as month/day/year, e.g. 03/14/2011.',
    );
    expect(clampedPart('2011-05-03', '2011-05-31', '9', undefined, 'en-US')?.message).toContain('(there is no day past 31)');
    expect(clampedPart('2011-02-03', '2011-02-28', '9', { part: 'day', digits: '2' }, 'en-US')?.message).toBe(
      'this box changed the day typed to 28 (that month has fewer days): check the date and type it again as month/day/year, e.g. 03/14/2011.',
    );
  });
  it('a part that ends in it, a year, or no whole date before or after: nothing said', () => {
    expect(clampedPart('2011-05-03', '2011-01-03', '1', undefined, 'en-US')).toEqual({ run: { part: 'month', digits: '1' } });
    expect(clampedPart('2011-05-03', '0002-05-03', '2', undefined, 'en-US')).toEqual({ run: { part: 'year', digits: '2' } });
    expect(clampedPart('', '2011-05-03', '3', undefined, 'en-US')).toBeUndefined();
    expect(clampedPart('2011-05-03', '2011-05-03', '3', undefined, 'en-US')).toBeUndefined();
  });
});

// A part of a held date emptied with Backspace and typed again: the box reads as empty until every
// part is there, so the digits since are judged against what it then holds.
describe('digits typed into a held date after a part was emptied', () => {
  it('a month typed 14 is refused though 14 is the day: the month changed and nothing typed spells it', () => {
    expect(refilledAsHeld('14', '2011-12-14', 'en-US', '2011-05-14')).toBe(false);
    expect(refilledAsHeld('14', '2011-12-03', 'en-US', '2011-05-03')).toBe(false);
    // Typed 06 into the month, or the day typed 14 again: what was typed is what it holds.
    expect(refilledAsHeld('06', '2011-06-14', 'en-US', '2011-05-14')).toBe(true);
    expect(refilledAsHeld('14', '2011-05-14', 'en-US', '2011-05-14')).toBe(true);
    expect(refilledAsHeld('/14/2012', '2011-12-14'.replace('2011', '2012'), 'en-US', '2011-12-01')).toBe(true);
  });
  it('a date-time too, its hour and minute parts after the year', () => {
    expect(refilledAsHeld('14', '2026-12-14T22:30', 'en-US', '2026-03-14T22:30')).toBe(false);
    expect(refilledAsHeld('04', '2026-04-14T22:30', 'en-US', '2026-03-14T22:30')).toBe(true);
    // The hour emptied and typed 11 (PM kept): 23:30, spelled on a 12-hour clock.
    expect(refilledAsHeld('11', '2026-03-14T23:30', 'en-US', '2026-03-14T22:30')).toBe(true);
    expect(refilledAsHeld('45', '2026-03-14T22:45', 'en-US', '2026-03-14T22:30')).toBe(true);
  });
});

// Chromium's date-time input does not go from the year to the time at a space (the space opens its
// calendar): "03/14/2026 10:30 PM" typed as a person writes it kept the date, lost the time, and the
// page said only "incomplete".
describe('a date-time typed with a space before its time', () => {
  it('says how the box takes a time, with the date typed', () => {
    const m = 'the time typed after a space was not taken: this box goes from the year to the time with the Tab key. Type 03/14/2026, press Tab, then type the time.';
    expect(timeAfterSpaceMessage('03/14/2026 ')).toBe(m);
    expect(timeAfterSpaceMessage('03/14/2026, ')).toBe(m);
    expect(timeAfterSpaceMessage('03/14/2026 10:30p')).toBe('the time typed after a space was not taken: this box goes from the year to the time with the Tab key. Type 03/14/2026, press Tab, then type 10:30 PM.');
    for (const k of ['03/14/2026', '03/14/', '03/14/2026/1030PM', '']) expect(timeAfterSpaceMessage(k)).toBeUndefined();
    expect(timeAfterSpaceMessage('03/14/2026 ')).not.toMatch(JARGON);
  });
});

/** Every `ui:widget` of a uiSchema, by its place in it ("child.countryOfBirth"). */
function widgets(ui: unknown, at = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (ui === null || typeof ui !== 'object') return out;
  for (const [k, v] of Object.entries(ui as Record<string, unknown>)) {
    if (k === 'ui:widget') out.set(at, v);
    else if (k !== 'ui:enumNames') widgets(v, at === '' ? k : `${at}.${k}`, out);
  }
  return out;
}

/**
 * A schema with every field renamed by its place (f0, f1, …; `required` with them), as a kind's
 * author may name a field: the input chosen must not read a field's name. The case's `id`, which
 * the form leaves out by name, keeps it.
 */
const renamed = (n: unknown): unknown => {
  if (Array.isArray(n)) return n.map(renamed);
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const props = o.properties !== null && typeof o.properties === 'object' ? Object.keys(o.properties) : [];
  const as = (k: string): string => (k === 'id' ? k : `f${props.indexOf(k)}`);
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [
      k,
      k === 'properties' && props.length ? Object.fromEntries(Object.entries(v as object).map(([p, pv]) => [as(p), renamed(pv)])) : k === 'required' && Array.isArray(v) && props.length ? v.map((r) => as(String(r))) : renamed(v),
    ]),
  );
};

/** A schema with every description reworded, as a kind's author may reword one. */
const reworded = (n: unknown): unknown =>
  Array.isArray(n) ? n.map(reworded) : n !== null && typeof n === 'object' ? Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === 'description' && typeof v === 'string' ? 'Reworded.' : reworded(v)])) : n;

// The input of a country, a time zone and a date at the precision known was chosen from the
// description's words ("ISO 3166", "IANA time zone", "yyyy-mm-dd … yyyy-mm … yyyy"): a reworded
// description gave a plain text box, and three T-visa dates worded otherwise had one ("When the
// applicant said it, at the precision known."). It is the contract's `x-format` now.
describe('the input chosen for a field', () => {
  for (const { id: kind } of KINDS) {
    it(`${kind}: the same with every description reworded`, () => {
      const raw = caseJsonSchema(getKind(kind)) as Json;
      expect(widgets(buildUiSchema(normalizeSchema(reworded(raw) as Json)))).toEqual(widgets(buildUiSchema(normalizeSchema(raw))));
    });
  }

  for (const { id: kind } of KINDS) {
    it(`${kind}: the same with every field renamed (a multi-line box where the contract says x-multiline, never by the field's name)`, () => {
      const raw = caseJsonSchema(getKind(kind)) as Json;
      expect([...widgets(buildUiSchema(normalizeSchema(renamed(raw) as Json))).values()]).toEqual([...widgets(buildUiSchema(normalizeSchema(raw))).values()]);
    });
  }

  it('the RFA’s, the T-visa’s and the worksheet’s prose in multi-line boxes, their lines of text in one-line boxes', () => {
    const rfa = widgets(buildUiSchema(schemaOf('rfa')));
    for (const path of ['lateReason', 'requester.howLearned', 'location.custodyDetails', 'concern.commercialSex', 'concern.events.items.description', 'concern.traffickers.items.description', 'concern.otherMinors.items.details', 'concern.narrative', 'concern.narrativeTranslation', 'safety.details', 'strengthsAndNeeds.strengths', 'strengthsAndNeeds.needs'])
      expect([path, rfa.get(path)]).toEqual([path, 'textarea']);
    // A language and a letter's date and number are a line each: a name match made them multi-line.
    for (const path of ['concern.narrativeLanguage', 'child.priorOtipLetterDetails', 'requester.name']) expect([path, rfa.get(path)]).toEqual([path, undefined]);
    expect(widgets(buildUiSchema(schemaOf('t-visa-declaration'))).get('travel.departures.items.explanation')).toBe('textarea');
    // A labor period's description, "in a few sentences": the example's 236 characters sat in one line.
    expect(widgets(buildUiSchema(schemaOf('restitution-worksheet'))).get('laborPeriods.items.description')).toBe('textarea');
    // What a loss, an exhibit or a record reviewed is: written in sentences ("… and why its amount is not yet known").
    const prose = { 'restitution-worksheet': ['losses', 'pendingLosses', 'exhibits'], 't-visa-declaration': ['exhibits'], 'best-interests-memo': ['recordsReviewed'] };
    for (const [kind, lists] of Object.entries(prose)) for (const l of lists) expect([kind, l, widgets(buildUiSchema(schemaOf(kind))).get(`${l}.items.description`)]).toEqual([kind, l, 'textarea']);
  });

  it('a country, a time zone and every date at the precision known by what the contract says the value is', () => {
    const of = (kind: string): Map<string, unknown> => widgets(buildUiSchema(schemaOf(kind)));
    const rfa = of('rfa');
    expect([rfa.get('requester.timeZone'), rfa.get('child.countryOfBirth'), rfa.get('child.citizenship.items')]).toEqual(['TimeZone', 'Country', 'Country']);
    const tvisa = of('t-visa-declaration');
    for (const path of ['trafficking.acts.items.date', 'escape.date', 'travel.firstEntry', 'lawEnforcement.contacts.items.date', 'supporting.contacts.items.from', 'supporting.contacts.items.to', 'supporting.observations.items.date', 'supporting.disclosures.items.date', 'travel.departures.items.departedOn', 'travel.departures.items.returnedOn'])
      expect([path, tvisa.get(path)]).toEqual([path, 'PartialDate']);
    for (const path of ['applicant.countryOfBirth', 'travel.departures.items.country', 'signing.country']) expect([path, tvisa.get(path)]).toEqual([path, 'Country']);
    expect(of('best-interests-memo').get('child.countryOfBirth')).toBe('Country');
  });
});

// A field the contract replaced but the service still reads (`deprecated` with its type): the
// memo's proposedSponsor, read as the first of proposedSponsors. A new form offered both, one
// above the other; it is now drawn only while a draft holds a value of it (superseded.tsx).
describe('a field the contract replaced but still reads', () => {
  const memo = schemaOf('best-interests-memo');
  const props = memo.properties as Record<string, Json>;
  it('keeps its input, marked superseded, without the flag the form library would print', () => {
    expect(props.proposedSponsor!['x-superseded']).toBe(true);
    expect(props.proposedSponsor!.deprecated).toBeUndefined();
    expect(props.proposedSponsor!.type).toBe('object');
    expect(props.proposedSponsors!['x-superseded']).toBeUndefined();
    const ui = buildUiSchema(memo) as Record<string, Json>;
    expect(ui.proposedSponsor!['ui:field']).toBe('Superseded');
    expect(ui.proposedSponsors!['ui:field']).toBeUndefined();
  });
  it('is not among the fields still to find out', () => {
    const empty = emptyFields(memo, {});
    expect(empty).toContain('Proposed sponsors');
    expect(empty.filter((f) => f.startsWith('Proposed sponsor (one)'))).toEqual([]);
  });
});

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
