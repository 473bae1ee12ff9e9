// One kind's modules (its schemas, rules and view), loaded when a command first names the kind, not
// all four with the registry (issue 18: a cold `harbor check rfa` ≤ 250 ms, a cold `harbor render
// rfa` ≤ 400 ms). The registry (./index.ts) imports every kind, and with them what only some
// need: decimal.js and the wage table's CSV parser (the restitution worksheet), Handlebars (the
// T-visa declaration's pasted lists); a cold `harbor check rfa` compiled all of it (docs/speed.md,
// "Cold CLI"). What reads this instead: the CLI's commands that name a kind (check, render, example,
// csv-template, xlsx-template, batch: src/cli/handlers.ts), `generate()` (src/generate.ts) and the
// render threads, which load a kind with their first task of it (src/workers/render-task.ts). What
// iterates kinds (the HTTP app, check-templates, `harbor kinds` through ./catalog.ts) still reads
// the registry.
import type { AnyKind } from './kind.js';

/**
 * Each shipped kind's module, by id, in the registry's order: one line per kind, as ./index.ts has
 * (tests/kinds/load.test.ts checks that the two list the same kinds and give the same objects).
 * Each `import()` is a chunk of its own in the build (scripts/build.mjs), loaded on first call.
 */
export const SHIPPED_KIND_MODULES: Readonly<Record<string, () => Promise<{ kind: AnyKind }>>> = {
  rfa: () => import('./rfa/index.js'),
  't-visa-declaration': () => import('./t-visa-declaration/index.js'),
  'restitution-worksheet': () => import('./restitution-worksheet/index.js'),
  'best-interests-memo': () => import('./best-interests-memo/index.js'),
};

/** Each kind asked for, once loaded or loading: every render of a server's thread asks (`generate()`). */
const loading = new Map<string, Promise<AnyKind>>();

/**
 * The kind named `id`: the very object the registry holds (`getKind(id)`), loading that kind's
 * modules alone when it is a shipped one. Any other id goes to the registry, which knows a kind a
 * test registered and refuses an unknown one (`unknown-kind`, naming every kind) as it always has.
 * Kept per id: a dynamic `import()` of a module already loaded still resolves its specifier on every
 * call (src/generate.ts, the renderers); a load that fails is tried again by the next call.
 */
export function loadKind(id: string): Promise<AnyKind> {
  const known = loading.get(id);
  if (known !== undefined) return known;
  const load = Object.hasOwn(SHIPPED_KIND_MODULES, id) ? SHIPPED_KIND_MODULES[id] : undefined;
  const kind = load !== undefined ? load().then((m) => m.kind) : import('./index.js').then((r) => r.getKind(id));
  // An unknown id is not kept (any text may be asked for); neither is a load that failed.
  kind.catch(() => loading.delete(id));
  loading.set(id, kind);
  return kind;
}
