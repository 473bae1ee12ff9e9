// Glyphs made for characters the body faces lack (the PDF's subsets and the DOCX's embedded faces
// carry them alike: docs/rendering.md): the minus sign as a composite of the face's own outlines
// (makeMinus), and the check marks, ballot boxes, ballot X, arrows and operators as simple glyphs of
// straight strokes in the face's own weight on its operators' metrics (makeMark, makeOperator).
// Split from truetype.ts, which reads and subsets a font; a made glyph is stored on the font it is
// made for (`TrueTypeFile.made`), by the glyph id `madeGid` gives it.
import { advanceOf, ARG_1_AND_2_ARE_WORDS, ARGS_ARE_XY_VALUES, WE_HAVE_AN_X_AND_Y_SCALE, type TrueTypeFile } from './truetype.js';

/**
 * A glyph made for a character the font lacks (a 'glyf' entry): a composite of the font's own
 * outlines (the minus sign) or a simple glyph of straight strokes drawn here (the check marks,
 * ballot X and ballot boxes), with its metrics in font units.
 */
export interface MadeGlyph {
  glyf: Uint8Array;
  composite: boolean;
  advance: number;
  leftBearing: number;
}

/**
 * The characters a face may make, each at a fixed glyph id past the font's own (numGlyphs + its
 * index here), whatever order a process makes them in, so the PDF's subset tags (drawn from the
 * glyph ids) stay a function of the document: the minus sign (makeMinus), then the ballot box,
 * ballot box with check and with X, check mark, heavy check mark, ballot X and heavy ballot X
 * (makeMark), then the arrows ← ↑ → ↓ ↔ ⇐ ⇒ ⇔ and the operators ≠ ≤ ≥ (makeOperator), which word
 * processors' symbol menus and AutoCorrect type ("-->", "<=>") and Noto Serif lacks. Appended
 * after the others, so the glyph ids made before keep theirs.
 */
export const MADE_CHARS: readonly number[] = [
  0x2212, 0x2610, 0x2611, 0x2612, 0x2713, 0x2714, 0x2717, 0x2718,
  0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x21d0, 0x21d2, 0x21d4, 0x2260, 0x2264, 0x2265,
  // Then the rest of the arrows and operators symbol menus offer beside those (↕ ↖ ↗ ↘ ↙ ⇑ ⇓ ⇕,
  // ≈ ∞ ≡), printed from NanumMyeongjo's hairlines before.
  0x2195, 0x2196, 0x2197, 0x2198, 0x2199, 0x21d1, 0x21d3, 0x21d5, 0x2248, 0x221e, 0x2261,
];
/** The arrows and operators of MADE_CHARS (makeOperator); the others are makeMinus's and makeMark's. */
export const MADE_OPERATORS: readonly number[] = MADE_CHARS.slice(MADE_CHARS.indexOf(0x2190));
/** The turn (degrees, counter-clockwise) of each arrow drawn along +x (makeOperator): → ⇒ ↔ ⇔ none. */
const TURNS = new Map<number, number>([
  [0x2190, 180], [0x21d0, 180],
  [0x2191, 90], [0x21d1, 90], [0x2195, 90], [0x21d5, 90],
  [0x2193, -90], [0x21d3, -90],
  [0x2197, 45], [0x2196, 135], [0x2199, -135], [0x2198, -45],
]);

/** How many glyph ids past a font's own a face may make (the PDF's CID tables leave room for them). */
export const MADE_GLYPHS = MADE_CHARS.length;

/** The glyph id a face gives a made character (MADE_CHARS), or -1 when it makes no such character. */
export function madeGid(tt: TrueTypeFile, cp: number): number {
  const i = MADE_CHARS.indexOf(cp);
  return i < 0 ? -1 : tt.numGlyphs + i;
}

/** A glyph's bounding box in font units (its 'glyf' header), or null for an empty glyph. */
function boxOf(tt: TrueTypeFile, gid: number): [number, number, number, number] | null {
  const start = tt.loca[gid]!;
  if (tt.loca[gid + 1]! - start < 10) return null;
  const at = tt.tables.get('glyf')!.offset + start;
  const v = tt.view;
  return [v.getInt16(at + 2), v.getInt16(at + 4), v.getInt16(at + 6), v.getInt16(at + 8)];
}

