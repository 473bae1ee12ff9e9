// Inline nodes → run descriptions (out.ts): one small handler per inline type (a total map: a new inline type in
// the model fails to compile here until it is handled).
//
// Right-to-left text (Hebrew, Arabic, ...) is allowed in DOCX (only the PDF refuses it): each
// stretch of it becomes its own run marked `w:rtl`, and a paragraph whose letters are all
// right-to-left is marked `w:bidi`, so Word orders it correctly. Harbor's documents are English
// filings: that is the higher-level protocol of UAX #9 (HL1) that sets a mixed paragraph's
// direction, not its first strong character (P2), which made a cell listing an Arabic name
// before a Chinese one a right-aligned paragraph with its items in reverse order. For the same
// reason a left-to-right paragraph's list of right-to-left names keeps its order: a semicolon
// ends a right-to-left stretch (Arabic writes its own "؛"; "; " is the English list's), and a
// left-to-right mark (U+200E) follows a stretch when the next strong letter is right-to-left
// again, so the separator between two names is left-to-right (UAX #9 N1) instead of joining
// both names into one right-to-left sequence shown last name first ("Other names used:
// שרה כהן ;سلمى عبد الرحمن" for "سلمى عبد الرحمن; שרה כהן").
import { HarborError } from '../../errors.js';
import { dispatchInline, type Inline, type InlineHandlers, type Marks } from '../../model/types.js';
import { isRtlText, leftToRightQuotations, RTL_RANGES, RTL_STRETCH, rtlIsolationMarks } from '../../model/direction.js';
import { keepUnitsTogether, languageSpans } from '../../model/typography.js';
import { lowSignedNumbers } from '../pdf/bidi.js';
import { addressSpans, afterNameHyphen, isNumberHyphen, isSign, tagSpans } from '../pdf/breaks.js';
import { weakAfterScripts, withFallbackFonts } from './fonts.js';
import { NO_BREAK_HYPHEN, type RunOut, type RunProps } from './out.js';

/** Run formatting inherited from the container (table header cell, header/footer size). */
export interface RunContext {
  bold?: boolean;
  /** Font size in half-points, when not the style's. */
  size?: number;
}

// Right-to-left characters: the model's ranges (../../model/direction.ts RTL_RANGES: Hebrew,
// Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms and the right-to-left
// blocks of the supplementary planes).
const RTL = RTL_RANGES;
const RTL_CHAR = new RegExp(`[${RTL}]`, 'u');
/** The left-to-right mark: a strong LTR character, invisible. */
const LRM = '\u200E';

// XML 1.0 forbids C0 controls (but tab/LF/CR), lone surrogates and U+FFFE/U+FFFF: one of them
// makes Word refuse the whole file. Validation rejects them with the field's path; this guard
// makes a bypass fail loudly instead of writing a corrupt document.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that is surely one plain run: tab, Basic Latin to the combining marks (below Greek, U+0370)
 * and General Punctuation (U+2000–U+206F): no character of another script (languageSpans), none
 * right-to-left (RTL), none XML forbids (XML_INVALID).
 */
const PLAIN = /^[\t\x20-\u036F\u2000-\u206F]*$/;

/**
 * True when the paragraph is right-to-left (../../model/direction.ts isRtlText, the PDF's rule
 * too): its letters outside quotations, first and last, else the more words. An English
 * paragraph with an Arabic or Hebrew name stays left-to-right, an Arabic one quoting English is
 * right-to-left, the stretches of the other direction ordered as runs (`w:rtl`).
 */
export function isRtlParagraph(children: Inline[]): boolean {
  let text = '';
  for (const c of children) if (c.type === 'text') text += `${c.text} `;
  return isRtlText(text);
}

function runProps(marks: Marks, ctx: RunContext): RunProps {
  const bold = marks.bold === true || ctx.bold === true;
  return {
    ...(bold ? { bold: true } : {}),
    ...(marks.italic ? { italics: true } : {}),
    ...(marks.underline ? { underline: true } : {}),
    ...(ctx.size !== undefined ? { size: ctx.size } : {}),
  };
}

/** w:lang of a span in another script: East Asian languages in w:eastAsia, RTL ones in w:bidi. */
function langProps(lang: string): RunProps {
  if (lang === 'zh' || lang === 'ja' || lang === 'ko') return { language: { eastAsia: lang } };
  if (lang === 'he' || lang === 'ar') return { language: { bidirectional: lang } };
  return { language: { value: lang } };
}

/** The word joiner (U+2060): no break on either side of it, prints as nothing. */
const WORD_JOINER = '\u2060';

