// A field that takes one of several forms draws only the boxes its chosen form takes (review, round
// r52: a memo factor's "Not applicable (with the reason)" drew an "Analysis" box beside the reason,
// and "The reason, written here" a "Why not applicable" box beside it, each of which the case then
// refused as "not both"). For every chooser of every kind (a form that holds a chooser of its own
// included), each form is chosen in turn and everything it draws is filled as a person would (each
// box typed into, each yes/no answered Yes, until nothing new is drawn): the service's check then
// finds nothing wrong at that field. The contract's `x-not-with` (src/kinds/kit/value-format.ts),
// drawn by section-required.tsx with schema.ts shownBesideItsSiblings. Debian's Chromium
// (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, checkAnswerFor, LONG_TEST_MS, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The choosers drawn now whose id starts with `under` (a field that takes one of several forms). */
const choosers = (page: Page, under: string): Promise<string[]> =>
  page.evaluate(
    (u) => [...document.querySelectorAll('main select[id$="__anyof_select"], main select[id$="__oneof_select"]')].map((s: any) => String(s.id)).filter((id: string) => id.startsWith(u)),
    under,
  ) as Promise<string[]>;

/** The value at a dot path of the case sent. */
const at = (body: any, path: string): unknown => path.split('.').reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), body);

/** Everything the chosen form of the field at `base` draws, filled: each empty box typed into, each yes/no unanswered answered Yes, until nothing new is drawn. */
async function fillChosenForm(page: Page, base: string, marker: string): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const boxes = page.locator(`main textarea[id^="${base}"]:visible, main input[type=text][id^="${base}"]:visible`);
    let filled = 0;
    for (let i = 0; i < (await boxes.count()); i++) {
      if ((await boxes.nth(i).inputValue()) !== '') continue;
      await boxes.nth(i).fill(marker);
      filled++;
    }
    const groups = (await page.evaluate(
      (b) => [...new Set([...document.querySelectorAll(`main input[type=radio][id^="${b}"]`)].filter((r: any) => r.getClientRects().length > 0).map((r: any) => String(r.name)))],
      base,
    )) as string[];
    for (const name of groups) {
      const group = page.locator(`main input[type=radio][name="${name}"]`);
      if ((await group.evaluateAll((rs) => rs.some((r: any) => r.checked))) === false) {
        // Its "Yes" (each radio is named by its label).
        await page.getByRole('radio', { name: 'Yes', exact: true }).and(group).check();
        filled++;
      }
    }
    if (filled === 0) return;
  }
}

/** The boxes of the field at `base` emptied, so the next form chosen starts from nothing typed. */
async function emptyBoxes(page: Page, base: string): Promise<void> {
  const boxes = page.locator(`main textarea[id^="${base}"]:visible, main input[type=text][id^="${base}"]:visible`);
  for (let i = 0; i < (await boxes.count()); i++) if ((await boxes.nth(i).inputValue()) !== '') await boxes.nth(i).fill('');
}

describe('a chosen form draws only what it takes', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(
      `${kind}: every chooser's every form, filled as drawn, is taken at its field`,
      async () => {
        await web.withPage(`/forms/${kind}`, async (page) => {
          await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
          const wrong: string[] = [];
          let n = 0;
          // One chooser's every form, and each chooser a form draws, walked in turn.
          // `field`: the path of the outermost chooser's field, where the check's issues are read.
          const walk = async (id: string, field: string, depth: number): Promise<void> => {
            const base = id.replace(/__(?:any|one)of_select$/, '');
            // The boxes of the whole field: an inner form's choice draws its siblings ("Why not applicable").
            const fieldBase = `root_${field.replace(/\./g, '_')}`;
            const options = await page.locator(`#${id}`).locator('option').allTextContents();
            for (let i = 0; i < options.length; i++) {
              await emptyBoxes(page, fieldBase);
              await page.locator(`#${id}`).selectOption(String(i));
              const inner = (await choosers(page, `${base}_`)).filter((c) => c !== id);
              if (inner.length > 0 && depth < 3) {
                for (const c of inner) await walk(c, field, depth + 1);
                continue;
              }
              const marker = `Written by the test (${++n}).`;
              const answered = checkAnswerFor(page, (body) => JSON.stringify(at(body, field) ?? null).includes(marker));
              await fillChosenForm(page, fieldBase, marker);
              const answer = (await answered) as { json(): Promise<any> };
              const body = await answer.json();
              const issues = [...(body.errors ?? []), ...(body.warnings ?? [])] as { path: string; message: string }[];
              for (const issue of issues.filter((x) => x.path === field || x.path.startsWith(`${field}.`)))
                wrong.push(`${id} “${options[i]}”: ${issue.path} ${issue.message}`);
              if (kind === 'best-interests-memo' && n <= 3) {
                await page.locator(`#${id}`).scrollIntoViewIfNeeded();
                await page.screenshot({ path: join(SHOTS, `chosen-forms-memo-${n}.png`) });
              }
            }
          };
          for (const id of await choosers(page, 'root_')) await walk(id, id.replace(/^root_|__(?:any|one)of_select$/g, '').replace(/_/g, '.'), 0);
          expect(wrong, 'a form chosen and filled as drawn, refused at its field').toEqual([]);
        });
      },
      LONG_TEST_MS,
    );
  }
});
