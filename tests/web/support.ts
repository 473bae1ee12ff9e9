// Shared by the browser tests: how Chromium is started here (Debian's package, no download), and
// date-time helpers for typing times as a person would.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's chromium (`.ci/run` installs it); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}: apt-get install chromium (.ci/run does)`);
  return p;
}

/**
 * Headless, and quiet on a closed network: without the background-networking flags Chromium
 * keeps trying to reach Google's hosts. playwright-core adds a fresh user-data-dir of its own.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const pad = (n: number): string => String(n).padStart(2, '0');

export function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A moment as the wall-clock time at a UTC offset (minutes): what a datetime-local input takes. */
export function isoIn(d: Date, offsetMinutes: number): { local: string; iso: string } {
  const t = new Date(d.getTime() + offsetMinutes * 60_000);
  const local = `${ymd(t)}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return { local, iso: `${local}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}` };
}

/** Newest modification time of the files under a folder (ms). */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

/**
 * The app as `npm ci` builds it (prepare → build:web), built again when a file of web/ is newer,
 * or src/limits.ts, the one file of src/ the page's bundle takes (the depth bound of a draft).
 */
export function buildWebIfStale(root: string): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'public', 'app', 'form.js')).mtimeMs;
  } catch {
    /* not built */
  }
  const sources = Math.max(newest(join(root, 'web')), statSync(join(root, 'src', 'limits.ts')).mtimeMs);
  if (sources > built) execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs')], { stdio: 'pipe' });
}
