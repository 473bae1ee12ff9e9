// "Bad input gets a clear error … never a crash": arbitrary Unicode in the free-text fields of every
// kind either renders in both formats or is refused with a coded, data-free error naming the field.
// The kinds and their fields come from the registry (the test-only fifth kind of
// tests/support/kinds.ts too), so a new kind cannot be left out (issue 12 point 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { readFixture } from '../../src/kinds/files.js';
import { KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import type { AnyKind } from '../../src/kinds/kind.js';
import { generate } from '../../src/pipeline.js';
import { docxText, squash } from '../support/extract.js';
import { registryTemplates, TEST_KIND_IDS } from '../support/kinds.js';

type Json = Record<string, any>;

/** Alternatives of a JSON Schema node (optional fields come out of zod as anyOf). */
const branches = (s: Json): Json[] => (Array.isArray(s.anyOf) ? s.anyOf.flatMap(branches) : [s]);

/** The schema at a path of the case, or undefined. */
function schemaAt(root: Json, path: Array<string | number>): Json | undefined {
  let s: Json | undefined = root;
  for (const seg of path) {
    const next: Json | undefined = branches(s ?? {})
      .map((b) => (typeof seg === 'number' ? b.items : b.properties?.[seg]))
      .find((x) => x !== undefined);
    if (!next) return undefined;
    s = next;
  }
  return s;
}

/**
 * The free-text fields of a kind: the strings of its minimal case whose schema is plain text (no
 * format, no fixed values, not one of the kit's coded fields such as dates, countries, A-numbers,
 * phones). Names and narratives are among them for every kind.
 */
function textTargets(kind: AnyKind): Array<Array<string | number>> {
  const schema = caseJsonSchema(kind);
  const CODED = new Set(['Date', 'Date and time', 'Time zone', 'Country', 'A-number', 'Phone', 'Email']);
  const out: Array<Array<string | number>> = [];
  const walk = (v: unknown, path: Array<string | number>): void => {
    if (typeof v === 'string') {
      const alts = branches(schemaAt(schema, path) ?? {}).filter((b) => b.const !== '' && b.type !== 'null');
      const plain = alts.length > 0 && alts.every((b) => b.type === 'string' && !b.format && !b.enum && b.const === undefined && !b.pattern && !CODED.has(b.title));
      if (plain) out.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(readFixture(kind, 'minimal'), []);
  return out;
}

function setAt(c: Json, path: Array<string | number>, value: string): void {
  let node: Json = c;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]!] = value;
}

const TEMPLATES = registryTemplates();

// Codes that are the user's to fix; anything else (internal, template-error, markup-error) is a bug.
const USER_CODES = new Set(['invalid-case', 'unsupported-character', 'unsupported-script']);

// Mostly printable text with markup and template characters, plus any code point at all.
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '{', '}', '*', '#', '|', '\\', ' ', '\n', 'a', 'é', 'Ж', 'Ω', '王', '\u00A0', '\u0301') , minLength: 1, maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

it('every kind of the registry is checked, the test-only fifth kind too, each with names and narratives to fill', () => {
  expect(KINDS.map((k) => k.id)).toEqual(expect.arrayContaining(['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo', ...TEST_KIND_IDS]));
  for (const k of KINDS) expect(textTargets(k).length, k.id).toBeGreaterThanOrEqual(2);
  expect(textTargets(KINDS.find((k) => k.id === 'rfa')!).map((p) => p.join('.'))).toEqual(expect.arrayContaining(['child.givenName', 'concern.narrative']));
});

describe.each(KINDS.map((k) => [k.id, k] as const))('%s: arbitrary text in names and narratives', (kind, k) => {
  const targets = textTargets(k);
  it('renders in both formats, or is refused with a user-facing code and the field path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: targets.length - 1 }), hostileText, async (which, text) => {
        const c = readFixture(k, 'minimal') as Json;
        setAt(c, targets[which]!, text);
        for (const format of ['pdf', 'docx'] as const) {
          try {
            const g = await generate({ kind, input: c, format, templates: TEMPLATES });
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