/** A letter, a hyphen, a capital: a text that may hold a compound name (../pdf/breaks.ts afterNameHyphen). */
const NAME_HYPHEN = /\p{L}-[\p{Lu}\p{Lt}]/u;

/** A hyphen-minus, plus or plus-minus sign: what noBreakHyphens looks at besides the minus sign. */
const HYPHEN_OR_PLUS = /[-+\u00b1]/;

/**
 * `text` with each hyphen-minus that the PDF does not break after and Word or LibreOffice would
 * made a non-breaking hyphen (NO_BREAK_HYPHEN), and a word joiner after each such minus sign
 * (U+2212, which has no non-breaking twin) and each plus or plus-minus sign before a currency
 * sign ("+$12.50", "±$3.00": UAX #14 breaks between the two, PR ÷ PR), so the DOCX breaks its
 * lines at hyphens where the PDF does. The rule is the PDF's (../pdf/breaks.ts isNumberHyphen): a
 * hyphen inside a token that holds a digit (but between two lower-case letters, "15-year-old"'s
 * second), a form number "I-914", an A-number "A-123-456-789", a case number "4:17-cr-00907-RBH",
 * a receipt number "EAC-21-123-45678", a negative amount "-$1.00" or "-€5.00". LibreOffice (7.4)
 * broke the T-visa title there, "Form I-" at a line's end and "914" on the next, a form number
 * that reads as two, and a case number after "4:17-" (Word breaks after a hyphen too). A compound
 * name's hyphen ("Quispe-Mamani", ../pdf/breaks.ts afterNameHyphen) is held too, since round r60
 * (docs/rendering.md says why, and what it costs an edit). One kind of hyphen the PDF does not
 * break after stays a plain hyphen here, on purpose: a web or e-mail address's (copied from the
 * document, an address with a U+2011 in it is another address). A hyphen joining words with no
 * digit ("well-known") the PDF breaks after as Word does.
 */
