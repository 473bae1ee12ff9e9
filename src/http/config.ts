// Configuration of the HTTP service (docs/configuration.md §Configuration): environment only, validated with zod at start-up.
// CLI flags (`harbor serve --port --host`) take precedence over PORT and HOST.
//
// A bad value stops the start with a `usage` error naming the variable (CLI exit 2); the message
// never echoes an API key.
import { figure } from '../domain/format.js';
import { isIP } from 'node:net';
import { z } from 'zod';
import { checkVariableNames, templatesDirOf } from '../environment.js';
import { HarborError } from '../errors.js';
import { BODY_LIMIT_RULE, caseLimitOf, MAX_CASE_BYTES } from '../limits.js';
import { DEFAULT_RENDER_TIMEOUT_MS, defaultThreads, MAX_WORKERS, parseRenderTimeout, PLAIN_DIGITS, RENDER_THREAD_NICE, RENDER_TIMEOUT_RULE } from '../workers/settings.js';

export interface HttpConfig {
  port: number;
  host: string;
  /** Bearer keys accepted on /v1; empty = no authentication (loopback or HARBOR_ALLOW_NO_AUTH=1). */
  apiKeys: string[];
  /** Largest request body, in bytes. */
  bodyLimit: number;
  /** Most records in one batch (POST /v1/batches). */
  maxBatch: number;
  /** Batches running at once, all clients together (HARBOR_MAX_BATCHES). */
  maxBatches: number;
  /** Batches running at once per API key, or per client address without keys (HARBOR_MAX_BATCHES_PER_KEY). */
  maxBatchesPerKey: number;
  /** Folder of override templates (HARBOR_TEMPLATES), searched before the shipped ones. */
  templatesDir: string | undefined;
  /** Render worker threads (HARBOR_WORKERS); 0 = render on the main thread (no time limit then). */
  workers: number;
  /** Longest one render may take in a worker, in ms (HARBOR_RENDER_TIMEOUT); past it: 503. */
  renderTimeoutMs: number;
  /** Niceness of the render threads (HARBOR_RENDER_NICE, 0–19; Linux): the main thread keeps 0. */
  renderNice: number;
  /** Requests per minute per API key, or per client address without keys (HARBOR_RATE_LIMIT); 0 = off. */
  rateLimit: number;
  /** Connections one client address may hold open at once (HARBOR_MAX_CONNECTIONS_PER_ADDRESS); 0 = no cap. */
  maxConnectionsPerAddress: number;
  /** Connections open at once, all clients together (HARBOR_MAX_CONNECTIONS); 0 = no cap. */
  maxConnections: number;
  /** Proxies whose X-Forwarded-For is believed (HARBOR_TRUST_PROXY): hop count or named subnets. */
  trustProxy: number | string | undefined;
  allowNoAuth: boolean;
}

/** Shortest API key accepted: 16 characters (~96 bits if random base64) makes guessing pointless. */
export const MIN_KEY_LENGTH = 16;

// An empty variable (`PORT=`) means "not set", as shells and compose files produce them.
const unsetIfEmpty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(t: T) => z.preprocess(unsetIfEmpty, t.optional());

// A whole number in [min, max], refused in words that give the range (docs/configuration.md
// §Configuration states the same range in each variable's row; a test holds the two together).
const intIn = (min: number, max: number) => {
  const range = `must be a whole number from ${figure(min)} to ${figure(max)}`;
  return z
    .string()
    // Not digits (`-1`, `1e3`, `600/min`): the range is said too, as --workers says it (the
    // CLI's wholeNumberRule); before, "in plain digits" alone left `HARBOR_WORKERS=-1` to guess.
    .regex(PLAIN_DIGITS, `${range} in plain digits without a leading zero`)
    .transform(Number)
    .pipe(z.number().int().min(min, range).max(max, range));
};

const EnvSchema = z.object({
  PORT: opt(intIn(0, 65535)),
  HOST: opt(z.string().trim().min(1)),
  HARBOR_API_KEYS: opt(z.string()),
  HARBOR_BODY_LIMIT: opt(
    z
      .string()
      .transform((s, ctx) => {
        // One reading for the service and the CLI (src/limits.ts).
        const n = caseLimitOf(s);
        if (n === undefined) {
          ctx.addIssue({ code: 'custom', message: BODY_LIMIT_RULE });
          return z.NEVER;
        }
        return n;
      }),
  ),
  HARBOR_MAX_BATCH: opt(intIn(1, 100_000)),
  HARBOR_MAX_BATCHES: opt(intIn(1, 64)),
  HARBOR_MAX_BATCHES_PER_KEY: opt(intIn(1, 64)),
  HARBOR_TEMPLATES: opt(z.string()),
  HARBOR_WORKERS: opt(intIn(0, MAX_WORKERS)),
  HARBOR_RENDER_NICE: opt(intIn(0, 19)),
  HARBOR_RENDER_TIMEOUT: opt(
    z.string().transform((s, ctx) => {
      const ms = parseRenderTimeout(s);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: RENDER_TIMEOUT_RULE });
        return z.NEVER;
      }
      return ms;
    }),
  ),
  HARBOR_RATE_LIMIT: opt(intIn(0, 1_000_000)),
  HARBOR_MAX_CONNECTIONS_PER_ADDRESS: opt(intIn(0, 100_000)),
  HARBOR_MAX_CONNECTIONS: opt(intIn(0, 1_000_000)),
  // A hop count (1–10), or express's named subnets: the proxies whose X-Forwarded-For is believed.
  HARBOR_TRUST_PROXY: opt(
    z
      .string()
      .trim()
      .regex(/^([1-9]|10|(loopback|linklocal|uniquelocal)(\s*,\s*(loopback|linklocal|uniquelocal))*)$/, 'must be a number of proxies (1 to 10) or names among loopback, linklocal, uniquelocal (comma-separated)')
      .transform((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/\s+/g, ''))),
  ),
  HARBOR_ALLOW_NO_AUTH: opt(z.enum(['0', '1'], { message: 'must be 1 or 0' })),
});

