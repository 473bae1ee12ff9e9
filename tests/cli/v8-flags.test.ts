// The V8 flags Harbor's own processes run with (bin/v8-flags.js, issue 18): each is one this
// Node's V8 knows (an unknown flag is only a line on stderr, so a Node that dropped one would
// lose the setting silently), and bin/harbor.js sets them before it runs any command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../bin/v8-flags.js';
import { childBound } from '../support/until.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAGS_URL = pathToFileURL(`${ROOT}bin/v8-flags.js`).href;

describe('bin/v8-flags.js', () => {
  it('sets only flags this Node knows: V8 says nothing', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { applyV8Flags } from ${JSON.stringify(FLAGS_URL)}; applyV8Flags();`], { encoding: 'utf8', ...childBound() });
    expect(r.status).toBe(0);
    expect(r.stderr + r.stdout).toBe('');
  });

  it('a flag V8 does not know is seen by that check', () => {
    // What the check above relies on: V8 reports an unknown flag on stderr.
    const r = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--no-such-harbor-flag')"], { encoding: 'utf8', ...childBound() });
    expect(r.stderr).toContain('--no-such-harbor-flag');
  });

  it('bin/harbor.js sets them before it runs a command', () => {
    // A preload that records what reaches v8.setFlagsFromString (the ES module binding follows the
    // builtin's after syncBuiltinESMExports) and prints it when the process ends.
    const spy = [
      "import { syncBuiltinESMExports } from 'node:module';",
      "import v8 from 'node:v8';",
      'const seen = []; const real = v8.setFlagsFromString;',
      'v8.setFlagsFromString = (f) => { seen.push(f); real(f); };',
      'syncBuiltinESMExports();',
      "process.on('exit', () => process.stderr.write('flags ' + JSON.stringify(seen) + '\\n'));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(spy)}`, `${ROOT}bin/harbor.js`, 'kinds'], { encoding: 'utf8', ...childBound() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rfa\t/m);
    expect(r.stderr).toContain(`flags ${JSON.stringify(V8_FLAGS)}`);
  });
});
