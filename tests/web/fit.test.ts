// The form pages as a person sees them once a whole case is on them (review: the restitution form,
// with its example loaded, showed the form library's raw "Unsupported field schema … Unknown field
// type undefined" box with the JSON of each field removed in version 2 of the contract, 21 of them,
// and its <pre> blocks made the page 2,163 px wide on a 1,200 px screen; on a phone every form
// scrolled sideways, 526–812 px on 390; and "Preview" put the PDF 31,000 px down the page with no
// sign that anything had happened; on a phone, a list item's fields were squeezed beside its
// buttons to 38 px, a word to a line). Debian's Chromium (started by tests/web/support/browser.ts),
// against the real HTTP app. Screenshots go to tests/output/web/ (not committed), to be looked at.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, LONG_TEST_MS, saveDraft, SHOTS, SLOW, useBrowser, attributeNow, textNow } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any, window: any;

/** A desktop screen and a phone's (CSS pixels). */
const SCREENS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** What sticks out past the right edge of the screen: the innermost such elements, named. */
async function overflow(page: Page): Promise<{ width: number; screen: number; culprits: string[] }> {
  return page.evaluate(() => {
    const screen = window.innerWidth;
    const over = [...document.querySelectorAll('body *')].filter((e: any) => e.getBoundingClientRect().right > screen + 1);
    const innermost = over.filter((e: any) => ![...e.children].some((c: any) => c.getBoundingClientRect().right > screen + 1));
    return {
      width: document.documentElement.scrollWidth,
      screen,
      culprits: innermost.slice(0, 5).map((e: any) => `${e.tagName}${e.id ? '#' + e.id : ''} ${String(e.textContent).slice(0, 60)}`),
    };
  });
}

