// A heading typed inside a narrative: "What happened in Houston" on a line of its own, a blank line
// before and after it. In a declaration's numbered paragraphs (`paragraphs … "li" series=…`,
// docs/markup.md, "Typed headings") it printed as a numbered paragraph of its own ("7. What
// happened in Houston"), where every numbered paragraph is a statement the declarant swears to and
// counsel and the officer cite by its number. It prints as an unnumbered sub-heading instead, the
// numbering running on under it (docs/markup.md, "Typed headings"; the decision is the
// T-visa kind's README's).
//
// Pure (no Handlebars), so stage 2 reads the same rule for the warning that names each such line
// (t-visa-declaration `typed-heading`) without loading the template engine.

/** Longest line read as a heading, in characters and in words: a heading names a part, it tells nothing. */
const MAX_CHARS = 80;
const MAX_WORDS = 10;

/**
 * Whether paragraph `p` (one paragraph of a narrative, as `paragraphs` splits it) is a typed
 * heading, `followed` saying whether another paragraph of the same text comes after it. A heading
 * is one line of at most 10 words and 80 characters that:
 * - introduces text: a last paragraph is a statement typed without its period ("I want to stay");
 * - starts with a capital letter, a digit or a letter of a script without case ("在休斯顿"), never a
 *   small letter (a sentence's rest after a stray blank line), a quotation mark or a dash (a line of
 *   dialogue), a bullet or a parenthesis;
 * - ends in no sentence or clause punctuation (`. ! ? … : ; ,`, the CJK `。！？：`, the Arabic `؟`,
 *   the Devanagari `।`) and no quotation mark: "They did three things:" introduces what follows and
 *   is a statement, as is a sentence whose period was typed.
 * A statement typed without its period ("I was fourteen") reads as one too: the warning names it
 * so counsel adds the period (the rule is in the kind's README).
 */
export function isTypedHeading(p: string, followed: boolean): boolean {
  if (!followed) return false;
  const line = p.trim();
  if (line === '' || /\n/u.test(line)) return false;
  if (line.length > MAX_CHARS || line.split(/\s+/u).length > MAX_WORDS) return false;
  if (!/^(?:\p{Lu}|\p{Lt}|\p{Nd}|\p{Lo})/u.test(line)) return false;
  if (/[.!?…:;,。！？：؟।"'“”‘’«»„]$/u.test(line)) return false;
  return /\p{L}/u.test(line);
}

/** The indexes of the typed headings among a narrative's paragraphs (isTypedHeading on each). */
export function typedHeadings(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  paragraphs.forEach((p, i) => {
    if (isTypedHeading(p, i < paragraphs.length - 1)) out.push(i);
  });
  return out;
}
