// The web app in a real browser (issue 13): Debian's Chromium driven by playwright-core, against
// the real HTTP app on a loopback port. A person's steps: typing, clicking, choosing files.
// One browser for the whole file; every page is checked with axe-core, and any console error or
// CSP violation fails the test that caused it. Screenshots go to tests/output/web/ (not committed)
// to be looked at after every run; `UPDATE_SCREENSHOTS=1` writes the README's copies in docs/img/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { buildWebIfStale, chromiumPath, CHROMIUM_ARGS, isoIn, ymd } from './support.js';

// The browser's globals, for the functions that run in the page (page.evaluate); this file is
// compiled with Node's types only.
declare const window: any, document: any, location: any, localStorage: any, sessionStorage: any, indexedDB: any, caches: any;
type HTMLAnchorElement = any;

const ROOT = join(import.meta.dirname, '..', '..');
/** How long a poll waits: the machine may be busy (2 cores shared with the rest of the suite). */
const SLOW = { timeout: 30_000, interval: 100 };
const IMG = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'img') : join(ROOT, 'tests', 'output', 'web');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Fictional people only. The child's name is what the tests look for in the PDF, and never in a
// URL, a cookie, browser storage or the server's log.
const CHILD_GIVEN = 'Yesenia Marisol';
const CHILD_FAMILY = 'Quintanilla Oyuela';

let server: Server;
let base: string;
let context: BrowserContext;
let work: string;
const logLines: string[] = [];
const requests: string[] = [];

/** Problems a page reported: console errors, uncaught exceptions, CSP violations. */
const problems: string[] = [];

/**
 * Chromium logs every non-2xx response of a fetch as a console error. The live check answers 422
 * while the case is incomplete: that is the API's contract (problem+json with the errors), not a
 * fault of the page, so exactly that line for exactly that URL is let through.
 */
function allowed(text: string, url: string): boolean {
  return /status of 422/.test(text) && /\/v1\/documents\/[a-z-]+(\/check)?(\?format=(pdf|docx))?$/.test(url);
}

// Each test answers for the problems that arose during it.
beforeEach(() => {
  problems.length = 0;
});

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowed(m.text(), m.location().url)) problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return page;
}

