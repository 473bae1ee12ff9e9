// The one field every kind's case has besides its own: `id`, a batch record's own reference
// (docs/batch.md, Output): it names the record's files and its manifest entry when it is a short
// token (src/workers/renderer.ts, `recordId`); a batch refuses a record whose id is anything else
// (src/batch/run.ts, `unusableId`), and a single check or render ignores it. Declared in every
// kind's schema, so that the case objects refuse unknown fields (docs/fields.md, "Unknown
// fields") without refusing it, a batch's record can be posted on its own unchanged, and the JSON
// Schema says what it is. It is not case data: the validated case never holds it (so neither the
// fingerprint nor a template sees it), whatever it is.
import { z } from 'zod';

export const RecordId = z
  // The text branch's words are the ones reported for a wrong type (src/validate.ts, unions).
  .union([z.string({ error: 'must be a short reference (text or a number): letters, digits, ".", "_" or "-"' }), z.number()])
  .nullish()
  .transform((): undefined => undefined)
  .meta({
    title: 'Record id',
    description:
      'A batch record’s own reference: 1 to 64 letters, digits, ".", "_" or "-", at least one a letter or digit, or a whole number, which names the record’s files and manifest entry. In a batch, any other id refuses its record (invalid-format at id) and is never quoted, as it might be a name; two ids that differ only in letter case are one (duplicate-id). Never printed, and not part of the case.',
  });
