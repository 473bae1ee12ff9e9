import { writeFileSync } from 'node:fs';
import { renderPdf } from './src/render/pdf/index.ts';
import { renderDocx } from './src/render/docx/index.ts';
import { doc, p, h } from './tests/render/pdf/models.ts';
const long = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft'.slice(0, 60);
const mail = 'maria.fernanda.gonzalez-rodriguez.coordinator-of-services@legal-aid-clinic-of-southern-texas.example.org';
const url = 'https://www.example.org/resources/victims-of-trafficking/2024-annual-report-on-child-trafficking-in-persons-appendix-b-statistics.pdf?download=1&lang=en';
const cell = (t: string) => ({ align: 'left', colspan: 1, children: [{ type: 'text', text: t }] });
const d = doc([
  h(2, 'Review'),
  p(`Name: ${long} and more text after it.`),
  p(`Contact ${mail} for details.`),
  p(`See ${url} for the report.`),
  p('Vietnamese: Nguyễn Thị Ánh Nguyệt, Phạm Thị Hường, Trịnh Quốc Ẩn, Lưu Ỷ Ỵ.'),
  { type: 'table', columns: [1, 1, 1], headerRows: [{ cells: [cell('Name'), cell('E-mail'), cell('Amount')] }], rows: [
    { cells: [cell(long), cell(mail), cell('-$1,250.00')] },
    { cells: [cell('Case 4:17-cr-00907-RBH'), cell(url), cell('-€5.00')] },
  ] } as any,
]);
writeFileSync('/tmp/rev.pdf', await renderPdf(d));
writeFileSync('/tmp/rev.docx', await renderDocx(d));
