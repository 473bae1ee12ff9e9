// Every kind's form page read by a person who has never seen the case as JSON (review, round r51):
// the memo's "Not applicable" offered a chooser of "Option 1" and "Text" (an anyOf the contract
// left untitled, and the kit's type name), and the T-visa page's introduction ended
// "(declarant.role)", a field as the case names it. Each kind's page is read as drawn (the empty
// form, then the example with every collapsed group open and every chooser's every alternative
// chosen in turn, and the messages the check then brings), and the home page: no field path, no
// camelCase name, no JSON, no code of several hyphenated words, and every chooser's alternatives
// named in words of their own; every group that opens and closes named by its summary in the
// accessibility tree (each was a bare "group").
// Every help, hint and description the page shows (a field's help, an optional group's, each text a
// box is described by) says a value as the person picks or types it, never as the case stores it
// (review, round r52: the RFA's "Immigration status" help quoted "us-citizen" and "lpr", the time
// zone's said "e.g. America/Los_Angeles" above a box that offers "Pacific Time — Los Angeles", a
// country's "e.g. GT" above a box of names, a memo contact's role “child” above "The child").
// Debian's Chromium (tests/web/support/browser.ts), the real HTTP app.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { countryNames } from '../../web/src/form/countries.js';
import { keysInRunningText } from './support/jargon.js';
import { allowIncompleteCase, checkAnswerFor, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate).
declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** What the case's own notation looks like, each named for the failure message. */
const CASE_NOTATION: [string, RegExp][] = [
  ['JSON', /[{}]|"\s*:/],
  ['a field path', /\b[a-z][a-zA-Z0-9]+(?:\.[a-zA-Z][a-zA-Z0-9]+)+\b/],
  ['a camelCase name', /\b[a-z]+[A-Z][A-Za-z0-9]*\b/],
  ['a code', /\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/],
  ['a JSON value', /\bnull\b|\bundefined\b|“(?:true|false)”/],
  ['the form library’s name for an untitled choice', /\bOption \d+\b/],
];

/**
 * The words the page shows now: the text of every drawn element (not what the case holds in its
 * boxes, nor the case as JSON under "Advanced", a developer's), every choice of every list (drawn
 * or not), and every accessible name set apart from the text (aria-label).
 */
async function shownWords(page: Page): Promise<string[]> {
  return (await page.evaluate(() => {
    const out: string[] = [];
    const walk = (n: any): void => {
      if (n.nodeType === 3) {
        const p = n.parentElement;
        if (p && p.getClientRects().length > 0 && String(n.textContent).trim() !== '') out.push(String(n.textContent).trim());
        return;
      }
      if (n.nodeType !== 1 || ['SCRIPT', 'STYLE', 'TEXTAREA', 'TEMPLATE'].includes(n.tagName) || n.classList.contains('advanced')) return;
      if (n.tagName === 'OPTION') return void out.push(String(n.textContent).trim());
      for (const c of n.childNodes) walk(c);
    };
    walk(document.body);
    for (const e of document.querySelectorAll('[aria-label]')) if (!e.closest('.advanced')) out.push(String(e.getAttribute('aria-label')));
    return out;
  })) as string[];
}

/** Each text of `words` that holds the case's notation, with what it holds. */
function notation(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => CASE_NOTATION.filter(([, rx]) => rx.test(w)).map(([what]) => `${what}: ${w}`)))];
}

/**
 * Every help the page holds now: each field's help (`.field-description`, drawn or in a group not
 * open) and every text an element is described by (aria-describedby), outside "Advanced".
 */
async function helpTexts(page: Page): Promise<string[]> {
  return (await page.evaluate(() => {
    const out = new Set<string>();
    const add = (e: any): void => {
      if (e && !e.closest('.advanced')) out.add(String(e.textContent).replace(/\s+/g, ' ').trim());
    };
    for (const e of document.querySelectorAll('.field-description')) add(e);
    for (const e of document.querySelectorAll('[aria-describedby]')) for (const id of String(e.getAttribute('aria-describedby')).split(/\s+/)) add(document.getElementById(id));
    return [...out].filter((t) => t !== '');
  })) as string[];
}

/** Every choice's code in a kind's contract (its JSON Schema's enums). */
function codesOf(kind: string): Set<string> {
  const out = new Set<string>();
  const walk = (n: unknown, depth: number): void => {
    if (depth > 64 || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, depth + 1));
    const e = (n as Record<string, unknown>).enum;
    if (Array.isArray(e)) for (const c of e) if (typeof c === 'string') out.add(c);
    for (const v of Object.values(n)) walk(v, depth + 1);
  };
  walk(caseJsonSchema(getKind(kind)), 0);
  return out;
}

/** The words of a text, small links left out ("a", "the", "by", "it"), as the page's plainTerms reads them. */
const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []).filter((w) => !/^(?:a|an|the|by|of|or|and|held|in|at|it)$/.test(w));

/**
 * Each help with a choice's words followed by an aside whose first clause says them again
 * (review, round r55: “Commercial sex acts (added to the FLSA value)” (added to it: the FLSA does
 * not value commercial sex acts); “Certification Letter (an adult’s)” (an adult’s letter, issued …)).
 */
function asidesRepeatingLabel(helps: string[]): string[] {
  const found: string[] = [];
  for (const h of helps)
    for (const m of h.matchAll(/“([^”]*)” \(([^()]*)\)/g)) {
      const label = new Set(wordsOf(m[1]!));
      const first = wordsOf(m[2]!.split(/[:,] /)[0]!);
      if (first.length > 0 && first.every((w) => label.has(w))) found.push(`“${m[1]}” (${m[2]}): ${h}`);
    }
  return [...new Set(found)];
}

