// The document routes (docs/http.md §Routes): the kinds, each kind's schema, example and batch
// templates, `…/check` and the render route, with what they decide from a request's line and
// headers (the format from `?format=` and Accept, the body's media type and charset) and the
// `Harbor-Warnings` header. Registered on the `/v1` router by `createApp` (./app.ts).
import { probeAfterHalfClose } from './half-close.js';
import type { Request, RequestHandler, Response, Router } from 'express';
import { HarborError, cut, issueCount, listedIssues, type Issue } from '../errors.js';
import type { AnyKind } from '../kinds/kind.js';
import { checkCase, CONTENT_TYPES, generate, parseFormat, type Format } from '../pipeline.js';
import { exampleCase } from '../kinds/fixtures.js';
import type { CaseSource, Renderer } from '../workers/renderer.js';
import { parseCaseJson, type CaseJson } from '../validate.js';
import { csvTemplate } from '../batch/run.js';
import { declaredLengthWithin } from './admission.js';
import { readBody } from './body.js';
import { preferred, type NoneChosen } from './accept.js';
import { onlyQuery } from './query.js';
import { mediaAndCharset } from './charset.js';
import { caseJsonSchema } from './openapi.js';
import { hasBody } from './middleware.js';
import { bodyTooLarge } from './problems.js';
import { BATCH_TYPES } from '../batch/input.js';
import { encodingFor, unknownEncodingMessage } from '../encodings.js';

/** The pipeline entry points the app calls; injectable so tests can use a kind of their own. */
export interface Engine {
  check: typeof checkCase;
  generate: typeof generate;
  /** A complete, valid, fictional case of the kind, or undefined when none is shipped. */
  example: (kindId: string) => unknown;
}

export const defaultEngine: Engine = {
  check: checkCase,
  generate,
  example: exampleCase,
};

/** Longest Harbor-Warnings value, in characters: clients refuse headers over 8–16 KB in total. */
export const MAX_WARNINGS_HEADER = 4096;

/**
 * `Harbor-Warnings`: codes and paths only (messages are prose; …/check has them), ASCII-safe JSON.
 * A list that does not hold every warning (it would pass MAX_WARNINGS_HEADER, or the warnings were
 * capped at MAX_ISSUES and end with a `more-issues` entry, which is not a warning and is never
 * listed) ends with `{"path":"","code":"more-warnings"}`; `Harbor-Warnings-Count`
 * (`warningsCount`) always gives the full number.
 */
export function warningsHeader(warnings: readonly Issue[]): string | undefined {
  if (warnings.length === 0) return undefined;
  // Header values must be Latin-1; escape anything outside printable ASCII as \uXXXX (still JSON).
  const ascii = (s: string): string => s.replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  const listed = listedIssues(warnings);
  const complete = listed.length === warnings.length;
  const items = listed.map((w) => ascii(JSON.stringify({ path: w.path, code: w.code })));
  const more = JSON.stringify({ path: '', code: 'more-warnings' });
  let out = '';
  for (const [i, item] of items.entries()) {
    const rest = i < items.length - 1 || !complete ? more.length + 1 : 0;
    if (out.length + item.length + 2 + rest > MAX_WARNINGS_HEADER) return out ? `[${out},${more}]` : `[${more}]`;
    out += (out ? ',' : '') + item;
  }
  if (complete) return `[${out}]`;
  return out ? `[${out},${more}]` : `[${more}]`;
}

/** `Harbor-Warnings-Count`: every warning, those past the cap included (the cap's entry is not one). */
export function warningsCount(warnings: readonly Issue[]): string {
  return String(issueCount(warnings));
}

/**
 * The 406's detail when the Accept header allows neither format, saying what to change
 * (./accept.ts NoneChosen): a range that names a variant with a parameter before its weight
 * (`application/pdf;level=1`, which RFC 9110 § 12.5.1 matches to no PDF sent without one), the
 * formats a weight of 0 refuses, or neither named. Until 2026-12-06 all three were "allows neither
 * application/pdf nor …", which left a client sending `application/pdf;level=1;q=0.5` no clue.
 */
