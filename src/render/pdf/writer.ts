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

/** The text of an object given in a run (`run`): never written, the run's bytes are. */
const RUN = '(run)';

// %PDF-1.7 and a comment of four bytes above 127 (§7.5.2; ISO 19005-2 §6.1.2 requires it).
const HEADER = '%PDF-1.7\n%\x81\x81\x81\x81\n';

/** Latin-1 bytes of a string of code units below 256 (object text) at `at` in `buf`; returns the end. */
function put(buf: Buffer, s: string, at: number): number {
  return at + buf.write(s, at, 'latin1');
}

/** The end of a cross-reference row after its offset: " 00000 n \n". */
const ROW_END = [0x20, 0x30, 0x30, 0x30, 0x30, 0x30, 0x20, 0x6e, 0x20, 0x0a];

/** Objects given whole as bytes (PdfWriter.run). */
interface ObjectRun {
  bytes: Uint8Array;
  /** Where each object of the run starts in `bytes`, in number order. */
  starts: readonly number[];
}

export class PdfWriter {
  /** Per object (number - 1): its text, or a stream's dictionary entries ('': not given yet). */
  private readonly objects: string[] = [];
  /** Per object: a stream's data. */
  private readonly data: Array<Uint8Array | undefined> = [];
  /** Per object: the run of objects given as bytes that starts with it (`run`). */
  private readonly runs: Array<ObjectRun | undefined> = [];

  /** A new object number (its object is given later with `obj`, `stream` or `run`). */
  ref(): number {
    this.objects.push('');
    this.data.push(undefined);
    this.runs.push(undefined);
    return this.objects.length;
  }

  /** Set object `n` to `text` (a dictionary, array, number...). */
  obj(n: number, text: string): number {
    this.objects[n - 1] = text;
    this.data[n - 1] = undefined;
    return n;
  }

  /** A new object holding `text`; returns its number. */
  add(text: string): number {
    return this.obj(this.ref(), text);
  }

  /** Set object `n` to a stream: `dict` is the dictionary's entries (without /Length). */
  stream(n: number, dict: string, data: Uint8Array): number {
    this.objects[n - 1] = dict;
    this.data[n - 1] = data;
    return n;
  }

  /**
   * Objects `first` … `first + starts.length - 1` given whole as Latin-1 bytes, each written
   * `n 0 obj\n…\nendobj\n` as the file lists any object, in number order; `starts[k]` is where
   * object `first + k` starts in `bytes`. For the many objects of one short shape a writer makes
   * in a loop (the structure tree's elements, tagged.ts): their text goes straight into bytes,
   * not through a string per object that `bytes()` would join and encode again (issue 18).
   */
  run(first: number, bytes: Uint8Array, starts: readonly number[]): void {
    for (let k = 0; k < starts.length; k++) {
      this.objects[first - 1 + k] = RUN;
      this.data[first - 1 + k] = undefined;
    }
    this.runs[first - 1] = { bytes, starts };
  }

  /**
   * The file: every object, the cross-reference table and the trailer (`trailer`: its entries
   * besides /Size). The objects' text is joined into one string between stream data (V8 joins
   * strings without copying them) and written once into a buffer of the file's exact size; the
   * cross-reference rows are written as bytes.
   */
  bytes(trailer: string): Uint8Array {
    const { objects, data } = this;
    const count = objects.length;
    const n = count + 1;
    const offsets = new Array<number>(count);
    // Text runs between stream data: text[i] comes before data[i] (the last run has no data).
    const texts: string[] = [];
    const datas: Uint8Array[] = [];
    let pending = HEADER;
    let done = 0; // bytes in the runs and data before `pending`
    const runs = this.runs;
    for (let i = 0; i < count; i++) {
      const r = runs[i];
      if (r !== undefined) {
        // A run of whole objects: its bytes between the text runs, as stream data is.
        const at = done + pending.length;
        for (let k = 0; k < r.starts.length; k++) offsets[i + k] = at + r.starts[k]!;
        texts.push(pending);
        datas.push(r.bytes);
        done = at + r.bytes.length;
        pending = '';
        i += r.starts.length - 1;
        continue;
      }
      offsets[i] = done + pending.length;
      const o = objects[i]!;
      const d = data[i];
      if (d === undefined) {
        pending += `${i + 1} 0 obj\n${o === '' ? 'null' : o}\nendobj\n`;
        continue;
      }
      pending += `${i + 1} 0 obj\n<<${o} /Length ${d.length}>>\nstream\n`;
      texts.push(pending);
      datas.push(d);
      done += pending.length + d.length;
      pending = '\nendstream\nendobj\n';
    }
    const xref = done + pending.length;
    pending += `xref\n0 ${n}\n0000000000 65535 f \n`;
    const tail = `trailer\n<< /Size ${n} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
    const size = done + pending.length + 20 * count + tail.length;
    const file = Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = 0; k < texts.length; k++) {
      at = put(file, texts[k]!, at);
      const d = datas[k]!;
      file.set(d, at);
      at += d.length;
    }
    at = put(file, pending, at);
    // Cross-reference rows: "0000012345 00000 n \n".
    for (let i = 0; i < count; i++) {
      let v = offsets[i]!;
      for (let k = 9; k >= 0; k--) {
        const q = Math.floor(v / 10);
        file[at + k] = 48 + (v - q * 10);
        v = q;
      }
      at += 10;
      for (let k = 0; k < ROW_END.length; k++) file[at++] = ROW_END[k]!;
    }
    at = put(file, tail, at);
    if (at !== size) throw new Error(`PDF writer: wrote ${at} bytes of ${size}`);
    return file;
  }
}
