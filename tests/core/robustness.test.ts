// "Bad input gets a clear error … never a crash": arbitrary Unicode in names and narratives of every
// kind either renders in both formats or is refused with a coded, data-free error naming the field.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { generate } from '../../src/pipeline.js';
import { docxText, squash } from '../support/extract.js';

const fixture = (kind: string): Record<string, any> => JSON.parse(readFileSync(`fixtures/${kind}/minimal.json`, 'utf8'));

// Where each kind's minimal case gets the hostile text: [a name, a narrative].
const TARGETS: Record<string, Array<(c: any, s: string) => void>> = {
  rfa: [(c, s) => (c.child.givenName = s), (c, s) => (c.concern.narrative = s)],
  'best-interests-memo': [(c, s) => (c.child.familyName = s), (c, s) => (c.expressedWishes = s)],
  'restitution-worksheet': [(c, s) => (c.defendants = [s]), (c, s) => (c.preparer.name = s)],
  't-visa-declaration': [(c, s) => (c.applicant.familyName = s), (c, s) => (c.trafficking.acts[0].description = s)],
};

// Codes that are the user's to fix; anything else (internal, template-error, markup-error) is a bug.
const USER_CODES = new Set(['invalid-case', 'unsupported-character', 'unsupported-script']);

// Mostly printable text with markup and template characters, plus any code point at all.
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '{', '}', '*', '#', '|', '\\', ' ', '\n', 'a', 'é', 'Ж', 'Ω', '王', '\u00A0', '\u0301') , minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

describe.each(Object.keys(TARGETS))('%s: arbitrary text in names and narratives', (kind) => {
  it('renders in both formats, or is refused with a user-facing code and the field path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: TARGETS[kind]!.length - 1 }), hostileText, async (which, text) => {
        const c = fixture(kind);
        TARGETS[kind]![which]!(c, text);
        for (const format of ['pdf', 'docx'] as const) {
          try {
            const g = await generate({ kind, input: c, format });
            expect(g.bytes.length).toBeGreaterThan(0);
            if (format === 'docx') {
              // The words of the text come back (whitespace may be folded by markup rules).
              const words = squash(text.normalize('NFC')).split(' ').filter((w) => w.length > 0 && /^[\p{L}\p{N}<>&{}*#|]+$/u.test(w));
              const body = docxText(g.bytes);
              for (const w of words) expect(body).toContain(w);
            }
          } catch (e) {
            if (!(e instanceof HarborError)) throw e;
            expect(USER_CODES.has(e.code), `${e.code}: ${e.message}`).toBe(true);
            expect(e.issues.length).toBeGreaterThan(0);
            for (const i of e.issues) expect(i.path).not.toBe('');
          }
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
  });
});
