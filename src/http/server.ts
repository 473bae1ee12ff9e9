// `harbor serve` (design §5, §7): validate the environment, compile the templates, listen.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HarborError } from '../errors.js';
import { checkTemplates } from '../templates/check.js';
import { templatesFrom } from '../templates/env.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

export { createApp } from './app.js';
export { loadConfig } from './config.js';

/** Slowest a client may be sending one request (headers + body), in ms: a slow-loris bound. */
const REQUEST_TIMEOUT_MS = 60_000;
const HEADERS_TIMEOUT_MS = 20_000;

/**
 * Start the HTTP service; resolves once listening. Configuration comes from the environment
 * (validated with zod: PORT, HOST, HARBOR_API_KEYS, ...) with CLI flags taking precedence.
 * Returns a function that closes the server.
 */
export async function serve(opts: { port?: number; host?: string; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<() => Promise<void>> {
  const config = loadConfig(opts.env, { port: opts.port, host: opts.host });
  // Compiling every template now makes a broken template stop the start (design §2), not a request.
  const templates = templatesFrom(config.templatesDir);
  // A clinic's own templates (HARBOR_TEMPLATES) also render every shipped fixture now, so a field
  // they use that the view lacks stops the start too (the shipped set is checked in CI).
  if (config.templatesDir !== undefined) checkTemplates(templates);
  const app = createApp({ apiKeys: config.apiKeys, bodyLimit: config.bodyLimit, maxBatch: config.maxBatch, templates, log: opts.log });
  const server = createServer(app);
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      reject(new HarborError('usage', `cannot listen on ${config.host}:${config.port} (${e.code ?? 'error'})`));
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  opts.log(`listening on http://${host}:${addr.port}`);

  return () =>
    new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeIdleConnections();
    });
}
