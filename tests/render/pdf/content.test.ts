// Page content streams written with state (src/render/pdf/content.ts): text placed relative to
// the previous line must put every glyph origin exactly where the old absolute "1 0 0 1 x y Tm"
// put it, in the arithmetic of two readers (ISO 32000-1 read with correctly rounded numbers, and
// poppler's lexer and text state, the rasteriser behind our pixel checks); runs of rules merged
// into longer segments must cover exactly the same lines at the same widths. The streams are read
// back here by a small tokenizer written apart from the writer.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageContent } from '../../../src/render/pdf/content.js';
import { FaceUse } from '../../../src/render/pdf/embed.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { paint } from '../../../src/render/pdf/paint.js';
import { specimenModel, specimenView } from '../../specimen/index.js';

type Token = { num: number; text: string } | { op: string } | { other: string };

/** Content stream tokens: numbers (with their text), operators, and anything else (strings, names, dictionaries, arrays) as opaque. */
function tokens(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      let depth = 0;
      const from = i;
      for (; i < s.length; i++) {
        if (s[i] === '\\') i++;
        else if (s[i] === '(') depth++;
        else if (s[i] === ')' && --depth === 0) break;
      }
      out.push({ other: s.slice(from, ++i) });
    } else if (c === '[' || c === ']') {
      out.push({ other: c });
      i++;
    } else if (s.startsWith('<<', i) || s.startsWith('>>', i)) {
      out.push({ other: s.slice(i, i + 2) });
      i += 2;
    } else if (c === '/') {
      const m = /^\/[^\s/()<>[\]]*/.exec(s.slice(i))![0];
      out.push({ other: m });
      i += m.length;
    } else {
      const m = /^[^\s/()<>[\]]+/.exec(s.slice(i))![0];
      if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(m)) out.push({ num: Number(m), text: m });
      else out.push({ op: m });
      i += m.length;
    }
  }
  return out;
}

/** A number token as poppler's Lexer::getObj reads it: an integer exactly; a real as its integer part, then + 0.1·d1, + 0.01·d2 … with the scale itself multiplied by 0.1 each digit; then the sign. */
function popplerRead(text: string): number {
  const neg = text.startsWith('-');
  const body = neg || text.startsWith('+') ? text.slice(1) : text;
  const [ip, frac] = body.split('.');
  let v = Number(ip || '0');
  if (frac !== undefined) {
    let scale = 0.1;
    for (const d of frac) {
      v = v + scale * Number(d);
      scale *= 0.1;
    }
  }
  return neg ? -v : v;
}

interface Origin {
  /** §9.4.2 read with correctly rounded numbers. */
  spec: [number, number];
  /** poppler: line position since the last Tm/BT plus the Tm origin. */
  poppler: [number, number];
}

