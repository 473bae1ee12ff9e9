// Stage timings of one render, for the benchmarks (bench/kinds.ts) and anyone profiling: a side
// channel only. The times are read with performance.now() and handed to the caller's `onStage`;
// they never reach the document (its bytes stay a pure function of the case).

/** The stages of `generate()` in order (docs/architecture.md §Pipeline). */
export const STAGES = ['validate', 'compute', 'template', 'markup', 'layout', 'paint', 'save'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Told the milliseconds spent in each stage as it ends. A stage may be reported more than once in
 * one render (the PDF's printable-text check is part of `validate`, after the markup): sum them.
 *
 * What each stage covers:
 * - validate: the zod schema (and, for a PDF, the check that every string can be printed);
 * - compute: the kind's legal computations and the document fingerprint;
 * - template: the kind's view and Handlebars;
 * - markup: parsing the markup into the document model;
 * - layout: PDF line breaking and pagination; DOCX the block handlers' paragraph, run and table
 *   descriptions (src/render/docx/out.ts);
 * - paint: PDF page operators, font subsets, deflate of every stream, the PDF objects' text; DOCX
 *   writing its XML parts (src/render/docx/xml.ts), the Word fixes and the embedded fonts;
 * - save: PDF laying the objects out in the file with its cross-reference table (writer.ts); DOCX the ZIP.
 */
export type OnStage = (stage: Stage, ms: number) => void;

/** A stopwatch that reports the time since its last lap (or start) to `onStage`; free when there is none. */
export interface Laps {
  (stage: Stage): void;
  /** Start the next lap now (time before it is nobody's stage, e.g. loading a renderer's code). */
  restart(): void;
}

const none: Laps = Object.assign(() => {}, { restart: () => {} });

export function laps(onStage: OnStage | undefined): Laps {
  if (onStage === undefined) return none;
  let t = performance.now();
  return Object.assign(
    (stage: Stage): void => {
      const now = performance.now();
      onStage(stage, now - t);
      t = now;
    },
    {
      restart: (): void => {
        t = performance.now();
      },
    },
  );
}
