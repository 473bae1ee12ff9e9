// Bearer-key authentication for /v1 (HARBOR_API_KEYS, comma-separated; docs/configuration.md §Configuration).
//
// Keys are compared in constant time: both sides are hashed to 32 bytes first (so lengths never
// differ and timingSafeEqual applies), and every configured key is compared on every request (no
// early exit revealing which key matched or how many there are).
//
// Guessing is bounded: a client address (IPv6 by /56, as the rate limit) that sends more than
// AUTH_FAILURES_PER_MINUTE wrong or missing keys in a minute gets 429 `rate-limited` for the
// rest of that minute, whatever key it sends (so a guess cannot be confirmed while limited).
// The request rate limit (HARBOR_RATE_LIMIT) runs after authentication and never sees these.
import { figure } from '../domain/format.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { HarborError } from '../errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Wrong or missing keys one client address may send in a minute before it is refused (429). */
export const AUTH_FAILURES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
/** Addresses tracked at once; past it, expired windows are dropped, then the oldest. */
const MAX_TRACKED = 100_000;

export function bearerAuth(keys: readonly string[], failuresPerMinute = AUTH_FAILURES_PER_MINUTE): RequestHandler {
  const digests = keys.map(digest);
  // Failures per address in the current window: address key → [count, window end (ms)].
  const failures = new Map<string, [number, number]>();
  const prune = (now: number): void => {
    for (const [k, [, end]] of failures) if (end <= now) failures.delete(k);
    for (const k of failures.keys()) {
      if (failures.size < MAX_TRACKED) break;
      failures.delete(k);
    }
  };
  return (req, res, next) => {
    const now = Date.now();
    const who = ipKeyGenerator(req.ip ?? '');
    const seen = failures.get(who);
    if (seen && seen[1] <= now) failures.delete(who);
    const current = failures.get(who);
    if (current && current[0] >= failuresPerMinute) {
      res.set('Retry-After', String(Math.max(1, Math.ceil((current[1] - now) / 1000))));
      next(new HarborError('rate-limited', `More than ${figure(failuresPerMinute)} requests with a wrong or missing API key in a minute; wait for Retry-After seconds`));
      return;
    }
    const fail = (message: string): void => {
      if (current) current[0]++;
      else {
        if (failures.size >= MAX_TRACKED) prune(now);
        failures.set(who, [1, now + WINDOW_MS]);
      }
      next(new HarborError('unauthorized', message));
    };
    const header = req.get('authorization') ?? '';
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m) {
      fail('Send an API key as "Authorization: Bearer <key>"');
      return;
    }
    const given = digest(m[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(given, d) || ok;
    if (ok) next();
    else fail('The API key is not valid');
  };
}
