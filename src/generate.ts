// The pipeline on one kind (docs/architecture.md §Pipeline): validate → compute → merge → parse →
// render, for the kind a case names, loading that kind's modules alone (src/kinds/load.ts): what a
// cold `harbor render` and a render thread run (issue 18: cold start). It imports no registry of
// kinds; src/pipeline.ts re-exports all of it and adds what works by kind id or over every kind
// (`buildDocument`, `checkCase`, `checkTemplates`).
import { createHash } from 'node:crypto';
import { validateKindCase } from './check-kind.js';
import { noCheckpoint, type Checkpoint } from './checkpoint.js';
import { codePointName, HarborError, type Issue } from './errors.js';
import type { AnyKind } from './kinds/kind.js';
import { loadKind } from './kinds/load.js';
import { loadMarkupLibrary, MarkupLibraryNotLoaded, parseMarkup } from './markup/parse.js';
import { nameRunningField } from './render/running.js';
import { sealValues } from './markup/values.js';
import type { HarborDocument } from './model/types.js';
import type { findUnprintable as FindUnprintable } from './render/pdf/fonts.js';
import { characterName, noEmbeddedFontAdvice, noGlyphAdvice, rtlAdvice } from './render/pdf/unprintable.js';
import { laps, type Laps, type OnStage } from './stages.js';
import { defaultTemplates, type TemplateSet } from './templates/env.js';
import { dotPath } from './validate.js';
import { HARBOR_VERSION } from './version.js';

import { CONTENT_TYPES, type Format } from './formats.js';

export { CONTENT_TYPES, FORMATS, parseFormat, unknownFormat, type Format } from './formats.js';

/**
 * A string JSON.stringify writes as it is between quotes: no quotation mark, backslash or control
 * character (ECMA-262 QuoteJSONString escapes those) and no surrogate (a lone one is escaped;
 * pairs are left to JSON.stringify too, which keeps them, rather than told apart here).
 */
const PLAIN_JSON_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** A string as JSON.stringify writes it: quoted as it is when plain (most keys and values of a case). */
function jsonString(s: string): string {
  return PLAIN_JSON_STRING.test(s) ? `"${s}"` : JSON.stringify(s);
}

/**
 * Canonical JSON: object keys sorted, no whitespace; arrays in order. Strings as JSON.stringify
 * writes them, a plain one quoted here without the call (issue 18: JSON.stringify for every key
 * and every string was most of a fingerprint's time, ~0.3 ms an RFA).
 */
export function canonicalJson(v: unknown): string {
  if (typeof v === 'string') return jsonString(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  // Built by appending (no array of parts per object or list): the fingerprint of every render.
  let s: string;
  if (Array.isArray(v)) {
    s = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) s += ',';
      if (i in v) s += canonicalJson(v[i]); // a hole is nothing, as Array.prototype.join writes it
    }
    return s + ']';
  }
  const o = v as Record<string, unknown>;
  s = '{';
  const keys = Object.keys(o);
  if (keys.length > 1) keys.sort();
  for (const k of keys) {
    const x = o[k];
    if (x === undefined) continue;
    if (s.length > 1) s += ',';
    s += jsonString(k) + ':' + canonicalJson(x);
  }
  return s + '}';
}

/** docs/architecture.md §Metadata: first 16 hex digits of SHA-256 over canonical JSON of (kind, version, case). */
export function fingerprint(kind: AnyKind, data: unknown): string {
  const canon = canonicalJson({ kind: kind.id, templateVersion: kind.version, case: data });
  return createHash('sha256').update(canon, 'utf8').digest('hex').slice(0, 16);
}

export { checkKindCase, validateKindCase, type CheckResult } from './check-kind.js';

export interface BuiltDocument {
  kind: AnyKind;
  data: unknown;
  computed: unknown;
  warnings: Issue[];
  fingerprint: string;
  model: HarborDocument;
}

/**
 * Stages 1–4 on a loaded kind: the format-neutral document model of a case. `onStage` is told each
 * stage's time (src/stages.ts). By kind id: `buildDocument` (src/pipeline.ts).
 */
export function buildKindDocument(kind: AnyKind, raw: unknown, templates: TemplateSet = defaultTemplates(), onStage?: OnStage | Laps): BuiltDocument {
  const lap = onStage !== undefined && 'restart' in onStage ? onStage : laps(onStage);
  const v = validateKindCase(kind, raw, lap);
  const fp = fingerprint(v.kind, v.data);
  lap('compute');
  const name = v.kind.template(v.data);
  const markup = templates.render(name, sealValues(v.kind.view(v.data, v.computed, v.warnings)));
  lap('template');
  const model = parseMarkup(markup, `${name}.hbs (output)`, {
    kind: v.kind.id,
    templateVersion: v.kind.version,
    harborVersion: HARBOR_VERSION,
    fingerprint: fp,
    date: v.kind.documentDate(v.data),
    author: v.kind.author?.(v.data),
  });
  lap('markup');
  return { ...v, fingerprint: fp, model };
}