/**
 * A minus sign (U+2212) made of the font's own outlines, for a face that has none (Noto Serif has
 * none; word processors type one for a negative amount, "−$40.00"): its figure dash (U+2012, a
 * bar of the stroke of the plus's), stretched or shrunk across to the plus sign's width and moved
 * to the height of the plus's centre, as a composite glyph (OpenType 'glyf': one component with an
 * x and y scale and an offset), with the plus sign's advance. So the minus is the plus's crossbar
 * alone, as typefaces that have one draw it (the arithmetic operator: the plus sign's width, on the
 * math axis; in Noto Serif Regular x 65–494, y 328–387 of an advance of 559). Returns its glyph
 * id (numGlyphs + its index in `made`), or 0 when the font lacks either glyph or has no room left.
 */
export function makeMinus(tt: TrueTypeFile, plusGid: number, dashGid: number): number {
  const plus = plusGid > 0 ? boxOf(tt, plusGid) : null;
  const dash = dashGid > 0 ? boxOf(tt, dashGid) : null;
  if (!plus || !dash || dash[2] <= dash[0]) return 0;
  const sx = (plus[2] - plus[0]) / (dash[2] - dash[0]);
  const f2dot14 = Math.round(sx * 16384); // F2Dot14: 1.0 is 0x4000
  const dx = Math.round(plus[0] - dash[0] * sx);
  const dy = Math.round((plus[1] + plus[3]) / 2 - (dash[1] + dash[3]) / 2);
  const xMin = Math.round(dash[0] * sx) + dx;
  const xMax = Math.round(dash[2] * sx) + dx;
  const glyf = new Uint8Array(22);
  const v = new DataView(glyf.buffer);
  v.setInt16(0, -1); // numberOfContours < 0: a composite
  v.setInt16(2, xMin);
  v.setInt16(4, dash[1] + dy);
  v.setInt16(6, xMax);
  v.setInt16(8, dash[3] + dy);
  v.setUint16(10, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | WE_HAVE_AN_X_AND_Y_SCALE); // no MORE_COMPONENTS
  v.setUint16(12, dashGid);
  v.setInt16(14, dx);
  v.setInt16(16, dy);
  v.setInt16(18, f2dot14); // x scale
  v.setInt16(20, 0x4000); // y scale 1.0: the stroke keeps its weight
  const gid = madeGid(tt, 0x2212);
  tt.made.set(gid, { glyf, composite: true, advance: advanceOf(tt, plusGid), leftBearing: xMin });
  return gid;
}

type Point = readonly [number, number];

/** A stroke of half-width `h` along the polyline `p` (two or three points): its outline, mitred at the joint. */
function strokeOutline(p: readonly Point[], h: number): Point[] {
  const normal = (a: Point, b: Point): Point => {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    return [(-dy / len) * h, (dx / len) * h];
  };
  const n0 = normal(p[0]!, p[1]!);
  const side = (k: 1 | -1): Point[] => {
    const a: Point = [p[0]![0] + k * n0[0], p[0]![1] + k * n0[1]];
    if (p.length === 2) return [a, [p[1]![0] + k * n0[0], p[1]![1] + k * n0[1]]];
    const n1 = normal(p[1]!, p[2]!);
    // The joint: where the two offset edges meet (the miter), p1 + k·m with m·n0 = m·n1 = h².
    const det = n0[0] * n1[1] - n0[1] * n1[0];
    const m: Point = [(h * h * (n1[1] - n0[1])) / det, (h * h * (n0[0] - n1[0])) / det];
    return [a, [p[1]![0] + k * m[0], p[1]![1] + k * m[1]], [p[2]![0] + k * n1[0], p[2]![1] + k * n1[1]]];
  };
  return [...side(1), ...side(-1).reverse()];
}