/** axe-core on the page as it is: no serious or critical violation. */
async function axe(page: Page, what: string): Promise<void> {
  await page.evaluate(AXE); // through the DevTools protocol: the page's CSP still forbids eval
  const result = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  })) as { id: string; impact: string; nodes: string[] }[];
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${what}: ${JSON.stringify(bad)}`).toEqual([]);
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

function noProblems(what: string): void {
  expect(problems, what).toEqual([]);
}

beforeAll(async () => {
  buildWebIfStale(ROOT);
  mkdirSync(IMG, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  server = createApp({ log: (l) => logLines.push(l) }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'America/Chicago',
  });
  // Every CSP violation is recorded where the test can read it.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e: any) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  context.on('request', (r) => requests.push(r.url()));
  // Nothing goes to the network but this origin: any other request is refused and recorded as a
  // problem. (blob:, data: and the browser's own PDF viewer, chrome-extension:, are not network.)
  await context.route(/^(https?|wss?|ftp):\/\/(?!127\.0\.0\.1:)/, (route) => {
    problems.push(`off-origin request: ${route.request().url()}`);
    return route.abort();
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('home page', () => {
  it('lists the four kinds with what they are and who files them, and links to batch and docs', async () => {
    const page = await newPage();
    await page.goto(base + '/');
    await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(4);
    const links = await page.locator('#kinds a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(['/forms/rfa', '/forms/t-visa-declaration', '/forms/restitution-worksheet', '/forms/best-interests-memo']);
    expect(await page.locator('#kinds li .who').count()).toBe(4);
    await expect.poll(() => page.getByRole('link', { name: /batch/i }).count(), SLOW).toBeGreaterThan(0);
    await axe(page, 'home');
    expect(await cspViolations(page)).toEqual([]);
    noProblems('home');
    await page.close();
  });
});

describe('RFA form', () => {
  let page: Page;
  // Times at the entry point (the test): discovered two hours ago, prepared one hour ago, in
  // Eastern standard time as typed by the caseworker.
  const now = Date.now();
  const discovered = isoIn(new Date(now - 2 * 3600_000), -300);
  const prepared = isoIn(new Date(now - 3600_000), -300);
  const today = new Date(prepared.local.slice(0, 10) + 'T00:00:00Z');
  const yearsAgo = (years: number, plusDays: number): string => {
    const d = new Date(today);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() + plusDays);
    return ymd(d);
  };

  /** Scripts of the form page's first load: [url, bytes on the wire, content-encoding]. */
  const scripts: [string, number, string][] = [];

  beforeAll(async () => {
    page = await newPage();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push([r.url(), Number(r.headers()['content-length']), r.headers()['content-encoding'] ?? '']);
    });
    await page.goto(base + '/forms/rfa');
    await page.locator('#root_preparedAt').waitFor();
  });

  it('loads at most 300 KB of compressed JavaScript', () => {
    expect(scripts.map(([u]) => new URL(u).pathname)).toEqual(['/app/form.js']);
    const total = scripts.reduce((n, [, bytes, enc]) => (expect(enc).toBe('gzip'), n + bytes), 0);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThanOrEqual(300 * 1024);
  });
  afterAll(async () => {
    if (page && !page.isClosed()) await page.close();
  });

  const checkState = () => page.locator('#check-state').textContent();
  const issuesAt = (path: string) => page.locator(`ul.field-issues[data-path="${path}"]`);

  it('is filled from empty by typing and clicking up to a valid case, with the deadline countdown', async () => {
    // An untouched form is not checked.
    expect(await checkState()).toMatch(/Fill in the form/);
    await page.locator('#root_discoveredAt').fill(discovered.local);
    await page.locator('#root_discoveredAt__offset').fill('-05:00');
    await page.locator('#root_preparedAt').fill(prepared.local);
    await page.locator('#root_preparedAt__offset').fill('-05:00');
    await page.locator('#root_requester_name').pressSequentially('Dana Whitfield');
    await page.locator('#root_requester_organization').fill('Riverside Family Services');
    await page.locator('#root_requester_email').fill('dana.whitfield@example.org');
    await page.locator('#root_requester_phone').fill('+1 555 0100 200');
    await page.locator('#root_child_givenName').pressSequentially(CHILD_GIVEN);
    await page.locator('#root_child_familyName').fill(CHILD_FAMILY);
    await page.locator('#root_child_dateOfBirth').fill(yearsAgo(15, 0));
    // A list: "Add" makes an item, then its input is typed into.
    await page.locator('#root_child_citizenship').getByRole('button', { name: 'Add' }).click();
    await page.locator('#root_child_citizenship_0').fill('GT');
    await page.locator('#root_child_immigrationStatus').fill('Unaccompanied child in removal proceedings');
    await page.locator('#root_child_inUnitedStates').getByLabel('Yes').check();
    await page.locator('#root_concern_types').getByLabel('labor').check();
    await page.locator('#root_concern_narrative').fill('The child said she worked long hours in a restaurant kitchen and was not allowed to keep her pay.');
    // While it is incomplete the live check lists what is missing; once complete it is valid.
    await expect.poll(checkState, SLOW).toMatch(/^The case is valid/);
    await expect.poll(() => page.locator('#countdown').textContent(), SLOW).toMatch(/^2[12] h \d\d min left$/);
    expect(await page.locator('#due-eastern').textContent()).toMatch(/America\/New_York/);
    expect(await page.locator('#due-local').textContent()).toMatch(/\d{1,2}:\d\d/);
    await axe(page, 'rfa form, valid');
    expect(await cspViolations(page)).toEqual([]);
    // The case's `id` is a batch record's reference: the schema has it, the form does not.
    expect(await page.locator('#root_id').count()).toBe(0);
    noProblems('rfa fill');
  });

  it('shows a warning next to the date of birth when the child turns 18 soon (screenshot for the README)', async () => {
    await page.locator('#root_child_dateOfBirth').fill(yearsAgo(18, 8));
    await expect.poll(() => issuesAt('child.dateOfBirth').textContent(), SLOW).toMatch(/Warning:.*18/);
    // The warning is tied to its input, and the top list's entry goes to the field.
    const describedBy = await page.locator('#root_child_dateOfBirth').getAttribute('aria-describedby');
    const issuesId = await issuesAt('child.dateOfBirth').getAttribute('id');
    expect(describedBy!.split(' ')).toContain(issuesId);
    await page.locator('.problem-list button[data-path="child.dateOfBirth"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('root_child_dateOfBirth');
    await page.locator('#root_child_dateOfBirth').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(IMG, 'rfa-form-warning.png') });
    await axe(page, 'rfa form with a warning');
    noProblems('rfa warning');
  });

  it('shows the error next to the date of birth when the child is 18, and it goes when fixed', async () => {
    await page.locator('#root_child_dateOfBirth').fill(yearsAgo(18, -1));
    await expect.poll(() => issuesAt('child.dateOfBirth').textContent(), SLOW).toMatch(/Error:/);
    expect(await checkState()).toMatch(/problem/);
    await axe(page, 'rfa form with an error');
    await page.locator('#root_child_dateOfBirth').fill(yearsAgo(16, 0));
    await expect.poll(checkState, SLOW).toMatch(/^The case is valid/);
    expect(await issuesAt('child.dateOfBirth').count()).toBe(0);
    noProblems('rfa error');
  });

  it('previews the PDF in the page and downloads it under the API\'s file name; the child\'s name is in its text', async () => {
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.locator('iframe#preview').getAttribute('src'), SLOW).toMatch(/^blob:http:\/\/127\.0\.0\.1/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rfa-[0-9a-f]{16}\.pdf$/);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(CHILD_FAMILY);
    expect(text).toContain(CHILD_GIVEN);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download DOCX' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^rfa-[0-9a-f]{16}\.docx$/);
    // "Save draft" downloads the case as JSON; it is the same case.
    const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save draft' }).click()]);
    expect(draft.suggestedFilename()).toBe('rfa-draft.json');
    await draft.saveAs(join(work, 'rfa-draft.json'));
    const saved = JSON.parse(readFileSync(join(work, 'rfa-draft.json'), 'utf8'));
    expect(saved.child.givenName).toBe(CHILD_GIVEN);
    expect(saved.preparedAt).toBe(prepared.iso);
    noProblems('rfa download');
  });

  it('keeps no case data in localStorage, sessionStorage, IndexedDB, cookies or the URL', async () => {
    const where = await page.evaluate(async () => ({
      url: location.href,
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).map((k) => k + '=' + sessionStorage.getItem(k)),
      cookie: document.cookie,
      idb: (await indexedDB.databases()).map((d: { name: string }) => d.name),
      caches: 'caches' in window ? await caches.keys() : [],
    }));
    expect(where).toEqual({ url: `${base}/forms/rfa`, local: 0, session: [], cookie: '', idb: [], caches: [] });
    expect(await context.cookies()).toEqual([]);
    for (const u of requests) {
      expect(u).not.toContain(encodeURIComponent(CHILD_FAMILY.split(' ')[0]!));
      expect(u).not.toContain(CHILD_FAMILY.split(' ')[0]);
      expect(u).not.toMatch(/#|[?&](?!format=)/); // no fragment, no query but ?format=
    }
    for (const l of logLines) expect(l).not.toContain(CHILD_FAMILY.split(' ')[0]);
  });

  it('asks before the page is left with changes not saved', async () => {
    await page.locator('#root_child_familyName').fill(`${CHILD_FAMILY}-Ruiz`); // a change since "Save draft"
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (d) => (resolve(d.type()), void d.dismiss()));
      setTimeout(() => resolve('no dialog in 20 s'), 20_000);
    });
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});

describe('T-visa declaration form', () => {
  it('opens a saved draft and shows its warnings on their fields', async () => {
    // A saved draft: the shipped fictional case that draws the most warnings (valid, so the
    // warnings are all there is to see). The API's own warnings are then looked for on the page.
    let draft = '';
    let warnings: { path: string; message: string }[] = [];
    const dir = join(ROOT, 'fixtures', 't-visa-declaration');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.startsWith('invalid-'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const res = await fetch(`${base}/v1/documents/t-visa-declaration/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
      if (!res.ok) continue;
      const r = (await res.json()) as { warnings: { path: string; message: string }[] };
      if (r.warnings.length > warnings.length) [draft, warnings] = [text, r.warnings];
    }
    expect(warnings.length).toBeGreaterThan(0);
    const file = join(work, 't-visa-draft.json');
    writeFileSync(file, draft);

    const page = await newPage();
    await page.goto(base + '/forms/t-visa-declaration');
    await page.getByRole('button', { name: 'Open draft…' }).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => page.locator('#check-state').textContent(), SLOW).toMatch(/valid, with \d+ warning/);
    for (const w of warnings) {
      const here = page.locator(`ul.field-issues[data-path="${w.path}"]`);
      expect(await here.textContent(), w.path).toContain(w.message);
    }
    expect(await page.locator('.problem-list li.warning').count()).toBe(warnings.length);
    expect(await page.locator('#minor-exemption').textContent()).toMatch(/^(Yes|No)/);
    expect(await page.locator('#attestation').textContent()).not.toBe('—');
    await axe(page, 't-visa form with warnings');
    expect(await cspViolations(page)).toEqual([]);
    expect(await page.evaluate(() => [Object.keys(localStorage).length, Object.keys(sessionStorage).length, document.cookie, location.href])).toEqual([0, 0, '', `${base}/forms/t-visa-declaration`]);
    noProblems('t-visa draft');
    await page.close();
  });
});

