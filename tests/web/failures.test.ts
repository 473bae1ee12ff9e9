// The web app when the network fails (review: a cut batch left the page on "Making the
// documents… 5823 KB received" for ever; an aborted request left "Making the PDF…" and
// "Sending …" with the spinner; a 50,000-deep draft said "The server could not be reached"): every
// fetch of the pages ends in a state a person understands. Debian's Chromium, started as for the
// other browser tests (tests/web/support/browser.ts), against the real HTTP app behind a thin
// wrapper that can make one route fail as a network does: answer part of a response then cut the
// connection, or never answer. Requests
// are also aborted or answered by a "proxy" in the browser (page.route). What is asserted is what
// a person sees: the message, no spinner, the buttons usable, no ZIP offered, and that trying
// again works; no page may throw (an unhandled rejection is a page error). Screenshots of each
// failure go to tests/output/web/ (not committed).
import { rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { MAX_JSON_DEPTH } from '../../src/limits.js';
import { ANSWER_TIMEOUT_MS } from '../../web/src/exchange.js';
import { parseCase } from '../../web/src/form/draft.js';
import { prune } from '../../web/src/form/schema.js';
import { loadExample, SHOTS, SLOW, useBrowser, textNow } from './support/browser.js';

/** A route the test makes fail: it takes the request when it returns true. */
type Hook = (req: IncomingMessage, res: ServerResponse) => boolean;
const hooks: Hook[] = [];
const held: Socket[] = [];

beforeEach(() => {
  hooks.length = 0;
});

/**
 * What Chromium logs for a request the test broke on purpose (a reset, a cut, a 5xx from the
 * "proxy", the 422 of an incomplete case) is the failure under test, not a fault of the page.
 * Uncaught errors and rejections (page errors) are never let through.
 */
function allowed(text: string, url: string): boolean {
  return /^Failed to load resource/.test(text) && new URL(url).pathname.startsWith('/v1/');
}

const app = createApp({});
// The real app behind a thin wrapper: a hook the test set takes its request first.
const web = useBrowser({
  app: () => (req, res) => {
    if (!hooks.some((h) => h(req, res))) app(req, res);
  },
  allowed,
});
const problems = web.problems;

// The connections a hook held open are closed before the server is (afterAll hooks run last first).
afterAll(() => {
  for (const s of held) s.destroy();
});

/** The next request whose path matches is answered by `take`; later ones by the app again. */
function once(path: RegExp, take: (req: IncomingMessage, res: ServerResponse) => void): void {
  const hook: Hook = (req, res) => {
    if (!path.test(req.url ?? '')) return false;
    hooks.splice(hooks.indexOf(hook), 1);
    held.push(req.socket);
    take(req, res);
    return true;
  };
  hooks.push(hook);
}

/**
 * The app answers the next matching request, but only its first chunk reaches the browser: the
 * rest is held until `cut()` closes the connection (the service shut down, or failed after its
 * 200: docs/http.md). So the cut comes while the page is receiving, whatever the machine's speed.
 */
function answerThenCut(path: RegExp): { cut: () => void } {
  let socket: Socket | undefined;
  once(path, (req, res) => {
    socket = req.socket;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    let chunks = 0;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (chunks++ === 0 ? write(chunk, ...rest) : true)) as typeof res.write;
    res.end = (() => res) as unknown as typeof res.end;
    app(req, res);
  });
  return { cut: () => socket?.destroy() };
}

/** A 200 with part of a body of the declared length, then the connection closed. */
function partThenCut(path: RegExp, type: string): void {
  once(path, (req, res) => {
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': '100000', 'Cache-Control': 'no-store' });
    res.write(Buffer.alloc(1000, 0x25), () => req.socket.destroy());
  });
}

/** The next matching request is never answered (a stalled proxy, a connection that died quietly). */
function stall(path: RegExp): void {
  once(path, () => {});
}

const newPage = web.newPage;
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `failure-${name}.png`) });

