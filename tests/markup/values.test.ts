// sealValues copies on write (src/markup/values.ts): what changes is a fresh copy, the caller's
// view is never modified, and what has nothing to seal is passed on as it is.
import { describe, expect, it } from 'vitest';
import { sealValues, unseal } from '../../src/markup/values.js';

describe('sealValues', () => {
  it('seals every string at any depth, keeps key order and leaves the view as it was', () => {
    const view = { a: 'plain', b: [{ x: 'x', y: 'O’Brien & <Sons>' }, 'no'], c: { d: 1, e: null, f: true, g: '"q"' } };
    const before = structuredClone(view);
    const s = sealValues(view);
    expect(view).toEqual(before);
    expect(Object.keys(s)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(s.c)).toEqual(['d', 'e', 'f', 'g']);
    expect(s.b[0]).not.toBe(view.b[0]);
    expect((s.b[0] as { y: string }).y).toBe('O’Brien \uFDD2` \uFDD0`Sons\uFDD1`');
    expect(unseal((s.b[0] as { y: string }).y)).toBe('O’Brien & <Sons>');
    expect(s.c.g).toBe('\uFDD3`q\uFDD3`');
  });

  it('passes on, unchanged and uncopied, objects and lists with nothing to seal', () => {
    const rows = [{ weekOf: '01/04/2026', owed: '$1,234.00' }, { weekOf: '01/11/2026', owed: '$0.00' }];
    const view = { rows, title: 'T & U' };
    const s = sealValues(view);
    expect(s).not.toBe(view);
    expect(s.rows).toBe(rows);
    const plain = { rows, n: 3 };
    expect(sealValues(plain)).toBe(plain);
  });

  it('copies a list from its first changed item on, holes kept', () => {
    // eslint-disable-next-line no-sparse-arrays
    const list = ['a', , 'b<', 'c'];
    const s = sealValues(list);
    expect(s).not.toBe(list);
    expect(s).toHaveLength(4);
    expect(1 in s).toBe(false);
    expect(s).toEqual(['a', undefined, 'b\uFDD0`', 'c']);
    expect(list[2]).toBe('b<');
  });

  it('copies an object without a prototype into a plain one; leaves class instances alone', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 'x' });
    const s = sealValues(bare);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(s).toEqual({ a: 'x' });
    const d = new Date(0);
    expect(sealValues({ d }).d).toBe(d);
  });
});
