// A choice and a yes/no as a screen reader and a caseworker read them on the page (review, round
// r54): a memo factor's yes/no drawn as one form of "Not applicable" was a radio group named by its
// form ("Yes or no, with the reason below"), not its question (templates.tsx questionOf); a choice's
// own codes that are their own words stayed bare among the quoted ones ("“Requested, no decision
// yet”, granted or denied"), a code's aside said its words twice ("“Requested, not yet decided” (not
// yet decided)"), and a quoted "other" took the first words the kind gives it ("Other decision"),
// not its field's (plain.ts choicesByKey, choiceWordsAt). Fictional people only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, describedBy, ROOT, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** A person opens a kind's fixture as a draft file with "Open draft…". */
async function openFixture(page: Page, kind: string, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: readFileSync(join(ROOT, 'fixtures', kind, name)) });
}

describe('a yes/no drawn as one form of a choice of forms', () => {
  it('a memo factor’s “Not applicable” answered Yes or No: the radio group is named by the question, not the form', async () => {
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await page.getByRole('combobox', { name: 'Safety and Well-being: which form of answer' }).selectOption({ label: 'Not applicable (with the reason)' });
      const chooser = page.getByRole('combobox', { name: 'Not applicable: which form of answer' });
      await expect.poll(() => chooser.count(), SLOW).toBe(1);
      expect(await chooser.locator('option:checked').textContent()).toBe('Yes or no, with the reason below');
      const safety = page.locator('#root_factors_safety');
      const groups = await safety.getByRole('radiogroup').evaluateAll((gs: any[]) => gs.map((g) => String(g.getAttribute('aria-label'))));
      expect(groups).toEqual(['Not applicable']);
      await safety.getByRole('radiogroup', { name: 'Not applicable', exact: true }).getByRole('radio', { name: 'Yes' }).check();
      // Its form is said once, by the chooser: no label of the form beside the group.
      expect(await safety.locator('label.control-label', { hasText: 'Yes or no, with the reason below' }).count()).toBe(0);
    });
  });
});

describe('a choice’s codes in a help and a message, as the list offers them', () => {
  it('every code of a choice quoted in its words, none glossed twice, and “other” in its own field’s words', async () => {
    await web.withPage('/forms/rfa', async (page) => {
      const cp = page.locator('#root_lawEnforcement_continuedPresence');
      await cp.waitFor();
      expect(await describedBy(cp)).toBe('“Not requested”, “Requested, no decision yet”, “Granted” or “Denied”.');
      expect(await describedBy(page.locator('#root_location_custody'))).toBe(
        '“ORR shelter”, “ORR foster care”, “Released to a sponsor”, “State child welfare custody”, “DHS custody (CBP or ICE)” or “Other”.',
      );
      expect(await describedBy(page.locator('#root_child_sex'))).toBe('“Female”, “Male” or “Other”.');
    });
    await web.withPage('/forms/best-interests-memo', async (page) => {
      await openFixture(page, 'best-interests-memo', 'pending-relief.json');
      const relief = page.locator('#root_pendingRelief_0_type');
      await expect.poll(() => relief.count(), SLOW).toBe(1);
      const help = await describedBy(relief);
      expect(help).toContain('“U visa (Form I-918)” or “Other” (then say which in “Where it stands”).');
      expect(help).not.toContain('(SIJ), ');
    });
    await web.withPage('/forms/best-interests-memo', async (page) => {
      // "Who decides" set to "Other" and no name: the kind says "other" in four ways ("Other
      // decision" is the decision's); the message is about who decides.
      await openFixture(page, 'best-interests-memo', 'invalid-other-not-described.json');
      const issue = page.locator('.field-issues[data-path="decisionMaker.name"] li');
      await expect.poll(() => textNow(issue), SLOW).toMatch(/the choice is “Other”, and/);
    });
  });
});

// Review, round r56: the memo's "No family name: why" said "not yet known (the child gave a first name
// only) or none (one name only …)" above a menu offering "Not yet known (only a first name is known)"
// and "None: one name only": a caseworker looked for words the menu does not hold. The help quotes the
// menu's words, from the one table the menu is drawn from (schema-people.ts, kit one-name.ts). Review,
// round r57: the T-visa applicant's "No family name" had not been compared with its menu. Its menu
// is drawn from the same table (people.ts), and its help, whose contract text names the stored
// "none", is worded in the menu's words on the page (plain.ts codesInWords): read here as the memo's.
describe('a choice’s help in the words of its menu', () => {
  const cases = [
    { kind: 'best-interests-memo', label: 'No family name: why', section: '#root_child', choices: 2 },
    { kind: 't-visa-declaration', label: 'No family name', section: '#root_applicant', choices: 1 },
  ];
  for (const c of cases) {
    it(`${c.kind}: “${c.label}”: each choice of the menu quoted in its help, and nothing quoted there that is neither a choice nor a field`, async () => {
      await web.withPage(`/forms/${c.kind}`, async (page) => {
        const why = page.getByRole('combobox', { name: c.label, exact: true });
        await why.waitFor();
        const offered = (await why.locator('option').allTextContents()).map((t) => t.trim()).filter((t) => t !== '');
        expect(offered.length, 'the menu’s choices').toBe(c.choices);
        const help = await describedBy(why);
        const quoted = [...help.matchAll(/“([^”]+)”/g)].map((m) => String(m[1]));
        for (const choice of offered) expect(quoted, `the help: ${help}`).toContain(choice);
        const labels = (await page.locator(`${c.section} label.control-label`).allTextContents()).map((t) => t.replace(/\s*\(required.*$/, '').trim());
        expect(quoted.filter((q) => !offered.includes(q) && !labels.includes(q)), `quoted in the help: ${help}`).toEqual([]);
        await page.locator(`${c.section}_noFamilyName`).locator('xpath=..').screenshot({ path: join(SHOTS, `${c.kind}-no-family-name.png`) });
      });
    });
  }
});

// Review, round r56: a screen reader's list of the Draft group's buttons held "Open draft…" and
// "Open draft file", the hidden file chooser "Open draft…" clicks, which did the same (toolbars.tsx).
describe('the Draft group as a screen reader lists it', () => {
  it('each kind: one button to open a draft', async () => {
    for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
      await web.withPage(`/forms/${kind}`, async (page) => {
        const draft = page.getByRole('group', { name: 'Draft', exact: true });
        await draft.waitFor();
        const names = await draft.getByRole('button').evaluateAll((bs: any[]) => bs.map((b) => String(b.textContent).trim()));
        expect(names, kind).toEqual(['Start from the example', 'Open draft…', 'Save draft']);
        expect(await draft.ariaSnapshot(), kind).not.toContain('Open draft file');
      });
    }
  });
});
