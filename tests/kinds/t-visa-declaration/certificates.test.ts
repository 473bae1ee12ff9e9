// The interpreter's certificate swears that the declaration was read back "before [the declarant]
// signed it" (docs/domain/t-visa-declaration-form.md, "Form of a declaration": language): its date
// cannot be after the signing date.
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../../src/pipeline.js';
import { docxParts, docxText, pdfPages, pdfText, squash, wordXmlText } from '../../support/extract.js';
import { isEnglish, sameLanguage } from '../../../src/kinds/kit/language.js';
import { body, fixture, K } from './support.js';

const errors = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

describe('the translator’s language and the statement’s', () => {
  // "Mandarin" on the certificate, "Mandarin Chinese" in the last paragraph: the officer reads two
  // languages. The message said only "differs from the language of the statement".
  it('a mismatch says where each prints and what to change, naming fields, not the languages', () => {
    const c = fixture('full');
    c.translator.fromLanguage = 'Castilian';
    const r = checkCase(K, c);
    const w = r.ok ? r.warnings.find((x) => x.code === 'translator-language-mismatch') : undefined;
    expect(w?.path).toBe('translator.fromLanguage');
    expect(w?.message).toContain('the translator’s certificate says the translation is from translator.fromLanguage');
    expect(w?.message).toContain('name the language the same way in both');
    expect(w?.message).not.toContain('Castilian');
  });
});

describe('the interpreter’s read-back comes before the signature', () => {
  // full: signed March 2, 2026; read back by Elena Park.
  const readBackOn = (date: string) => {
    const c = fixture('full');
    c.interpreter.readBackOn = date;
    return c;
  };

  it('the day after the signing date is date-after-document-date on interpreter.readBackOn, with a message that quotes no date', () => {
    expect(errors(readBackOn('2026-03-03'))).toEqual([['interpreter.readBackOn', 'date-after-document-date']]);
    const r = checkCase(K, readBackOn('2026-03-03'));
    expect(!r.ok && r.errors[0]!.message).toMatch(/before it is signed/);
    expect(!r.ok && r.errors[0]!.message).not.toMatch(/2026|March/);
  });

  it('on the signing date, or before it, the certificate says so', () => {
    expect(errors(readBackOn('2026-03-02'))).toEqual([]);
    expect(errors(readBackOn('2026-02-27'))).toEqual([]);
    expect(body(readBackOn('2026-02-27'))).toContain('and that on February 27, 2026, before she signed it, I read the foregoing declaration in its entirety');
  });

  it('a supporting declarant’s interpreter is held to the same', () => {
    // outside-us: the applicant's mother, signed February 11, 2026, read back by Jorge Salas.
    const c = fixture('outside-us');
    c.interpreter.readBackOn = '2026-02-12';
    expect(errors(c)).toEqual([['interpreter.readBackOn', 'date-after-document-date']]);
  });
});

describe('a read-back in English is a reading, not an interpretation', () => {
  // minimal, in English, by a declarant who does not read English: Ana Lee read it to her in English.
  const readToHer = (pronouns: string | null) => {
    const c = fixture('minimal');
    c.applicant.pronouns = pronouns;
    c.statement.readsEnglish = false;
    c.interpreter = { givenName: 'Ana', familyName: 'Lee', language: 'English', readBackOn: '2026-03-02' };
    return body(c);
  };

  it('its certificate claims no competence "to interpret between English and English", under its own heading', () => {
    const t = readToHer('she');
    expect(t).not.toMatch(/interpret between English and English/);
    expect(t).toContain('Certificate of Reading');
    expect(t).not.toContain('Certificate of Interpreter');
    expect(t).toContain(
      'I, Ana Lee, certify that on March 2, 2026, before she signed it, I read the foregoing declaration in its entirety to Marisol Ventura in English. She told me that she understood it and that it is true and correct.',
    );
    expect(t).toMatch(/^Ana Lee \| Reader \| March 2, 2026 \|/m);
  });

  it('without pronouns, the same', () => {
    expect(readToHer(null)).toContain('I, Ana Lee, certify that on March 2, 2026, before signing, Marisol Ventura heard me read the foregoing declaration in its entirety in English, acknowledged understanding it, and affirmed that it is true and correct.');
  });

  it('a read-back in another language keeps the interpreter’s certificate and its competence', () => {
    const t = body(fixture('full'));
    expect(t).toContain('Certificate of Interpreter');
    expect(t).toContain('I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026');
    expect(t).toMatch(/^Elena Park \| Interpreter \|/m);
  });
});

