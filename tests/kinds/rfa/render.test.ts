// The rfa draft rendered to PDF and DOCX through the whole pipeline, read back as text the way a
// reviewer (or a copy/paste into Shepherd) would: every provided value is there, every missing one
// says "Not yet known", the deadline box is on page 1, the banner on every page, and the
// care provider's address only in the confidential section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxParts, docxText, pdfPages, pdfText, wordXmlText } from '../../support/extract.js';
import { expectGolden } from '../../support/golden.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/rfa/${name}.json`, import.meta.url), 'utf8'));
const BANNER = 'Draft for entry in OTIP Shepherd — confidential';

const cache = new Map<string, Promise<Uint8Array>>();
function render(name: string, format: Format): Promise<Uint8Array> {
  const key = `${name}.${format}`;
  if (!cache.has(key)) cache.set(key, generate({ kind: 'rfa', input: fixture(name), format }).then((g) => g.bytes));
  return cache.get(key)!;
}
async function textOf(name: string, format: Format): Promise<string> {
  const bytes = await render(name, format);
  return format === 'pdf' ? pdfBody(pdfText(bytes)) : docxText(bytes);
}
/** PDF text without the running banner, header and footer lines, which interrupt a paragraph that crosses a page. */
function pdfBody(text: string): string {
  return text
    .split(/[\n\f]/)
    .filter((l) => l !== BANNER && !/^Request for Assistance \(child\) · draft prepared /.test(l) && !/^Page \d+ of \d+$/.test(l.trim()))
    .join('\n');
}
/**
 * Whitespace (and hyphens) removed: robust to line wrapping in either format. Hyphens go too
 * because pdftotext joins a line that ends in "-" with the next one and drops the hyphen.
 */
const compact = (s: string) => s.replace(/[\s-]+/g, '');
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

// Fields printed in another form than they are stored (codes, enums, dates, times): checked
// explicitly below instead of verbatim.
const TRANSFORMED = new Set(['preparedAt', 'discoveredAt', 'dateOfBirth', 'date', 'endDate', 'citizenship', 'countryOfBirth', 'sex', 'custody', 'types', 'acts', 'means', 'purposes', 'whereExploited', 'relationship', 'continuedPresence', 'aNumber', 'timeZone']);

/** Every free-text value of a case, one entry per paragraph/line. */
function providedTexts(v: unknown, key = ''): string[] {
  if (TRANSFORMED.has(key)) return [];
  if (typeof v === 'string') return v.split(/\n+/).filter((x) => x.trim() !== '');
  if (Array.isArray(v)) return v.flatMap((x) => providedTexts(x, key));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => providedTexts(x, k));
  return [];
}

