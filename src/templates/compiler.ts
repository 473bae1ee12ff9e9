// Handlebars' compiler (its parser, code generator and source-map), loaded only where a template
// is compiled at run time: an override folder's templates (HARBOR_TEMPLATES), a shipped file
// edited since the build, the sources (tsx, vitest: nothing is precompiled there), and the checks
// of `harbor check-templates` and of an override folder. The shipped templates a built `harbor
// render` or render thread runs are precompiled by the build and need only the runtime
// (`handlebars/runtime`, ./env.ts): issue 18, a cold render compiled the compiler's ~190 KB of
// bundled code for nothing.
//
// Loaded through Node's own require from node_modules, not bundled: compiling is synchronous
// (TemplateSet.render, the checks), and a dynamic import() is not. The compiled code runs in the
// template set's runtime environment (`compileTemplate`), so the same helpers and partials are
// seen whichever copy of Handlebars compiled it; both are the one installed version.
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';

// Not named `require`: the bundler would follow a `require('handlebars')` into the bundle.
const loadPackage = createRequire(import.meta.url);

type Compile = (input: string, options: object, env: object) => Handlebars.TemplateDelegate;
/** The full package: its types leave out the compiler's classes, which `compile` is given. */
type Full = typeof Handlebars & { Compiler: unknown; JavaScriptCompiler: unknown };

let full: { hb: Full; compile: Compile } | undefined;

/** The full Handlebars (parser and compiler), loaded on the first call. */
export function handlebarsCompiler(): { hb: Full; compile: Compile } {
  if (!full) {
    const hb = loadPackage('handlebars') as Full;
    // Handlebars.compile with its environment as an argument (what `hb.compile` calls with `hb`).
    const { compile } = loadPackage('handlebars/dist/cjs/handlebars/compiler/compiler.js') as { compile: Compile };
    full = { hb, compile };
  }
  return full;
}

/** How many templates this process compiled at run time (tests: a built render compiles none). */
export let compiledAtRunTime = 0;

/**
 * `Handlebars.compile(text, options)` of the runtime environment `env`: lazy, as Handlebars'
 * (syntax errors surface at the first render, where they are rewrapped), the code run by
 * `env.template`, so `env`'s helpers and partials are the ones it calls.
 */
export function compileTemplate(env: typeof Handlebars, text: string, options: object): Handlebars.TemplateDelegate {
  const { hb, compile } = handlebarsCompiler();
  compiledAtRunTime++;
  return compile(text, options, { parse: hb.parse, Compiler: hb.Compiler, JavaScriptCompiler: hb.JavaScriptCompiler, template: (spec: Parameters<typeof hb.template>[0]) => env.template(spec) });
}

/** `Handlebars.precompile`: a full compile now (syntax, unknown helpers), its code as text. */
export function precompileTemplate(text: string, options: object): string {
  return handlebarsCompiler().hb.precompile(text, options) as unknown as string;
}

/** Handlebars' parse tree of a template (./static-check.ts). */
export function parseTemplate(text: string): hbs.AST.Program {
  return handlebarsCompiler().hb.parse(text);
}
