// The worst inputs of issue 16, as request bodies (Buffers, made once: building them is the test
// client's work, not the server's), for the event-loop check (event-loop.timing.ts).
import { readFileSync } from 'node:fs';

const fixture = (kind: string, name: string): Record<string, any> => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/${name}.json`, import.meta.url), 'utf8'));

export interface HostileRequest {
  name: string;
  path: string;
  type: string;
  body: Buffer;
}

export function hostileRequests(): HostileRequest[] {
  const minimal = fixture('restitution-worksheet', 'minimal');
  const rfa = fixture('rfa', 'minimal');
  const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
  // 1. 1,000 one-day labor periods on one date (defect 1: 13 s and a 92 MB answer).
  const overlap = { ...minimal, laborPeriods: Array.from({ length: 1000 }, () => ({ startDate: '2012-03-07', endDate: '2012-03-07', weeklySchedule: { wednesday: 8 } })) };
  // 2. One period from 1900 to 2100 (2999 is past the years a case may hold) (defect 3: 12 MB of /check output, 30 s of a render thread).
  const longPeriod = { ...minimal, settings: { customRates: [{ effectiveDate: '1900-01-01', hourlyRate: 7.25 }] }, laborPeriods: [{ startDate: '1900-01-01', endDate: '2100-12-31', weeklySchedule: { monday: 8 } }] };
  // 3. ~330k empty other names in 1 MB (defect 2: a 29 MB 422 after 4.9 s).
  const names = { ...rfa, child: { ...rfa.child, otherNames: Array.from({ length: 330_000 }, () => '') } };
  // 4. A 16 MB CSV with 10,000 columns (defect 4: 122 s), and one with 4,000 columns (under the
  //    column limit, so every row is read and built).
  const csv = (cols: number, bytes: number): Buffer => {
    const header = Array.from({ length: cols }, (_, i) => `child.otherNames.${i}`).join(',');
    const row = Array.from({ length: cols }, () => 'x').join(',');
    const rows = Math.max(1, Math.floor(bytes / (row.length + 2)));
    return Buffer.from(`${header}\r\n${`${row}\r\n`.repeat(rows)}`);
  };
  // 5. A batch of 16 records each with 20,000 fields of control characters (defect 2: 5.1 GB).
  const flood = { ...rfa, child: { ...rfa.child, extra: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`f${i}`, '\u0001'])) } };
  // 6. A record nested 200,000 deep (defect 11), alone and in a batch.
  const deep = '['.repeat(200_000) + ']'.repeat(200_000);
  // 7. A 15 MB JSON batch of valid-shaped records (parsed whole before: a long stall).
  const many = Array.from({ length: 1000 }, () => rfa);
  const padded = JSON.stringify(many).length;
  const bigBatch = Buffer.from(JSON.stringify(Array.from({ length: Math.floor((15 * 1024 * 1024) / (padded / 1000)) }, () => rfa)));
  return [
    { name: 'overlap-1000', path: '/v1/documents/restitution-worksheet/check', type: 'application/json', body: json(overlap) },
    { name: 'period-1900-2100', path: '/v1/documents/restitution-worksheet/check', type: 'application/json', body: json(longPeriod) },
    { name: 'period-1900-2100-render', path: '/v1/documents/restitution-worksheet?format=pdf', type: 'application/json', body: json(longPeriod) },
    { name: 'other-names-330k', path: '/v1/documents/rfa/check', type: 'application/json', body: json(names) },
    { name: 'csv-10000-columns', path: '/v1/batches/rfa', type: 'text/csv', body: csv(10_000, 15 * 1024 * 1024) },
    { name: 'csv-4000-columns', path: '/v1/batches/rfa', type: 'text/csv', body: csv(4000, 8 * 1024 * 1024) },
    { name: 'flood-batch', path: '/v1/batches/rfa', type: 'application/json', body: json(Array.from({ length: 16 }, () => flood)) },
    { name: 'deep-check', path: '/v1/documents/rfa/check', type: 'application/json', body: Buffer.from(deep) },
    { name: 'deep-batch', path: '/v1/batches/rfa', type: 'application/x-ndjson', body: Buffer.from(`${JSON.stringify(rfa)}\n${deep}\n`) },
    { name: 'json-batch-15mb', path: '/v1/batches/rfa', type: 'application/json', body: bigBatch },
  ];
}