/**
 * Refuse, with the field's path, text the PDF fonts cannot show or scripts the PDF renderer does
 * not lay out (right-to-left scripts but Hebrew and Arabic). Checked on the validated case (the text that is printed); the path
 * is then the one the user wrote in `input` (the raw case) when that differs: a best-interests
 * factor given as plain text is `factors.identity` there, `factors.identity.analysis` once
 * validated (inputPath).
 */
export function checkPrintable(data: unknown, findUnprintable: typeof FindUnprintable, input?: unknown): void {
  // One path stack for the walk, pushed and popped (a path is copied only for an issue).
  const found: Unprintable = { issues: [], code: 'unsupported-character', path: [], findUnprintable, input };
  findIn(data, found);
  if (found.issues.length > 0) throw new HarborError(found.code, 'Some text cannot be printed in a PDF', found.issues);
}

/**
 * The warnings of a DOCX render: one per field whose text has a character no font embedded in the
 * DOCX has (the PDF's faces: Devanagari, Thai, Syriac, Thaana, emoji…, the characters the PDF
 * refuses, findUnprintable), in the case as the user wrote it. Word and LibreOffice print such text
 * only with a font of the reader's, and as empty boxes where the reader has none (LibreOffice
 * printed a Devanagari name so, with no word of it), so the user is told which field to check.
 */
export function unembeddedText(data: unknown, findUnprintable: typeof FindUnprintable, input?: unknown): Issue[] {
  const found: Unprintable = { issues: [], code: 'unsupported-character', path: [], findUnprintable, input, docx: true };
  findIn(data, found);
  return found.issues;
}

interface Unprintable {
  issues: Issue[];
  code: 'unsupported-character' | 'unsupported-script';
  /** A DOCX render's walk (unembeddedText): warnings, not the PDF's errors. */
  docx?: true;
  path: PropertyKey[];
  findUnprintable: typeof FindUnprintable;
  /** The raw case, when known: issues name its paths. */
  input: unknown;
}

const isObject = (v: unknown): v is Record<PropertyKey, unknown> => v !== null && typeof v === 'object';

/** The path of a string under `node` that contains `cp`, or null. */
function findCodePoint(node: unknown, cp: number, path: PropertyKey[]): PropertyKey[] | null {
  if (typeof node === 'string') return node.includes(String.fromCodePoint(cp)) ? path : null;
  if (!isObject(node)) return null;
  for (const k of Array.isArray(node) ? node.keys() : Object.keys(node)) {
    const p = findCodePoint(node[k], cp, [...path, k]);
    if (p) return p;
  }
  return null;
}

/**
 * The path, in the case as the user wrote it, of the text found at `path` in the validated case.
 * Followed key by key as far as the input has it: ending on a string, that string is the user's
 * field (a shorthand the schema expanded ends early: `factors.identity`); ending elsewhere (a
 * value the schema moved: `{"notApplicable": true, "reason": "…"}` becomes `notApplicable`), the
 * field under the deepest shared object that holds the same character. Otherwise `path` itself.
 */
export function inputPath(input: unknown, path: readonly PropertyKey[], cp: number): readonly PropertyKey[] {
  const nodes: unknown[] = [input];
  for (const k of path) {
    const node = nodes[nodes.length - 1];
    if (!isObject(node) || !Object.hasOwn(node, k)) break;
    nodes.push(node[k as string]);
  }
  const last = nodes.length - 1;
  if (typeof nodes[last] === 'string') return path.slice(0, last);
  for (let k = last; k >= 0; k--) {
    if (!isObject(nodes[k])) continue;
    const found = findCodePoint(nodes[k], cp, path.slice(0, k) as PropertyKey[]);
    if (found) return found;
  }
  return path;
}

/**
 * checkPrintable's walk. A module-level function, not a closure made per case: V8 holds a
 * closure's optimized code only weakly, so a closure made per render lost it at every full
 * collection and was compiled again (issue 18; `node --trace-opt` of a batch).
 */
function findIn(v: unknown, f: Unprintable): void {
  const { path, issues } = f;
  if (typeof v === 'string') {
    const bad = f.findUnprintable(v);
    if (bad) {
      const cp = codePointName(bad.codePoint);
      const where = dotPath(f.input === undefined ? path : inputPath(f.input, path, bad.codePoint));
      if (f.docx) {
        issues.push({ path: where, code: 'script-not-embedded', message: `contains ${characterName(bad.codePoint, cp, bad.emoji)}, ${noEmbeddedFontAdvice(bad.codePoint)}` });
      } else if (bad.reason === 'rtl') {
        f.code = 'unsupported-script';
        issues.push({ path: where, code: 'unsupported-script', message: `contains right-to-left text (${cp}), ${rtlAdvice()}` });
      } else {
        issues.push({ path: where, code: 'unsupported-character', message: `contains ${characterName(bad.codePoint, cp, bad.emoji)}, ${noGlyphAdvice(bad.codePoint)}` });
      }
    }
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      findIn(v[i], f);
      path.pop();
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      path.push(k);
      findIn((v as Record<string, unknown>)[k], f);
      path.pop();
    }
  }
}

