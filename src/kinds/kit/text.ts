// Text fields and the parts of a person's name. Strings reach the schema already NFC and free of
// control characters (src/validate.ts). A line of text is trimmed and must not be empty; a
// narrative keeps every character (it is never truncated or trimmed: the template decides the
// paragraphs) but must say something.
import { z } from 'zod';

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

/**
 * A field's label and help text in the published JSON Schema (`title`, `description`): what the
 * API's schema shows and the web form uses as the field's label (issue 13).
 */
export function labelled<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}