/** The example's strings that hold a line break, by the form's element id (root_a_0_b). */
function linedTexts(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return value.includes('\n') ? [[['root', ...path].join('_'), value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => linedTexts(v, [...path, String(i)]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => linedTexts(v, [...path, k]));
  return [];
}

/** The kind's form with its example loaded and checked. */
async function exampleForm(kind: string, screen: (typeof SCREENS)[number]): Promise<Page> {
  const page = await web.newPage();
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.goto(`${web.base}/forms/${kind}`);
  await loadExample(page);
  return page;
}

describe('every form, with its example loaded', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    for (const screen of SCREENS) {
      it(`${kind} on a ${screen.name} (${screen.width} px): no raw schema box, prose and lines in multi-line boxes, nothing wider than the screen, no field squeezed`, async () => {
        const page = await exampleForm(kind, screen);
        try {
          // Fields removed from the contract are refused by the server; the form does not offer them.
          expect(await page.locator('.unsupported-field').count()).toBe(0);
          expect(await page.locator('main').textContent()).not.toMatch(/Unsupported field|Unknown field type|\(removed\)|no longer accepted/);
          // Prose is written in a multi-line box: no one-line input holds more than a line of it.
          const crammed = await page.evaluate(() =>
            [...document.querySelectorAll('main input:not([type]), main input[type=text]')].filter((e: any) => e.value.length > 120 || e.value.includes('\n')).map((e: any) => `${e.id} (${e.value.length} characters)`),
          );
          expect(crammed, 'one-line inputs holding prose').toEqual([]);
          // Every text of the example written in lines (an address, paragraphs) is in a multi-line
          // box that holds it exactly: a one-line input drops its line breaks.
          const example = (await (await fetch(`${web.base}/v1/documents/${kind}/example`)).json()) as unknown;
          for (const [id, text] of linedTexts(example)) {
            const box = page.locator(`#${id}`);
            expect(await box.evaluate((e: any) => e.tagName), id).toBe('TEXTAREA');
            expect(await box.inputValue(), id).toBe(text);
          }
          const o = await overflow(page);
          expect(o.width, `${o.width} px on a ${o.screen} px screen: ${o.culprits.join(' | ')}`).toBeLessThanOrEqual(o.screen);
          // No text box or help text squeezed beside something else: a list item's fields shrank
          // beside its buttons to 38 px on a phone, a word to a line.
          const squeezed = await page.evaluate(() =>
            [...document.querySelectorAll('main textarea, main input[type=text]:not(.offset), main input:not([type]), main .field-description')]
              .map((e: any) => [e.id || e.textContent.slice(0, 40), Math.round(e.getBoundingClientRect().width)] as const)
              .filter(([, w]) => w > 0 && w < 200),
          );
          expect(squeezed, 'text boxes and help narrower than 200 px').toEqual([]);
          // On a phone the summary and the checks stand above the form: the worksheet example's five
          // warnings, each whole, put its first field ~2,700 px down (1,358 px of warnings).
          if (screen.name === 'phone') {
            const first = await page.locator('#root').locator('input, select, textarea').first().evaluate((e: any) => e.getBoundingClientRect().top + window.scrollY);
            expect(first, 'the form’s first field within two screens').toBeLessThan(2 * screen.height);
          }
          await page.screenshot({ path: join(SHOTS, `fit-${kind}-${screen.name}.png`) });
          web.noProblems(`${kind} on a ${screen.name}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});

// The checks' warnings, on a phone, under one line that opens (web/src/form/problems.tsx): their
// count in it and in the verdict, each reached with the keyboard once opened, and told as a screen
// reader tells it (its accessibility tree, through the DevTools protocol).
describe('the checks’ warnings on a phone', () => {
  it('the worksheet example’s five: one line, read as collapsed with its count; Enter opens it and Tab reaches each; open on a wide screen', async () => {
    const page = await exampleForm('restitution-worksheet', SCREENS[1]);
    try {
      const list = page.locator('#problems details.warning-list');
      const warnings = list.locator('li.warning button');
      expect(await page.locator('#check-state').textContent()).toBe('The case is valid, with 5 warnings.');
      expect(await page.locator('#check-announce').textContent(), 'told in the live region').toBe('The case is valid, with 5 warnings.');
      expect(await list.count(), 'the warnings under one line that opens').toBe(1);
      expect(await list.getAttribute('open'), 'closed on a phone').toBeNull();
      expect(await warnings.first().isVisible()).toBe(false);
      const box = await page.locator('#problems').boundingBox();
      expect(box!.height, 'the checks box on a phone, closed').toBeLessThan(250);
      const told = async (): Promise<{ role: string; name: string; expanded: unknown }> => {
        const cdp = await page.context().newCDPSession(page);
        try {
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#problems details.warning-list > summary' });
          const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
          const n = nodes[0] as { role?: { value?: unknown }; name?: { value?: unknown }; properties?: { name: string; value: { value?: unknown } }[] };
          return { role: String(n.role?.value), name: String(n.name?.value), expanded: n.properties?.find((q) => q.name === 'expanded')?.value.value };
        } finally {
          await cdp.detach();
        }
      };
      expect(await told()).toEqual({ role: 'DisclosureTriangle', name: 'Warnings (5)', expanded: false });
      await page.screenshot({ path: join(SHOTS, 'fit-warnings-phone-closed.png') });
      // By keyboard: Tab from the verdict's section to the line, Enter, then Tab to each warning.
      await page.locator('#problems').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName), 'Tab from the checks reaches the line').toBe('SUMMARY');
      await page.keyboard.press('Enter');
      expect(await told()).toEqual({ role: 'DisclosureTriangle', name: 'Warnings (5)', expanded: true });
      const names = await warnings.allTextContents();
      expect(names).toHaveLength(5);
      for (const name of names) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent), 'the next Tab stop').toBe(name);
      }
      // Enter on a warning takes the focus to its field.
      const path = await page.evaluate(() => document.activeElement?.getAttribute('data-path'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), SLOW).toBe(`root_${String(path).replaceAll('.', '_')}`);
      await list.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'fit-warnings-phone-open.png') });
    } finally {
      await page.close();
    }
    const wide = await exampleForm('restitution-worksheet', SCREENS[0]);
    try {
      expect(await wide.locator('#problems details.warning-list').getAttribute('open'), 'open beside the form').toBe('');
      expect(await wide.locator('#problems li.warning button').first().isVisible()).toBe(true);
    } finally {
      await wide.close();
    }
    web.noProblems();
  });
});

describe('a narrative typed into the form', () => {
  it('keeps its paragraph break: Enter in "About me" starts a new paragraph of the statement', async () => {
    const page = await exampleForm('t-visa-declaration', SCREENS[0]);
    try {
      const box = page.getByRole('textbox', { name: /^About me/ });
      expect(await box.evaluate((e: any) => e.tagName)).toBe('TEXTAREA');
      await box.fill('');
      await box.pressSequentially('I grew up in a village by the river.');
      await box.press('Enter');
      await box.press('Enter');
      // The check of the statement as typed: the example's verdict, from before the change, was
      // "valid" too, and a poll of the verdict alone passed on it.
      const checked = checkAnswerFor(page, (c) => c.background === 'I grew up in a village by the river.\n\nMy grandmother raised me.');
      await box.pressSequentially('My grandmother raised me.');
      await checked;
      await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
      expect((await saveDraft(web, page, 'fit-draft.json')).data.background).toBe('I grew up in a village by the river.\n\nMy grandmother raised me.');
    } finally {
      await page.close();
    }
  });
});

describe('Preview', () => {
  it('brings the preview into view and moves the focus to it, however long the form', async () => {
    // The restitution worksheet's example: the longest form, the preview ~30 screens down.
    const page = await exampleForm('restitution-worksheet', SCREENS[0]);
    try {
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect.poll(() => attributeNow(page.locator('iframe#preview'), 'src'), SLOW).toMatch(/^blob:/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), SLOW).toBe('preview-title');
      const box = await page.locator('#preview-title').boundingBox();
      expect(box, 'the heading is laid out').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(SCREENS[0].height);
      await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe('The preview is below the form.');
      await page.screenshot({ path: join(SHOTS, 'fit-preview.png') });
    } finally {
      await page.close();
    }
  }, LONG_TEST_MS);
});

// The status line stood under the buttons at the top of the page: a person far down the form who
// pressed the stuck Download saw neither "Making the PDF…" nor whether it was made.
describe('a download from far down the form', () => {
  for (const screen of SCREENS) {
    it(`on ${screen.name}: the stuck button downloads and the status line says so on the screen`, async () => {
      const page = await exampleForm('rfa', screen);
      try {
        await page.locator('#root_child_familyName').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, window.innerHeight * 3));
        const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
        // The status is set as the file is handed over; read as soon as it is there (on a loaded machine it came a moment after the download's event).
        await expect.poll(() => textNow(page.locator('#status')), SLOW).toBe(`${pdf.suggestedFilename()} downloaded.`);
        const box = await page.locator('#status').boundingBox();
        expect(box, 'the status line is laid out').not.toBeNull();
        expect(box!.y, 'below the top of the screen').toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, 'above the bottom of the screen').toBeLessThanOrEqual(screen.height);
        // In the bar that sticks to the top of the screen, which is opaque: the form scrolls under it.
        const bar = await page.locator('#status').evaluate((e: any) => {
          let el = e;
          while (el && window.getComputedStyle(el).position !== 'sticky') el = el.parentElement;
          return el ? window.getComputedStyle(el).backgroundColor : '(no sticky bar)';
        });
        expect(bar).toBe('rgb(255, 255, 255)');
        // Beside the form on a wide screen, the summary sticks below the bar, not under it.
        if (screen.name === 'desktop') {
          const stuckBar = await page.locator('.toolbars').boundingBox();
          const summary = await page.locator('aside.summary').boundingBox();
          expect(summary!.y, 'the summary below the bar').toBeGreaterThanOrEqual(stuckBar!.y + stuckBar!.height);
        }
        await page.screenshot({ path: join(SHOTS, `fit-download-${screen.name}.png`) });
      } finally {
        await page.close();
      }
      web.noProblems();
    });
  }
});

describe('the other pages on a phone', () => {
  for (const path of ['/', '/batch', '/forms/rfa']) {
    it(`${path}: nothing wider than the screen, no link of the site's broken across lines`, async () => {
      const page = await web.newPage();
      await page.setViewportSize({ width: SCREENS[1].width, height: SCREENS[1].height });
      try {
        await page.goto(web.base + path);
        await expect.poll(() => page.locator('main h1').count(), SLOW).toBeGreaterThan(0);
        const o = await overflow(page);
        expect(o.width, `${o.width} px: ${o.culprits.join(' | ')}`).toBeLessThanOrEqual(o.screen);
        // Each of the site's links on one line ("API docs" was broken after "API").
        const broken = await page.evaluate(() => [...document.querySelectorAll('header.site a')].filter((a: any) => a.getClientRects().length > 1).map((a: any) => a.textContent));
        expect(broken, 'links broken across lines').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
