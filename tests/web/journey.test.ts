// A caseworker's session on the form page when the service goes away under it (review in Debian's
// Chromium, tests/web/support/browser.ts): the service is really stopped, not a route made to fail,
// and started again on the same port. The failed check took the summary with it, and with the RFA's
// summary the 24-hour deadline countdown, the one thing the caseworker must not lose sight of.
// A name in Syriac script: the check says the case is valid (it is), and the PDF is refused for it
// (the PDF renderer lays out Hebrew and Arabic-script text, not Syriac; a DOCX does): the refusal turned the page's
// verdict into "1 problem to fix" and took the summary away, over a case whose DOCX could be made.
// Fictional people only.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, fillAndCheck, loadExample, recordTold, saveDraft, SHOTS, SLOW, step, useBrowser, textNow, valueNow } from './support/browser.js';
import { childBound } from '../support/until.js';

/** A refused connection is what the stop looks like to the page (Chromium logs it as an error). */
const web = useBrowser({ app: () => createApp({}), allowed: (text, url) => allowIncompleteCase(text, url) || /ERR_CONNECTION_REFUSED/.test(text) });

/** The service on a loopback port of its own, which the test stops and starts again. */
async function service(port = 0): Promise<Server> {
  const server = createServer(createApp({})).listen(port, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return server;
}
async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

describe('the service stops mid-session', () => {
  it('the summary keeps the deadline, marked not up to date; the check and Preview say what failed; the draft still saves; Check again brings it back', async () => {
    let server = await service();
    const port = (server.address() as AddressInfo).port;
    try {
      await web.withPage(`http://127.0.0.1:${port}/forms/rfa`, async (page) => {
        await loadExample(page);
        const countdown = await page.locator('#countdown').textContent();
        expect(countdown).toMatch(/^(overdue by )?\d+ (h \d\d min|days \d+ h)( left)?$/);
        expect(await page.locator('#summary-stale').count()).toBe(0);

        await stop(server);
        await page.locator('#root_requester_name').fill('Dana Whitfield-Moreno');
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The check failed: the connection to the server failed/);
        // The deadline is still on the screen, said to be from the check before the change.
        expect(await page.locator('#countdown').textContent()).toMatch(/^(overdue by )?\d+ (h \d\d min|days \d+ h)( left)?$/);
        expect(await page.locator('#due-eastern').textContent()).toMatch(/ Eastern (?:Standard|Daylight) Time$/);
        expect(await page.locator('#summary-stale').textContent()).toBe('Not up to date: the last check failed, so these are the values of the check before your latest changes.');
        await page.screenshot({ path: join(SHOTS, 'journey-stopped.png') });

        await page.getByRole('button', { name: 'Preview' }).click();
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^The PDF was not made: .*your case is still on this page\. Try again\.$/);
        // Saving the draft needs no service: the case, with the change, is saved.
        expect((await saveDraft(web, page, 'journey-draft.json')).data.requester.name).toBe('Dana Whitfield-Moreno');

        server = await service(port);
        await page.getByRole('button', { name: 'Check again' }).click();
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
        expect(await page.locator('#summary-stale').count()).toBe(0);
        expect(await page.locator('#countdown').textContent()).toMatch(/^(overdue by )?\d+ (h \d\d min|days \d+ h)( left)?$/);
      });
    } finally {
      if (server.listening) await stop(server);
    }
  });
});

describe('a name in a right-to-left script', () => {
  it('the case stays valid with its summary; the PDF says which field it cannot print and that the DOCX can be made; the DOCX is', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      await fillAndCheck(page, '#root_applicant_familyName', 'ܡܪܝܡ');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      const verdict = String(await page.locator('#check-state').textContent());

      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(
        'The PDF could not be made: 1 field has text a PDF cannot print (listed under Checks). The DOCX can be made: use Download DOCX, or change that field.',
      );
      expect(await page.locator('#check-state').textContent()).toBe(`${verdict.replace(/\.$/, '')}, but its PDF cannot be made: 1 field has text a PDF cannot print. Its DOCX can be made.`);
      expect(await page.locator('#minor-exemption').textContent()).toMatch(/^Yes/);
      expect(await page.locator('ul.field-issues[data-path="applicant.familyName"]').textContent()).toMatch(/^Error: Family name: in a PDF: contains right-to-left text/);
      expect(await page.locator('#root_applicant_familyName').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.problem-list').textContent()).toMatch(/^Error in a PDF: .*Family name/);
      await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.id), SLOW).toBe('problems');
      await page.screenshot({ path: join(SHOTS, 'journey-rtl.png') });

      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download DOCX' }).click()]);
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      // Changing the field clears what the PDF said of it.
      await page.locator('#root_applicant_familyName').fill('Haddad');
      await expect.poll(() => page.locator('ul.field-issues[data-path="applicant.familyName"]').count(), SLOW).toBe(0);
      expect(await page.locator('#root_applicant_familyName').getAttribute('aria-invalid')).toBeNull();
    });
  });
});

