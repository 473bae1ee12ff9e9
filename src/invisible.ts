// Characters that print as nothing, or that change how the text around them is shown, in a value
// of a case: what src/validate.ts's cleanText refuses or normalises beyond controls and
// noncharacters (docs/fields.md, "Text"). A filing is read by a person: what it prints must be the
// text that was typed, and two values that look the same must be the same.
//
// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused.
//   They reorder the letters around them when shown (Unicode Standard Annex #9, the Bidirectional
//   Algorithm, X1–X10): "Ximena \u202Eneléb" shows as "Ximena Belén" in Word, and a reader, a
//   search or a name check sees different texts (the "Trojan Source" class, CVE-2021-42574;
//   Unicode Technical Report #36, § 2.1). Harbor marks right-to-left text itself (w:bidi in a
//   DOCX), so a name in Arabic or Hebrew needs none of them. The marks U+200E, U+200F and U+061C
//   only order the spaces and punctuation next to them and stay accepted.
// - The other default-ignorable code points (Unicode's Default_Ignorable_Code_Point, which a
//   renderer shows as nothing: the zero-width space U+200B, the word joiner U+2060, invisible
//   operators, Hangul fillers, tag characters…) are refused: "Xi\u200Bmena" prints as "Ximena" and
//   compares as another name. Kept because text needs them: the joiners U+200C and U+200D
//   (Persian, Indic scripts, emoji), variation selectors (CJK ideographs, emoji), the soft hyphen
//   U+00AD (a hyphenation point the PDF renderer honours, src/render/pdf/text.ts) and the bidi
//   marks above.
// - U+FEFF, the byte-order mark, is refused in words of its own: a file's leading one is taken off
//   before parsing, so one inside a value comes from texts joined together.
// - The line and paragraph separators U+2028 and U+2029 are made a line feed and a blank line, as
//   CR LF is, and so are Office's manual line break U+000B and page break U+000C (below): a narrative pasted from a program that ends lines with them keeps its lines and
//   paragraphs, and a one-line field (a name) reads them as the space any line break is there
//   (src/markup), where the PDF broke the name over two lines and a DOCX held a character Word
//   shows its own way.

import { codePointName } from './errors.js';

/** The bidirectional embeddings, overrides and isolates, each with its name (UAX #9, § 2). */
const BIDI_CONTROLS: Readonly<Record<number, string>> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/**
 * A default-ignorable code point that text does not need (see above), U+FEFF included. Variation
 * selectors: U+180B–U+180D and U+180F (Mongolian), U+FE00–U+FE0F, U+E0100–U+E01EF.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- code points listed to keep, each on its own (they combine with nothing here)
  /(?![\u00AD\u061C\u180B-\u180D\u180F\u200C-\u200F\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}])\p{Default_Ignorable_Code_Point}/u;

/**
 * The invisibles a text box of the web form takes out of pasted text, saying so next to the box
 * (web/src/form/paste.tsx), each with its name: the ones that only say where a line may or may not
 * break, or stand for an operator in a formula, so that taking one out changes no letter, no shape
 * and no order of what the text shows. Web pages and mail put them inside long words, addresses and
 * links (U+200B), between texts joined together (U+FEFF) and in copied formulas (U+2061–U+2064); a
 * caseworker cannot see one to delete it, and the service refuses it (INVISIBLE).
 * The rest of INVISIBLE stays in a paste, to be refused with its message: a bidirectional control
 * sets the order the letters were shown in where they were copied (taking it out shows another
 * text), and a Hangul filler, a tag character (a flag's), the combining grapheme joiner or the
 * Mongolian vowel separator is part of how the letters around it are drawn or ordered.
 */
export const DROPPED_ON_PASTE: Readonly<Record<number, string>> = {
  0x200b: 'zero-width space',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0xfeff: 'zero-width no-break space',
};

/** Any character of DROPPED_ON_PASTE (all in the Basic Multilingual Plane: one UTF-16 unit each). */
const DROP = new RegExp(`[${Object.keys(DROPPED_ON_PASTE).map((cp) => `\\u${Number(cp).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/**
 * Pasted text `s` without the characters of DROPPED_ON_PASTE, and how many of each were taken out
 * (code point → count, in the order first met). Every other character stays as pasted.
 */
export function dropOnPaste(s: string): { text: string; dropped: Map<number, number> } {
  const dropped = new Map<number, number>();
  const text = s.replace(DROP, (c) => {
    const cp = c.codePointAt(0)!;
    dropped.set(cp, (dropped.get(cp) ?? 0) + 1);
    return '';
  });
  return { text, dropped };
}

/**
 * `s` with U+2028 and U+000B made a line feed and U+2029 and U+000C a blank line (a paragraph
 * break). U+000B (vertical tab) is how Word, PowerPoint and Excel hold a manual line break
 * (Shift+Enter, Alt+Enter) and U+000C (form feed) a page or section break; text copied out of them,
 * or out of a mail merge's data, keeps the characters, which print as nothing and which a
 * caseworker cannot see to delete.
 */
export function separatorsToNewlines(s: string): string {
  return s.replace(/[\u2028\u000B]/g, '\n').replace(/[\u2029\u000C]/g, '\n\n');
}

/**
 * Why `s` is refused for an invisible character, in words naming it (never the text: it is case
 * data), or undefined when it holds none. The first such character is named.
 */
export function invisibleProblem(s: string): string | undefined {
  const m = INVISIBLE.exec(s);
  if (m === null) return undefined;
  const cp = m[0].codePointAt(0)!;
  if (cp === 0xfeff) {
    return 'contains U+FEFF, an invisible byte-order mark (zero-width no-break space), left where files or texts were joined: it prints as nothing and makes a date or a name read wrong; delete it (retype the value) and try again';
  }
  const bidi = BIDI_CONTROLS[cp];
  if (bidi !== undefined) {
    return `contains ${codePointName(cp)} (${bidi}), an invisible control that changes the order in which the letters around it are shown, so the filing would not read as the text was typed; delete it (retype the value) and try again`;
  }
  return `contains ${codePointName(cp)}, an invisible character that prints as nothing, so the value would look like another and compare as a different one (a name, a date); delete it (retype the value) and try again`;
}
