// The child's languages (docs/domain/rfa-draft.md, "The child’s languages"): given best first, each
// printed once, and an interpreter needed is named by the language the child speaks best, so a
// child whose only language is Mam, with some Spanish, is not read as needing a Spanish one.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { withCase, type Json } from './support.js';

/** Section 2's rows as "label|value". */
const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : (n.children ?? []).map(t).join(''));
  return (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'table').flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const child = (languages: string[], interpreterNeeded: boolean | null) => withCase((x) => Object.assign(x.child, { languages, interpreterNeeded }));

describe('the child’s languages and the interpreter', () => {
  it('an interpreter needed: in the language given first, the one the child speaks best', () => {
    expect(rows(child(['Mam', 'Spanish (second language, some)'], true))).toContain('Interpreter needed|Yes, in Mam (the language the child speaks best)');
    expect(rows(child(["K'iche'", 'Spanish'], true))).toContain("Interpreter needed|Yes, in K'iche' (the language the child speaks best)");
  });
  it('one language given (twice, apostrophe aside, is one): named, with nothing to compare it with', () => {
    // RFA 2.18.0: "Yes, in K'iche' (the language the child speaks best)" was printed beside one language.
    expect(rows(child(["K'iche'"], true))).toContain("Interpreter needed|Yes, in K'iche'");
    expect(rows(child(["K'iche'", 'K’iche’ '], true))).toContain("Interpreter needed|Yes, in K'iche'");
  });
  it('a language with a comma in it: the languages set off by semicolons (docs/fields.md, "Lists on one line")', () => {
    expect(rows(child(['Mam', 'Spanish (second language, some)'], true))).toContain('Languages|Mam; Spanish (second language, some)');
    expect(rows(child(['Mam', 'Spanish'], true))).toContain('Languages|Mam, Spanish');
  });
  it('no interpreter, none known, or no language given: the answer alone', () => {
    expect(rows(child(['Mam'], false))).toContain('Interpreter needed|No');
    expect(rows(child([], true))).toContain('Interpreter needed|Yes');
    // English first: no interpreter language to name.
    expect(rows(child(['English', 'Q’anjob’al'], true))).toContain('Interpreter needed|Yes');
  });
  it('a language given twice (case or apostrophe aside) is printed once', () => {
    expect(rows(child(['Q’anjob’al', 'Spanish', "q'anjob'al "], true))).toContain('Languages|Q’anjob’al, Spanish');
  });
});
