// Text fields and the parts of a person's name. Strings reach the schema already NFC and free of
// control characters (src/validate.ts). A line of text is trimmed and must not be empty; a
// narrative keeps every character (it is never truncated or trimmed: the template decides the
// paragraphs) but must say something.
import { z } from 'zod';
import { nameFiller } from './names.js';

/**
 * A required line of text (a name, a place, a label), trimmed, not empty. `what` words the type
 * error ("must be initials or a pseudonym"); without it the house default says "must be text".
 */
export function text(what?: string) {
  const base = what === undefined ? z.string() : z.string({ error: `must be ${what}` });
  return base.trim().min(1, { error: 'must not be empty' });
}

/** A required line of text. */
export const Text = text().meta({ title: 'Text', description: 'A line of text, not empty.' });

/** An optional line of text: absent, null or blank → null (kit optional convention). */
export const OptText = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s : null))
  .meta({ description: 'Optional text; absent, null or blank means not given.' });

/**
 * `x-multiline: true` in the published JSON Schema: text written in lines and paragraphs, which a
 * form shows as a multi-line box (a one-line input cannot take the newline that starts a
 * paragraph, and hides all but a few words of a 400-character account). An annotation only:
 * validators ignore a keyword they do not know (JSON Schema 2020-12, § 6.5), and it changes
 * nothing the schema accepts. Inherited by every field built on the schema that carries it
 * (`labelled(optional(Narrative), …)` keeps it).
 */
export const MULTILINE = { 'x-multiline': true } as const;

/** Multi-paragraph text: a blank line starts a paragraph. Kept exactly as written, never truncated. */
export const Narrative = z
  .string()
  .refine((s) => s.trim().length > 0, { error: 'must not be empty', params: { code: 'too-small' } })
  .meta({ title: 'Narrative', description: 'Free text in the person’s own words; a blank line starts a new paragraph. Never shortened.', ...MULTILINE });

/** A required text written in lines or paragraphs (a discussion, a person's words): as `Text`, shown multi-line. */
export const Prose = text().meta({ title: 'Text', description: 'Text in lines or paragraphs, not empty.', ...MULTILINE });

/** An optional text written in lines or paragraphs: as `OptText`, shown multi-line. */
export const OptProse = OptText.meta({ description: 'Optional text in lines or paragraphs; absent, null or blank means not given.', ...MULTILINE });

/** Given name(s) as the person writes them, in any script. */
export const GivenName = text().meta({ title: 'Given name', description: 'Given name(s), as the person writes them (any script).' });
/** Family name(s) as the person writes them, in any script. */
export const FamilyName = text().meta({ title: 'Family name', description: 'Family name(s), as the person writes them (any script).' });

/** What a person-name field refused for a filler says after "must be <whose> name, " (kit nameFiller). */
export const NOT_A_NAME = 'not a word for none or not known (“FNU”, “Unknown”, “N/A”), which the document would print as the name';

/**
 * A required person's name (a full name, or a given or family name) that refuses a filler typed for
 * "not known" (kit `nameFiller`: "FNU", "Unknown", "N/A", "?"), code `not-a-name`
 * (docs/fields.md, "Names"). `whose` words the message ("the requester’s"); `instead` says the
 * honest way to tell that the name is not known, where the field has one ("leave the sponsor’s
 * name empty: …"), or what to give ("your own full name, as you sign").
 */
export function personNameText(whose: string, instead: string) {
  // An empty text is told "must not be empty" once, by text(), not also here.
  return text()
    .refine((s) => s === '' || !nameFiller(s), { message: `must be ${whose} name, ${NOT_A_NAME}: ${instead}`, params: { code: 'not-a-name' } })
    .meta({ title: 'Name', description: 'A person’s name, not empty, and not a word for none or not known.' });
}

/**
 * The separator between the names of a list a document prints on one line ("Other names used:
 * Ana Lopez; La Güera"): a semicolon, since a name may hold a comma ("King, Jr.") but never a
 * semicolon. Every kind's list of a person's names joins with it (`namesLine`), and each entry
 * refuses it (`listedNameText`), so that no entry can be read as two names (docs/fields.md, "Names").
 */
