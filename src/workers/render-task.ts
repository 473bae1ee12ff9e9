// The work of one render thread (loaded by ./render-worker.mjs): templates compiled once per
// thread, then `generate` per task. Results go back with their bytes transferred, not copied;
// errors go back as plain data (./wire.ts).
//
// Each task carries a one-slot shared Int32Array that tells the main thread where the task is:
// 0 queued, this thread's id while rendering, -1 done. The pool starts a task's time limit when
// the slot turns to a thread id, and counts a render as running only while the slot holds the id
// of a thread that is still alive (a stopped render leaves its id behind in a dead thread).
// `counters` (shared by the whole pool) counts renders started [0] and finished [1].
import { threadId, workerData } from 'node:worker_threads';
import Piscina from 'piscina';
import { generate } from '../pipeline.js';
import { templatesFrom } from '../templates/env.js';
import type { RenderJob } from './renderer.js';
import { toWire, type WireResult } from './wire.js';

export interface TaskData extends RenderJob {
  state: Int32Array;
}

export interface PoolWorkerData {
  templatesDir?: string;
  counters: Int32Array;
}

const data = workerData as PoolWorkerData;
// Compiled at thread start: a broken override template fails here, before any task.
const templates = templatesFrom(data.templatesDir);

/** A result whose document bytes are moved to the main thread (one copy at most, here). */
function movable(result: WireResult, buffer?: ArrayBuffer): unknown {
  return Piscina.move({
    get [Piscina.transferableSymbol]() {
      return buffer ? [buffer] : [];
    },
    get [Piscina.valueSymbol]() {
      return result;
    },
  } as unknown as Parameters<typeof Piscina.move>[0]);
}

export default async function renderTask(t: TaskData): Promise<unknown> {
  Atomics.store(t.state, 0, threadId);
  Atomics.notify(t.state, 0);
  Atomics.add(data.counters, 0, 1);
  try {
    const g = await generate({ kind: t.kind, input: t.input, format: t.format, templates });
    // A view into a larger or pooled buffer cannot be moved whole: copy it into its own buffer.
    const own = g.bytes.byteOffset === 0 && g.bytes.byteLength === g.bytes.buffer.byteLength && g.bytes.buffer instanceof ArrayBuffer;
    const bytes = own ? g.bytes : g.bytes.slice();
    return movable({ ok: true, value: { ...g, bytes } }, bytes.buffer as ArrayBuffer);
  } catch (e) {
    return movable({ ok: false, error: toWire(e) });
  } finally {
    Atomics.add(data.counters, 1, 1);
    Atomics.store(t.state, 0, -1);
  }
}
