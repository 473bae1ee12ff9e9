// PLACEHOLDER until the issue for this kind lands: replaced wholesale by the kind's implementation.
import { z } from 'zod';
import { defineKind } from '../kind.js';

export const kind = defineKind({
  id: 'restitution-worksheet',
  title: 'restitution-worksheet (not yet implemented)',
  description: 'Not yet implemented.',
  version: '0.0.0',
  schema: z.never(),
  compute: () => ({ computed: {}, warnings: [], errors: [] }),
  view: () => ({}),
  template: () => 'restitution-worksheet',
  documentDate: () => '1970-01-01',
});
