// Shared set-up for the batch tests: restitution cases made from the shipped fictional fixtures,
// a CSV of them with dot-path headers, and ZIP reading.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { csvCell, flatten } from '../../src/batch/dotpaths.js';

export const KIND = 'restitution-worksheet';

export function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${KIND}/${name}.json`, import.meta.url), 'utf8')) as Record<string, any>;
}

/** Cents → dollars as a clinic writes them ("165.07"): money fields take dollars (contract v2). */
const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/**
 * `n` distinct valid cases: every fourth is the full fixture, the others the minimal one, each
 * with its own amount (full: its last loss; minimal: one "other" loss) so no two documents match.
 */
export function cases(n: number): Record<string, any>[] {
  const full = fixture('full');
  const minimal = fixture('minimal');
  return Array.from({ length: n }, (_, i) => {
    if (i % 4 === 0) {
      const c = structuredClone(full);
      c.losses[5].amount = dollars(16_500 + i);
      return c;
    }
    const c = structuredClone(minimal);
    c.losses = [{ category: 'other', description: 'Replacement school uniform', amount: dollars(100 + i), projected: false }];
    return c;
  });
}

/** A CSV of the cases: the union of their dot paths as the header, an empty cell where absent. */
export function toCsv(rows: Record<string, any>[]): string {
  const flat = rows.map((r) => flatten(r));
  const header = [...new Set(flat.flatMap((f) => Object.keys(f)))];
  const lines = [header.map(csvCell).join(','), ...flat.map((f) => header.map((h) => csvCell(f[h] ?? '')).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** Files of a ZIP (in archive order) and its parsed manifest. */
export function unzip(body: Uint8Array): { names: string[]; files: Record<string, Uint8Array>; manifest: any } {
  const files = unzipSync(body);
  return { names: Object.keys(files), files, manifest: JSON.parse(strFromU8(files['manifest.json']!)) };
}

/**
 * A measured time as `harbor batch`'s progress and summary lines write it (src/domain/format.ts
 * `duration` with tenths): "0.4 s", "59.9 s", "1 min 05 s", "2 h 05 min". A test that reads one of
 * those lines matches this, never `[\d.]+ s`, which missed "1 min 05 s" when a loaded CI machine
 * took a minute over a batch.
 */
export const MEASURED_TIME = String.raw`(?:\d+\.\d s|\d+ min \d\d s|[\d,]+ h \d\d min)`;
