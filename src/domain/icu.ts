// ICU, the Unicode library behind `Intl`, starts once per process: its first use costs 12–19 ms on
// Node 20 (opening and reading its data), in whichever thread comes first, and every later `Intl`
// object, in any thread, well under a millisecond. Measured: a worker thread's first
// `Intl.DisplayNames` 12–15 ms in a fresh process, 0.1 ms once the main thread had made one.
//
// The kinds ask ICU for region names (./country.ts) and for dates in a time zone (./instant.ts);
// a render pool starts ICU on its own thread while its render threads load (src/workers/pool.ts),
// so that no thread's first check or render pays for it (issue 18 target 2).

/**
 * Start ICU with the data the kinds use: English region names and en-US dates in a time zone. Only
 * a head start: on a Node without that data it does nothing, and the kinds report what they lack.
 */
export function startIcu(): void {
  try {
    new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of('US');
    new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' }).format(0);
  } catch {
    // A Node built without full ICU: nothing to start.
  }
}
