#!/usr/bin/env node
// The Docker image's HEALTHCHECK: GET /healthz on the address the service listens on, exit 0 when
// it answers 2xx, 1 otherwise (Docker's contract: 0 healthy, 1 unhealthy). It reads the same
// HOST and PORT as `harbor serve` (docs/configuration.md). A wildcard address (0.0.0.0, ::, or
// none) is reached on the loopback; a specific address, such as a container's own IP, is asked
// directly, since a service bound there does not answer on 127.0.0.1. Plain JavaScript with
// Node's own modules only, so it starts in a few tens of milliseconds every 30 s and needs no build.
import { resolve } from 'node:path';

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

/** 0 when /healthz answers 2xx within `timeoutMs`, 1 otherwise (refused, timed out, 5xx). */
export async function check(env, timeoutMs = 4000) {
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
