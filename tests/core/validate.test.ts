import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { canonicalJson, checkCase } from '../../src/pipeline.js';
import { cleanText, parseCase, parseCaseJson, sanitize } from '../../src/validate.js';
import { jsonTextIssues } from '../../src/json-text.js';
import { closeMatch } from '../../src/near-names.js';

/** The paths of the fields given twice in one object of a case's text. */
const duplicateKeyPaths = (text: string): string[] => jsonTextIssues(text).filter((i) => i.code === 'duplicate-key').map((i) => i.path);

describe('text hygiene at validation', () => {
  it('normalises every string to NFC and CRLF to LF', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // e + circumflex + tilde
    const { value, issues } = sanitize({ a: decomposed, b: ['x\r\ny'] });
    expect(issues).toEqual([]);
    expect(value).toEqual({ a: 'Nguyễn', b: ['x\ny'] });
  });

  it('rejects control characters with the field path', () => {
    const { issues } = sanitize({ child: { name: 'Ana\u0007' }, list: ['ok', 'bad\u0000'] });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['child.name', 'invalid-character'],
      ['list.1', 'invalid-character'],
    ]);
    expect(issues[0]!.message).toContain('U+0007');
    expect(issues[0]!.message).not.toContain('Ana');
  });

  it('rejects Unicode noncharacters such as U+FFFE and lone surrogates', () => {
    const { issues } = sanitize({ a: 'x\uFFFE', b: '\uD800', c: 'tab\tand\nnewline are fine', d: '\u{10FFFF}' });
    expect(issues.map((i) => i.path)).toEqual(['a', 'b', 'd']);
  });

  it('cleans any text exactly as the step-by-step definition does (one scan for controls, noncharacters, invisible characters and U+FFFD together)', () => {
    // The definition: each step on its own, as cleanText was first written.
    const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
    const NONCHAR = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
    const hex = (cp: number) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
    const reference = (t: string) => {
      if (!t.isWellFormed()) return { issue: { path: 'p', code: 'invalid-character', message: 'contains an unpaired surrogate (broken Unicode text)' } };
      const v = t.replace(/\r\n?/g, '\n').replace(/[\u2028\u000B]/g, '\n').replace(/[\u2029\u000C]/g, '\n\n').normalize('NFC');
      const c = CONTROL.exec(v);
      if (c) return { issue: { path: 'p', code: 'invalid-character', message: `contains the control character ${hex(c[0].codePointAt(0)!)}, which cannot appear in a document` } };
      const n = NONCHAR.exec(v);
      if (n) return { issue: { path: 'p', code: 'invalid-character', message: `contains the Unicode noncharacter ${hex(n[0].codePointAt(0)!)}, which cannot appear in a document` } };
      // The first invisible character is named (tests/core/invisible.test.ts has their words).
      const i = /[\uFEFF\u200B\u202E]/.exec(v)?.[0];
      if (i === '\uFEFF') return { issue: { path: 'p', code: 'invalid-character', message: expect.stringMatching(/^contains U\+FEFF, an invisible byte-order mark /) } };
      if (i !== undefined) return { issue: { path: 'p', code: 'invalid-character', message: expect.stringMatching(new RegExp(`^contains U\\+${i.codePointAt(0)!.toString(16).toUpperCase()}[ ,]`)) } };
      if (v.includes('\uFFFD')) return { issue: { path: 'p', code: 'invalid-character', message: expect.stringMatching(/^contains U\+FFFD /) } };
      return { value: v };
    };
    const pieces = fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', 'é', 'e\u0301', '’', '§', 'Ễ', '\u0000', '\u0007', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\uFDD0', '\uFDEF', '\uFDF0', '\uFFFD', '\uFEFF', '\u200E', '\u200F', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}', '\u{1F600}', '\uD800', '\uDC00', '好', '\u2028', '\u2029', '\u202E', '\u200B', '\u200C', '\u00AD', '\uFE0F');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        expect(cleanText(t, 'p')).toEqual(reference(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('rejects U+FFFD, the mark of text that was not UTF-8, naming the field, what it means and what to do', () => {
    // "Ximena Belén" saved as Windows-1252 and read as UTF-8: the é (byte E9) became U+FFFD.
    const misread = Buffer.from('Ximena Belén', 'latin1').toString('utf8');
    expect(misread).toBe('Ximena Bel\uFFFDn');
    const { issues } = sanitize({ child: { givenName: misread, otherNames: ['ok', '\uFFFD'] }, fine: 'Belén' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['child.givenName', 'invalid-character'],
      ['child.otherNames.1', 'invalid-character'],
    ]);
    expect(issues[0]!.message).toBe(
      'contains U+FFFD (\uFFFD), the mark of text that was not saved as UTF-8: a letter such as é or ñ was lost there; save the file as UTF-8 (in Excel: "CSV UTF-8"), or send the text as UTF-8, and try again',
    );
    expect(issues[0]!.message).not.toContain('Ximena');
  });

  it('rejects U+FEFF (a byte-order mark inside a value, from files joined together) naming the field, what it is and what to do', () => {
    const { issues } = sanitize({ child: { givenName: 'Ana\uFEFF', dateOfBirth: '\uFEFF2010-05-10' }, middle: 'Ana\uFEFFMaría', fine: 'Ana' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['child.givenName', 'invalid-character'],
      ['child.dateOfBirth', 'invalid-character'],
      ['middle', 'invalid-character'],
    ]);
    expect(issues[0]!.message).toBe(
      'contains U+FEFF, an invisible byte-order mark (zero-width no-break space), left where files or texts were joined: it prints as nothing and makes a date or a name read wrong; delete it (retype the value) and try again',
    );
    expect(issues[0]!.message).not.toContain('Ana');
  });

  it('a date holding U+FEFF is invalid-character at the date, not a confusing invalid-date', () => {
    const c = JSON.parse(readFileSync(new URL('../../fixtures/rfa/minimal.json', import.meta.url), 'utf8'));
    c.child.dateOfBirth = `\uFEFF${c.child.dateOfBirth}`;
    const r = checkCase('rfa', c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['child.dateOfBirth invalid-character']);
    expect(r.errors[0]!.message).toMatch(/U\+FEFF, an invisible byte-order mark/);
  });

  it('keeps bidi marks and joiners, format characters with a use in names (U+200E, U+200F, U+200C, U+200D)', () => {
    const value = { a: '\u200Fمريم\u200E (Maryam)', b: 'می\u200Cخواهم', c: 'क्\u200Dष' };
    expect(sanitize(value)).toEqual({ value, issues: [] });
  });

  it('drops __proto__ keys instead of merging them', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const { value } = sanitize(raw);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__, constructor and prototype keys as fields Harbor does not know, at their paths, where they were dropped without a word', () => {
    const c = JSON.parse(readFileSync(new URL('../../fixtures/rfa/minimal.json', import.meta.url), 'utf8'));
    const text = JSON.stringify(c).replace('"child":{', '"child":{"__proto__":{"givenName":"X"},"constructor":{"prototype":{"x":1}},');
    const r = checkCase('rfa', parseCaseJson({ text, as: 'body' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['child.__proto__ unrecognized-keys', 'child.constructor unrecognized-keys']);
    expect(r.errors[0]!.message).toMatch(/^is not a field Harbor knows here, so its value would be lost/);
    expect(({} as Record<string, unknown>).givenName).toBeUndefined();
  });

  it('parseCase reports schema issues with dot paths and Harbor codes', () => {
    const S = z.object({
      periods: z.array(z.object({ endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date') })),
      age: z.number().refine((n) => n < 18, { message: 'must be a minor', params: { code: 'child-not-a-minor' } }),
    });
    const r = parseCase(S, { periods: [{ endDate: '2020-01-01' }, {}, { endDate: 'soon' }], age: 19 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      ['periods.1.endDate', 'invalid-type'],
      ['periods.2.endDate', 'invalid-format'],
      ['age', 'child-not-a-minor'],
    ]);
  });
});

describe('canonical JSON for fingerprints', () => {
  it('sorts keys at every level and ignores undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('writes every string, key and number as JSON.stringify does (quotes, backslashes, controls, lone and paired surrogates)', () => {
    // The definition: each object's keys sorted, everything else JSON.stringify's own text.
    const reference = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
      if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).sort().filter((k) => o[k] !== undefined);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(',')}}`;
    };
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\n', '\u2028', '\ud83d', '\ude00x', 'Ana "Jo" \\ O’Neil\t', '😀'));
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it('quotes a plain string itself, not through JSON.stringify (issue 18: a fingerprint of every render)', () => {
    const record = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${String(i).padStart(2, '0')}`, `value ${i}, plain`]));
    const expected = JSON.stringify({ records: [record, record] });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const written = canonicalJson({ records: [record, record] });
      expect(stringify.mock.calls.length).toBe(0); // 161 keys and strings, each quoted without it
      expect(written).toBe(expected);
    } finally {
      stringify.mockRestore();
    }
  });
});

