// Document kind `restitution-worksheet`: the 18 U.S.C. § 1593 restitution calculation worksheet
// (design §4; domain file docs/domain/restitution-worksheet.md; decisions in ./README.md). A clinic hands
// it to the prosecutor or the court so that mandatory restitution is actually requested.
import { defineKind } from '../kind.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { RestitutionCase } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  id: 'restitution-worksheet',
  title: 'Restitution worksheet (18 U.S.C. § 1593)',
  description:
    'The § 1593 restitution calculation for a trafficking victim: FLSA minimum wage and overtime per workweek, the gross income to the defendant from the labor, the greater of the two, plus the gross income from commercial sex acts and the § 2259 losses; the total under each open legal choice, every rule cited, ready to file under seal.',
  version: '2.0.0',
  schema: RestitutionCase,
  codes: CODES,
  compute,
  view,
  template: () => 'restitution-worksheet',
  documentDate: (c: RestitutionCase) => c.preparedOn,
  author: (c: RestitutionCase) => c.preparer.organization ?? c.preparer.name,
});
