import { readFileSync } from 'node:fs';
import { parseMarkup } from './src/markup/parse.ts';
import { renderDocx } from './src/render/docx/index.ts';
import { libreOfficePdf } from './tests/render/docx/support.ts';
import { pdfPages } from './tests/support/extract.ts';
const base = readFileSync(`/tmp/layout37/sig/s20.xml`, 'utf8');
const variants: Record<string, string> = {
  noH1: base.replace('<h1>Declaration</h1>', '<p>Declaration</p>'),
  trailing: base.replace('</document>', '<p>After.</p></document>'),
  twice: base.replace('</document>', '<page-break/>' + base.slice(base.indexOf('<h1>'), base.indexOf('</document>')) + '</document>'),
};
for (const [k, m] of Object.entries(variants)) {
  const d = parseMarkup(m, 't', { kind: 't', templateVersion: '1', harborVersion: '0', fingerprint: 'f', date: '2026-01-01' });
  const pages = pdfPages(libreOfficePdf(await renderDocx(d)));
  console.log(k, pages.length, ['penalty', 'Ana Example', 'Date:', 'Houston'].map((s) => pages.map((p, i) => (p.includes(s) ? i : -1)).filter((i) => i >= 0)));
}
