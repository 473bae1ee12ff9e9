// Real Word numbering for lists (docx `numbering` config: one abstract numbering per counter and
// one concrete instance of it), planned while the body is rendered.
//
// The model already carries each ordered item's printed `number`, continuous through a series
// (declarations number paragraphs across headings). Word must show exactly those numbers, so the
// plan follows them: all lists of one series at one depth share one counter (one reference, one
// instance) as long as each item's number is the previous one plus one; a list without a series
// gets a counter of its own; wherever a number does not continue the counter (a new list, an
// explicit `start`), a new counter starts at that number (`w:startOverride` = the item's number).
// Word's counters then produce item.number for every item, by construction.
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';
import { BULLET_HANGING, LIST_INDENT, NUMBER_HANGING } from './geometry.js';
import type { ListDelimiter, ListNumbering } from '../../model/types.js';
import { DELIMIT } from '../list-indent.js';

/** Word allows list levels 0–8; deeper nesting stays at the last level's indent. */
export const MAX_LEVEL = 8;

/** Left indent of list text at a nesting level (twips); the marker hangs before it. */
export function listIndent(level: number): number {
  return LIST_INDENT * (Math.min(level, MAX_LEVEL) + 1);
}

/** The PDF's bullet at every level (src/render/pdf/blocks.ts). */
const BULLETS = ['\u2022'];

/** Levels 0..last: only as many as used (an abstract list may define fewer than 9 levels). */
function levelsTo(last: number): number[] {
  return Array.from({ length: last + 1 }, (_, i) => i);
}

/**
 * Where a marker is justified at its position (left - hanging from the text's side): its right
 * edge there in a left-to-right item, so it ends 6 pt before the text as the PDF draws it. In a
 * right-to-left item (w:bidi) the marker's left edge, so it starts 6 pt right of the text: lvlJc
 * names a side of the page whatever the paragraph's direction (ECMA-376 Part 1 §17.9.8, "always
 * specified relative to the page"), and LibreOffice (7.4) reads it so: with "right" it put the
 * number's right edge there, over the text's first 9 pt, and the first line's text went on at the
 * next default tab stop, ~9 pt short of the item's other lines ("10." 45 pt short).
 */
const MARKER_JC = { ltr: AlignmentType.RIGHT, rtl: AlignmentType.LEFT } as const;
type Direction = keyof typeof MARKER_JC;

function bulletLevels(last: number, dir: Direction): ILevelsOptions[] {
  return levelsTo(last).map((level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length]!,
    // As the PDF: the marker ends 6 pt before the item's text (justified at left - hanging).
    alignment: MARKER_JC[dir],
    style: { paragraph: { indent: { left: listIndent(level), hanging: BULLET_HANGING } } },
  }));
}

/**
 * Word's number format of each numbering of the model (ECMA-376 Part 1 §17.18.59): a total map,
 * so a numbering added to the model does not compile until the DOCX prints it. The PDF prints the
 * same text (../list-indent.ts NUMBER_FORMAT, letters past "z" doubled as Word doubles them).
 */
const LEVEL_FORMAT: { [K in ListNumbering]: (typeof LevelFormat)[keyof typeof LevelFormat] } = {
  decimal: LevelFormat.DECIMAL,
  'lower-letter': LevelFormat.LOWER_LETTER,
  'upper-letter': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
};

/** Levels 0..startLevel of a counter; the list's own level (`startLevel`) in its numbering. */
function orderedLevels(startLevel: number, start: number, dir: Direction, numbering: ListNumbering, delimiter: ListDelimiter): ILevelsOptions[] {
  return levelsTo(startLevel).map((level) => ({
    level,
    format: level === startLevel ? LEVEL_FORMAT[numbering] : LevelFormat.DECIMAL,
    // The level's number in the list's delimiters ("%1.", "%1)", "(%1)"), as the PDF prints them.
    text: level === startLevel ? DELIMIT[delimiter](`%${level + 1}`) : `%${level + 1}.`,
    alignment: MARKER_JC[dir],
    start: level === startLevel ? start : 1,
    style: { paragraph: { indent: { left: listIndent(level), hanging: NUMBER_HANGING } } },
  }));
}

export interface NumberingRef {
  reference: string;
  level: number;
  /** The level's hanging indent (twips): where the marker ends, before the text. */
  hanging: number;
}

interface Counter {
  reference: string;
  next: number;
}

export class NumberingPlan {
  private readonly config: { reference: string; levels: ILevelsOptions[] }[] = [];
  /** Open counters by key: `s:<series>:<level>` for series, `l:<n>` for one unseries list. */
  private readonly counters = new Map<string, Counter>();
  private listCount = 0;
  /** Deepest bullet level used, -1 when none, for left-to-right and right-to-left items. */
  private readonly bulletDepth = { ltr: -1, rtl: -1 };

  /** A key for one ordered list: lists of a series at the same depth share one counter. */
  listKey(series: string | undefined, level: number): string {
    return series !== undefined ? `s:${level}:${series}` : `l:${this.listCount++}`;
  }

  /**
   * The numbering of an ordered item printed as `number` (or the next number when absent); `rtl`
   * for an item whose paragraph is right-to-left (its marker justified the other way, MARKER_JC:
   * a counter of its own, which the numbers keep equal to the model's as for any new counter);
   * `numbering`: the list's (letters, roman numerals), a counter of its own too, and so is a
   * `delimiter` other than a period ("1)", "(a)").
   */
  ordered(listKey: string, level: number, number: number | undefined, rtl = false, numbering: ListNumbering = 'decimal', delimiter: ListDelimiter = 'period'): NumberingRef {
    const lvl = Math.min(level, MAX_LEVEL);
    const dir: Direction = rtl ? 'rtl' : 'ltr';
    // A counter prints in one format: a list of the series in another numbering starts its own.
    const key = `${listKey}${rtl ? ':rtl' : ''}${numbering === 'decimal' ? '' : `:${numbering}`}${delimiter === 'period' ? '' : `:${delimiter}`}`;
    const open = this.counters.get(key);
    if (open !== undefined && (number === undefined || number === open.next)) {
      open.next += 1;
      return { reference: open.reference, level: lvl, hanging: NUMBER_HANGING };
    }
    const start = number ?? 1;
    const reference = `harbor-ol-${this.config.length}`;
    this.config.push({ reference, levels: orderedLevels(lvl, start, dir, numbering, delimiter) });
    this.counters.set(key, { reference, next: start + 1 });
    return { reference, level: lvl, hanging: NUMBER_HANGING };
  }

  /** The numbering of a bulleted item (`rtl`: its paragraph is right-to-left, as `ordered`). */
  bullet(level: number, rtl = false): NumberingRef {
    const lvl = Math.min(level, MAX_LEVEL);
    const dir: Direction = rtl ? 'rtl' : 'ltr';
    this.bulletDepth[dir] = Math.max(this.bulletDepth[dir], lvl);
    return { reference: rtl ? 'harbor-ul-rtl' : 'harbor-ul', level: lvl, hanging: BULLET_HANGING };
  }

  /** The `numbering` option of the docx Document: every counter used, in first-use order. */
  options(): INumberingOptions {
    const config = [...this.config];
    if (this.bulletDepth.rtl >= 0) config.unshift({ reference: 'harbor-ul-rtl', levels: bulletLevels(this.bulletDepth.rtl, 'rtl') });
    if (this.bulletDepth.ltr >= 0) config.unshift({ reference: 'harbor-ul', levels: bulletLevels(this.bulletDepth.ltr, 'ltr') });
    return { config };
  }
}
