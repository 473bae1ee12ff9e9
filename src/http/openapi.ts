// The OpenAPI 3.1 description (docs/http.md §Routes), assembled by hand around the zod JSON Schemas of the
// kinds: the case schemas are generated, everything else is written out here so it reads like the
// design's table. OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod 4 emits.
import { kindCodes, type AnyKind } from '../kinds/kind.js';
import { caseJsonSchema } from '../kinds/json-schema.js';
import { CONTENT_TYPES } from '../pipeline.js';
import { csvTemplate } from '../batch/run.js';
import { BATCH_TYPES } from '../batch/input.js';

const XLSX = BATCH_TYPES.xlsx[0]!;

export { caseJsonSchema };

type Json = Record<string, unknown>;

/** Rewrite `#/$defs/x` refs of a standalone schema to OpenAPI components named `<prefix>.x`. */
function relocate(schema: Json, prefix: string, into: Json): Json {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Json = {};
    for (const [k, x] of Object.entries(v as Json)) {
      if (k === '$ref' && typeof x === 'string' && x.startsWith('#/$defs/')) out[k] = `#/components/schemas/${prefix}.${x.slice(8)}`;
      else if (k === '$schema') continue; // the document's jsonSchemaDialect says it once
      else out[k] = walk(x);
    }
    return out;
  };
  const { $defs, ...rest } = schema;
  if ($defs && typeof $defs === 'object') for (const [name, d] of Object.entries($defs as Json)) into[`${prefix}.${name}`] = walk(d);
  return walk(rest) as Json;
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** The kinds of route, by the problems they can answer. */
type RouteClass = 'read' | 'check' | 'render' | 'batch';

/**
 * Every problem status each kind of route can answer, with what it means there: the one table the
 * operations' error responses are made from (`routeProblems`), kept beside the routes' code
 * (documents.ts, batch.ts, admission.ts) so that a status a route gains is added here once. 401 only
 * with HARBOR_API_KEYS; 405 (another method) is not an operation's response.
 */
const ROUTE_PROBLEMS: Record<RouteClass, Record<string, string>> = (() => {
  const read = {
    '401': 'Missing or invalid API key (when HARBOR_API_KEYS is set)',
    '404': 'Unknown document kind',
    '429': 'More than HARBOR_RATE_LIMIT requests in a minute from this key (or address); see Retry-After',
    '501': 'not-implemented: a Transfer-Encoding other than chunked (e.g. "gzip, chunked"), refused unread (RFC 9112 §6.1)',
  };
  const body = {
    ...read,
    '400': 'The body is not valid JSON',
    '413': 'The body is larger than HARBOR_BODY_LIMIT',
    '415': 'The body is not application/json, or its charset names no encoding Harbor reads (the detail lists those it does)',
    '422': 'The case data is not valid (errors[] name each field by its dot path), or nested deeper than 64 levels (the issue too-deep)',
    '503': 'busy (every render thread busy, queue full) or render-timeout (past HARBOR_RENDER_TIMEOUT); see Retry-After',
  };
  return {
    read,
    check: body,
    render: { ...body, '406': 'Unknown format, or an Accept header that allows neither PDF nor DOCX' },
    batch: {
      ...read,
      '400': 'The body as a whole cannot be read (not an array, broken CSV, no records, bytes not in its encoding), or a workbook is over a limit of its reading (128 MB unpacked, 512 MB of memory, 120 s)',
      '406': 'Unknown format',
      '413': 'More records than HARBOR_MAX_BATCH, or a body over the batch limit',
      '415': 'Not one of the batch media types, or a charset that names no encoding Harbor reads (the detail lists those it does)',
      '503': 'busy: HARBOR_MAX_BATCHES batches are running, or HARBOR_MAX_BATCHES_PER_KEY of this key (or address), or a workbook arrives while two are being read and four wait; see Retry-After',
    },
  };
})();

/** The error responses of an operation of `route`, from ROUTE_PROBLEMS. */
export function routeProblems(route: RouteClass): Json {
  return Object.fromEntries(Object.entries(ROUTE_PROBLEMS[route]).map(([status, description]) => [status, problem(description)]));
}

const KIND_PARAM = (kinds: readonly AnyKind[]): Json => ({
  name: 'kind',
  in: 'path',
  required: true,
  schema: { type: 'string', enum: kinds.map((k) => k.id) },
  ...(kinds[0] ? { example: kinds[0].id } : {}),
});

/** `rfa` → `Rfa`, `t-visa-declaration` → `TVisaDeclaration`: the kind's part of an operationId. */
const pascal = (id: string): string => id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * `examples(kindId)`: the kind's example case (GET …/example), shown as each operation's example
 * request so that "try it" on /docs sends a valid case.
 */