export function noBreakHyphens(text: string): string {
  const minus = text.includes('\u2212');
  if (!minus && !HYPHEN_OR_PLUS.test(text)) return text;
  const tags = tagSpans(text);
  if (!minus && tags.length === 0 && !/\p{Nd}/u.test(text) && !NAME_HYPHEN.test(text)) return text;
  const spans = addressSpans(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSign(c)) continue;
    // A hyphen in a tag-like token a narrative quotes ("<page-break/>"), which the PDF keeps whole
    // (../pdf/breaks.ts tagBreaks): LibreOffice broke it after the hyphen, as UAX #14 allows (LB21
    // puts no break before a hyphen, none forbids one after it), "<page-" ending a line.
    if (c === 0x2d && tags.some(([a, b]) => i > a && i < b)) {
      out += text.slice(from, i) + NO_BREAK_HYPHEN;
      from = i + 1;
      continue;
    }
    // A compound name's hyphen ("Quispe-Mamani"), which the PDF keeps whole (../pdf/breaks.ts
    // afterNameHyphen): LibreOffice ended a line at "Quispe-", and a hyphen at a line's end reads
    // as one either the name or the line put there (round r60: docs/rendering.md says why whole).
    // Not in an address, which must copy back as typed.
    if (c === 0x2d && afterNameHyphen(text, i + 1) && !spans.some(([a, b]) => i >= a && i < b)) {
      out += text.slice(from, i) + NO_BREAK_HYPHEN;
      from = i + 1;
      continue;
    }
    // A plus, plus-minus or minus sign before a digit is held by UAX #14 already (PR × NU, LB25),
    // in Word and LibreOffice as in the PDF: a joiner only before a currency sign ("+$12.50",
    // "−$40.00") or a letter. The joiner is an invisible character a copy out of the document
    // carries ("−\u206015%" pasted into a spreadsheet is no number), so none where nothing needs it.
    if (c !== 0x2d && (i + 1 >= text.length || /\p{Nd}/u.test(text[i + 1]!))) continue;
    if (!isNumberHyphen(text, i) || spans.some(([a, b]) => i >= a && i < b)) continue;
    if (c === 0x2d) {
      out += text.slice(from, i) + NO_BREAK_HYPHEN;
      from = i + 1;
    } else if (i + 1 < text.length && text[i + 1] !== WORD_JOINER) {
      out += text.slice(from, i + 1) + WORD_JOINER;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Text → runs: the text layer's rule first (units held together, src/model/typography.ts, the
 * same as the PDF's), hyphens the PDF does not break after kept so (noBreakHyphens), then one run
 * per language span (w:lang) and per direction (w:rtl).
 */
function textRuns(text: string, props: RunProps): RunOut[] {
  const kept = noBreakHyphens(keepUnitsTogether(text));
  // Most text is Latin (with Latin-1 and general punctuation): one left-to-right run, no language
  // span, nothing XML forbids. One cheap test instead of the three below (a quarter of a
  // restitution worksheet's runs time).
  if (PLAIN.test(kept)) return [{ kind: 'text', props, text: kept }];
  const spans = languageSpans(kept);
  // The PDF's fallback face named on the characters it prints (Hangul, Ethiopic, Armenian, ...).
  if (spans.length === 1 && spans[0]!.lang === undefined) return withFallbackFonts(directionRuns(kept, props));
  return withFallbackFonts(spans.flatMap((s) => directionRuns(s.text, s.lang === undefined ? props : { ...props, ...langProps(s.lang) })));
}

/** Split text into LTR and RTL stretches; RTL ones get `rightToLeft`. */
function directionRuns(text: string, props: RunProps): RunOut[] {
  if (XML_INVALID.test(text)) {
    throw new HarborError('unsupported-character', 'The document contains a character that Word documents cannot hold', [
      { path: 'document', code: 'unsupported-character', message: 'a control character or noncharacter reached the DOCX renderer' },
    ]);
  }
  if (!RTL_CHAR.test(text)) return [{ kind: 'text', props, text }];
  const runs: RunOut[] = [];
  let last = 0;
  for (const m of text.matchAll(RTL_STRETCH)) {
    const at = m.index;
    if (at > last) runs.push({ kind: 'text', props, text: text.slice(last, at) });
    runs.push({ kind: 'text', props: { ...props, rightToLeft: true }, text: m[0] });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', props, text: text.slice(last) });
  return runs;
}

const INLINE: InlineHandlers<RunContext, RunOut[]> = {
  text: (n, ctx) => textRuns(n.text, runProps(n, ctx)),
  br: () => [{ kind: 'br' }],
  // PAGE and NUMPAGES fields; Word and LibreOffice compute them per page.
  'page-number': (n, ctx) => [{ kind: 'field', props: runProps(n, ctx), field: 'page' }],
  'page-count': (n, ctx) => [{ kind: 'field', props: runProps(n, ctx), field: 'pages' }],
};

/** The same formatting without the direction and language of a right-to-left run. */
function leftToRight(p: RunProps): RunProps {
  const out: RunProps = {};
  if (p.bold) out.bold = true;
  if (p.italics) out.italics = true;
  if (p.underline) out.underline = true;
  if (p.size !== undefined) out.size = p.size;
  return out;
}

/**
 * In a left-to-right paragraph, a left-to-right mark where the model's rule puts one
 * (../../model/direction.ts rtlIsolationMarks, the rule the PDF resolves its levels by): after a
 * right-to-left stretch that a number or another right-to-left name follows. The rule reads the
 * paragraph's whole text (a line break as "\n", a field as a space), so a stretch in several runs
 * (a name with one word bold, or in Arabic and Hebrew) is one: decided run by run, a mark went
 * between its words, and Word and LibreOffice drew them in the order typed, left to right. The
 * mark starts the left-to-right run after the stretch, or goes inside the run where the offset
 * falls (after a closing bracket), or is a run of its own between two right-to-left runs.
 */
function isolateRtl(runs: RunOut[]): RunOut[] {
  if (!runs.some((r) => r.kind === 'text' && r.props.rightToLeft)) return runs;
  let text = '';
  const at: number[] = [];
  for (const r of runs) {
    at.push(text.length);
    text += r.kind === 'text' ? r.text : r.kind === 'field' ? ' ' : '\n';
  }
  const marks = rtlIsolationMarks(text);
  if (marks.length === 0) return runs;
  const out: RunOut[] = [];
  let m = 0;
  let props: RunProps = {};
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const from = at[i]!;
    if (r.kind !== 'text') {
      // A mark before a field (a page number after a name): a run of its own.
      for (; m < marks.length && marks[m] === from; m++) out.push({ kind: 'text', props: leftToRight(props), text: LRM });
      out.push(r);
      continue;
    }
    props = r.props;
    // The text after a stretch is left-to-right (a stretch ends before what is not), so a mark
    // lies in a left-to-right run: at its start, or after a closing bracket in it.
    let text = '';
    let last = 0;
    for (; m < marks.length && marks[m]! < from + r.text.length; m++) {
      const k = marks[m]! - from;
      text += `${r.text.slice(last, k)}${LRM}`;
      last = k;
    }
    out.push(last === 0 && text === '' ? r : { ...r, text: text + r.text.slice(last) });
  }
  return out;
}

/**
 * In a right-to-left paragraph, a left-to-right mark before and after each quotation of
 * left-to-right letters alone in a run (../../model/direction.ts leftToRightQuotations): its marks
 * then lie between left-to-right characters (UAX #9 N1) and are drawn with the English they
 * quote, as the PDF draws them, where Word and LibreOffice put the opening “ at the English's far end.
 */
function isolateQuotations(runs: RunOut[]): RunOut[] {
  let out: RunOut[] | undefined;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const quotes = r.kind === 'text' ? leftToRightQuotations(r.text) : [];
    if (r.kind !== 'text' || quotes.length === 0) {
      out?.push(r);
      continue;
    }
    out ??= runs.slice(0, i);
    let text = '';
    let from = 0;
    for (const [start, end] of quotes) {
      text += `${r.text.slice(from, start)}${LRM}${r.text.slice(start, end)}${LRM}`;
      from = end;
    }
    out.push({ ...r, text: text + r.text.slice(from) });
  }
  return out ?? runs;
}

/**
 * In a paragraph with right-to-left text, a left-to-right mark before each number written with a
 * sign or currency before it ("−15%", "$40.00") whose sign the algorithm (UAX #9, which Word and
 * LibreOffice run) sets below its digits (../pdf/bidi.ts lowSignedNumbers): the digits then follow
 * a left-to-right character (W7) and the sign lies between two (N1), so the number reads as
 * written, as the PDF draws it, where "−15%" after Hebrew showed "15%−". One mark, not a pair
 * around it: what follows the number is neutral or right-to-left and needs none. A number whose
 * sign the algorithm keeps with it ("$40.00" after Hebrew) gets none.
 */
function markSignedNumbers(runs: RunOut[], rtl: boolean): RunOut[] {
  if (!rtl && !runs.some((r) => r.kind === 'text' && r.props.rightToLeft)) return runs;
  // The paragraph's text, a space standing for a field or a break, each run's offset in it.
  let text = '';
  const at: number[] = [];
  for (const r of runs) {
    at.push(text.length);
    text += r.kind === 'text' ? r.text : ' ';
  }
  const spans = lowSignedNumbers(text, rtl);
  if (spans.length === 0) return runs;
  return runs.map((r, i) => {
    if (r.kind !== 'text') return r;
    const from = at[i]!;
    const starts = spans.map(([s]) => s - from).filter((s) => s >= 0 && s < r.text.length);
    if (starts.length === 0) return r;
    let out = '';
    let last = 0;
    for (const s of starts) {
      out += `${r.text.slice(last, s)}${LRM}`;
      last = s;
    }
    return { ...r, text: out + r.text.slice(last) };
  });
}

/** Runs of a paragraph's inline content (`rtl`: the paragraph is right-to-left, isRtlParagraph). */
export function inlineRuns(children: Inline[], ctx: RunContext, rtl = isRtlParagraph(children)): RunOut[] {
  const out: RunOut[] = [];
  for (const c of children) out.push(...dispatchInline(INLINE, c, ctx));
  return weakAfterScripts(markSignedNumbers(rtl ? isolateQuotations(out) : isolateRtl(out), rtl));
}

/**
 * Plain text run (signature lines, banner). `rtl`: the direction of the paragraph it is set in,
 * when not its own (a signature's: ./blocks.ts signature).
 */
export function plainRuns(text: string, ctx: RunContext, marks: Marks = {}, rtl = isRtlParagraph([{ type: 'text', text }])): RunOut[] {
  const runs = textRuns(text, runProps(marks, ctx));
  return weakAfterScripts(markSignedNumbers(rtl ? isolateQuotations(runs) : isolateRtl(runs), rtl));
}

/**
 * The runs of a line of left-to-right text set in a right-to-left paragraph (a right-to-left
 * signature's "Date: March 7, 2026"), between two left-to-right marks: every character of it then
 * lies between left-to-right letters (UAX #9 N1), so it reads left to right as one piece set at
 * the paragraph's start, the right, as the PDF sets it (a line of its own there). Without them the
 * blank date line "Date: ____" showed its underscores left of "Date:" (they were neutrals between
 * the line's last letter and the paragraph's right-to-left end).
 */
export function leftToRightLine(text: string, ctx: RunContext): RunOut[] {
  const runs = textRuns(text, runProps({}, ctx)); // no right-to-left stretch in it for isolateRtl to order
  const mark: RunOut = { kind: 'text', props: runProps({}, ctx), text: LRM };
  return weakAfterScripts([mark, ...runs, mark]);
}
