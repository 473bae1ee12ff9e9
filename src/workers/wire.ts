// What crosses the thread boundary between the pool and its render threads: plain data only.
// A HarborError travels as {code, message, issues} (its messages name fields and rules, never case
// data); any other error travels as its name and stack frames only, never its message (a
// Handlebars or V8 message can quote case data), and comes back as an `internal` HarborError.
import { HarborError, describeBug, type ErrorCode, type Issue } from '../errors.js';
import type { CheckAnswer, Rendered } from './renderer.js';

/** Name and stack frames of a bug (no message). */
export interface BugInfo {
  error: string;
  frames: string[];
}

export type WireError =
  | { harbor: true; code: ErrorCode; message: string; issues: Issue[]; cause?: BugInfo }
  | { harbor: false; bug: BugInfo };

/**
 * What a render thread returns: the document, or why not. Errors are returned, not thrown; a
 * render the pool asked to stop says only that (the pool knows why it asked). `recordId`: the
 * top-level "id" of a case given as JSON text (the batch runner names files by it; null: one given
 * that cannot name a file, ./renderer.ts `recordId`).
 */
export type WireResult =
  | { ok: true; value: Rendered; recordId?: string | null }
  | { ok: true; check: CheckAnswer }
  | { ok: false; error: WireError; recordId?: string | null }
  | { ok: false; stopped: true };

/** An error thrown in a render thread → plain data for the trip to the main thread. */
export function toWire(e: unknown): WireError {
  if (e instanceof HarborError) {
    const cause = e.cause === undefined ? undefined : describeBug(e.cause);
    return { harbor: true, code: e.code, message: e.message, issues: e.issues, ...(cause ? { cause } : {}) };
  }
  return { harbor: false, bug: describeBug(e) };
}

/** A stand-in for a bug (from another thread): its name and frames, an empty message. */
export function bugError(b: BugInfo): Error {
  const e = new Error('');
  e.name = b.error;
  e.stack = [b.error, ...b.frames.map((f) => `    ${f}`)].join('\n');
  return e;
}

/** Plain data from a render thread → the HarborError the callers expect. */
export function fromWire(w: WireError): HarborError {
  if (w.harbor) return new HarborError(w.code, w.message, w.issues, w.cause ? { cause: bugError(w.cause) } : undefined);
  return new HarborError('internal', 'Internal error while generating the document', [], { cause: bugError(w.bug) });
}