// A name typed in Arabic or Hebrew, key by key: its box was laid out left to right as for English
// (the name set against the left edge, a name ending in Latin letters or digits shown out of
// order). Both formats print these scripts, so the box says nothing more.
describe('right-to-left text as it is typed', () => {
  /** Whether the box reads right to left (dir="auto" resolved from its text). */
  const direction = (page: Page, id: string) =>
    page.evaluate((i) => ({ rtl: (globalThis as any).document.getElementById(i).matches(':dir(rtl)') }), id);

  it('a name box and a narrative box read right to left; an English one does not', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      const family = page.locator('#root_applicant_familyName');
      await family.fill('');
      await family.pressSequentially('العلي');
      await expect.poll(() => direction(page, 'root_applicant_familyName'), SLOW).toEqual({ rtl: true });
      // Its neighbour, in Latin letters, stays left to right.
      expect(await direction(page, 'root_applicant_givenName')).toEqual({ rtl: false });
      await family.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'journey-rtl-typed.png') });
      // A multi-line box in Hebrew, the same.
      const box = page.locator('textarea:visible').first(); // not one of the role's fields not printed, collapsed
      const id = await box.getAttribute('id');
      await box.fill('');
      await box.pressSequentially('שלום, שמי דנה.');
      await expect.poll(() => direction(page, id!), SLOW).toEqual({ rtl: true });
      // Given in Latin letters again, the box reads left to right.
      await family.fill('Haddad');
      await expect.poll(() => direction(page, 'root_applicant_familyName'), SLOW).toEqual({ rtl: false });
    });
  });
});

// Every kind, with text its PDF cannot print in a field of its own (a right-to-left script, a
// script no embedded font has, an emoji): the check finds the case valid, as it is, and the page
// said only that ("The case is valid, with 4 warnings.") above "Error in a PDF: …". The verdict now
// says the PDF cannot be made and the DOCX can, in every kind.
describe('text a PDF cannot print, in every kind', () => {
  const cases: [kind: string, field: string, text: string][] = [
    ['rfa', '#root_child_familyName', 'ܡܪܝܡ'],
    ['t-visa-declaration', '#root_applicant_givenName', 'Ἀλέξανδρος 😀'],
    ['restitution-worksheet', '#root_victim_payee_name', 'Teodora 😀 Vasquez'],
    ['best-interests-memo', '#root_child_familyName', 'কুমার'],
  ];
  for (const [kind, field, text] of cases) {
    it(`${kind}: the verdict says the case is valid, its PDF cannot be made and its DOCX can`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await loadExample(page);
        await fillAndCheck(page, field, text);
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
        await page.getByRole('button', { name: 'Download PDF' }).click();
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toMatch(/^The PDF could not be made: 1 field has text a PDF cannot print \(listed under Checks\)\. The DOCX can be made: use Download DOCX, or change that field\.$/);
        expect(await page.locator('#check-state').textContent()).toMatch(/^The case is valid(, with \d+ warnings?)?, but its PDF cannot be made: 1 field has text a PDF cannot print\. Its DOCX can be made\.$/);
        expect(await page.locator('.problem-list li.error').count()).toBe(1);
        await expect.poll(() => page.evaluate(() => (globalThis as any).document.activeElement?.id), SLOW).toBe('problems');
        const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download DOCX' }).click()]);
        expect(docx.suggestedFilename()).toMatch(new RegExp(`^${kind}-[0-9a-f]{16}\\.docx$`));
      });
    });
  }
});

// A preview stays below the form as the person goes on typing: it said nothing of showing an
// older case than the form's, and a caseworker checking a name in it read the old one.
describe('a preview older than the case', () => {
  it('says so once the case changes, and no longer once it is made again', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => page.locator('#preview').count(), SLOW).toBe(1);
      expect(await page.locator('#preview-stale').count()).toBe(0);
      await page.locator('#root_applicant_familyName').fill('Haddad');
      await expect.poll(() => textNow(page.locator('#preview-stale')), SLOW).toBe(
        'This preview is of the case before your latest changes: press Preview again to see them.',
      );
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => page.locator('#preview-stale').count(), SLOW).toBe(0);
      expect(await page.locator('#preview').count()).toBe(1);
    });
  });
});

