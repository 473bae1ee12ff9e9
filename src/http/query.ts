// The query parameters of each /v1 route: a route takes only those it names, and one it does not
// take is refused (400 malformed-input, naming it and the one probably meant) before the body is
// read. `?fromat=docx` or `?Format=docx` answered a PDF, the parameter ignored: a client's typo
// changed the document it got and nothing said so (the CLI refuses an option a command does not
// take in the same way: src/cli/args.ts). docs/http-errors.md.
import type { RequestHandler } from 'express';
import { cut, HarborError } from '../errors.js';
import { closeMatch } from '../near-names.js';

/** Middleware: refuse a query parameter other than `names` (none for a route that takes none). */
export function onlyQuery(...names: string[]): RequestHandler {
  return (req, _res, next) => {
    // The 'simple' query parser (app.ts) keeps each name as sent: `format[]` is not `format`.
    const other = Object.keys(req.query as object).find((k) => !names.includes(k));
    if (other === undefined) return next();
    const quoted = JSON.stringify(cut(other));
    const meant = closeMatch(other, names);
    const takes = names.length === 0 ? 'this route takes no query parameter' : `this route takes only ${names.map((n) => `?${n}=`).join(', ')}`;
    next(new HarborError('malformed-input', `Unknown query parameter ${quoted}${meant === undefined ? '' : ` (did you mean ${meant}?)`}: ${takes}`));
  };
}
