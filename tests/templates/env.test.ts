import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { TemplateSet } from '../../src/templates/env.js';
import { andList, lines, money, number, paragraphs } from '../../src/templates/helpers.js';
import { harborError } from '../support/errors.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setOf(files: Record<string, string>): TemplateSet {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-tpl-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'partials'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return new TemplateSet([dir]);
}

function templateError(fn: () => unknown): HarborError {
  return harborError('template-error', fn);
}

describe('template environment', () => {
  it('escapes values by default, so markup characters in data stay text', () => {
    const t = setOf({ 'a.hbs': '<p>{{name}}</p>' });
    expect(t.render('a', { name: '<b>Ana & "Jo"</b> {{x}}' })).toBe('<p>&lt;b&gt;Ana &amp; &quot;Jo&quot;&lt;/b&gt; {{x}}</p>');
  });

  it('strict mode: a missing field is a template-error naming the template, position and field, never the data', () => {
    const t = setOf({ 'a.hbs': '<p>\n  {{child.secretName}}</p>' });
    const e = templateError(() => t.render('a', { child: { name: 'Maria Lopez' } }));
    expect(e.message).toMatch(/a\.hbs:2:5: the template uses the field "secretName"/);
    expect(e.message).not.toContain('Maria');
    const e2 = templateError(() => t.render('a', { child: 'Maria Lopez' }));
    expect(e2.message).toContain('the template looks up the field "secretName" inside a value that is not an object');
    expect(e2.message).not.toContain('Maria');
  });

  it('a helper given what it cannot take is a template-error naming the helper and its rule, for every helper that refuses', () => {
    // lines was added after the list of helpers whose refusals were described, and read "the template failed while rendering".
    const t = setOf({ 'a.hbs': '<p>{{lines n}}</p>', 'b.hbs': '{{paragraphs n}}', 'c.hbs': '<p>{{andList n}}</p>' });
    expect(templateError(() => t.render('a', { n: 5 })).message).toMatch(/a\.hbs.*helper lines: expected text/);
    expect(templateError(() => t.render('b', { n: 5 })).message).toMatch(/b\.hbs.*helper paragraphs: expected text/);
    expect(templateError(() => t.render('c', { n: 5 })).message).toMatch(/c\.hbs.*helper andList: expected a list/);
  });

  it('a field the view does not provide, given to a block helper (if, unless, each, with), is a template-error with its position, never an empty paragraph', () => {
    // Strict mode does not check helper arguments: {{#each perpetrators}} misspelt printed nothing.
    for (const name of ['if', 'unless', 'each', 'with']) {
      const t = setOf({ 'a.hbs': `<p>ok</p>\n{{#${name} child.secretName}}<p>x</p>{{/${name}}}` });
      const e = templateError(() => t.render('a', { child: { name: 'Maria Lopez' } }));
      expect(e.message).toMatch(new RegExp(`a\\.hbs:2:1: the template's \\{\\{#${name}\\}\\} is given a field the view does not provide`));
      expect(e.message).not.toContain('Maria');
    }
    // null (an optional value the view gives as not known) and false are answers, not missing fields.
    const t = setOf({ 'a.hbs': '{{#if a}}<p>a</p>{{else}}<p>no a</p>{{/if}}{{#each b}}<p>{{this}}</p>{{/each}}{{#unless c}}<p>no c</p>{{/unless}}' });
    expect(t.render('a', { a: null, b: null, c: false })).toBe('<p>no a</p><p>no c</p>');
  });

  it('an unknown helper fails when the set is loaded (start-up), with its position', () => {
    const e = templateError(() => setOf({ 'a.hbs': '<p>ok</p>\n<p>{{shout name}}</p>' }));
    expect(e.message).toMatch(/a\.hbs:2:\d+: unknown helper "shout"/);
  });

  it('a Handlebars syntax error fails at load', () => {
    templateError(() => setOf({ 'a.hbs': '<p>{{#if x}}</p>' }));
  });

  it('an unknown element in template source fails at load with the .hbs line and column', () => {
    const e = templateError(() => setOf({ 'a.hbs': '<document title="x">\n  <p>a</p>\n    <tabel>{{x}}</tabel>\n</document>' }));
    expect(e.message).toMatch(/a\.hbs:3:5: unknown element <tabel>/);
  });

  it('an element named like an Object.prototype member is unknown, not a crash', () => {
    const e = templateError(() => setOf({ 'a.hbs': '<document title="x">\n  <constructor>{{x}}</constructor>\n</document>' }));
    expect(e.message).toMatch(/a\.hbs:2:3: unknown element <constructor>/);
  });

  it('an unknown attribute in template source fails at load', () => {
    const e = templateError(() => setOf({ 'a.hbs': '<p style="{{x}}">a</p>' }));
    expect(e.message).toMatch(/a\.hbs:1:4: unknown attribute "style" on <p>/);
  });

  it('triple-stash is refused', () => {
    templateError(() => setOf({ 'a.hbs': '<p>{{{raw}}}</p>' }));
  });

  it('partials are registered from partials/ and an override folder wins over the shipped one', () => {
    const base = mkdtempSync(join(tmpdir(), 'harbor-tpl-'));
    const over = mkdtempSync(join(tmpdir(), 'harbor-tpl-'));
    dirs.push(base, over);
    mkdirSync(join(base, 'partials'));
    writeFileSync(join(base, 'partials', 'sig.hbs'), '<p>base {{who}}</p>');
    writeFileSync(join(base, 'a.hbs'), '{{> sig}}');
    writeFileSync(join(base, 'b.hbs'), '<p>b</p>');
    writeFileSync(join(over, 'b.hbs'), '<p>clinic b</p>');
    const t = new TemplateSet([over, base]);
    expect(t.render('a', { who: 'x' })).toBe('<p>base x</p>');
    expect(t.render('b', {})).toBe('<p>clinic b</p>');
  });

  it('helpers are usable from templates', () => {
    const t = setOf({
      'a.hbs': '{{date d}}|{{date d "MM/dd/yyyy"}}|{{money c}}|{{number n}}|{{age dob on}}|{{join xs "; "}}|{{andList xs}}|{{default nothing "Not yet known"}}|{{#if (and (eq a 1) (not b))}}yes{{/if}}|{{upper s}}|{{plural 1 "day" "days"}} {{plural 2 "day" "days"}}',
    });
    expect(
      t.render('a', { d: '2026-03-07', c: 123456, n: 1234567, dob: '2008-03-08', on: '2026-03-07', xs: ['a', 'b', 'c'], nothing: null, a: 1, b: false, s: 'ok' }),
    ).toBe('March 7, 2026|03/07/2026|$1,234.56|1,234,567|17|a; b; c|a, b and c|Not yet known|yes|OK|day days');
  });
});