describe('messages of missing fields', () => {
  const S = z.object({
    identifier: z.string({ message: 'must be initials or a pseudonym' }),
    name: z.string(),
  });

  it('a missing field with the schema\'s own words says it is required first', () => {
    const r = parseCase(S, { name: 'A' });
    expect(r).toEqual({ ok: false, issues: [{ path: 'identifier', code: 'invalid-type', message: 'is required; it must be initials or a pseudonym' }] });
  });

  it('a field of the wrong type keeps the schema\'s words alone, and never quotes the input', () => {
    const r = parseCase(S, { identifier: 4711, name: 'Quillonia' });
    expect(r).toEqual({ ok: false, issues: [{ path: 'identifier', code: 'invalid-type', message: 'must be initials or a pseudonym' }] });
    expect(JSON.stringify(r)).not.toContain('4711');
  });

  it('a missing field without words of its own is just "is required"', () => {
    const r = parseCase(S, { identifier: 'AB' });
    expect(r).toEqual({ ok: false, issues: [{ path: 'name', code: 'invalid-type', message: 'is required' }] });
  });
});

describe('nesting depth', () => {
  const nest = (n: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  it('64 levels of objects and lists are walked; 65 are refused with too-deep before any recursion', () => {
    const S = z.unknown();
    expect(parseCase(S, nest(64)).ok).toBe(true);
    expect(parseCase(S, nest(65))).toEqual({ ok: false, issues: [{ path: '', code: 'too-deep', message: expect.stringContaining('deeper than 64 levels') }] });
    expect(parseCase(S, nest(200_000)).ok).toBe(false);
  });
});

describe('unknown fields', () => {
  const S = z.strictObject({
    child: z.strictObject({ aNumber: z.string().optional(), dateOfBirth: z.string().optional(), sex: z.string().optional() }),
    events: z.array(z.strictObject({ date: z.string(), endDate: z.string().optional() })).optional(),
    note: z.union([z.strictObject({ text: z.string() }), z.literal('')]).optional(),
  });

  it('one issue per unknown field, its path naming the field itself, offering the known field it is closest to', () => {
    const r = parseCase(S, { child: { aNumbr: 'A1', DateOfBirth: '2010-01-01', colour: 'x' }, events: [{ date: 'd' }, { date: 'd', edDate: 'e' }], note: { txet: 'x', text: 'y' } });
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: 'child.aNumbr', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean aNumber?' },
        { path: 'child.DateOfBirth', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean dateOfBirth?' },
        {
          path: 'child.colour',
          code: 'unrecognized-keys',
          message: "is not a field Harbor knows here, so its value would be lost; remove it, or correct its name (the kind's JSON Schema lists every field)",
        },
        { path: 'events.1.edDate', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean endDate?' },
        { path: 'note.txet', code: 'unrecognized-keys', message: 'is not a field Harbor knows here, so its value would be lost; did you mean text?' },
      ],
    });
  });

  it('close means the same letters in another case, or at most two edits and fewer than the name has letters', () => {
    const known = ['aNumber', 'dateOfBirth', 'id', 'name', 'endDate', 'startDate'];
    expect(closeMatch('anumber', known)).toBe('aNumber');
    expect(closeMatch('ANUMBER', known)).toBe('aNumber');
    expect(closeMatch('aNumbr', known)).toBe('aNumber');
    expect(closeMatch('aNmuber', known)).toBe('aNumber'); // two letters swapped: one edit
    expect(closeMatch('dateOfBrith', known)).toBe('dateOfBirth');
    expect(closeMatch('nmae', known)).toBe('name');
    expect(closeMatch('endDat', known)).toBe('endDate');
    expect(closeMatch('x', known)).toBeUndefined(); // two edits from "id", but one letter long
    expect(closeMatch('ID', known)).toBe('id');
    expect(closeMatch('colour', known)).toBeUndefined();
    expect(closeMatch('a'.repeat(100_000), known)).toBeUndefined();
  });
});