/** A stroke of half-width `h` along the polyline `p` of any number of points (a curve drawn as one): its outline, mitred at each joint. */
function strokePolyline(p: readonly Point[], h: number): Point[] {
  if (p.length <= 3) return strokeOutline(p, h);
  const normals: Point[] = [];
  for (let i = 0; i + 1 < p.length; i++) {
    const [dx, dy] = [p[i + 1]![0] - p[i]![0], p[i + 1]![1] - p[i]![1]];
    const len = Math.hypot(dx, dy);
    normals.push([(-dy / len) * h, (dx / len) * h]);
  }
  const offsets: Point[] = p.map((_, i) => {
    const a = normals[Math.max(0, i - 1)]!;
    const b = normals[Math.min(normals.length - 1, i)]!;
    const det = a[0] * b[1] - a[1] * b[0];
    return Math.abs(det) < 1e-6 * h * h ? b : [(h * h * (b[1] - a[1])) / det, (h * h * (a[0] - b[0])) / det];
  });
  const side = (k: 1 | -1): Point[] => p.map((q, i): Point => [q[0] + k * offsets[i]![0], q[1] + k * offsets[i]![1]]);
  return [...side(1), ...side(-1).reverse()];
}

/** An ellipse's outline centred on (cx, cy) with radii rx, ry, as `n` points. */
function ellipse(cx: number, cy: number, rx: number, ry: number, n = 32): Point[] {
  return Array.from({ length: n }, (_, i): Point => [cx + rx * Math.cos((2 * Math.PI * i) / n), cy + ry * Math.sin((2 * Math.PI * i) / n)]);
}

/**
 * Contours slanted as the italic face slants its letters (x moved by `slant` per unit of height
 * above `pivot`, the symbol's middle, so it stays over its advance): a drawn symbol stood upright
 * among italic letters. `slant`: the tangent of the face's italic angle (0 upright).
 */
function slanted(contours: Point[][], slant: number, pivot: number): Point[][] {
  return slant === 0 ? contours : contours.map((c) => c.map((q): Point => [q[0] + slant * (q[1] - pivot), q[1]]));
}

/** A contour turned to run clockwise (`clockwise`) or counter-clockwise: TrueType fills by the nonzero rule, holes the other way round. */
function oriented(c: Point[], clockwise: boolean): Point[] {
  let area = 0;
  for (let i = 0; i < c.length; i++) {
    const a = c[i]!;
    const b = c[(i + 1) % c.length]!;
    area += a[0] * b[1] - b[0] * a[1];
  }
  return (area < 0) === clockwise ? c : c.slice().reverse();
}

/** A simple 'glyf' entry of straight-edged contours (every point on the curve, no instructions). */
function simpleGlyph(contours: Point[][]): { glyf: Uint8Array; xMin: number } {
  const pts = contours.flat().map(([x, y]) => [Math.round(x), Math.round(y)] as const);
  const xs = pts.map((q) => q[0]);
  const ys = pts.map((q) => q[1]);
  const n = pts.length;
  const glyf = new Uint8Array(10 + 2 * contours.length + 2 + n + 4 * n);
  const v = new DataView(glyf.buffer);
  v.setInt16(0, contours.length);
  v.setInt16(2, Math.min(...xs));
  v.setInt16(4, Math.min(...ys));
  v.setInt16(6, Math.max(...xs));
  v.setInt16(8, Math.max(...ys));
  let at = 10;
  let end = -1;
  for (const c of contours) {
    end += c.length;
    v.setUint16(at, end);
    at += 2;
  }
  v.setUint16(at, 0); // no instructions
  at += 2;
  for (let i = 0; i < n; i++) v.setUint8(at++, 0x01); // ON_CURVE_POINT; x and y as int16 deltas
  let x = 0;
  for (const q of pts) {
    v.setInt16(at, q[0] - x);
    x = q[0];
    at += 2;
  }
  let y = 0;
  for (const q of pts) {
    v.setInt16(at, q[1] - y);
    y = q[1];
    at += 2;
  }
  return { glyf, xMin: Math.min(...xs) };
}

/**
 * A check mark, ballot X or ballot box (U+2610–2612, 2713, 2714, 2717, 2718), which word
 * processors type from their symbol menus and checklists and Noto Serif lacks, drawn as straight
 * strokes of the face's own weight (its figure dash's thickness, a heavy mark's twice as thick as
 * a light one's over that) in a square of the face's cap height (its 'H'), with the plus sign's
 * side bearings on either side: the box sits on the baseline as a capital does, and a checked or
 * crossed box holds the mark inside its frame. Returns its glyph id, or 0 when the font lacks a
 * glyph it is measured from.
 */
