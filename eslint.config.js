// Lint: typescript-eslint's recommended rules, plus the house rules that matter for case data and
// the layers of src/ (docs/architecture.md §Layers).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import harborRules from './scripts/lint-serve-render-limit.mjs';

/**
 * The layers of src/, top to bottom (docs/architecture.md §Layers). A file may import files of its
 * own layer and of the layers below it, never of a layer above: `cli → http/batch → workers →
 * pipeline → kinds/templates/markup/render → model/errors/domain`. Type-only imports count too.
 * Every file of src/ belongs to exactly one layer: a new top-level file fails lint until it is
 * placed here.
 */
export const LAYERS = [
  { layer: 'cli', files: ['src/cli.ts', 'src/cli/**'] },
  { layer: 'http/batch', files: ['src/http/**', 'src/batch/**', 'src/web/**'] }, // src/web: serving the web app (issue 13)
  { layer: 'workers', files: ['src/workers/**'] },
  { layer: 'pipeline', files: ['src/pipeline.ts', 'src/generate.ts', 'src/check.ts', 'src/check-kind.ts', 'src/formats.ts'] },
  { layer: 'kinds/templates/markup/render', files: ['src/kinds/**', 'src/templates/**', 'src/markup/**', 'src/render/**'] },
  {
    layer: 'model/errors/domain',
    files: ['src/model/**', 'src/domain/**', 'src/errors.ts', 'src/encodings.ts', 'src/checkpoint.ts', 'src/stages.ts', 'src/validate.ts', 'src/version.ts', 'src/paths.ts', 'src/limits.ts', 'src/terminal.ts', 'src/invisible.ts', 'src/near-names.ts', 'src/json-text.ts', 'src/exact-number.ts', 'src/environment.ts'],
  },
];

/** Narrower rules inside one layer. */
const WITHIN = [
  // The HTTP app serves batches (src/http/batch.ts runs src/batch/); the batch runner knows no HTTP.
  { from: 'src/batch/**', disallow: ['src/http/**'], message: 'the batch runner may not import the HTTP app, which uses it (docs/architecture.md §Layers)' },
  // Renderers see only the document model (docs/architecture.md §Model).
  {
    from: 'src/render/**',
    disallow: ['src/kinds/**', 'src/templates/**', 'src/markup/**'],
    message: 'a renderer sees only the document model, never kinds, templates or markup (docs/architecture.md §Layers)',
  },
];

