// An applicant whose name is written only in another script (林秀英, Ольга Петренко): Form I-914 is
// completed in English, so the declaration also prints the name as on the form, first, with the
// name in its own script in parentheses (`applicant.nameOnForm`; docs/domain/t-visa-declaration-form.md,
// "Names"). Before, the caption, first paragraph and signature printed only 林秀英, which an
// adjudicator cannot match to the form's LIN, Xiuying.
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../../src/pipeline.js';
import { nameWithFormName } from '../../../src/kinds/kit/index.js';
import { PDFDocument } from 'pdf-lib';
import { docxText } from '../../support/extract.js';
import { bodyOf, fixture, K } from './support.js';

const chinese = (c: any) => {
  c.applicant.givenName = '秀英';
  c.applicant.familyName = '林';
};
const onForm = (c: any) => {
  chinese(c);
  c.applicant.nameOnForm = { familyName: 'Lin', givenName: 'Xiuying' };
};
const warningsOf = (c: unknown) => {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.warnings.map((w) => [w.path, w.code]);
};

describe('the name as on Form I-914 (applicant.nameOnForm)', () => {
  it('the caption, the first paragraph and the signature print "LIN Xiuying (林秀英)"', () => {
    const t = bodyOf('minimal', onForm);
    expect(t).toContain('Declaration of LIN Xiuying (林秀英) in Support of Form I-914, Application for T Nonimmigrant Status');
    expect(t).toContain('My name is LIN Xiuying (林秀英).');
    expect(t).toMatch(/^LIN Xiuying \(林秀英\) \| Applicant \|/m);
  });

  it('a parent’s declaration names the child by the form’s given name in its sentences, and in full as on the form', () => {
    const t = bodyOf('parent-signs', (c) => {
      onForm(c);
      c.applicant.pronouns = null;
    });
    expect(t).toContain('I am the mother of LIN Xiuying (林秀英), who was born on');
    expect(t).toContain('Xiuying is under 14');
    expect(t).not.toContain('秀英 is under 14');
  });

  it('both formats print it (the DOCX too)', async () => {
    const c = fixture('minimal');
    onForm(c);
    const { bytes } = await generate({ kind: K, input: c, format: 'docx' });
    expect(docxText(bytes)).toContain('My name is LIN Xiuying (林秀英).');
  });

  it('warns when the name has no Latin letter and the form’s name is not given, and only then', () => {
    const none = fixture('minimal');
    chinese(none);
    expect(warningsOf(none)).toContainEqual(['applicant.nameOnForm', 'name-on-form-not-given']);
    const cyrillic = fixture('minimal');
    cyrillic.applicant.givenName = 'Ольга';
    cyrillic.applicant.familyName = 'Петренко';
    expect(warningsOf(cyrillic)).toContainEqual(['applicant.nameOnForm', 'name-on-form-not-given']);
    const given = fixture('minimal');
    onForm(given);
    expect(warningsOf(given).map(([, code]) => code)).not.toContain('name-on-form-not-given');
    // A name with a Latin letter is on the form as written; "Mei Ling 陈" has one.
    const mixed = fixture('minimal');
    mixed.applicant.givenName = 'Mei Ling';
    mixed.applicant.familyName = '陈';
    expect(warningsOf(mixed).map(([, code]) => code)).not.toContain('name-on-form-not-given');
    expect(warningsOf(fixture('minimal')).map(([, code]) => code)).not.toContain('name-on-form-not-given');
  });

  it('is refused in another script, naming the field and the rule', () => {
    const c = fixture('minimal');
    chinese(c);
    c.applicant.nameOnForm = { familyName: 'Lin', givenName: '秀英' };
    const r = checkCase(K, c);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['applicant.nameOnForm.givenName', 'invalid-format', 'must be written in Latin letters, as on Form I-914 (e.g. LIN, Xiuying)'],
    ]);
  });
});

// Every other person the declaration names (a parent, a supporting declarant, the translator, the
// interpreter) printed only in their own script too: "My name is 林建国", a certificate signed
// 王芳. A USCIS reader matches them across the filing (the parent signs Form I-914 for a child
// under 14; the exhibit index and the certificates are in English), so each takes the same field
// and the same warning, at their own path.
const mandarin = (c: any) => {
  c.statement = { language: 'Mandarin Chinese', readsEnglish: false };
  c.translator = { givenName: '芳', familyName: '王', fromLanguage: 'Mandarin Chinese', signedOn: '2026-03-01' };
  c.interpreter = { givenName: '伟', familyName: '张', language: 'Mandarin Chinese', readBackOn: c.signing.date };
};
const chineseParent = (c: any) => {
  c.declarant.givenName = '美华';
  c.declarant.familyName = '林';
};
const inLatinToo = (c: any) => {
  c.declarant.nameOnForm = { familyName: 'Lin', givenName: 'Meihua' };
  c.translator.nameOnForm = { familyName: 'Wang', givenName: 'Fang' };
  c.interpreter.nameOnForm = { familyName: 'Zhang', givenName: 'Wei' };
};

