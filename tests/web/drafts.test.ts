// Drafts as a caseworker meets them (review in Debian's Chromium, tests/web/support/browser.ts):
// a file another tool or a hand edit wrote, and one an older Harbor wrote. The page read a draft
// with JSON.parse, which takes a number with more digits than a double keeps as a nearby number
// (11.999999999999999999 hours became 12) and a field given twice as its last value, without a
// word: the form then showed and sent what the file did not say, and the service, which refuses
// both (inexact-number, duplicate-key), never saw the text. Fictional people only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { parseCase } from '../../web/src/form/draft.js';
import { withoutField } from '../../web/src/form/schema.js';
import { allowIncompleteCase, checkAnswerFor, ROOT, saveDraft, SHOTS, SLOW, step, useBrowser, textNow } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The worksheet's smallest valid case, as text, with `edit` applied to it. */
const worksheet = (edit: (text: string) => string = (t) => t): string => edit(readFileSync(join(ROOT, 'fixtures', 'restitution-worksheet', 'minimal.json'), 'utf8'));

/** A person opens `text` as the draft file `name` with "Open draft…". */
async function openDraft(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

// A draft another tool wrote, or a hand that pasted into it, keeps the invisibles a paste loses
// (paste.tsx): opened, each such field was refused at the form for a character the caseworker could
// not see to delete. The draft is cleaned as a paste is, and the status line says so once.
describe('a draft holding invisible characters', () => {
  it('is opened without them, the fields named once in the status line, the case valid', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await page.locator('#root_preparedOn').waitFor();
      const text = worksheet((t) => t.replace('"Dana Whitcombe"', '"Dana Whit\\u200bcombe\\u200b"').replace('"Rowan Tessaly"', '"Rowan\\u2060 Tessaly"'));
      expect(JSON.parse(text).preparer.name).toBe('Dana Whit\u200bcombe\u200b');
      const checked = checkAnswerFor(page, (c) => c?.preparer?.name === 'Dana Whitcombe');
      await openDraft(page, 'invisible.json', text);
      await step('the check of the draft as cleaned', checked);
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'The draft is loaded. Taken out of 2 fields (Defendant 1; Preparer › Name): 3 invisible characters (word joiner U+2060, zero-width space U+200B), which print as nothing and which the filing would refuse. What you see is what was kept.',
      );
      expect(await page.locator('#root_preparer_name').inputValue()).toBe('Dana Whitcombe');
      expect(await page.locator('#root_defendants_0').inputValue()).toBe('Rowan Tessaly');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('ul.field-issues li.error').allTextContents(), 'errors at fields').toEqual([]);
    });
  });
});

describe('a draft whose text says more than its value keeps', () => {
  it('a number past a double’s digits is refused when opened, naming the field and the rule; nothing is sent; the same in “Advanced”', async () => {
    const page = await web.newPage();
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
    try {
      await page.goto(`${web.base}/forms/restitution-worksheet`);
      await page.locator('#root_preparedOn').waitFor();
      await openDraft(page, 'hours.json', worksheet((t) => t.replace('"monday": 12', '"monday": 11.999999999999999999')));
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'hours.json was not opened: Labor period 1 › Weekly schedule › Monday has more significant digits than a number keeps (15 to 17), so it would be read as a nearby number, not as written; round it to fewer digits. The form is unchanged.',
      );
      expect(await page.locator('#status').getAttribute('class')).toBe('failed');
      expect(await page.locator('#root_preparedOn').inputValue()).toBe('');
      expect(posts).toEqual([]);

      // The same text pasted as JSON is refused the same way; once rounded, it is taken and checked.
      await page.locator('details.advanced summary').click();
      await page.locator('#advanced-json').fill(worksheet((t) => t.replace('"monday": 12', '"monday": 11.999999999999999999')));
      await page.getByRole('button', { name: 'Apply to the form' }).click();
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^The JSON was not applied: Labor period 1 › Weekly schedule › Monday has more significant digits/);
      expect(posts).toEqual([]);
      await page.locator('#advanced-json').fill(worksheet((t) => t.replace('"monday": 12', '"monday": 11.99')));
      await page.getByRole('button', { name: 'Apply to the form' }).click();
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('#root_laborPeriods_0_weeklySchedule_monday').inputValue()).toBe('11.99');
    } finally {
      await page.close();
    }
    web.noProblems();
  });

  it('a field given twice is refused when opened, naming it, instead of the last value taken', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/restitution-worksheet`);
      await page.locator('#root_preparedOn').waitFor();
      await openDraft(page, 'twice.json', worksheet((t) => t.replace('"name": "Dana Whitcombe"', '"name": "Dana Whitcombe", "name": "D. Whitcombe"')));
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'twice.json was not opened: Preparer › Name is given twice in the same object: JSON keeps only the last value, so the first would be lost; give it once. The form is unchanged.',
      );
      expect(await page.locator('#root_preparer_name').inputValue()).toBe('');
    } finally {
      await page.close();
    }
    web.noProblems();
  });

  it('names three fields and counts the rest', () => {
    const text = worksheet((t) => t.replace(/": 12/g, '": 12.0000000000000000001'));
    expect(parseCase(text)).toEqual({
      ok: false,
      reason: [
        'laborPeriods.0.weeklySchedule.sunday has more significant digits than a number keeps (15 to 17), so it would be read as a nearby number, not as written; round it to fewer digits',
        'laborPeriods.0.weeklySchedule.monday has more significant digits than a number keeps (15 to 17), so it would be read as a nearby number, not as written; round it to fewer digits',
        'laborPeriods.0.weeklySchedule.tuesday has more significant digits than a number keeps (15 to 17), so it would be read as a nearby number, not as written; round it to fewer digits; and 4 more fields like these',
      ].join('; '),
    });
    expect(parseCase(worksheet())).toMatchObject({ ok: true });
  });
});

// A draft an older Harbor wrote (the worksheet's contract version 1: amounts in cents): the field
// it gives was removed, and the service refuses it ("was replaced by amount, …"), never reading
// it. The form offered no input for it: the person typed the amount, the error stayed, and nothing
// on the page could take the old value out.
describe('a draft of an older contract version', () => {
  it('shows the removed field where it stood, with its error and a button that takes the value out; the case then checks valid', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/restitution-worksheet`);
      await page.locator('#root_preparedOn').waitFor();
      await openDraft(page, 'version-1.json', readFileSync(join(ROOT, 'fixtures', 'restitution-worksheet', 'invalid-renamed-field.json'), 'utf8'));
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('1 problem to fix.');
      // The list's entry takes the focus to the field, which says what replaced it.
      await page.locator('.problem-list button').first().click();
      expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('root_losses_0_amountCents');
      const group = page.getByRole('group', { name: 'amountCents (removed)' });
      expect(await group.textContent()).toContain('give amount in dollars instead');
      expect(await group.textContent()).toContain('gives it as 284300');
      expect(await page.locator('ul.field-issues[data-path="losses.0.amountCents"]').textContent()).toMatch(/^Error: was replaced by amount, in dollars as written/);
      await page.screenshot({ path: join(SHOTS, 'drafts-removed-field.png') });

      // The amount typed in the field that replaced it; the old value taken out with the keyboard.
      await page.locator('#root_losses_0_amount').fill('2843');
      await page.locator('#root_losses_0_amountCents').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('#root_losses_0_amountCents').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('root_losses_0');
      const { data } = await saveDraft(web, page, 'version-2.json');
      expect(data.losses[0]).toEqual({ category: 'medical', description: 'Emergency room visit', amount: '2843', projected: false });
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});

