// ESLint rule `harbor/serve-render-limit` (eslint.config.js, tests/**): a test's `serve()` that
// renders on its threads (HARBOR_WORKERS not "0", no `renderer` of the test's own) gives
// HARBOR_RENDER_TIMEOUT (TEST_RENDER_TIMEOUT from tests/http/helpers.ts, or a value of its own in a
// test about the render limit). At the default 30 s, the one thread's first, cold render answered
// 503 render-timeout at load 25-55 (tests/http/serve.test.ts; docs/testing.md).
//
// The rule it replaces, a `no-restricted-syntax` selector, read only an object literal written in
// the call: an `env` built in a variable, or spread from another object, was not judged at all.
// This one reads what can be known without running the test, the way JavaScript builds the object:
// object literals, their spreads and properties in order (a later key wins), and identifiers
// bound once (`const`, or a `let` never assigned again) to such an object or to a string, whose
// other uses cannot change them (spreads, reads of a property). Anything else that can set or
// replace HARBOR_WORKERS or HARBOR_RENDER_TIMEOUT (a spread of `process.env`, a parameter, a
// call's result, a computed key, a variable written or handed to a function) is refused with a
// message naming it: lint cannot tell whether such a serve() starts threads without a limit, and
// the fix is one key after it in the literal.
//
// The call is found by what it calls, not only by the name `serve`: the binding is followed to
// src/http/server's `serve` through an import renamed (`import { serve as start }`), a namespace
// (`import * as http`, `http.serve(...)`), a dynamic import (`(await import(...)).serve`, or
// destructured, `const { serve: run } = await import(...)`) and a `const` alias. The rule knew the
// callee named `serve` only, and each of these escaped it.

const WORKERS = 'HARBOR_WORKERS';
const TIMEOUT = 'HARBOR_RENDER_TIMEOUT';

/** The variable an identifier names, from ESLint's scope manager, or undefined (a global). */
function variableOf(sourceCode, id) {
  for (let scope = sourceCode.getScope(id); scope; scope = scope.upper) {
    const v = scope.set.get(id.name);
    if (v) return v;
  }
  return undefined;
}

/** The module whose `serve` starts the service: src/http/server, however a test's path reaches it. */
const SERVER_MODULE = /(^|\/)http\/server(\.[cm]?[jt]s)?$/;
const isServerSource = (node) => node?.type === 'Literal' && typeof node.value === 'string' && SERVER_MODULE.test(node.value);
/** The name a member expression reads (`a.serve`, `a['serve']`), or undefined. */
const memberName = (m) => (!m.computed && m.property.type === 'Identifier' ? m.property.name : m.property.type === 'Literal' ? m.property.value : undefined);

/** Whether an expression is the server module itself: a namespace import, `await import(…)`, or a `const` bound to one. */
function isServerModule(sourceCode, expression, seen) {
  let node = bare(expression);
  if (node.type === 'AwaitExpression') node = bare(node.argument);
  if (node.type === 'ImportExpression') return isServerSource(node.source);
  if (node.type !== 'Identifier') return false;
  const v = variableOf(sourceCode, node);
  if (!v || seen.has(v)) return false;
  seen.add(v);
  const def = v.defs[0];
  if (def?.type === 'ImportBinding') return def.node.type === 'ImportNamespaceSpecifier' && isServerSource(def.parent.source);
  if (def?.type === 'Variable' && def.node.id.type === 'Identifier' && def.node.init) return isServerModule(sourceCode, def.node.init, seen);
  return false;
}

/**
 * Whether a call's callee is src/http/server's `serve`, or any function named `serve` (as the rule
 * has always judged): followed through renamed, namespace and dynamic imports and `const` aliases.
 */
