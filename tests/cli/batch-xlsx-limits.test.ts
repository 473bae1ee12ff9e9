// `harbor batch` reads a workbook in a process of its own with the same limits as the service
// (src/batch/xlsx-parser.ts): one past them is one line on stderr naming the limit, exit 1, and no
// archive. The process's parser is given a small memory limit here (vi.mock), so that a workbook of
// 100 MB of whitespace passes it without the test allocating the default 512 MB.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../../src/cli.js';
import { paddedWorkbook } from '../bounded/xlsx-zip.js';
import { PROCESS_TEST_MS } from '../support/until.js';

vi.mock('../../src/batch/xlsx-parser.js', async (original) => {
  const m = await original<typeof import('../../src/batch/xlsx-parser.js')>();
  const parser = m.createWorkbookParser({ limits: { oldGenerationMb: 48 } });
  return { ...m, defaultWorkbookParser: () => parser };
});

const dir = mkdtempSync(join(tmpdir(), 'harbor-xlsx-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function harbor(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: Io = {
    stdout: () => {},
    stderr: (s) => void (stderr += s),
    stdin: () => Buffer.alloc(0),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: {},
  };
  return { code: await main(argv, io), stderr };
}

describe('harbor batch with a workbook past the memory limit', () => {
  it('is one line on stderr naming the limit, exit 1, no archive', async () => {
    const file = join(dir, 'padded.xlsx');
    writeFileSync(file, await paddedWorkbook(100));
    const out = join(dir, 'out.zip');
    const r = await harbor('batch', 'rfa', file, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/The workbook needs more than the memory limit of 48 MB to read \(one workbook's limit\); split its rows into smaller workbooks, or send them as CSV/);
    expect(existsSync(out)).toBe(false);
  }, PROCESS_TEST_MS); // a workbook process reading 100 MB of whitespace: over 120 s at load 25-55
});
