// The interpreter's certificate swears that the declaration was read back "before [the declarant]
// signed it" (docs/domain/t-visa-declaration.md, "Form of a declaration": language): its date
// cannot be after the signing date.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const errors = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('the interpreter’s read-back comes before the signature', () => {
  // full: signed March 2, 2026; read back by Elena Park.
  const readBackOn = (date: string) => {
    const c = fixture('full');
    c.interpreter.readBackOn = date;
    return c;
  };

  it('the day after the signing date is date-after-document-date on interpreter.readBackOn, with a message that quotes no date', () => {
    expect(errors(readBackOn('2026-03-03'))).toEqual([['interpreter.readBackOn', 'date-after-document-date']]);
    const r = checkCase(K, readBackOn('2026-03-03'));
    expect(!r.ok && r.errors[0]!.message).toMatch(/before it is signed/);
    expect(!r.ok && r.errors[0]!.message).not.toMatch(/2026|March/);
  });

  it('on the signing date, or before it, the certificate says so', () => {
    expect(errors(readBackOn('2026-03-02'))).toEqual([]);
    expect(errors(readBackOn('2026-02-27'))).toEqual([]);
    expect(body(readBackOn('2026-02-27'))).toContain('and that on February 27, 2026, before she signed it, I read the foregoing declaration in its entirety');
  });

  it('a supporting declarant’s interpreter is held to the same', () => {
    // outside-us: the applicant's mother, signed February 11, 2026, read back by Jorge Salas.
    const c = fixture('outside-us');
    c.interpreter.readBackOn = '2026-02-12';
    expect(errors(c)).toEqual([['interpreter.readBackOn', 'date-after-document-date']]);
  });
});
