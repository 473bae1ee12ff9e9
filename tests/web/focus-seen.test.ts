// The keyboard-only review of each form (review, round r58): a caseworker who cannot use a mouse
// loads the example and presses Tab from the top of the page to its end. Every stop is a control
// (each yes/no one stop, as a radio group is), on the screen, in the order the page reads (down the
// form; the summary panel beside it and the stuck buttons are read where they stand), each control
// of the form reached, none twice, and the focus leaves the page at the end (nothing traps it). At
// each stop the focus is seen: a ring of at least 3:1 against the page behind it (WCAG 1.4.11 and
// 2.4.7), where the yellow ring alone was 1.6:1 on white (app.css :focus-visible). A wide screen,
// 1280 by 800. Fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, loadExample, LONG_TEST_MS, step, useBrowser } from './support/browser.js';

declare const document: any, window: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

interface Stop {
  /** The control's id, or its tag and text. */
  name: string;
  /** Which element it is: its id, or its place among the page's elements. */
  key: string;
  /** Its top in the document (CSS px), and whether it is in the summary panel or the stuck bar. */
  y: number;
  beside: boolean;
  onScreen: boolean;
  /** The best contrast of its focus ring's colours against the page behind it. */
  ringContrast: number;
}

/** What has the focus now, or null when the page has none (the focus left it). */
const focused = (page: Page): Promise<Stop | null> =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body || e === document.documentElement) return null;
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m && (m[4] === undefined || Number(m[4]) > 0) ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    };
    const luminance = (c: number[]): number => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]): number => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    // The page behind the ring: the first background drawn among its ancestors.
    let behind: number[] = [255, 255, 255];
    for (let a = e.parentElement; a; a = a.parentElement) {
      const c = rgb(window.getComputedStyle(a).backgroundColor);
      if (c) {
        behind = c;
        break;
      }
    }
    const s = window.getComputedStyle(e);
    const rings: number[][] = [];
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) rings.push(rgb(s.outlineColor) ?? behind);
    for (const m of String(s.boxShadow).matchAll(/(rgba?\([^)]*\))[^,]*?(\d+(?:\.\d+)?)px(?=\s*(?:,|$|inset))/g)) if (parseFloat(m[2]!) >= 2) rings.push(rgb(m[1]!) ?? behind);
    const r = e.getBoundingClientRect();
    return {
      name: e.id || `${e.tagName.toLowerCase()} “${String(e.textContent).trim().slice(0, 40)}”`,
      key: e.id || `element ${[...document.querySelectorAll('*')].indexOf(e)}`,
      y: r.top + window.scrollY,
      beside: e.closest('.summary, .toolbars, .stuck') !== null,
      onScreen: r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth,
      ringContrast: Math.max(0, ...rings.map((c) => contrast(c, behind))),
    };
  });

/** Each control of the form a person can Tab to: its id, a radio group by its first button's. */
const controls = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const groups = new Set<string>();
    for (const e of document.querySelectorAll('main form input, main form select, main form textarea, main form button')) {
      if (e.disabled || e.tabIndex < 0 || !e.checkVisibility() || !e.id) continue;
      if (e.type === 'radio') {
        if (groups.has(e.name)) continue;
        groups.add(e.name);
        out.push(`radio group ${e.name}`);
      } else out.push(e.id);
    }
    return out;
  });

describe('the keyboard alone through each form: every control in order, the focus seen, no trap', () => {
  for (const kind of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) {
    it(
      `${kind}: the example, Tab from the top to the end`,
      async () => {
        await web.withPage(
          `/forms/${kind}`,
          async (page) => {
            await loadExample(page);
            await page.evaluate(() => {
              document.activeElement?.blur();
              window.scrollTo(0, 0);
            });
            const wanted = await controls(page);
            const radioOf = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main form input[type=radio]')].map((e: any) => [e.id, `radio group ${e.name}`])));
            const stops: Stop[] = [];
            const problems: string[] = [];
            for (let i = 0; i < 1000; i++) {
              await page.keyboard.press('Tab');
              const stop = await step(`stop ${i + 1}`, focused(page));
              if (stop === null) break; // the focus left the page: to the browser's own controls
              // A date's or a date-time's parts (month, day, year, hour, …) are stops of one box in turn.
              if (stops.at(-1)?.key === stop.key) continue;
              if (stops.some((s) => s.key === stop.key)) {
                problems.push(`${stop.name} reached twice`);
                break;
              }
              if (!stop.onScreen) problems.push(`${stop.name} not wholly on the screen`);
              if (stop.ringContrast < 3) problems.push(`${stop.name}: its focus ring ${stop.ringContrast.toFixed(1)}:1 against the page`);
              const before = stops.filter((s) => !s.beside).at(-1);
              if (!stop.beside && before && stop.y < before.y - 2) problems.push(`${stop.name} above ${before.name}, which came before it`);
              stops.push(stop);
            }
            expect(problems).toEqual([]);
            expect(stops.length, 'the focus left the page').toBeLessThan(1000);
            const reached = new Set(stops.map((s) => radioOf[s.key] ?? s.key));
            expect(wanted.filter((w) => !reached.has(w))).toEqual([]);
            expect(wanted.length).toBeGreaterThan(40);
          },
          (page) => page.setViewportSize({ width: 1280, height: 800 }),
        );
      },
      LONG_TEST_MS,
    );
  }
});
