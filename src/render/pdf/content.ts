// One page's content stream with the PDF graphics and text state it has set (ISO 32000-1 §8.4,
// §9.3, §9.4), so that an operator is written only when it changes that state, and text is placed
// relative to the previous line instead of with a full matrix.
//
// Why: deflating the page streams was about a third of the PDF paint (node:zlib, level 1 already;
// other levels and strategies measured no cheaper), so the lever is fewer bytes. Before, every
// text box was "1 0 0 1 x y Tm", every BT re-selected the font, and every rule was its own
// "/Artifact BMC 0.6 w x y m x y l S EMC"; that was ~40 % of the restitution worksheet's operator
// bytes. Now:
// - text: the first line after BT is "x y Td" (the text line matrix is the identity at BT), the
//   next ones "dx dy Td", "0 dy TD" (a new line at the same left edge, which also sets the
//   leading TL) or "T*" (the same step down again). The font (Tf) and leading are text state,
//   kept across BT/ET (§9.3.1), so they are written when they change, not per text object;
// - rules: consecutive lines share one /Artifact marked-content sequence and one line width (`w`
//   when it changes); each is still its own "m l S" path, so they are painted exactly as before;
// - shading: the fill gray (`g`) is written when it changes, and set back to black before text.
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
  /** Nonstroking gray (`g`): 0 (black) at the start of a page. */
  private fill = 0;
  /** Inside the /Artifact marked-content sequence of a run of rules. */
  private inRules = false;

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
    this.fill = 0;
    this.inRules = false;
  }

  /**
   * Move to the start of a line of text at (`x`, `y`) in PDF user space (y up), selecting `font` at
   * `size`: BT when outside a text object, Tf when the font or size changed, black fill when the
   * last rectangle left another gray. The caller then shows the text (Tj/TJ, marked content).
   */
  textAt(x: number, y: number, font: FaceUse, size: number): void {
    const out = this.out;
    this.endRules();
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
        out.num(dxc / 100);
        out.byte(0x20);
        out.num(dyc / 100);
        out.ascii(' Td\n');
      }
      this.x.move(dxc);
      this.y.move(dyc);
    } else {
      out.ascii('1 0 0 1 ');
      out.num(xc / 100);
      out.byte(0x20);
      out.num(yc / 100);
      out.ascii(' Tm\n');
      this.x.set(xc);
      this.y.set(yc);
    }
  }

  /** A straight line from (`x1`, `y1`) to (`x2`, `y2`) in user space, stroked `width` points wide (a layout artifact, PDF/UA-1 §7.8). */
  rule(x1: number, y1: number, x2: number, y2: number, width: number): void {
    const out = this.out;
    this.endText();
    if (!this.inRules) {
      out.ascii('/Artifact BMC\n');
      this.inRules = true;
    }
    if (hundredths(width) !== hundredths(this.lineWidth)) {
      out.num(width);
      out.ascii(' w\n');
      this.lineWidth = width;
    }
    out.num(x1);
    out.byte(0x20);
    out.num(y1);
    out.ascii(' m ');
    out.num(x2);
    out.byte(0x20);
    out.num(y2);
    out.ascii(' l S\n');
  }

  /** A rectangle filled with `gray` (0 black … 1 white), lower-left corner (`x`, `y`) in user space (a layout artifact). */
  shade(x: number, y: number, width: number, height: number, gray: number): void {
    const out = this.out;
    this.endText();
    this.endRules();
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
    this.endText();
    this.endRules();
    return this.out.view();
  }

  private endText(): void {
    if (this.inText) {
      this.out.ascii('ET\n');
      this.inText = false;
    }
  }

  private endRules(): void {
    if (this.inRules) {
      this.out.ascii('EMC\n');
      this.inRules = false;
    }
  }
}
