// What the browser drew of a page's words, read in the page (page.evaluate): the words broken across
// lines, for the tests that hold headings, labels, the summary and the problems' buttons whole.
import type { Page } from 'playwright-core';

// The browser's globals, for the function that runs in the page.
declare const document: any;

/**
 * Each word of `selector`'s elements drawn on more than one line, as "H3 “Recommendations”:
 * Recommendations" (the element's tag and text, then the word). A break after a hyphen is one
 * between words: "co-" and "worker" are measured apart.
 */
export const brokenWords = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((sel: string) => {
    const out = new Set<string>();
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of String(node.data).matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r: any) => r.width > 0).map((r: any) => Math.round(r.top)));
          if (tops.size > 1) out.add(`${el.tagName} “${String(el.textContent).trim()}”: ${m[0]}`);
        }
      }
    }
    return [...out];
  }, selector);
