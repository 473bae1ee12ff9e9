// How the child's citizenship is known (child.citizenshipStatus; docs/domain/rfa-eligibility.md, "Citizenship:
// confirmed, claimed or disputed"): two countries disputed are alternatives, never a dual
// citizenship; two confirmed or claimed are both the child's; a statelessness claimed says so. Read
// back from the PDF and the DOCX as OTIP's intake reads the row.
import { describe, expect, it } from 'vitest';
import { citizenshipText, STATELESS } from '../../../src/kinds/rfa/view.js';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { errors, fixture, ok, withCase } from './support.js';

const one = (s: string): string => s.replace(/\s+/g, ' ');
async function text(c: Record<string, any>, format: Format): Promise<string> {
  const g = await generate({ kind: 'rfa', input: c, format });
  return one(format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes));
}

describe('the citizenship row, by how the citizenship is known', () => {
  const row = (citizenship: string[], citizenshipStatus: string | null, stateless: boolean | null = null) => citizenshipText({ citizenship, citizenshipStatus, stateless } as any);
  it('two countries disputed: alternatives, not a dual citizenship', () => {
    expect(row(['GT', 'MX'], 'disputed')).toBe('Disputed: Guatemala (GT) or Mexico (MX), each claimed and not yet confirmed (one of them may be the child’s: not a dual citizenship)');
  });
  it('one country disputed: claimed and contested', () => {
    expect(row(['HN'], 'disputed')).toBe('Disputed: Honduras (HN) is claimed and contested; not yet confirmed');
  });
  it('two countries confirmed or claimed: a dual citizenship, and how it is known', () => {
    expect(row(['SY', 'TR'], 'confirmed')).toBe('Syria (SY) and Türkiye (TR): dual citizenship, confirmed');
    expect(row(['SY', 'TR'], 'claimed')).toBe('Syria (SY) and Türkiye (TR): dual citizenship claimed, not yet confirmed');
    expect(row(['SY', 'TR', 'LB'], 'claimed')).toBe('Syria (SY), Türkiye (TR) and Lebanon (LB): citizen of each claimed, not yet confirmed');
  });
  it('one country confirmed or claimed', () => {
    expect(row(['GT'], 'confirmed')).toBe('Guatemala (GT); confirmed');
    expect(row(['GT'], 'claimed')).toBe('Guatemala (GT); claimed, not yet confirmed');
  });
  it('a stateless child: confirmed, claimed, or as before', () => {
    expect(row([], null, true)).toBe(STATELESS);
    expect(row([], 'confirmed', true)).toBe(`${STATELESS}; confirmed`);
    expect(row([], 'claimed', true)).toBe('None claimed: the child is said to be stateless (a national of no country); not yet confirmed');
  });
  it('no status (every case before 2.20.0): the countries as before', () => {
    expect(row(['SY', 'TR'], null)).toBe('Syria (SY); Türkiye (TR)');
    expect(row([], null)).toBeNull();
  });
});

describe('the rule: a status only of a citizenship given', () => {
  it('with no country and not stateless: citizenship-status at child.citizenshipStatus', () => {
    for (const s of ['confirmed', 'claimed', 'disputed']) {
      expect(errors(withCase((c) => ((c.child.citizenship = []), (c.child.citizenshipStatus = s))))).toEqual(['child.citizenshipStatus citizenship-status']);
    }
    expect(errors(fixture('invalid-citizenship-status'))).toEqual(['child.citizenshipStatus citizenship-status']);
  });
  it('disputed for a stateless child: refused, saying to list the country in dispute', () => {
    const c = withCase((x) => ((x.child.citizenship = []), (x.child.stateless = true), (x.child.citizenshipStatus = 'disputed')));
    expect(errors(c)).toEqual(['child.citizenshipStatus citizenship-status']);
  });
  it('a stateless child claimed or confirmed, and every status with a country, is valid', () => {
    ok(withCase((x) => ((x.child.citizenship = []), (x.child.stateless = true), (x.child.citizenshipStatus = 'claimed'))));
    for (const s of ['confirmed', 'claimed', 'disputed']) ok(withCase((x) => (x.child.citizenshipStatus = s)));
  });
  it('an old case without it is valid and prints as before', () => {
    expect(ok(withCase((c) => (c.child.citizenship = ['SY', 'TR']))).computed.stillToFindOut.now.map((m: any) => m.path)).not.toContain('child.citizenship');
  });
});

describe('printed in both formats', () => {
  for (const format of ['pdf', 'docx'] as const) {
    it(`${format}: the disputed fixture reads as alternatives, and no "Guatemala (GT); Mexico (MX)"`, async () => {
      const t = await text(fixture('disputed-citizenship'), format);
      expect(t).toContain('Disputed: Guatemala (GT) or Mexico (MX), each claimed and not yet confirmed (one of them may be the child’s: not a dual citizenship)');
      expect(t).not.toContain('Guatemala (GT); Mexico (MX)');
    });
    it(`${format}: a statelessness claimed says it is not yet confirmed`, async () => {
      const t = await text(withCase((x) => ((x.child.citizenship = []), (x.child.stateless = true), (x.child.citizenshipStatus = 'claimed'))), format);
      expect(t).toContain('None claimed: the child is said to be stateless (a national of no country); not yet confirmed');
    });
  }
});

// A citizenship claimed or disputed is known enough for now, and its confirmation is still to come:
// until template 2.21.0 the row said "not yet confirmed" and "Can follow later" did not list it,
// so the verification read "true and complete" beside a citizenship no one had confirmed.
describe('the confirmation of a citizenship claimed or disputed: an entry of “Can follow later”', () => {
  const later = (edit: (x: Record<string, any>) => void) => ok(withCase(edit)).computed.stillToFindOut.later.filter((m: any) => m.path === 'child.citizenshipStatus');
  it.each([
    ['claimed', (x: Record<string, any>) => (x.child.citizenshipStatus = 'claimed'), 'Confirmation of the citizenship claimed'],
    ['disputed', (x: Record<string, any>) => ((x.child.citizenship = ['GT', 'MX']), (x.child.citizenshipStatus = 'disputed')), 'Confirmation of the citizenship disputed: which country is the child’s'],
    ['a statelessness claimed', (x: Record<string, any>) => ((x.child.citizenship = []), (x.child.stateless = true), (x.child.citizenshipStatus = 'claimed')), 'Confirmation of the statelessness claimed'],
  ])('%s: listed once, never needed now', (_, edit, label) => {
    expect(later(edit)).toEqual([{ path: 'child.citizenshipStatus', label }]);
    expect(ok(withCase(edit)).computed.stillToFindOut.now.map((m: any) => m.path)).not.toContain('child.citizenshipStatus');
  });
  it('confirmed, or not said: nothing to follow', () => {
    expect(later((x) => (x.child.citizenshipStatus = 'confirmed'))).toEqual([]);
    expect(later(() => {})).toEqual([]);
  });
  it('pdf: the disputed fixture lists it under “Can follow later” and its verification is not “true and complete”', async () => {
    const t = await text(fixture('disputed-citizenship'), 'pdf');
    expect(t).toMatch(/Can follow later \(\d+\):[^.]*Confirmation of the citizenship disputed: which country is the child’s/);
    expect(t).not.toContain('true and complete');
  });
});
