// Document kind `restitution-worksheet`: the 18 U.S.C. § 1593 restitution calculation worksheet
// (design §4; domain file docs/domain/restitution-worksheet.md; decisions in ./README.md). A clinic hands
// it to the prosecutor or the court so that mandatory restitution is actually requested.
import { defineKind } from '../kind.js';
import { CODES } from './codes.js';
import { computeRestitution } from './compute.js';
import { RestitutionCase } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  id: 'restitution-worksheet',
  title: 'Restitution worksheet (18 U.S.C. § 1593)',
  description:
    'The § 1593 restitution calculation for a trafficking victim: FLSA minimum wage and overtime per workweek, the gross income to the defendant, the greater of the two, § 2259 losses and the total, with every rule cited.',
  version: '1.0.0',
  schema: RestitutionCase,
  codes: CODES,
  compute: computeRestitution,
  view,
  template: () => 'restitution-worksheet',
  documentDate: (c: RestitutionCase) => c.preparedOn,
  author: (c: RestitutionCase) => c.preparer.organization ?? c.preparer.name,
});
