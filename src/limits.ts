// Size limits that more than one entry point applies to the same thing, kept here so that each
// is one constant, never a copy that drifts (docs/http.md §Configuration, README.md §CLI).

/**
 * Largest case, in bytes of its JSON text: the default of HARBOR_BODY_LIMIT, the body limit of
 * the HTTP API's single-document routes, and the fixed limit of the case file or stdin that
 * `harbor check` and `harbor render` read (the CLI does not read HARBOR_BODY_LIMIT, which
 * configures the service). 1 MiB: a case with long narratives is tens of KB.
 */
export const MAX_CASE_BYTES = 1024 * 1024;
