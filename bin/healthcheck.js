#!/usr/bin/env node
// The Docker image's HEALTHCHECK: GET /healthz on the address the service listens on, exit 0 when
// it answers 2xx, 1 otherwise (Docker's contract: 0 healthy, 1 unhealthy). It reads the same
// HOST and PORT as `harbor serve` (docs/configuration.md). A wildcard address (0.0.0.0, ::, or
// none) is reached on the loopback; a specific address, such as a container's own IP, is asked
// directly, since a service bound there does not answer on 127.0.0.1. Plain JavaScript with
// Node's own modules only, so it starts in a few tens of milliseconds every 30 s and needs no build.
// How long it waits for the answer is HARBOR_HEALTHCHECK_TIMEOUT (default 4 s, under the image's
// `--timeout=5s`): an operator who gives Docker a longer --health-timeout, for a host whose load
// slows the answer, gives this one just under it, or the check still fails at 4 s.
import { resolve } from 'node:path';

/** The wait for /healthz when HARBOR_HEALTHCHECK_TIMEOUT is unset (ms): under the image's --timeout=5s. */
export const DEFAULT_TIMEOUT_MS = 4000;

/**
 * HARBOR_HEALTHCHECK_TIMEOUT in ms: `500ms`, `4s` or plain milliseconds, between 100 ms and
 * 600 s, read as the service reads HARBOR_RENDER_TIMEOUT (src/workers/settings.ts: digits without a
 * leading zero, a space before the unit allowed, the unit in any case: "4 s", "500MS"); unset or
 * empty: DEFAULT_TIMEOUT_MS. Undefined for any other value, which the check refuses.
 */
export function timeoutOf(env) {
  const v = (env.HARBOR_HEALTHCHECK_TIMEOUT ?? '').trim();
  if (v === '') return DEFAULT_TIMEOUT_MS;
  const m = /^(0|[1-9][0-9]*)\s*(ms|s)?$/i.exec(v);
  if (!m) return undefined;
  const ms = Number(m[1]) * (m[2]?.toLowerCase() === 's' ? 1000 : 1);
  return ms >= 100 && ms <= 600_000 ? ms : undefined;
}

/** The URL of /healthz for an environment with HOST and PORT as `harbor serve` reads them. */
export function healthUrl(env) {
  const host = (env.HOST ?? '').trim();
  const port = (env.PORT ?? '').trim() || '3000';
  let target;
  if (host === '' || host === '0.0.0.0') target = '127.0.0.1';
  else if (host === '::' || host === '[::]') target = '[::1]';
  // An IPv6 literal goes in brackets in a URL (RFC 3986 §3.2.2).
  else if (host.includes(':') && !host.startsWith('[')) target = `[${host}]`;
  else target = host;
  return `http://${target}:${port}/healthz`;
}

/**
 * 0 when /healthz answers 2xx within the time HARBOR_HEALTHCHECK_TIMEOUT allows, 1 otherwise
 * (refused, timed out, 5xx, or the variable not a time: then one line on stderr, which Docker
 * keeps in the container's health log, so a typo is unhealthy and says why rather than waiting
 * 4 s as if unset).
 */
export async function check(env, warn = (line) => process.stderr.write(`${line}\n`)) {
  const timeoutMs = timeoutOf(env);
  if (timeoutMs === undefined) {
    warn('harbor healthcheck: HARBOR_HEALTHCHECK_TIMEOUT must be a time between 100ms and 600s, like "4s" or "4000" (ms)');
    return 1;
  }
  try {
    const res = await fetch(healthUrl(env), { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok ? 0 : 1;
  } catch {
    return 1;
  }
}

// Run as a command (not imported by a test).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await check(process.env);
}