function noFormatAccepted(none: NoneChosen<string>): string {
  const both = `${CONTENT_TYPES.pdf} or ${CONTENT_TYPES.docx}`;
  if (none.variant !== undefined) {
    return `The Accept header asks for ${cut(none.variant)}: a parameter before the weight names a variant of the type, and Harbor sends ${both} with no parameter, so the range matches neither (RFC 9110 § 12.5.1); drop the parameter (one after q= is passed over), or use ?format=pdf|docx`;
  }
  if (none.refused.length > 0) {
    return `The Accept header refuses ${none.refused.join(' and ')} with q=0 and allows no other format Harbor makes; give one a weight above 0 (${both}), or use ?format=pdf|docx`;
  }
  return `The Accept header names neither ${CONTENT_TYPES.pdf} nor ${CONTENT_TYPES.docx}, nor a range holding one (application/* or */*): Harbor makes only those two; ask for one, or use ?format=pdf|docx`;
}

/** The output format: `?format=` first, then the Accept header; PDF when neither says. */
export function negotiateFormat(req: Request): Format {
  const q = req.query.format;
  if (q !== undefined) {
    if (typeof q !== 'string') throw new HarborError('unknown-format', 'Give ?format= once: pdf or docx');
    return parseFormat(q);
  }
  if (!req.get('accept')) return 'pdf';
  // Read as RFC 9110 writes it (./accept.ts): a weight past 1 or with four decimals is no weight,
  // wherever it is in the header, and parameters after a weight do not hide the type.
  const best = preferred(req.get('accept') ?? '', [CONTENT_TYPES.pdf, CONTENT_TYPES.docx]);
  if ('bad' in best) throw new HarborError('unknown-format', `The Accept header gives ${cut(best.bad.range)} the weight q=${cut(best.bad.value)}, which is no weight: a q-value is a number from 0 to 1 with at most three decimals (RFC 9110 § 12.4.2), like q=0.8; or use ?format=pdf|docx`);
  if (best.type === undefined) throw new HarborError('unknown-format', noFormatAccepted(best.none));
  return best.type === CONTENT_TYPES.docx ? 'docx' : 'pdf';
}

/**
 * The JSON body of a single route as its bytes, still unparsed, or 400/415. The bytes go to the
 * render thread that does the work, which parses them (`parseCaseJson`, worded as express's JSON
 * parser did): this thread never parses, walks or copies a case (issue 16).
 */
function jsonBody(req: Request): CaseJson {
  // A body of no bytes is no body, however it came: `Content-Length: 0`, or chunked (or
  // compressed) with nothing in it, which was read as `{}` and answered 422 with every required
  // field of the kind, as if a case had been sent empty.
  const empty = Buffer.isBuffer(req.body) && req.body.length === 0;
  if (!hasBody(req) || empty) throw new HarborError('malformed-input', 'The request has no body; send the case as a JSON object', [{ path: '', code: 'malformed-input', message: 'empty body' }]);
  if (!Buffer.isBuffer(req.body)) throw notJson();
  const charset = bodyHeaders(req);
  return { text: req.body, ...(charset ? { charset } : {}), as: 'body' };
}

const notJson = (): HarborError => new HarborError('unsupported-media-type', 'Send the case as JSON with Content-Type: application/json');

/**
 * The encoding a single route's body is in, from its Content-Type alone (undefined: UTF-8, or what
 * its byte-order mark says), or 415: not JSON, or a charset Harbor does not read (or two).
 */
function bodyHeaders(req: Request): string | undefined {
  if (!req.is('application/json')) throw notJson();
  // JSON is UTF-8 (RFC 8259 §8.1); a body labelled otherwise (`charset=windows-1252`) is decoded as
  // it says, with the encodings and words of a batch's (src/encodings.ts).
  const { label } = mediaAndCharset(req.get('content-type'));
  const charset = label === undefined ? undefined : encodingFor(label);
  if (label !== undefined && charset === undefined) throw new HarborError('unsupported-media-type', unknownEncodingMessage('Content-Type charset', label));
  return charset;
}

