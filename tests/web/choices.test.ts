// The form's choices in words (seen in a real browser: the selects and checkboxes showed the
// contract's codes, "orr", "released-to-sponsor", "abuse-of-legal-process", which a caseworker
// had to decode from each field's help). Each kind's schema labels every code (`x-enum-labels`,
// src/kinds/kit/choice.ts); the form shows the labels and still sends the codes. Debian's Chromium
// (tests/web/support/browser.ts) against the real HTTP app; fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, loadExample, saveDraft, useBrowser } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** Every code of every enum of a kind's published schema. */
async function codesOf(kind: string): Promise<Set<string>> {
  const schema = (await (await fetch(`${web.base}/v1/documents/${kind}/schema`)).json()) as unknown;
  const out = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (Array.isArray(o.enum)) o.enum.forEach((v) => out.add(String(v)));
    Object.values(o).forEach(walk);
  };
  walk(schema);
  return out;
}

/** What the form shows for its choices: every select's options and every checkbox's label. */
async function shownChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('main select option')].map((o: any) => String(o.textContent).trim()).filter((t: string) => t !== ''),
    ...[...document.querySelectorAll('main input[type=checkbox]')].map((c: any) => String(c.closest('label')?.textContent ?? (c.labels?.[0]?.textContent ?? '')).trim()),
  ]);
}

describe('the form shows each choice in words', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no select option or checkbox is labelled with a bare code`, async () => {
      const page = await web.newPage();
      try {
        await page.goto(`${web.base}/forms/${kind}`);
        await loadExample(page);
        const codes = await codesOf(kind);
        const shown = await shownChoices(page);
        expect(shown.length, 'choices on the form').toBeGreaterThan(0);
        expect(shown.filter((t) => codes.has(t))).toEqual([]);
      } finally {
        await page.close();
      }
      web.noProblems(kind);
    });
  }

  it('a child advocate picks the decision maker and a contact’s mode by their labels; the saved draft holds the codes', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/best-interests-memo`);
      await loadExample(page);
      const maker = page.locator('#root_decisionMaker_type');
      expect(await maker.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Office of Refugee Resettlement (ORR)', 'Immigration judge']));
      await maker.selectOption({ label: 'Office of Refugee Resettlement (ORR)' });
      await page.locator('#root_contacts_0_mode').selectOption({ label: 'Video call' });
      const saved = (await saveDraft(web, page, 'choices-memo.json')).data;
      expect(saved.decisionMaker.type).toBe('orr');
      expect(saved.contacts[0].mode).toBe('video');
    } finally {
      await page.close();
    }
    web.noProblems('memo');
  });

  it('a caseworker ticks the means and picks the custody by their labels; the saved draft holds the codes', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/rfa`);
      await page.locator('#root_preparedAt').waitFor();
      await page.getByRole('checkbox', { name: 'Abuse or threatened abuse of the legal process', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Sex trafficking', exact: true }).check();
      await page.locator('#root_location_custody').selectOption({ label: 'Released to a sponsor' });
      const saved = (await saveDraft(web, page, 'choices-rfa.json')).data;
      expect(saved.concern.means).toEqual(['abuse-of-legal-process']);
      expect(saved.concern.types).toEqual(['sex']);
      expect(saved.location.custody).toBe('released-to-sponsor');
    } finally {
      await page.close();
    }
    web.noProblems('rfa');
  });
});

// The summary panel showed the T-visa's attestation as the check computes it, "inside-us": the
// form shows every choice in words, and the panel beside it is read by the same person.
describe('the summary panel shows no code either', () => {
  /** A code as the contract writes them: lower-case words joined by hyphens ("inside-us"; not a date). */
  const CODE = /^(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)+$/;
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no value of the summary is a bare code`, async () => {
      const page = await web.newPage();
      try {
        await page.goto(`${web.base}/forms/${kind}`);
        await loadExample(page);
        const codes = await codesOf(kind);
        const values = (await page.locator('aside.summary dd').allTextContents()).map((t) => t.trim());
        expect(values.length, 'values in the summary').toBeGreaterThan(0);
        expect(values.filter((v) => CODE.test(v) || codes.has(v))).toEqual([]);
      } finally {
        await page.close();
      }
      web.noProblems(kind);
    });
  }

  it('t-visa-declaration: the attestation says where it is signed and under which paragraph of 28 U.S.C. § 1746', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/t-visa-declaration`);
      await loadExample(page);
      expect(await page.locator('#attestation').textContent()).toBe('Signed inside the United States (28 U.S.C. § 1746(2))');
    } finally {
      await page.close();
    }
    web.noProblems('t-visa');
  });
});

describe('a yes/no that may wait until known', () => {
  it('a Yes clicked by mistake is taken back with “Clear answer”: no answer in the case, the focus on the question’s first answer', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.base}/forms/rfa`);
      const question = page.getByRole('radiogroup', { name: 'Interpreter needed' });
      await question.getByRole('radio', { name: 'Yes' }).check();
      expect((await saveDraft(web, page, 'answered.json')).data.child.interpreterNeeded).toBe(true);
      await page.getByRole('button', { name: 'Clear answer: Interpreter needed' }).click();
      expect(await question.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(false);
      expect(await question.getByRole('radio', { name: 'No' }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('root_child_interpreterNeeded-0');
      expect(await page.getByRole('button', { name: 'Clear answer: Interpreter needed' }).count()).toBe(0);
      expect((await saveDraft(web, page, 'cleared.json')).data.child?.interpreterNeeded).toBeUndefined();
      // A question that must be answered offers no way back to none.
      await page.getByRole('radiogroup', { name: 'In the United States now' }).getByRole('radio', { name: 'Yes' }).check();
      expect(await page.getByRole('button', { name: 'Clear answer: In the United States now' }).count()).toBe(0);
    } finally {
      await page.close();
    }
    web.noProblems();
  });
});
