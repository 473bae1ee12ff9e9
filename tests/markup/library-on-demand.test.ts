// htmlparser2 is loaded on demand (src/markup/parse.ts, issue 18: a render of the shipped templates
// never compiles it): parseMarkup asks for it for markup the scanner hands over, and generate()
// loads it then and renders the document. A module graph of its own (vitest.config.ts
// NEEDS_FRESH_MODULES): in the shared graph another file may have loaded it first (CI's order did).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { exampleCase } from '../../src/kinds/fixtures.js';
import { MarkupLibraryNotLoaded, parseMarkup } from '../../src/markup/parse.js';
import type { DocumentMeta } from '../../src/model/types.js';
import { SHIPPED_TEMPLATES_DIR, TemplateSet } from '../../src/templates/env.js';

describe('htmlparser2 on demand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-library-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const meta: DocumentMeta = { kind: 'rfa', templateVersion: '1', harborVersion: '1', fingerprint: '0', date: '2026-01-01' };
  // A character reference: valid markup, outside the scanner's subset.
  const handedOver = '<document title="T"><p>A&#65;</p></document>';

  it('is asked for by parseMarkup before it is loaded, and loaded by generate() for an override template that needs it', async () => {
    expect(() => parseMarkup(handedOver, 't.hbs', meta)).toThrow(MarkupLibraryNotLoaded);
    // A clinic's rfa template writing one character as a reference.
    cpSync(SHIPPED_TEMPLATES_DIR, dir, { recursive: true });
    const text = readFileSync(join(dir, 'rfa.hbs'), 'utf8');
    expect(text).toContain('</p>');
    writeFileSync(join(dir, 'rfa.hbs'), text.replace('</p>', '&#46;</p>'));
    const templates = new TemplateSet([dir, SHIPPED_TEMPLATES_DIR]);
    const r = await generate({ kind: 'rfa', input: exampleCase('rfa'), format: 'pdf', templates });
    expect(Buffer.from(r.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // Loaded now: the same markup is read, to the character it names.
    const doc = parseMarkup(handedOver, 't.hbs', meta);
    expect(JSON.stringify(doc.body)).toContain('AA');
  });
});
