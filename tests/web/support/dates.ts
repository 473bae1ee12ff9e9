// Dates and times as a person types them into the form's inputs (the browser tests' entry point
// reads the clock; these only format what it read), and a date typed as a person who tabbed to its box.
import type { Page } from 'playwright-core';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The UTC calendar date of a moment, `yyyy-mm-dd`: what a date input takes. */
export function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A moment as the wall-clock time at a UTC offset (minutes): what a datetime-local input takes. */
export function isoIn(d: Date, offsetMinutes: number): { local: string; iso: string } {
  const t = new Date(d.getTime() + offsetMinutes * 60_000);
  const local = `${ymd(t)}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return { local, iso: `${local}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}` };
}

/** Type into a date input from its first part (the month), as a person who tabbed to it does, then leave it for the RFA's "Prepared on". */
export async function typeDate(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
  await page.locator('#root_preparedOn').focus(); // and leave it
}
