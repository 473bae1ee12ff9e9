// A kind's zod schemas, built when the kind is first used instead of when the registry is imported
// (issue 18: a render thread ready in ≤ 150 ms). Building the four kinds' ~1,600 lines of schemas
// was ~30 ms of every start; a thread that answers an `rfa` check now builds rfa's alone, and
// `harbor kinds` (src/kinds/catalog.ts) none.
//
// Each kind's schema.ts keeps its schemas in one `build` function returning them by name, and
// exports `const <kind>Schemas = lazySchemas('<kind>', build)`; a schema's type keeps the schema's
// name (`export type RfaCase = z.infer<Schemas['RfaCase']>`). The kind's `schema` is a getter that
// calls it (src/kinds/<id>/index.ts), so everything that reads `kind.schema` is unchanged.

/** How many times each set of schemas was built in this process, by name. */
const builds = new Map<string, number>();

/**
 * `build`, run on the first call of the returned function and its result kept for the life of the
 * process. `name` (the kind's id) is what `schemaBuilds` counts it under. A build that throws is
 * not kept: the next call tries again and throws again, as a module that fails to load would.
 */
export function lazySchemas<T extends object>(name: string, build: () => T): () => T {
  let built: T | undefined;
  return () => {
    if (built === undefined) {
      built = build();
      builds.set(name, (builds.get(name) ?? 0) + 1);
    }
    return built;
  };
}

/**
 * The sets of schemas built so far in this process and how often each was built (once at most):
 * tests/kinds/lazy-schemas.test.ts checks that using one kind builds no other kind's schemas.
 */
export function schemaBuilds(): Record<string, number> {
  return Object.fromEntries(builds);
}
