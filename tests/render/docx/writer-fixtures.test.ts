// The XML writer (src/render/docx/xml.ts) writes every valid fixture of every kind byte for byte as
// docx's own serialisation does (writer.test.ts: the hand-built and random models). A file and a
// test per kind of its own: all kinds in one test of writer.test.ts took ~128 s at load, the
// longest file of the suite's DOCX tests; here the kinds are four tests, and the file runs beside
// writer.test.ts. Invalid fixtures are refused before rendering.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/kinds/index.js';
import { buildDocument } from '../../../src/pipeline.js';
import { PROCESS_TEST_MS } from '../../support/until.js';
import { expectSameDocx } from './same-docx.js';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);

describe('DOCX XML writer on the fixtures', () => {
  it('finds a folder of fixtures for every kind, and only those', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it.each(KINDS.map((k) => k.id))('writes every fixture of %s exactly as docx does', async (kind) => {
    const files = readdirSync(new URL(`${kind}/`, FIXTURES)).filter((f) => f.endsWith('.json') && !f.startsWith('invalid-'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const input = JSON.parse(readFileSync(new URL(`${kind}/${file}`, FIXTURES), 'utf8')) as unknown;
      await expectSameDocx(buildDocument(kind, input).model);
    }
  }, PROCESS_TEST_MS); // the memo's 25 fixtures through both writers: ~6 s at load 24
});
