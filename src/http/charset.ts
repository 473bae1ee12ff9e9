// The charset label of a request's Content-Type, read once for the single routes (documents.ts) and the
// batch route (batch.ts). A header that gives the charset twice with different values
// (`application/json; charset=windows-1252; charset=utf-8`) is refused (415): content-type's parse
// kept the first, so the same bytes were read as one encoding or the other by the order of the
// labels, and a name's é became "Ã©" or an error. A parameter is given at most once in a media
// type (RFC 6838, § 4.3: "It is an error for a specific parameter to be specified more than once").
import * as contentType from 'content-type';
import { cut, HarborError } from '../errors.js';

/** Each `charset=` of a header, its name in any case, its value unquoted. */
const CHARSET = /;\s*charset\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/giu;

/**
 * The media type and charset label of `header` (undefined: none given, or a header that does not
 * parse, which has no charset to honour), or 415 when it names two charsets.
 */
export function mediaAndCharset(header: string | undefined): { media: string | undefined; label: string | undefined } {
  let media: string | undefined;
  let label: string | undefined;
  try {
    const parsed = contentType.parse(header ?? '');
    media = parsed.type;
    label = parsed.parameters.charset;
  } catch {
    return { media: undefined, label: undefined };
  }
  const labels = [...(header ?? '').matchAll(CHARSET)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/gu, '$1'));
  const distinct = [...new Set(labels.map((l) => l.toLowerCase()))];
  if (distinct.length > 1) {
    const quoted = labels.map((l) => JSON.stringify(cut(l))).join(' and ');
    throw new HarborError('unsupported-media-type', `The Content-Type gives charset twice (${quoted}); give it once, the encoding the body is in`);
  }
  return { media, label };
}
