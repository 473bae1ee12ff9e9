// T-visa declarations rendered to PDF and DOCX through the whole pipeline and read back as text:
// continuous paragraph numbering (PDF text and Word's numbering agree), the § 1367 line on every
// page, the signature on the page of the last paragraph, certificates on their own pages, the
// attestation by signing country, and every word of the 40-page hostile narrative.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, HarborDocument } from '../../../src/model/types.js';
import { buildDocument, generate, type Format } from '../../../src/pipeline.js';
import { docxText, findInOrder, pdfBodyText, pdfPageCount, pdfPages, pdfText, squash } from '../../support/extract.js';
import { expectGolden } from '../../support/golden.js';
import { libreOfficePdf, loTimeout, wordNumbers } from '../../render/docx/support.js';

const K = 't-visa-declaration';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));
const BANNER = 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367';

const cache = new Map<string, Promise<Uint8Array>>();
function render(name: string, format: Format): Promise<Uint8Array> {
  const key = `${name}.${format}`;
  if (!cache.has(key)) cache.set(key, generate({ kind: K, input: fixture(name), format }).then((g) => g.bytes));
  return cache.get(key)!;
}
/** Whitespace and hyphens removed (pdftotext drops a hyphen that ends a line): robust to wrapping. */
const compact = (s: string) => s.replace(/[\s-]+/g, '');

function decodeXml(s: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : named[e]!,
  );
}

/** [first paragraph text, number] of each numbered paragraph of the model, in document order. */
function modelNumbers(d: HarborDocument): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const walk = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.type === 'keep') walk(b.children);
      if (b.type !== 'list' || !b.ordered) continue;
      for (const item of b.items) {
        const first = item.children[0];
        const text = first?.type === 'paragraph' ? first.children.map((c) => (c.type === 'text' ? c.text : c.type === 'br' ? '\n' : '')).join('') : '';
        out.push([text, item.number!]);
      }
    }
  };
  walk(d.body);
  return out;
}

describe('golden text', () => {
  for (const name of ['minimal', 'full', 'supporting', 'outside-us', 'parent-signs', 'minor']) {
    for (const format of ['pdf', 'docx'] as const) {
      it(`${name}.${format}`, async () => {
        const bytes = await render(name, format);
        expectGolden(`${K}/${name}.${format}.txt`, format === 'pdf' ? pdfText(bytes) : docxText(bytes));
      });
    }
  }
});

describe('full: numbered paragraphs', () => {
  const numbered = modelNumbers(buildDocument(K, fixture('full')).model);

  it('run 1..N without gaps or restarts across the headings, with 20+ paragraphs', () => {
    expect(numbered.length).toBeGreaterThanOrEqual(20);
    expect(numbered.map(([, n]) => n)).toEqual(numbered.map((_, i) => i + 1));
  });

  it('appear in the PDF text as "n. text" in the same order', async () => {
    const text = squash(pdfText(await render('full', 'pdf')));
    // "n. " followed by the first words of the paragraph (short enough to stay on its first line).
    const needles = numbered.map(([t, n]) => `${n}. ${t.split(/\s+/).slice(0, 3).join(' ')}`);
    expect(findInOrder(text, needles)).toEqual({ missing: [], outOfOrder: [] });
    // No other numbered line: the list markers found in the text are exactly 1..N in order.
    const markers = [...pdfText(await render('full', 'pdf')).matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(markers).toEqual(numbered.map(([, n]) => n));
  });

  it('are the numbers Word shows in the DOCX, for the same paragraphs in the same order', async () => {
    const word = wordNumbers(await render('full', 'docx'));
    // wordNumbers gives the raw XML text of each paragraph: decode its entities first.
    expect(word.map(([t, n]) => [compact(decodeXml(t)), n])).toEqual(numbered.map(([t, n]) => [compact(t), n]));
  });

  it('are the numbers a word processor prints: the LibreOffice PDF of the DOCX shows "n. text" 1..N in order', async () => {
    const text = pdfText(libreOfficePdf(await render('full', 'docx')));
    const markers = [...text.matchAll(/^(\d+)\.\s/gm)].map((m) => Number(m[1]));
    expect(markers).toEqual(numbered.map(([, n]) => n));
    const needles = numbered.map(([t, n]) => `${n}. ${t.split(/\s+/).slice(0, 3).join(' ')}`);
    expect(findInOrder(squash(text), needles)).toEqual({ missing: [], outOfOrder: [] });
  }, loTimeout());
});

describe('full: pages', () => {
  it('carries the § 1367 line on every page', async () => {
    const pages = pdfPages(await render('full', 'pdf'));
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, p] of pages.entries()) expect(p, `page ${i + 1}`).toContain(BANNER);
  });

  it('keeps the signature block on the page of the last numbered paragraph and the attestation', async () => {
    const pages = pdfPages(await render('full', 'pdf'));
    const last = modelNumbers(buildDocument(K, fixture('full')).model).at(-1)!;
    const sigPage = pages.findIndex((p) => squash(p).includes('Lucía Fernanda Morales Quispe Applicant Date: March 2, 2026'));
    expect(sigPage).toBeGreaterThanOrEqual(0);
    expect(squash(pages[sigPage]!)).toContain(`${last[1]}. ${last[0].split(' ').slice(0, 4).join(' ')}`);
    expect(squash(pages[sigPage]!)).toContain('I declare under penalty of perjury that the foregoing is true and correct. Executed on March 2, 2026.');
  });

  it('puts the translator’s and the interpreter’s certificates each on its own page, after the signature', async () => {
    const pages = pdfPages(await render('full', 'pdf'));
    const tr = pages.findIndex((p) => p.includes('Certificate of Translation'));
    const int = pages.findIndex((p) => p.includes('Certificate of Interpreter'));
    expect(tr).toBe(pages.length - 2);
    expect(int).toBe(pages.length - 1);
    expect(squash(pages[tr]!)).toContain(
      'I, Tomás Ibarra, certify that I am competent to translate from Spanish into English, and that the foregoing English translation of the declaration of Lucía Fernanda Morales Quispe is complete and accurate to the best of my knowledge and ability.',
    );
    expect(pages[tr]).not.toContain('Certificate of Interpreter');
    expect(pages[tr]).not.toContain('penalty of perjury');
    expect(squash(pages[int]!)).toContain('on March 2, 2026, before she signed it, I read the foregoing declaration in its entirety to Lucía Fernanda Morales Quispe in Spanish.');
  });

  it('has no certificate pages when the case has neither translator nor interpreter', async () => {
    const text = pdfText(await render('minimal', 'pdf'));
    expect(text).not.toContain('Certificate of');
  });
});