/** The kind a route's `:kind` names among `kinds`, or 404 `unknown-kind` listing them. */
export function kindFinder(kinds: readonly AnyKind[]): (req: Request) => AnyKind {
  return (req: Request): AnyKind => {
    const id = String(req.params.kind ?? '');
    const k = kinds.find((x) => x.id === id);
    if (!k) throw new HarborError('unknown-kind', `Unknown document kind "${id.slice(0, 64)}"; known kinds: ${kinds.map((x) => x.id).join(', ')}`);
    return k;
  };
}

export interface DocumentsContext {
  kinds: readonly AnyKind[];
  engine: Engine;
  kindOf: (req: Request) => AnyKind;
  /** Renders documents (`harbor serve`: the pool). */
  renderer: Renderer;
  /** Checks cases: the renderer, or this thread for a renderer that cannot. */
  checker: Renderer;
  /** Largest JSON body in bytes (HARBOR_BODY_LIMIT). */
  bodyLimit: number;
  /** Longest a response may wait for a client that has stopped reading, in ms. */
  stallTimeoutMs: number;
}

/** The document routes on `v1` (the `/v1` router). */
export function documentRoutes(v1: Router, ctx: DocumentsContext): void {
  const { kinds, engine, kindOf, renderer, checker, bodyLimit, stallTimeoutMs } = ctx;
  // The body as bytes (Content-Encoding undone, the size limit applied: 400/413 as before);
  // parsing is the render thread's (`jsonBody`).
  // A declared length over the limit is refused at once, the body unread (src/http/admission.ts).
  const json: [RequestHandler, RequestHandler] = [
    declaredLengthWithin(bodyLimit, bodyTooLarge),
    readBody({ limit: bodyLimit, types: ['application/json'], tooLarge: bodyTooLarge, keep: (req, chunks) => void (req.body = Buffer.concat(chunks)) }),
  ];
  /**
   * What a single route's line and headers alone decide, judged before a byte of the body is read
   * (the kind, the render route's format, the media type and its charset), in the order the
   * handler judged them: with `Expect: 100-continue` the 100 goes out only when the body is read
   * (./server.ts), so such a request is answered before its client sends the body. Until
   * 2026-12-06 an unknown kind, format or charset got the 100, the body, then its 404, 406 or 415.
   */
  const headersFirst =
    (format: boolean): RequestHandler =>
    (req, _res, next) => {
      kindOf(req);
      if (format) negotiateFormat(req);
      if (hasBody(req)) bodyHeaders(req);
      next();
    };
  /** The case of a single route for `r`: the bytes, or parsed here for a renderer that cannot. */
  const caseFor = (r: Renderer, req: Request): CaseSource => {
    const body = jsonBody(req);
    return r.parsesJson ? { input: undefined, json: body } : { input: parseCaseJson(body) };
  };

  v1.get('/documents', onlyQuery(), (_req, res) => {
    res.json(kinds.map((k) => ({ id: k.id, title: k.title, version: k.version, description: k.description })));
  });

  v1.get('/documents/:kind/schema', onlyQuery(), (req, res) => {
    res.json(caseJsonSchema(kindOf(req)));
  });

  v1.get('/documents/:kind/example', onlyQuery(), (req, res) => {
    const kind = kindOf(req);
    const example = engine.example(kind.id);
    if (example === undefined) throw new HarborError('not-found', `No example case is shipped for ${kind.id} yet`);
    res.json(example);
  });

  v1.post('/documents/:kind/check', onlyQuery(), headersFirst(false), ...json, async (req, res) => {
    const kind = kindOf(req);
    const source = caseFor(checker, req);
    // On the render threads when there are some (validation and computation of a hostile case
    // take seconds: issue 16, defect 4), with their time limit, queue and hang-up handling.
    const answer = await whileConnected(res, (signal) => checker.check!({ kind: kind.id, ...source }, { signal }));
    if (answer === undefined) return;
    if (!answer.ok) throw new HarborError('invalid-case', 'The case data is not valid', answer.errors);
    res.type('application/json').send(answer.json);
  });

  // The answer depends on Accept (`negotiateFormat`: a PDF, a DOCX or a 406), so every answer of
  // this route says so, errors included (RFC 9110 §12.5.5): Cache-Control: no-store keeps a
  // conforming cache from storing it, but a proxy that caches by URL alone, or is told to ignore
  // no-store, must not hand a client asking for a DOCX another's PDF.
  const varyOnAccept: RequestHandler = (_req, res, next) => {
    res.vary('Accept');
    next();
  };

  v1.post('/documents/:kind', varyOnAccept, onlyQuery('format'), headersFirst(true), ...json, async (req, res) => {
    const kind = kindOf(req);
    const format = negotiateFormat(req);
    const source = caseFor(renderer, req);
    const g = await whileConnected(res, (signal) => renderer.render({ kind: kind.id, ...source, format }, { signal }));
    if (g === undefined) return;
    res.set({
      'Content-Type': g.contentType,
      // The file name carries the kind and fingerprint only: never a name from the case.
      'Content-Disposition': `attachment; filename="${kind.id}-${g.fingerprint}.${g.format}"`,
      'Harbor-Fingerprint': g.fingerprint,
    });
    const w = warningsHeader(g.warnings);
    if (w !== undefined) res.set({ 'Harbor-Warnings': w, 'Harbor-Warnings-Count': warningsCount(g.warnings) });
    res.status(200).end(Buffer.from(g.bytes.buffer, g.bytes.byteOffset, g.bytes.byteLength));
    // A client that never reads the document would hold it (and its socket) for ever.
    if (!res.writableFinished) {
      const stall = setTimeout(() => res.destroy(), stallTimeoutMs);
      res.once('close', () => clearTimeout(stall));
    }
  });

  v1.get('/documents/:kind/csv-template', onlyQuery(), (req, res) => {
    const kind = kindOf(req);
    const example = engine.example(kind.id);
    if (example === undefined) throw new HarborError('not-found', `No example case is shipped for ${kind.id} yet`);
    const csv = csvTemplate(caseJsonSchema(kind), example);
    res.type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${kind.id}-template.csv"`).send(csv);
  });

  // The workbook of each kind, built on its first request and kept: it is a pure function of the
  // kind and Harbor's version (no case data), and building it holds this thread ~100 ms, which
  // a client fetching it in a loop turned into every other request's wait. A failed build is not kept.
  const xlsxTemplates = new Map<string, Promise<Buffer>>();
  const xlsxTemplateOf = (kind: AnyKind): Promise<Buffer> => {
    let built = xlsxTemplates.get(kind.id);
    if (built === undefined) {
      built = (async () => {
        const example = engine.example(kind.id);
        if (example === undefined) throw new HarborError('not-found', `No example case is shipped for ${kind.id} yet`);
        // exceljs is loaded on first use (it takes a second or more to load).
        const { xlsxTemplate } = await import('../batch/xlsx.js');
        return Buffer.from(await xlsxTemplate(kind.title, caseJsonSchema(kind), example));
      })();
      xlsxTemplates.set(kind.id, built);
      built.catch(() => xlsxTemplates.delete(kind.id));
    }
    return built;
  };
  v1.get('/documents/:kind/xlsx-template', onlyQuery(), async (req, res) => {
    const kind = kindOf(req);
    const bytes = await xlsxTemplateOf(kind);
    res.type(BATCH_TYPES.xlsx[0]!).set('Content-Disposition', `attachment; filename="${kind.id}-template.xlsx"`).end(bytes);
  });
}

/**
 * A job on the pool (a check or a render) with a signal that aborts when the client hangs up: a
 * queued job is dropped, a running one stopped (src/workers/pool.ts). `undefined` when the client
 * left, as nobody is left to answer (the request line logs 499).
 */
async function whileConnected<T>(res: Response, job: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  const hangUp = new AbortController();
  const onClose = (): void => {
    if (!res.writableFinished) hangUp.abort(new HarborError('malformed-input', 'The client closed the connection'));
  };
  res.once('close', onClose);
  // A FIN before the answer: a client gone (curl -m, a closed tab's fetch) or one half-closed on
  // purpose; probed, so a gone one's job is dropped or stopped and logged 499, not rendered to the
  // end and logged 200 into a dead socket (./half-close.ts).
  const stopProbing = probeAfterHalfClose(res.req, res);
  try {
    return await job(hangUp.signal);
  } catch (e) {
    if (hangUp.signal.aborted) return undefined;
    throw e;
  } finally {
    stopProbing();
    res.off('close', onClose);
  }
}
