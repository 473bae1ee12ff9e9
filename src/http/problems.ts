// Errors as RFC 9457 problem details (docs/http.md §Errors), and the mapping of body-parser failures onto
// Harbor's closed set of error codes.
//
// Nothing here puts an error's own message into a response or a log line unless it is a
// HarborError (whose messages name fields and rules, never data): body-parser and V8 quote the
// request body in their messages ("Unexpected token 'M', "Maria ..." is not valid JSON").
import type { Response } from 'express';
import { HarborError, toProblem } from '../errors.js';
import { bodyNotJson, jsonErrorPosition } from '../validate.js';

export const PROBLEM_TYPE = 'application/problem+json';

/** Write a problem+json response. A 500 never carries the underlying message. */
export function sendProblem(res: Response, e: HarborError, requestId: string): void {
  const body = toProblem(e);
  // A bug (500) never shows its message; a 503 (busy, render-timeout) is load, and says so.
  if (e.httpStatus >= 500 && e.httpStatus !== 503) {
    body.detail = `Harbor failed while handling this request; quote request id ${requestId} when reporting it`;
    delete body.errors;
  }
  body.requestId = requestId;
  if (e.code === 'unauthorized') res.set('WWW-Authenticate', 'Bearer realm="harbor"');
  res.status(e.httpStatus).type(PROBLEM_TYPE).send(JSON.stringify(body));
}

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
  message?: unknown;
}

/**
 * A body-parser error (express.json) → HarborError, or undefined when `e` is not one.
 * Types are body-parser 2's documented `err.type` values.
 */
export function fromBodyParser(e: unknown): HarborError | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const x = e as BodyParserError;
  // A body whose Content-Encoding (gzip, deflate, br) does not describe it: zlib's own error,
  // passed on by body-parser without a `type`. The client's mistake, not Harbor's: 400.
  const z = (e as { code?: unknown }).code;
  if (typeof z === 'string' && /^(Z_|ERR_ZLIB|ERR_BROTLI)/.test(z)) {
    const message = 'the body could not be decoded as its Content-Encoding says';
    return new HarborError('malformed-input', `The request body could not be decoded: its Content-Encoding does not match it`, [{ path: '', code: 'malformed-input', message }]);
  }
  if (typeof x.type !== 'string' || typeof x.status !== 'number') return undefined;
  switch (x.type) {
    case 'entity.parse.failed':
      return bodyNotJson(jsonErrorPosition(x));
    case 'entity.too.large':
      return new HarborError(
        'payload-too-large',
        `The request body is larger than the limit of ${typeof x.limit === 'number' ? x.limit : '?'} bytes (HARBOR_BODY_LIMIT)`,
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HarborError('unsupported-media-type', 'Send the body as UTF-8 JSON (Content-Type: application/json)');
    default:
      // request.aborted, request.size.invalid, stream.not.readable...: the body did not arrive whole.
      if (x.status >= 400 && x.status < 500) return new HarborError('malformed-input', 'The request body could not be read');
      return undefined;
  }
}