describe('attestation in the rendered document', () => {
  it.each(['pdf', 'docx'] as const)('follows the signing country (%s)', async (format) => {
    const read = async (name: string) => {
      const b = await render(name, format);
      return squash(format === 'pdf' ? pdfText(b) : docxText(b));
    };
    const outside = await read('outside-us');
    expect(outside).toContain(
      'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on February 11, 2026.',
    );
    expect(outside).toContain('San Pedro Sula, Cortés, Honduras');
    const inside = await read('minimal');
    expect(inside).toContain('I declare under penalty of perjury that the foregoing is true and correct. Executed on March 2, 2026.');
    expect(inside).not.toContain('under the laws of the United States of America');
  });
  it('the parent of a child under 14 signs their own declaration, in their name', async () => {
    const text = squash(pdfText(await render('parent-signs', 'pdf')));
    expect(text).toContain('Carolina Luz Peña Mother of Mateo Quintero Luz, who is under 14');
  });
});

/** Every narrative and name of the hostile case, in document order. */
function hostileTexts(c: ReturnType<typeof fixture>): string[] {
  const t = c.trafficking;
  return [
    c.applicant.givenName,
    c.applicant.familyName,
    ...c.applicant.otherNames,
    c.background,
    t.narrative,
    // The journey and entry follow how it began and come before the dated acts (chronological).
    t.entry,
    ...t.acts.map((a: { description: string }) => a.description),
    ...t.means.map((m: { narrative: string }) => m.narrative),
    c.escape.narrative,
    c.presence.narrative,
    ...c.travel.departures.map((d: { explanation: string }) => d.explanation),
    ...c.lawEnforcement.contacts.flatMap((x: { agency: string; narrative: string }) => [x.agency, x.narrative]),
    c.lawEnforcement.traumaException.narrative,
    ...c.hardship.factors.map((f: { narrative: string }) => f.narrative),
    c.closing,
    c.signing.city,
    ...c.exhibits.map((x: { description: string }) => x.description),
    c.translator.givenName,
    c.translator.familyName,
    c.interpreter.givenName,
    c.interpreter.familyName,
  ];
}

describe('hostile: a 40-page narrative with names in several scripts', () => {
  const words = hostileTexts(fixture('hostile')).flatMap((s) => s.split(/\s+/)).map(compact).filter((w) => w !== '');

  it('is long: about 40 PDF pages', async () => {
    expect(words.length).toBeGreaterThan(15_000);
    expect(pdfPageCount(await render('hostile', 'pdf'))).toBeGreaterThanOrEqual(35);
  });

  it.each(['pdf', 'docx'] as const)('every word is present, in order, in the %s text', async (format) => {
    const b = await render('hostile', format);
    // The PDF's banner, header and footer left out: a page break may fall inside a word of the
    // narrative (between two CJK characters, as UAX #14 allows), which reads whole only without them.
    const text = compact(format === 'pdf' ? pdfBodyText(b) : docxText(b));
    expect(findInOrder(text, words)).toEqual({ missing: [], outOfOrder: [] });
    // Markup and template characters stayed text.
    expect(text).toContain(compact('Ana & "Jo" <María-José>'));
    expect(text).toContain(compact('</li><li>Injected</li>'));
    expect(text).toContain('{{title}}');
  });
});

describe('determinism', () => {
  it.each(['pdf', 'docx'] as const)('the same case renders to identical %s bytes', async (format) => {
    const again = await generate({ kind: K, input: fixture('full'), format });
    expect(Buffer.from(again.bytes).equals(Buffer.from(await render('full', format)))).toBe(true);
  });
});
