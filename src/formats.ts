// The formats a document is rendered to, apart from the pipeline that renders them (src/generate.ts
// re-exports them): what only names a format (the batch runner's CSV template and format option,
// `harbor csv-template`) loads no template engine, markup parser or kind (issue 18, cold start).
import { cut, HarborError } from './errors.js';

export const FORMATS = ['pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function parseFormat(s: string | undefined): Format {
  const f = (s ?? 'pdf').toLowerCase();
  if ((FORMATS as readonly string[]).includes(f)) return f as Format;
  throw unknownFormat(s ?? '', FORMATS);
}

/** A format not among those accepted here: the value given (cut short) and every accepted one. */
export function unknownFormat(given: string, accepted: readonly string[]): HarborError {
  return new HarborError('unknown-format', `Unknown format "${cut(given)}"; use one of: ${accepted.join(', ')}`);
}
