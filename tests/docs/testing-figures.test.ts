// docs/testing.md's summary of how long `npm test` takes quotes the row of its table marked in bold
// (the last measured run): a row added below the summary without the summary following it left the
// page saying 73.9 s while its table's latest row said 90.7 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'testing.md'), 'utf8');

describe('docs/testing.md', () => {
  it('its summary gives the wall time and CPU of the bold (last measured) row', () => {
    const bold = [...doc.matchAll(/^\| \*\*[^|]*\| \d+ \| \*\*([\d.]+) s\*\* \| ([\d.]+) s /gm)];
    expect(bold).toHaveLength(1);
    const [, wall, cpu] = bold[0]!;
    // The summary's first two lines, line breaks read as spaces.
    const summary = (/^So the two-minute target [^\n]*\n[^\n]*/m.exec(doc)?.[0] ?? '').replace(/\s+/g, ' ');
    expect(summary).toContain(`${wall} s`);
    expect(summary).toContain(`~${Math.round(Number(cpu))} s of CPU`);
  });
});
