// One exchange with the service, from the request to the last byte of its answer, and what the
// person is told when it ends without one. A fetch fails in ways the page cannot tell apart by
// itself (the service restarted, a proxy or the network cut the connection, the answer stopped
// half-way: docs/http.md says a cut connection is how Harbor signals a failure after its 200), so
// each exchange records why it gave up when it was the page that gave up (a time limit, or the
// person pressed Stop), and everything else thrown while the request is sent or its body read is
// "the connection failed or was cut". Every caller turns the failure into a message and leaves
// the page usable: no spinner left running, buttons enabled again, nothing half-saved.

/**
 * How long the form waits for a check, a document or the example (ms): far above what a render
 * may take on the service (HARBOR_RENDER_TIMEOUT, 30 s by default, plus its queue), so only a
 * connection that has silently died (a laptop that slept, a proxy that stalls) reaches it.
 */
export const ANSWER_TIMEOUT_MS = 120_000;

export type Why = 'network' | 'timeout' | 'stopped' | 'unreadable';

/** Why an exchange ended without an answer, in words that fit after "…: " in a message. */
export function reasonText(why: Why, timeoutMs = ANSWER_TIMEOUT_MS): string {
  switch (why) {
    case 'network':
      return 'the connection to the server failed or was cut (by the network, or by the service failing or restarting)';
    case 'timeout':
      return `the server did not answer within ${Math.round(timeoutMs / 60_000)} minutes`;
    case 'stopped':
      return 'it was stopped';
    case 'unreadable':
      return 'the server’s answer could not be read';
  }
}

export class Exchange {
  private readonly controller = new AbortController();
  private gaveUp: 'timeout' | 'stopped' | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `timeoutMs`: give up after that long (the whole exchange, body included); none: wait until stopped. */
  constructor(readonly timeoutMs?: number) {
    if (timeoutMs !== undefined) this.timer = setTimeout(() => this.abort('timeout'), timeoutMs);
  }

  /** The signal to give fetch(): aborting it also ends the reading of the body. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The person pressed Stop. */
  stop(): void {
    this.abort('stopped');
  }

  /** The exchange is over (answered or failed): the time limit no longer applies. */
  done(): void {
    clearTimeout(this.timer);
  }

  /**
   * Why `e`, thrown while this exchange was sent or read, ended it: the page's own reasons first,
   * then a body that is not what the API sends (JSON that does not parse), then the network.
   */
  why(e: unknown): Why {
    if (this.gaveUp) return this.gaveUp;
    if (e instanceof SyntaxError) return 'unreadable';
    return 'network';
  }

  private abort(why: 'timeout' | 'stopped'): void {
    if (this.gaveUp) return;
    this.gaveUp = why;
    this.controller.abort();
  }
}

/** A file the person chose cannot be read (moved, changed or deleted since it was chosen). */
export function unreadableFile(name: string): string {
  return `${name} could not be read: it may have been moved, changed or deleted since you chose it. Choose it again.`;
}
