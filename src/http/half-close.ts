// Telling a client that half-closed on purpose from one that is gone, before its answer begins
// (docs/http-errors.md, "The half-close and Node"). Both send a FIN: a script's `socket.end()` or
// `nc -N` after its request (RFC 9112 §9.6 lets it wait for the answer; src/http/server.ts keeps
// such a socket open), and the system of a client killed or closed whole. Only a write tells them
// apart: a live client's system takes the bytes, a closed socket's answers them with a reset, and
// the write after that one fails (EPIPE, ECONNRESET), which destroys the socket and closes the
// response. A batch writes nothing before its first document, 16 s on a cold pool, and until
// 2026-12-07 a killed client held its batch slot (HARBOR_MAX_BATCHES) and its records' renders
// all that time.
import type { Request, Response } from 'express';

/**
 * Milliseconds between one probe and the next once the client's FIN has come: the first at once,
 * the second soon after (a reset comes back within a round trip), then further apart while the
 * answer has not begun; the last is repeated. A live half-closed client reads 25 bytes a probe.
 */
export const PROBE_DELAYS_MS = [100, 400, 1_000, 2_000] as const;

/**
 * From the client's FIN (at once if it has come already) until the response's headers go out or
 * it closes, send `100 Continue` now and then: an interim response (RFC 9110 §15.2, which every
 * HTTP/1.1 client must read and pass over, expected or not; §15.2.1). On a live half-closed
 * connection it is read and passed over; on a dead one the second write fails and the response
 * closes, freeing what it held (the batch slot, the renders: the route's `close` listeners).
 * Never to an HTTP/1.0 client, which may not be sent a 1xx (RFC 9110 §15.2). Returns a stop.
 */
export function probeAfterHalfClose(req: Request, res: Response, delays: readonly number[] = PROBE_DELAYS_MS): () => void {
  const socket = req.socket;
  if (req.httpVersionMajor !== 1 || req.httpVersionMinor < 1) return () => {};
  let timer: NodeJS.Timeout | undefined;
  let step = 0;
  let stopped = false;
  const probe = (): void => {
    if (stopped || res.headersSent || res.writableEnded || socket.destroyed) return;
    res.writeContinue();
    timer = setTimeout(probe, delays[Math.min(step++, delays.length - 1)]);
  };
  const stop = (): void => {
    stopped = true;
    socket.off('end', probe);
    res.off('close', stop);
    clearTimeout(timer);
  };
  res.once('close', stop);
  if (socket.readableEnded) probe();
  else socket.once('end', probe);
  return stop;
}