// Text pasted from a web page or an e-mail brings invisible characters with it: a zero-width space
// inside a long word or a link, a byte-order mark where two texts were joined. The service refuses
// them (src/invisible.ts), rightly, and the caseworker saw an error at a name that looked right,
// with nothing to delete. A paste now has the ones that change nothing the text shows taken out
// (DROPPED_ON_PASTE), the box saying so in a polite status; a bidirectional control, which sets the
// order the letters were shown in, is pasted as it is and refused at its field with its message.
// A real paste: the text put on the browser's clipboard, then Ctrl+V in the box.
/** Puts `text` on the clipboard and pastes it into the box with the focus, as Ctrl+V does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (globalThis as any).navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}
/** `steps` with the page's origin allowed the clipboard (a real paste), taken back after them whatever they did. */
async function withClipboard(steps: () => Promise<void>): Promise<void> {
  await web.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.base });
  try {
    await steps();
  } finally {
    await web.context.clearPermissions();
  }
}

describe('invisible characters pasted from an e-mail', () => {
  it('a name and a narrative: the invisibles that print as nothing taken out and said so next to the box; a bidi control kept and refused', async () => {
    await withClipboard(() =>
      web.withPage('/forms/t-visa-declaration', async (page) => {
        await loadExample(page);

        // A name pasted with a zero-width space inside it and a byte-order mark at its end.
        const family = page.locator('#root_applicant_familyName');
        await family.fill('');
        await family.focus();
        const named = checkAnswerFor(page, (c) => c.applicant?.familyName === 'Haddad-Nasser');
        await paste(page, 'Haddad-\u200BNasser\uFEFF');
        expect(await family.inputValue()).toBe('Haddad-Nasser');
        const note = page.locator('#root_applicant_familyName__help');
        expect(await note.getAttribute('role')).toBe('status');
        expect(await note.textContent()).toBe(
          'Taken out of the text you pasted: 2 invisible characters (zero-width space U+200B, zero-width no-break space U+FEFF), which print as nothing and which the filing would refuse. What you see is what was kept.',
        );
        // The note is part of what a screen reader reads with the box.
        expect((await family.getAttribute('aria-describedby'))?.split(' ')).toContain('root_applicant_familyName__help');
        await named;
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
        expect(await page.locator('ul.field-issues[data-path="applicant.familyName"]').count()).toBe(0);
        await note.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'journey-paste-name.png') });

        // A narrative's paragraph pasted at its end with a zero-width space and a word joiner in
        // it, and a right-to-left override, which is not taken out: the field is refused for it.
        const box = page.locator('textarea:visible').first(); // not one of the role's fields not printed, collapsed
        const id = (await box.getAttribute('id'))!;
        const path = id.replace(/^root_/, '').replace(/_/g, '.');
        const before = await box.inputValue();
        await box.focus();
        await page.keyboard.press('ControlOrMeta+End');
        const pasted = checkAnswerFor(page, (c) => JSON.stringify(c).includes('\u202E'));
        await paste(page, '\n\nWe walked\u200B for two days.\u2060 \u202Eyad driht\u202C');
        expect(await box.inputValue()).toBe(`${before}\n\nWe walked for two days. \u202Eyad driht\u202C`);
        expect(await page.locator(`#${id}__help`).textContent()).toBe(
          'Taken out of the text you pasted: 2 invisible characters (zero-width space U+200B, word joiner U+2060), which print as nothing and which the filing would refuse. What you see is what was kept.',
        );
        await pasted;
        await expect.poll(() => textNow(page.locator(`ul.field-issues[data-path="${path}"] li.error`).first()), SLOW).toMatch(/contains U\+202E \(right-to-left override\)/);
        expect(await box.getAttribute('aria-invalid')).toBe('true');
        await box.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, 'journey-paste-narrative.png') });

        // A paste with nothing to take out is the browser's own, and the note is emptied.
        await family.focus();
        await page.keyboard.press('ControlOrMeta+A');
        await paste(page, 'Haddad');
        expect(await family.inputValue()).toBe('Haddad');
        expect(await note.textContent()).toBe('');
      }),
    );
  });
});

