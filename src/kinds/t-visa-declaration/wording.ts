// Words in a declaration that counsel should review: a legal term of art in the declarant's own
// voice (warning `legal-conclusion-in-statement`) and a DSM-IV / ICD-9-CM number in a
// professional's text (warning `diagnosis-code-outdated`); docs/domain/t-visa-declaration.md.
import type { TVisaIssue } from './codes.js';
import { escapeEpisodes } from './chronology.js';
import type { TVisaCase } from './schema.js';

/**
 * Terms of art that state a legal conclusion (22 U.S.C. § 7102; 8 CFR 214.201): counsel argues
 * them; a declarant says what happened. "trafficking" alone ("since the trafficking") is a word
 * survivors use and is not flagged.
 */
const LEGAL_CONCLUSION =
  /\b(?:(?:labou?r|sex|human) trafficking|severe forms? of trafficking|involuntary servitude|peonage|debt bondage|forced labou?r|victims? of (?:human |labou?r |sex )?trafficking|trafficking victims?)\b/i;

/** A DSM-IV / ICD-9-CM mental-disorder number (290–319, with decimals), e.g. 309.81. */
const DSM_IV_NUMBER = /\b(?:29\d|30\d|31\d)\.\d{1,2}\b/;

/** The narratives in the voice of the applicant (personal statement) or of the parent (their declaration). */
function voicedNarratives(c: TVisaCase): Array<[string, string | null | undefined]> {
  if (c.declarant.role === 'applicant') {
    const t = c.trafficking;
    return [
      ['background', c.background],
      ['trafficking.narrative', t?.narrative],
      ...(t?.acts ?? []).map((a, i): [string, string | null] => [`trafficking.acts.${i}.description`, a.description]),
      ...(t?.means ?? []).map((m, i): [string, string] => [`trafficking.means.${i}.narrative`, m.narrative]),
      ['trafficking.entry', t?.entry],
      ...escapeEpisodes(c).map((e): [string, string] => [`${e.path}.narrative`, e.narrative]),
      ['presence.narrative', c.presence?.narrative],
      ...c.travel.departures.map((d, i): [string, string] => [`travel.departures.${i}.explanation`, d.explanation]),
      ...(c.lawEnforcement?.contacts ?? []).map((x, i): [string, string] => [`lawEnforcement.contacts.${i}.narrative`, x.narrative]),
      ['lawEnforcement.traumaException.narrative', c.lawEnforcement?.traumaException?.narrative],
      ...c.hardship.factors.map((f, i): [string, string] => [`hardship.factors.${i}.narrative`, f.narrative]),
      ['closing', c.closing],
    ];
  }
  if (c.declarant.role === 'parent') {
    const s = c.supporting;
    return [
      ['declarant.relationship', c.declarant.relationship],
      ...(s?.observations ?? []).map((o, i): [string, string] => [`supporting.observations.${i}.text`, o.text]),
      ...(s?.disclosures ?? []).map((o, i): [string, string] => [`supporting.disclosures.${i}.text`, o.text]),
    ];
  }
  return [];
}

/** A legal term of art in the declarant's own voice: a warning naming the field (never quoting it). */
export function legalConclusions(c: TVisaCase): TVisaIssue[] {
  return voicedNarratives(c)
    .filter(([, text]) => typeof text === 'string' && LEGAL_CONCLUSION.test(text))
    .map(([path]) => ({
      path,
      code: 'legal-conclusion-in-statement',
      message:
        'uses a legal term of art (such as labor or sex trafficking, involuntary servitude, peonage or debt bondage): that is a conclusion for counsel; in the declaration, say what happened',
    }));
}

/** DSM-IV / ICD-9-CM numbers written in a professional's text: warn, naming the ICD-10-CM rule. */
export function outdatedDiagnoses(c: TVisaCase): TVisaIssue[] {
  const s = c.supporting;
  if (!s || c.declarant.role === 'applicant') return [];
  const texts: Array<[string, string | null]> = [
    ['supporting.method', s.method],
    ['supporting.findings', s.findings],
    ['supporting.opinion.narrative', s.opinion?.narrative ?? null],
  ];
  return texts
    .filter(([, t]) => t !== null && DSM_IV_NUMBER.test(t))
    .map(([path]) => ({
      path,
      code: 'diagnosis-code-outdated',
      message: 'contains a DSM-IV / ICD-9-CM diagnosis number; diagnoses use ICD-10-CM codes (post-traumatic stress disorder is F43.10): give them in supporting.diagnoses',
    }));
}
