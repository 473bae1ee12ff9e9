// Errors as RFC 9457 problem details (docs/http-errors.md), and the mapping of body-parser failures onto
// Harbor's closed set of error codes.
//
// Nothing here puts an error's own message into a response or a log line unless it is a
// HarborError (whose messages name fields and rules, never data): body-parser and V8 quote the
// request body in their messages ("Unexpected token 'M', "Maria ..." is not valid JSON").
import { figure } from '../domain/format.js';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { HarborError, toProblem } from '../errors.js';
import { jsonForTerminal } from '../terminal.js';
import { bodyNotJson, jsonErrorPosition, notJsonWhy } from '../validate.js';
import { NOT_IMPLEMENTED } from './middleware.js';

export const PROBLEM_TYPE = 'application/problem+json';

/**
 * A problem's JSON text: a path that echoes a field or column as the client gave it keeps its
 * value, its control and text-direction characters written as JSON escapes (`\u202e`), as
 * `harbor check` writes its JSON (src/terminal.ts jsonForTerminal): none raw on the wire.
 */
export function problemJson(body: Record<string, unknown>): string {
  return jsonForTerminal(JSON.stringify(body));
}

/** Write a problem+json response. A 500 never carries the underlying message. */
export function sendProblem(res: Response, e: HarborError, requestId: string): void {
  const body = toProblem(e);
  // A bug (500) never shows its message; a 503 (busy, render-timeout) is load, and a 501 (a
  // transfer coding Harbor does not undo) the client's doing: both say so.
  if (e.httpStatus >= 500 && e.httpStatus !== 503 && e.httpStatus !== NOT_IMPLEMENTED) {
    body.detail = `Harbor failed while handling this request; quote request id ${requestId} when reporting it`;
    delete body.errors;
  }
  body.requestId = requestId;
  if (e.code === 'unauthorized') res.set('WWW-Authenticate', 'Bearer realm="harbor"');
  res.status(e.httpStatus).type(PROBLEM_TYPE).send(problemJson(body));
}

/**
 * A whole HTTP/1.1 response carrying `e` as problem+json, written straight to a socket: for what
 * is answered before (or without) the app, by Node's HTTP layer (server.ts) or a refused
 * connection (connections.ts). `Connection: close` always: the socket is closed after it.
 */
export function rawProblem(e: HarborError, id: string, extra: string[] = []): string {
  const body = problemJson({ ...toProblem(e), requestId: id });
  const head = [
    `HTTP/1.1 ${String(e.httpStatus)} ${STATUS_CODES[e.httpStatus] ?? ''}`,
    `Content-Type: ${PROBLEM_TYPE}`,
    `Content-Length: ${String(Buffer.byteLength(body))}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `X-Request-Id: ${id}`,
    ...extra,
    'Connection: close',
  ];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

/** The Content-Encodings Harbor decodes (body-parser's, and the batch route's own reader). */
export const BODY_ENCODINGS = ['gzip', 'deflate', 'br'] as const;

/** A client's header value fit to quote in a detail: printable ASCII, at most 32 characters. */
const quoted = (v: unknown): string => `"${String(v ?? '').replace(/[^\x20-\x7e]|"/g, '?').slice(0, 32)}"`;

/**
 * Whether `e` is a zlib or Brotli decoder's error: a body that is not what its Content-Encoding
 * says. Node's decoders give a numeric `errno` and a `code`: Z_DATA_ERROR, Z_BUF_ERROR (cut
 * short)… for gzip and deflate, and Brotli's own error names after "ERR_" for br
 * (ERR__ERROR_FORMAT_PADDING_2, ERR__ERROR_FORMAT_EXUBERANT_NIBBLE…).
 */
export function isDecoderError(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  const { code, errno } = e as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_[A-Z_]+|ERR__ERROR_[A-Z0-9_]+)$/.test(code);
}

/** 400 for a body that does not decode as `encoding` (the request's Content-Encoding). */
export function undecodable(encoding: string | undefined): HarborError {
  const enc = (encoding ?? '').trim().toLowerCase();
  const which = (BODY_ENCODINGS as readonly string[]).includes(enc) ? ` (Content-Encoding: ${enc})` : '';
  const message = 'the body is not what its Content-Encoding says';
  return new HarborError('malformed-input', `The request body could not be decoded${which}`, [{ path: '', code: 'malformed-input', message }]);
}

/** 415 for a Content-Encoding Harbor does not decode (x-gzip, zstd, compress…). */
export function unsupportedEncoding(encoding: unknown): HarborError {
  return new HarborError('unsupported-media-type', `Content-Encoding ${quoted(encoding)} is not supported; send the body as ${BODY_ENCODINGS.join(', ')} or uncompressed (identity)`);
}

/**
 * A request path whose percent-encoding does not decode (`/v1/documents/%ZZ`): express's router
 * throws a URIError (status 400) while it matches the route, before any handler runs. The
 * client's mistake: 400 `malformed-input`, never a 500 logged as a bug.
 */
export function fromPathDecoding(e: unknown): HarborError | undefined {
  if (!(e instanceof URIError)) return undefined;
  return new HarborError('malformed-input', 'The request path could not be decoded: each "%" in it must start a percent-encoded UTF-8 byte (two hex digits, RFC 3986)');
}

/** 413 for a single route's body over HARBOR_BODY_LIMIT (`limit` bytes). */
export function bodyTooLarge(limit: number | undefined): HarborError {
  return new HarborError('payload-too-large', `The request body is larger than the limit of ${limit === undefined ? '?' : figure(limit)} bytes (HARBOR_BODY_LIMIT)`);
}

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
  message?: unknown;
}

/**
 * A body-parser error → HarborError, or undefined when `e` is not one. Types are body-parser 2's
 * documented `err.type` values, which the body reader (./body.ts) gives in the same shape. `encoding`: the
 * request's Content-Encoding.
 */
export function fromBodyParser(e: unknown, encoding?: string): HarborError | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const x = e as BodyParserError & { encoding?: unknown };
  // A body whose Content-Encoding (gzip, deflate, br) does not describe it: the decoder's own
  // error, passed on by body-parser without a `type`. The client's mistake, not Harbor's: 400.
  if (isDecoderError(e)) return undecodable(encoding);
  if (typeof x.type !== 'string' || typeof x.status !== 'number') return undefined;
  switch (x.type) {
    case 'entity.parse.failed': {
      // body-parser keeps the text it failed on (`body`): worded as every entry point words it.
      const { body } = x as { body?: unknown };
      const at = jsonErrorPosition(x);
      return bodyNotJson(typeof body === 'string' ? notJsonWhy(x, body) : `not valid JSON${at === undefined ? '' : ` (at character ${String(at)})`}`);
    }
    case 'entity.too.large':
      return bodyTooLarge(typeof x.limit === 'number' ? x.limit : undefined);
    case 'encoding.unsupported':
      return unsupportedEncoding(x.encoding ?? encoding);
    // No `charset.unsupported`: the body reader (./body.ts) reads bytes and never judges a
    // charset; a charset is the app's to judge (documents.ts jsonBody: 415 naming it).
    default:
      // request.aborted, request.size.invalid, stream.not.readable...: the body did not arrive whole.
      if (x.status >= 400 && x.status < 500) return new HarborError('malformed-input', 'The request body could not be read');
      return undefined;
  }
}