/** The layer rule alone (eslint-plugin-boundaries), also used by tests/lint/layers.test.ts. */
export const layersConfig = {
  files: ['src/**/*.ts', 'src/**/*.mjs'],
  plugins: { boundaries },
  settings: {
    // Imports name the emitted .js; the TypeScript resolver finds the .ts source.
    'import/resolver': { typescript: { alwaysTryTypes: true } },
    'boundaries/files': LAYERS.flatMap(({ layer, files }) => files.map((pattern) => ({ category: layer, pattern }))),
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkUnknownLocals: true, // an import of a file outside every layer is refused too
        message:
          'layers point down only: a file of layer "{{from.file.categories}}" may not import "{{dependency.source}}" of layer "{{to.file.categories}}" (docs/architecture.md §Layers)',
        policies: [
          ...LAYERS.map(({ layer }, i) => ({
            from: { file: { categories: layer } },
            allow: { to: { file: { categories: LAYERS.slice(i).map((l) => l.layer) } } },
          })),
          ...WITHIN.map(({ from, disallow, message }) => ({ from: { file: { path: from } }, disallow: { to: { file: { path: disallow } } }, message })),
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'scratch/', 'out/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-control-regex': 'off', // text hygiene matches control characters on purpose
    },
  },
  {
    // Type-aware rules (typescript-eslint's project service reads tsconfig.json): a promise is
    // awaited or handled, never dropped or passed where a plain callback is expected, and a
    // switch over a union handles every member. `void promise` is dropping it too (ignoreVoid
    // false): a browser test's `void dialog.dismiss()` rejected with nothing to handle it and
    // failed a CI run whose every test had passed; a promise that cannot reject says so in a
    // `.catch` or is awaited.
    files: ['**/*.ts', '**/*.tsx'],
    // Scripts outside tsconfig's folders (fixtures/<kind>/make-*.ts) get a default project.
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['fixtures/*/*.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  layersConfig,
  {
    // A test waits for an event with until() (tests/support/until.ts), which waits as long as its
    // test may: vi.waitFor and expect.poll give up after a bound of their own (1 s when none is
    // given), which a loaded machine outlasts while nothing is wrong (tests/http/batch.test.ts
    // waited 1 s for a log line; start.test.ts 30 and 60 s inside a 120 s test). The browser tests
    // (tests/web) poll the page with Playwright's bounds, owned by their own support file.
    files: ['tests/**/*.ts'],
    ignores: ['tests/web/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'vi', property: 'waitFor', message: 'wait with until() from tests/support/until.ts: it waits as long as the test may, not a bound of its own (docs/testing.md)' },
        { object: 'expect', property: 'poll', message: 'wait with until() from tests/support/until.ts: it waits as long as the test may, not a bound of its own (docs/testing.md)' },
      ],
    },
  },
  {
    // A browser test's poll reads the page with textNow, attributeNow or valueNow
    // (tests/web/support/browser.ts), which answer at once. Playwright's own reads wait for their
    // element (up to WAIT_MS) and throw on two, so a poll of one on a missing element ended in the
    // test's timeout with no message; with the reads that do not wait, it fails naming what it saw.
    // Refused: such a read inside expect.poll(…), a function that is such a read (a poll's reader
    // defined apart, `const status = (page) => page.locator('#status').textContent()`), and one
    // read into an object's field (a reader of several things at once).
    files: ['tests/web/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.object.name='expect'][callee.property.name='poll'] CallExpression[callee.property.name=/^(textContent|innerText|innerHTML|inputValue)$/]:not(ArrowFunctionExpression > CallExpression, Property > AwaitExpression > CallExpression)",
          "CallExpression[callee.object.name='expect'][callee.property.name='poll'] > ArrowFunctionExpression > CallExpression.body[callee.property.name='getAttribute']",
          'ArrowFunctionExpression > CallExpression.body[callee.property.name=/^(textContent|innerText|innerHTML|inputValue)$/]',
          'Property > AwaitExpression.value > CallExpression[callee.property.name=/^(textContent|innerText|innerHTML|inputValue)$/]',
        ].map((selector) => ({
          selector,
          message:
            "a poll reads the page with textNow, attributeNow or valueNow (tests/web/support/browser.ts): Playwright's textContent(), getAttribute() and inputValue() wait for their element, so a poll of one ends in the test's timeout without saying what it saw",
        })),
      ],
    },
  },
  {
    // A test's `serve()` that renders on its threads (HARBOR_WORKERS not "0", no `renderer` of the
    // test's own) gives HARBOR_RENDER_TIMEOUT: TEST_RENDER_TIMEOUT (tests/http/helpers.ts), or its
    // own value in a test about the render limit. At the default 30 s, the one thread's first, cold
    // render answered 503 render-timeout at load 25-55 (tests/http/serve.test.ts). The rule reads
    // an env built in a variable or spread from another object as JavaScript builds it, and refuses
    // one it cannot read (a spread of process.env, a parameter): scripts/lint-serve-render-limit.mjs.
    files: ['tests/**/*.ts'],
    plugins: { harbor: harborRules },
    rules: { 'harbor/serve-render-limit': 'error' },
  },
  {
    // A number a person reads in a message is written by figure() or duration()
    // (src/domain/format.ts): "1,000,000", "30 s", never "1000000" or "30000 ms". So a number put
    // into a template string of the files that speak to operators and clients (the CLI, the HTTP
    // API, batches, configuration, the shared checks and limits) is refused; one that is a name
    // rather than an amount (a row or line number, a port, a year, a path's index) says so with
    // String(n). Documents' own text has its formatters in the kinds' views.
    files: ['src/cli.ts', 'src/cli/**/*.ts', 'src/http/**/*.ts', 'src/batch/**/*.ts', 'src/workers/**/*.ts', 'src/encodings.ts', 'src/environment.ts', 'src/errors.ts', 'src/json-text.ts', 'src/validate.ts', 'src/limits.ts', 'src/kinds/kit/**/*.ts', 'src/kinds/*/bounds.ts'],
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false, allowAny: true, allowBoolean: true, allowNullish: true, allowRegExp: true, allowNever: true }],
    },
  },
  {
    // Case data never goes to a log: only the CLI entry point writes to the console.
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: { 'no-console': 'error' },
  },
);