describe('helpers', () => {
  it('money works on integer cents exactly', () => {
    expect(money(0)).toBe('$0.00');
    expect(money(5)).toBe('$0.05');
    expect(money(-100)).toBe('-$1.00');
    expect(money(4147000)).toBe('$41,470.00');
    expect(money('900719925474099312')).toBe('$9,007,199,254,740,993.12');
    expect(() => money(1.5)).toThrow();
  });

  it('number groups thousands', () => {
    expect(number(1234.5, 2)).toBe('1,234.50');
    expect(number(-1000)).toBe('-1,000');
  });

  it('andList', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a and b');
  });

  it('paragraphs: blank lines split paragraphs, newlines become br, everything escaped, nothing dropped', () => {
    expect(paragraphs('One <b>\nline two\n\n\n  Two & three\n\n').toString()).toBe('<p>One &lt;b&gt;<br/>line two</p>\n<p>  Two &amp; three</p>');
    expect(paragraphs('a\n\nb', 'li').toString()).toBe('<li>a</li>\n<li>b</li>');
    expect(paragraphs(null).toString()).toBe('');
    expect(() => paragraphs('x', 'script')).toThrow();
  });

  it('lines: each line escaped, joined by line breaks, a paragraph break one empty line, nothing else changed', () => {
    expect(lines('One <b>\n\n  \nTwo & three,\nfour. ').toString()).toBe('One &lt;b&gt;<br/><br/>Two &amp; three,<br/>four. ');
    expect(lines('\n\nOne.\n\n\n\nTwo.\n\n').toString()).toBe('One.<br/><br/>Two.');
    expect(lines('One line.').toString()).toBe('One line.');
    expect(lines(null).toString()).toBe('');
    expect(() => lines(3)).toThrow('lines: expected text');
  });

  it('lines with address: the lines of an address, a blank line dropped', () => {
    expect(lines('Elena Varga\n\nFederal Field Specialist', true).toString()).toBe('Elena Varga<br/>Federal Field Specialist');
    const t = setOf({ 'a.hbs': '{{lines t address=true}}|{{lines t}}' });
    expect(t.render('a', { t: 'A\n\nB' })).toBe('A<br/>B|A<br/><br/>B');
  });

  it('paragraphs: a lead opens the first paragraph only, escaped like the text', () => {
    expect(paragraphs('a\n\nb', 'p', 'Description: ').toString()).toBe('<p>Description: a</p>\n<p>b</p>');
    expect(paragraphs('x', 'p', '<&>').toString()).toBe('<p>&lt;&amp;&gt;x</p>');
  });
});
