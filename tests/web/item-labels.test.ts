// A list's item is named as a person says it: its list's item title, its place counted from 1 and
// what it holds ("Labor period 2: Rivera Farms"), both on the item's group, which a screen reader
// says as the focus enters it, and in the list of problems, each entry a button named by its field
// (review, round r59: the group was "Item 1 of 2", naming neither list nor item, and a warning's
// button "Warning: Labor periods › #2 › Exemption", read "number 2"); an item of fields is headed
// with the same words on the screen (not-printed-group.tsx ObjectFieldTemplate), where each of eight
// contacts was headed "Contact". web/src/form/schema.ts
// labelOf, itemLabel; lists.tsx ItemTemplate. Debian's Chromium (tests/web/support/browser.ts), the
// real HTTP app; fictional people only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { itemLabel, labelOf, normalizeSchema, schemaAt, type Json } from '../../web/src/form/schema.js';
import { allowIncompleteCase, loadExample, ROOT, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

const schemaOf = (kind: string): Json => normalizeSchema(caseJsonSchema(getKind(kind)) as Json);
const example = (kind: string): unknown => JSON.parse(readFileSync(join(ROOT, 'fixtures', kind, 'full.json'), 'utf8'));

describe('a list item’s label', () => {
  const worksheet = schemaOf('restitution-worksheet');
  it('names the item by its title, its place and what it holds, never “#2”', () => {
    const data = example('restitution-worksheet');
    expect(labelOf(worksheet, 'laborPeriods.0.agreedRate', data)).toMatch(/^Labor period 1: Restaurant kitchen › \S/);
    expect(labelOf(worksheet, 'laborPeriods.0.wagesPaid.payments.1.amount', data)).toMatch(/^Labor period 1: Restaurant kitchen › .* › Payment 2 › /);
    expect(labelOf(worksheet, 'defendants.1', data)).toBe('Defendant 2: Corwin Ashdown-Vell');
    // Without the case (a draft refused before it is on the form): its title and place.
    expect(labelOf(worksheet, 'laborPeriods.1.exemption')).toMatch(/^Labor period 2 › /);
  });
  it('says nothing of a value that is no name: a date, a choice, an amount, a number or letter, a long account', () => {
    const period = schemaAt(worksheet, ['laborPeriods'])!.items as Json;
    expect(itemLabel(period, 1, { startDate: '2009-06-24', state: 'FL', exemption: 'none', description: 'She worked.' })).toBe('Labor period 2');
    expect(itemLabel(period, 1, { label: 'Rivera Farms' })).toBe('Labor period 2: Rivera Farms');
    const exhibit = schemaAt(worksheet, ['exhibits'])!.items as Json;
    expect(itemLabel(exhibit, 0, { id: '9' })).toBe('Exhibit 1');
    expect(itemLabel(period, 0, { label: 'x'.repeat(61) })).toBe('Labor period 1');
  });
});

describe('a list item named as a person says it, on its group and in the list of problems', () => {
  it('the worksheet example: each labor period’s group by its label, each warning’s button the same, following what is typed', async () => {
    await web.withPage('/forms/restitution-worksheet', async (page) => {
      await loadExample(page);
      // The groups, as the accessibility tree names them.
      const first = page.getByRole('group', { name: 'Labor period 1: Restaurant kitchen', exact: true });
      expect(await first.locator('#root_laborPeriods_0_label').count(), 'the first period’s group holds its label').toBe(1);
      // Seen as it is heard: the item's heading says the same words, and the group is not said twice.
      expect(await first.count(), 'one group of that name').toBe(1);
      expect(await textNow(first.locator(':scope > legend'))).toMatch(/^Labor period 1: Restaurant kitchen/);
      expect(await page.getByRole('group', { name: 'Defendant 2: Corwin Ashdown-Vell', exact: true }).count()).toBe(1);
      expect(await page.getByRole('group', { name: /^Item \d+ of \d+$/ }).count(), 'no group named “Item n of m”').toBe(0);
      // The warnings' buttons, at 1280 px beside the form and open.
      const buttons = page.locator('#problems .problem-list button.link');
      const names = await buttons.evaluateAll((es: any[]) => es.map((e) => String(e.textContent)));
      expect(names.filter((n) => /#\d/.test(n)), 'no entry names an item “#n”').toEqual([]);
      expect(names).toContainEqual(expect.stringMatching(/^Warning: Labor period 2: Live-in domestic work in the defendants' home › /));
      expect(names).toContainEqual(expect.stringMatching(/^Warning: Labor period 1: Restaurant kitchen › /));
      await page.locator('#problems').screenshot({ path: join(SHOTS, 'item-labels-problems.png') });

      // Renamed: the group and the entry follow.
      await page.locator('#root_laborPeriods_0_label').fill('Rivera Farms');
      await expect.poll(() => page.getByRole('group', { name: 'Labor period 1: Rivera Farms', exact: true }).count(), SLOW).toBe(1);
      await expect
        .poll(() => buttons.evaluateAll((es: any[]) => es.map((e) => String(e.textContent)).filter((t) => t.includes('Labor period 1'))), SLOW)
        .toEqual([expect.stringMatching(/^Warning: Labor period 1: Rivera Farms › /)]);
      await page.getByRole('group', { name: 'Labor period 1: Rivera Farms', exact: true }).screenshot({ path: join(SHOTS, 'item-labels-group.png') });
    });
  });
});