describe('fields given twice (duplicate-key)', () => {
  it('finds each repeated name at its path: nested, in arrays, compared decoded', () => {
    const text = '{"a": 1, "b": {"x": 1, "\\u0078": 2, "y": [{"k": 1, "k": 2}, {"k": 3}]}, "a": 3}';
    expect(duplicateKeyPaths(text)).toEqual(['b.x', 'b.y.0.k', 'a']);
  });
  it('reads strings whole: brackets, commas, colons and escaped quotes inside text are not structure', () => {
    const text = JSON.stringify({ note: 'a,"b":{"c":1},"note":[', list: ['{"x":1,"x":2}', { note: '}' }], other: '\\"' });
    expect(duplicateKeyPaths(text)).toEqual([]);
    // The same names in different objects are not repeats.
    expect(duplicateKeyPaths('{"a": {"n": 1}, "b": {"n": 2}, "c": [{"n": 1}, {"n": 2}]}')).toEqual([]);
  });
  it('no shipped fixture repeats a field', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('../../fixtures/', import.meta.url);
    for (const kind of readdirSync(root)) {
      for (const f of readdirSync(new URL(`${kind}/`, root))) {
        if (f.endsWith('.json')) expect(duplicateKeyPaths(readFileSync(new URL(`${kind}/${f}`, root), 'utf8')), `${kind}/${f}`).toEqual([]);
      }
    }
  });
  it('a body or a batch record that repeats a field is invalid-case at that path, never the last value taken', () => {
    for (const as of ['body', 'record'] as const) {
      let err: unknown;
      try {
        parseCaseJson({ text: '{"child": {"givenName": "Ana", "givenName": "Ana María"}}', as });
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ code: 'invalid-case', issues: [{ path: 'child.givenName', code: 'duplicate-key' }] });
    }
    expect(parseCaseJson({ text: '{"child": {"givenName": "Ana"}}', as: 'body' })).toEqual({ child: { givenName: 'Ana' } });
  });
});