describe('best-interests memo form', () => {
  it('an estimated date of birth and a hearing after the 18th birthday: the summary says estimated, the warning is on the hearing date; two placements need a rank', async () => {
    // Practitioner review, m1: the shipped fictional case with those dates.
    const file = join(work, 'memo-draft.json');
    writeFileSync(file, readFileSync(join(ROOT, 'fixtures', 'best-interests-memo', 'decision-after-18.json'), 'utf8'));
    const page = await newPage();
    await page.goto(base + '/forms/best-interests-memo');
    await page.getByRole('button', { name: 'Open draft…' }).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => page.locator('#check-state').textContent(), SLOW).toMatch(/valid, with 2 warnings/);
    expect(await page.locator('ul.field-issues[data-path="nextHearingOn"]').textContent()).toContain('the next hearing is 1 day after the child’s 18th birthday');
    expect(await page.locator('#memo-age').textContent()).toBe('17 (estimated)');
    expect(await page.locator('#memo-days').textContent()).toBe('19 (estimated)');
    expect(await page.locator('#memo-18th').textContent()).toBe('2026-03-29 (estimated)');
    // Each alternative has its order of preference (practitioner review, m1), a number input; a
    // second placement recommended without one is refused at that field.
    const rank = page.locator('#root_alternatives_1_preference');
    expect(await rank.getAttribute('type')).toBe('number');
    await page.locator('#root_alternatives_1_recommended-0').check(); // the yes/no pair's "Yes"
    await expect.poll(() => page.locator('ul.field-issues[data-path="alternatives.1.preference"]').textContent(), SLOW).toContain('2 placements are recommended');
    await rank.fill('2');
    await page.locator('#root_alternatives_0_preference').fill('1');
    await expect.poll(() => page.locator('#check-state').textContent(), SLOW).toMatch(/valid, with 2 warnings/);
    await axe(page, 'memo form, ranked placements');
    expect(await cspViolations(page)).toEqual([]);
    noProblems('memo draft');
    await page.close();
  });
});

