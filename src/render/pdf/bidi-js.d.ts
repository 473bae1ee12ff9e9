// Types for the `bidi-js` package (the Unicode Bidirectional Algorithm, UAX #9), which ships none:
// only what ./bidi.ts calls.
declare module 'bidi-js' {
  export interface EmbeddingLevels {
    /** Resolved embedding level of each UTF-16 code unit (even: left to right, odd: right to left). */
    levels: Uint8Array;
    paragraphs: Array<{ start: number; end: number; level: number }>;
  }
  export interface Bidi {
    getEmbeddingLevels(text: string, baseDirection?: 'ltr' | 'rtl'): EmbeddingLevels;
    /** The mirrored counterpart of a character (Bidi_Mirroring_Glyph: "(" for ")"), or null. */
    getMirroredCharacter(ch: string): string | null;
  }
  export default function bidiFactory(): Bidi;
}
