// Shared set-up for the HTTP tests: an app with captured log lines, and an RFA case of our own
// (fictional people) whose computed values were checked by hand against docs/domain/rfa.md.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'superagent';
import supertest from 'supertest';
import { z } from 'zod';
import { createApp, type AppOptions } from '../../src/http/app.js';
import { defineKind } from '../../src/kinds/kind.js';
import { PROCESS_TEST_MS } from '../support/until.js';

/**
 * HARBOR_RENDER_TIMEOUT for a `serve()` that renders on its threads in a test not about the render
 * limit (docs/testing.md): the test's own bound (PROCESS_TEST_MS, in ms; the longest the variable
 * takes). At the default 30 s, the one thread's first, cold render answered 503 render-timeout at
 * load 25-55 (tests/http/serve.test.ts "renders on its pool").
 */
export const TEST_RENDER_TIMEOUT = String(PROCESS_TEST_MS);

/** Distinctive fictional name: it must never appear in a log line or an error response. */
export const SECRET_GIVEN = 'Quillonia';
export const SECRET_FAMILY = 'Vexmarrow-Tzedaq';
export const SECRET_NARRATIVE = 'Zorbelline kitchen shifts without pay';

/**
 * A minimal valid RFA. Hand-checked: born 2010-05-10, prepared 2026-03-07 (before the 16th
 * birthday) → age 15; discovered 22:00 −05:00 → due 24 h later; labour concern with a purpose but without `means`
 * → warning `labor-without-means` at `concern.means`.
 */
export function rfaCase(): Record<string, any> {
  return {
    preparedAt: '2026-03-07T23:10:00-05:00',
    discoveredAt: '2026-03-07T22:00:00-05:00',
    requester: {
      name: 'Dana Whitfield',
      organization: 'Riverside Family Services',
      email: 'dana.whitfield@example.org',
      phone: '+1 555 0100 200',
    },
    child: {
      givenName: SECRET_GIVEN,
      familyName: SECRET_FAMILY,
      dateOfBirth: '2010-05-10',
      citizenship: ['GT'],
      immigrationStatus: 'unaccompanied child, in removal proceedings',
      inUnitedStates: true,
    },
    concern: { types: ['labor'], purposes: ['involuntary-servitude'], narrative: SECRET_NARRATIVE },
  };
}

export function harness(opts: AppOptions = {}) {
  const lines: string[] = [];
  const app = createApp({ ...opts, log: (l) => lines.push(l) });
  return { app, lines, agent: supertest(app) };
}

/** supertest parser that keeps a binary body as a Buffer. */
export function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  // In Node, superagent hands the parser the raw response stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

/**
 * The app on a real listening server (127.0.0.1, a free port), driven with global fetch: what a
 * client sees, including headers Node's http server adds. `lines` are the captured log lines.
 */
export async function listening(opts: AppOptions = {}): Promise<{ url: string; lines: string[]; close: () => Promise<void> }> {
  const lines: string[] = [];
  const app = createApp({ ...opts, log: (l) => lines.push(l) });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, lines, close };
}

/**
 * POST a JSON body (a string is sent as is) and read the answer whole. No time bound of its own
 * (it had 30 s, which a render or a 20,000-field check outlasted on a loaded machine): the test's
 * time limit bounds it.
 */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ res: Response_; bytes: Buffer; json: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(bytes.toString('utf8')) : undefined;
  return { res, bytes, json };
}
type Response_ = globalThis.Response;

/** Every 4xx/5xx of Harbor is an RFC 9457 problem with Harbor's fields. */
export function isProblem(res: Response_, json: any, status: number, code?: string): boolean {
  return (
    res.status === status &&
    /^application\/problem\+json/.test(res.headers.get('content-type') ?? '') &&
    json !== null &&
    typeof json === 'object' &&
    json.status === status &&
    typeof json.type === 'string' &&
    typeof json.title === 'string' &&
    typeof json.detail === 'string' &&
    typeof json.code === 'string' &&
    (code === undefined || json.code === code) &&
    typeof json.requestId === 'string'
  );
}

/** A tiny kind of our own, for tests that inject an engine which fails (a bug) on it. */
export function probeKind() {
  return defineKind({
    id: 'probe',
    title: 'Probe',
    description: 'test kind',
    version: '0.0.1',
    schema: z.object({ name: z.string() }),
    codes: {},
    compute: () => ({ computed: {}, warnings: [], errors: [] }),
    view: (d) => d,
    template: () => 'probe',
    documentDate: () => '2026-01-01',
  });
}