export function makeMark(tt: TrueTypeFile, cp: number, plusGid: number, dashGid: number, capGid: number, slant = 0): number {
  const gid = madeGid(tt, cp);
  const plus = plusGid > 0 ? boxOf(tt, plusGid) : null;
  const dash = dashGid > 0 ? boxOf(tt, dashGid) : null;
  const cap = capGid > 0 ? boxOf(tt, capGid) : null;
  if (gid < 0 || cp === 0x2212 || !plus || !dash || !cap) return 0;
  const t = dash[3] - dash[1]; // the face's stroke: 59 units in Noto Serif Regular, 71 in Bold
  const s = cap[3]; // the square: cap height (714 in Noto Serif Regular)
  const x0 = plus[0];
  const heavy = cp === 0x2714 || cp === 0x2718;
  const h = (heavy ? 2.2 * t : 1.3 * t) / 2;
  // A mark in the unit square, placed in the square [x, x + w] × [y, y + w].
  const check = (x: number, y: number, w: number, hw: number): Point[][] => [
    strokeOutline(
      [
        [x + 0.06 * w, y + 0.5 * w],
        [x + 0.38 * w, y + 0.1 * w],
        [x + 0.96 * w, y + 0.94 * w],
      ],
      hw,
    ),
  ];
  const cross = (x: number, y: number, w: number, hw: number): Point[][] => [
    strokeOutline(
      [
        [x + 0.1 * w, y + 0.1 * w],
        [x + 0.9 * w, y + 0.9 * w],
      ],
      hw,
    ),
    strokeOutline(
      [
        [x + 0.1 * w, y + 0.9 * w],
        [x + 0.9 * w, y + 0.1 * w],
      ],
      hw,
    ),
  ];
  // The ballot X (✗ ✘) as a hand's mark, as the check mark is one: a long stroke rising steeply
  // from the baseline to the cap height, crossed by a shorter, flatter one falling from the left,
  // each bent a little at its middle. Drawn as the box's symmetric cross (☒'s), it read as a
  // large multiplication sign × beside the text ("3 × 4"), which is a symmetric cross of 45°
  // strokes at the operators' height.
  const ballot = (x: number, y: number, w: number, hw: number): Point[][] => [
    strokeOutline(
      [
        [x + 0.2 * w, y],
        [x + 0.5 * w, y + 0.46 * w],
        [x + 0.9 * w, y + w],
      ],
      hw,
    ),
    strokeOutline(
      [
        [x + 0.04 * w, y + 0.72 * w],
        [x + 0.46 * w, y + 0.46 * w],
        [x + 0.86 * w, y + 0.06 * w],
      ],
      hw,
    ),
  ];
  // Filled by the nonzero rule: the strokes and the frame's outside run clockwise, the frame's
  // inside (its hole) the other way, so a mark drawn over the frame stays filled.
  const cw = (c: Point[]): Point[] => oriented(c, true);
  const frame: Point[][] = [
    cw([
      [x0, 0],
      [x0, s],
      [x0 + s, s],
      [x0 + s, 0],
    ]),
    oriented(
      [
        [x0 + t, t],
        [x0 + t, s - t],
        [x0 + s - t, s - t],
        [x0 + s - t, t],
      ],
      false,
    ),
  ];
  const inner = t + 0.14 * s; // a mark inside the box keeps clear of its frame
  const w = s - 2 * inner;
  let contours: Point[][];
  if (cp === 0x2610) contours = frame;
  else if (cp === 0x2611) contours = [...frame, ...check(x0 + inner, inner, w, (1.3 * t) / 2).map(cw)];
  else if (cp === 0x2612) contours = [...frame, ...cross(x0 + inner, inner, w, (1.3 * t) / 2).map(cw)];
  else if (cp === 0x2713 || cp === 0x2714) contours = check(x0, 0, s, h).map(cw);
  else contours = ballot(x0, 0, s, h).map(cw);
  const { glyf, xMin } = simpleGlyph(slanted(contours, slant, s / 2));
  tt.made.set(gid, { glyf, composite: false, advance: s + 2 * x0, leftBearing: xMin });
  return gid;
}

