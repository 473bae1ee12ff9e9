// A test that converts DOCX with LibreOffice must allow for each conversion's own time limit
// (tests/render/docx/support.ts): a conversion takes ~2 s on a quiet machine and over 120 s under
// load, and such a test used to pass on one and time out on the other. The check refuses before
// LibreOffice starts, so these tests start none.
import { describe, expect, it } from 'vitest';
import { checkConversionBudget, libreOfficePdfs, LO_CONVERSION_MS, loTimeout } from './support.js';

describe('a LibreOffice conversion and its test’s time limit', () => {
  it('a test on the default limit is told which limit to take, before LibreOffice starts', () => {
    expect(() => checkConversionBudget()).toThrow(/converts 1 document\(s\) with LibreOffice but its time limit is 120000 ms: give it loTimeout\(1\)/);
  });

  it('the test’s limit is above the sum of its conversions’ limits', () => {
    expect(loTimeout(1)).toBeGreaterThan(LO_CONVERSION_MS);
    expect(loTimeout(3)).toBeGreaterThan(3 * LO_CONVERSION_MS);
  });

  it('a test given loTimeout(2) may convert twice, not three times', () => {
    checkConversionBudget();
    checkConversionBudget();
    expect(() => checkConversionBudget()).toThrow(/converts 3 document\(s\).*loTimeout\(3\)/);
  }, loTimeout(2));

  it('one process converting three documents counts as three conversions: refused under loTimeout(2), before LibreOffice starts', () => {
    const docx = new Uint8Array([0x50, 0x4b]); // never reaches LibreOffice
    expect(() => libreOfficePdfs([docx, docx, docx])).toThrow(/converts 3 document\(s\).*loTimeout\(3\)/);
  }, loTimeout(2));
});