// The same cleaning for every way text comes into the form (web/src/form/paste.tsx, one listener of
// the browser's beforeinput): a box's own paste handler missed text dropped into it (dragged from a
// mail), and the boxes that had none (the date-time's UTC offset, the case as JSON under
// "Advanced") took a paste's invisibles whole, for the service to refuse. Each paste or drop says
// its note anew: the same note set again changed nothing in the page, and a screen reader heard
// the second of two identical pastes say nothing.
describe('every way text comes into the form, cleaned once and said each time', () => {
  /** Drops `text` onto the middle of the box at `selector`, as a text dragged from a mail program is (a real drag from outside the page, through the DevTools protocol). */
  /**
   * Drop `text` onto the box at `selector` and wait until the box holds what was kept. The drop
   * lands at a point of the screen: the box is measured once the check of the case before the drop
   * has answered (`settled`), since its answer adds or takes away issue lists above the box and
   * moved it under a drop aimed at where it had been (a CI run under load: the box stayed empty).
   */
  async function drop(page: Page, selector: string, text: string, settled: Promise<unknown>, kept: string): Promise<void> {
    await step(`the check before the drop onto ${selector}`, settled);
    await expect.poll(() => textNow(page.locator('#check-state')), SLOW).not.toMatch(/Checking/);
    await page.locator(selector).scrollIntoViewIfNeeded();
    const box = await page.locator(selector).boundingBox();
    if (!box) throw new Error(`${selector}: not on the screen to drop onto`);
    const cdp = await page.context().newCDPSession(page);
    try {
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, data: { items: [{ mimeType: 'text/plain', data: text }], dragOperationsMask: 1 } };
      for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at });
    } finally {
      await cdp.detach();
    }
    await expect.poll(() => valueNow(page.locator(selector)), SLOW).toBe(kept);
  }
  /** The text of the note the box at `selector` names among its descriptions (the one with role status). */
  const noteOf = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el: any) => {
      const ids = String(el.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const notes = ids.map((i) => el.ownerDocument.getElementById(i)).filter((n: any) => n?.getAttribute('role') === 'status');
      return notes.length === 1 ? String(notes[0].textContent) : `${notes.length} notes`;
    });
  const ZWSP_NOTE = (how: string) =>
    `Taken out of the text you ${how}: an invisible character (zero-width space U+200B), which prints as nothing and which the filing would refuse. What you see is what was kept.`;

  it('text dropped into a name and a narrative has its invisibles taken out, the box saying so', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      const family = '#root_applicant_familyName';
      const emptied = checkAnswerFor(page, (c) => c.applicant !== undefined && !c.applicant.familyName);
      await page.locator(family).fill('');
      const named = checkAnswerFor(page, (c) => c.applicant?.familyName === 'Haddad-Nasser');
      await drop(page, family, 'Haddad-\u200BNasser', emptied, 'Haddad-Nasser');
      expect(await noteOf(page, family)).toBe(ZWSP_NOTE('dropped here'));
      await named;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);

      const box = page.locator('textarea:visible').first();
      const id = (await box.getAttribute('id'))!;
      const before = await box.inputValue();
      // The check of the case without the box's text (none when the box was empty: nothing changes).
      const emptiedBox = before === '' ? Promise.resolve() : checkAnswerFor(page, (c) => !JSON.stringify(c).includes(JSON.stringify(before)));
      await box.fill('');
      await drop(page, `#${id}`, '\uFEFFWe walked\u200B for two days.', emptiedBox, 'We walked for two days.');
      expect(await noteOf(page, `#${id}`)).toBe(
        'Taken out of the text you dropped here: 2 invisible characters (zero-width no-break space U+FEFF, zero-width space U+200B), which print as nothing and which the filing would refuse. What you see is what was kept.',
      );
      await box.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'journey-drop-narrative.png') });
    });
  });

  it('a paste into every kind of box of every form (the UTC offset and the case as JSON among them) is cleaned and said at the box', async () => {
    await withClipboard(async () => {
      const seen = new Set<string>();
      for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
        await web.withPage(`/forms/${kind}`, async (page) => {
          await loadExample(page);
          await page.getByText('Advanced: the case as JSON').click();
          // One box of each shape the form draws (its element, type, class and list of suggestions):
          // every widget that takes text, not every field of a widget already tried.
          const boxes = (await page.locator('input:visible, textarea:visible').evaluateAll((els: any[]) =>
            els
              .filter((e) => e.tagName === 'TEXTAREA' || ['text', 'search', 'url', 'email', 'tel'].includes(e.type))
              .map((e) => ({ id: String(e.id), shape: `${e.tagName}.${e.type}.${e.className}.${e.getAttribute('list') ?? ''}` })),
          )) as { id: string; shape: string }[];
          for (const { id, shape } of boxes) {
            if (seen.has(shape)) continue;
            seen.add(shape);
            const sel = `[id="${id}"]`;
            await page.locator(sel).focus();
            await page.keyboard.press('ControlOrMeta+A');
            await paste(page, 'Ximena\u200B Lopez');
            expect(await page.locator(sel).inputValue(), `${kind} ${id}`).toBe('Ximena Lopez');
            expect(await noteOf(page, sel), `${kind} ${id}`).toBe(ZWSP_NOTE('pasted'));
            if (id === 'advanced-json' || /__offset$/.test(id)) {
              await page.locator(sel).scrollIntoViewIfNeeded();
              await page.screenshot({ path: join(SHOTS, `journey-paste-${id === 'advanced-json' ? 'json' : 'offset'}.png`) });
            }
          }
        });
      }
      // The boxes the note was missing from are among those tried.
      expect([...seen].some((s) => s.startsWith('INPUT.text.offset.'))).toBe(true);
      expect([...seen].some((s) => s.startsWith('TEXTAREA.textarea..'))).toBe(true);
    });
  });

  it('two identical pastes are each said: the note comes again as new text', async () => {
    await withClipboard(() =>
      web.withPage('/forms/t-visa-declaration', async (page) => {
        await loadExample(page);
        const family = page.locator('#root_applicant_familyName');
        const told = await recordTold(page, 'root_applicant_familyName__help');
        for (let n = 0; n < 2; n++) {
          await family.focus();
          await page.keyboard.press('ControlOrMeta+A');
          await paste(page, 'Haddad\u200B');
          expect(await family.inputValue()).toBe('Haddad');
        }
        expect(await told()).toEqual([ZWSP_NOTE('pasted'), ZWSP_NOTE('pasted')]);
      }),
    );
  });
});

