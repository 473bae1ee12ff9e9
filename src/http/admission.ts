// Admission before a body is read (docs/http.md §Batches, docs/http-errors.md): how many batches may run at
// once, in all and per client, and bodies whose declared length is already over their limit. Both
// answer at once, without reading the body; the error handler (answer-errors.ts) then closes the connection
// rather than reading what the client still sends to keep it (`lingeringClose`), after a bounded
// lingering read, so that the client reads the answer.
import { duration, figure } from '../domain/format.js';
import type { Socket } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import { HarborError } from '../errors.js';
import { clientKey, hasBody } from './middleware.js';

/** Seconds a batch refused for the batch cap is told to wait (Retry-After): batches last minutes. */
export const RETRY_AFTER_BATCH_S = 30;

export interface BatchCap {
  /** Batches running at once, all clients together (HARBOR_MAX_BATCHES). */
  total: number;
  /** Batches running at once per API key, or per client address without keys (HARBOR_MAX_BATCHES_PER_KEY). */
  perClient: number;
  /** Whether clients are told apart by API key (keys configured) or by address. */
  byKey: boolean;
}

/**
 * At most `cap.total` batches at once, and `cap.perClient` per key (or address). A batch counts
 * from the moment its headers are admitted (its body, up to 64 MB, is then held while it arrives)
 * until its response closes, however it ends. One more is refused with 503 `busy` and Retry-After
 * before a byte of its body is read: each batch holds its body and a ZIP in the making (~42 MB
 * for a 16 MB body), and its records take render threads from everything else.
 */
export function batchCap(cap: BatchCap): RequestHandler {
  let running = 0;
  const perClient = new Map<string, number>();
  return (req, res, next) => {
    const who = clientKey(req, cap.byKey);
    const mine = perClient.get(who) ?? 0;
    if (running >= cap.total || mine >= cap.perClient) {
      res.set('Retry-After', String(RETRY_AFTER_BATCH_S));
      const why =
        running >= cap.total
          ? `${figure(cap.total)} ${cap.total === 1 ? 'batch is' : 'batches are'} running, the most the service runs at once (HARBOR_MAX_BATCHES)`
          : `${figure(cap.perClient)} ${cap.perClient === 1 ? 'batch' : 'batches'} of this ${cap.byKey ? 'API key' : 'client address'} ${cap.perClient === 1 ? 'is' : 'are'} running, the most at once (HARBOR_MAX_BATCHES_PER_KEY)`;
      return next(new HarborError('busy', `${why}; retry in ${duration(RETRY_AFTER_BATCH_S * 1000)} (Retry-After)`));
    }
    running++;
    perClient.set(who, mine + 1);
    res.once('close', () => {
      running--;
      const left = (perClient.get(who) ?? 1) - 1;
      if (left === 0) perClient.delete(who);
      else perClient.set(who, left);
    });
    next();
  };
}

/**
 * 413 at once for a body whose declared length (`Content-Length`, no Content-Encoding) is over
 * `limit` bytes, before a byte of it is read (body-parser, which read bodies before ./body.ts,
 * read and dropped the whole of one first, up to the request time limit: a declared 1 TB was read
 * for 60 s, then answered 408).
 */
export function declaredLengthWithin(limit: number, tooLarge: (limit: number) => HarborError): RequestHandler {
  return (req, _res, next) => {
    const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
    const length = Number(req.get('content-length'));
    if (encoding === 'identity' && Number.isFinite(length) && length > limit) return next(tooLarge(limit));
    next();
  };
}

/** The bounds of a lingering close (RFC 9112 §9.6), per app: `lingeringClose`. */
export interface LingerLimits {
  /** The longest the rest of a refused body is read and dropped (ms). */
  ms: number;
  /** ... the longest without a byte from the client before the connection is closed (ms). */
  idleMs: number;
  /** ... the most bytes read so. */
  bytes: number;
  /**
   * ... and the most connections lingering at once: one more cuts the one that has lingered
   * longest. Many clients refused at once (a 401 or 413 for each of thousands of connections, each
   * sending a byte every few seconds) would otherwise hold a socket each for LINGER_MS after its
   * answer; with the cap they hold at most this many, whatever else they hold.
   */
  sockets: number;
}

/**
 * The shipped bounds: 30 s in all, 5 s of silence, a 64 MB batch body's worth (the largest
 * HARBOR_BODY_LIMIT allows), 64 connections. A connection cut by the cap still had its answer and
 * a FIN sent first: only a client still sending after it may miss it (its system's reset), as
 * every client did before the lingering close.
 */
export const LINGER: Readonly<LingerLimits> = { ms: 30_000, idleMs: 5_000, bytes: 64 * 1024 * 1024, sockets: 64 };
const LINGER_TICK_MS = 1_000;

/**
 * The connections lingering after their answer, at most `max` at once, each known by its cut (the
 * function that closes it and lets its slot go): past the cap, the one that has lingered longest
 * is cut to make room (its answer was sent first). One per app for `lingeringClose`, one per server
 * for the connections refused past a connection cap (./connections.ts).
 *
 * `stop()` cuts them all, for a shutdown: Node's `server.close()` waits for every connection the
 * server accepted, and a lingering one (its answer sent, nothing left to serve) is unknown to its
 * `closeIdleConnections`, so a client that neither closes nor sends kept the shutdown waiting out
 * its linger (5 s for a refused connection, up to LINGER.ms for a refused body).
 */
