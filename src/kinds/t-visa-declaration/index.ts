// Document kind `t-visa-declaration` (docs/architecture.md §Kinds; the law in docs/domain/t-visa-declaration.md): the applicant's personal
// statement for Form I-914, the own declaration of the parent or guardian of an applicant under 14,
// or a supporting declaration, chosen by `declarant.role`.
import { defineKind } from '../kind.js';
import { ABOUT } from './about.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { tVisaSchemas } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  ...ABOUT,
  // Built on first read (src/kinds/kit/lazy.ts): importing the registry builds no kind's schemas.
  get schema() {
    return tVisaSchemas().TVisaCase;
  },
  codes: CODES,
  compute,
  view,
  // Two templates: the applicant's own statement, and the declaration of anyone else (parent or
  // supporting declarant), with shared partials.
  template: (c) => (c.declarant.role === 'applicant' ? 't-visa-declaration' : 't-visa-declaration-supporting'),
  documentDate: (c) => c.signing.date,
});
