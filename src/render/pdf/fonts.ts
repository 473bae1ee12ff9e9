// CONTRACT STUB (foundation issue): the PDF helper replaces this file.

/** First code point in `text` that the PDF cannot print: no font covers it, or a right-to-left script. */
export function findUnprintable(text: string): { codePoint: number; reason: 'no-font' | 'rtl' } | null {
  void text;
  return null;
}
