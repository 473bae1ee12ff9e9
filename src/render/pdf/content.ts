// One page's content stream with the PDF graphics and text state it has set (ISO 32000-1 §8.4,
// §9.3, §9.4), so that an operator is written only when it changes that state, and text is placed
// relative to the previous line instead of with a full matrix.
//
// Why: deflating the page streams was about a third of the PDF paint (node:zlib, level 1 already;
// other levels and strategies measured no cheaper), so the lever is fewer bytes. Before, every
// text box was "1 0 0 1 x y Tm", every BT re-selected the font, and every rule was its own
// "/Artifact BMC 0.6 w x y m x y l S EMC" between text objects; that was ~40 % of the restitution
// worksheet's operator bytes (127 KB in all; now 82 KB). Now:
// - text: the first line after BT is "x y Td" (the text line matrix is the identity at BT), the
//   next ones "dx dy Td", "0 dy TD" (a new line at the same left edge, which also sets the
//   leading TL) or "T*" (the same step down again). The font (Tf) and leading are text state,
//   kept across BT/ET (§9.3.1), so they are written when they change, not per text object;
// - rules: kept until the page ends or a shaded rectangle is painted (which must stay under the
//   rules drawn after it), then written in one /Artifact marked-content sequence with the line
//   width when it changes; a segment that continues a pending one on the same line and width (a
//   table column's border, row after row) extends it: the restitution worksheet's 801 rules are
//   209 segments. Rules and text are both black, so drawing a page's rules after its text instead
//   of between rows paints the same pixels (checked with pdftoppm on every fixture);
// - shading: the fill gray (`g`) is written when it changes, and set back to black before text.
// Measured (restitution worksheet): 35 % fewer operator bytes deflate in ~10 % less time, because
// deflate's cost is mostly the glyph strings (two bytes per glyph, unique text: ~0.41 of 0.77 ms)
// and ~13 µs of set-up per stream, not the repetitive operators.
//
// Exactness: an absolute "1 0 0 1 x y Tm" puts the glyphs at the number x as read; "dx dy Td"
// puts them at a floating-point sum, which can land one bit away from it. That bit matters: a
// baseline on a whole pixel (y = 497 at 72 dpi) then rasterises a pixel lower (seen with poppler
// before this check was here). So each offset (the difference of the two positions in whole
// hundredths of a point, the precision every coordinate is written with) is used only when the
// position it gives is bit for bit the one the absolute coordinate gives, in two readers' arithmetic:
// - ISO 32000-1 §9.4.2 read literally with correctly rounded numbers (pdf.js, and most readers):
//   the text line matrix's origin plus the offset;
// - poppler (pdftoppm, pdftotext; the rasteriser of our tests and of many Linux viewers): its lexer
//   reads "12.34" as 12 + 0.1·3 + 0.01·4 in doubles, Td adds to the line position since the last
//   Tm or BT, and the glyph origin is that plus the Tm origin (Gfx::opTextMove,
//   GfxState::textMoveTo).
// Otherwise the text is placed with "1 0 0 1 x y Tm" as before.
import type { FaceUse } from './embed.js';
import { ByteSink } from './sink.js';

/** Whole hundredths of a point: the precision of every coordinate in the stream (ByteSink.num). */
const hundredths = (v: number): number => Math.round(v * 100);

/** Write two coordinates given in hundredths of a point as `a b` (points; the operands of Td, Tm's last two, m and l). */
function pair(out: ByteSink, ac: number, bc: number): void {
  out.num(ac / 100);
  out.byte(0x20);
  out.num(bc / 100);
}

/** poppler's lexer's second fraction digit's scale: 0.1 · 0.1, one bit above 0.01. */
const SCALE2 = 0.1 * 0.1;

/**
 * The double poppler reads for a number written as `c` hundredths by ByteSink.num (Lexer::getObj:
 * an integer token is exact; a real is its integer part plus 0.1 × the first fraction digit plus
 * (0.1 × 0.1) × the second, then negated).
 */
export function popplerNumber(c: number): number {
  const a = c < 0 ? -c : c;
  const f = a % 100;
  let v = (a - f) / 100;
  if (f !== 0) {
    const d1 = (f / 10) | 0;
    const d2 = f - d1 * 10;
    v = v + 0.1 * d1;
    if (d2 !== 0) v = v + SCALE2 * d2;
  }
  return c < 0 ? -v : v;
}

