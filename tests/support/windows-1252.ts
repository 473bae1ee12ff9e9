// Text as Windows-1252 bytes, as Excel's plain "CSV" and Windows programs' "ANSI" save it, for tests
// of input in that encoding. Node has no encoder for it, and Buffer's 'latin1' writes ’ (U+2019)
// as 0x19, not the 0x92 Windows writes: a test that used it never met a byte in 0x80–0x9F.
const HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** `text` in Windows-1252; a character it has no byte for throws (a test's own mistake). */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const cp = c.codePointAt(0)!;
      if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) return cp;
      const b = HIGH[c];
      if (b === undefined) throw new Error(`no Windows-1252 byte for U+${cp.toString(16)}`);
      return b;
    }),
  );
}
