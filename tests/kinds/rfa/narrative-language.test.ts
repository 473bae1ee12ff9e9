// A narrative written in another language than English (docs/domain/rfa-draft.md, "The narrative’s language"): what the
// child said is kept as written, the page says in which language, and an English translation is
// needed now, since the narrative is what OTIP decides on.
import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);
const now = (c: Json): string[] => ok(c).computed.stillToFindOut.now.map((m: any) => m.path);
const SPANISH = 'La niña dijo que trabajaba en una cocina y no le pagaban.';
const ENGLISH = 'The girl said she worked in a kitchen and was not paid.';
const narrative = (language: string | null, translation: string | null) =>
  withCase((x) => Object.assign(x.concern, { narrative: SPANISH, narrativeLanguage: language, narrativeTranslation: translation }));

describe('the narrative’s language and its English translation', () => {
  it('in Spanish, no translation: said before the narrative, the translation needed now and "Not yet known" after it', () => {
    const c = narrative('Spanish', null);
    expect(now(c)).toContain('concern.narrativeTranslation');
    const text = body(c);
    expect(text.indexOf('Written in Spanish, printed as written.')).toBeLessThan(text.indexOf(SPANISH));
    expect(text.indexOf('English translation *')).toBeGreaterThan(text.indexOf(SPANISH));
    expect(text.indexOf(NOT_YET_KNOWN, text.indexOf('English translation *'))).toBeGreaterThan(-1);
  });
  it('with its translation: printed after the narrative, nothing to find out', () => {
    const c = narrative('Spanish', ENGLISH);
    expect(now(c)).not.toContain('concern.narrativeTranslation');
    const text = body(c);
    expect(text.indexOf(ENGLISH)).toBeGreaterThan(text.indexOf(SPANISH));
  });
  it('English, or no language given: no line and no translation asked', () => {
    for (const lang of ['English', ' english ', null]) {
      const c = narrative(lang, null);
      expect(now(c)).not.toContain('concern.narrativeTranslation');
      expect(body(c)).not.toContain('English translation');
      expect(body(c)).not.toContain('Written in');
    }
  });
});
