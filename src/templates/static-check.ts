// Static check of a template's markup: every tag written in the template source must be a Harbor
// element with known attributes. This catches a typo such as `<tabel>` at start-up with the
// template's own line and column, before any case is rendered. (The parser checks the merged
// output again at render time; this check gives positions in the .hbs file.)
import { HarborError } from '../errors.js';
import { ATTRIBUTES } from '../markup/elements.js';

/** Blank out Handlebars expressions and comments, keeping offsets (newlines stay). */
function blankMustaches(src: string): string {
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  return src.replace(/\{\{!--[\s\S]*?--\}\}/g, blank).replace(/\{\{[\s\S]*?\}\}/g, blank);
}

function lineCol(src: string, offset: number): string {
  const before = src.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

export function checkTemplateMarkup(src: string, label: string): void {
  const text = blankMustaches(src);
  if (/\{\{\{/.test(src)) {
    const at = src.indexOf('{{{');
    fail(label, src, at, 'triple-stash {{{ }} is not allowed in templates: it bypasses escaping');
  }
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
