// The pages around the forms in a real browser (issue 13; the browser setup is
// tests/web/support/browser.ts): the home page, the offline API docs with Swagger UI's "Try it
// out", and the API key dialog of a service that needs one. axe-core checks each page; any
// console error or CSP violation fails the test.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, attributeNow, axe, cspViolations, listen, SLOW, textNow, useBrowser, valueNow } from './support/browser.js';

// The browser's globals, for the functions that run in the page (page.evaluate); this file is
// compiled with Node's types only.
declare const localStorage: any, sessionStorage: any, document: any;
type HTMLAnchorElement = any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('home page', () => {
  it('lists the four kinds with what they are and who files them, and links to batch and docs', async () => {
    const page = await web.newPage();
    await page.goto(web.base + '/');
    await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(4);
    const links = await page.locator('#kinds a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(['/forms/rfa', '/forms/t-visa-declaration', '/forms/restitution-worksheet', '/forms/best-interests-memo']);
    expect(await page.locator('#kinds li .who').count()).toBe(4);
    await expect.poll(() => page.getByRole('link', { name: /batch/i }).count(), SLOW).toBeGreaterThan(0);
    await axe(page, 'home');
    expect(await cspViolations(page)).toEqual([]);
    web.noProblems('home');
    await page.close();
  });
});

describe("the tests' reads of a page for a poll", () => {
  it('answer at once with what is there: the text of one element, or a sentence saying none or how many, naming the locator', async () => {
    await web.withPage('/', async (page) => {
      await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(4);
      // Playwright's textContent() here would wait WAIT_MS for the missing one and throw on four.
      expect(await textNow(page.locator('#no-such-element'))).toBe("(no element for locator('#no-such-element'))");
      expect(await textNow(page.locator('#kinds li'))).toBe("(4 elements for locator('#kinds li'))");
      expect(await textNow(page.locator('h1'))).toBe(await page.locator('h1').textContent());
      expect(await attributeNow(page.locator('#no-such-element'), 'href')).toBe("(no element for locator('#no-such-element'))");
      expect(await attributeNow(page.locator('#kinds a').first(), 'href')).toBe('/forms/rfa');
      expect(await attributeNow(page.locator('h1'), 'data-none')).toBeNull();
      expect(await valueNow(page.locator('input#no-such-input'))).toBe("(no element for locator('input#no-such-input'))");
    });
  });
});

describe('form pages', () => {
  it("each kind's form says it is confidential without claiming one statute for every kind (the documents print each kind's own basis)", async () => {
    const page = await web.newPage();
    for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
      await page.goto(`${web.base}/forms/${kind}`);
      const line = (await page.locator('.confidential').first().textContent()) ?? '';
      expect(line).toMatch(/^Confidential/);
      // 8 U.S.C. § 1367 protects T-visa applicants' information; a restitution worksheet, a memo
      // and an RFA are confidential on other bases (their banners), so a page shared by all four
      // names none.
      expect(line).not.toContain('1367');
      expect(line).toContain('Nothing you type is stored');
    }
    web.noProblems('form pages');
    await page.close();
  });
});

describe('API docs', () => {
  it('/docs renders Swagger UI from this origin, offline, under the CSP, with every operation', async () => {
    const page = await web.newPage();
    await page.goto(web.base + '/docs');
    await expect.poll(() => page.locator('.opblock').count(), SLOW).toBeGreaterThan(10);
    expect(await page.locator('.opblock-summary-operation-id').first().textContent()).toBe('getHealth');
    // "Try it out" on the example request of a check.
    await page.locator('#operations-rfa-checkRfa .opblock-summary').click();
    await page.getByRole('button', { name: 'Try it out' }).click();
    await page.getByRole('button', { name: 'Execute' }).click();
    await expect.poll(() => textNow(page.locator('#operations-rfa-checkRfa .live-responses-table tbody .response-col_status').first()), SLOW).toMatch(/200/);
    await axe(page, 'docs');
    expect(await cspViolations(page)).toEqual([]);
    web.noProblems('docs');
    await page.close();
  });
});

describe('API key', () => {
  it('is asked once in a dialog and kept in sessionStorage only', async () => {
    const keyed = await listen(createApp({ apiKeys: ['web-test-key-0123456789'] }));
    try {
      const page = await web.newPage();
      await page.goto(keyed.base + '/');
      await page.getByRole('textbox', { name: 'API key' }).fill('web-test-key-0123456789');
      await page.getByRole('button', { name: 'Use this key' }).click();
      await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(4);
      expect(await page.evaluate(() => [Object.keys(localStorage).length, sessionStorage.getItem('harbor.apiKey'), document.cookie])).toEqual([0, 'web-test-key-0123456789', '']);
      // Allowed: the 401 that made the page ask.
      web.problems.splice(0, web.problems.length, ...web.problems.filter((p) => !/status of 401/.test(p)));
      web.noProblems('api key');
      await page.close();
    } finally {
      await keyed.close();
    }
  });
});
