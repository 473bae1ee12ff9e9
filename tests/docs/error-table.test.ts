// The error table of docs/architecture.md §Errors is the code's: one row per code of src/errors.ts,
// with its HTTP status and CLI exit code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, EXIT_CODE, HTTP_STATUS } from '../../src/errors.js';

const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');

describe('docs/architecture.md §Errors', () => {
  it('lists every error code once, in order, with the HTTP status and exit code of src/errors.ts', () => {
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \| (\d{3}) \| (\d+) \|/gm)].map((m) => ({ code: m[1], http: Number(m[2]), exit: Number(m[3]) }));
    expect(rows).toEqual(ERROR_CODES.map((code) => ({ code, http: HTTP_STATUS[code], exit: EXIT_CODE[code] })));
  });
});