/**
 * An arrow (← ↑ → ↓ ↔, ⇐ ⇒ ⇔) or an operator (≠ ≤ ≥), which AutoCorrect and symbol menus type
 * beside Latin text ("intake → screening", "age ≤ 17") and Noto Serif lacks, drawn as straight
 * strokes of the face's own weight (its figure dash's thickness) on the face's operators' metrics:
 * an arrow's shaft on the height of the plus sign's crossbar, a double arrow's shafts and the ≠'s
 * bars where the equals sign's bars are, ≤ and ≥ as the less- and greater-than signs' chevron over
 * a bar. Printed from NanumMyeongjo before (a Korean face's symbols, drawn for a square em of CJK
 * text), they were hairline strokes in wide cells beside the text's serif letters, and light in
 * bold text (Nanum has no bold). Returns its glyph id, or 0 when the font lacks a glyph it is
 * measured from.
 */
export function makeOperator(tt: TrueTypeFile, cp: number, plusGid: number, dashGid: number, equalsGid: number, lessGid: number, slant = 0): number {
  const gid = madeGid(tt, cp);
  const plus = plusGid > 0 ? boxOf(tt, plusGid) : null;
  const dash = dashGid > 0 ? boxOf(tt, dashGid) : null;
  const eq = equalsGid > 0 ? boxOf(tt, equalsGid) : null;
  const less = lessGid > 0 ? boxOf(tt, lessGid) : null;
  if (gid < 0 || !MADE_OPERATORS.includes(cp) || !plus || !dash || !eq || !less) return 0;
  const t = dash[3] - dash[1]; // the stroke (59 units in Noto Serif Regular, 71 in Bold)
  const h = t / 2;
  const x0 = plus[0]; // the operators' side bearing (65)
  const axis = (plus[1] + plus[3]) / 2; // the plus's crossbar (357.5)
  const p = plus[2] - plus[0]; // the operators' width (429)
  const bars = (eq[3] - eq[1] - t) / 2; // from the axis to each of the equals sign's bars' middle
  const lessHalf = (less[3] - less[1]) / 2; // the less-than sign's half height (248)
  const cw = (c: Point[]): Point[] => oriented(c, true);
  let contours: Point[][];
  let holes: Point[][] = []; // contours that run the other way round (∞'s loops)
  let advance = p + 2 * x0; // the plus sign's
  if (cp === 0x2261) {
    // ≡: three bars of the equals sign's, a little closer than its two.
    const d = 1.6 * bars;
    contours = [-d, 0, d].map((y) => strokeOutline([[x0, axis + y], [x0 + p, axis + y]], h));
  } else if (cp === 0x2248) {
    // ≈: two tildes, each one period of a sine wave (a curve of 24 strokes), where the equals
    // sign's bars are, their swing a little more than the stroke's width on either side.
    const amp = 0.42 * bars;
    const wave = (yc: number): Point[] => Array.from({ length: 25 }, (_, i): Point => [x0 + (p * i) / 24, yc + amp * Math.sin((2 * Math.PI * i) / 24)]);
    contours = [strokePolyline(wave(axis - 0.85 * bars), h), strokePolyline(wave(axis + 0.85 * bars), h)];
  } else if (cp === 0x221e) {
    // ∞: two loops side by side, each a ring of the face's stroke, meeting on the axis; 1.3 times
    // the plus sign's width, as tall as the less-than sign.
    const w = 1.3 * p;
    const rx = (w + t) / 4;
    const ry = 0.72 * lessHalf;
    const centres = [x0 + rx, x0 + w - rx];
    contours = centres.map((cx) => ellipse(cx, axis, rx, ry));
    holes = centres.map((cx) => ellipse(cx, axis, rx - 1.05 * t, ry - 0.8 * t));
    advance = w + 2 * x0;
  } else if (cp === 0x2260 || cp === 0x2264 || cp === 0x2265) {
    const [a, b] = [x0, x0 + p];
    if (cp === 0x2260) {
      // ≠: the equals sign's two bars and a slash across them.
      const mid = x0 + p / 2;
      contours = [
        strokeOutline([[a, axis - bars], [b, axis - bars]], h),
        strokeOutline([[a, axis + bars], [b, axis + bars]], h),
        strokeOutline([[mid - 0.24 * p, axis - 1.2 * lessHalf], [mid + 0.24 * p, axis + 1.2 * lessHalf]], h),
      ];
    } else {
      // ≤ ≥: the less- (greater-) than sign's chevron, raised and flattened, over a bar on its foot.
      const foot = less[1] - 0.5 * t; // the bar's middle: the chevron's old foot
      const mid = axis + 0.38 * lessHalf;
      const half = 0.78 * lessHalf;
      const tip = a + h / Math.sin(Math.atan2(half, p)); // the outer mitre at the side bearing
      const chevron: Point[] = [[b, mid + half], [tip, mid], [b, mid - half]];
      const mirror = (q: Point): Point => (cp === 0x2265 ? [a + b - q[0], q[1]] : q);
      contours = [strokeOutline(chevron.map(mirror), h), strokeOutline([[a, foot], [b, foot]], h)];
    }
  } else {
    // The arrows: along +x from `from` to `to` on the axis, then turned (↑ ↓ ←) in the square's centre.
    const double = cp === 0x21d0 || cp === 0x21d2 || cp === 0x21d4 || cp === 0x21d1 || cp === 0x21d3 || cp === 0x21d5;
    const both = cp === 0x2194 || cp === 0x21d4 || cp === 0x2195 || cp === 0x21d5;
    const length = (both ? 1.8 : 1.6) * p; // 686 units (772 with a head at each end): near two or three lower-case letters
    const head = double ? lessHalf : 0.42 * (plus[3] - plus[1]); // the head's half height; its arms at 45°
    const out = h * Math.SQRT2; // the head's outer mitre past its point
    const [from, to] = [x0, x0 + length];
    const shafts = double ? [-bars, bars] : [0];
    const pieces: Point[][] = [];
    const arrowHead = (tipX: number, dir: 1 | -1) => {
      const point = tipX - dir * out;
      pieces.push([[point - dir * head, axis + head], [point, axis], [point - dir * head, axis - head]]);
      return point;
    };
    const right = arrowHead(to, 1);
    const left = both ? arrowHead(from, -1) : from;
    // Each shaft ends inside the head's stroke: at its centreline, `d` back from the point at `d` off the axis.
    for (const d of shafts) pieces.push([[both ? left + Math.abs(d) : left, axis + d], [right - Math.abs(d), axis + d]]);
    advance = length + 2 * x0;
    const turn = TURNS.get(cp) ?? 0;
    const centre: Point = [advance / 2, axis];
    const rotate = (q: Point): Point => {
      if (turn === 0) return q;
      const r = (turn * Math.PI) / 180;
      const [dx, dy] = [q[0] - centre[0], q[1] - centre[1]];
      return [centre[0] + dx * Math.cos(r) - dy * Math.sin(r), centre[1] + dx * Math.sin(r) + dy * Math.cos(r)];
    };
    contours = pieces.map((q) => strokeOutline(q.map(rotate), h));
    if (turn === 90 || turn === -90) {
      // ↑ ↓: as wide as the plus sign, standing on the baseline (to the face's ascender's height, near its capitals').
      const bottom = Math.min(...contours.flat().map((q) => q[1]));
      const left0 = Math.min(...contours.flat().map((q) => q[0]));
      contours = contours.map((c) => c.map((q): Point => [q[0] - left0 + x0 + (p - 2 * (head + h)) / 2, q[1] - bottom - 0.05 * length]));
      advance = p + 2 * x0;
    } else if (turn % 90 !== 0) {
      // ↖ ↗ ↘ ↙: the arrow at 45°, standing on the baseline (below the capitals' height) with the operators' side bearings.
      const bottom = Math.min(...contours.flat().map((q) => q[1]));
      const left0 = Math.min(...contours.flat().map((q) => q[0]));
      const right0 = Math.max(...contours.flat().map((q) => q[0]));
      contours = contours.map((c) => c.map((q): Point => [q[0] - left0 + x0, q[1] - bottom]));
      advance = right0 - left0 + 2 * x0;
    }
  }
  const { glyf, xMin } = simpleGlyph(slanted([...contours.map(cw), ...holes.map((c) => oriented(c, false))], slant, axis));
  tt.made.set(gid, { glyf, composite: false, advance, leftBearing: xMin });
  return gid;
}
