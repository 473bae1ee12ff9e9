// ESLint run with the project's real configuration on text given as if it were a file of the
// project (tests/lint): the type-aware rules need a path the project's tsconfig holds, so the paths
// are real ones; nothing is written. One ESLint per test file: its first lint builds the project.
import { ESLint } from 'eslint';

let eslint: ESLint | undefined;

/** The rules that fired on `code` linted as if it were the file `path` (relative to the repository). */
export async function rules(path: string, code: string): Promise<string[]> {
  eslint ??= new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
  const [r] = await eslint.lintText(code, { filePath: path });
  return r!.messages.map((m) => m.ruleId ?? m.message);
}