describe.each(['pdf', 'docx'] as const)('rfa rendered to %s', (format) => {
  it('minimal: every provided value, and "Not yet known" once for each of the 42 items still to find out', async () => {
    const text = await textOf('minimal', format);
    for (const v of providedTexts(fixture('minimal'))) expect(compact(text), v).toContain(compact(v));
    for (const v of ['Guatemala (GT)', 'May 10, 2010', 'Labor trafficking']) expect(compact(text)).toContain(compact(v));
    // computed.stillToFindOut of minimal (tests/kinds/rfa/still-to-find-out.test.ts): 6 now, 36 later.
    expect(count(text, 'Not yet known')).toBe(42);
    expect(squashed(text)).toContain('Needed now and not yet known (6):');
    expect(squashed(text)).toContain('Can follow later (36):');
    // No requester zone given: the requester's times are at the offset written in preparedAt
    // (the clock of the age rules too), the deadline also in Eastern time; nothing is "assumed".
    expect(squashed(text)).toContain('Time zone Not given: the requester’s times here are at UTC-05:00, the offset written in the preparation time');
    expect(squashed(text)).toContain('Due (UTC-05:00) Sunday, March 8, 2026, 10:00 PM UTC-05:00');
    expect(squashed(text)).toContain('Sunday, March 8, 2026, 11:00 PM EDT');
    expect(squashed(text)).not.toMatch(/assumed/i);
  });

  it('a Hawaii draft without a zone: every time, the age and the local date on the clock of preparedAt (review B point 3)', async () => {
    const c = fixture('minimal');
    c.discoveredAt = '2026-07-10T19:00:00-10:00';
    c.preparedAt = '2026-07-10T19:30:00-10:00';
    c.child.dateOfBirth = '2008-07-11';
    const g = await generate({ kind: 'rfa', input: c, format });
    const all = squashed(format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes));
    // Not "Saturday, July 11, 2026, 1:30 AM EDT" beside an age taken on July 10.
    if (format === 'pdf') expect(all).toContain('draft prepared July 10, 2026, 7:30 PM UTC-10:00'); // the running header
    expect(all).toContain('Draft prepared Friday, July 10, 2026, 7:30 PM UTC-10:00 (30 minutes after)');
    expect(all).toContain('Child’s age 17; last day under 18: July 10, 2026');
    // Due before local midnight: Eastern's (6 PM HST) had passed when the concern was learned.
    expect(all).toContain('Due (UTC-10:00) Friday, July 10, 2026, 11:59 PM UTC-10:00');
    expect(all).toContain('Due (Eastern time, OTIP) Saturday, July 11, 2026, 5:59 AM EDT');
    expect(all).not.toMatch(/assumed|America\/New_York/);
  });

  it('an estimated age says so on page 2 as on page 1', async () => {
    const text = squashed(await textOf('adult-estimated', format));
    expect(text).toContain('Child’s age 18 (estimated); last day under 18');
    expect(text).toContain('Age when prepared 18 (estimated); last day under 18');
  });

  it('full: every provided value, transformed values in words, 2 unknowns (trafficker 2)', async () => {
    const text = await textOf('full', format);
    for (const v of providedTexts(fixture('full'))) expect(compact(text), v).toContain(compact(v));
    for (const v of [
      // requester.timeZone America/Los_Angeles, by its name and the times' (zone-name.test.ts).
      'Time zone Pacific time (PST and PDT)',
      'Honduras (HN)',
      'Female',
      'November 2, 2009',
      'A212345678',
      'ORR foster care',
      'Labor trafficking and sex trafficking',
      'Recruited, transported, harbored and obtained',
      'Fraud and coercion',
      'Debt bondage and involuntary servitude (labor trafficking); a commercial sex act (sex trafficking)',
      'Abroad, in transit to the United States and in the United States',
      'UC-2026-048151',
      'Mother: Rosa Amalia Mejía Alvarado',
      'Suspected in the trafficking: No',
      'Acquaintance of the child’s mother',
      'Boarding-house manager',
      'August 1, 2025 (approximate)',
      'October 15, 2025 – January 30, 2026',
      'Continued Presence Requested, no decision yet',
      'Sunday, March 8, 2026, 8:00 PM PDT',
      'Sunday, March 8, 2026, 11:00 PM EDT',
      'last day under 18: November 1, 2027',
    ]) {
      expect(compact(text), v).toContain(compact(v));
    }
    expect(count(text, 'Not yet known')).toBe(2);
    expect(squashed(text)).toContain('Needed now: everything needed within 24 hours is known.');
    expect(squashed(text)).toContain('Can follow later (2): Suspected trafficker 2: name; Suspected trafficker 2: description.');
  });

  it('a draft with nothing still to find out: verified as true and complete', async () => {
    const c = fixture('full');
    c.concern.traffickers[1].name = 'Unnamed manager (“Don Beto”)';
    c.concern.traffickers[1].description = 'Ran the boarding house and kept the child’s pay.';
    const g = await generate({ kind: 'rfa', input: c, format });
    const text = squashed(format === 'pdf' ? pdfBody(pdfText(g.bytes)) : docxText(g.bytes));
    expect(text).not.toContain('Not yet known');
    expect(text).toContain('To the best of my knowledge the information in it is true and complete.');
    expect(text).toContain('Nothing is still to find out: everything needed within 24 hours and everything that can follow is known.');
  });

  it('the care provider’s address only in the confidential section', async () => {
    const text = compact(await textOf('full', format));
    const address = compact('1200 Orchard Lane, Suite 4, Fresno, CA 93701');
    expect(count(text, address)).toBe(1);
    const at = text.indexOf(address);
    expect(text.lastIndexOf(compact('CONFIDENTIAL: where the child lives'), at)).toBeGreaterThan(text.lastIndexOf(compact('4. Location and custody'), at));
    expect(text.indexOf(compact('5. Trafficking concerns'))).toBeGreaterThan(at);
    // care provider, case manager's organization and the letter recipient's
    expect(count(text, compact('Valley Oak Transitional Foster Care'))).toBe(3);
  });

  it('hostile: markup characters stay text, every narrative paragraph is there', async () => {
    const text = await textOf('hostile', format);
    const c = compact(text);
    for (const v of providedTexts(fixture('hostile'))) expect(c, v.slice(0, 40)).toContain(compact(v));
    for (let i = 1; i <= 40; i++) expect(c).toContain(compact(`Paragraph ${i}. The child said <b>"the boss"</b>`));
    expect(c).toContain(compact('END-OF-NARRATIVE.'));
    expect(c).toContain(compact('Name: Not yet known'));
  });

  it('late: the LATE row and the warning in the deadline box, as a sentence without its code', async () => {
    const text = squashed(await textOf('late', format));
    expect(text).toContain('Prepared after the deadline');
    expect(text).toMatch(/The draft is prepared 30 hours after the concern was learned[^.]*\./);
    expect(text).not.toContain('rfa-past-24-hours');
  });

  it('turns 18 tonight: the deadline box says why in words', async () => {
    const text = squashed(await textOf('turns-18-tonight', format));
    expect(text).toContain('Sunday, March 8, 2026, 8:59 PM PDT');
    expect(text).toContain('Sunday, March 8, 2026, 11:59 PM EDT');
    expect(text).toContain('Before the child turns 18 at midnight, March 9, 2026 (the start of the 18th birthday, Eastern time)');
    expect(text).toContain('24 hours after the concern was learned would be later: Monday, March 9, 2026, 7:00 PM PDT');
    expect(text).not.toContain('turns-18-soon');
  });

  it('verification: an incomplete draft is true to the best of the requester’s knowledge and not complete', async () => {
    const text = squashed(await textOf('minimal', format));
    // Where the missing items are listed, by the lists' headings: true however the pages break
    // (minimal's "Can follow later" list runs onto page 2).
    expect(text).toContain(
      'The information in it is true to the best of my knowledge. It is not complete: 42 items are still to be found out (listed under “Needed now and not yet known” and “Can follow later” before section 1), and I will supply them to OTIP as they are learned.',
    );
    expect(text).not.toContain('page 1');
    expect(text).not.toContain('true and complete');
  });

  it('supervisor review line with the supervisor’s name and title', async () => {
    const text = squashed(await textOf('full', format));
    expect(text).toContain('Supervisor review');
    expect(text).toContain('Gwendolyn Achterberg-Nwosu');
    expect(text).toContain('Program Supervisor, Child Welfare Services');
  });

  it('released to a sponsor suspected in the trafficking: ORR case, sponsor, and the address only in the confidential section', async () => {
    const text = compact(await textOf('released-to-sponsor', format));
    expect(text).toContain(compact('ORR case number * UC-2025-113307'));
    expect(text).toContain(compact('Sponsor suspected in the trafficking * Yes'));
    const address = compact('48 Pinecrest Court, Apt. 2, Houston, TX 77036');
    expect(count(text, address)).toBe(1);
    expect(text.lastIndexOf(compact('CONFIDENTIAL: where the child lives'), text.indexOf(address))).toBeGreaterThan(-1);
    expect(text).toContain(compact('A commercial sex act (sex trafficking)'));
    expect(text).toContain(compact('None needed: sex trafficking of a child needs no means'));
  });

  it('golden text of minimal, full and age-range-none (each format with its running banner, header and footer)', async () => {
    const raw = async (name: string) => (format === 'pdf' ? pdfText(await render(name, format)) : docxWithRunning(await render(name, format)));
    expectGolden(`rfa/minimal.${format}.txt`, await raw('minimal'));
    expectGolden(`rfa/full.${format}.txt`, await raw('full'));
    // A child known only by an age range, with no case manager and an attorney not yet named: the
    // rows "None" and "Yes; name to follow", the age "About 15 to 16" (rfa-draft.md, "None or not yet known").
    expectGolden(`rfa/age-range-none.${format}.txt`, await raw('age-range-none'));
  });
});