describe('a translator of a declaration given in English certifies nothing', () => {
  // minimal is given in English; a translator left in the case (from a Spanish draft, say).
  const withTranslator = (c: any) => {
    c.translator = { givenName: 'Tom', familyName: 'Ray', fromLanguage: 'English', signedOn: '2026-03-01' };
    return c;
  };

  it('no certificate "from English into English" is printed, and section-not-printed on translator says why', () => {
    const c = withTranslator(fixture('minimal'));
    const t = body(c);
    expect(t).not.toContain('Certificate of Translation');
    expect(t).not.toMatch(/from English into English/);
    const r = checkCase(K, c);
    const w = r.ok ? r.warnings.filter((x) => x.path === 'translator') : [];
    expect(w.map((x) => x.code)).toEqual(['section-not-printed']);
    expect(w[0]!.message).toMatch(/given in English/);
  });

  it('a supporting declaration given in English too', () => {
    const c = withTranslator(fixture('supporting'));
    expect(body(c)).not.toContain('Certificate of Translation');
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((x) => [x.path, x.code])).toEqual([['translator', 'section-not-printed']]);
  });

  it('a declaration given in Spanish keeps its translator’s certificate, with no such warning', () => {
    const c = fixture('full');
    expect(body(c)).toContain('Certificate of Translation');
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.filter((x) => x.path === 'translator')).toEqual([]);
  });
});

describe('a language is read the same way by every rule that compares one (kit/language.ts)', () => {
  it('sameLanguage and isEnglish set case and surrounding spaces aside, and nothing else', () => {
    expect(sameLanguage(' Spanish', 'spanish ')).toBe(true);
    expect(sameLanguage('Spanish', 'Español')).toBe(false);
    expect(isEnglish(' ENGLISH ')).toBe(true);
    expect(isEnglish('Englisch')).toBe(false);
  });

  it('an interpreter’s "ENGLISH" read-back of an "English" statement is a reading, with no language mismatch', () => {
    const c = fixture('minimal');
    c.statement.readsEnglish = false;
    c.interpreter = { givenName: 'Ana', familyName: 'Lee', language: 'ENGLISH', readBackOn: '2026-03-02' };
    const t = body(c);
    expect(t).toContain('Certificate of Reading');
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.filter((x) => x.path.startsWith('interpreter'))).toEqual([]);
  });

  it('a statement given in "english" needs no translator', () => {
    const c = fixture('minimal');
    c.statement.language = 'english';
    expect(errors(c)).not.toContainEqual(['translator', 'translator-certificate-required']);
  });
});

