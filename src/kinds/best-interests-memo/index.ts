// Document kind `best-interests-memo`: the independent child advocate's best-interests
// recommendation for one unaccompanied child and one decision (docs/architecture.md §Kinds;
// docs/domain/best-interests-memo.md; 8 U.S.C. § 1232(c)(6); 45 CFR 410.1001, 410.1308).
import { defineKind } from '../kind.js';
import { ABOUT } from './about.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { bestInterestsSchemas } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  ...ABOUT,
  // Built on first read (src/kinds/kit/lazy.ts): importing the registry builds no kind's schemas.
  get schema() {
    return bestInterestsSchemas().BestInterestsMemoCase;
  },
  codes: CODES,
  compute,
  view,
  template: () => 'best-interests-memo',
  documentDate: (c) => c.preparedOn,
  author: (c) => c.advocate.organization ?? undefined,
});