describe('the form page', () => {
  /** The RFA form, loaded with the example and checked valid: ready to make a document. */
  async function readyForm(setup?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await newPage(setup);
    await page.goto(web.base + '/forms/rfa');
    await loadExample(page);
    return page;
  }
  const status = (page: Page) => textNow(page.locator('#status'));

  /** The state after a failed document: the message, no spinner, every document button usable. */
  async function usable(page: Page): Promise<void> {
    expect(await page.locator('#status progress').count()).toBe(0);
    for (const name of ['Preview', 'Download PDF', 'Download DOCX']) expect(await page.getByRole('button', { name }).isEnabled(), name).toBe(true);
  }

  it('Download PDF when the connection is reset: says so, nothing saved, and a second try downloads it', async () => {
    const page = await readyForm();
    await page.route(/\/v1\/documents\/rfa\?format=pdf$/, (r) => r.abort('connectionreset'));
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The PDF was not made: the connection to the server failed or was cut.*No PDF was saved; your case is still on this page\. Try again\.$/);
    await usable(page);
    await shot(page, 'form-reset');
    await page.unroute(/\/v1\/documents\/rfa\?format=pdf$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rfa-[0-9a-f]{16}\.pdf$/);
    expect(await status(page)).toMatch(/downloaded\.$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Download DOCX cut half-way by the server: the same message, and no download', async () => {
    const page = await readyForm();
    let downloads = 0;
    page.on('download', () => downloads++);
    partThenCut(/^\/v1\/documents\/rfa\?format=docx$/, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await page.getByRole('button', { name: 'Download DOCX' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The DOCX was not made: the connection to the server failed or was cut.*No DOCX was saved; your case is still on this page\. Try again\.$/);
    await usable(page);
    expect(downloads).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Preview answered by a proxy with an HTML error page: the status and that no explanation came', async () => {
    const page = await readyForm();
    await page.route(/\/v1\/documents\/rfa\?format=pdf$/, (r) => r.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' }));
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => status(page), SLOW).toBe('The document could not be made: The server answered 502 (Bad Gateway) with no explanation');
    await usable(page);
    expect(await page.locator('iframe#preview').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a render that never answers: after the time limit the page says so and can try again', async () => {
    // The page's clock is the test's: the time limit passes without waiting for it.
    const page = await readyForm((p) => p.clock.install());
    stall(/^\/v1\/documents\/rfa\?format=pdf$/);
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect.poll(() => status(page), SLOW).toBe('Making the PDF…');
    expect(await page.locator('#status progress').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Download PDF' }).isDisabled()).toBe(true);
    await shot(page, 'form-waiting');
    await page.clock.runFor(ANSWER_TIMEOUT_MS);
    await expect.poll(() => status(page), SLOW).toBe('The PDF was not made: the server did not answer within 2 minutes. No PDF was saved; your case is still on this page. Try again.');
    await usable(page);
    await shot(page, 'form-timeout');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the live check when the connection fails: says so, with "Check again", which checks', async () => {
    const page = await readyForm();
    await page.route(/\/v1\/documents\/rfa\/check$/, (r) => r.abort('internetdisconnected'));
    await page.locator('#root_requester_name').fill('Dana Whitfield-Moreno');
    // The sentence is #check-state, "Check again" the button beside it in the same line (p.check-state).
    await expect.poll(() => textNow(page.locator('#problems p.check-state')), SLOW).toMatch(/^The check failed: the connection to the server failed or was cut.*\. Check again$/);
    await shot(page, 'form-check');
    await page.unroute(/\/v1\/documents\/rfa\/check$/);
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/^The case is valid/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"Start from the example" when the connection fails: says so, the form unchanged', async () => {
    const page = await newPage();
    await page.goto(web.base + '/forms/rfa');
    await page.route(/\/v1\/documents\/rfa\/example$/, (r) => r.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Start from the example' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The example was not loaded: the connection to the server failed or was cut.*The form is unchanged; try again\.$/);
    expect(await page.locator('#root_child_givenName').inputValue()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a form page whose schema cannot be fetched says so instead of "Loading…" for ever', async () => {
    const page = await newPage((p) => p.route(/\/v1\/documents\/rfa\/schema$/, (r) => r.abort('connectionreset')));
    await page.goto(web.base + '/forms/rfa');
    await expect.poll(() => textNow(page.locator('#app')), SLOW).toMatch(/^The form could not be loaded: the connection to the server failed or was cut.*Reload the page to try again\.$/);
    expect(await page.locator('h1').textContent()).toBe('The form could not be loaded');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a draft nested deeper than the server takes is refused when opened, saying why; nothing is sent and the page works on', async () => {
    const page = await newPage();
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
    await page.goto(web.base + '/forms/rfa');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open draft…' }).click()]);
    await chooser.setFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from('{"notes":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}') });
    await expect.poll(() => status(page), SLOW).toBe(
      `deep.json was not opened: it nests objects or lists deeper than ${MAX_JSON_DEPTH} levels, which no case does (the server refuses it too). The form is unchanged.`,
    );
    expect(await page.locator('#check-state').textContent()).toMatch(/^Fill in the form/);
    expect(posts).toEqual([]);
    await shot(page, 'form-deep-draft');
    // The page is whole: the empty case goes to the server, which lists what is missing.
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The document could not be made: .*\(see the list of problems\)$/);
    await usable(page);
    // The same refusal for the "Advanced" JSON; a case at the bound is taken (and checked by the server).
    await page.locator('details.advanced summary').click();
    await page.locator('#advanced-json').fill('{"notes":' + '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH) + '}');
    await page.getByRole('button', { name: 'Apply to the form' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The JSON was not applied: it nests objects or lists deeper than 64 levels/);
    await page.locator('#advanced-json').fill('{"notes":' + '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1) + '}');
    await page.getByRole('button', { name: 'Apply to the form' }).click();
    await expect.poll(() => status(page), SLOW).toBe('The draft is loaded.');
    await expect.poll(() => textNow(page.locator('#check-state')), SLOW).toMatch(/problems? to fix/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the batch page', () => {
  let csv: string;
  beforeAll(async () => {
    csv = join(web.work, 'cases.csv');
    writeFileSync(csv, await (await fetch(`${web.base}/v1/documents/rfa/csv-template`)).text());
  });

  async function batchPage(setup?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await newPage(setup);
    await page.goto(web.base + '/batch');
    await page.locator('#kind option[value="rfa"]').waitFor({ state: 'attached' });
    await page.locator('#kind').selectOption('rfa');
    return page;
  }
  const status = (page: Page) => textNow(page.locator('#status'));
  /** After a failed batch: no spinner, no Stop, no ZIP offered, "Make the documents" usable. */
  async function usable(page: Page): Promise<void> {
    expect(await page.locator('#progress').isHidden()).toBe(true);
    expect(await page.locator('#stop').isHidden()).toBe(true);
    expect(await page.locator('#download').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Make the documents' }).isEnabled()).toBe(true);
  }
  async function make(page: Page, file = csv): Promise<void> {
    await page.locator('#file').setInputFiles(file);
    await page.getByRole('button', { name: 'Make the documents' }).click();
  }

  it('a ZIP cut mid-transfer (the service shut down): says so, offers no partial ZIP, and a second run gives the ZIP', async () => {
    const page = await batchPage();
    const { cut } = answerThenCut(/^\/v1\/batches\/rfa\?/);
    await make(page);
    await expect.poll(() => status(page), SLOW).toMatch(/^Making the documents… \d+ (bytes|KB) received$/);
    expect(await page.getByRole('button', { name: 'Make the documents' }).isDisabled()).toBe(true);
    cut();
    await expect.poll(() => status(page), SLOW).toMatch(
      /^The batch stopped before the ZIP was complete \(\d+ (bytes|KB) received\): the connection to the server failed or was cut.*No ZIP was saved.*Make the documents again to retry\.$/,
    );
    await usable(page);
    expect(await page.locator('#summary').textContent()).toBe('');
    await shot(page, 'batch-cut');
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => status(page), SLOW).toBe('Done.');
    expect(await page.locator('#download').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the upload aborted (a network failure while sending): says so, and the page is usable', async () => {
    const page = await batchPage((p) => p.route(/\/v1\/batches\//, (r) => r.abort('connectionreset')));
    await make(page);
    await expect.poll(() => status(page), SLOW).toMatch(/^cases\.csv was not sent: the connection to the server failed or was cut.*No documents were made; try again\.$/);
    await usable(page);
    await shot(page, 'batch-send');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a batch that gets no answer: Stop ends it and says so', async () => {
    const page = await batchPage();
    stall(/^\/v1\/batches\/rfa\?/);
    await make(page);
    await expect.poll(() => status(page), SLOW).toBe('Sending cases.csv…');
    expect(await page.locator('#progress').isVisible()).toBe(true);
    await shot(page, 'batch-waiting');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => status(page), SLOW).toBe('Stopped: cases.csv was not sent, and no documents were made.');
    await usable(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Stop while the ZIP arrives: says so, and offers no partial ZIP', async () => {
    const page = await batchPage();
    answerThenCut(/^\/v1\/batches\/rfa\?/);
    await make(page);
    await expect.poll(() => status(page), SLOW).toMatch(/received$/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^Stopped before the ZIP was complete \(\d+ (bytes|KB) received\)\. No ZIP was saved/);
    await usable(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a 5xx with a body that is not problem+json: the status is shown', async () => {
    const page = await batchPage((p) => p.route(/\/v1\/batches\//, (r) => r.fulfill({ status: 503, contentType: 'text/plain', body: 'upstream unavailable' })));
    await make(page);
    await expect.poll(() => status(page), SLOW).toBe('The batch was refused: The server answered 503 (Service Unavailable) with no explanation');
    await usable(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a chosen file deleted before it is sent: says it could not be read, nothing sent', async () => {
    const page = await batchPage();
    const file = join(web.work, 'gone.csv');
    writeFileSync(file, 'child.givenName\nAna\n');
    await page.locator('#file').setInputFiles(file);
    rmSync(file);
    const posts: string[] = [];
    page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
    await page.getByRole('button', { name: 'Make the documents' }).click();
    await expect.poll(() => status(page), SLOW).toBe('gone.csv could not be read: it may have been moved, changed or deleted since you chose it. Choose it again.');
    await usable(page);
    expect(posts).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a template download cut half-way: says so, saves nothing, and the button works again', async () => {
    const page = await batchPage();
    let downloads = 0;
    page.on('download', () => downloads++);
    partThenCut(/^\/v1\/documents\/rfa\/xlsx-template$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await page.getByRole('button', { name: 'Download the Excel template' }).click();
    await expect.poll(() => status(page), SLOW).toMatch(/^The Excel template was not downloaded: the connection to the server failed or was cut.*Nothing was saved; try again\.$/);
    expect(downloads).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Excel template' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the list of kinds cannot be fetched: says so, and offers no button that cannot work', async () => {
    const page = await newPage((p) => p.route(/\/v1\/documents$/, (r) => r.abort('connectionreset')));
    await page.goto(web.base + '/batch');
    await expect.poll(() => status(page), SLOW).toMatch(/^The document kinds could not be loaded: the connection to the server failed or was cut.*Reload the page to try again\.$/);
    expect(await page.getByRole('button', { name: 'Make the documents' }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the home page', () => {
  it('says why the documents are not listed when the connection fails', async () => {
    const page = await newPage((p) => p.route(/\/v1\/documents$/, (r) => r.abort('connectionreset')));
    await page.goto(web.base + '/');
    await expect.poll(() => textNow(page.locator('#kinds-status')), SLOW).toMatch(/^Could not load the document kinds: the connection to the server failed or was cut.*Reload the page to try again\.$/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the page’s depth bound', () => {
  const nested = (n: number, open = '[', close = ']') => '{"a":' + open.repeat(n - 1) + close.repeat(n - 1) + '}';

  it('is the server’s (src/limits.ts): a draft nested past it is refused, whatever its brackets, and one at it is read', () => {
    for (const n of [1, 2, MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, MAX_JSON_DEPTH + 2, 50_000]) {
      // Bracket texts, not all JSON: what is asserted is whether depth is the reason given.
      for (const text of [nested(n), nested(n, '{"b":', '}'), nested(n, '["[",', ']')]) {
        const r = parseCase(text);
        const tooDeep = !r.ok && r.reason.includes(`deeper than ${MAX_JSON_DEPTH} levels`);
        expect(tooDeep, `${n}: ${text.slice(0, 40)}`).toBe(n > MAX_JSON_DEPTH);
      }
    }
    expect(parseCase(nested(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
  });

  it('bounds prune: a value nested 50,000 deep is returned, not walked to the bottom (it overflowed the stack)', () => {
    let deep: unknown = [];
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const out = prune({ notes: deep, name: '' }, undefined) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['notes']);
  });
});
