// A case value printed in the running header that is too long for it (src/render/running.ts) is
// refused naming its field, in both formats: a narrative pasted into a name's column made every
// page of the memo's PDF some 40 lines of header over 3 lines of text, and a longer one printed
// no text at all.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { readFixture } from '../../src/kinds/files.js';
import { getKind } from '../../src/kinds/index.js';
import { generate } from '../../src/pipeline.js';

const SENTENCE = 'She described the farm and the long days of work she did there';
const long = (n: number) => Array(n).fill(SENTENCE).join(' ');

async function refusal(kind: string, edit: (c: Record<string, Record<string, unknown>>) => void, format: 'pdf' | 'docx'): Promise<HarborError | undefined> {
  const c = readFixture(getKind(kind), 'full') as Record<string, Record<string, unknown>>;
  edit(c);
  try {
    await generate({ kind, input: c, format });
  } catch (e) {
    if (e instanceof HarborError) return e;
    throw e;
  }
  return undefined;
}

describe('a value too long for the running header', () => {
  it.each(['pdf', 'docx'] as const)('%s: refused, naming the field (the memo’s child, the declaration’s applicant)', async (format) => {
    const memo = await refusal('best-interests-memo', (c) => void (c.child!.givenName = long(60)), format);
    expect(memo?.code).toBe('invalid-case');
    expect(memo?.issues).toEqual([expect.objectContaining({ path: 'child.givenName', code: 'too-big' })]);
    const decl = await refusal('t-visa-declaration', (c) => void (c.applicant!.familyName = long(60)), format);
    expect(decl?.issues).toEqual([expect.objectContaining({ path: 'applicant.familyName', code: 'too-big' })]);
  });

  it('a long name that leaves half the page still renders', async () => {
    const c = readFixture(getKind('best-interests-memo'), 'full') as Record<string, Record<string, unknown>>;
    c.child!.givenName = long(8); // some 500 characters: six lines of header
    const g = await generate({ kind: 'best-interests-memo', input: c, format: 'pdf' });
    expect(g.bytes.length).toBeGreaterThan(0);
  });
});