const squashed = (s: string) => s.replace(/\s+/g, ' ');

/**
 * A DOCX's text as the PDF golden reads: its header parts (the banner and "draft prepared …"), the
 * body, then its footer parts, each header and footer part marked by its name. The body alone left
 * the running header, where the preparation time and its zone are printed, out of the golden.
 */
function docxWithRunning(bytes: Uint8Array): string {
  const parts = docxParts(bytes);
  const named = (re: RegExp) =>
    Object.keys(parts)
      .filter((n) => re.test(n))
      .sort()
      .map((n) => `[${n}]\n${wordXmlText(parts[n]!)}`);
  return [...named(/^word\/header\d*\.xml$/), docxText(bytes), ...named(/^word\/footer\d*\.xml$/)].join('\n');
}

describe('rfa PDF pages', () => {
  it('the deadline box is on page 1 and the banner on every page', async () => {
    const pages = pdfPages(await render('full', 'pdf'));
    expect(pages.length).toBeGreaterThan(1);
    const first = squashed(pages[0]!);
    expect(first).toContain('Deadline: submit to OTIP by');
    expect(first).toContain('24 hours after the concern was learned');
    // Page 1 says whether anything needed within 24 hours is missing.
    expect(first).toContain('Needed now: everything needed within 24 hours is known.');
    expect(first).toContain('Sunday, March 8, 2026, 8:00 PM PDT');
    expect(first).toContain('Sunday, March 8, 2026, 11:00 PM EDT');
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(BANNER);
      expect(squashed(p)).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });
  // The supervisor review is a run-in line under the requester's signature, not a heading of its
  // own: as a heading, a sentence and a signature (23% of a page) it started a page of its own in
  // both examples, the page before it 80% full (template 2.11.0; rfa-draft.md, "Verification").
  it.each(['full', 'minimal'])('%s: the supervisor review shares the page of the requester’s signature', async (name) => {
    const pages = pdfPages(await render(name, 'pdf')).map(squashed);
    const at = pages.findIndex((p) => p.includes('Supervisor review'));
    expect(at).toBe(pages.length - 1);
    expect(pages[at]).toContain('10. Requester’s verification');
    expect(pages[at]).toContain('Supervisor review. I have reviewed this draft with the requester.');
  });
  it('the same case renders to the same bytes', async () => {
    const again = await generate({ kind: 'rfa', input: fixture('full'), format: 'pdf' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(await render('full', 'pdf')))).toBe(true);
  });
});

describe('rfa DOCX', () => {
  it('carries the banner in the page header and the deadline box first in the body', async () => {
    const parts = docxParts(await render('full', 'docx'));
    const headers = Object.entries(parts).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.some(([, x]) => x.includes(BANNER))).toBe(true);
    const body = squashed(docxText(await render('full', 'docx')));
    expect(body.indexOf('Deadline: submit to OTIP by')).toBeLessThan(body.indexOf('1. Requester'));
    expect(body.indexOf('Deadline: submit to OTIP by')).toBeGreaterThanOrEqual(0);
  });
});
