// Stage 3: the Handlebars environment (docs/architecture.md §Templates).
//
// Strict mode (a missing field throws), known helpers only (an unknown helper fails to compile),
// default HTML escaping (right for Harbor markup, whose parser decodes the entities). With an
// override folder (HARBOR_TEMPLATES), every template is checked and fully compiled when the set is
// loaded, so a broken template fails at start-up. The shipped templates are checked the same way by
// `npm run check-templates` (which also renders every kind's fixtures: checkTemplates in
// src/pipeline.ts) and by the tests (tests/templates), so a release cannot ship a broken one; a
// process that loads only them compiles each on its first use instead (issue 18: the full check
// of every template took ~0.2–0.7 s of each `harbor render` and each render thread's start).
//
// Handlebars errors can quote case data (a strict-mode miss names the object it looked in), so
// they are rewrapped here as `template-error`s carrying only the template, position and field.
//
// What a built render loads (issue 18, cold start): Handlebars' runtime alone, and the precompiled
// templates of the kind it renders (`prepare`, a chunk per kind: ./precompiled.ts); the compiler
// only when a template is compiled at run time (./compiler.ts). A template or partial becomes code
// on its first use, so a render never touches another kind's templates.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import Handlebars from 'handlebars/runtime.js';
import { HarborError } from '../errors.js';
import { rootPath } from '../paths.js';
import { compileTemplate, precompileTemplate } from './compiler.js';
import { HELPERS } from './helpers.js';
import { loadPrecompiledGroup, PRECOMPILED, type PrecompiledTemplate, type TemplateSpecification } from './precompiled.js';
import { checkTemplateMarkup } from './static-check.js';

export const SHIPPED_TEMPLATES_DIR = rootPath('templates/');

export const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpers: Object.fromEntries(Object.keys(HELPERS).map((h) => [h, true])),
  knownHelpersOnly: true,
  noEscape: false,
  // Never enable allowProto* (dependencies.md: prototype access advisories).
};

type CompileOptions = Parameters<typeof Handlebars.precompile>[1] & {};

/** Handlebars' own block helpers, which test or walk the one value they are given. */
const BLOCK_BUILTINS = ['if', 'unless', 'each', 'with'] as const;

/** A Handlebars environment of its own with Harbor's helpers (the same for a build and a run). */
export function templateEnv(): typeof Handlebars {
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn as Handlebars.HelperDelegate);
  // Strict mode throws for a field printed ({{x}}) but not for one a block helper is given
  // ({{#if x}}, {{#each x}}: Handlebars looks helper arguments up leniently), so a misspelt or
  // missing field there printed nothing at all: a paragraph dropped without a word. Views give
  // every optional value as null, so `undefined` there is a field the view does not provide.
  for (const name of BLOCK_BUILTINS) {
    const builtin = env.helpers[name]!;
    env.registerHelper(name, function (this: unknown, ...a: unknown[]) {
      const options = a[a.length - 1] as { loc?: { start?: { line: number; column: number } } };
      if (a.length === 2 && a[0] === undefined) {
        const at = options.loc?.start;
        throw new Error(`{{#${name}}}: given a field the view does not provide${at ? ` - ${at.line}:${at.column}` : ''}`);
      }
      return (builtin as (...x: unknown[]) => unknown).apply(this, a);
    });
  }
  return env;
}

/** The group of what every kind shares: a shipped file named after no kind (./precompile.ts). */
export const SHARED_GROUP = 'shared';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Source {
  name: string;
  file: string;
  text: string;
}

