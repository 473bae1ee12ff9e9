// The restitution worksheet's worked examples (docs/domain/restitution-worksheet-examples.md) are
// the hand computations its tests repeat. The main domain file said "Nineteen computations by hand"
// when there were thirty, and examples 26 to 30 lived in other files with no entry in the list:
// this holds the count, the numbering and each example's test to one another.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const examples = read('docs/domain/restitution-worksheet-examples.md');
const main = read('docs/domain/restitution-worksheet.md');
const testDir = 'tests/kinds/restitution-worksheet';

/** Each numbered example of the list: its number and its text, up to the next number. */
function items(): { n: number; text: string }[] {
  const starts = [...examples.matchAll(/^(\d+)\. /gm)];
  return starts.map((m, i) => ({
    n: Number(m[1]),
    text: examples.slice(m.index, i + 1 < starts.length ? starts[i + 1]!.index : undefined),
  }));
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];
const inWords = (n: number) => (n < 20 ? WORDS[n]! : TENS[Math.floor(n / 10)]! + (n % 10 ? `-${WORDS[n % 10]}` : ''));

describe('restitution worksheet: worked examples', () => {
  it('are numbered 1 to N without a gap, and the domain file gives N', () => {
    const ns = items().map((i) => i.n);
    expect(ns.length).toBeGreaterThan(0);
    expect(ns).toEqual(ns.map((_, i) => i + 1));
    const claim = /^(\S+) computations by hand/m.exec(main)?.[1] ?? '';
    expect(claim.toLowerCase()).toBe(inWords(ns.length));
  });

  it('each names a test file of the kind that exists and repeats it by its number', () => {
    for (const { n, text } of items()) {
      const files = [...text.matchAll(/`(?:tests\/kinds\/restitution-worksheet\/)?([\w-]+\.test\.ts)`/g)].map((m) => basename(m[1]!));
      expect(files, `example ${n} names no test file`).not.toHaveLength(0);
      const said = files.filter((f) => {
        const path = join(root, testDir, f);
        expect(existsSync(path), `example ${n}: ${f} does not exist`).toBe(true);
        // "example 9", "examples 17 and 18", "examples 10, 11 and 16", "9. …" in a describe of examples
        const src = readFileSync(path, 'utf8');
        return new RegExp(`\\bexamples? (?:\\d+[a-z]?(?:, | and ))*${n}\\b|it\\('${n}\\. `, 'i').test(src);
      });
      expect(said, `example ${n}: none of ${files.join(', ')} says "example ${n}"`).not.toHaveLength(0);
    }
  });
});