export const NAMES_JOINER = '; ';

/**
 * The semicolons a reader takes for the joiner: ";" itself, the full-width "；" of Chinese and
 * Japanese typing, the Arabic "؛" and the Greek question mark ";" (U+037E), which prints as ";".
 * Also what an entry of a list set off by semicolons refuses (joined.ts `oneEntry`).
 */
export const SEMICOLONS = /[;\uFF1B\u061B\u037E]/u;

/**
 * The semicolons other than ";" by what a writer calls them: a refusal names the one given, since
 * "؛" does not look like the ";" the message speaks of. The Greek question mark is not among them:
 * NFC (text hygiene, before any rule) has already made it ";".
 */
const SEMICOLON_NAMES: Readonly<Record<string, string>> = {
  '\uFF1B': 'the full-width semicolon',
  '\u061B': 'the Arabic semicolon',
};

/**
 * After "a semicolon … reads as two" in a refusal: which semicolon the entry holds when it is not
 * ";" itself (" (the “؛” given is the Arabic semicolon)"), else nothing. Only the character is
 * named, never the entry. `input` is the refused value as zod gives it.
 */
export function semicolonGiven(input: unknown): string {
  const found = typeof input === 'string' ? SEMICOLONS.exec(input)?.[0] : undefined;
  const name = found === undefined ? undefined : SEMICOLON_NAMES[found];
  return name === undefined ? '' : ` (the “${found}” given is ${name})`;
}

/**
 * A list of names on one line, joined by NAMES_JOINER, each once, or null for none. A name given
 * twice in case or spacing only ("Beto", "beto ") is printed once, as first written: "Beto; beto"
 * read as two names. One differing in its accents ("María", "Maria") is another spelling, which a
 * document or a record may carry, and is kept (docs/fields.md, "A list of names on one line").
 */
export function namesLine(names: readonly string[]): string | null {
  const once = onceEach(names);
  return once.length > 0 ? once.join(NAMES_JOINER) : null;
}

/** Free-text entries each once, as first written: case and spacing aside, two entries with the same words are one (`namesLine`; the RFA's services). */
export function onceEach(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** A line break (of any kind Unicode has) inside a line of text. */
export const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000B\u000C]/u;

/**
 * The refusal of a line break inside an entry of a list printed on one line: the page prints it as
 * a space, so "Mam⏎Spanish", two languages typed in one entry, printed "Mam Spanish", one language
 * OTIP's intake could not find (round r54). `list` names the list as the form shows it.
 */
export const lineBreakMessage = (list: string): string =>
  `must be on one line: “${list}” prints its entries on one line and a line break inside an entry prints as a space, so two entries typed in one read as one; give each as an entry of its own`;

/**
 * One entry of a list of a person's names printed on one line (`namesLine`): `personNameText`,
 * and no semicolon, which the page would print as the joiner between two names ("Ana; Anita" read
 * as two entries), code `invalid-format`. `list` is the list's label as the form shows it.
 */
export function listedNameText(whose: string, instead: string, list: string) {
  return personNameText(whose, instead)
    .refine((s) => !LINE_BREAK.test(s), { message: lineBreakMessage(list), params: { code: 'invalid-format' } })
    .refine((s) => !SEMICOLONS.test(s), {
    error: (iss) => `must be one name: “${list}” prints its names separated by semicolons, so a semicolon inside a name reads as two${semicolonGiven(iss.input)}; give each name as an entry of its own`,
    params: { code: 'invalid-format' },
  });
}

/**
 * An optional person's name (OptText) that refuses a filler as `personNameText` does: a name not
 * known is left empty, which the document says in its own words ("Not yet known").
 */
export function optPersonNameText(whose: string) {
  return OptText.refine((s) => s === null || !nameFiller(s), { message: `must be ${whose} name, ${NOT_A_NAME}: when the name is not known, leave it empty`, params: { code: 'not-a-name' } }).meta({
    description: 'Optional: a person’s name, not a word for none or not known; absent, null or blank means not known.',
  });
}

/**
 * A field's label and help text in the published JSON Schema (`title`, `description`): what the
 * API's schema shows and the web form uses as the field's label (issue 13).
 */
export function labelled<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}
