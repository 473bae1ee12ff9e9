// The shipped templates, precompiled (Handlebars.precompile) by the build so that no cold `harbor
// render` and no render thread compiles them (issue 18: compiling the rfa template and its partials
// was ~11 % of a cold render).
//
// From the sources (tsx, vitest) this map is empty and every template compiles at run time. The
// build (scripts/build.mjs) replaces this module's contents in dist/ with the output of
// ./precompile.ts for templates/ as it is then. Each entry carries the SHA-256 of the text it was
// compiled from: a template whose file has changed since the build (or any file of an override
// folder) is compiled from its text instead, so an edited template is never shadowed by the build.
// tests/templates/precompiled.test.ts renders every kind's fixtures both ways and compares.
import type Handlebars from 'handlebars';

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export interface PrecompiledTemplate {
  /** SHA-256 (hex) of the template's text when it was precompiled. */
  sha256: string;
  /** What Handlebars.precompile gave, as an object (functions included). */
  spec: TemplateSpecification;
}

/** Key: the file's path under templates/, with `/` (`rfa.hbs`, `partials/rfa-child.hbs`). */
export const PRECOMPILED: Readonly<Record<string, PrecompiledTemplate>> = {};
