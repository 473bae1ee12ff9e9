// A caseworker's day on the form pages (review in Debian's Chromium, tests/web/support/browser.ts):
// two children's drafts in two tabs, a form left open for an hour and then downloaded, and a
// switch to another kind with the case not saved. Two drafts saved from two tabs were both
// "rfa-draft.json" (the browser then wrote "rfa-draft (1).json"): nothing told which child's was
// which, or which was newer. Fictional people only.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, answerDialog, fillAndCheck, loadExample, LONG_TEST_MS, saveDraft, SLOW, useBrowser, textNow } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('two tabs, two children', () => {
  it('each tab’s draft has a name of its own, dated and timed, and opens again as its own child', async () => {
    const first = await web.newPage();
    const second = await web.newPage();
    try {
      const drafts = [];
      for (const [page, given] of [
        [first, 'Ximena Abril'],
        [second, 'Itzel Marisol'],
      ] as const) {
        await page.goto(`${web.base}/forms/rfa`);
        await loadExample(page);
        // The check of the case with the name typed: a poll of the verdict alone passed at once on the example's.
        await fillAndCheck(page, '#root_child_givenName', given);
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      }
      // The browser's clock is the context's, both tabs': set to each save's moment (Chicago time).
      await first.clock.setFixedTime(new Date('2026-12-05T14:31:07-06:00'));
      drafts.push(await saveDraft(web, first, 'tab-1.json'));
      await second.clock.setFixedTime(new Date('2026-12-05T14:52:40-06:00'));
      drafts.push(await saveDraft(web, second, 'tab-2.json'));
      expect(drafts.map((d) => d.name)).toEqual(['rfa-draft-2026-12-05-143107.json', 'rfa-draft-2026-12-05-145240.json']);
      expect(drafts.map((d) => d.data.child.givenName)).toEqual(['Ximena Abril', 'Itzel Marisol']);
      await expect.poll(() => textNow(first.locator('#status')), SLOW).toBe('Draft saved to your downloads as rfa-draft-2026-12-05-143107.json. It holds the case data: keep it safe.');

      // Each opens again, in a new tab, as the child it was saved with.
      for (const [n, given] of ['Ximena Abril', 'Itzel Marisol'].entries()) {
        const page = await web.newPage();
        try {
          await page.goto(`${web.base}/forms/rfa`);
          await page.locator('#open-draft').setInputFiles(join(web.work, `tab-${n + 1}.json`));
          await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
          expect(await page.locator('#root_child_givenName').inputValue()).toBe(given);
        } finally {
          await page.close();
        }
      }
    } finally {
      await first.close();
      await second.close();
    }
    web.noProblems();
  }, LONG_TEST_MS);
});

describe('switching kinds with the case not saved', () => {
  it('the browser asks before leaving; staying keeps what was typed', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await page.locator('#root_requester_name').click();
      await page.keyboard.type('Dana Whitfield-Moreno');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems? to fix/);
      const asked: string[] = [];
      page.on('dialog', (d) => {
        asked.push(d.type());
        answerDialog(d, 'dismiss'); // stay
      });
      await Promise.all([page.waitForEvent('dialog'), page.getByRole('link', { name: 'Documents' }).click()]);
      expect(asked).toEqual(['beforeunload']);
      expect(new URL(page.url()).pathname).toBe('/forms/rfa');
      expect(await page.locator('#root_requester_name').inputValue()).toBe('Dana Whitfield-Moreno');
    } finally {
      await page.close({ runBeforeUnload: false });
    }
    web.noProblems();
  });
});

