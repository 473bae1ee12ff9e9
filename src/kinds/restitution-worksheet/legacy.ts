// Contract version 2 (issue 15 point 6): money is given in dollars as written, in fields without
// the old `Cents` suffix. A field of version 1 (`amountCents`, …) is refused with `renamed-field`,
// never read, so that neither an old case nor a mistyped one is silently reinterpreted (a clinic
// that typed amountCents: 2843 meaning $2,843 lost $2,814.57). The old names stay in the schema
// only to be refused; the JSON Schema marks them deprecated.
import { z } from 'zod';

export function removedCents(oldName: string, newName: string) {
  return z
    .unknown()
    .optional()
    .superRefine((v, ctx) => {
      if (v === undefined || v === null) return;
      ctx.addIssue({
        code: 'custom',
        message: `was replaced by ${newName}, in dollars as written (e.g. 2843, 2,843.00 or $2,843.00); amounts in cents are no longer read, so that no amount is misread`,
        params: { code: 'renamed-field' },
      });
    })
    .meta({
      title: `${oldName} (removed)`,
      description: `Removed in version 2 of this contract: give ${newName} in dollars instead. A case that still sends ${oldName} is refused, never reinterpreted.`,
      deprecated: true,
    });
}

/** Was the old field sent (so the new one's "required" rule stays quiet: one error, not two)? */
export function sent(v: unknown): boolean {
  return v !== undefined && v !== null;
}