describe('the other people’s names in Latin letters (declarant, translator, interpreter)', () => {
  it('a parent, the translator and the interpreter print their Latin name first, everywhere they are named', () => {
    const t = bodyOf('parent-signs', (c) => {
      onForm(c);
      chineseParent(c);
      mandarin(c);
      inLatinToo(c);
    });
    expect(t).toContain('Declaration of LIN Meihua (林美华) in Support of Form I-914');
    expect(t).toContain('My name is LIN Meihua (林美华). I am the mother of LIN Xiuying (林秀英)');
    expect(t).toMatch(/^LIN Meihua \(林美华\) \| Mother of LIN Xiuying \(林秀英\), who is under 14 \|/m);
    expect(t).toContain('I am signing its English translation, made by WANG Fang (王芳).');
    expect(t).toContain('Before I signed it, ZHANG Wei (张伟) read the whole English translation back to me');
    expect(t).toContain('I, WANG Fang (王芳), certify that I am competent to translate from Mandarin Chinese into English, and that the foregoing English translation of the declaration of LIN Meihua (林美华) is complete');
    expect(t).toContain('I, ZHANG Wei (张伟), certify');
    expect(t).toMatch(/^WANG Fang \(王芳\) \| Translator \|/m);
    expect(t).toMatch(/^ZHANG Wei \(张伟\) \| Interpreter \|/m);
    // Never the own script alone.
    expect(t).not.toMatch(/(?<!\()林美华(?!\))|(?<!\()王芳(?!\))|(?<!\()张伟(?!\))/);
  });

  it('a supporting declarant does too', () => {
    const t = bodyOf('supporting', (c) => {
      c.declarant.givenName = 'Ольга';
      c.declarant.familyName = 'Петренко';
      c.declarant.nameOnForm = { familyName: 'Petrenko', givenName: 'Olha' };
    });
    expect(t).toContain('My name is Olha Petrenko (Ольга Петренко).');
    expect(t).toMatch(/^Olha Petrenko \(Ольга Петренко\) \| /m);
  });

  it('warns for each person named only in another script, at their own field, and only then', () => {
    const c = fixture('parent-signs');
    onForm(c);
    chineseParent(c);
    mandarin(c);
    expect(warningsOf(c).filter(([, code]) => code === 'name-on-form-not-given')).toEqual([
      ['declarant.nameOnForm', 'name-on-form-not-given'],
      ['translator.nameOnForm', 'name-on-form-not-given'],
      ['interpreter.nameOnForm', 'name-on-form-not-given'],
    ]);
    inLatinToo(c);
    expect(warningsOf(c).map(([, code]) => code)).not.toContain('name-on-form-not-given');
    // A supporting declarant too; a name with a Latin letter is taken as written.
    const s = fixture('supporting');
    s.declarant.givenName = 'Ольга';
    s.declarant.familyName = 'Петренко';
    expect(warningsOf(s)).toContainEqual(['declarant.nameOnForm', 'name-on-form-not-given']);
    expect(warningsOf(fixture('full')).map(([, code]) => code)).not.toContain('name-on-form-not-given');
  });

  it('a personal statement’s declarant has no name of its own to give: declarant.nameOnForm is not printed there', () => {
    const c = fixture('minimal');
    c.declarant.nameOnForm = { familyName: 'Lin', givenName: 'Meihua' };
    expect(warningsOf(c)).toContainEqual(['declarant.nameOnForm', 'section-not-printed']);
  });

  it('a parent named among the perpetrators in Latin letters is refused by the name in Latin letters', () => {
    const c = fixture('parent-signs');
    onForm(c);
    chineseParent(c);
    c.declarant.nameOnForm = { familyName: 'Lin', givenName: 'Meihua' };
    c.trafficking.perpetrators = [{ name: 'LIN, Meihua', relationship: null }];
    const r = checkCase(K, c);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toContainEqual(['declarant', 'signer-is-suspected-trafficker']);
  });
});

describe('the metadata title’s initials', () => {
  it('are those of the name as on Form I-914 when given ("L.X."), in its own script otherwise', async () => {
    const title = async (patch: (c: any) => void) => {
      const c = fixture('minimal');
      patch(c);
      const { bytes } = await generate({ kind: K, input: c, format: 'pdf' });
      return (await PDFDocument.load(bytes)).getTitle();
    };
    expect(await title(onForm)).toBe('T-visa personal statement — L.X.');
    expect(await title(chinese)).toBe('T-visa personal statement — 林.秀.');
    expect(
      await title((c) => {
        c.applicant.givenName = 'Ольга';
        c.applicant.familyName = 'Петренко';
        c.applicant.nameOnForm = { familyName: 'Petrenko', givenName: 'Olha' };
      }),
    ).toBe('T-visa personal statement — O.P.');
  });
});

describe('nameWithFormName: worked examples', () => {
  it.each([
    // family name first in its own script: kept first, in capitals to say which part it is
    ['秀英', '林', { familyName: 'Lin', givenName: 'Xiuying' }, 'LIN Xiuying (林秀英)'],
    ['민준', '김', { familyName: 'Kim', givenName: 'Min-jun' }, 'KIM Min-jun (김민준)'],
    ['太郎', '山田', { familyName: 'YAMADA', givenName: 'Taro' }, 'YAMADA Taro (山田太郎)'],
    // given name first in its own script: as the form's name reads
    ['Ольга', 'Петренко', { familyName: 'Petrenko', givenName: 'Olha' }, 'Olha Petrenko (Ольга Петренко)'],
    // the same name loosely (accents, case): the name as the person writes it, alone
    ['María José', 'López', { familyName: 'Lopez', givenName: 'Maria Jose' }, 'María José López'],
    // none given: as before
    ['秀英', '林', null, '林秀英'],
  ])('%s + %s with %j → %s', (given, family, form, printed) => {
    expect(nameWithFormName(given, family, form)).toBe(printed);
  });
});
