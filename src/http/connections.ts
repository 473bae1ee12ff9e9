// Connections per client address and in all (docs/configuration.md §Configuration,
// HARBOR_MAX_CONNECTIONS_PER_ADDRESS, HARBOR_MAX_CONNECTIONS). Every open connection holds a file
// descriptor of the process, and the header time limit lets one hold it for 20 s with half its
// headers sent: 300 such connections from one client under `ulimit -n 150` left /healthz unanswered
// for 20 s (accept() failed with EMFILE for everyone). A connection past its address's cap, or past
// the cap of all connections together, is answered 503 `busy` at once, before the HTTP parser sees
// a byte of it, and closed. The per-address cap keeps one client to its share; the total cap keeps
// many addresses (an IPv6 /56 each is cheap) to a number of descriptors the process has, where
// before only the descriptors themselves bounded them.
//
// The key is the TCP peer's address, as the rate limit's without keys (IPv6 by /56: one host's
// /64 holds more addresses than any cap). Not the API key, nor X-Forwarded-For: both are in the
// headers, which are exactly what a slow client never finishes sending. So a peer the app trusts as
// a proxy (HARBOR_TRUST_PROXY: a hop count trusts every peer, named subnets the peers in them) is
// never capped by address: its connections carry many clients, and a proxy buffers each client's
// headers before it forwards them (nginx does), so the slow client is held there, not here. The
// total cap counts every connection, a proxy's too: each holds a descriptor all the same.
import { duration, figure } from '../domain/format.js';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Logger } from 'pino';
import { HarborError } from '../errors.js';
import { closeWhenWritten, LINGER, LingerSlots } from './admission.js';
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
/**
 * Places past the total cap for connections from the host itself (the peer's address is the
 * server's own: the image's health check, bin/healthcheck.js, which asks the loopback or the
 * address in HOST; an operator's curl on the host): so /healthz is still answered to them while
 * the cap is reached by clients elsewhere. Few: they serve a check, not traffic. A connection let
 * in by them is served `GET /healthz` (and HEAD) only, every other request answered 503 busy and
 * the connection closed (`holdsOwnHostReserve`, app.ts): a proxy on the same host that the
 * service does not trust (a local nginx, whose every connection comes from the host's address)
 * had 8 more places for any request, past the cap meant to bound the service.
 */
export const OWN_HOST_RESERVE = 8;

/** The connections let in past the total cap by OWN_HOST_RESERVE: for /healthz only. */
const reserved = new WeakSet<Socket>();

/** Whether `socket` was let in past HARBOR_MAX_CONNECTIONS by the host's own reserve (OWN_HOST_RESERVE). */
export function holdsOwnHostReserve(socket: Socket): boolean {
  return reserved.has(socket);
}

/** The refusal of a request other than the health check on a connection of the host's reserve. */
export function reserveOnlyForHealth(total: number): HarborError {
  return new HarborError(
    'busy',
    `The service has ${figure(total)} connections open, the most it keeps at once (HARBOR_MAX_CONNECTIONS); the few places it keeps past them for this host's own health check answer only GET /healthz; retry in ${duration(RETRY_AFTER_BUSY_S * 1000)} (Retry-After)`,
  );
}

export interface ConnectionCap {
  /** Connections one client address may hold open at once; 0: no cap. */
  perAddress: number;
  /** Connections open at once, all peers together (OWN_HOST_RESERVE more from the host itself); 0: no cap. */
  total: number;
  /** Whether a peer is a proxy the app believes (express's `trust proxy fn` at hop 0): never capped by address. */
  isTrustedProxy: (address: string) => boolean;
  /**
   * How long a refused connection lingers after its answer (ms); default REFUSED_LINGER_MS. For
   * tests, which hold one lingering past their own bound to show a shutdown does not wait for it.
   */
  refusedLingerMs?: number;
}

/** The lingering refused connections of a server: `stop()` them when it shuts down. */
export interface ConnectionCaps {
  lingering: LingerSlots;
}

/**
 * Cap the connections of each client address, and of all together, on `server` (an HTTP server
 * with no `connection` listener but Node's own): Node's listener, which attaches the HTTP parser,
 * runs only for a connection under both caps. A refused one gets a 503 `busy` problem (Retry-After)
 * naming the cap it met, and is closed; one warning line is logged when an address (or the
 * service, for the total cap) starts being refused (never the address), none for each further
 * refusal until it is under its cap again, so a flood does not flood the log.
 */