function isServe(sourceCode, callee, seen = new Set()) {
  const node = bare(callee.type === 'ChainExpression' ? callee.expression : callee);
  if (node.type === 'MemberExpression') return memberName(node) === 'serve' && isServerModule(sourceCode, node.object, seen);
  if (node.type !== 'Identifier') return false;
  if (node.name === 'serve') return true;
  const v = variableOf(sourceCode, node);
  if (!v || seen.has(v)) return false;
  seen.add(v);
  const def = v.defs[0];
  if (def?.type === 'ImportBinding') {
    const spec = def.node;
    const imported = spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value) : undefined;
    return imported === 'serve' && isServerSource(def.parent.source);
  }
  if (def?.type !== 'Variable' || !def.node.init) return false;
  const { id, init } = def.node;
  if (id.type === 'Identifier') return isServe(sourceCode, init, seen);
  // const { serve: run } = await import('…/http/server.js'), or of a namespace bound to it
  if (id.type === 'ObjectPattern') {
    const prop = id.properties.find((p) => p.type === 'Property' && (p.value.type === 'AssignmentPattern' ? p.value.left : p.value) === def.name);
    return prop !== undefined && keyOf(prop) === 'serve' && isServerModule(sourceCode, init, seen);
  }
  return false;
}

/** A short name for an expression in a message: its text, cut at 40 characters. */
function shown(sourceCode, node) {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return `\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\``;
}

/**
 * The value `v` is bound to, when that is all it can ever hold: declared once with a value, never
 * assigned again, and every other use only reads or copies it (a spread, a property's value, a
 * serve() argument, a property read that is not written, deleted, called or handed to a call).
 * Otherwise `{ why }`.
 */
function fixedValue(sourceCode, v) {
  const def = v.defs[0];
  if (v.defs.length !== 1 || def.type !== 'Variable' || !def.node.init || def.node.id.type !== 'Identifier') {
    return { why: `"${v.name}" is ${def?.type === 'Parameter' ? 'a parameter' : 'not a variable given its value where it is declared'}` };
  }
  for (const ref of v.references) {
    if (ref.init) continue;
    const use = ref.identifier;
    if (ref.isWrite()) return { why: `"${v.name}" is assigned again (line ${use.loc.start.line})` };
    const parent = use.parent;
    if (parent.type === 'SpreadElement' || (parent.type === 'Property' && parent.value === use)) continue;
    if (parent.type === 'CallExpression' && parent.arguments.includes(use) && isServe(sourceCode, parent.callee)) continue;
    if (parent.type === 'MemberExpression' && parent.object === use) {
      let chain = parent;
      while (chain.parent.type === 'MemberExpression' && chain.parent.object === chain) chain = chain.parent;
      const up = chain.parent;
      const changes =
        (up.type === 'AssignmentExpression' && up.left === chain) ||
        up.type === 'UpdateExpression' ||
        (up.type === 'UnaryExpression' && up.operator === 'delete') ||
        up.type === 'CallExpression' ||
        up.type === 'NewExpression';
      if (!changes) continue;
    }
    return { why: `"${v.name}" may be changed after it is built (its use on line ${use.loc.start.line})` };
  }
  return { node: def.node.init };
}

