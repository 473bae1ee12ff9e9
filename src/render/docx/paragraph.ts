// Paragraph options shared by body paragraphs, list items, headings and table cells.
import { AlignmentType, LineRuleType } from 'docx';
import { lineTwips } from './geometry.js';
import type { Align, Inline } from '../../model/types.js';
import type { ParaOut } from './out.js';
import { inlineRuns, isRtlParagraph, type RunContext } from './runs.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * Paragraph options shared by body paragraphs, list items and cells. The default `left` is not
 * written: it is Word's default for left-to-right paragraphs, and in a right-to-left paragraph
 * (w:bidi) leaving it out makes the paragraph start at the right margin, as RTL text should.
 * docx maps an explicit right/center/justify in an RTL paragraph to the page side it names.
 */
export function paragraphOpts(children: Inline[], align: Align, run: RunContext): ParaOut['opts'] {
  const rtl = isRtlParagraph(children);
  return {
    children: inlineRuns(children, run, rtl),
    ...(rtl ? { bidirectional: true } : {}),
    ...(align !== 'left' ? { alignment: ALIGN[align] } : {}),
    // Smaller type (header, footer, table) has the PDF's smaller line height too.
    ...(run.size !== undefined ? { spacing: { line: lineTwips(run.size), lineRule: LineRuleType.EXACT } } : {}),
  };
}

