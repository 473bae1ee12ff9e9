// A tag-like token quoted in a narrative ("</b>", "<br/>") stays whole on a line in the PDF
// (src/render/pdf/breaks.ts tagBreaks): UAX #14 breaks after its "/" before a letter, and the
// RFA's `hostile` fixture ended a line at `boss"</`, the next beginning `b> & his`.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/model/types.js';
import { breakOpportunities } from '../../../src/render/pdf/breaks.js';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { breakLines, styledGroups, type Line } from '../../../src/render/pdf/text.js';

const lay = (s: string, width: number): string[] =>
  breakLines(styledGroups([{ type: 'text', text: s } as Inline], () => '0'), width, 12, harborFonts).map((l: Line) => l.pieces.map((x) => x.text).join(''));

describe('a tag-like token across lines', () => {
  it('offers no break inside "</b>", "<br/>" or "</span >", and keeps "and/or"’s', () => {
    const s = 'said <b>"the boss"</b> & a <br/> b </span > c and/or';
    const after = [...breakOpportunities(s)].map((b) => s.slice(0, b >> 1));
    expect(after.filter((a) => /<\/?[a-z]*\/?$|<\/span $/.test(a))).toEqual([]);
    expect(after).toContain('said <b>"the boss"</b> ');
    expect(after).toContain('said <b>"the boss"</b> & a <br/> b </span > c and/');
  });

  it('no line of the hostile sentence ends inside a tag, at any width', () => {
    const s = 'The child said <b>"the boss"</b> & his brother took her phone; she wrote {{x}} and {{{y}}} on a note.';
    for (let w = 60; w <= 320; w += 2) {
      const lines = lay(s, w);
      expect(lines.join('').replace(/ /g, ''), `width ${w}`).toBe(s.replace(/ /g, ''));
      for (const l of lines) expect(l, `width ${w}: ${JSON.stringify(lines)}`).not.toMatch(/<\/?$|^\/?[a-z]*>/);
    }
  });
});
