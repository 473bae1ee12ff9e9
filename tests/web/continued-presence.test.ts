// A T-visa's Continued Presence as a pro bono attorney fills it (review, round r54), in Debian's
// Chromium against the real HTTP app (tests/web/support/browser.ts): a request not yet decided, then
// granted with its dates, then denied. "Granted on" and "Valid until", which the case refuses beside
// a request not granted, were drawn for every status (now the contract's `x-not-with`, drawn for a
// grant or where they hold a date: schema.ts shownBesideItsSiblings); the grant's help said the date
// form twice ("(month/day/year (e.g. 03/14/2011), or at the precision known)" before what to type);
// its error named the status by its key ("granted (status)"); and "Exhibits cited" said its letters
// are "listed in “Exhibits cited”", its own label, for the case's "Exhibits" (plain.ts). Fictional
// people only.
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { allowIncompleteCase, describedBy, loadExample, SHOTS, SLOW, textNow, useBrowser } from './support/browser.js';

const web = useBrowser({ app: () => createApp({}), allowed: allowIncompleteCase });

describe('a T-visa’s Continued Presence', () => {
  it('requested, granted with its dates, denied: the grant’s dates drawn for a grant, its words and errors by the labels', async () => {
    await web.withPage('/forms/t-visa-declaration', async (page) => {
      await loadExample(page);
      await page.getByRole('button', { name: 'Add “Continued Presence”' }).click();
      const id = (f: string): string => `#root_lawEnforcement_continuedPresence_${f}`;
      const status = page.locator(id('status'));
      await status.waitFor();
      const grantDates = page.locator(`${id('grantedOn')}, ${id('validUntil')}`);
      expect(await grantDates.count(), 'no status yet').toBe(0);
      // The fields in the order an attorney gives them, by their labels.
      const labels = await page.locator('#root_lawEnforcement_continuedPresence label.control-label').allTextContents();
      expect(labels.map((l) => l.replace(/\s*\(required\)$/, ''))).toEqual(['Status', 'Requesting agency', 'Requested on']);
      expect(await textNow(page.locator('#root_lawEnforcement_continuedPresence_exhibits__description'))).toBe('Letters of the exhibits this paragraph cites (listed in “Exhibits”); printed as "(See Exhibit A.)" at its end.');

      // Requested, not yet decided.
      await status.selectOption({ label: 'Requested, not yet decided' });
      await page.locator(id('agency')).fill('Homeland Security Investigations');
      await page.locator(id('requestedOn')).fill('March 2024');
      await page.locator(id('agency')).focus();
      expect(await grantDates.count(), 'a request not yet decided').toBe(0);

      // Granted: its two dates drawn; the grant's date required, said by the labels.
      await status.selectOption({ label: 'Granted' });
      await expect.poll(() => grantDates.count(), SLOW).toBe(2);
      const granted = page.locator(id('grantedOn'));
      const issues = (f: string): Locator => page.locator(`.field-issues[data-path="lawEnforcement.continuedPresence.${f}"] li`);
      await expect.poll(() => textNow(issues('grantedOn')), SLOW).toBe('Error: Granted on: is not given, but Continued Presence is granted (“Status”): give the date of the grant, as its notice or Form I-94 gives it.');
      // Read once its error is shown (a loaded case's fields show theirs): the error, then the help.
      expect(await describedBy(granted)).toMatch(/^Error: Granted on: is not given, [^]*\. When Continued Presence was granted, as the grant notice or Form I-94 gives it; required when “Status” is “Granted”, refused otherwise\. Type as much of the date as is known: /);
      // A grant before the request, and an end that is no date.
      await granted.fill('02/2024');
      await page.locator(id('agency')).focus();
      await expect.poll(() => textNow(issues('grantedOn')), SLOW).toMatch(/^Error: Granted on: is before the date the agency requested Continued Presence \(“Requested on”\)/);
      await granted.fill('04/22/2024');
      await page.locator(id('validUntil')).fill('13/45/2025');
      await page.locator(id('agency')).focus();
      await expect.poll(() => textNow(issues('validUntil')), SLOW).toMatch(/^Error: Valid until: 13\/45\/2025 is not a date that exists/);
      await page.locator(id('validUntil')).fill('04/21/2026');
      await page.locator(id('agency')).focus();
      await expect.poll(() => issues('validUntil').count(), SLOW).toBe(0);
      await page.locator('#root_lawEnforcement_continuedPresence').screenshot({ path: join(SHOTS, 'continued-presence-granted.png') });

      // Denied, the dates still held: kept on the page, each refused at its field.
      await status.selectOption({ label: 'Denied' });
      await expect.poll(() => textNow(issues('validUntil')), SLOW).toMatch(/^Error: Valid until: is given, but the status says the request was denied/);
      expect(await grantDates.count()).toBe(2);
      await page.locator('#root_lawEnforcement_continuedPresence').screenshot({ path: join(SHOTS, 'continued-presence-denied.png') });
    });
  });
});