// The renderers' modules, imported on the first render that needs them and kept: a dynamic
// `import()` of an already loaded module still resolves its specifier on every call (under tsx a
// round trip to the loader thread, ~1.5 ms of a 15 ms render, measured with --cpu-prof).
let pdfRenderer: Promise<[typeof import('./render/pdf/fonts.js'), typeof import('./render/pdf/index.js')]> | undefined;
let docxRenderer: Promise<typeof import('./render/docx/index.js')> | undefined;

export interface Generated {
  bytes: Uint8Array;
  contentType: string;
  format: Format;
  fingerprint: string;
  warnings: Issue[];
  computed: unknown;
}

/**
 * The whole pipeline: case data → document bytes + warnings + fingerprint. `checkpoint` is asked
 * between stages, blocks and pages, so that a render pool can stop a render (src/checkpoint.ts).
 */
export async function generate(opts: {
  kind: string;
  input: unknown;
  format: Format;
  templates?: TemplateSet;
  checkpoint?: Checkpoint;
  /**
   * Told the milliseconds of each stage (src/stages.ts) as it ends: a measurement side channel for
   * benchmarks and profiling, never part of the document.
   */
  onStage?: OnStage;
}): Promise<Generated> {
  const checkpoint = opts.checkpoint ?? noCheckpoint;
  // The kind named, its modules alone (src/kinds/load.ts): a cold `harbor render rfa` compiles
  // no other kind's rules, views or libraries. Before the first lap: loading is no stage's time.
  const kind = await loadKind(opts.kind);
  // The kind's precompiled templates (their chunk of the build: src/templates/precompiled.ts), the
  // same way: a render of one kind loads no other kind's templates.
  const templates = opts.templates ?? defaultTemplates();
  await templates.prepare(kind.id);
  const lap = laps(opts.onStage);
  checkpoint();
  const built = await buildLoadingParser(kind, opts.input, templates, lap);
  checkpoint();
  // The renderers (our PDF writer, fontkit, the fonts; docx) load on the first render that needs them, not
  // when the pipeline loads: `harbor check` and `harbor kinds` never pay for them (issue 18).
  let bytes: Uint8Array;
  try {
    bytes = await renderAs(opts.format, built, opts.input, checkpoint, lap);
  } catch (e) {
    throw nameRunningField(e, built.data, built.model); // a running header too long names its field
  }
  return {
    bytes,
    contentType: CONTENT_TYPES[opts.format],
    format: opts.format,
    fingerprint: built.fingerprint,
    warnings: opts.format === 'docx' ? [...built.warnings, ...(await docxWarnings(built, opts.input))] : built.warnings,
    computed: built.computed,
  };
}

/**
 * buildKindDocument, with htmlparser2 loaded when the markup asks for it (markup the scanner hands
 * over: an override folder's template, a syntax error) and the document built again: the stages
 * are pure, so the second build is the first's.
 */
async function buildLoadingParser(kind: AnyKind, input: unknown, templates: TemplateSet, lap: Laps): Promise<BuiltDocument> {
  try {
    return buildKindDocument(kind, input, templates, lap);
  } catch (e) {
    if (!(e instanceof MarkupLibraryNotLoaded)) throw e;
    await loadMarkupLibrary();
    lap.restart();
    return buildKindDocument(kind, input, templates, lap);
  }
}

/** A DOCX render's own warnings (unembeddedText), after the kind's. */
async function docxWarnings(built: BuiltDocument, input: unknown): Promise<Issue[]> {
  const { findUnprintable } = await import('./render/pdf/fonts.js');
  return unembeddedText(built.data, findUnprintable, input);
}

/** Stage 5 of generate(): the built document in `format`. */
async function renderAs(format: Format, built: BuiltDocument, input: unknown, checkpoint: Checkpoint, lap: Laps): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (format === 'pdf') {
    pdfRenderer ??= Promise.all([import('./render/pdf/fonts.js'), import('./render/pdf/index.js')]).catch((e: unknown) => {
      pdfRenderer = undefined; // a failed load is tried again by the next render
      throw e;
    });
    const [{ findUnprintable }, { renderPdf }] = await pdfRenderer;
    lap.restart();
    checkPrintable(built.data, findUnprintable, input);
    lap('validate');
    bytes = await renderPdf(built.model, checkpoint, lap);
  } else {
    docxRenderer ??= import('./render/docx/index.js').catch((e: unknown) => {
      docxRenderer = undefined;
      throw e;
    });
    const { renderDocx } = await docxRenderer;
    lap.restart();
    bytes = await renderDocx(built.model, checkpoint, lap);
  }
  return bytes;
}
