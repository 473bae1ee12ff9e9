// Types for the `linebreak` package (UAX #14 line breaking), which ships none.
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index where a line may (or must) start. */
    position: number;
    /** A mandatory break (after a line separator). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
