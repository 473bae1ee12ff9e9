// Static check of a template's markup: every tag written in the template source must be a Harbor
// element with known attributes. This catches a typo such as `<tabel>` at start-up with the
// template's own line and column, before any case is rendered. (The parser checks the merged
// output again at render time; this check gives positions in the .hbs file.)
import { HarborError } from '../errors.js';
import { ATTRIBUTES } from '../markup/elements.js';
import { parseTemplate } from './compiler.js';

/** Blank out Handlebars expressions and comments, keeping offsets (newlines stay). */
function blankMustaches(src: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  return src.replace(/\{\{!--[\s\S]*?--\}\}/g, blank).replace(/\{\{[\s\S]*?\}\}/g, blank);
}

/** Offset of a 1-based line and 0-based column (Handlebars' locations). */
function offsetOf(src: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = src.indexOf('\n', off) + 1;
  return off + column;
}

/**
 * Every form that prints without escaping is refused, found on Handlebars' own parse tree, so no
 * spelling escapes it: `{{{x}}}`, `{{& x}}`, `{{~{x}~}}`, `{{~& x}}`, and raw blocks
 * `{{{{raw}}}}`. (Helpers that emit markup escape their input themselves; and markup from a value
 * is refused again when the merged output is parsed: src/markup/values.ts.)
 */
function refuseUnescaped(src: string, label: string): void {
  let ast: hbs.AST.Program;
  try {
    ast = parseTemplate(src);
  } catch {
    return; // a syntax error: compiling the template reports it with its position
  }
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { type?: string; escaped?: boolean; loc?: hbs.AST.SourceLocation; [k: string]: unknown };
    const at = (): number => (n.loc ? offsetOf(src, n.loc.start.line, n.loc.start.column) : 0);
    if (n.type === 'MustacheStatement' && n.escaped === false) {
      fail(label, src, at(), 'unescaped output ({{{ }}} or {{& }}) is not allowed in templates: it would print case data as markup');
    }
    if (n.type === 'BlockStatement' && /^\s*\{\{\{\{/.test(src.slice(at()))) {
      fail(label, src, at(), 'a raw block {{{{ }}}} is not allowed in templates: its content is printed unescaped');
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && typeof v === 'object') visit(v);
  };
  visit(ast);
}

function lineCol(src: string, offset: number): string {
  const before = src.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

export function checkTemplateMarkup(src: string, label: string): void {
  const text = blankMustaches(src);
  refuseUnescaped(src, label);
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g;
  for (const m of text.matchAll(tag)) {
    const [, , name, attrs] = m;
    const allowed = ATTRIBUTES[name!];
    if (!allowed) fail(label, src, m.index, `unknown element <${name}>`);
    for (const a of attrs!.matchAll(/([^\s=]+)\s*=/g)) {
      if (!allowed!.includes(a[1]!)) {
        fail(label, src, m.index + 1 + name!.length + (a.index ?? 0), `unknown attribute "${a[1]}" on <${name}>`);
      }
    }
  }
  // A "<" that does not start a tag is a typo in the template (text "<" must be written &lt;).
  for (const m of text.matchAll(/<(?![A-Za-z/])/g)) fail(label, src, m.index, 'a "<" that does not start an element; write &lt; for a literal "<"');
}

function fail(label: string, src: string, offset: number, message: string): never {
  const where = `${label}:${lineCol(src, offset)}`;
  throw new HarborError('template-error', `${where}: ${message}`, [{ path: where, code: 'template-error', message }]);
}