/** Each help that names a value as the case stores it, with what it names. */
function storedValues(helps: string[], codes: Set<string>): string[] {
  const found: string[] = [];
  for (const h of helps) {
    for (const m of h.matchAll(/["“]([^"”]{1,60})["”]/g)) {
      if (codes.has(m[1]!)) found.push(`a choice’s code “${m[1]}”: ${h}`);
      else if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(m[1]!)) found.push(`a code “${m[1]}”: ${h}`);
    }
    for (const m of h.matchAll(/\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+/g)) found.push(`a time zone’s name ${m[0]}: ${h}`);
    for (const m of h.matchAll(/\b(?:e\.g\.,?|like|such as|or|and)\s+([A-Z]{2})\b(?!\))/g)) if (countryNames().has(m[1]!)) found.push(`a country’s code ${m[1]}: ${h}`);
  }
  return [...new Set(found)];
}

/** The choosers drawn now (a field that takes one of several forms), by id. */
const choosers = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('main select[id$="__anyof_select"], main select[id$="__oneof_select"]')].map((s: any) => String(s.id))) as Promise<string[]>;

describe('every kind’s page, in words', () => {
  it('the home page: each kind’s description without a field named as the case names it', async () => {
    await web.withPage('/', async (page) => {
      await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(KINDS.length);
      expect(notation(await shownWords(page))).toEqual([]);
    });
  });

  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no path, code or JSON; each chooser's forms named in words of their own`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await expect.poll(() => textNow(page.locator('#kind-about')), SLOW).not.toBe('');
        const seen = await shownWords(page);
        const helps = await helpTexts(page);
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        seen.push(...(await shownWords(page)));
        helps.push(...(await helpTexts(page)));
        // Every group that opens and closes (<details>) is named by its summary in the accessibility
        // tree: Chromium named the summary's button, and left each group a bare "group".
        const summaries = (await page.locator('details').evaluateAll((ds) => ds.map((d: any) => String(d.querySelector(':scope > summary')?.textContent ?? '').replace(/\s+/g, ' ').trim()))) as string[];
        expect(summaries.length, 'groups that open and close').toBeGreaterThan(0);
        for (const [i, name] of summaries.entries()) {
          expect(await page.getByRole('group', { name, exact: true }).and(page.locator('details').nth(i)).count(), `the group "${name}" named by its summary`).toBe(1);
        }
        // Every chooser's every form, chosen in turn (a form that holds a chooser of its own is
        // walked too), its words read as drawn; the chooser's own alternatives each say what it is.
        const named: string[] = [];
        const choiceHelps: string[] = []; // a chooser's help quoting a Yes or No it does not offer
        const done = new Set<string>();
        for (let round = 0; round < 4; round++) {
          const fresh = (await choosers(page)).filter((id) => !done.has(id));
          if (fresh.length === 0) break;
          for (const id of fresh) {
            done.add(id);
            const select = page.locator(`#${id}`);
            const options = await select.locator('option').allTextContents();
            named.push(...options.map((o) => `${id}: ${o}`));
            expect(new Set(options).size, `${id}: its forms told apart (${options.join(' / ')})`).toBe(options.length);
            // The field's help names its forms as the chooser offers them: "“Yes” (with a reason) or
            // the reason itself" stood above "Yes or no, with the reason below" and "The reason,
            // written here" (the memo's "Not applicable", review, round r55), and no “Yes” was shown.
            const help = await page.evaluate((at: string) => String(document.getElementById(`${at.replace(/__anyof_select$/, '')}__description`)?.textContent ?? ''), id);
            for (const m of help.matchAll(/“(Yes|No)”/g)) choiceHelps.push(`${id}: “${m[1]}” in “${help}”, offered as ${options.join(' / ')}`);
            for (let i = 0; i < options.length; i++) {
              await select.selectOption(String(i));
              seen.push(...(await shownWords(page)));
              helps.push(...(await helpTexts(page)));
            }
          }
        }
        // A kind's type name ("Text", "Date") names no one form of a field among others.
        expect(named.filter((n) => /: (?:Option \d+|Text|Narrative|Date|Date and time|Name)$/.test(n))).toEqual([]);
        // The messages the forms chosen bring (a factor left "Not applicable" with no reason):
        // the check of the case as it now stands, marked by a word typed into a box of it.
        const box = page.locator('main textarea:visible').first();
        const marked = 'Read again by the test.'; // in a line of its own: JSON writes a line break as \n
        await Promise.all([checkAnswerFor(page, (body) => JSON.stringify(body).includes(marked)), box.fill(marked)]);
        await expect.poll(() => textNow(page.locator('#check-state')), SLOW).not.toMatch(/Checking/);
        seen.push(...(await shownWords(page)));
        expect(notation(seen)).toEqual([]);
        expect(storedValues(helps, codesOf(kind)), 'helps naming a value as the case stores it').toEqual([]);
        expect(keysInRunningText(helps, kind), 'helps naming a field or a choice by its key').toEqual([]);
        expect(choiceHelps, 'a chooser’s help quoting a choice it does not offer').toEqual([]);
        expect(asidesRepeatingLabel(helps), 'an aside saying its choice’s words again').toEqual([]);
        if (kind === 'best-interests-memo') {
          // The factor "Not applicable" as a person meets it: each of its forms named.
          await page.locator('#root_factors_health__anyof_select').scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(SHOTS, 'page-words-memo-not-applicable.png') });
        }
      });
    });
  }
});