export function buildOpenApi(kinds: readonly AnyKind[], harborVersion: string, authRequired: boolean, examples: (kindId: string) => unknown = () => undefined): Json {
  const schemas: Json = {
    Issue: {
      type: 'object',
      required: ['path', 'code', 'message'],
      properties: {
        path: { type: 'string', description: 'dot path into the case, e.g. child.dateOfBirth or periods.2.endDate' },
        code: { type: 'string' },
        message: { type: 'string' },
        count: { type: 'integer', minimum: 1, description: 'only on the more-issues entry that ends a list capped at 100: how many issues are not listed' },
      },
    },
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details',
      required: ['type', 'title', 'status', 'code'],
      properties: {
        type: { type: 'string', format: 'uri' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        code: { type: 'string' },
        requestId: { type: 'string' },
        errors: { type: 'array', items: ref('Issue') },
      },
    },
    Kind: {
      type: 'object',
      required: ['id', 'title', 'version', 'description'],
      properties: { id: { type: 'string' }, title: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' } },
    },
    BatchManifest: {
      type: 'object',
      description: 'manifest.json, the last file of a batch ZIP',
      required: ['kind', 'format', 'total', 'rendered', 'failed', 'records'],
      properties: {
        kind: { type: 'string' },
        format: { enum: ['pdf', 'docx', 'both'] },
        total: { type: 'integer' },
        rendered: { type: 'integer' },
        failed: { type: 'integer', description: 'records not rendered (invalid + failed)' },
        records: {
          type: 'array',
          items: {
            type: 'object',
            required: ['index', 'status'],
            properties: {
              index: { type: 'integer', description: '0-based position in the input' },
              row: { type: 'integer', description: 'CSV and Excel input only: the spreadsheet row (the header is row 1)' },
              line: { type: 'integer', description: "NDJSON input only: the record's line of the file (from 1, blank lines counted)" },
              id: { type: 'string', description: "the record's own top-level id, when it is a short token" },
              status: { enum: ['rendered', 'invalid', 'failed'] },
              files: { type: 'array', items: { type: 'string' }, description: 'e.g. 0001-<id or kind-fingerprint>.pdf: numbered index + 1' },
              fingerprint: { type: 'string' },
              warnings: { type: 'array', items: ref('Issue') },
              errors: { type: 'array', items: ref('Issue') },
            },
          },
        },
      },
    },
    CheckResult: {
      type: 'object',
      required: ['ok', 'computed', 'warnings'],
      properties: {
        ok: { const: true },
        computed: { type: 'object', description: 'values the law computes: ages, deadlines, wages…' },
        warnings: { type: 'array', items: ref('Issue') },
      },
    },
  };
  const errors = routeProblems('read');
  const paths: Json = {
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers 200 while the process serves HTTP, busy or not: restart on its failure, never on load (docs/http.md §Health).',
        security: [],
        responses: { '200': { description: 'up', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } },
      },
    },
    '/readyz': {
      get: {
        operationId: 'getReadiness',
        summary: 'Readiness',
        description: 'Answers 503 while a new render or check would be refused busy (the render queue is full) or the service is shutting down: send requests elsewhere then (docs/http.md §Health).',
        security: [],
        responses: {
          '200': { description: 'ready', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ready' } } } } } },
          '503': problem('busy: the render queue is full, or the service is shutting down; see Retry-After'),
        },
      },
    },
    '/v1/documents': {
      get: {
        operationId: 'listKinds',
        summary: 'The document kinds',
        responses: { '200': { description: 'kinds', content: { 'application/json': { schema: { type: 'array', items: ref('Kind') } } } }, ...errors },
      },
    },
    '/v1/documents/{kind}/schema': {
      get: {
        operationId: 'getKindSchema',
        summary: 'JSON Schema (2020-12) of the case data of a kind',
        parameters: [KIND_PARAM(kinds)],
        responses: { '200': { description: 'JSON Schema', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
      },
    },
    '/v1/documents/{kind}/example': {
      get: {
        operationId: 'getKindExample',
        summary: 'A complete, valid, fictional case of a kind',
        parameters: [KIND_PARAM(kinds)],
        responses: { '200': { description: 'case data', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors },
      },
    },
    '/v1/documents/{kind}/csv-template': {
      get: {
        operationId: 'getCsvTemplate',
        summary: 'A CSV header row of dot paths and the example as one row, for batches',
        parameters: [KIND_PARAM(kinds)],
        responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...errors },
      },
    },
    '/v1/documents/{kind}/xlsx-template': {
      get: {
        operationId: 'getXlsxTemplate',
        summary: 'The batch template as an Excel workbook: header row, the example as one row, dropdowns on enum columns, a sheet explaining each column',
        parameters: [KIND_PARAM(kinds)],
        responses: { '200': { description: 'an .xlsx workbook', content: { [XLSX]: {} } }, ...errors },
      },
    },
  };

  for (const k of kinds) {
    const name = `Case.${k.id}`;
    schemas[name] = relocate(caseJsonSchema(k), name, schemas);
    // The kind's closed list of issue codes (its own and the common ones), with level and rule.
    const codes = kindCodes(k);
    schemas[`Codes.${k.id}`] = {
      type: 'string',
      description: `Issue codes of ${k.id} (errors and warnings): ${Object.entries(codes).map(([c, i]) => `${c} (${i.level}): ${i.rule}`).join('; ')}.`,
      enum: Object.keys(codes),
    };
    const example = examples(k.id);
    const withExample = example === undefined ? {} : { example };
    const requestBody = { required: true, content: { 'application/json': { schema: ref(name), ...withExample } } };
    const op = pascal(k.id);
    paths[`/v1/documents/${k.id}/check`] = {
      post: {
        operationId: `check${op}`,
        summary: `Validate a ${k.title} case and return the computed values and warnings`,
        description: `Every error and warning code this kind can return is listed in the schema Codes.${k.id}.`,
        tags: [k.id],
        requestBody,
        responses: { '200': { description: 'valid', content: { 'application/json': { schema: ref('CheckResult') } } }, ...routeProblems('check') },
      },
    };
    paths[`/v1/documents/${k.id}`] = {
      post: {
        operationId: `generate${op}`,
        summary: `Generate the ${k.title}`,
        description: k.description,
        tags: [k.id],
        parameters: [
          {
            name: 'format',
            in: 'query',
            required: false,
            description: 'Output format; when absent the Accept header decides, and PDF is the default',
            schema: { type: 'string', enum: ['pdf', 'docx'] },
            example: 'pdf',
          },
        ],
        requestBody,
        responses: {
          '200': {
            description: 'the document (Content-Disposition: attachment)',
            headers: {
              'Harbor-Fingerprint': { description: 'first 16 hex digits of SHA-256 over (kind, template version, validated case)', schema: { type: 'string' } },
              'Harbor-Warnings': { description: 'JSON array of {path, code} of the warnings, when there are any (at most 4096 characters; a list that does not hold every warning ends with code more-warnings)', schema: { type: 'string' } },
              'Harbor-Warnings-Count': { description: 'number of warnings, all of them (also those past the 100 listed), when there are any', schema: { type: 'string' } },
            },
            content: { [CONTENT_TYPES.pdf]: {}, [CONTENT_TYPES.docx]: {} },
          },
          ...routeProblems('render'),
        },
      },
    };
    paths[`/v1/batches/${k.id}`] = {
      post: {
        operationId: `batch${op}`,
        summary: `Batch: ${k.title}, many cases in, one ZIP out, streamed as it is made`,
        description:
          'One file per valid record and manifest.json last (schema BatchManifest). One bad record never stops the ' +
          'others: it is listed as "invalid" with its errors. CSV headers are dot paths (see …/csv-template); an Excel ' +
          'workbook is read from its first visible sheet with the same headers (see …/xlsx-template). A CSV, JSON or NDJSON body ' +
          'is UTF-8 unless its Content-Type gives a charset (text/csv; charset=windows-1252, what Excel on Windows saves ' +
          'as plain "CSV"); a byte-order mark wins over both. A body not in its encoding is refused as a whole (400, ' +
          'naming the line and byte offset of its first bad byte).',
        tags: [k.id],
        parameters: [{ name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['pdf', 'docx', 'both'], default: 'pdf' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'array', items: ref(name) }, ...(example === undefined ? {} : { example: [example] }) },
            'application/x-ndjson': { schema: { type: 'string', description: 'one case (JSON) per line' }, ...(example === undefined ? {} : { example: JSON.stringify(example) + '\n' }) },
            'text/csv': { schema: { type: 'string', description: 'a header row of dot paths, one case per row' }, ...(example === undefined ? {} : { example: csvTemplate(caseJsonSchema(k), example) }) },
            [XLSX]: { schema: { type: 'string', format: 'binary', description: 'an Excel workbook: its first visible sheet, a header row of dot paths, one case per row' } },
          },
        },
        responses: {
          '200': { description: 'a ZIP (application/zip)', content: { 'application/zip': {} } },
          ...routeProblems('batch'),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Harbor',
      version: harborVersion,
      description:
        'Document automation for legal filings in U.S. child-trafficking cases. Every page of every document is ' +
        'marked confidential on the basis that fits its kind (8 U.S.C. § 1367 for a T-visa declaration; a child ' +
        'victim\'s privacy for a restitution worksheet; the child advocate\'s recommendation for a memo; an OTIP ' +
        'draft for a request for assistance); responses carry Cache-Control: no-store. Errors are application/problem+json (RFC 9457). ' +
        // What a client meets on the wire before its answer (src/http/server.ts checkContinue, src/http/half-close.ts).
        'Interim 100 Continue responses (RFC 9110 §15.2; an HTTP/1.1 client reads and passes over any it gets, asked for ' +
        'or not) come before an answer in two cases: to a request sent with Expect: 100-continue, once it has been judged ' +
        'and its body is to be read (refused, it gets its error and no 100); and, to a client that half-closed its ' +
        'connection (sent its FIN) after the request, now and then until the answer begins, so that a client gone is told ' +
        'from one still reading (at once, then 100 ms, 400 ms and 1 s apart, then every 2 s). Never to an HTTP/1.0 request. An Expect other than ' +
        '100-continue is 417 expectation-failed.',
    },
    ...(authRequired ? { security: [{ bearer: [] }] } : {}),
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a key from HARBOR_API_KEYS' } },
    },
  };
}
