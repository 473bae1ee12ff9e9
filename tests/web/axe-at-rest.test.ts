// The accessibility check of the browser tests (axe in tests/web/support/browser.ts) reads a page
// at rest: a button fading in was read half-way and failed color-contrast once in CI (Swagger UI's
// Execute button on /docs, `transition: all .3s`). Here a button of good contrast fades in over
// 1.5 s as axe is asked: it must pass, once the fade has ended.
import { expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, axe, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

it('axe waits for a transition in flight to end before it reads the colours', async () => {
  const page = await web.newPage();
  try {
    await page.setContent(
      '<!doctype html><html lang="en"><title>Fade</title><main><h1>Fade</h1>' +
        '<button id="b" style="background:#1b5f99;color:#fff;font-size:14px;opacity:.15;transition:opacity 1.5s linear">Execute</button></main></html>',
    );
    // The fade starts: opacity .15 to 1 over 1.5 s (white on #1b5f99 is 6.6:1 at its end).
    await page.evaluate(() => {
      document.getElementById('b').getBoundingClientRect();
      document.getElementById('b').style.opacity = '1';
    });
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(1); // in flight as axe starts
    await axe(page, 'a button fading in');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  } finally {
    await page.close();
  }
  web.noProblems();
});
