// Document kind `best-interests-memo`: the independent child advocate's best-interests
// recommendation for one unaccompanied child and one decision (design §4;
// docs/domain/best-interests-memo.md; 8 U.S.C. § 1232(c)(6); 45 CFR 410.1001, 410.1308).
import { defineKind } from '../kind.js';
import { CODES } from './codes.js';
import { computeMemo } from './compute.js';
import { BestInterestsMemoCase } from './schema.js';
import { buildView } from './view.js';

export const kind = defineKind({
  id: 'best-interests-memo',
  title: 'Best-interests recommendation for an unaccompanied child',
  description:
    'Best-interests recommendation of a child advocate for an unaccompanied child: sources, background, the seven factors, divergence from the child’s expressed wishes and numbered recommendations.',
  version: '1.0.0',
  schema: BestInterestsMemoCase,
  codes: CODES,
  compute: computeMemo,
  view: buildView,
  template: () => 'best-interests-memo',
  documentDate: (c) => c.preparedOn,
  author: (c) => c.advocate.organization ?? undefined,
});
