// The deflate window a stream needs: the smallest that holds the whole input (issue 18).
//
// Why: zlib (Node's is Chromium's) clears its window, its chain table and its hash table when a
// deflate stream starts, sized by `windowBits`: at the default 15 that is ~200 KB of memset for
// every call, more than compressing a 6 KB PDF page at level 1 (callgrind of every fixture's 414
// page streams, docs/speed.md). A window of 2^w bytes lets deflate reach back w - 262 bytes
// (MAX_DIST = window - MIN_LOOKAHEAD, zlib's deflate.h); when the whole input fits in that reach,
// no match of the full window is ever out of reach and the window never slides, so the compressed
// data are the same bytes as with the full window. Only a zlib stream's header (RFC 1950 CMF,
// CINFO = w - 8) records the window: a raw deflate stream (RFC 1951: the DOCX and batch ZIP entries)
// is byte for byte what it was.
/** zlib's MIN_LOOKAHEAD: a match can reach back at most the window less this. */
const MIN_LOOKAHEAD = 262;
/** zlib's smallest window for deflate (8 is read as 9) and its largest. */
const MIN_BITS = 9;
const MAX_BITS = 15;

/** `windowBits` for deflating `length` bytes: the smallest window whose reach holds them all, at most 15. */
export function windowBitsFor(length: number): number {
  let bits = MIN_BITS;
  while (bits < MAX_BITS && 2 ** bits < length + MIN_LOOKAHEAD) bits++;
  return bits;
}
