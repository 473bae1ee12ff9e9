// The forms as a screen reader reads them (review, round r59): its user moves from control to
// control hearing each one's role, its name and the groups around it, never the page's layout. Each
// kind's form, empty and with its example loaded (every collapsed group open), read from Chromium's
// accessibility tree (the DevTools protocol, as a screen reader reads the platform's): every control
// has a name, and no two controls of one role in the same named group share a name. A date-time's
// "UTC offset" was three boxes of that one name in the RFA's first section, and one in each
// event's, none saying whose offset it is (templates.tsx OffsetDateTimeWidget). Fictional people only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { KINDS } from '../../src/kinds/index.js';
import { allowIncompleteCase, loadExample, useBrowser } from './support/browser.js';

declare const document: any;

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

/** The roles a person acts on, each reached with Tab or a screen reader's quick keys (Date and DateTime: Chromium's date boxes, which hold their parts). */
const CONTROLS = new Set(['Date', 'DateTime', 'InputTime', 'textbox', 'combobox', 'checkbox', 'radio', 'button', 'spinbutton', 'listbox', 'searchbox', 'slider', 'switch', 'link', 'DisclosureTriangle']);
/** The roles that name what is inside them, as a screen reader says on entering. */
const GROUPS = new Set(['group', 'radiogroup', 'region', 'form', 'navigation', 'banner', 'main', 'dialog', 'list', 'listitem']);

interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored?: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
}

/** The form's controls as the accessibility tree holds them: unnamed ones, and names said twice in one group. */
async function readControls(page: Page): Promise<{ count: number; unnamed: string[]; alike: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const role = (n: AxNode): string => String(n.role?.value ?? '');
    const name = (n: AxNode): string => String(n.name?.value ?? '').trim();
    /**
     * The named groups a control is inside, outermost first, as a screen reader says them on the way
     * in; and the control it is a part of (a date box's month, day and year, Chromium's own parts).
     */
    const groupsOf = (n: AxNode): string => {
      const out: string[] = [];
      for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
        if (!p.ignored && (GROUPS.has(role(p)) || CONTROLS.has(role(p))) && name(p) !== '') out.unshift(`${role(p)} “${name(p)}”`);
      }
      return out.join(' › ');
    };
    const controls = nodes.filter((n) => !n.ignored && CONTROLS.has(role(n)));
    const unnamed = controls.filter((n) => name(n) === '').map((n) => `${role(n)} in ${groupsOf(n)}`);
    const seen = new Map<string, number>();
    for (const n of controls) {
      if (name(n) === '') continue;
      const key = `${groupsOf(n)} › ${role(n)} “${name(n)}”`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const alike = [...seen].filter(([, c]) => c > 1).map(([k, c]) => `${k} ×${c}`);
    return { count: controls.length, unnamed, alike };
  } finally {
    await cdp.detach();
  }
}

describe('every control of every form named, and told apart from its neighbours', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: the empty form and its example, every group open`, async () => {
      await web.withPage(`/forms/${kind}`, async (page) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.locator('#root').waitFor();
        const empty = await readControls(page);
        expect(empty.count, 'controls read').toBeGreaterThan(10);
        expect(empty.unnamed, 'the empty form: controls without a name').toEqual([]);
        expect(empty.alike, 'the empty form: controls of one name in one group').toEqual([]);
        await loadExample(page);
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d: any) => (d.open = true)));
        const full = await readControls(page);
        expect(full.count, 'more controls with the example’s lists').toBeGreaterThan(empty.count);
        expect(full.unnamed, 'the example: controls without a name').toEqual([]);
        expect(full.alike, 'the example: controls of one name in one group').toEqual([]);
      });
    });
  }
});