export class LingerSlots {
  // Oldest first: a Set keeps insertion order.
  private readonly cuts = new Set<() => void>();
  private stopped = false;
  constructor(private readonly max: number) {}
  /**
   * Take a slot for `cut`, cutting the longest-lingering first while none is free. False once
   * stopped: nothing lingers then, and the caller closes its connection once its answer is out.
   */
  hold(cut: () => void): boolean {
    if (this.stopped) return false;
    while (this.cuts.size >= this.max) this.cuts.values().next().value!();
    this.cuts.add(cut);
    return true;
  }
  /** Let `cut`'s slot go (its connection closed). */
  release(cut: () => void): void {
    this.cuts.delete(cut);
  }
  /** Cut every lingering connection now, and let none linger from now on (a shutdown). */
  stop(): void {
    this.stopped = true;
    for (const cut of [...this.cuts]) cut();
  }
}

/** Close `socket` once what was written to it is out (Node's own `destroySoon`), never before. */
export function closeWhenWritten(socket: Socket): void {
  if (socket.writableFinished) socket.destroy();
  else socket.once('finish', () => socket.destroy());
}

/**
 * Answering before the body was read (a 413 from its declared length or its first byte over the
 * limit, a busy batch, a missing key): `Connection: close`, so that the connection ends once the
 * answer is sent instead of the rest of the body being read to keep it alive; but closed in two
 * steps (RFC 9112 §9.6): the answer and a FIN first, then what the client still sends is read and
 * dropped until it closes its side or the body ends, within `limits` (LINGER: 30 s, 5 s with
 * nothing sent, 64 MB, 64 connections at once). Node's own close destroyed the socket as soon as
 * the answer was written; the body's bytes still arriving were then answered with a TCP reset,
 * which made the client's system drop the answer it had not yet read: on a loaded machine `fetch`
 * of a 1.5 MB case got "fetch failed" (EPIPE) instead of its 413 (tests/http/lingering-close.test.ts).
 * One set of slots per app (`lingering`: `harbor serve` passes its own, to stop them at shutdown):
 * the cap counts the app's own lingering connections.
 */
export function lingeringClose(limits: Readonly<LingerLimits> = LINGER, lingering = new LingerSlots(limits.sockets)): (req: Request, res: Response) => void {
  return (req, res) => {
    if (!hasBody(req) || req.complete) return;
    res.set('Connection', 'close');
    // Node's server ends a `Connection: close` exchange with `socket.destroySoon()` once the answer
    // is written (lib/_http_server.js resOnFinish): this socket lingers instead.
    const socket = req.socket;
    socket.destroySoon = () => linger(req, socket, limits, lingering);
  };
}

function linger(req: Request, socket: Socket, limits: Readonly<LingerLimits>, lingering: LingerSlots): void {
  socket.end(); // the answer, then a FIN: the client reads it whatever it sends meanwhile
  const start = Date.now();
  const startBytes = socket.bytesRead;
  let seen = startBytes;
  let quietSince = start;
  const cut = (): void => {
    clearInterval(tick);
    lingering.release(cut);
    socket.destroy();
  };
  // Past the cap, the connection that has lingered longest makes room (its answer was sent first).
  // Shutting down: no lingering, closed once the answer is out.
  if (!lingering.hold(cut)) return closeWhenWritten(socket);
  // Nothing more to read: closed once the answer is out (as Node's own destroySoon), never before.
  const done = (): void => {
    if (socket.writableFinished) cut();
    else socket.once('finish', cut);
  };
  // Polled: once the answer is out, the HTTP parser reads the socket itself (no 'data' events).
  // Past a bound the socket is destroyed whether or not the answer went out: a client that
  // neither reads it nor stops sending is not served for longer.
  //
  // Looked at after the loop's poll phase (setImmediate), never in the timer's own phase: after the
  // process was held (a loaded machine, a long synchronous task), a timer falls due before the poll
  // phase reads what the client sent meanwhile, so the client looked quiet for the whole time the
  // server itself could not read, and was cut (a TCP reset, the bytes unread): the client's system
  // then dropped the 413 it had not read yet, and `fetch` said ECONNRESET (tests/http/fuzz.test.ts
  // at ten times its runs; tests/http/lingering-close.test.ts "held").
  const look = (): void => {
    if (socket.destroyed) return;
    const now = Date.now();
    if (socket.bytesRead !== seen) [seen, quietSince] = [socket.bytesRead, now];
    if (now - start >= limits.ms || now - quietSince >= limits.idleMs || seen - startBytes > limits.bytes) cut();
  };
  const tick = setInterval(() => void setImmediate(look), LINGER_TICK_MS);
  tick.unref();
  socket.once('close', () => {
    clearInterval(tick);
    lingering.release(cut);
  });
  // The client closed its side, or the body is all read: nothing more to wait for.
  socket.once('end', done);
  if (req.complete) done();
  else req.once('end', done);
  // A body the route began to read and paused at its limit (./body.ts) flows again, dropped.
  req.resume();
}
