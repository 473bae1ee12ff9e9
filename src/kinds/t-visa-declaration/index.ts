// Document kind `t-visa-declaration` (design §4, domain file docs/domain/t-visa-declaration.md): the applicant's personal
// statement for Form I-914, or a third-party supporting declaration, chosen by `declarant.role`.
import { defineKind } from '../kind.js';
import { CODES } from './codes.js';
import { computeTVisa } from './compute.js';
import { TVisaCase } from './schema.js';
import { viewTVisa } from './view.js';

export const kind = defineKind({
  id: 't-visa-declaration',
  title: 'T-visa declaration (Form I-914)',
  description:
    'The applicant’s personal statement in support of Form I-914, or a supporting declaration by a third party (declarant.role): numbered paragraphs, 28 U.S.C. § 1746 attestation, translator and interpreter certificates.',
  version: '1.0.0',
  schema: TVisaCase,
  codes: CODES,
  compute: computeTVisa,
  view: viewTVisa,
  // Two templates: the personal statement and the supporting declaration (shared partials).
  template: (c) => (c.declarant.role === 'supporting' ? 't-visa-declaration-supporting' : 't-visa-declaration'),
  documentDate: (c) => c.signing.date,
});
