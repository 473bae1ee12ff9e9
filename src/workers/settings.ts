// The render threads' settings, one rule each for `harbor serve` (HARBOR_WORKERS,
// HARBOR_RENDER_TIMEOUT) and `harbor batch` (--workers, --render-timeout): how many threads when
// none are asked for, the most that may be asked for, and what a render time limit may be. Kept
// apart from the pool so that reading a setting does not load piscina.
import { readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, setPriority } from 'node:os';
import { figure } from '../domain/format.js';

/** Most render threads `harbor serve` (HARBOR_WORKERS) and `harbor batch --workers` take. */
export const MAX_WORKERS = 64;

/**
 * Render threads when none are asked for: one per core, at most 4. Each thread holds its own copy
 * of the pipeline, fallback fonts and heap (the body faces are the pool's, one copy shared) (~125
 * MB resident through a long batch, measured), so "one per core" on a 64-core host would take ~8
 * GB; more threads are one setting away (HARBOR_WORKERS, --workers).
 */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Niceness of every render thread (Linux: niceness is per thread; the main thread keeps 0). The
 * scheduler then gives the main thread a core whenever it has work, however many render threads
 * are busy: measured on 2 cores, 2 busy render threads and the clients held /healthz past 100 ms
 * (issue 16); niced, they still take every cycle the main thread leaves, so throughput stays.
 */
export const RENDER_THREAD_NICE = 10;

/**
 * Lower the calling thread's priority to `nice` (0–19), where the platform has per-thread
 * niceness (Linux, found through /proc/thread-self); elsewhere, or when refused, nothing happens.
 */
export function niceThisThread(nice: number): void {
  if (nice <= 0 || process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, nice);
  } catch {
    // No /proc, or a sandbox that refuses: the threads keep the main thread's priority.
  }
}

/**
 * Largest old generation of a render thread, in MB (worker_threads' resourceLimits). No render
 * comes near it: the largest valid cases at the default body limit (a restitution worksheet of 25
 * years of weekly rows; a T-visa declaration with ~1 MB of narrative, 1.4 MB of PDF) peak at 60–75
 * MB of heap. What it changes is how far V8 lets the heap grow past its live objects before a full
 * collection: with a limit of 2 GB or more (the default here, ~4 GB) up to 4×, below it 1.3–2×
 * (V8's MemoryController::MaxGrowingFactor, src/heap/heap-controller.cc). A thread's live heap
 * after a full collection stays at ~20 MB through a batch, but a heap that renders grew to 110–135
 * MB between collections with V8's default. Measured (issue 18 target 4; `harbor batch` of one-year
 * worksheets, two threads, interleaved runs): 1,000 records peak at 299–305 MB with this limit
 * (296–301 with 1024, which leaves less room for a case near a raised body limit), 333–387 MB with
 * 2048 or none; 10,000 at 409 against 490 MB; the time the same within the machine's spread
 * (7.9–9.0 s against 8.2–8.9 s), and so is HTTP at 32 connections. An earlier cap of 128 MB cost
 * ~26 % of the render CPU: that close to the live heap, V8 collects all the time.
 */
export const RENDER_THREAD_OLD_SPACE_MB = 1536;

/**
 * Largest young generation of a render thread, in MB (worker_threads' resourceLimits): V8 commits
 * 8 MB of new space for any limit of 8-12 MB (16 MB for 14-16), against the 32 MB it grows it to in
 * a busy thread. Everything a render makes dies when the render ends, so a smaller new space only
 * means more, cheaper scavenges. Measured (issue 18 target 2; bench/ANALYSIS.md, rounds r57 and r58):
 * one thread, a PDF and a DOCX of every kind, RSS above the process 64.3-65.6 MB with 16, 57.5-58.2
 * with 12; the documents byte-identical; counted under callgrind (all threads, a warm window of one
 * thread: 20 one-year restitution worksheets as `harbor batch` renders them, 60 `rfa` PDFs from a
 * request body's bytes as `harbor serve` does) 3.678 G -> 3.626 G and 2.952 G -> 2.936 G
 * instructions (-1.4 %, -0.6 %; one pair each), so the doubled scavenges cost nothing measurable.
 * Round r51 counted +2 % for 32 -> 16; earlier rounds' caps of 4-8 MB cost more CPU.
 */
export const RENDER_THREAD_YOUNG_SPACE_MB = 12;