// The first change to a new form made in one input event (a paste, a choice from a list, a click
// on Yes) was taken for the form's own first report of its state: no check followed, and the page
// was not marked changed, so leaving it asked nothing and a pasted narrative was lost.
describe('the first change to a new form, made at once', () => {
  it('a narrative pasted as the first thing is checked, and the browser asks before the page is left', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/t-visa-declaration`);
      const box = page.getByRole('textbox', { name: /^About me/ });
      await box.click();
      const narrative = Array.from({ length: 20 }, (_, p) => `Page ${p + 1}. I was brought to a house where I cleaned and cooked from five in the morning until midnight.`.repeat(20)).join('\n\n');
      await page.keyboard.insertText(narrative); // a paste: one input event
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems? to fix/);
      expect(await box.inputValue()).toBe(narrative);
      const asked = new Promise<string>((resolve) => {
        page.once('dialog', (d) => (resolve(d.type()), answerDialog(d, 'dismiss')));
        setTimeout(() => resolve('no dialog in 20 s'), 20_000);
      });
      await page.getByRole('link', { name: 'Documents' }).click();
      expect(await asked).toBe('beforeunload');
      expect(new URL(page.url()).pathname).toBe('/forms/t-visa-declaration');
    } finally {
      await page.close({ runBeforeUnload: false });
    }
    web.noProblems();
  });

  it('an untouched new form, of every kind, is neither checked nor asks before it is left', async () => {
    const page = await web.newPage();
    let checks = 0;
    const asked: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('/check') && checks++));
    page.on('dialog', (d) => (asked.push(d.type()), answerDialog(d, 'accept')));
    try {
      for (const kind of KINDS.map((k) => k.id)) {
        await page.goto(`${web.base}/forms/${kind}`);
        await page.locator('form').first().waitFor();
        expect(await page.locator('#check-state').textContent()).toBe('Fill in the form; it is checked as you type.');
        await Promise.all([page.waitForURL(`${web.base}/`), page.getByRole('link', { name: 'Documents' }).click()]);
      }
      expect(asked).toEqual([]);
      expect(checks).toBe(0);
    } finally {
      await page.close({ runBeforeUnload: false });
    }
    web.noProblems();
  });
});

// Reloaded or left halfway (review, round r55): the page keeps the case in its memory alone and asks
// before it is lost (keyboard.test.ts, above). The browser kept it too: Chromium saves a text box's
// text to its autocomplete history on disk (a child's name offered again in other sites' forms) and
// every box's text in the page's session history, which session restore writes to the profile on
// disk, unless the box does not autocomplete. No box of any form does (form.tsx autoComplete).
describe('what the browser keeps of a case', () => {
  it('no box of any kind’s form, the example loaded, is one the browser may remember (autocomplete off)', async () => {
    for (const kind of KINDS.map((k) => k.id)) {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        // Each box's own autocomplete, or else its form's (the HTML rule the browser applies; the
        // element's autocomplete property says only its own attribute). The case as JSON under
        // "Advanced" too, though outside the form: it holds the whole case.
        const boxes = (await page.evaluate(() =>
          [...document.querySelectorAll('main input, main textarea, main select')]
            .filter((e: any) => !['radio', 'checkbox', 'file', 'hidden', 'button', 'submit'].includes(e.type))
            .map((e: any) => ({ id: String(e.id), autocomplete: String(e.getAttribute('autocomplete') ?? e.form?.getAttribute('autocomplete') ?? 'on'), value: String(e.value) })),
        )) as { id: string; autocomplete: string; value: string }[];
        expect(boxes.filter((b) => b.value !== '').length, `${kind}: boxes holding the example`).toBeGreaterThan(5);
        expect(boxes.filter((b) => b.autocomplete !== 'off').map((b) => b.id), `${kind}: boxes the browser may remember`).toEqual([]);
      });
    }
  }, LONG_TEST_MS);
});

// Last in the file: the clock it installs stays the browser context's for the tests after it.
describe('a form left open', () => {
  it('an hour later the deadline’s countdown has moved on by the hour, and the PDF downloads', async () => {
    const page = await web.newPage((p) => p.clock.install({ time: new Date('2026-03-08T11:59:30-07:00') }));
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await page.getByRole('button', { name: 'Start from the example' }).click();
      await page.clock.runFor(1_000); // the page's own timers (the check's 400 ms pause)
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await page.locator('#countdown').textContent()).toBe('8 h 00 min left');
      await page.clock.runFor(60 * 60_000);
      expect(await page.locator('#countdown').textContent()).toBe('7 h 00 min left');
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/^rfa-[0-9a-f]{16}\.pdf$/);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
