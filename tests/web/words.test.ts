// The form page read by a caseworker who has never seen JSON (review in Debian's Chromium,
// tests/web/support/browser.ts): which fields are required, said in words before anything is
// pressed; every field's help and every message a wrong entry brings in plain words, naming the
// field and saying what to type, with the service's own words and code still listed for a
// developer under "Advanced"; a date typed as a person writes it, shown back in words, and one the
// browser's month/day/year input changed (14/03/2011 held as December 3) refused at its field, and a date
// "at the precision known" typed as "March 2019". The page showed the contract's terms:
// "yyyy-mm-dd", "ISO date-time with offset", "true or false; absent when not yet known",
// "dateOfBirthEstimated", a red asterisk. Fictional people only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, checkAnswerFor, fillAndCheck, loadExample, ROOT, saveDraft, SHOTS, SLOW, useBrowser, attributeNow, textNow, valueNow } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any, location: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Words a caseworker does not read (as tests/web/plain.test.ts). */
const JARGON = /`|yyyy|\bISO\b|IANA|alpha-2|true or false|\bboolean\b|\bnull\b|\bJSON\b|\b(?:is|be|to|default|give|then)\s+(?:true|false)\b|date-time|T\d\d:\d\d|\b[a-z]+[A-Z][a-zA-Z]+\b/;

/** A person opens `text` as the draft file `name` with "Open draft…". */
async function openDraft(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('what the form says before anything is pressed', () => {
  it('every required field says “(required)” in its label, in words, on a new RFA', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_preparedAt').waitFor();
      const labels = (await page.evaluate(() =>
        [...document.querySelectorAll('main input[required], main select[required], main textarea[required]')]
          .filter((i: any) => i.type !== 'radio')
          .map((i: any) => ({ id: i.id, label: String(document.querySelector(`label[for="${i.id}"]`)?.textContent ?? '') })),
      )) as { id: string; label: string }[];
      expect(labels.length).toBeGreaterThan(5);
      expect(labels.filter((l) => !/\(required\)$/.test(l.label))).toEqual([]);
      expect(await page.locator('label[for="root_preparedAt"]').textContent()).toBe('Prepared at (required)');
      expect(await page.locator('#root_requester__title').textContent()).toBe('Requester (required)');
      // A screen reader hears "required" once, from the input: its name is the label's words alone.
      const organization = page.getByRole('textbox', { name: 'Organization', exact: true }).and(page.locator('#root_requester_organization'));
      expect(await organization.count()).toBe(1);
      expect(await organization.evaluate((i: any) => i.required)).toBe(true);
    });
  });

  it('a field of an optional section the person has just added, still empty, is required at once (it read "required if you fill in" the section they had just chosen to fill in, until round r53); filled, the same', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      // The example's first loss is given by its amount: its Basis is empty, a button until it is
      // added (optional-group.tsx, tests/web/optional-groups.test.ts); added, it is still empty,
      // and its fields are required: the person chose to give it ("Remove" takes it back).
      await page.getByRole('button', { name: 'Add “Basis”' }).and(page.locator('#root_losses_0_basis__add')).click();
      const units = page.locator('#root_losses_0_basis_units');
      await units.waitFor();
      expect(await page.locator('label[for="root_losses_0_basis_units"]').textContent()).toBe('Units a year (required)');
      expect(await units.evaluate((i: any) => i.required)).toBe(true);
      // What a screen reader is told: "required" once, from the input; its name is the label's words alone.
      expect(await page.getByRole('spinbutton', { name: 'Units a year', exact: true }).and(units).count()).toBe(1);
      await units.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-added-section.png') });
      // Begun: the section's other fields are required too, as the service will say.
      await units.fill('26');
      await expect.poll(() => textNow(page.locator('label[for="root_losses_0_basis_unit"]')), SLOW).toBe('Unit (required)');
      expect(await page.locator('#root_losses_0_basis_unit').evaluate((i: any) => i.required)).toBe(true);
      expect(await page.locator('label[for="root_losses_0_basis_units"]').textContent()).toBe('Units a year (required)');
      // A required section's fields are required from the start.
      expect(await page.locator('label[for="root_losses_0_description"]').textContent()).toBe('Description (required)');
    });
  });

  it('a worksheet period paid at an agreed rate: the summary lists the hours at each rate, week by week', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      const answered = checkAnswerFor(page, (c) => String(c.laborPeriods?.[0]?.agreedRate) === '12.5' || c.laborPeriods?.[0]?.agreedRate === '12.50');
      await page.locator('#root_laborPeriods_0_agreedRate').fill('12.50');
      await page.locator('#root_laborPeriods_0_label').focus();
      const weeks = page.locator('#agreed-rate-weeks');
      await expect.poll(() => textNow(weeks.locator('summary')), SLOW).toBe('15 weeks valued on an agreed rate');
      await weeks.locator('summary').click();
      expect(await weeks.locator('li').first().textContent()).toBe('Week of June 21, 2009: 46 h at $12.50; regular rate $12.50');
      await weeks.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-agreed-rate-weeks.png') });
      // The worksheet's own lines under its workweek table, word for word as the check gave them
      // (computed.rateLines): the page said less than the PDF of a week of two rates or jobs.
      const answer = (await (await answered as { json(): Promise<{ computed?: { rateLines?: string[] } }> }).json()).computed?.rateLines ?? [];
      expect(answer.length).toBeGreaterThan(0);
      const several = page.locator('#several-rate-weeks');
      await several.locator('summary').click();
      expect(await several.locator('li').allTextContents()).toEqual(answer);
      await several.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-several-rate-weeks.png') });
    });
  });

  it('a worksheet with state rates: the summary lists the weeks of two federal rates under the figure without them, as the worksheet prints them', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      // The example (Florida from June 2009, state rates where higher) has one: the week of July 19,
      // 2009, across the federal raise of July 24 (computed.federalOnlyRateLines, round r60).
      const answered = checkAnswerFor(page, (c) => Array.isArray(c.laborPeriods) && c.laborPeriods.length > 0);
      await loadExample(page);
      const answer = (await (await answered as { json(): Promise<{ computed?: { federalOnlyRateLines?: string[] } }> }).json()).computed?.federalOnlyRateLines ?? [];
      expect(answer).toEqual(['July 19, 2009: $6.55 for 44 hours and $7.25 for 24 hours; weighted-average regular rate $6.797059']);
      const federal = page.locator('#federal-rate-weeks');
      await expect.poll(() => textNow(federal.locator('summary')), SLOW).toBe('1 line under the figure without state minimum wages');
      await federal.locator('summary').click();
      expect(await federal.locator('li').allTextContents()).toEqual(answer);
      await federal.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-federal-rate-weeks.png') });
    });
  });

  it('no field’s help in any kind speaks the contract’s terms; a date says how to type it', async () => {
    for (const kind of KINDS.map((k) => k.id)) {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await page.locator('form').first().waitFor();
        if (kind === 'rfa') {
          expect(await page.locator('#root_child_dateOfBirth__description').textContent()).toMatch(/Type the date as month\/day\/year, e\.g\. 03\/14\/2011, or pick it from the calendar \(Alt\+Down\)\.$/);
          expect(await page.locator('#root_child_interpreterNeeded__description').textContent()).toBe('Whether the child needs an interpreter.');
        }
        await loadExample(page); // every list has items, so their fields' help is on the page too
        const helps = (await page.locator('main .field-description').allTextContents()).filter((t) => JARGON.test(t));
        expect(helps, kind).toEqual([]);
      });
    }
  });
});

describe('a list’s items named by their list', () => {
  it('an item of one value (a name, a language, a country) is named after its list, with no help that only names its type', async () => {
    const seen: Record<string, { label: string; help: string }> = {};
    for (const kind of KINDS.map((k) => k.id)) {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await page.locator('form').first().waitFor();
        await loadExample(page);
        // Every input that is a list's item itself (its id ends in the item's number), by its label and what it is described by.
        const items = (await page.evaluate(() =>
          [...document.querySelectorAll('main input, main textarea')]
            .filter((i: any) => /_\d+$/.test(i.id) && i.type !== 'radio' && i.type !== 'checkbox')
            .map((i: any) => ({
              id: `${location.pathname.split('/').pop()} ${i.id.replace(/_\d+/g, '_N')}`,
              label: String(i.labels?.[0]?.textContent ?? ''),
              help: String(document.getElementById(`${i.id}__description`)?.textContent ?? ''),
            })),
        )) as { id: string; label: string; help: string }[];
        for (const i of items) seen[i.id] ??= i;
        // A list of objects: each item's heading ("Losses (L): item" before), its number and, where
        // it has one, its first short text ("Loss 1: Hospital bill …", round r60's item names).
        if (kind === 'restitution-worksheet') {
          expect(await page.locator('#root_losses_0__title').textContent()).toMatch(/^Loss 1: \S/);
          expect(await page.locator('#root_pendingLosses_0__title').textContent()).toMatch(/^Loss not yet known 1\b/);
        }
      });
    }
    const rows = Object.values(seen);
    expect(rows.length).toBeGreaterThan(8);
    // "Text (required)" over "A line of text, not empty." on every other name, language and service.
    expect(rows.filter((r) => /^Text\b|: item\b/.test(r.label) || /line of text|two-letter country code, e\.g\./i.test(r.help))).toEqual([]);
    expect(seen['rfa root_child_otherNames_N']).toEqual(expect.objectContaining({ label: 'Other name used (required)', help: '' }));
    expect(seen['rfa root_child_languages_N']?.label).toBe('Language (required)');
    expect(seen['rfa root_child_citizenship_N']).toEqual(expect.objectContaining({ label: 'Country (required)', help: expect.stringMatching(/^Type the country’s name and pick it from the list/) }));
    expect(seen['best-interests-memo root_recommendations_N_conditions_N']?.label).toBe('Condition (required)');
    expect(seen['restitution-worksheet root_convictions_N']?.label).toBe('Statute of conviction (required)');
    expect(seen['t-visa-declaration root_hardship_factors_N_exhibits_N']?.label).toBe('Exhibit cited (required)');
  });
});

describe('what a wrong entry brings', () => {
  it('each error at its field names the field and says what to type; the service’s words and code are under Advanced', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await page.locator('#root_preparedAt').waitFor();
      const draft = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'rfa', 'full.json'), 'utf8'));
      draft.child.dateOfBirth = '3/14/2011'; // as another tool wrote it
      draft.child.interpreterNeeded = 'yes';
      draft.child.countryOfBirth = 'Honduras';
      draft.requester.timeZone = 'Central';
      await openDraft(page, 'typed-elsewhere.json', JSON.stringify(draft));
      const at = (path: string) => page.locator(`ul.field-issues[data-path="${path}"] li.error`).first();
      await expect.poll(() => textNow(at('child.dateOfBirth')), SLOW).toBe('Error: Date of birth: is not a date that exists: type the date as month/day/year, e.g. 03/14/2011.');
      expect(await at('child.interpreterNeeded').textContent()).toBe('Error: Interpreter needed: must be Yes or No: choose one.');
      expect(await at('child.countryOfBirth').textContent()).toBe(
        'Error: Country of birth: is not a country the page knows: type the country’s name and pick it from the list, e.g. Honduras, or its two-letter code (HN).',
      );
      expect(await at('requester.timeZone').textContent()).toBe(
        'Error: Time zone: is not a time zone the page knows: type the city whose time is kept and pick it from the list, e.g. Chicago, or leave it empty.',
      );
      const shown = [...(await page.locator('main ul.field-issues li').allTextContents()), ...(await page.locator('#problems li').allTextContents())];
      expect(shown.filter((t) => JARGON.test(t))).toEqual([]);
      await page.locator('#problems').screenshot({ path: join(SHOTS, 'words-problems.png') });
      // For a developer: the API's issues as sent, path, code and the service's words.
      await page.getByText('Advanced: the case as JSON').click();
      expect(await page.locator('.api-issues li').allTextContents()).toContain('child.dateOfBirth [invalid-date] must be a real calendar date written yyyy-mm-dd');
    });
  });
});

describe('dates as a person types them', () => {
  it('a date of birth typed 3/14/2011 is read as March 14; 14/03/2011, which the browser holds as December 3, is refused at its field with what to type', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const dob = page.locator('#root_child_dateOfBirth');
      /** Type into the date of birth from its first part, as a person whose keyboard brought the focus there. */
      const typeDob = async (text: string): Promise<void> => {
        await dob.fill('');
        await page.evaluate(() => document.activeElement?.blur());
        await dob.focus();
        await page.keyboard.type(text);
        await page.locator('#root_child_givenName').focus();
      };
      // The check of the date as typed, not of a year on the way to it (checkAnswerFor).
      let checked = checkAnswerFor(page, (c) => c.child?.dateOfBirth === '2011-03-14');
      await typeDob('3/14/2011');
      expect(await dob.inputValue()).toBe('2011-03-14');
      await checked;
      await expect.poll(() => textNow(page.locator('#root_child_dateOfBirth__help')), SLOW).toBe('Read as: Monday, March 14, 2011');
      expect(await dob.getAttribute('aria-describedby')).toContain('root_child_dateOfBirth__help');
      // Once the page has drawn that answer (an older one is never drawn after it was sent).
      const issues = page.locator('ul.field-issues[data-path="child.dateOfBirth"]');
      await expect.poll(() => issues.count(), SLOW).toBe(0);

      // The browser's month/day/year input turns the month 14 into 12 without a word: the page
      // says so at the field, tied to the input, and makes no document until the date is typed again.
      await typeDob('14/03/2011');
      expect(await dob.inputValue()).toBe('2011-12-03');
      await expect.poll(() => textNow(issues), SLOW).toBe(
        'Error: Date of birth: 14/03/2011 has no month 14, so this box changed it to 12/03/2011. It takes the month before the day (month/day/year): for March 14, 2011, type 03/14/2011.',
      );
      expect(await page.locator('#root_child_dateOfBirth__help').textContent()).toBe('Read as: Saturday, December 3, 2011');
      expect(await dob.getAttribute('aria-describedby')).toContain('root_child_dateOfBirth__error');
      await expect.poll(() => attributeNow(dob, 'aria-invalid'), SLOW).toBe('true');
      await dob.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-date-read.png') });
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'The PDF was not made: a date was not taken as typed (listed under Checks). Type it again as its message says, then try again.',
      );

      // A "/" after one digit is ignored by the input: 1/15/2011 became November 5.
      await typeDob('1/15/2011');
      await expect.poll(() => textNow(issues), SLOW).toBe('Error: Date of birth: 1/15/2011 became 11/05/2011 in this box: type each part with two digits, 01/15/2011.');

      // Typed again as the message says: the error goes.
      checked = checkAnswerFor(page, (c) => c.child?.dateOfBirth === '2011-03-14');
      await typeDob('03/14/2011');
      expect(await dob.inputValue()).toBe('2011-03-14');
      await checked;
      await expect.poll(() => issues.count(), SLOW).toBe(0);
    });
  });

  it('a T-visa act dated “March 2019” is the case’s 2019-03, “spring 2019” its season with the months; “winter 2019” is refused at its field with what to type', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await page.locator('form').first().waitFor();
      await loadExample(page);
      const date = page.locator('#root_trafficking_acts_0_date');
      expect(await date.inputValue()).toBe('05/2021'); // the example's 2021-05, as a person writes it
      // A list's item is not marked required: the list is ("Dated acts (required)").
      // Named by its number (round r60): the act's fields are a date and prose, no short text to name it by.
      expect(await page.locator('#root_trafficking_acts_0__title').textContent()).toBe('Dated act 1');
      expect(await page.locator('#root_trafficking_acts__title').textContent()).toBe('Dated acts (required)');
      await date.fill('March 2019');
      await expect.poll(() => textNow(page.locator('#root_trafficking_acts_0_date__help')), SLOW).toBe('Read as: March 2019');
      const { data } = await saveDraft(web, page, 'march.json');
      expect(data.trafficking.acts[0].date).toBe('2019-03');
      // A season is a date (docs/domain/t-visa-declaration-form.md, "Dates at a season"), read with its months.
      await date.fill('spring 2019');
      await expect.poll(() => textNow(page.locator('#root_trafficking_acts_0_date__help')), SLOW).toBe('Read as: Spring 2019 (March to May 2019)');
      await date.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'words-date-season.png') });
      // A winter without its second year is none (the one ending in 2019, or the one beginning in it?).
      await date.fill('winter 2019');
      await expect.poll(() => textNow(page.locator('ul.field-issues[data-path="trafficking.acts.0.date"] li.error').first()), SLOW).toBe(
        'Error: Date of the act: is not a date that exists: type the date as month/day/year (03/14/2011), or as much of it as is known: 03/2011, spring 2011 or 2011.',
      );
    });
  });
});

describe('a country as a person names it', () => {
  it('“Honduras” typed in the country of birth is the case’s HN, shown as “Honduras (HN)”; a code typed is shown with its name', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const born = page.locator('#root_child_countryOfBirth');
      await born.fill('honduras');
      await page.locator('#root_child_givenName').focus();
      expect(await born.inputValue()).toBe('Honduras (HN)');
      expect(await born.getAttribute('list')).toBe('country-list');
      expect(await page.locator('#country-list option[value="El Salvador (SV)"]').count()).toBe(1);
      await page.locator('#root_child_citizenship').getByRole('button', { name: 'Add' }).click();
      const first = page.locator('#root_child_citizenship_0');
      await first.fill('El Salvador (SV)');
      const { data } = await saveDraft(web, page, 'countries.json');
      expect(data.child.countryOfBirth).toBe('HN');
      expect(data.child.citizenship).toEqual(['SV']);
      // A draft's code is shown with its name.
      await page.getByRole('button', { name: 'Start from the example' }).click();
      await expect.poll(() => valueNow(born), SLOW).toMatch(/^[A-Z][a-z].* \([A-Z]{2}\)$/);
      expect(await page.locator('#root_child_countryOfBirth__description').textContent()).toMatch(/Type the country’s name and pick it from the list, e\.g\. Honduras, or its two-letter code \(HN\)\.$/);
    });
  });
});

describe('a list the case may hold empty', () => {
  it('an RFA’s citizenship left untouched (not yet known) is the empty list the form shows, not “is required”', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      await fillAndCheck(page, '#root_child_givenName', 'Marisol');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems to fix/);
      expect(await page.locator('.problem-list button.link[data-path^="child.citizenship"]').count()).toBe(0);
      const { data } = await saveDraft(web, page, 'no-citizenship.json');
      expect(data.child.citizenship).toEqual([]);
      // A list that must hold one still says so, in words: in the list of problems, and at its field
      // once the person has been there or asked for a document (issue-store.ts: not before, round r55).
      expect(await page.locator('.problem-list button.link[data-path="concern"], .problem-list button.link[data-path="concern.types"]').first().textContent()).toMatch(/^Error: /);
      expect(await page.locator('ul.field-issues[data-path="concern"] li.error, ul.field-issues[data-path="concern.types"] li.error').count()).toBe(0);
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect.poll(() => page.locator('ul.field-issues[data-path="concern"] li.error, ul.field-issues[data-path="concern.types"] li.error').count(), SLOW).toBeGreaterThan(0);
      expect(await page.locator('ul.field-issues[data-path="concern"] li.error, ul.field-issues[data-path="concern.types"] li.error').first().textContent()).toMatch(/^Error: /);
    });
  });
});

describe('a time zone as a person names it', () => {
  it('“chicago” typed as the requester’s time zone is the case’s America/Chicago, shown in words; the list’s words are taken too', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const zone = page.locator('#root_requester_timeZone');
      await zone.fill('chicago');
      await page.locator('#root_requester_name').focus();
      // In words alone: the zone's name as the case writes it is the contract's term.
      expect(await zone.inputValue()).toBe('Central Time — Chicago');
      expect(await zone.getAttribute('list')).toBe('time-zone-list');
      const { data } = await saveDraft(web, page, 'zone.json');
      expect(data.requester.timeZone).toBe('America/Chicago');
      // What the list offers, and the list's words typed with a plain dash, are the zone too.
      const offered = await page.locator('#time-zone-list option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
      expect(offered).toContain('Central Time — Chicago');
      expect(offered.filter((o) => /\w\/\w/.test(o))).toEqual([]); // no America/Chicago
      await zone.fill('Pacific Time - Los Angeles');
      await page.locator('#root_requester_name').focus();
      expect(await zone.inputValue()).toBe('Pacific Time — Los Angeles');
      expect((await saveDraft(web, page, 'zone-la.json')).data.requester.timeZone).toBe('America/Los_Angeles');
      expect(await page.locator('#root_requester_timeZone__description').textContent()).toMatch(/Type the city whose time the requester keeps and pick it from the list, e\.g\. Chicago for U\.S\. Central time, New York for Eastern\.$/);
    });
  });
});
