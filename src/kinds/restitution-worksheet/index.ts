// Document kind `restitution-worksheet`: the 18 U.S.C. § 1593 restitution calculation worksheet
// (docs/architecture.md §Kinds; the law in docs/domain/restitution-worksheet.md; decisions in ./README.md). A clinic hands
// it to the prosecutor or the court so that mandatory restitution is actually requested.
import { defineKind } from '../kind.js';
import { ABOUT } from './about.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { restitutionSchemas, type RestitutionCase } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  ...ABOUT,
  // Built on first read (src/kinds/kit/lazy.ts): importing the registry builds no kind's schemas.
  get schema() {
    return restitutionSchemas().RestitutionCase;
  },
  codes: CODES,
  compute,
  view,
  template: () => 'restitution-worksheet',
  documentDate: (c: RestitutionCase) => c.preparedOn,
  author: (c: RestitutionCase) => c.preparer.organization ?? c.preparer.name,
});
