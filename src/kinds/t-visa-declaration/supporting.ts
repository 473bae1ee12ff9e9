// Declarations by others, a parent's or a supporting declarant's (docs/domain/
// t-visa-declaration-others.md): their basis of knowledge, what they saw and were told, and a
// professional's method, findings, diagnoses (ICD-10-CM) and opinion.
import { z } from 'zod';
import { CAPS, itemTitle, labelled, list, Narrative, optional, optList, Text, choice } from '../kit/index.js';
import { SUPPORTED_ELEMENTS, SUPPORTED_ELEMENT_LABELS } from './choices.js';
import type { accountSchemas } from './account.js';
import type { exhibitSchemas } from './exhibits.js';

/**
 * The declaration's schemas, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18). `ActDate` is the account's (account.ts)
 * and `Cites` the exhibits' (exhibits.ts), the instances the other sections use.
 */
export function supportingSchemas({ ActDate, Cites }: Pick<ReturnType<typeof accountSchemas>, 'ActDate'> & Pick<ReturnType<typeof exhibitSchemas>, 'Cites'>) {
  const Elements = (what: string) =>
    labelled(
      optList(choice(SUPPORTED_ELEMENTS, SUPPORTED_ELEMENT_LABELS), CAPS.short),
      'Elements supported',
      `The elements of eligibility ${what} speaks to: ${SUPPORTED_ELEMENTS.join(', ')}.`,
    );

  /**
   * An ICD-10-CM diagnosis code: a letter, two characters, and after a dot up to four more
   * ("F43.10"). Written in any case; stored in capitals. A DSM-IV / ICD-9-CM number ("309.81") is
   * refused with the reason (45 CFR 162.1002(c)(2): ICD-10-CM since 1 October 2015).
   */
  const Icd10CmCode = z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((s, ctx) => {
      if (/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(s)) return;
      ctx.addIssue({
        code: 'custom',
        message: /^[0-9]{3}(\.[0-9]{1,2})?$/.test(s)
          ? 'is a DSM-IV / ICD-9-CM number; write the ICD-10-CM code (post-traumatic stress disorder is F43.10, not 309.81)'
          : 'must be an ICD-10-CM code: a letter, two characters, then a dot and up to four more, like F43.10',
        params: { code: 'diagnosis-code-not-icd10' },
      });
    });

  const Supporting = z.strictObject({
    contacts: labelled(
      optList(
        z.strictObject({
          // At the precision the declarant remembers, as an observation is: a shelter worker or a
          // teacher often knows the month or the season, not the day, and a made-up day is sworn.
          from: labelled(ActDate, 'From', 'When this contact began, at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year).'),
          to: labelled(optional(ActDate), 'To', 'When it ended, at the precision known; absent while it continues.'),
          text: labelled(
            Narrative,
            'What the contact was',
            'What the declarant did with the applicant, in the declarant’s own sentences: "I have met with her every week…". The dates above print before it, in bold ("Since February 13, 2023."), so the text need not repeat them.',
          ),
        }),
        CAPS.items,
      ).meta(itemTitle('Contact')),
      'Basis of knowledge',
      'Dated contacts with the applicant (required for a supporting declaration).',
    ),
    method: labelled(
      optional(Narrative),
      'Method of assessment',
      'A professional’s method: interviews, standardized instruments, records reviewed (required for a professional).',
    ),
    observations: labelled(
      // Dated at the precision the declarant remembers, as a disclosure is: a parent or lay witness
      // often knows the month, not the day, and a made-up day would be sworn.
      optList(z.strictObject({ date: labelled(ActDate, 'Date', 'When, at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year).'), text: labelled(Narrative, 'What I saw', 'What the declarant saw, in their words.'), exhibits: Cites }), CAPS.items).meta(itemTitle('Observation')),
      'What I observed',
      'Facts the declarant saw themselves, each dated.',
    ),
    disclosures: labelled(
      optList(
        z.strictObject({
          date: labelled(ActDate, 'Date', 'When the applicant said it, at the precision known.'),
          setting: labelled(optional(Text), 'Setting', 'Where and how, e.g. "at home, the evening after he arrived".'),
          text: labelled(Narrative, 'What the applicant said', 'What the applicant told the declarant, in the declarant’s words ("He told me that…").'),
          exhibits: Cites,
        }),
        CAPS.items,
      ).meta(itemTitle('Disclosure')),
      'What the applicant told me',
      'What the applicant told the declarant, and when.',
    ),
    findings: labelled(optional(Narrative), 'Professional findings', 'A professional’s findings (never a lay declarant’s).'),
    diagnoses: labelled(
      optList(
        z.strictObject({
          code: labelled(Icd10CmCode, 'ICD-10-CM code', 'The ICD-10-CM code, e.g. F43.10 (not a DSM-IV number such as 309.81).'),
          name: labelled(Text, 'Diagnosis', 'The diagnosis in words, e.g. "Post-traumatic stress disorder, unspecified".'),
        }),
        CAPS.short,
      ),
      'Diagnoses',
      'A professional’s diagnoses with their ICD-10-CM codes.',
    ),
    elements: Elements('a lay or parent declaration'),
    opinion: labelled(
      optional(
        z.strictObject({
          elements: labelled(
            list(choice(SUPPORTED_ELEMENTS, SUPPORTED_ELEMENT_LABELS), CAPS.short).min(1, 'name the element the opinion supports'),
            'Elements supported',
            `The elements the opinion speaks to: ${SUPPORTED_ELEMENTS.join(', ')}.`,
          ),
          narrative: labelled(Narrative, 'Opinion', 'The professional opinion, in the declarant’s words.'),
        }),
      ),
      'Opinion',
      'A professional’s opinion tied to the elements it supports (required for a professional; refused for a lay declarant).',
    ),
  });

  return { Icd10CmCode, Supporting };
}
