// The fields a T-visa declaration does not print for the role chosen (web/src/form/not-printed.ts):
// the form showed a personal statement's drafter the parent's and the supporting declarant's
// fields (the declarant's name, license, findings), then warned they are not printed. They are
// now gathered in one collapsed group at their place, which says so to a screen reader, and what
// was typed there is kept when the role changes and changes back.
// Fictional people only.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createApp } from '../../src/http/app.js';
import { unprintedSections } from '../../src/kinds/t-visa-declaration/unprinted.js';
import { NOT_PRINTED, notPrintedIn } from '../../web/src/form/not-printed.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, SHOTS, SLOW, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe("the form's table of fields not printed is the service's rule", () => {
  // Every section and field the rule looks at, given (an act's description and a translator are
  // left out: an act stays on the form, its date counting for the ages; a translator is printed
  // for a declaration not given in English).
  const given = (role: string): any => ({
    declarant: { role, givenName: 'Ana', familyName: 'Ruiz', nameOnForm: {}, pronouns: 'she', professional: {}, qualifications: 'x', relationship: 'aunt', capacity: 'parent', isSuspectedTrafficker: false },
    supporting: {},
    background: {},
    trafficking: { narrative: 'x', means: ['force'], entry: {}, perpetrators: [{}], acts: [] },
    escape: {},
    escapes: [{}],
    presence: {},
    travel: { departures: [{}] },
    lawEnforcement: {},
    hardship: { factors: [{}] },
    closing: 'x',
    translator: null,
  });
  for (const [role, rule] of Object.entries(NOT_PRINTED['t-visa-declaration']!.by)) {
    it(`${role}: the fields the form gathers are those the service warns are not printed`, () => {
      const c = given(role);
      // The table the form uses for this very case (a supporting parent's is its own: below).
      expect(notPrintedIn('t-visa-declaration', c)).toBe(rule.given ? rule.given.then : rule);
      const warned = unprintedSections(c).map((w) => w.path);
      expect([...new Set(warned)].sort()).toEqual([...(rule.given ? rule.given.then : rule).paths].sort());
    });
  }
  // A supporting declarant who is not the parent or guardian (no capacity): the perpetrators and the
  // suspect answer are gathered as not printed; with a capacity they are what the declarant is checked by.
  it('supporting without a capacity: the table without the parent’s check, as the service warns', () => {
    const c = given('supporting');
    c.declarant.capacity = null;
    const rule = notPrintedIn('t-visa-declaration', c)!;
    expect(rule.paths).toContain('trafficking.perpetrators');
    expect(rule.paths).toContain('declarant.isSuspectedTrafficker');
    expect([...new Set(unprintedSections(c).map((w) => w.path))].sort()).toEqual([...rule.paths].sort());
  });
});

describe('a T-visa role’s fields not printed', () => {
  it('are gathered in one collapsed group that says why, and what was typed in them is kept across a change of role', async () => {
    const page = await web.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${web.base}/forms/t-visa-declaration`);
      await loadExample(page); // the applicant's personal statement
      const name = page.locator('#root_declarant_givenName');
      const group = page.locator('#root_declarant__not-printed');
      expect(await group.count(), 'the group of fields not printed').toBe(1);
      expect(await name.isVisible()).toBe(false);
      const summary = group.locator('summary');
      expect(await summary.textContent()).toBe('Not printed in a personal statement: 9 fields. Kept if the role changes.');
      // What a screen reader is told: a group named by that text, the fields in it not read while it is
      // closed (the snapshot was an unnamed group holding the text, "- group: \"Not printed…\"", until
      // the group was named by its summary: disclosure.tsx).
      expect(await group.ariaSnapshot()).toBe(`- 'group "Not printed in a personal statement: 9 fields. Kept if the role changes."'`);
      expect(await group.evaluate((d: any) => d.open)).toBe(false);

      // A supporting declaration prints the declarant's name: shown, and typed into.
      const role = page.locator('#root_declarant_role');
      const supporting = checkAnswerFor(page, (c) => c?.declarant?.role === 'supporting');
      await role.selectOption({ label: 'Supporting witness, professional or lay (8 CFR 214.206)' });
      await supporting;
      await expect.poll(() => name.isVisible(), SLOW).toBe(true);
      const typed = checkAnswerFor(page, (c) => c?.declarant?.givenName === 'Marisol');
      await name.fill('Marisol');
      await typed;

      // Back to the applicant: the name is gathered again, said to hold text, kept in the case
      // (the service warns it is not printed), and the warning's button opens the group to it.
      const applicant = checkAnswerFor(page, (c) => c?.declarant?.role === 'applicant' && c?.declarant?.givenName === 'Marisol');
      await role.selectOption({ label: 'The applicant (personal statement, 8 CFR 214.204(c))' });
      await applicant;
      await expect.poll(() => name.isVisible(), SLOW).toBe(false);
      expect(await summary.textContent()).toBe('Not printed in a personal statement: 9 fields, 1 holding text. Kept if the role changes.');
      const warning = page.locator('#problems button[data-path="declarant.givenName"]');
      // On a phone the checks' warnings are under one line, opened first (problems.tsx).
      await page.locator('#problems details.warning-list > summary').click();
      await warning.click();
      expect(await group.evaluate((d: any) => d.open)).toBe(true);
      expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('root_declarant_givenName');
      await page.screenshot({ path: join(SHOTS, 'not-printed-open.png'), fullPage: false });

      // And to a supporting declaration again: the name as typed.
      const again = checkAnswerFor(page, (c) => c?.declarant?.role === 'supporting');
      await role.selectOption({ label: 'Supporting witness, professional or lay (8 CFR 214.206)' });
      await again;
      expect(await name.inputValue()).toBe('Marisol');
      await expect.poll(() => name.isVisible(), SLOW).toBe(true);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
