// Bearer-key authentication for /v1 (HARBOR_API_KEYS, comma-separated; docs/http.md §Configuration).
//
// Keys are compared in constant time: both sides are hashed to 32 bytes first (so lengths never
// differ and timingSafeEqual applies), and every configured key is compared on every request (no
// early exit revealing which key matched or how many there are).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HarborError } from '../errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function bearerAuth(keys: readonly string[]): RequestHandler {
  const digests = keys.map(digest);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m) {
      next(new HarborError('unauthorized', 'Send an API key as "Authorization: Bearer <key>"'));
      return;
    }
    const given = digest(m[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(given, d) || ok;
    next(ok ? undefined : new HarborError('unauthorized', 'The API key is not valid'));
  };
}