/** The origin of every text-showing operator (Tj, TJ), in both readers' arithmetic, and the operators used. */
function textOrigins(stream: string): { origins: Origin[]; ops: Map<string, number> } {
  const origins: Origin[] = [];
  const ops = new Map<string, number>();
  const args: Array<{ num: number; text: string }> = [];
  // spec: the text line matrix origin; poppler: tm origin + line position; leading in both.
  let sx = 0, sy = 0, tmx = 0, tmy = 0, lx = 0, ly = 0, sLead = 0, pLead = 0;
  const move = (a: { num: number; text: string }, b: { num: number; text: string }) => {
    sx = sx + a.num;
    sy = sy + b.num;
    lx = lx + popplerRead(a.text);
    ly = ly + popplerRead(b.text);
  };
  for (const t of tokens(stream)) {
    if ('num' in t) {
      args.push(t);
      continue;
    }
    if ('op' in t) {
      ops.set(t.op, (ops.get(t.op) ?? 0) + 1);
      const n = args.length;
      switch (t.op) {
        case 'BT':
          sx = sy = tmx = tmy = lx = ly = 0;
          break;
        case 'Tm':
          sx = args[n - 2]!.num;
          sy = args[n - 1]!.num;
          tmx = popplerRead(args[n - 2]!.text);
          tmy = popplerRead(args[n - 1]!.text);
          lx = ly = 0;
          expect(args.slice(n - 6, n - 2).map((a) => a.num)).toEqual([1, 0, 0, 1]);
          break;
        case 'Td':
          move(args[n - 2]!, args[n - 1]!);
          break;
        case 'TD':
          sLead = -args[n - 1]!.num;
          pLead = -popplerRead(args[n - 1]!.text);
          move(args[n - 2]!, args[n - 1]!);
          break;
        case 'TL':
          sLead = args[n - 1]!.num;
          pLead = popplerRead(args[n - 1]!.text);
          break;
        case 'T*':
          sy = sy - sLead;
          ly = ly - pLead;
          break;
        case 'Tj':
        case 'TJ':
          origins.push({ spec: [sx, sy], poppler: [lx + tmx, ly + tmy] });
          break;
      }
      args.length = 0;
    }
  }
  return { origins, ops };
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const face = harborFonts.face('regular');

/** The absolute origin each reader gets from "1 0 0 1 x y Tm" with x, y written to hundredths (the old placement). */
function absolute(x: number, y: number): Origin {
  const xs = String(Math.round(x * 100) / 100);
  const ys = String(Math.round(y * 100) / 100);
  return { spec: [Number(xs), Number(ys)], poppler: [popplerRead(xs), popplerRead(ys)] };
}

describe('PageContent text placement', () => {
  it('puts every line where the absolute Tm put it, bit for bit in both readers, mostly with Td/TD/T*', () => {
    const use = new FaceUse(face, 1, 'F1');
    const page = new PageContent();
    page.reset();
    const want: Origin[] = [];
    // Table-like rows of cells (columns at two-decimal x, rows and cell lines at fixed steps),
    // paragraphs at a leading of 15.6, and pseudo-random positions anywhere on the page.
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const place = (x: number, y: number) => {
      page.textAt(x, y, use, 10);
      page.out.ascii('(a) Tj\n');
      want.push(absolute(x, y));
    };
    let y = 740.3;
    for (let row = 0; row < 40; row++) {
      for (const x of [76, 151.56 + 4, 203.04 + 4, 273.24 + 4, 359.56, 425.99, 499.96]) {
        place(x, y);
        if (row % 3 === 0) place(x, y - 13);
      }
      y -= row % 3 === 0 ? 32 : 19;
      if (row === 20) page.shade(72, y, 468, 5, 0.9); // ends the text object: BT starts from the identity again
    }
    for (let i = 0, py = 700.1; i < 30; i++, py -= 15.6) place(72, py);
    for (let i = 0; i < 300; i++) place(Math.round(rnd() * 61200) / 100, Math.round(rnd() * 79200) / 100 + rnd() / 1000);
    const { origins, ops } = textOrigins(latin1(page.finish()));
    expect(origins).toHaveLength(want.length);
    origins.forEach((o, i) => {
      expect(o.spec, `line ${i} (pdf.js arithmetic)`).toEqual(want[i]!.spec);
      expect(o.poppler, `line ${i} (poppler arithmetic)`).toEqual(want[i]!.poppler);
    });
    // The relative forms are used (most of the table and paragraph lines; the random jumps mostly
    // not), and an absolute Tm only where a sum would be off by a bit.
    expect(ops.get('Td')! + ops.get('TD')! + ops.get('T*')!).toBeGreaterThan(250);
    expect(ops.get('T*')).toBeGreaterThan(20);
    expect(ops.get('Tm')).toBeGreaterThan(0);
    expect(ops.get('BT')).toBe(2);
  });

  it('selects the font once per change and keeps it across BT/ET; black fill again after a shaded rectangle', () => {
    const a = new FaceUse(face, 1, 'F1');
    const b = new FaceUse(harborFonts.face('bold'), 2, 'F2');
    const page = new PageContent();
    page.reset();
    page.textAt(72, 700, a, 10);
    page.textAt(72, 687, a, 10);
    page.shade(72, 600, 468, 19, 0.9);
    page.textAt(76, 606, a, 10);
    page.textAt(76, 590, b, 10);
    page.textAt(76, 570, b, 12);
    const s = latin1(page.finish());
    expect(s.match(/Tf/g)).toHaveLength(3);
    expect(s).toContain('/Artifact BMC 0.9 g 72 600 468 19 re f EMC\n0 g\nBT\n');
    expect(s.match(/ g\b/g)).toHaveLength(2);
    page.reset(); // a new page starts from the default state: its first text selects the font again
    page.textAt(72, 700, a, 10);
    expect(latin1(page.finish())).toBe('BT\n/F1 10 Tf\n72 700 Td\nET\n');
  });
});

/** Segments of rules in a stream: [x1, y1, x2, y2, width], width from the last `w` (1 by default). */
function ruleSegments(stream: string): number[][] {
  const segs: number[][] = [];
  let w = 1;
  let args: number[] = [];
  let from: number[] = [];
  for (const t of tokens(stream)) {
    if ('num' in t) args.push(t.num);
    else if ('op' in t) {
      if (t.op === 'w') w = args[0]!;
      else if (t.op === 'm') from = args;
      else if (t.op === 'l') segs.push([...from, ...args, w]);
      args = [];
    }
  }
  return segs;
}

/**
 * The points (in hundredths) a set of axis-parallel segments covers, per line and width, as each
 * line's maximal runs of covered points: the same answer as the set of points, without building a
 * million of them (that took ~37 s, over the test's limit on a loaded host).
 */
function covered(segs: number[][]): string[] {
  const runs = new Map<string, [number, number][]>();
  for (const [x1, y1, x2, y2, w] of segs.map((s) => s.map((v) => Math.round(v * 100)))) {
    const [key, a, b] = x1 === x2 ? [`v ${x1} ${w}`, y1!, y2!] : [`h ${y1} ${w}`, x1!, x2!];
    runs.set(key, [...(runs.get(key) ?? []), [Math.min(a, b), Math.max(a, b)]]);
  }
  const out: string[] = [];
  for (const [key, list] of runs) {
    list.sort((p, q) => p[0] - q[0]);
    const merged: [number, number][] = [];
    // Points are whole hundredths, so runs that touch or overlap (start ≤ last end + 1) are one.
    for (const [a, b] of list) {
      const last = merged.at(-1);
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    for (const [a, b] of merged) out.push(`${key}: ${a}..${b}`);
  }
  return out.sort();
}

describe('PageContent rules', () => {
  it('joins touching collinear rules of one width into one segment, covering exactly the same lines', () => {
    const page = new PageContent();
    page.reset();
    const drawn: number[][] = [];
    const rule = (x1: number, y1: number, x2: number, y2: number, w: number) => {
      page.rule(x1, y1, x2, y2, w);
      drawn.push([x1, y1, x2, y2, w]);
    };
    // A table of 20 rows: each row's top rule and its column borders, as the layout gives them;
    // a thicker rule under row 10 and a thicker border at one row of the last column (neither
    // joined with the thin ones); a gap in one column.
    const cols = [72, 151.56, 203.04, 540];
    let y = 700;
    for (let r = 0; r < 20; r++) {
      rule(72, y, 540, y, 0.6);
      for (const x of cols) if (!(x === 151.56 && r === 5)) rule(x, y, x, y - 19, x === 540 && r === 15 ? 1.2 : 0.6);
      if (r === 10) rule(72, y - 19, 540, y - 19, 1.2);
      y -= 19;
    }
    rule(72, y, 540, y, 0.6);
    const s = latin1(page.finish());
    const segs = ruleSegments(s);
    expect(covered(segs)).toEqual(covered(drawn));
    // Columns are joined (one per column, two where the gap is, three where the width changes),
    // rows are not (they do not touch end to start).
    expect(segs.filter((g) => g[0] === g[2])).toHaveLength(cols.length + 3);
    expect(segs.filter((g) => g[1] === g[3])).toHaveLength(22);
    expect(s.startsWith('/Artifact BMC\n0.6 w\n')).toBe(true);
    expect(s.match(/ w\n/g)).toHaveLength(5); // 0.6, then 1.2 and back for each thick rule
    expect(s.endsWith('EMC\n')).toBe(true);
  });
});

describe('paint: page streams read back', () => {
  it("puts each text box's first glyph at the box's origin (to the hundredth), in layout order", async () => {
    const model = specimenModel(specimenView({ rows: 60, paragraphs: 2 }));
    const layout = layoutDocument(model, harborFonts);
    const pdf = latin1(await paint(layout, model, harborFonts));
    // Each page's content stream, in page order (the writer gives pages' /Contents in order).
    const streams = [...pdf.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => {
      const at = pdf.indexOf(`\n${m[1]} 0 obj\n`);
      const len = Number(/\/Length (\d+)>>\nstream\n/.exec(pdf.slice(at))![1]);
      const start = pdf.indexOf('stream\n', at) + 7;
      return inflateSync(Buffer.from(pdf.slice(start, start + len), 'latin1')).toString('latin1');
    });
    expect(streams).toHaveLength(layout.pages.length);
    let boxes = 0;
    layout.pages.forEach((page, p) => {
      const { origins } = textOrigins(streams[p]!);
      // A box split into language spans shows several runs from the one origin: keep each box's first.
      const texts = page.boxes.filter((b) => b.type === 'text' && b.text.length > 0);
      let k = 0;
      for (const b of texts) {
        if (b.type !== 'text') continue;
        const want = absolute(b.x, page.height - b.y);
        expect(origins[k]!.spec, `page ${p + 1} ${b.src} ${b.text}`).toEqual(want.spec);
        expect(origins[k]!.poppler, `page ${p + 1} ${b.src}`).toEqual(want.poppler);
        k++;
        while (k < origins.length && origins[k]!.spec[0] === want.spec[0] && origins[k]!.spec[1] === want.spec[1] && /[^\u0000-\u036f]/.test(b.text)) k++;
        boxes++;
      }
      expect(k).toBe(origins.length);
    });
    expect(boxes).toBeGreaterThan(300);
  });
});
