// Text a declaration's template does not print (warning `section-not-printed`): the other roles'
// sections, and each act's description in a parent's or supporting declaration
// (docs/domain/t-visa-declaration-others.md, "Who speaks").
import type { TVisaIssue } from './codes.js';
import { givenInEnglish } from './language.js';
import type { TVisaCase } from './schema.js';
import { speaksAsParent } from './parent-declarant.js';
import { NOT_PRINTED_PATHS, PARENT_CHECK_PATHS } from './unprinted-paths.js';

/**
 * Text the chosen template does not print: the other roles' sections. A legal document must not
 * silently drop what the drafter wrote, so each is a warning naming the field.
 *
 * A parent's or supporting declaration may carry `trafficking.acts` and `trafficking.perpetrators`
 * as data: the acts' dates feed the ages, the perpetrators the check of a parent declarant. The
 * acts' descriptions are the applicant's account and are not printed there, because those
 * declarations speak from the declarant's own knowledge, each fact with its source: what the
 * declarant saw (`supporting.observations`) and what the child told them, when and where
 * (`supporting.disclosures`); an undated, unsourced act would sit beside the closing sentence
 * "where I report what [the child] told me, I say when" and contradict it
 * (docs/domain/t-visa-declaration-others.md, "Who speaks"). So each description given there is a warning that says where its facts belong.
 */
export function unprintedSections(c: TVisaCase): TVisaIssue[] {
  const role = c.declarant.role;
  const message =
    role === 'applicant'
      ? 'belongs to a parent’s or supporting declaration and is not printed in the personal statement'
      : role === 'parent'
        ? 'is not printed in a parent’s declaration'
        : 'belongs to the personal statement and is not printed in a supporting declaration';
  const acts: TVisaIssue[] = [];
  if (role !== 'applicant') {
    const t = c.trafficking;
    const actMessage =
      role === 'parent'
        ? 'is not printed in a parent’s declaration, which says what the parent saw (supporting.observations) and what the child told them, when and where (supporting.disclosures): give what the parent knows of this act there; the act’s date still counts for the ages'
        : 'belongs to the personal statement and is not printed in a supporting declaration, which says what the declarant observed (supporting.observations) and what the applicant told them and when (supporting.disclosures): give it there if the declarant knows it; the act’s date still counts for the ages';
    // Only a description given is one not printed: the date alone is what these roles give.
    (t?.acts ?? []).forEach((a, i) => {
      if (a.description !== null) acts.push({ path: `trafficking.acts.${i}.description`, code: 'section-not-printed', message: actMessage });
    });
  }
  // Each field of the role's table (./unprinted-paths.ts, which the web form folds by) that holds
  // something: a text, a yes or no, a section, a list with an item.
  // A supporting declarant who is the parent or legal guardian (declarant.capacity) is checked
  // against the perpetrators and their own answer, as a parent declarant is (parent-declarant.ts):
  // there those two fields are the check's data, not text left out.
  const checked: readonly string[] = role === 'supporting' && speaksAsParent(c) ? PARENT_CHECK_PATHS : [];
  const present = NOT_PRINTED_PATHS[role].filter((path) => !checked.includes(path) && given(valueAt(c, path)));
  // A translator of a statement given in English, for every role: there is no translation to
  // certify, and a certificate "from English into English" was printed.
  const translator: TVisaIssue[] =
    c.translator && givenInEnglish(c)
      ? [
          {
            path: 'translator',
            code: 'section-not-printed',
            message:
              'the declaration was given in English, so there is no translation to certify and the translator’s certificate is not printed: remove the translator, or give statement.language if the declaration was given in another language',
          },
        ]
      : [];
  return [...acts, ...present.map((path): TVisaIssue => ({ path, code: 'section-not-printed', message })), ...translator];
}

/** The value at a dot path of the case (undefined where a section on the way is not given). */
function valueAt(c: TVisaCase, path: string): unknown {
  let v: unknown = c;
  for (const key of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** A value given: not absent, not null, not an empty text or list (false is an answer given). */
function given(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}
