// The form library's validator, on @cfworker/json-schema: an interpreter of JSON Schema 2020-12
// that never generates code, so the page runs under a CSP without 'unsafe-eval' (AJV compiles
// each schema with new Function). The form uses it only to pick the matching alternative of an
// anyOf/oneOf; the checks a person sees come from the server (POST …/check), which is the law.
import { Validator } from '@cfworker/json-schema';
import type { RJSFSchema, ValidatorType, ValidationData } from '@rjsf/utils';

type Json = Record<string, unknown>;

const cache = new WeakMap<object, Validator>();

function validatorFor(schema: Json, root: Json): Validator {
  let v = cache.get(schema);
  if (!v) {
    // A sub-schema's $refs point into the root's $defs.
    const defs = root.$defs ?? root.definitions;
    const s = defs && !schema.$defs ? { ...schema, $defs: root.$defs, definitions: root.definitions } : schema;
    v = new Validator(s as never, '2020-12', false);
    cache.set(schema, v);
  }
  return v;
}

export const validator: ValidatorType = {
  validateFormData(): ValidationData<unknown> {
    return { errors: [], errorSchema: {} };
  },
  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    try {
      return validatorFor(schema as Json, rootSchema as Json).validate(formData === undefined ? null : formData).valid;
    } catch {
      return false;
    }
  },
  rawValidation<Result = unknown>(schema: RJSFSchema, formData?: unknown): { errors?: Result[]; validationError?: Error } {
    const r = validatorFor(schema as Json, schema as Json).validate(formData === undefined ? null : formData);
    return { errors: r.errors as unknown as Result[] };
  },
};