/** Where one coordinate of the text line's origin is, as each reader model holds it (see above). */
class Axis {
  /** Whole hundredths: the position as written. */
  c = 0;
  /** §9.4.2 with correctly rounded numbers: the origin itself. */
  spec = 0;
  /** poppler: the Tm origin and the line position added to it. */
  tm = 0;
  line = 0;

  /** BT: the text matrix is the identity (§9.4.1). */
  begin(): void {
    this.c = 0;
    this.spec = 0;
    this.tm = 0;
    this.line = 0;
  }

  /** Whether moving by `dc` hundredths gives, in both models, exactly the position an absolute `c` would. */
  exactBy(dc: number, c: number): boolean {
    if (dc === 0) return true; // adding zero changes no position (the common case: same row, same column)
    return this.spec + dc / 100 === c / 100 && this.line + popplerNumber(dc) + this.tm === popplerNumber(c);
  }

  /** Td (or T*) by `dc` hundredths. */
  move(dc: number): void {
    this.c += dc;
    this.spec += dc / 100;
    this.line += popplerNumber(dc);
  }

  /** Tm with origin `c` hundredths. */
  set(c: number): void {
    this.c = c;
    this.spec = c / 100;
    this.tm = popplerNumber(c);
    this.line = 0;
  }
}

export class PageContent {
  readonly out: ByteSink;
  /** Inside BT … ET. */
  private inText = false;
  /** Font and size last selected (Tf); text state survives ET (§9.3.1). */
  private font: FaceUse | undefined;
  private size = 0;
  /** The text line's origin (§9.4.2); valid inside BT. */
  private readonly x = new Axis();
  private readonly y = new Axis();
  /** The leading TL (§9.3.5) in hundredths: 0 at the start of a page. */
  private leadingC = 0;
  /** Line width (`w`): 1 at the start of a page (§8.4.1, Table 52). */
  private lineWidth = 1;
  /** Text render mode (`Tr`, §9.3.6; text state, kept across BT/ET): 0 fill at the start of a page, 2 fill then stroke for a synthetic bold. */
  private renderMode = 0;
  /** Nonstroking gray (`g`): 0 (black) at the start of a page. */
  private fill = 0;
  /** Rules not yet written, five numbers each in hundredths: x1 y1 x2 y2 width. */
  private readonly rules: number[] = [];
  /** Per line (vertical at x, horizontal at y) and width: the pending rule a touching segment would extend. */
  private readonly open = new Map<number, number>();

  constructor(out: ByteSink = new ByteSink()) {
    this.out = out;
  }

  /** Start a new page: empty stream, the initial graphics state (each page's stream starts from the default state). */
  reset(): void {
    this.out.reset();
    this.inText = false;
    this.font = undefined;
    this.size = 0;
    this.leadingC = 0;
    this.lineWidth = 1;
    this.renderMode = 0;
    this.fill = 0;
    this.rules.length = 0;
    this.open.clear();
  }

  /**
   * Move to the start of a line of text at (`x`, `y`) in PDF user space (y up), selecting `font` at
   * `size`: BT when outside a text object, Tf when the font or size changed, black fill when the
   * last rectangle left another gray. `stroke` (points): above 0, the glyphs are filled then
   * stroked with a line that wide (a synthetic bold: fonts.ts SYNTHETIC_BOLD_STROKE; "2 Tr" and
   * `w`, each written when it changes), else only filled ("0 Tr" when the last text was stroked).
   * The caller then shows the text (Tj/TJ, marked content).
   */
  textAt(x: number, y: number, font: FaceUse, size: number, stroke = 0): void {
    const out = this.out;
    if (this.fill !== 0) {
      out.ascii('0 g\n');
      this.fill = 0;
    }
    const xc = hundredths(x);
    const yc = hundredths(y);
    if (!this.inText) {
      out.ascii('BT\n');
      this.inText = true;
      this.x.begin();
      this.y.begin();
    }
    if (stroke > 0) {
      if (this.renderMode !== 2) {
        out.ascii('2 Tr\n');
        this.renderMode = 2;
      }
      // The line width is graphics state, the rules' too (flushRules writes theirs when it differs).
      const wc = hundredths(stroke);
      if (wc !== hundredths(this.lineWidth)) {
        out.num(wc / 100);
        out.ascii(' w\n');
        this.lineWidth = wc / 100;
      }
    } else if (this.renderMode !== 0) {
      out.ascii('0 Tr\n');
      this.renderMode = 0;
    }
    if (font !== this.font || size !== this.size) {
      out.byte(0x2f);
      out.ascii(font.resourceName);
      out.byte(0x20);
      out.num(size);
      out.ascii(' Tf\n');
      this.font = font;
      this.size = size;
    }
    const dxc = xc - this.x.c;
    const dyc = yc - this.y.c;
    if (this.x.exactBy(dxc, xc) && this.y.exactBy(dyc, yc)) {
      if (dxc === 0 && dyc < 0) {
        // A new line at the same left edge: T* when the step is the leading, else TD (sets it).
        if (-dyc === this.leadingC) out.ascii('T*\n');
        else {
          out.ascii('0 ');
          out.num(dyc / 100);
          out.ascii(' TD\n');
          this.leadingC = -dyc;
        }
      } else {
        pair(out, dxc, dyc);
        out.ascii(' Td\n');
      }
      this.x.move(dxc);
      this.y.move(dyc);
    } else {
      out.ascii('1 0 0 1 ');
      pair(out, xc, yc);
      out.ascii(' Tm\n');
      this.x.set(xc);
      this.y.set(yc);
    }
  }