describe('a translator’s or interpreter’s address typed on several lines', () => {
  // The address is the certificate signature's place (templates/partials/t-visa-declaration-certificates.hbs):
  // each line typed is a line under the date, in both formats (src/render/signature-lines.ts), where
  // it once ran on as one line. A blank line typed between them is dropped, as in any address.
  const c = fixture('full');
  c.translator.address = 'Example Legal Aid Clinic\n100 Main Street, Suite 4\nHouston, Texas 77002';
  c.interpreter.address = 'Elena Park Interpreting\r\nPO Box 12\r\n\r\nHouston, TX 77001';
  const translator = ['Tomás Ibarra', 'Translator', 'Date: March 1, 2026', 'Example Legal Aid Clinic', '100 Main Street, Suite 4', 'Houston, Texas 77002'];
  const interpreter = ['Elena Park', 'Interpreter', 'Date: March 2, 2026', 'Elena Park Interpreting', 'PO Box 12', 'Houston, TX 77001'];

  it('prints each line under the date in the PDF, on its certificate’s page', async () => {
    const pages = pdfPages((await generate({ kind: K, input: c, format: 'pdf' })).bytes);
    for (const [heading, lines] of [['Certificate of Translation', translator], ['Certificate of Interpreter', interpreter]] as const) {
      const page = pages.find((pg) => pg.includes(heading))!;
      expect(page, heading).toBeDefined();
      const text = page.split('\n').map((l) => l.trim());
      const at = text.indexOf(lines[0]!);
      expect(text.slice(at, at + lines.length), heading).toEqual(lines);
    }
  });

  it('is lines of the signature’s paragraph in the DOCX, one w:br between each', async () => {
    const xml = docxParts((await generate({ kind: K, input: c, format: 'docx' })).bytes)['word/document.xml']!;
    const paras = wordXmlText(xml).split('\n');
    for (const lines of [translator, interpreter]) {
      const at = paras.indexOf(lines[0]!);
      expect(paras.slice(at, at + lines.length)).toEqual(lines);
    }
    // Line breaks in one paragraph (kept whole on its page), not paragraphs or spaces.
    expect(xml).toContain('Houston, Texas 77002</w:t></w:r>');
    expect(xml).toMatch(/Example Legal Aid Clinic<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">100 Main Street, Suite 4<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">Houston, Texas 77002/);
  });
});

// The certificate of a declarant who gives no pronouns read "… before the declaration was signed, I
// read it … Lucía Fernanda Morales Quispe confirmed to me that the declaration was understood and is
// true and correct": passive, the declaration named three times, the declarant never the one who
// understood. Every pronoun choice now reads as a person says it, the name once (never standing
// where a pronoun would), and the PDF and the DOCX print the same words.
describe('the interpreter’s certificate for every pronoun choice', () => {
  const CERT: Record<string, string> = {
    she: 'I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026, before she signed it, I read the foregoing declaration in its entirety to Lucía Fernanda Morales Quispe in Spanish. She told me that she understood it and that it is true and correct.',
    he: 'I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026, before he signed it, I read the foregoing declaration in its entirety to Lucía Fernanda Morales Quispe in Spanish. He told me that he understood it and that it is true and correct.',
    they: 'I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026, before they signed it, I read the foregoing declaration in its entirety to Lucía Fernanda Morales Quispe in Spanish. They told me that they understood it and that it is true and correct.',
    none: 'I, Elena Park, certify that I am competent to interpret between Spanish and English, and that on March 2, 2026, before signing, Lucía Fernanda Morales Quispe heard me read the foregoing declaration in its entirety in Spanish, acknowledged understanding it, and affirmed that it is true and correct.',
  };
  for (const [pronouns, cert] of Object.entries(CERT)) {
    it(`${pronouns}: the same words in the PDF and the DOCX`, async () => {
      const c = fixture('full');
      c.applicant.pronouns = pronouns === 'none' ? null : pronouns;
      expect(body(c)).toContain(cert);
      const [pdf, docx] = await Promise.all([generate({ kind: K, input: c, format: 'pdf' }), generate({ kind: K, input: c, format: 'docx' })]);
      // pdftotext breaks the lines; squash joins them as the DOCX's paragraph reads.
      expect(squash(pdfText(pdf.bytes))).toContain(squash(cert));
      expect(squash(docxText(docx.bytes))).toContain(squash(cert));
      const said = cert.split('Lucía Fernanda Morales Quispe').length - 1;
      expect(said, 'the declarant named once').toBe(1);
      expect(cert).not.toMatch(/was understood|confirmed to me/);
    });
  }
});
