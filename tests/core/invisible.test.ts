// Invisible characters in a case's text (src/invisible.ts; docs/fields.md, "Text"): bidirectional
// controls and other characters that print as nothing are refused at the field, U+2028 and U+2029
// become line feeds, and what text needs (joiners, marks, variation selectors, soft hyphens) stays.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/pipeline.js';
import { DROPPED_ON_PASTE, dropOnPaste, INVISIBLE } from '../../src/invisible.js';
import { sanitize } from '../../src/validate.js';

const fixture = (kind: string, name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/${name}.json`, import.meta.url), 'utf8'));

/** `path code` of each error of a check of `c` as `kind`, or "ok". */
function errorsOf(kind: string, c: unknown): string[] | 'ok' {
  const r = checkCase(kind, c);
  return r.ok ? 'ok' : r.errors.map((e) => `${e.path} ${e.code}`);
}

describe('bidirectional controls', () => {
  it('each embedding, override and isolate is refused at its field, named, the text never quoted', () => {
    const names: Record<string, string> = {
      '\u202A': 'U+202A (left-to-right embedding)',
      '\u202B': 'U+202B (right-to-left embedding)',
      '\u202C': 'U+202C (pop directional formatting)',
      '\u202D': 'U+202D (left-to-right override)',
      '\u202E': 'U+202E (right-to-left override)',
      '\u2066': 'U+2066 (left-to-right isolate)',
      '\u2067': 'U+2067 (right-to-left isolate)',
      '\u2068': 'U+2068 (first strong isolate)',
      '\u2069': 'U+2069 (pop directional isolate)',
    };
    for (const [ch, named] of Object.entries(names)) {
      const { issues } = sanitize({ child: { givenName: `Ximena ${ch}neléB` } });
      expect(issues).toEqual([
        {
          path: 'child.givenName',
          code: 'invalid-character',
          message: `contains ${named}, an invisible control that changes the order in which the letters around it are shown, so the filing would not read as the text was typed; delete it (retype the value) and try again`,
        },
      ]);
    }
  });

  it('a name that Word would show reversed is refused by check, for PDF and DOCX alike, before any render', () => {
    const c = fixture('rfa', 'minimal');
    // Shown as "Ximena Belén" by a bidi-aware program; the text is "neléB".
    c.child.givenName = 'Ximena \u202EneléB';
    expect(errorsOf('rfa', c)).toEqual(['child.givenName invalid-character']);
  });

  it('right-to-left names need none: Hebrew and Arabic letters and the marks U+200E, U+200F, U+061C are kept', () => {
    const value = { a: 'מרים\u200F (Miriam)', b: '\u200Fمريم\u200E (Maryam)', c: 'مريم\u061C 12' };
    expect(sanitize(value)).toEqual({ value, issues: [] });
  });
});

describe('characters that print as nothing', () => {
  it('zero-width space, word joiner, invisible operators, Hangul fillers, grapheme joiner and tags are refused at their field', () => {
    const cases = ['Xi\u200Bmena', 'Xi\u2060mena', 'Xi\u2062mena', '\u3164', 'Xi\uFFA0mena', 'Xi\u034Fmena', 'Xi\u180Emena', 'Ximena\u{E0041}', 'Xi\u206Amena'];
    for (const v of cases) {
      const { issues } = sanitize({ child: { familyName: v } });
      expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual(['child.familyName invalid-character']);
      expect(issues[0]!.message).toMatch(/^contains U\+[0-9A-F]{4,5}, an invisible character that prints as nothing, so the value would look like another and compare as a different one \(a name, a date\); delete it \(retype the value\) and try again$/);
      expect(issues[0]!.message).not.toContain('mena');
    }
    expect(sanitize({ a: 'Xi\u200Bmena' }).issues[0]!.message).toMatch(/^contains U\+200B,/);
    expect(sanitize({ a: 'Ximena\u{E0041}' }).issues[0]!.message).toMatch(/^contains U\+E0041,/);
  });

  it('kept where text needs them: joiners, variation selectors, the soft hyphen', () => {
    const value = { a: 'می\u200Cخواهم', b: 'क्\u200Dष', c: '葛\u{E0100}', d: '\u2764\uFE0F', e: 'Ka\u00ADtha\u00ADri\u00ADna', f: 'ᠠ\u180Bᠡ' };
    expect(sanitize(value)).toEqual({ value, issues: [] });
  });

  it('a defendant named as payee cannot pass the payee check with a zero-width space in the name; NFD and NFC forms of it are one name', () => {
    const c = fixture('restitution-worksheet', 'invalid-payee-defendant');
    expect(errorsOf('restitution-worksheet', c)).toEqual(['victim.payee.name payee-is-defendant']);
    c.victim.payee.name = 'Rowan Tess\u200Baly';
    expect(errorsOf('restitution-worksheet', c)).toEqual(['victim.payee.name invalid-character']);
    // The same name with its letters composed and decomposed: one name to the check.
    const d = fixture('restitution-worksheet', 'invalid-payee-defendant');
    d.defendants = ['Ro\u0301wan Tessaly'];
    d.victim.payee.name = 'R\u00F3wan Tessaly';
    expect(errorsOf('restitution-worksheet', d)).toEqual(['victim.payee.name payee-is-defendant']);
  });
});

// What the web form's text boxes take out of a paste (web/src/form/paste.tsx; the browser's paste
// is tests/web/journey.test.ts): only characters the service refuses, and of them only those whose
// absence changes nothing the text shows.
describe('invisibles taken out of a paste', () => {
  it('each is one the service refuses, and it alone is taken out, counted, the rest of the text as pasted', () => {
    for (const cp of Object.keys(DROPPED_ON_PASTE).map(Number)) {
      const ch = String.fromCodePoint(cp);
      expect(INVISIBLE.test(`Xi${ch}mena`), `U+${cp.toString(16)}`).toBe(true);
      expect(dropOnPaste(`Xi${ch}me${ch}na \u00AD\u200D\n`)).toEqual({ text: 'Ximena \u00AD\u200D\n', dropped: new Map([[cp, 2]]) });
    }
    expect(dropOnPaste('\uFEFFHaddad-\u200BNasser\u200B')).toEqual({ text: 'Haddad-Nasser', dropped: new Map([[0xfeff, 1], [0x200b, 2]]) });
    expect(dropOnPaste('Ximena')).toEqual({ text: 'Ximena', dropped: new Map() });
  });

  it('what sets the order or the shape of the letters stays, to be refused with its message: bidi controls, Hangul fillers, tags, the grapheme joiner, the Mongolian vowel separator', () => {
    for (const kept of ['Xi\u202Emena', 'Xi\u2066mena\u2069', '\u3164', 'Xi\uFFA0mena', 'Xi\u034Fmena', 'Xi\u180Emena', 'Ximena\u{E0041}', 'Xi\u206Amena']) {
      expect(dropOnPaste(kept)).toEqual({ text: kept, dropped: new Map() });
      expect(sanitize({ a: dropOnPaste(kept).text }).issues.map((i) => i.code)).toEqual(['invalid-character']);
    }
  });
});

describe('line and paragraph separators', () => {
  it('U+2028 becomes a line feed and U+2029 a blank line, as CR LF becomes a line feed', () => {
    expect(sanitize({ a: 'Ximena\u2028Belén', b: 'One.\u2029Two.', c: 'a\r\u2028b' })).toEqual({
      value: { a: 'Ximena\nBelén', b: 'One.\n\nTwo.', c: 'a\n\nb' },
      issues: [],
    });
  });

  it("Office's manual line break U+000B and page break U+000C, left in text copied out of Word, become a line feed and a blank line, never an error naming a character nobody can see", () => {
    // A narrative pasted from Word with Shift+Enter line breaks and a page break between paragraphs,
    // a name copied out of an Excel cell with Alt+Enter, and CR LF beside them.
    const pasted = { narrative: 'We left at night.\u000BNobody saw us.\u000CThe next day\r\nwe walked.', name: 'Ximena\u000BBelén' };
    expect(sanitize(pasted)).toEqual({ value: { narrative: 'We left at night.\nNobody saw us.\n\nThe next day\nwe walked.', name: 'Ximena\nBelén' }, issues: [] });
    // The other C0 controls are still refused at their field.
    expect(sanitize({ a: 'x\u000Ey' }).issues.map((i) => [i.path, i.code])).toEqual([['a', 'invalid-character']]);
  });
});
