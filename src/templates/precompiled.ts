// The shipped templates, precompiled (Handlebars.precompile) by the build so that no cold `harbor
// render` and no render thread compiles them (issue 18: compiling the rfa template and its partials
// was ~11 % of a cold render).
//
// From the sources (tsx, vitest) this index is empty and every template compiles at run time. The
// build (scripts/build.mjs) replaces this module's contents in dist/ with the output of
// ./precompile.ts for templates/ as it is then: an index of every file with the SHA-256 of the text
// it was compiled from and its group (the kind it belongs to), and each group's code in a chunk of
// its own, loaded by `loadPrecompiledGroup` when a render of that kind prepares its templates
// (TemplateSet.prepare), so a render of one kind never compiles another's templates (issue 18: 114
// of the 219 KB of precompiled templates were other kinds'). A template whose file has changed
// since the build (or any file of an override folder) is compiled from its text instead, so an
// edited template is never shadowed by the build. tests/templates/precompiled.test.ts renders
// every kind's fixtures both ways and compares.
import type Handlebars from 'handlebars';

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export interface PrecompiledTemplate {
  /** SHA-256 (hex) of the template's text when it was precompiled. */
  sha256: string;
  /** The kind whose chunk holds its code (`shared` for a file named after no kind). */
  group: string;
  /** What Handlebars.precompile gave, as an object (functions included), when it is at hand. */
  spec?: TemplateSpecification;
}

/** Key: the file's path under templates/, with `/` (`rfa.hbs`, `partials/rfa-child.hbs`). */
export const PRECOMPILED: Readonly<Record<string, PrecompiledTemplate>> = {};

/** The code of one group's files, by key: none from the sources. */
export function loadPrecompiledGroup(group: string): Promise<Readonly<Record<string, TemplateSpecification>>> {
  void group;
  return Promise.resolve({});
}
