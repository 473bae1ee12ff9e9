// Connections per client address (docs/configuration.md §Configuration,
// HARBOR_MAX_CONNECTIONS_PER_ADDRESS). Every open connection holds a file descriptor of the
// process, and the header time limit lets one hold it for 20 s with half its headers sent: 300 such
// connections from one client under `ulimit -n 150` left /healthz unanswered for 20 s (accept()
// failed with EMFILE for everyone). A connection past its address's cap is answered 503 `busy` at
// once, before the HTTP parser sees a byte of it, and closed, so one client holds at most the cap
// (and its few refusals in flight) of the process's descriptors and every other client is served.
//
// The key is the TCP peer's address, as the rate limit's without keys (IPv6 by /56: one host's
// /64 holds more addresses than any cap). Not the API key, nor X-Forwarded-For: both are in the
// headers, which are exactly what a slow client never finishes sending. So a peer the app trusts as
// a proxy (HARBOR_TRUST_PROXY: a hop count trusts every peer, named subnets the peers in them) is
// never capped: its connections carry many clients, and a proxy buffers each client's headers
// before it forwards them (nginx does), so the slow client is held there, not here.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Logger } from 'pino';
import { HarborError } from '../errors.js';
import { LINGER, LingerSlots } from './admission.js';
import { RETRY_AFTER_BUSY_S } from './middleware.js';
import { rawProblem } from './problems.js';

/**
 * How long a refused connection is kept after its answer and FIN, reading and dropping what the
 * client sends (ms): closed at once with the client's request unread, the socket would be reset
 * and the client's system could drop the answer before it is read (RFC 9112 §9.6, as
 * `lingeringClose` in ./admission.ts). The client closes as soon as it has read the answer.
 */
const REFUSED_LINGER_MS = 5_000;
/** Refused connections kept so at once, all addresses together, as many as lingering closes of an app (LINGER.sockets): one more cuts the oldest (its answer went first). */
const REFUSED_LINGER_SOCKETS = LINGER.sockets;

export interface ConnectionCap {
  /** Connections one client address may hold open at once; 0: no cap. */
  perAddress: number;
  /** Whether a peer is a proxy the app believes (express's `trust proxy fn` at hop 0): never capped. */
  isTrustedProxy: (address: string) => boolean;
}

/**
 * Cap the connections of each client address on `server` (an HTTP server with no `connection`
 * listener but Node's own): Node's listener, which attaches the HTTP parser, runs only for a
 * connection under its address's cap. A refused one gets a 503 `busy` problem (Retry-After) and is
 * closed; one warning line is logged when an address starts being refused (never the address),
 * none for each further refusal until it is under its cap again, so a flood does not flood the log.
 */
export function capConnections(server: Server, cap: ConnectionCap, logger: Logger): void {
  if (cap.perAddress === 0) return;
  const nodeListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  const open = new Map<string, number>();
  const refusing = new Set<string>();
  const lingering = new LingerSlots(REFUSED_LINGER_SOCKETS);
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    // A peer already gone has no address; nothing to count (Node's listener finds it closed).
    const key = address === undefined || cap.isTrustedProxy(address) ? undefined : ipKeyGenerator(address);
    if (key !== undefined) {
      const mine = open.get(key) ?? 0;
      if (mine >= cap.perAddress) {
        if (!refusing.has(key)) {
          refusing.add(key);
          logger.warn({ status: 503, code: 'busy', cap: cap.perAddress }, 'connections refused');
        }
        refuse(socket, cap.perAddress, lingering);
        return;
      }
      open.set(key, mine + 1);
      socket.once('close', () => {
        const left = (open.get(key) ?? 1) - 1;
        if (left === 0) open.delete(key);
        else open.set(key, left);
        if (left < cap.perAddress) refusing.delete(key);
      });
    }
    for (const listener of nodeListeners) listener.call(server, socket);
  });
}

/** Answer 503 busy on a connection nothing else reads, and close it (see REFUSED_LINGER_MS). */
function refuse(socket: Socket, perAddress: number, lingering: LingerSlots): void {
  const problem = new HarborError(
    'busy',
    `This client address has ${perAddress} connections open, the most the service keeps for one address (HARBOR_MAX_CONNECTIONS_PER_ADDRESS); close one, or retry in ${RETRY_AFTER_BUSY_S} s (Retry-After)`,
  );
  const cut = (): void => {
    clearTimeout(timer);
    lingering.release(cut);
    socket.destroy();
  };
  lingering.hold(cut);
  const timer = setTimeout(cut, REFUSED_LINGER_MS);
  timer.unref();
  // A client that resets instead of closing has gone: nothing to answer, nothing to report.
  socket.on('error', cut);
  socket.once('close', cut);
  // The client closed its side (it has read the answer, or gives up): nothing more to wait for.
  // Once the answer is out, as Node's own destroySoon: never before.
  socket.once('end', () => (socket.writableFinished ? cut() : socket.once('finish', cut)));
  socket.end(rawProblem(problem, randomUUID(), [`Retry-After: ${RETRY_AFTER_BUSY_S}`]));
  socket.resume(); // what it sends meanwhile is read and dropped
}