/**
 * Largest young generation of a `harbor batch` render thread, in MB: V8 commits 16 MB of new space
 * for it (8 MB semi-spaces, against RENDER_THREAD_YOUNG_SPACE_MB's 4), so a thread scavenges half as
 * often. A batch's threads render one record after another for seconds or minutes, and a one-year
 * worksheet makes ~5.6 MB a render, so with 4 MB semi-spaces a scavenge came ~2 times a record, each
 * one copying the record in hand and holding the thread until V8's helper threads have done their
 * part. Measured (issue 18; bench/ANALYSIS.md, round r60's render work; 1,000 one-year worksheets
 * through `harbor batch`, two threads, the archive the same bytes): scavenges per thread for 100
 * records 190-195 -> 91-98 and full collections 3 -> 1 (`--trace-gc`), V8's four helper threads'
 * CPU 8.3-9.5 s -> 7.2-7.7 s in every run, the peak RSS 188-204 -> 205-211 MB (the target ≤ 300).
 * `harbor serve`'s threads keep RENDER_THREAD_YOUNG_SPACE_MB: a thread's RSS is their target (≤ 50
 * MB above the process), where a batch's is the whole process's peak.
 */
export const BATCH_THREAD_YOUNG_SPACE_MB = 16;

/** The V8 heap limits worker_threads takes for a render thread. */
export interface RenderThreadLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/**
 * The V8 heap limits of each render thread: the old generation capped at RENDER_THREAD_OLD_SPACE_MB,
 * or at this process's own heap limit where that is lower (a small machine or container, or `node
 * --max-old-space-size`), so that a thread never gets more heap than the process it serves; the
 * young generation at RENDER_THREAD_YOUNG_SPACE_MB.
 */
export function renderThreadLimits(processHeapLimitMb = heapLimitMb()): RenderThreadLimits {
  return {
    maxOldGenerationSizeMb: Math.min(RENDER_THREAD_OLD_SPACE_MB, Math.floor(processHeapLimitMb)),
    maxYoungGenerationSizeMb: RENDER_THREAD_YOUNG_SPACE_MB,
  };
}

/**
 * The V8 heap limits of each of `harbor batch`'s render threads: `renderThreadLimits()` with a young
 * generation of BATCH_THREAD_YOUNG_SPACE_MB.
 */
export function batchThreadLimits(processHeapLimitMb = heapLimitMb()): RenderThreadLimits {
  return { ...renderThreadLimits(processHeapLimitMb), maxYoungGenerationSizeMb: BATCH_THREAD_YOUNG_SPACE_MB };
}

/**
 * This process's V8 heap limit in MB. node:v8 is taken here, when asked, not when the module loads:
 * a render thread imports this module for its niceness and never asks, and loading node:v8 was
 * ~0.5 % of a thread's start (issue 18, `node --cpu-prof`).
 */
function heapLimitMb(): number {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  return v8.getHeapStatistics().heap_size_limit / 2 ** 20;
}

/** Time limit of one document when none is given, in ms: a 40-page declaration renders in well under a second. */
export const DEFAULT_RENDER_TIMEOUT_MS = 30_000;

/** What a render time limit may be, for `harbor serve` and `harbor batch` alike. */
export const RENDER_TIMEOUT_RULE = 'must be a time from 100ms to 600s: digits alone (ms) or with ms or s, like "30s" or "5000"';

/**
 * Plain decimal digits without a leading zero ("0" itself is one): how every number of an option
 * or variable is written (counts, ports, durations, sizes). "08080" is refused rather than read
 * one way: a leading zero is octal to C's strtol, a shell's $((…)) and many config files (010 is
 * 8), decimal to Number(); as a batch header's list index (src/batch/dotpaths.ts) refuses "01".
 */
export const PLAIN_DIGITS = /^(0|[1-9][0-9]*)$/;

/**
 * A count or a port as an option or variable gives it (`--workers`, `--port`, HARBOR_WORKERS,
 * PORT…): PLAIN_DIGITS, from `min` to `max`, or undefined. Number() alone read "0x2", "1e1",
 * " 2", "+2", "2.0" and "08080" as numbers too: a value a person did not mean to write is refused.
 */
export function parseWholeNumber(s: string, min: number, max: number): number | undefined {
  if (!PLAIN_DIGITS.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

/** How a message says the rule of parseWholeNumber. */
export const wholeNumberRule = (min: number, max: number, example: number): string => `must be a whole number from ${figure(min)} to ${figure(max)} in plain digits without a leading zero, like ${String(example)}`;

/** "30s", "500ms", "5000" (ms) → ms. */
export function parseDuration(s: string): number | undefined {
  const m = /^(0|[1-9]\d*)\s*(ms|s)?$/i.exec(s.trim());
  if (!m) return undefined;
  return Number(m[1]) * ((m[2] ?? 'ms').toLowerCase() === 's' ? 1000 : 1);
}

/** A render time limit ("30s", "500ms", "5000") in ms, or undefined when outside RENDER_TIMEOUT_RULE. */
export function parseRenderTimeout(s: string): number | undefined {
  const ms = parseDuration(s);
  return ms !== undefined && ms >= 100 && ms <= 600_000 ? ms : undefined;
}
