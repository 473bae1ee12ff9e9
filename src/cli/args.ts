// The command line of `harbor` (README.md §CLI): read with parseArgs, then each option checked
// against what the command takes (./commands.ts), in Harbor's own one-line words: the option, the
// one probably meant and what the command takes, never parseArgs' messages.
import { parseArgs } from 'node:util';
import { HarborError } from '../errors.js';
import { editDistance } from '../near-names.js';
import { COMMANDS, OPTIONS, type Command, type OptionName, type ValueOption } from './commands.js';

/** A usage error: one line on stderr naming the problem (and where the usage is), exit 2. */
export function usage(message: string): HarborError {
  return new HarborError('usage', `${message} (usage: harbor --help)`);
}

/**
 * A file named on the command line that cannot be read or written as it is (missing, a folder,
 * permission denied, a read-only folder): exit 2 as a usage error, in one line that says why and
 * nothing more. The command line was well-formed, so "(usage: harbor --help)" would send the
 * reader to a page that cannot help; the line already says what to fix.
 */
export function fileError(message: string): HarborError {
  return new HarborError('usage', message);
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

/**
 * The long option (`output`) an argument spells after a single dash (`-output x.pdf`,
 * `-workers=2`, `-encoding utf-8`), or undefined. parseArgs reads such an argument as short
 * options with a value glued on: `-output x.pdf` was `-o utput` and an extra "x.pdf", `-output.pdf`
 * wrote a file named "utput.pdf", `-workers=2` was `-w` and `-o rkers=2`; each either a word about
 * the wrong thing or a file by the wrong name. --help and --version stay readable as -help and
 * -version (help wins anyway).
 */
function longWithOneDash(arg: string, rawName: string): ValueOption | undefined {
  if (rawName.startsWith('--') || !arg.startsWith('-') || arg.startsWith('--')) return undefined;
  const rest = arg.slice(1);
  return (Object.keys(OPTIONS) as OptionName[]).find((n): n is ValueOption => n !== 'help' && n !== 'version' && rest.startsWith(n));
}

/** The command line as given: positionals, and options checked later against the command. */
export interface CommandLine {
  positionals: string[];
  /** Each argument as parseArgs read it (a positional, an option with its value, `--`), in order. */
  tokens: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: false; allowPositionals: true; tokens: true }>>['tokens'];
  /** The arguments as given (a token's `index` is its place here). */
  args: readonly string[];
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
  return { positionals, tokens, args: argv, help: given('help'), version: given('version') };
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
    const oneDash = longWithOneDash(line.args[t.index] ?? '', t.rawName);
    if (oneDash !== undefined) throw usage(`${JSON.stringify(line.args[t.index])} has one dash: a long option takes two (--${oneDash})`);
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

/**
 * The name among `names` that a mistyped one most likely meant (a command, a kind), or undefined:
 * the same name in other case (`RFA`), its beginning (`t-visa`, `check-t`), one of its hyphened
 * words (`memo`), or within two edits (one for short names: `rendr`, `kind`).
 */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const t = typed.toLowerCase();
  if (t.length === 0) return undefined;
  const scored = names.map((n) => {
    if (n === t) return { n, d: 0 };
    if (t.length >= 3 && (n.startsWith(t) || n.split('-').includes(t))) return { n, d: 1 };
    return { n, d: 1 + editDistance(t, n, 3) };
  });
  const near = scored.filter(({ n, d }) => d <= (n.length <= 4 ? 2 : 3)).sort((x, y) => x.d - y.d);
  // Two names as near as each other (`re` of render and restitution-worksheet): no guess.
  return near.length > 0 && near[0]!.d !== near[1]?.d ? near[0]!.n : undefined;
}

/** The tail of a message that names a guess: "; did you mean x?", or nothing. */
export const didYouMean = (guess: string | undefined): string => (guess === undefined ? '' : `; did you mean ${guess}?`);

/** What an output file given without -o is named like, for the option each command writes with. */
const OUTPUT_NAMES: Partial<Record<Command, RegExp>> = { render: /\.(pdf|docx)$/i, 'xlsx-template': /\.xlsx$/i, batch: /\.zip$/i };

/**
 * Refuse a command's positional arguments unless there are as many as its synopsis shows, saying
 * which are missing or which one is extra (a file to write, given without -o: `harbor render rfa
 * case.json out.pdf`), then the synopsis.
 */
export function needArguments(cmd: Command, rest: readonly string[], n: number): void {
  if (rest.length === n) return;
  const synopsis = COMMANDS[cmd].synopsis.replace(/\s*\n\s*/g, ' ');
  const placeholders = synopsis.match(/<[^>]+>/g) ?? [];
  let what: string;
  if (rest.length < n) {
    what = `"harbor ${cmd}" needs ${placeholders.slice(rest.length, n).join(' ')}${rest.length > 0 ? ' too' : ''}`;
  } else {
    const extra = rest.slice(n);
    const output = OUTPUT_NAMES[cmd]?.test(extra[0]!) ? ` (to write to it, give -o ${extra[0]})` : '';
    what = `unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => `"${a}"`).join(' ')}${output}`;
  }
  throw new HarborError('usage', `${what}; usage: ${synopsis}`);
}
