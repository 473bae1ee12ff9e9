// Document kind `rfa`: the draft OTIP Request for Assistance for a child (docs/architecture.md §Kinds; the law in
// docs/domain/rfa.md; decisions in ./README.md). The caseworker prepares it within 24 hours of
// learning of the concern, reviews it and types it into OTIP's Shepherd system.
import { defineKind } from '../kind.js';
import { ABOUT } from './about.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { rfaSchemas, type RfaCase } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  ...ABOUT,
  // Built on first read (src/kinds/kit/lazy.ts): importing the registry builds no kind's schemas.
  get schema() {
    return rfaSchemas().RfaCase;
  },
  codes: CODES,
  compute,
  view,
  template: () => 'rfa',
  // The date the requester wrote in preparedAt (its own offset): stable, from the case only.
  // (the schema guarantees it starts with a real yyyy-mm-dd).
  documentDate: (c: RfaCase) => c.preparedAt.slice(0, 10),
  author: (c: RfaCase) => c.requester.organization,
});