describe('batch page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
    await page.goto(base + '/batch');
    await page.locator('#kind option').nth(3).waitFor({ state: 'attached' });
  });
  afterAll(async () => page?.close());

  /** Cases for the sheet: the example, a child who is an adult, and a date that is not a date. */
  async function cases(): Promise<{ header: string[]; rows: string[][] }> {
    const csv = await (await fetch(`${base}/v1/documents/rfa/csv-template`)).text();
    const [h, r] = csv.trim().split('\r\n').map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')));
    const dob = h!.indexOf('child.dateOfBirth');
    const adult = [...r!];
    adult[dob] = '1990-01-01';
    const notADate = [...r!];
    notADate[dob] = 'sometime in 2010';
    return { header: h!, rows: [r!, adult, r!, notADate] };
  }

  async function run(file: string): Promise<{ rows: string[][]; zip: Uint8Array }> {
    await page.locator('#kind').selectOption('rfa');
    await page.locator('#file').setInputFiles(file);
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => page.locator('#status').textContent(), SLOW).toBe('Done.');
    const rows = await page.locator('#bad-rows-body tr').evaluateAll((trs) => trs.map((tr) => Array.from((tr as any).children as ArrayLike<{ textContent: string | null }>).map((c) => c.textContent ?? '')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('rfa-batch.zip');
    const saved = join(work, `batch-${Date.now()}.zip`);
    await download.saveAs(saved);
    return { rows, zip: readFileSync(saved) };
  }

  function checkZip(zip: Uint8Array): void {
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({ total: 4, rendered: 2, failed: 2 });
    expect(Object.keys(files).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
  }

  it('a CSV with bad rows: each bad row in the table (row, column, rule), then the ZIP', async () => {
    const { header, rows } = await cases();
    const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const file = join(work, 'cases.csv');
    writeFileSync(file, [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n');
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    expect(table[0]![2]).toMatch(/18|adult|under/i);
    checkZip(zip);
    await axe(page, 'batch with bad rows (CSV)');
    noProblems('batch csv');
  });

  it('an Excel workbook made from the template, with bad rows: the same table, then the ZIP (screenshot for the README)', async () => {
    const { header, rows } = await cases();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await fetch(`${base}/v1/documents/rfa/xlsx-template`)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    rows.forEach((r, i) => {
      header.forEach((h, j) => {
        // Dates typed as Excel dates, as a person would; everything else as text.
        const v = r[j]!.replace(/^'(?=[=+\-@])/, ''); // the CSV's formula guard is not part of the value
        ws.getCell(i + 2, j + 1).value = h === 'child.dateOfBirth' && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(v + 'T00:00:00Z') : v;
      });
    });
    const file = join(work, 'cases.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    checkZip(zip);
    await page.screenshot({ path: join(IMG, 'batch-bad-rows.png'), fullPage: true });
    await axe(page, 'batch with bad rows (XLSX)');
    expect(await cspViolations(page)).toEqual([]);
    noProblems('batch xlsx');
  });

  it('a CSV saved by Excel as plain "CSV" (Windows-1252): refused as UTF-8, naming where, and made once its encoding is chosen', async () => {
    const { header, rows } = await cases();
    const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const text = [header, ...rows].map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
    // Windows-1252's bytes: Latin-1 letters as themselves, curly quotes at 0x91–0x94.
    const cp1252: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
    const bytes = Buffer.from(
      [...text].map((ch) => {
        const c = ch.codePointAt(0)!;
        if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
        if (cp1252[ch] !== undefined) return cp1252[ch]!;
        throw new Error(`no Windows-1252 byte for U+${c.toString(16)}`);
      }),
    );
    expect(bytes.some((b) => b >= 0x80)).toBe(true);
    const file = join(work, 'excel-plain.csv');
    writeFileSync(file, bytes);
    await page.locator('#kind').selectOption('rfa');
    await page.locator('#encoding').selectOption('');
    await page.locator('#file').setInputFiles(file);
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => page.locator('#status').textContent(), SLOW).toMatch(/^The batch was refused: The batch is not UTF-8 text: line 2 \(byte offset [\d,]+\).*charset=windows-1252$/);
    // The refusal is the API's answer (400 problem+json), which Chromium logs as a console error.
    expect(problems).toEqual([expect.stringMatching(/^console: .*status of 400.*\/v1\/batches\/rfa\?/)]);
    problems.length = 0;
    await page.locator('#encoding').selectOption('windows-1252');
    const { rows: table, zip } = await run(file);
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['3', 'child.dateOfBirth'],
      ['5', 'child.dateOfBirth'],
    ]);
    checkZip(zip);
    await page.locator('#encoding').selectOption('');
    noProblems('batch windows-1252');
  });
});

describe('API docs', () => {
  it('/docs renders Swagger UI from this origin, offline, under the CSP, with every operation', async () => {
    const page = await newPage();
    await page.goto(base + '/docs');
    await expect.poll(() => page.locator('.opblock').count(), SLOW).toBeGreaterThan(10);
    expect(await page.locator('.opblock-summary-operation-id').first().textContent()).toBe('getHealth');
    // "Try it out" on the example request of a check.
    await page.locator('#operations-rfa-checkRfa .opblock-summary').click();
    await page.getByRole('button', { name: 'Try it out' }).click();
    await page.getByRole('button', { name: 'Execute' }).click();
    await expect.poll(() => page.locator('#operations-rfa-checkRfa .live-responses-table tbody .response-col_status').first().textContent(), SLOW).toMatch(/200/);
    await axe(page, 'docs');
    expect(await cspViolations(page)).toEqual([]);
    noProblems('docs');
    await page.close();
  });
});

describe('API key', () => {
  it('is asked once in a dialog and kept in sessionStorage only', async () => {
    const keyed = createApp({ apiKeys: ['web-test-key-0123456789'] }).listen(0, '127.0.0.1');
    await new Promise((r) => keyed.once('listening', r));
    try {
      const page = await newPage();
      await page.goto(`http://127.0.0.1:${(keyed.address() as AddressInfo).port}/`);
      await page.getByRole('textbox', { name: 'API key' }).fill('web-test-key-0123456789');
      await page.getByRole('button', { name: 'Use this key' }).click();
      await expect.poll(() => page.locator('#kinds li').count(), SLOW).toBe(4);
      expect(await page.evaluate(() => [Object.keys(localStorage).length, sessionStorage.getItem('harbor.apiKey'), document.cookie])).toEqual([0, 'web-test-key-0123456789', '']);
      // Allowed: the 401 that made the page ask.
      problems.splice(0, problems.length, ...problems.filter((p) => !/status of 401/.test(p)));
      noProblems('api key');
      await page.close();
    } finally {
      keyed.closeAllConnections(); // the browser keeps its connections open
      await new Promise((r) => keyed.close(r));
    }
  });
});
