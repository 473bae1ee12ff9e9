// An applicant whose name is written only in another script (林秀英, Ольга Петренко): Form I-914 is
// completed in English, so the declaration also prints the name as on the form, first, with the
// name in its own script in parentheses (`applicant.nameOnForm`; docs/domain/t-visa-declaration-form.md,
// "Names"). Before, the caption, first paragraph and signature printed only 林秀英, which an
// adjudicator cannot match to the form's LIN, Xiuying.
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../../src/pipeline.js';
import { nameWithFormName } from '../../../src/kinds/kit/index.js';
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