// An applicant whose name is written only in another script (林秀英): Form I-914 is completed in
// English, so the declaration prints the name as on the form first, with the name in its own
// script in parentheses (applicant.nameOnForm; docs/domain/t-visa-declaration-form.md, "Names").
// On the page: the warning at "Name as on Form I-914" while only the name in its own script is
// given, the form's name required in full once begun and refused in another script, and the
// document (the bytes Preview shows) printing "LIN Xiuying (林秀英)".
describe('a T-visa applicant’s name in its own script and as on Form I-914', () => {
  it('warned at the field until the form’s name is given, refused in another script, printed first in the PDF and kept in the draft', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      const issuesAt = (path: string, kind: 'error' | 'warning') => page.locator(`ul.field-issues[data-path="${path}"] li.${kind}`);

      await fillAndCheck(page, '#root_applicant_givenName', '秀英');
      await fillAndCheck(page, '#root_applicant_familyName', '林');
      await expect.poll(() => textNow(issuesAt('applicant.nameOnForm', 'warning')), SLOW).toMatch(/^Warning: Name as on Form I-914: .*no Latin letters/);
      expect(await page.locator('#check-state').textContent()).toMatch(/^The case is valid, with \d+ warnings?/);
      expect(await page.locator('#minor-exemption').textContent()).toMatch(/^Yes/); // the summary stays

      // Begun with the family name: the given name is then required, and the warning is gone.
      await fillAndCheck(page, '#root_applicant_nameOnForm_familyName', 'Lin');
      await expect.poll(() => issuesAt('applicant.nameOnForm.givenName', 'error').count(), SLOW).toBe(1);
      expect(await issuesAt('applicant.nameOnForm', 'warning').count()).toBe(0);
      // In its own script, the form's name is refused at its field.
      await fillAndCheck(page, '#root_applicant_nameOnForm_givenName', '秀英');
      await expect.poll(() => textNow(issuesAt('applicant.nameOnForm.givenName', 'error')), SLOW).toMatch(/^Error: Given name on Form I-914: .*Latin letters/);
      await fillAndCheck(page, '#root_applicant_nameOnForm_givenName', 'Xiuying');
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect(await issuesAt('applicant.nameOnForm.givenName', 'error').count()).toBe(0);
      await page.locator('#root_applicant_nameOnForm_givenName').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'journey-name-on-form.png') });

      // The document names the applicant as on the form first (the family name in capitals: the
      // name is written family name first), its own script in parentheses.
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
      const file = join(web.work, 'name-on-form.pdf');
      await step('saving the PDF', pdf.saveAs(file));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', ...childBound() }).replace(/\s+/g, ' ');
      expect(text).toContain('My name is LIN Xiuying (林秀英).');
      expect((await saveDraft(web, page, 'name-on-form.json')).data.applicant).toMatchObject({ givenName: '秀英', familyName: '林', nameOnForm: { familyName: 'Lin', givenName: 'Xiuying' } });
    });
  });
});
