// A date typed into the form as a person writes it (web/src/form/typed-dates.ts), without a browser:
// read into the contract's form, compared with what the browser's date input holds, and each
// message saying what to type (tests/web/dates.test.ts types the same into the page).
import { describe, expect, it } from 'vitest';
import { bothWays, changedDateMessage, clampedPart, dateInWords, firstBothWays, refilledAsHeld, dateTimeInWords, readPartialDate, timeAfterSpaceMessage, typedAsHeld, typedForm, unreadDateAdvice } from '../../web/src/form/typed-dates.js';
import { inFormOrder } from '../../web/src/form/schema.js';
import { JARGON } from './support/jargon.js';

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
    // A year below 100 is that year, not 1900 and after (Date.UTC's reading): the box holds 0020 on the way to 2011.
    expect(dateInWords('0020-03-14')).toBe('Saturday, March 14, 20');
    expect(dateInWords('0004-02-29')).toBe('Sunday, February 29, 4');
    expect(typedForm('2019-09', 'en-US')).toBe('09/2019');
  });
  it('what reads as no date is left for the service to refuse: no month 14, no "Ma", a winter without its second year', () => {
    expect(readPartialDate('14/03/2011', 'en-US')).toBeUndefined();
    expect(readPartialDate('Ma 2019', 'en-US')).toBeUndefined();
    expect(readPartialDate('winter 2022', 'en-US')).toBeUndefined(); // the winter ending in 2022, or the one beginning in it?
    expect(readPartialDate('winter 2022-2024', 'en-US')).toBeUndefined();
    expect(readPartialDate('2022-autumn', 'en-US')).toBeUndefined(); // the contract's form is "fall"
  });
  // A declarant who remembers "the spring of 2022" had it given as 2022 (the document printed "2022.
  // In the spring of 2022, …"); the kind takes a season (docs/domain/t-visa-declaration-form.md,
  // "Dates at a season"), and the box reads one typed as a person writes it, and says its months.
  it('a season or part of a year, typed as written, read with the months it spans', () => {
    expect(readPartialDate('spring 2019', 'en-US')).toBe('2019-spring');
    expect(readPartialDate('The fall of 2021', 'en-US')).toBe('2021-fall');
    expect(readPartialDate('Autumn 2021', 'en-GB')).toBe('2021-fall');
    expect(readPartialDate('late 2021', 'en-US')).toBe('2021-late');
    expect(readPartialDate('mid-2020', 'en-US')).toBe('2020-mid');
    expect(readPartialDate('winter 2022-23', 'en-US')).toBe('2022-winter');
    expect(readPartialDate('Winter 2022/2023', 'en-US')).toBe('2022-winter');
    expect(readPartialDate('2022-summer', 'en-US')).toBe('2022-summer');
    expect(dateInWords('2019-spring')).toBe('Spring 2019 (March to May 2019)');
    expect(dateInWords('2022-winter')).toBe('Winter 2022–2023 (December 2022 to February 2023)');
    expect(dateInWords('2021-late')).toBe('Late 2021 (September to December 2021)');
    // Shown in the box as typed, and read back to the same value.
    for (const v of ['2019-spring', '2022-winter', '2020-mid', '2021-early']) expect(readPartialDate(typedForm(v, 'en-US'), 'en-US')).toBe(v);
    expect(typedForm('2022-winter', 'en-US')).toBe('winter 2022-2023');
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

// The one loaded date that says which part its box reads first is the form's first such date, not
// the draft's text's: a draft's keys may come in any order (schema.ts inFormOrder).
describe('the first date that reads both ways, in the form’s order', () => {
  const schema = {
    type: 'object',
    properties: {
      child: { type: 'object', properties: { dateOfBirth: { type: 'string' } } },
      hearings: { type: 'array', items: { type: 'object', properties: { place: { type: 'string' }, on: { type: 'string' } } } },
    },
  };
  it('a draft holding its hearings before the child is read in the form’s order: the date of birth first', () => {
    const draft = { hearings: [{ on: '2026-05-03', place: 'Houston' }], child: { dateOfBirth: '2011-04-06' } };
    expect(firstBothWays(draft, 'en-US')).toBe('hearings.0.on');
    expect(firstBothWays(inFormOrder(schema, draft), 'en-US')).toBe('child.dateOfBirth');
  });
  it('keeps every value, keys the schema does not name after its own', () => {
    const draft = { extra: '2026-05-03', hearings: [{ on: '2026-05-03', note: 'x' }], child: { dateOfBirth: '2011-14-06' } };
    const ordered = inFormOrder(schema, draft) as Record<string, unknown>;
    expect(ordered).toEqual(draft);
    expect(Object.keys(ordered)).toEqual(['child', 'hearings', 'extra']);
    expect(firstBothWays(ordered, 'en-US')).toBe('hearings.0.on');
  });
});