// A draft with a field Harbor does not know (a newer version's, another tool's, a name misspelt):
// the service refuses it ("remove it, or correct its name"), and the form, which has no input for
// it, gave no way to remove it but the JSON.
describe('a draft with a field Harbor does not know', () => {
  it('each such field in the list has a button that takes it out of the case; the case then checks valid and saves without it', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/restitution-worksheet`);
      await page.locator('#root_preparedOn').waitFor();
      const draft = JSON.parse(worksheet()) as Record<string, any>;
      draft.preparer.middleName = 'Ines';
      draft.caseNotes = 'from another tool';
      await openDraft(page, 'unknown.json', JSON.stringify(draft));
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('2 problems to fix.');
      const remove = page.getByRole('button', { name: 'Remove Preparer › Middle name from the case' });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toBe('1 problem to fix.');
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('Preparer › Middle name was removed from the case.');
      expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('problems');
      await page.getByRole('button', { name: 'Remove Case notes from the case' }).click();
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      // The form's own fields are as they were, and the next change keeps the fields out.
      expect(await page.locator('#root_preparer_name').inputValue()).toBe('Dana Whitcombe');
      await page.locator('#root_preparer_name').fill('Dana M. Whitcombe');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      const { data } = await saveDraft(web, page, 'known.json');
      expect(data.preparer).toEqual({ name: 'Dana M. Whitcombe' });
      expect('caseNotes' in data).toBe(false);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});

describe('withoutField', () => {
  it('takes out the field at a path through objects and lists, leaving the case given unchanged', () => {
    const data = { a: { b: 1, c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }] };
    expect(withoutField(data, 'a.b')).toEqual({ a: { c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }] });
    expect(withoutField(data, 'list.0.y')).toEqual({ a: { b: 1, c: 2 }, list: [{ x: 1 }, { x: 3 }] });
    expect(data).toEqual({ a: { b: 1, c: 2 }, list: [{ x: 1, y: 2 }, { x: 3 }] });
    for (const nowhere of ['a.z', 'z.b', 'list.5.x', 'list.0.x.q', '']) expect(withoutField(data, nowhere), nowhere).toEqual(data);
  });
});

// A field the contract replaced but the service still reads: the memo's `proposedSponsor`, read as
// the first of `proposedSponsors` (src/kinds/best-interests-memo/schema.ts). A new form offered
// both, "Proposed sponsor (one)" above "Proposed sponsors", two places for the same facts; a draft
// written for the older contract still holds it, and the person must see what it says.
describe('a field the contract replaced but still reads', () => {
  it('is not offered on a new form; a draft that holds it shows it with its value, and the case checks valid', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/best-interests-memo`);
      await page.locator('#root_preparedOn').waitFor();
      expect(await page.getByText('Proposed sponsors', { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.getByText('Proposed sponsor (one)').count()).toBe(0);
      expect(await page.locator('[id^="root_proposedSponsor_"]').count()).toBe(0);

      await openDraft(page, 'sponsor.json', readFileSync(join(ROOT, 'fixtures', 'best-interests-memo', 'non-relative-sponsor.json'), 'utf8'));
      await expect.poll(() => page.locator('#root_proposedSponsor_name').count(), SLOW).toBe(1);
      expect(await page.locator('#root_proposedSponsor_name').inputValue()).toBe('Marta Velásquez Oxlaj');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      await page.locator('#root_proposedSponsor_name').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'drafts-superseded-field.png') });
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