/** The key of a property written as a name or a string, or undefined for a computed one. */
function keyOf(p) {
  if (!p.computed && p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal' && typeof p.key.value === 'string') return p.key.value;
  if (p.key.type === 'TemplateLiteral' && p.key.expressions.length === 0) return p.key.quasis[0].value.cooked;
  return undefined;
}

/** An expression without its TypeScript wrapping (`as`, `satisfies`, `!`). */
const bare = (node) => (['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression'].includes(node.type) ? bare(node.expression) : node);

/**
 * The object an expression builds, as JavaScript builds it (a later key wins): `keys`, each key's
 * value expression; `open`, why any other key may be there too (a spread lint cannot read, a
 * computed key), undefined when none can. An expression that is not an object lint can read: `{ why }`.
 */
function readObject(sourceCode, expression, seen = new Set()) {
  const node = bare(expression);
  if (node.type === 'Identifier') {
    const v = variableOf(sourceCode, node);
    if (!v) return { why: `${shown(sourceCode, node)} is not declared in this file` };
    if (seen.has(v)) return { why: `"${node.name}" refers to itself` };
    const fixed = fixedValue(sourceCode, v);
    return fixed.why ? fixed : readObject(sourceCode, fixed.node, new Set([...seen, v]));
  }
  if (node.type !== 'ObjectExpression') return { why: `${shown(sourceCode, node)} is not an object written in this file` };
  const keys = new Map();
  let open;
  for (const p of node.properties) {
    if (p.type === 'SpreadElement') {
      const inner = readObject(sourceCode, p.argument, seen);
      // What it may hold replaces everything set before it.
      if (inner.why || inner.open) {
        keys.clear();
        open = inner.why ? `the spread of ${shown(sourceCode, p.argument)} (${inner.why})` : inner.open;
      }
      for (const [k, v] of inner.keys ?? []) keys.set(k, v);
    } else if (keyOf(p) === undefined) {
      keys.clear();
      open = `the computed key ${shown(sourceCode, p.key)}`;
    } else {
      keys.set(keyOf(p), p.value);
    }
  }
  return { keys, open };
}

/** Key `key` of an object readObject read: `{ node }` when set, `{ why }` when it may be, `{}` when not. */
function lookup(object, key) {
  const node = object.keys.get(key);
  if (node && !(node.type === 'Identifier' && node.name === 'undefined')) return { node };
  return node || !object.open ? {} : { why: object.open };
}

/** The string an expression always is (a literal, or a variable fixed to one), or undefined. */
function stringOf(sourceCode, expression) {
  const node = bare(expression);
  if (node.type === 'Literal' && node.value !== null) return String(node.value);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'Identifier') {
    const v = variableOf(sourceCode, node);
    const fixed = v ? fixedValue(sourceCode, v) : { why: 'global' };
    if (!fixed.why) return stringOf(sourceCode, fixed.node);
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const serveRenderLimit = {
  meta: {
    type: 'problem',
    docs: { description: 'a test serve() on render threads gives a render time limit (docs/testing.md)' },
    schema: [],
    messages: {
      missing:
        'a serve() that starts render threads gives HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT (tests/http/helpers.ts) in its env, or HARBOR_WORKERS: "0" when threads are not the point: at the default 30 s a cold render on a loaded machine is refused 503 (docs/testing.md)',
      unreadable:
        'lint cannot tell whether this serve() starts render threads without HARBOR_RENDER_TIMEOUT: {{why}}, known only when the test runs. Give HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT (or HARBOR_WORKERS: "0") in the env literal, after any spread, or a renderer of the test\'s own (docs/testing.md)',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const unreadable = (node, why) => context.report({ node, messageId: 'unreadable', data: { why } });
    return {
      CallExpression(call) {
        if (call.arguments.length === 0 || !isServe(sourceCode, call.callee)) return;
        const arg = call.arguments[0];
        if (arg.type === 'SpreadElement') return unreadable(arg, `its options are ${shown(sourceCode, arg)}`);
        const options = readObject(sourceCode, arg);
        if (options.why) return unreadable(arg, `its options: ${options.why}`);
        // A renderer of the test's own: serve() starts no render thread (src/http/server.ts).
        const renderer = lookup(options, 'renderer');
        if (renderer.node) return;
        const env = lookup(options, 'env');
        if (env.why) return unreadable(arg, `its env may come from ${env.why}`);
        if (!env.node) return context.report({ node: arg, messageId: 'missing' });
        const vars = readObject(sourceCode, env.node);
        if (vars.why) return unreadable(env.node, `its env: ${vars.why}`);
        const timeout = lookup(vars, TIMEOUT);
        if (timeout.node) return; // given, whatever its value (TEST_RENDER_TIMEOUT, or the limit a test is about)
        const workers = lookup(vars, WORKERS);
        const threads = workers.node ? stringOf(sourceCode, workers.node) : undefined;
        if (threads === '0') return;
        if (timeout.why) return unreadable(env.node, `its env's ${TIMEOUT} may come from ${timeout.why}`);
        if (workers.node && threads === undefined) return unreadable(env.node, `its env's ${WORKERS} is ${shown(sourceCode, workers.node)}`);
        if (renderer.why) return unreadable(arg, `a renderer may come from ${renderer.why}`);
        context.report({ node: env.node, messageId: 'missing' });
      },
    };
  },
};

export default { rules: { 'serve-render-limit': serveRenderLimit } };
