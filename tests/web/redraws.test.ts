// How many fields of a form one key typed draws again. The form library memoises each field on its
// props, the registry that holds formContext among them: the case put in formContext (for
// section-required.tsx) drew every field of the form at every key, 163 to 295 in the examples and
// 50-110 ms of the page's CPU a key on a loaded host, and nothing failed. A key now draws the fields
// on its path (docs/web-app.md, Forms), and this test fails if one draws more than a few.
//
// Counted as React DevTools counts, through the hook React calls at every commit when the page
// defines it (__REACT_DEVTOOLS_GLOBAL_HOOK__, installed before the page's script): a field is
// drawn in a commit when its wrapper element (the library's <div class="form-group rjsf-field …">) was given new
// props by its component drawing, or was made; a subtree React reused as it was is not walked.
// No code of the app's own, and the production build the person gets.
// Fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, SHOTS, SLOW, useBrowser } from './support/browser.js';
import { join } from 'node:path';

// The browser's globals, for the functions that run in the page (page.evaluate, the init script).
declare const window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Keys typed into the first multi-line box of each example. */
const TYPED = ' Seen again in May.';
/**
 * Fields drawn at one commit while keys are typed, at most: the box's own field and the sections
 * and lists on its path (3 a key, and 2 at the first, measured in each kind), with room. Every
 * field of the form, as the case in formContext drew, is 150 and more in every kind.
 */
const MOST_A_KEY = 12;

/**
 * Installs the DevTools hook: the fields drawn at each commit are pushed onto window.__fieldsDrawn.
 * A fiber's tag 5 is a host element; `alternate` is the fiber as it was before this commit.
 */
async function countFields(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: number[] = [];
    const isField = (f: any): boolean => f.tag === 5 && f.type === 'div' && typeof f.memoizedProps?.className === 'string' && /(^|\s)rjsf-field(\s|$)/.test(f.memoizedProps.className);
    const walk = (f: any): number => {
      const prev = f.alternate;
      let n = isField(f) && (prev === null || prev.memoizedProps !== f.memoizedProps) ? 1 : 0;
      if (prev !== null && prev.child === f.child) return n; // reused whole: nothing under it drawn
      for (let c = f.child; c; c = c.sibling) n += walk(c);
      return n;
    };
    window.__fieldsDrawn = drawn;
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer: unknown) {
        this.renderers.set(this.renderers.size + 1, renderer);
        return this.renderers.size;
      },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(_id: number, root: any) {
        drawn.push(walk(root.current));
      },
    };
  });
}

const fieldsDrawn = (page: Page): Promise<number[]> => page.evaluate(() => [...window.__fieldsDrawn]);

describe('a key typed draws again the fields on its path, not the form', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(`${kind}: typing into the example's first multi-line box`, async () => {
      const page = await web.newPage(countFields);
      try {
        await page.goto(`${web.base}/forms/${kind}`);
        await loadExample(page);
        const box = page.locator('main textarea:visible').first(); // not one of a group of fields not printed, closed
        const before = await box.inputValue();
        await box.focus();
        await page.keyboard.press('Control+End'); // the end of the text, not of its first line
        const start = (await fieldsDrawn(page)).length;
        expect(start, 'the hook saw the form drawn').toBeGreaterThan(0);
        expect((await fieldsDrawn(page)).reduce((a, b) => a + b, 0), 'the example drew its fields').toBeGreaterThan(50);
        // The checks' answers held until the keys are counted: an answer that changes what the
        // form says (a warning come or gone: the T-visa's declarant's relationship typed into is
        // not printed for an applicant) draws every field once, at that answer, not at each key.
        let release = (): void => undefined;
        const answers = new Promise<void>((r) => (release = r));
        await page.route(/\/check$/, async (route) => {
          await answers;
          await route.continue().catch(() => undefined); // the page may be closing
        });
        const checked = checkAnswerFor(page, (c) => JSON.stringify(c).includes(JSON.stringify(before + TYPED).slice(1, -1)));
        await page.keyboard.type(TYPED);
        expect(await box.inputValue()).toBe(before + TYPED);
        const perCommit = (await fieldsDrawn(page)).slice(start);
        release();
        await checked;
        const total = perCommit.reduce((a, b) => a + b, 0);
        await page.screenshot({ path: join(SHOTS, `redraws-${kind}.png`) });
        expect(Math.max(...perCommit), `fields drawn at one commit (${perCommit.join(' ')})`).toBeLessThanOrEqual(MOST_A_KEY);
        expect(total / TYPED.length, `fields drawn a key (${total} for ${TYPED.length} keys)`).toBeLessThanOrEqual(MOST_A_KEY / 2);

        // A check's answer that brings a warning to one field draws that field's list of issues
        // (field-state.ts), not the form: with the issues in formContext, every field was drawn
        // again (176 on the T-visa). The warning is added to the service's answer, at the box typed
        // into, so that each kind has one to change.
        await page.unroute(/\/check$/);
        const path = (await box.getAttribute('id'))!.replace(/^root_/, '').replace(/_/g, '.');
        await page.route(/\/check$/, async (route) => {
          const res = await route.fetch();
          const answer = await res.json();
          answer.warnings = [...(answer.warnings ?? []), { path, code: 'added-by-test', message: 'a warning the test adds to the answer' }];
          await route.fulfill({ response: res, json: answer }).catch(() => undefined); // the page may be closing
        });
        const from = (await fieldsDrawn(page)).length;
        await page.keyboard.type('.');
        const warned = page.locator(`ul.field-issues[data-path="${path}"] li.warning[data-code="added-by-test"]`);
        await expect.poll(() => warned.count(), SLOW).toBe(1);
        const atAnswer = (await fieldsDrawn(page)).slice(from);
        expect(Math.max(...atAnswer), `fields drawn at one commit after the warning came (${atAnswer.join(' ')})`).toBeLessThanOrEqual(MOST_A_KEY);
      } finally {
        await page.close();
      }
      web.noProblems();
    });
  }
});

describe('what the date boxes read of the case draws them, not the form', () => {
  it("rfa: the requester's time zone typed key by key", async () => {
    const page = await web.newPage(countFields);
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await loadExample(page);
      // Each key changes the case's zone, which the date-times' offsets follow: with the zone in
      // formContext, every field of the form was drawn again at every key (field-state.ts).
      const zone = page.locator('#root_requester_timeZone');
      await zone.fill('');
      const start = (await fieldsDrawn(page)).length;
      const checked = checkAnswerFor(page, (c) => /Denver$/.test(String(c?.requester?.timeZone)));
      await zone.pressSequentially('Denver');
      await checked;
      const perCommit = (await fieldsDrawn(page)).slice(start);
      expect(perCommit.length, 'the keys were drawn').toBeGreaterThan(0);
      expect(Math.max(...perCommit), `fields drawn at one commit (${perCommit.join(' ')})`).toBeLessThanOrEqual(MOST_A_KEY);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
