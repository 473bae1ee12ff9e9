// The command line of `harbor` (README.md §CLI): read with parseArgs, then each option checked
// against what the command takes (./commands.ts), in Harbor's own one-line words: the option, the
// one probably meant and what the command takes, never parseArgs' messages.
import { parseArgs } from 'node:util';
import { HarborError } from '../errors.js';
import { editDistance } from '../validate.js';
import { COMMANDS, OPTIONS, type Command, type OptionName, type ValueOption } from './commands.js';

/** A usage error: one line on stderr naming the problem (and where the usage is), exit 2. */
export function usage(message: string): HarborError {
  return new HarborError('usage', `${message} (usage: harbor --help)`);
}

export const shortOf = (name: OptionName): string | undefined => (OPTIONS as Record<OptionName, { short?: string }>)[name].short;

/** An option as the help spells it: `-o/--output`, `--workers`. */
export function flag(name: OptionName): string {
  const short = shortOf(name);
  return short === undefined ? `--${name}` : `-${short}/--${name}`;
}

/**
 * The option a mistyped one most likely meant, among those the command takes: a short option in
 * the other case (`-O`), a long one within two edits (one for short names) or its beginning (`--out`).
 */
function meant(rawName: string, takes: readonly OptionName[]): OptionName | undefined {
  const typed = rawName.replace(/^--?/, '').toLowerCase();
  if (!rawName.startsWith('--') && typed.length === 1) {
    return takes.find((n) => shortOf(n)?.toLowerCase() === typed);
  }
  const near = takes
    // Edits as field names count them (src/validate.ts: a swap of neighbours is one, `fromat` →
    // `format`); anything past two is "too far".
    .map((n) => ({ n, d: n.startsWith(typed) && typed.length >= 3 ? 0 : editDistance(typed, n, 3) }))
    .filter(({ n, d }) => d <= (n.length <= 4 ? 1 : 2))
    .sort((x, y) => x.d - y.d);
  return near[0]?.n;
}

/** The command line as given: positionals, and options checked later against the command. */
export interface CommandLine {
  positionals: string[];
  /** Each argument as parseArgs read it (a positional, an option with its value, `--`), in order. */
  tokens: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: false; allowPositionals: true; tokens: true }>>['tokens'];
  help: boolean;
  version: boolean;
}

/**
 * Read the command line without judging its options: which options a command takes is known only
 * once the command is (it may come after them), and parseArgs' own errors are Node's words, not
 * ours (checkOptions says what is wrong).
 */
export function readCommandLine(argv: string[]): CommandLine {
  const { positionals, tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const given = (name: OptionName): boolean => tokens.some((t) => t.kind === 'option' && t.name === name);
  return { positionals, tokens, help: given('help'), version: given('version') };
}

/** Whether the line has an option Harbor does not know before its first positional (`harbor --fromat pdf render …`). */
export function unknownOptionFirst(line: CommandLine): boolean {
  const first = line.tokens.findIndex((t) => t.kind === 'positional');
  return line.tokens.slice(0, first).some((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name));
}

/** Options given to `harbor <cmd>` that take a value, by name: checked against what the command takes. */
export type OptionValues = Partial<Record<ValueOption, string>>;

/**
 * The options of a command line, checked: each one known, taken by this command (`cmd`; undefined
 * when no command was given), given a value where it needs one, and given once. The first that is
 * not is a usage error naming it, what was probably meant, and what the command takes.
 */
export function checkOptions(line: CommandLine, cmd: Command | 'help' | undefined): OptionValues {
  const takes: readonly ValueOption[] = cmd === undefined || cmd === 'help' ? [] : COMMANDS[cmd].options;
  const who = cmd === undefined ? 'harbor' : `harbor ${cmd}`;
  const listed = cmd === undefined ? 'with no command, harbor takes only --help and --version' : takes.length === 0 ? 'it takes no options' : `it takes ${takes.map(flag).join(', ')}`;
  const values: OptionValues = {};
  for (const t of line.tokens) {
    if (t.kind !== 'option' || t.name === 'help' || t.name === 'version') continue;
    if (!Object.hasOwn(OPTIONS, t.name)) {
      const guess = meant(t.rawName, [...takes, 'help', 'version']);
      // Meant as typed: `-O` meant `-o`, `--fromat` meant `--format`.
      const shown = guess === undefined ? undefined : t.rawName.startsWith('--') || shortOf(guess) === undefined ? `--${guess}` : `-${shortOf(guess)}`;
      throw new HarborError('usage', `unknown option ${t.rawName} for "${who}"${shown ? `; did you mean ${shown}?` : ''} (${listed})`);
    }
    const name = t.name as ValueOption;
    if (cmd === undefined) throw usage('no command given');
    if (!takes.includes(name)) throw new HarborError('usage', `"${who}" takes no option ${flag(name)} (${listed})`);
    if (t.value === undefined) throw usage(`${flag(name)} needs a value`);
    // parseArgs takes the next argument whatever it is: `-o --format pdf` would write a file named
    // "--format". A negative number is a value (`--workers -1`), for its own check to refuse.
    if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-' && !/^-\d/.test(t.value)) {
      throw usage(`${flag(name)} needs a value, and "${t.value}" is an option; a value that begins with "-" is written --${name}=<value>`);
    }
    // Every option is given at most once (none is documented as repeatable): parseArgs keeps the
    // last, so `--format pdf --format docx` would render a DOCX without a word.
    const before = values[name];
    if (before !== undefined) throw usage(`${flag(name)} is given twice ("${before}", then "${t.value}"); give it once`);
    values[name] = t.value;
  }
  return values;
}

/** Refuse a command's positional arguments unless there are `n` of them, showing its synopsis. */
export function needArguments(cmd: Command, rest: readonly string[], n: number): void {
  if (rest.length !== n) throw new HarborError('usage', `wrong arguments; usage: ${COMMANDS[cmd].synopsis.replace(/\s*\n\s*/g, ' ')}`);
}