export const DEFAULTS = {
  port: 3000,
  host: '127.0.0.1',
  bodyLimit: MAX_CASE_BYTES, // 1 MB (src/limits.ts): the CLI's limit on one case too, HARBOR_BODY_LIMIT for both
  maxBatch: 1000,
  // Batches at once: each holds its body and ZIP (~42 MB with a 16 MB body) and keeps render
  // threads busy for minutes; two fill the two cores of the machine Harbor is sized for.
  maxBatches: 2,
  maxBatchesPerKey: 1,
  /** Render threads: one per core, at most 4 (src/workers/settings.ts), read at start-up. */
  workers: defaultThreads,
  renderTimeoutMs: DEFAULT_RENDER_TIMEOUT_MS,
  renderNice: RENDER_THREAD_NICE,
  rateLimit: 600, // per minute: 10/s sustained per key or address; a person or script rarely needs more
  // Connections per client address (./connections.ts): a browser opens 6 to a host, so an office
  // of ten behind one NAT fits with room, and one client holds at most this many descriptors.
  maxConnectionsPerAddress: 64,
  // Connections in all (./connections.ts): each holds a file descriptor. 768, with the refused
  // connections lingering (64 at most) and the ~100 the process opens itself, stays under 1,024,
  // the smallest open-file limit a Linux host commonly gives a process (Node raises its soft limit
  // to the hard one at start, so most hosts allow far more: raise this with them).
  maxConnections: 768,
};

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return isLoopback(h.slice(7));
  return false;
}

function configError(message: string): HarborError {
  return new HarborError('usage', `configuration: ${message}`);
}

/** Split HARBOR_API_KEYS; keys are checked but never quoted in a message. */
function parseKeys(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const keys = raw.split(',').map((k) => k.trim()).filter((k) => k !== '');
  // Set, but only commas and spaces (`HARBOR_API_KEYS=$A,$B` with both unset): keys were meant,
  // and reading it as none would serve every client without one.
  if (keys.length === 0) throw configError('HARBOR_API_KEYS is set but names no key (only commas or spaces); give the keys, or leave it empty to run without keys');
  keys.forEach((k, i) => {
    if (k.length < MIN_KEY_LENGTH) throw configError(`HARBOR_API_KEYS: key ${String(i + 1)} is shorter than ${figure(MIN_KEY_LENGTH)} characters`);
    if (!/^[\x21-\x7e]+$/.test(k)) throw configError(`HARBOR_API_KEYS: key ${String(i + 1)} must be printable ASCII without spaces`);
  });
  return [...new Set(keys)];
}

/**
 * Read and validate the environment (docs/configuration.md §Configuration). Throws a `usage` HarborError for a bad value, and
 * refuses a non-loopback host without API keys unless HARBOR_ALLOW_NO_AUTH=1.
 */
export function loadConfig(env: NodeJS.ProcessEnv, flags: { port?: number; host?: string } = {}): HttpConfig {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw configError(lines.join('; '));
  }
  const e = r.data;
  checkVariableNames(env);
  const templatesDir = templatesDirOf(env);
  const config: HttpConfig = {
    port: flags.port ?? e.PORT ?? DEFAULTS.port,
    host: flags.host ?? e.HOST ?? DEFAULTS.host,
    apiKeys: parseKeys(e.HARBOR_API_KEYS),
    bodyLimit: e.HARBOR_BODY_LIMIT ?? DEFAULTS.bodyLimit,
    maxBatch: e.HARBOR_MAX_BATCH ?? DEFAULTS.maxBatch,
    maxBatches: e.HARBOR_MAX_BATCHES ?? DEFAULTS.maxBatches,
    maxBatchesPerKey: e.HARBOR_MAX_BATCHES_PER_KEY ?? DEFAULTS.maxBatchesPerKey,
    templatesDir,
    workers: e.HARBOR_WORKERS ?? DEFAULTS.workers(),
    renderTimeoutMs: e.HARBOR_RENDER_TIMEOUT ?? DEFAULTS.renderTimeoutMs,
    renderNice: e.HARBOR_RENDER_NICE ?? DEFAULTS.renderNice,
    rateLimit: e.HARBOR_RATE_LIMIT ?? DEFAULTS.rateLimit,
    maxConnectionsPerAddress: e.HARBOR_MAX_CONNECTIONS_PER_ADDRESS ?? DEFAULTS.maxConnectionsPerAddress,
    maxConnections: e.HARBOR_MAX_CONNECTIONS ?? DEFAULTS.maxConnections,
    trustProxy: e.HARBOR_TRUST_PROXY,
    allowNoAuth: e.HARBOR_ALLOW_NO_AUTH === '1',
  };
  if (config.apiKeys.length === 0 && !isLoopback(config.host) && !config.allowNoAuth) {
    throw configError(
      `refusing to listen on ${config.host} without API keys: set HARBOR_API_KEYS (comma-separated), ` +
        'bind to 127.0.0.1, or set HARBOR_ALLOW_NO_AUTH=1 if a proxy in front authenticates',
    );
  }
  return config;
}
