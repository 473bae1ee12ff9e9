// The font programs a render thread keeps between renders, only where every render is for one
// caller: `harbor batch`'s own threads (issue 18; bench/ANALYSIS.md "Round r57's render work").
//
// What is kept: for one face, the subset program, its tag, the widths and the ToUnicode CMap of the
// glyphs a document used, in their order of first use, with the text each stands for (./embed.ts
// faceProgram makes them; a pure function of the face and those glyphs). A batch renders one
// template again and again, so its records use the same glyphs in the same order, and each record
// subset the same faces again: ~1.5 % of a one-year worksheet's render.
//
// Why only there (docs/rendering.md, on the renderers' memos: nothing derived from a case is kept
// across renders): the CMap is the characters a case printed, in the order it first printed them,
// and a render that finds a program kept is faster. In `harbor serve`, whose threads render for every caller, that would keep a case's characters in
// a long-running service's memory and let one caller's render time tell what another rendered; a
// `harbor batch` process renders one file's records for whoever ran it, and ends with the batch.
// Off by default: a thread keeps nothing unless told (src/workers/render-task.ts, from the pool's
// `keepFacePrograms`).

/** What the font objects of one used face are made of (./embed.ts embedFace). */
export interface FaceProgram {
  /** The subset TrueType program (./truetype.ts), stored as it is. */
  bytes: Uint8Array;
  /** `/TAG+PostScriptName` (ISO 32000-1 §9.6.4). */
  baseName: string;
  /** The /W array's widths, in 1/1000 em, each after a space. */
  widths: string;
  /** The ToUnicode CMap's text as Latin-1 bytes. */
  toUnicode: Uint8Array;
}

/**
 * At most this many programs a face, the oldest dropped first: a program is 10–60 KB, and other
 * people's names make other glyph sets (a thread's memory, issue 18 target 2).
 */
export const FACE_PROGRAMS_KEPT = 4;

let keeping = false;
/** Programs by face (the key object: a thread's fonts live as long as it does), then by glyphs and text. */
let kept = new WeakMap<object, Map<string, FaceProgram>>();

/** Keep programs from now on (`harbor batch`'s threads), or stop and forget every one. */
export function keepFacePrograms(on: boolean): void {
  keeping = on;
  if (!on) kept = new WeakMap();
}

/** Whether this thread keeps programs (a key need not be made when not). */
export function keepingFacePrograms(): boolean {
  return keeping;
}

/** The program kept for `face` under `key`, if any. */
export function keptFaceProgram(face: object, key: string): FaceProgram | undefined {
  return keeping ? kept.get(face)?.get(key) : undefined;
}

/** Keep `program` for `face` under `key` (nothing when not keeping). */
export function keepFaceProgram(face: object, key: string, program: FaceProgram): void {
  if (!keeping) return;
  let forFace = kept.get(face);
  if (forFace === undefined) kept.set(face, (forFace = new Map()));
  if (forFace.size >= FACE_PROGRAMS_KEPT) forFace.delete(forFace.keys().next().value!);
  forFace.set(key, program);
}
