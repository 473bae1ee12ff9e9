// Where a `serve()` or a `harbor serve` listens, read from its log: every line is one JSON object,
// the first `{"level":"info","time":…,"url":"http://127.0.0.1:<port>","msg":"listening"}`
// (src/http/server.ts). One reader for the tests and benches, so none parses the line its own way.

/** The url of the "listening" line in `log` (serve()'s captured lines, or a process's stderr so far: whole lines only); undefined before it. */
export function listeningUrl(log: string | readonly string[]): string | undefined {
  const lines = typeof log === 'string' ? log.split('\n').slice(0, -1) : log;
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    let j: { msg?: unknown; url?: unknown };
    try {
      j = JSON.parse(line) as typeof j;
    } catch {
      continue;
    }
    if (j.msg === 'listening' && typeof j.url === 'string') return j.url;
  }
  return undefined;
}

/** The url `log` says its server listens on; throws, quoting the first line, when it says none. */
export function servedUrl(log: string | readonly string[]): string {
  const url = listeningUrl(log);
  if (url === undefined) throw new Error(`no "listening" line in the log; it begins: ${(typeof log === 'string' ? log : log.join('\n')).slice(0, 200)}`);
  return url;
}

/** The port of servedUrl(`log`). */
export function servedPort(log: string | readonly string[]): number {
  return Number(new URL(servedUrl(log)).port);
}
