// Issue 16, defect 7: `{{& x}}` passed the template check (only `{{{` was refused), so an override
// template could print a given name as markup and inject a bold "Age when prepared" row. Now every
// unescaped form is refused when the template is loaded, and, whatever a template or helper does,
// markup that came from a case value is refused by the markup parser.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { sealValues } from '../../src/markup/values.js';
import { generate } from '../../src/pipeline.js';
import { checkTemplateMarkup } from '../../src/templates/static-check.js';
import { harborError } from '../support/errors.js';
import { rfaCase } from '../http/helpers.js';
import { pdfText } from '../support/extract.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const META = { kind: 't', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-01-01' };

describe('static check: every unescaped form', () => {
  for (const src of ['<p>{{{x}}}</p>', '<p>{{& x}}</p>', '<p>{{&x}}</p>', '<p>{{~& x~}}</p>', '<p>{{~{x}~}}</p>', '<p>\n  {{#if a}}{{& a.b}}{{/if}}</p>', '<p>{{{{raw}}}}<b>{{x}}</b>{{{{/raw}}}}</p>']) {
    it(`refuses ${JSON.stringify(src)} with its position`, () => {
      const e = harborError('template-error', () => checkTemplateMarkup(src, 'a.hbs'));
      expect(e.message).toMatch(/^a\.hbs:\d+:\d+: .*(unescaped|raw block)/);
    });
  }
  it('leaves escaped output, comments, partials and helpers alone', () => {
    expect(() => checkTemplateMarkup('<p>{{x}} {{! a & b }} {{!-- {{& y}} --}} {{> part}} {{paragraphs z}} {{#each l}}{{this}}{{/each}}</p>', 'a.hbs')).not.toThrow();
  });
});

describe('markup from a value is refused whatever the template does', () => {
  it('a template printing a value unescaped gives a markup-error, not a bold row', () => {
    // Compiled here directly, past the static check, as a broken helper or template could.
    const tpl = Handlebars.compile('<document title="t"><p>{{& name}}</p></document>');
    const markup = tpl(sealValues({ name: '</p><table><tr><td><b>Age when prepared</b></td><td>99</td></tr></table><p>' }));
    const e = harborError('markup-error', () => parseMarkup(markup, 'x.hbs (output)', META));
    expect(e.message).toMatch(/without escaping/);
    expect(e.message).not.toMatch(/Age when prepared/);
  });

  it('a value printed escaped keeps every character, in text and attributes', () => {
    const tpl = Handlebars.compile('<document title="{{t}}"><p>{{name}}</p></document>');
    const doc = parseMarkup(tpl(sealValues({ t: 'A & "B" <c>', name: `<b>O'Brien & Sons</b> \`x\` =` })), 'x.hbs (output)', META);
    expect(doc.title).toBe('A & "B" <c>');
    expect(JSON.stringify(doc.body)).toContain(`<b>O'Brien & Sons</b> \`x\` =`);
  });

  it('an override template with {{& child.givenName}} stops at load; the shipped one prints the name as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-unesc-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'rfa-child.hbs'), '<p>{{& child.givenName}}</p>');
    const { TemplateSet } = await import('../../src/templates/env.js');
    harborError('template-error', () => new TemplateSet([dir]));
    const c = rfaCase();
    c.child.givenName = '<b>Age when prepared</b>';
    const g = await generate({ kind: 'rfa', input: c, format: 'pdf' });
    expect(await pdfText(Buffer.from(g.bytes))).toContain('<b>Age when prepared</b>');
  }, 60_000);
});
