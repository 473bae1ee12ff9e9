// A minimal PDF file writer (ISO 32000-1 §7.5: header, body of indirect objects, cross-reference
// table, trailer). The paint step writes each object's text itself; this only numbers objects,
// adds stream lengths and lays the file out.
//
// Why not pdf-lib's object model and save(): a tagged document has one indirect object per
// structure element (hundreds for a table), and building them as PDFDict/PDFArray/PDFName objects
// and serialising them again was the largest cost of a warm render after layout (pdf-lib 14 % of
// the T-visa PDF's CPU, plus the garbage it leaves; bench/results.md). Every object Harbor writes
// is a short fixed shape, so writing its text directly is simple and byte-for-byte deterministic.
//
// Object text is ASCII (names, numbers, references, literal and hex strings); stream data is
// bytes. Object numbers are handed out by `ref()` and may be filled in any order; the file lists
// them in number order.

/** An indirect reference in object text: `12 0 R`. */
export function ref(n: number): string {
  return `${n} 0 R`;
}

/** A PDF literal string of printable ASCII (§7.3.4.2), escaping the delimiters. */
export function literal(s: string): string {
  return `(${s.replace(/[()\\]/g, (c) => `\\${c}`)})`;
}

/**
 * A PDF text string (§7.9.2.2): a literal when all of it is printable ASCII, otherwise UTF-16BE
 * with a byte order mark, as a hex string.
 */
export function textString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return literal(s);
  let h = '<feff';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0');
  return `${h}>`;
}

/** A number as PDF writes it: at most 2 decimals, no exponent, no "-0". */
export function num(n: number): string {
  // Integer hundredths, written without the double-to-shortest-string conversion of String(r /
  // 100) (the same digits: a number with at most two decimals is its own shortest form).
  const c = Math.round(n * 100);
  if (c % 100 === 0) return c === 0 ? '0' : String(c / 100);
  const a = c < 0 ? -c : c;
  const f = a % 100;
  const frac = f % 10 === 0 ? String(f / 10) : f < 10 ? `0${f}` : String(f);
  return `${c < 0 ? '-' : ''}${(a - f) / 100}.${frac}`;
}

type Body = string | { dict: string; data: Uint8Array };

// %PDF-1.7 and a comment of four bytes above 127 (§7.5.2; ISO 19005-2 §6.1.2 requires it).
const HEADER = '%PDF-1.7\n%\x81\x81\x81\x81\n';

export class PdfWriter {
  private readonly objects: Body[] = [];

  /** A new object number (its object is given later with `obj` or `stream`). */
  ref(): number {
    this.objects.push('');
    return this.objects.length;
  }

  /** Set object `n` to `text` (a dictionary, array, number...). */
  obj(n: number, text: string): number {
    this.objects[n - 1] = text;
    return n;
  }

  /** A new object holding `text`; returns its number. */
  add(text: string): number {
    return this.obj(this.ref(), text);
  }

  /** Set object `n` to a stream: `dict` is the dictionary's entries (without /Length). */
  stream(n: number, dict: string, data: Uint8Array): number {
    this.objects[n - 1] = { dict, data };
    return n;
  }

  /** The file: every object, the cross-reference table and the trailer (`trailer`: its entries besides /Size). */
  bytes(trailer: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    const offsets = new Array<number>(this.objects.length);
    let pending = HEADER;
    let size = 0;
    const flush = () => {
      const b = Buffer.from(pending, 'latin1');
      chunks.push(b);
      size += b.length;
      pending = '';
    };
    this.objects.forEach((o, i) => {
      offsets[i] = size + pending.length;
      if (typeof o === 'string') {
        pending += `${i + 1} 0 obj\n${o === '' ? 'null' : o}\nendobj\n`;
        return;
      }
      pending += `${i + 1} 0 obj\n<<${o.dict} /Length ${o.data.length}>>\nstream\n`;
      flush();
      chunks.push(o.data);
      size += o.data.length;
      pending = '\nendstream\nendobj\n';
    });
    const xref = size + pending.length;
    const n = this.objects.length + 1;
    pending += `xref\n0 ${n}\n0000000000 65535 f \n`;
    for (const off of offsets) pending += `${String(off).padStart(10, '0')} 00000 n \n`;
    pending += `trailer\n<< /Size ${n} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
    flush();
    return Buffer.concat(chunks, size);
  }
}
