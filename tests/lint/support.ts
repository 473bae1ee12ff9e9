// ESLint run with the project's real configuration on text given as if it were a file of the
// project (tests/lint): the type-aware rules need a path the project's tsconfig holds, so the paths
// are real ones; nothing is written. One ESLint per test file: its first lint builds the project.
import { ESLint } from 'eslint';

let eslint: ESLint | undefined;

/** What ESLint reports on `code` linted as if it were the file `path` (relative to the repository). */
export async function lint(path: string, code: string): Promise<ESLint.LintResult['messages']> {
  eslint ??= new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
  const [r] = await eslint.lintText(code, { filePath: path });
  return r!.messages;
}

/** The rules that fired on `code` linted as if it were the file `path` (relative to the repository). */
export async function rules(path: string, code: string): Promise<string[]> {
  return (await lint(path, code)).map((m) => m.ruleId ?? m.message);
}