function readDir(dir: string): Source[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => ({ name: basename(f, '.hbs'), file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Position of a Handlebars exception, when it has one. */
function where(e: unknown): string {
  const x = e as { lineNumber?: number; column?: number };
  if (typeof x.lineNumber === 'number') return `:${x.lineNumber}:${(x.column ?? 0) + 1}`;
  const m = /(?:- |line )(\d+):(\d+)/.exec(String((e as Error)?.message ?? ''));
  return m ? `:${m[1]}:${Number(m[2]) + 1}` : '';
}

/** A data-free description of a Handlebars failure. */
function describe(e: unknown): string {
  const msg = String((e as Error)?.message ?? '');
  const block = /^\{\{#(\w+)\}\}: given a field the view does not provide/.exec(msg);
  if (block) return `the template's {{#${block[1]}}} is given a field the view does not provide`;
  const missing = /^"([^"]+)" not defined in/.exec(msg);
  if (missing) return `the template uses the field "${missing[1]}", which the view does not provide`;
  const notObject = /^Cannot use 'in' operator to search for '([^']+)'/.exec(msg);
  if (notObject) return `the template looks up the field "${notObject[1]}" inside a value that is not an object`;
  const helper = /unknown helper (\S+)/.exec(msg);
  if (helper) return `unknown helper "${helper[1]}" (helpers: ${Object.keys(HELPERS).join(', ')})`;
  const partial = /The partial (\S+) could not be found/.exec(msg);
  if (partial) return `unknown partial "${partial[1]}"`;
  if (/^Parse error/.test(msg)) return 'Handlebars syntax error';
  // A helper's own refusal ("lines: expected text"): every helper of HELPERS names itself so, and
  // none puts data in it; a list written out here once missed the helpers added after it.
  const ours = /^(\w+): (.*)$/.exec(msg);
  if (ours && Object.hasOwn(HELPERS, ours[1]!)) return `helper ${ours[1]}: ${ours[2]}`;
  if (/^Expecting|^Invalid|^Unclosed|^[\w ]+ doesn't match/.test(msg)) return 'Handlebars syntax error';
  return 'the template failed while rendering';
}

export class TemplateSet {
  private readonly env = templateEnv();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();
  /** Folders searched in order: an override folder (HARBOR_TEMPLATES) first, then the shipped one. */
  readonly dirs: string[];
  /**
   * The shipped files (paths under templates/) whose text is the one the build precompiled: they
   * run the build's code, not a compile, once their kind's chunk is loaded (`prepare`).
   */
  readonly precompiledFiles = new Set<string>();
  private readonly precompiled: Readonly<Record<string, PrecompiledTemplate>>;
  private readonly loadGroup: (group: string) => Promise<Readonly<Record<string, TemplateSpecification>>>;
  /** The specs of the groups loaded so far (`prepare`), by file. */
  private readonly specs = new Map<string, TemplateSpecification>();
  private readonly groupsLoaded = new Map<string, Promise<void>>();

  /**
   * `verify`: check and fully compile every template now (default: when a folder other than the
   * shipped one is in `dirs`). `precompiled`: the shipped templates precompiled by the build
   * (./precompiled.ts; empty from the sources), used for a shipped file whose text is unchanged;
   * an entry's `spec` is there, or in its `group`'s chunk, which `loadGroup` loads.
   */
  constructor(
    dirs: string[] = [SHIPPED_TEMPLATES_DIR],
    opts: {
      verify?: boolean;
      precompiled?: Readonly<Record<string, PrecompiledTemplate>>;
      loadGroup?: (group: string) => Promise<Readonly<Record<string, TemplateSpecification>>>;
    } = {},
  ) {
    this.dirs = dirs;
    const verify = opts.verify ?? dirs.some((d) => resolve(d) !== resolve(SHIPPED_TEMPLATES_DIR));
    this.precompiled = opts.precompiled ?? PRECOMPILED;
    this.loadGroup = opts.loadGroup ?? (opts.precompiled ? async () => ({}) : loadPrecompiledGroup);
    // Partials and templates: the first folder that has a name wins.
    const partials = new Map<string, Source>();
    const templates = new Map<string, Source>();
    for (const dir of dirs) {
      for (const s of readDir(join(dir, 'partials'))) if (!partials.has(s.name)) partials.set(s.name, s);
      for (const s of readDir(dir)) if (!templates.has(s.name)) templates.set(s.name, s);
    }
    for (const s of verify ? [...partials.values(), ...templates.values()] : []) {
      checkTemplateMarkup(s.text, this.label(s));
      try {
        // precompile forces a full compile now (compile() is lazy): syntax and unknown helpers.
        precompileTemplate(s.text, COMPILE_OPTIONS);
      } catch (e) {
        throw new HarborError('template-error', `${this.label(s)}${where(e)}: ${describe(e)}`);
      }
    }
    for (const s of [...partials.values(), ...templates.values()]) {
      const key = this.shippedKey(s);
      const p = key !== undefined && Object.hasOwn(this.precompiled, key) ? this.precompiled[key] : undefined;
      if (p && p.sha256 === sha256(s.text)) this.precompiledFiles.add(key!);
    }
    // A partial becomes code when a template first calls it: Handlebars looks a partial up as an
    // own property of the environment's `partials` (runtime.js, resolvePartial), so each is a
    // getter that makes it then and keeps it.
    for (const s of partials.values()) {
      const { partials: table } = this.env;
      Object.defineProperty(table, s.name, {
        configurable: true,
        enumerable: true,
        get: () => {
          const fn = this.make(s);
          Object.defineProperty(table, s.name, { value: fn, writable: true, configurable: true, enumerable: true });
          return fn;
        },
      });
    }
    this.sources = templates;
  }

  /** The file's path under templates/ with `/` when it is a shipped file, else undefined. */
  private shippedKey(s: Source): string | undefined {
    return s.file.startsWith(SHIPPED_TEMPLATES_DIR) ? s.file.slice(SHIPPED_TEMPLATES_DIR.length).split(sep).join('/') : undefined;
  }

  /**
   * A template or partial as code: the build's, when its text is the one precompiled and its
   * kind's chunk is loaded (or the spec was given); any other (an override folder's, one edited
   * since the build, one whose kind was not prepared) compiles here, lazily on first use.
   */
  private make(s: Source): Handlebars.TemplateDelegate {
    const key = this.shippedKey(s);
    if (key !== undefined && this.precompiledFiles.has(key)) {
      const spec = this.precompiled[key]!.spec ?? this.specs.get(key);
      if (spec) return this.env.template(spec);
    }
    return compileTemplate(this.env, s.text, COMPILE_OPTIONS);
  }

  /**
   * Load the precompiled code of one kind's templates and partials (its chunk of the build:
   * `templates/<kind>*.hbs`, `templates/partials/<kind>-*.hbs`), and what every kind shares. A
   * render of that kind then compiles nothing; without it, the same templates are compiled from
   * their text (the same markup, more time).
   */
  prepare(kind: string): Promise<void> {
    const groups = [kind, SHARED_GROUP];
    return Promise.all(
      groups.map((g) => {
        let loading = this.groupsLoaded.get(g);
        if (!loading) {
          loading = this.loadGroup(g).then((specs) => {
            for (const [key, spec] of Object.entries(specs)) this.specs.set(key, spec);
          });
          loading.catch(() => this.groupsLoaded.delete(g)); // a failed load is tried again
          this.groupsLoaded.set(g, loading);
        }
        return loading;
      }),
    ).then(() => undefined);
  }

  private readonly sources: Map<string, Source>;

  private label(s: Source): string {
    return s.file.startsWith(SHIPPED_TEMPLATES_DIR) ? `templates/${s.file.slice(SHIPPED_TEMPLATES_DIR.length)}` : s.file;
  }

  names(): string[] {
    return [...this.sources.keys()];
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  /** Render a template to Harbor markup. Throws template-error (no case data in the message). */
  render(name: string, context: Record<string, unknown>): string {
    const src = this.sources.get(name);
    if (!src) throw new HarborError('template-error', `no template named "${name}.hbs" in ${this.dirs.join(', ')}`);
    let fn = this.compiled.get(name);
    if (!fn) this.compiled.set(name, (fn = this.make(src)));
    try {
      return fn(context);
    } catch (e) {
      throw new HarborError('template-error', `${this.label(src)}${where(e)}: ${describe(e)}`, [], { cause: e });
    }
  }
}

let shipped: TemplateSet | undefined;

/** The shipped templates, compiled once per process. */
export function defaultTemplates(): TemplateSet {
  shipped ??= new TemplateSet();
  return shipped;
}

/** Templates with an override folder (HARBOR_TEMPLATES) in front of the shipped ones. */
export function templatesFrom(overrideDir: string | undefined): TemplateSet {
  return overrideDir ? new TemplateSet([overrideDir, SHIPPED_TEMPLATES_DIR]) : defaultTemplates();
}

/** The same set, every template checked and fully compiled now (`harbor check-templates`). */
export function verifiedTemplates(overrideDir: string | undefined): TemplateSet {
  return new TemplateSet(overrideDir ? [overrideDir, SHIPPED_TEMPLATES_DIR] : [SHIPPED_TEMPLATES_DIR], { verify: true });
}
