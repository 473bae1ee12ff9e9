// What the PDF can print: findUnprintable (the pipeline's check) and the renderer's backstop.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../src/errors.js';
import { findUnprintable } from '../../../src/render/pdf/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { inputPath } from '../../../src/pipeline.js';
import { doc, p } from './models.js';

describe('findUnprintable', () => {
  it('accepts Latin with diacritics, Greek, Cyrillic, CJK, whitespace and invisible format characters', () => {
    for (const s of ['Nguyễn Thị Ánh', 'Dvořák Łukasz', 'Ελένη Παπαδοπούλου', 'Олена Ковальчук', '王秀英', 'line\nbreak\ttab', 'zero\u200Bwidth', 'x\u0302', '§ — “quotes” €']) {
      expect(findUnprintable(s), s).toBeNull();
    }
  });

  it('refuses right-to-left scripts and marks as rtl, naming the first such code point', () => {
    expect(findUnprintable('Ana שלום')).toEqual({ codePoint: 0x05e9, reason: 'rtl' });
    expect(findUnprintable('مرحبا')).toEqual({ codePoint: 0x0645, reason: 'rtl' });
    expect(findUnprintable('ܐ')).toEqual({ codePoint: 0x0710, reason: 'rtl' }); // Syriac
    expect(findUnprintable('ދ')).toEqual({ codePoint: 0x078b, reason: 'rtl' }); // Thaana
    expect(findUnprintable('a\u200Fb')).toEqual({ codePoint: 0x200f, reason: 'rtl' }); // RLM
  });

  it('reports the first code point no font covers as no-font', () => {
    expect(findUnprintable('ok \uE000 then 😀')).toEqual({ codePoint: 0xe000, reason: 'no-font' });
    expect(findUnprintable('emoji 😀')).toEqual({ codePoint: 0x1f600, reason: 'no-font' });
    expect(findUnprintable('bell\u0007')).toEqual({ codePoint: 7, reason: 'no-font' });
    expect(findUnprintable('\uFFFE')).toEqual({ codePoint: 0xfffe, reason: 'no-font' });
  });
});

describe('renderer backstop for template text', () => {
  async function codeOf(text: string): Promise<string> {
    try {
      await renderPdf(doc([p(text)]));
    } catch (e) {
      expect(e).toBeInstanceOf(HarborError);
      return (e as HarborError).code;
    }
    return 'rendered';
  }
  it('throws unsupported-script for right-to-left text and unsupported-character for uncovered text', async () => {
    expect(await codeOf('Name: שלום')).toBe('unsupported-script');
    expect(await codeOf('Private use \uE000')).toBe('unsupported-character');
    expect(await codeOf('Emoji 😀')).toBe('unsupported-character');
    expect(await codeOf('Fine: 王秀英 Олена')).toBe('rendered');
  });
});

describe('inputPath: the path of unprintable text in the case as the user wrote it', () => {
  it('follows the validated path as far as the input has it', () => {
    const input = { a: { b: ['x', 'y\u05D0'] } };
    expect(inputPath(input, ['a', 'b', 1], 0x05d0)).toEqual(['a', 'b', 1]);
  });
  it('stops at a string the schema expanded (a shorthand)', () => {
    expect(inputPath({ factors: { identity: 'text \u05D0' } }, ['factors', 'identity', 'analysis'], 0x05d0)).toEqual(['factors', 'identity']);
  });
  it('finds the field the schema moved, under the deepest shared object, by the character', () => {
    const input = { factors: { identity: { notApplicable: true, reason: 'text \u05D0' } } };
    expect(inputPath(input, ['factors', 'identity', 'notApplicable'], 0x05d0)).toEqual(['factors', 'identity', 'reason']);
  });
  it('keeps the validated path when the input does not show the character (text the schema made)', () => {
    expect(inputPath({ a: 1 }, ['b', 'c'], 0x05d0)).toEqual(['b', 'c']);
  });
});
