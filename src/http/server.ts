// CONTRACT STUB: the HTTP helper replaces this file (design §5, §7).

/**
 * Start the HTTP service; resolves once listening. Configuration comes from the environment
 * (validated with zod: PORT, HOST, HARBOR_API_KEYS, ...) with CLI flags taking precedence.
 * Returns a function that closes the server.
 */
export async function serve(opts: { port?: number; host?: string; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<() => Promise<void>> {
  void opts;
  throw new Error('HTTP service not built yet');
}