export function capConnections(server: Server, cap: ConnectionCap, logger: Logger): ConnectionCaps {
  const lingering = new LingerSlots(REFUSED_LINGER_SOCKETS);
  if (cap.perAddress === 0 && cap.total === 0) return { lingering };
  const lingerMs = cap.refusedLingerMs ?? REFUSED_LINGER_MS;
  const nodeListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  const open = new Map<string, number>();
  const refusing = new Set<string>();
  let openInAll = 0;
  let refusingAll = false;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    // A peer already gone has no address; nothing to count (Node's listener finds it closed).
    if (address === undefined) {
      for (const listener of nodeListeners) listener.call(server, socket);
      return;
    }
    const key = cap.perAddress === 0 || cap.isTrustedProxy(address) ? undefined : ipKeyGenerator(address);
    if (key !== undefined && (open.get(key) ?? 0) >= cap.perAddress) {
      if (!refusing.has(key)) {
        refusing.add(key);
        logger.warn({ status: 503, code: 'busy', cap: cap.perAddress }, 'connections refused');
      }
      return refuse(socket, perAddressMessage(cap.perAddress), lingering, lingerMs);
    }
    const room = cap.total + (address === socket.localAddress ? OWN_HOST_RESERVE : 0);
    if (cap.total !== 0 && openInAll >= room) {
      if (!refusingAll) {
        refusingAll = true;
        logger.warn({ status: 503, code: 'busy', total: cap.total }, 'connections refused');
      }
      return refuse(socket, totalMessage(cap.total), lingering, lingerMs);
    }
    // Past the cap, in the host's own places: for the health check only (OWN_HOST_RESERVE).
    if (cap.total !== 0 && openInAll >= cap.total) reserved.add(socket);
    openInAll++;
    if (key !== undefined) open.set(key, (open.get(key) ?? 0) + 1);
    socket.once('close', () => {
      openInAll--;
      if (openInAll < cap.total) refusingAll = false;
      if (key === undefined) return;
      const left = (open.get(key) ?? 1) - 1;
      if (left === 0) open.delete(key);
      else open.set(key, left);
      if (left < cap.perAddress) refusing.delete(key);
    });
    for (const listener of nodeListeners) listener.call(server, socket);
  });
  return { lingering };
}

const perAddressMessage = (perAddress: number): string =>
  `This client address has ${figure(perAddress)} connections open, the most the service keeps for one address (HARBOR_MAX_CONNECTIONS_PER_ADDRESS); close one, or retry in ${duration(RETRY_AFTER_BUSY_S * 1000)} (Retry-After)`;
const totalMessage = (total: number): string =>
  `The service has ${figure(total)} connections open, the most it keeps at once (HARBOR_MAX_CONNECTIONS); retry in ${duration(RETRY_AFTER_BUSY_S * 1000)} (Retry-After)`;

/** Answer 503 busy (`detail`) on a connection nothing else reads, and close it (see REFUSED_LINGER_MS). */
function refuse(socket: Socket, detail: string, lingering: LingerSlots, lingerMs: number): void {
  const problem = new HarborError('busy', detail);
  const answer = rawProblem(problem, randomUUID(), [`Retry-After: ${String(RETRY_AFTER_BUSY_S)}`]);
  // A client that resets instead of closing has gone: nothing to answer, nothing to report.
  socket.on('error', () => socket.destroy());
  const cut = (): void => {
    clearTimeout(timer);
    lingering.release(cut);
    socket.destroy();
  };
  socket.end(answer);
  // Shutting down: no lingering, closed once the answer is out.
  if (!lingering.hold(cut)) return closeWhenWritten(socket);
  const timer = setTimeout(cut, lingerMs);
  timer.unref();
  socket.once('close', cut);
  // The client closed its side (it has read the answer, or gives up): nothing more to wait for.
  // Once the answer is out, as Node's own destroySoon: never before.
  socket.once('end', () => (socket.writableFinished ? cut() : socket.once('finish', cut)));
  socket.resume(); // what it sends meanwhile is read and dropped
}
