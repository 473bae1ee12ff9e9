// Line breaking and measurement (src/render/pdf/text.ts) on the real embedded fonts.
import { describe, expect, it } from 'vitest';
import { harborFonts } from '../../../src/render/pdf/fonts.js';
import { alignLine, breakLines, styledGroups, type Line } from '../../../src/render/pdf/text.js';
import type { Inline } from '../../../src/model/types.js';

const fields = () => '0';
const lay = (children: Inline[], width: number, size = 12): Line[] => breakLines(styledGroups(children, fields), width, size, harborFonts);
const txt = (s: string): Inline => ({ type: 'text', text: s });
const lineText = (l: Line) => l.pieces.map((p) => p.text).join('');
const end = (l: Line) => Math.max(0, ...l.pieces.map((p) => p.x + p.width));

describe('breakLines', () => {
  it('measures with the font: a line of "i" is narrower than the same count of "W"', () => {
    const [narrow] = lay([txt('iiiiiiiiii')], 1000);
    const [wide] = lay([txt('WWWWWWWWWW')], 1000);
    expect(narrow!.width).toBeGreaterThan(0);
    expect(wide!.width).toBeGreaterThan(narrow!.width * 2);
  });

  it('wraps at spaces, keeps every word, and no line is wider than the measure', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const lines = lay([txt(words.join(' '))], 200);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(200 + 1e-6);
    expect(lines.map(lineText).join(' ')).toBe(words.join(' '));
    expect(lines.at(-1)!.last).toBe(true);
    expect(lines.slice(0, -1).every((l) => !l.last)).toBe(true);
  });

  it('breaks an unbreakable token wider than the line between characters, losing nothing', () => {
    const url = 'https://example.invalid/' + 'a1b2c3d4e5'.repeat(12);
    const name = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft'; // 66 letters
    for (const token of [url, name]) {
      const lines = lay([txt(`Before ${token} after`)], 120);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(120 + 1e-6);
      expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`Before${token}after`);
    }
  });

  it('never splits a base letter from its combining mark', () => {
    const s = 'x\u0302'.repeat(40); // x + combining circumflex, no break opportunities
    const lines = lay([txt(s)], 50);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(lineText(l).startsWith('\u0302')).toBe(false);
    expect(lines.map(lineText).join('')).toBe(s);
  });

  it('breaks CJK between ideographs (no spaces needed) and uses the fallback face', () => {
    const s = '王秀英'.repeat(20);
    const lines = lay([txt(s)], 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map(lineText).join('')).toBe(s);
    for (const l of lines) {
      expect(l.width).toBeLessThanOrEqual(100 + 1e-6);
      expect(l.pieces.every((p) => p.font === 'cjk')).toBe(true);
    }
    // Mixed text: Latin stays in the body face, only the ideographs fall back.
    const [mixed] = lay([txt('Name: 王秀英')], 1000);
    expect(mixed!.pieces.map((p) => [p.text, p.font])).toEqual([
      ['Name: ', 'regular'],
      ['王秀英', 'cjk'],
    ]);
  });

  it('forces a line at <br/> and never justifies the line before it', () => {
    const lines = lay([txt('one two'), { type: 'br' }, txt('three')], 1000);
    expect(lines.map(lineText)).toEqual(['one two', 'three']);
    expect(lines[0]!.last).toBe(true);
    const pieces = alignLine(lines[0]!, 'justify', 1000);
    expect(pieces[0]!.wordSpacing).toBeUndefined();
  });

  it('does not join words across a style change, and keeps a word whole across it', () => {
    const lines = lay([txt('un'), { type: 'text', text: 'break', bold: true }, txt('able rest')], 1000);
    expect(lineText(lines[0]!)).toBe('unbreakable rest');
    expect(lines[0]!.pieces.map((p) => p.font)).toEqual(['regular', 'bold', 'regular']);
    // Measure just wider than "unbreakable": it stays whole, "rest" moves to the next line.
    const w = lay([txt('un'), { type: 'text', text: 'break', bold: true }, txt('able')], 1000)[0]!.width;
    const narrow = lay([txt('un'), { type: 'text', text: 'break', bold: true }, txt('able rest')], w + 1);
    expect(narrow.map(lineText)).toEqual(['unbreakable', 'rest']);
  });

  it('shows a hyphen where a line ends at a soft hyphen, and nowhere else', () => {
    // Text pasted from a word processor carries soft hyphens (U+00AD); LibreOffice and Word show a
    // hyphen at the one a line breaks at, and so must the PDF, or the word reads as two.
    const word = 'Anti\u00addis\u00adestab\u00adlish\u00admen\u00adtar\u00adian\u00adism';
    let hyphenated = 0;
    for (const width of [150, 200, 260, 330, 468]) {
      const lines = lay([txt(Array(12).fill(word).join(' '))], width);
      expect(lines.length, `width ${width}`).toBeGreaterThan(1);
      const texts = lines.map(lineText);
      texts.forEach((t, i) => {
        expect(lines[i]!.width, `width ${width}, line ${i}`).toBeLessThanOrEqual(width + 1e-6);
        expect(end(lines[i]!)).toBeCloseTo(lines[i]!.width, 6);
        if (t.endsWith('-')) hyphenated++;
        // A line ends at the end of a word, or with a hyphen where the word goes on.
        else if (i < texts.length - 1) expect(texts[i + 1]!.startsWith('Anti'), `width ${width}: ${t} | ${texts[i + 1]}`).toBe(true);
      });
      expect(texts.map((t) => t.replace(/-$/, '')).join(' ').replace(/ /g, '')).toBe('Antidisestablishmentarianism'.repeat(12));
    }
    expect(hyphenated).toBeGreaterThan(3);
  });

  it('never breaks at a no-break space, and drops invisible characters', () => {
    const w = lay([txt('xxxxxxxx Ana')], 1000)[0]!.width;
    const lines = lay([txt('xxxxxxxx Ana\u00A0María')], w + 2);
    // The no-break space only forbids the break: it is printed (and extracted) as a plain space.
    expect(lines.map(lineText)).toEqual(['xxxxxxxx', 'Ana María']);
    const [zw] = lay([txt('zero\u200Bwidth\u00ADsoft')], 1000);
    expect(lineText(zw!)).toBe('zerowidthsoft');
    // An astral invisible (variation selector U+E0101 after an ideograph) leaves no half surrogate.
    const [vs] = lay([txt('\u{E0101}王\u{E0101}英')], 1000);
    expect(lineText(vs!)).toBe('王英');
  });

  it('justify stretches every line but the last to the full measure', () => {
    const words = Array.from({ length: 50 }, (_, i) => (i % 3 ? 'alpha' : 'be'));
    const lines = lay([txt(words.join(' '))], 230);
    expect(lines.length).toBeGreaterThan(2);
    lines.forEach((l, i) => {
      alignLine(l, 'justify', 230);
      if (i < lines.length - 1) expect(end(l)).toBeCloseTo(230, 6);
      else expect(end(l)).toBeLessThan(230);
    });
  });

  it('center and right alignment shift the line by the slack', () => {
    const [c] = lay([txt('centre me')], 300);
    const w = c!.width;
    alignLine(c!, 'center', 300);
    expect(c!.pieces[0]!.x).toBeCloseTo((300 - w) / 2, 6);
    const [r] = lay([txt('right')], 300);
    const rw = r!.width;
    alignLine(r!, 'right', 300);
    expect(end(r!)).toBeCloseTo(300, 6);
    expect(r!.pieces[0]!.x).toBeCloseTo(300 - rw, 6);
  });
});

// Issue 18: a group's runs are gathered in one scratch array shared by every call and copied out
// when the group ends; nothing of one call may show in another's groups.
describe('styledGroups', () => {
  it('splits at each break, keeps the runs in order and leaves nothing for the next call', () => {
    const g = styledGroups(
      [
        { type: 'text', text: 'Name: ', bold: true },
        { type: 'text', text: 'L.M.' },
        { type: 'br' },
        { type: 'text', text: 'Page ' },
        { type: 'page-number' },
        { type: 'br' },
      ],
      fields,
    );
    expect(g.map((runs) => runs.map((r) => [r.text, r.face, r.field ?? null]))).toEqual([
      [
        ['Name: ', 'bold', null],
        ['L.M.', 'regular', null],
      ],
      [
        ['Page ', 'regular', null],
        ['0', 'regular', 'page-number'],
      ],
      [],
    ]);
    expect(g.every((runs) => runs.every((r) => r !== undefined))).toBe(true);
    expect(styledGroups([{ type: 'text', text: 'alone' }], fields)).toEqual([[{ text: 'alone', face: 'regular', underline: false }]]);
    expect(styledGroups([], fields)).toEqual([[]]);
  });
});