  /** A straight line from (`x1`, `y1`) to (`x2`, `y2`) in user space, stroked `width` points wide (a layout artifact, PDF/UA-1 §7.8). */
  rule(x1: number, y1: number, x2: number, y2: number, width: number): void {
    const x1c = hundredths(x1);
    const y1c = hundredths(y1);
    const x2c = hundredths(x2);
    const y2c = hundredths(y2);
    const wc = hundredths(width);
    const r = this.rules;
    // A segment continuing a pending one on the same line (same width, its start at the other's
    // end: a table column's border from row to row) extends it. Keyed by the line and width as a
    // small integer (under 2^28: a V8 small integer; a string key per rule cost more than the bytes
    // it saved).
    const vertical = x1c === x2c;
    if ((vertical || y1c === y2c) && wc >= 0 && wc < 1024) {
      const along = vertical ? x1c : y1c;
      if (along >= 0 && along < 1 << 17) {
        const key = ((along << 10) | wc) * 2 + (vertical ? 1 : 0);
        const at = this.open.get(key);
        if (at !== undefined && r[at + 2] === x1c && r[at + 3] === y1c) {
          r[at + 2] = x2c;
          r[at + 3] = y2c;
          return;
        }
        this.open.set(key, r.length);
      }
    }
    r.push(x1c, y1c, x2c, y2c, wc);
  }

  /** Write the pending rules: one /Artifact marked-content sequence, the line width when it changes. */
  private flushRules(): void {
    const r = this.rules;
    if (r.length === 0) return;
    const out = this.out;
    this.endText();
    out.ascii('/Artifact BMC\n');
    let w = hundredths(this.lineWidth);
    for (let i = 0; i < r.length; i += 5) {
      if (r[i + 4] !== w) {
        w = r[i + 4]!;
        out.num(w / 100);
        out.ascii(' w\n');
      }
      pair(out, r[i]!, r[i + 1]!);
      out.ascii(' m ');
      pair(out, r[i + 2]!, r[i + 3]!);
      out.ascii(' l S\n');
    }
    out.ascii('EMC\n');
    this.lineWidth = w / 100;
    r.length = 0;
    this.open.clear();
  }

  /** A rectangle filled with `gray` (0 black … 1 white), lower-left corner (`x`, `y`) in user space (a layout artifact). */
  shade(x: number, y: number, width: number, height: number, gray: number): void {
    const out = this.out;
    this.flushRules();
    this.endText();
    out.ascii('/Artifact BMC ');
    if (hundredths(gray) !== hundredths(this.fill)) {
      out.num(gray);
      out.ascii(' g ');
      this.fill = gray;
    }
    out.num(x);
    out.byte(0x20);
    out.num(y);
    out.byte(0x20);
    out.num(width);
    out.byte(0x20);
    out.num(height);
    out.ascii(' re f EMC\n');
  }

  /** Close what is open (ET, EMC): the stream is complete. */
  finish(): Uint8Array {
    this.flushRules();
    this.endText();
    return this.out.view();
  }

  private endText(): void {
    if (this.inText) {
      this.out.ascii('ET\n');
      this.inText = false;
    }
  }

}
