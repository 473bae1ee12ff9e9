// A screen reader's walk through a saved case, with the keyboard alone: open the draft, hear it loaded
// and checked, go from a warning to its field, change a field (an error made and told, then
// mended), and download the PDF, told what was downloaded. Round r59 walked it by hand with a
// script; it is now this test. At each step it reads what a screen reader reads: the focused
// control's role, name and description from Chromium's accessibility tree (the DevTools protocol),
// and every text the page's live regions are given, in order, so that each thing is told once and
// nothing else is (no flood). The worksheet's full example as the saved draft; fictional people only.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { childBound } from '../support/until.js';
import { allowIncompleteCase, LONG_TEST_MS, ROOT, SHOTS, SLOW, step, tabTo, textNow, useBrowser } from './support/browser.js';

declare const window: any, document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The page's live regions, by id: what a screen reader is told without moving. */
const REGIONS = ['status', 'status-spoken', 'status-short', 'check-announce', 'left-said', 'list-said'];

/** Records, from now on, each text the live regions are given, as `id: text`; the function returned reads the record. */
async function recordRegions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate((ids: string[]) => {
    const w = window as { __regions?: string[]; MutationObserver: any };
    const told: string[] = (w.__regions = []);
    // A region may be drawn later (the status's short form): the body is watched, and a change is
    // kept when it is inside one of the regions.
    new w.MutationObserver((records: any[]) => {
      for (const r of records) {
        const node = r.type === 'characterData' ? r.target.parentElement : r.target;
        const region = node?.closest?.(ids.map((i) => `#${i}`).join(','));
        if (!region || region.getAttribute('aria-live') === 'off') continue;
        const added = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
        for (const n of added) {
          const t = String(n.textContent).trim();
          if (t !== '' && !(n.nodeType === 1 && n.getAttribute('aria-hidden') === 'true')) told.push(`${region.id}: ${t}`);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, REGIONS);
  return () => page.evaluate(() => (window as { __regions?: string[] }).__regions ?? []);
}

/** The focused control as a screen reader says it: role, name and description (DevTools protocol). */
async function focusedSaid(page: Page): Promise<{ role: string; name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: ':focus' });
    if (!nodeId) return { role: '(nothing focused)', name: '', description: '' };
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const n = nodes[0] as { role?: { value?: unknown }; name?: { value?: unknown }; description?: { value?: unknown } } | undefined;
    return { role: String(n?.role?.value ?? ''), name: String(n?.name?.value ?? ''), description: String(n?.description?.value ?? '') };
  } finally {
    await cdp.detach();
  }
}

describe('a screen reader’s walk through a saved case: load, change, render', () => {
  it(
    'the worksheet’s saved draft: told it is loaded and checked, a warning read at its field, an error told as it is made and the verdict as it is mended, the PDF told in words',
    async () => {
      const draft = join(web.work, 'worksheet-draft.json');
      copyFileSync(join(ROOT, 'fixtures', 'restitution-worksheet', 'full.json'), draft);
      await web.withPage('/forms/restitution-worksheet', async (page) => {
        await page.locator('#root').waitFor();
        const told = await recordRegions(page);

        // Load: "Open draft…" reached with Tab, a file chosen.
        await tabTo(page, 'Open draft…');
        // The wait for the chooser is set up (Playwright then intercepts the browser's dialog) before Enter is pressed.
        const chooserShown = page.waitForEvent('filechooser');
        await page.evaluate(() => 0);
        await page.keyboard.press('Enter');
        const chooser = await chooserShown;
        await step('choosing the draft', chooser.setFiles(draft));
        await expect.poll(told, SLOW).toEqual(['status: The draft is loaded.', 'check-announce: The case is valid, with 5 warnings.']);

        // A warning's entry, its field and its item named as a person says them, and what is wrong.
        const entry = page.locator('#problems button.link[data-path="laborPeriods.1.exemption"]');
        await entry.focus();
        const onEntry = await focusedSaid(page);
        expect(onEntry.role).toBe('button');
        expect(onEntry.name).toBe("Warning: Labor period 2: Live-in domestic work in the defendants' home › FLSA exemption");
        expect(onEntry.description).toMatch(/^an overtime exemption \(29 U\.S\.C\. § 213\(b\)\(21\)\)/);
        await page.keyboard.press('Enter');
        const atField = await focusedSaid(page);
        expect(atField.role).toBe('combobox');
        expect(atField.name).toMatch(/^FLSA exemption/);
        expect(atField.description, 'the field’s warning read as the focus arrives').toMatch(/^Warning: FLSA exemption: an overtime exemption/);

        // Change: the preparer's name cleared and left, an error told once as it appears.
        await page.locator('#root_preparer_name').focus();
        expect((await focusedSaid(page)).name).toMatch(/^Name/);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.press('Tab');
        await expect.poll(told, SLOW).toEqual([
          'status: The draft is loaded.',
          'check-announce: The case is valid, with 5 warnings.',
          expect.stringMatching(/^(left-said: Error: Preparer › Name: is required.*|check-announce: 1 problem to fix\.)$/),
          expect.stringMatching(/^(left-said: Error: Preparer › Name: is required.*|check-announce: 1 problem to fix\.)$/),
        ]);
        // Back at it, its error is its description; typed again and left, the verdict mended.
        await page.keyboard.press('Shift+Tab');
        const back = await focusedSaid(page);
        expect(back.description).toMatch(/^Error: /);
        await page.keyboard.type('Priya Okonkwo-Vale');
        await page.keyboard.press('Tab');
        await expect.poll(async () => (await told()).slice(4), SLOW).toEqual(['check-announce: The case is valid, with 5 warnings.']);

        // Render: Download PDF pressed with Enter; told in words, and the PDF holds the change.
        await page.getByRole('button', { name: 'Download PDF' }).focus();
        const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
        const file = join(web.work, 'walk.pdf');
        await step('saving the PDF', pdf.saveAs(file));
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', ...childBound() }))?.[1]);
        // The file's name is shown, hidden from the tree (its code was spelled letter by letter); told in words.
        await expect.poll(async () => (await told()).slice(5), SLOW).toEqual(['status: Making the PDF…', `status-spoken: Downloaded: Restitution worksheet (18 U.S.C. § 1593), PDF, ${pages} pages.`]);
        expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', ...childBound() })).toContain('Priya Okonkwo-Vale');
        expect(await textNow(page.locator('#status'))).toMatch(/downloaded\.$/);
        await page.screenshot({ path: join(SHOTS, 'saved-case-walk.png') });
        // Nothing told twice, and nothing else told along the way.
        expect(await told()).toHaveLength(7);
      });
    },
    LONG_TEST_MS,
  );
});
