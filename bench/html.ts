// The HTML a headless browser prints in the side-by-side comparison (bench/compare.ts): the same
// document model Harbor renders (same words, headings, lists, tables, signature), as plain HTML with
// print CSS (Letter, 1-inch margins, serif 11.5 pt). Not a product renderer: a fair input for Chromium.
import type { Block, HarborDocument, Inline } from '../src/model/types.js';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function inline(xs: Inline[]): string {
  return xs
    .map((x) => {
      if (x.type === 'br') return '<br>';
      if (x.type === 'page-number' || x.type === 'page-count') return '';
      let t = esc(x.text);
      if (x.bold) t = `<b>${t}</b>`;
      if (x.italic) t = `<i>${t}</i>`;
      if (x.underline) t = `<u>${t}</u>`;
      return t;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${inline(b.children)}</h${b.level}>`;
    case 'paragraph':
      return `<p style="text-align:${b.align}">${inline(b.children)}</p>`;
    case 'list':
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li${i.number !== undefined ? ` value="${i.number}"` : ''}>${i.children.map(block).join('')}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': {
      const row = (cells: (typeof b.rows)[number]['cells'], tag: string): string => `<tr>${cells.map((c) => `<${tag} colspan="${c.colspan}" style="text-align:${c.align}">${inline(c.children)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${b.headerRows.map((r) => row(r.cells, 'th')).join('')}</thead><tbody>${b.rows.map((r) => row(r.cells, 'td')).join('')}</tbody></table>`;
    }
    case 'signature':
      return `<div class="sig"><p>______________________________</p><p>${esc(b.signer)}${b.capacity ? `, ${esc(b.capacity)}` : ''}</p>${b.date ? `<p>${esc(b.date)}${b.place ? `, ${esc(b.place)}` : ''}</p>` : ''}</div>`;
    case 'page-break':
      return '<div style="break-after:page"></div>';
    case 'keep':
      return `<div style="break-inside:avoid">${b.children.map(block).join('')}</div>`;
  }
}

export function modelToHtml(doc: HarborDocument): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>
@page { size: Letter; margin: 1in; }
body { font-family: 'Noto Serif', serif; font-size: 11.5pt; line-height: 1.35; }
h1 { font-size: 15pt; text-align: center; } h2 { font-size: 13pt; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #000; padding: 2pt 4pt; font-size: 10pt; }
.banner { text-align: center; font-weight: bold; font-size: 9pt; }
</style></head><body>${doc.banner ? `<p class="banner">${esc(doc.banner)}</p>` : ''}${doc.body.map(block).join('\n')}</body></html>`;
}
