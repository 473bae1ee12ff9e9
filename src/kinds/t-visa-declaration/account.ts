// The applicant's account, the personal statement's sections in the order of the domain file
// (docs/domain/t-visa-declaration.md): the trafficking and its dated acts, the escape, physical
// presence and departures (8 CFR 214.207), law enforcement (8 CFR 214.208) and extreme hardship
// (8 CFR 214.209).
import { z } from 'zod';
import { CAPS, itemTitle, CountryCode, isIsoDate, labelled, list, MULTILINE, Narrative, oneEntry, optional, optList, personNameText, Text, withDefault, yearInRange, choice, valueFormat, notWith } from '../kit/index.js';
import { CONTINUED_PRESENCE_STATUSES, CONTINUED_PRESENCE_STATUS_LABELS, DEPARTURE_CATEGORIES, HARDSHIP_FACTOR_NUMBERS, MEANS, PRESENCE_GROUNDS, TRAFFICKING_TYPES, TRAFFICKING_TYPE_LABELS, MEANS_LABELS, PRESENCE_GROUND_LABELS, DEPARTURE_CATEGORY_LABELS } from './choices.js';
import { seasonOf } from './dates.js';
import type { exhibitSchemas } from './exhibits.js';

/** The statuses of a request for Continued Presence that no grant date goes with (`x-not-with`). */
const NOT_GRANTED = { anyOf: CONTINUED_PRESENCE_STATUSES.filter((st) => st !== 'granted').map((st) => ({ const: st })) };

/**
 * The account's schemas, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18). `Cites` is the exhibits' (exhibits.ts),
 * the one instance every section shares.
 */
export function accountSchemas({ Cites }: Pick<ReturnType<typeof exhibitSchemas>, 'Cites'>) {
  /**
   * The date of a trafficking act at the precision the applicant remembers it: `yyyy-mm-dd`
   * (exact), `yyyy-mm` (month), `yyyy-spring` (a season, or early, mid or late in the year: the
   * applicant who remembers "the spring of 2022" gave "2022" and wrote the season in the text) or
   * `yyyy` (year), in the kit's years (1900–2100). compute.ts turns it into an age range.
   */
  const ActDate = z.string().refine(
    (s) => {
      if (/^\d{4}$/.test(s)) return yearInRange(Number(s));
      // A season or part of a year ("2022-spring", "2022-late"): dates.ts SEASONS.
      if (seasonOf(s)) return yearInRange(Number(s.slice(0, 4)));
      if (/^\d{4}-\d{2}$/.test(s)) {
        const m = Number(s.slice(5, 7));
        return m >= 1 && m <= 12 && yearInRange(Number(s.slice(0, 4)));
      }
      return isIsoDate(s);
    },
    { message: 'must be a real date between 1900 and 2100 written yyyy-mm-dd, yyyy-mm (month known), yyyy-spring (season known: spring, summer, fall or winter, the winter beginning in December of that year; or early, mid or late in the year) or yyyy (year known)', params: { code: 'invalid-date' } },
  ).meta(valueFormat('date-at-precision'));

  const Act = z.strictObject({
    date: labelled(ActDate, 'Date of the act', 'Date at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year).'),
    // Required in the personal statement (role-rules.ts); a parent's or supporting declaration
    // gives the act's date alone, for the ages (its facts go in supporting.*).
    description: labelled(optional(Narrative), 'What happened', 'The act, in the applicant’s words; a blank line starts a paragraph. Required in the personal statement; a parent’s or supporting declaration gives only the date.'),
    exhibits: Cites,
  });

  const Trafficking = z.strictObject({
    types: labelled(
      list(choice(TRAFFICKING_TYPES, TRAFFICKING_TYPE_LABELS), CAPS.short)
        .min(1, 'name at least one type of trafficking (sex or labor)')
        .refine((t) => new Set(t).size === t.length, { message: 'lists a type twice', params: { code: 'duplicate-type' } }),
      'Types of trafficking',
      'sex and/or labor: decides whether a means is needed (8 CFR 214.206(a)(1)). Never printed in the applicant’s voice.',
    ),
    narrative: labelled(optional(Narrative), 'How it began', 'Recruitment and the promises made, before the dated acts, in the applicant’s words.'),
    acts: labelled(list(Act, CAPS.items).min(1, 'give at least one dated act of trafficking'), 'Dated acts', 'What was done, each dated, in the applicant’s chronological order.'),
    means: labelled(
      optList(
        z.strictObject({
          type: labelled(choice(MEANS, MEANS_LABELS), 'Means', 'force, fraud or coercion (22 U.S.C. § 7102(11)); the printed lead says it in plain words.'),
          narrative: labelled(Narrative, 'How', 'How the means was used, in the applicant’s words.'),
          exhibits: Cites,
        }),
        CAPS.items,
      ).meta(itemTitle('Means used')),
      'Force, fraud or coercion',
      'How the traffickers controlled the applicant, each means in the applicant’s words.',
    ),
    perpetrators: labelled(
      optList(
        z.strictObject({
          name: labelled(oneEntry(personNameText('the', 'write the name the applicant knows, with what is not known in parentheses (“Rolando (last name unknown)”), or what the applicant calls the person (“the man who drove the van”)'), 'one person’s name', 'Who was responsible'), 'Name', 'The name the applicant knows, e.g. "Rolando (last name unknown)".'),
          relationship: labelled(optional(Text), 'Relationship', 'Who the person is to the applicant, e.g. "mother’s boyfriend".'),
        }),
        CAPS.items,
      ).meta(itemTitle('Person responsible')),
      'Who was responsible',
      'The people responsible; also used to check that a parent declarant is not one of them.',
    ),
    entry: labelled(optional(Narrative), 'Entry into the United States', 'The entry into the United States, when related to the trafficking, in the applicant’s words.'),
  });

  const Escape = z.strictObject({
    date: labelled(optional(ActDate), 'Date', 'When the applicant escaped or was separated, at any precision.'),
    narrative: labelled(Narrative, 'How', 'How the applicant escaped or was separated from the traffickers, in their words.'),
    exhibits: Cites,
  });

  const Presence = z.strictObject({
    ground: labelled(
      choice(PRESENCE_GROUNDS, PRESENCE_GROUND_LABELS),
      'Ground of physical presence',
      'The ground of 8 CFR 214.207(a)(1)–(5) counsel relies on; reported by check, never printed as a conclusion.',
    ),
    narrative: labelled(Narrative, 'Why I am in the United States', 'The facts of the applicant’s presence, in their words.'),
  });

  /** A departure from the U.S. after an act of trafficking, 8 CFR 214.207(b). */
  const Departure = z.strictObject({
    // At the precision the applicant remembers it, as an act's date: a trip of years ago is often
    // known by its month alone, and "March 1" would swear to a day nobody remembers.
    departedOn: labelled(ActDate, 'Departed on', 'When the applicant left the United States, at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year).'),
    returnedOn: labelled(
      optional(ActDate),
      'Returned on',
      'When the applicant came back, at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year); absent if not back.',
    ),
    country: labelled(CountryCode, 'Country', 'Where the applicant went (ISO 3166-1 alpha-2).'),
    presenceCategory: labelled(
      optional(choice(DEPARTURE_CATEGORIES, DEPARTURE_CATEGORY_LABELS)),
      'Category of 8 CFR 214.207(b)',
      'continued-victimization, new-trafficking-incident or reentry-for-investigation; null when none applies (a warning: physical presence is at risk).',
    ),
    explanation: labelled(
      z
        .string()
        .nullish()
        .refine((s) => typeof s === 'string' && s.trim().length > 0, {
          message: 'a departure after the trafficking needs an explanation (8 CFR 214.207(b))',
          params: { code: 'departure-needs-explanation' },
        })
        .transform((s) => s ?? '')
        .meta(MULTILINE), // in lines and paragraphs: a multi-line box in the form (kit/text.ts)
      'Explanation',
      'Why the applicant left and came back, in their words.',
    ),
    exhibits: Cites,
  });

  const LawEnforcement = z.strictObject({
    contacts: labelled(
      optList(
        z.strictObject({
          agency: labelled(Text, 'Agency', 'The law-enforcement agency contacted.'),
          // At the precision the applicant remembers it, as an act's date: a day made up to fill
          // yyyy-mm-dd would be sworn, and read against the agency's own records.
          date: labelled(ActDate, 'Date', 'The date of the contact at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year).'),
          narrative: labelled(Narrative, 'What happened', 'What was reported and what the applicant did when asked for help, in their words.'),
          exhibits: Cites,
        }),
        CAPS.items,
      ),
      'Law-enforcement contacts',
      'Reports and help given to law enforcement (8 CFR 214.202(c), 214.208).',
    ),
    // Continued Presence (22 U.S.C. § 7105(c)(3); 28 CFR 1100.35): the temporary permission to stay
    // a federal law-enforcement agency requests for a victim who is a potential witness. Printed
    // after the contacts; its dates are checked in continued-presence.ts.
    continuedPresence: labelled(
      optional(
        z.strictObject({
          status: labelled(
            choice(CONTINUED_PRESENCE_STATUSES, CONTINUED_PRESENCE_STATUS_LABELS),
            'Status',
            'Where the request stands on the signing date: requested (not yet decided), granted or denied.',
          ),
          agency: labelled(Text, 'Requesting agency', 'The federal law-enforcement agency that asked for Continued Presence, e.g. "Federal Bureau of Investigation".'),
          // At the precision the applicant knows it, as a contact's date: the agency asks, and the
          // applicant often learns the month from the agent, not the day.
          requestedOn: labelled(
            optional(ActDate),
            'Requested on',
            'When the agency asked for it, at the precision known: yyyy-mm-dd (exact), yyyy-mm (month), yyyy-spring (a season, or early, mid or late in the year) or yyyy (year); absent if not known.',
          ),
          // Refused beside a request not granted (continued-presence.ts, continued-presence-status):
          // the web form draws the two only for a grant, or where they hold a date (`x-not-with`).
          grantedOn: labelled(
            optional(ActDate),
            'Granted on',
            'When Continued Presence was granted, as the grant notice or Form I-94 gives it (yyyy-mm-dd, or at the precision known); required when granted, refused otherwise.',
          ).meta(notWith({ status: NOT_GRANTED })),
          validUntil: labelled(
            optional(ActDate),
            'Valid until',
            'The last day of the grant, as the notice or Form I-94 gives it; only when granted.',
          ).meta(notWith({ status: NOT_GRANTED })),
          exhibits: Cites,
        }),
      ),
      'Continued Presence',
      'A request for Continued Presence by a federal law-enforcement agency (22 U.S.C. § 7105(c)(3); 28 CFR 1100.35), which bears on the applicant’s cooperation with law enforcement (8 CFR 214.208).',
    ),
    // Form I-914 Supplement B, the agency's declaration (8 CFR 214.204(f), 214.208(b)): printed after
    // the contacts; its dates of the crime are read against the account (supplement-b.ts).
    supplementB: labelled(
      optional(
        z.strictObject({
          agency: labelled(Text, 'Certifying agency', 'The agency whose officer signed Supplement B, e.g. "Federal Bureau of Investigation, Houston Field Office".'),
          signedOn: labelled(ActDate, 'Signed on', 'The date the officer signed Supplement B, as the form gives it (yyyy-mm-dd); on or before the signing date of this statement.'),
          crimeFrom: labelled(
            optional(ActDate),
            'Crime from',
            'The first date of the trafficking as Supplement B gives it, at its precision (yyyy-mm-dd, yyyy-mm or yyyy); read against the acts this statement tells, not printed.',
          ),
          crimeTo: labelled(
            optional(ActDate),
            'Crime until',
            'The last date of the trafficking as Supplement B gives it, at its precision; read against the acts and escapes this statement tells, not printed.',
          ),
          exhibits: Cites,
        }),
      ),
      'Law-enforcement declaration (Supplement B)',
      'Form I-914 Supplement B, Declaration of Law Enforcement Officer for Victim of Trafficking in Persons, when the filing has one: who signed it and when, and the dates it gives the crime, which are checked against the account.',
    ),
    traumaException: labelled(
      optional(z.strictObject({ narrative: labelled(Narrative, 'Why', 'Why the applicant could not cooperate, in their words.') })),
      'Trauma exception',
      'Exception for trauma, 8 CFR 214.202(c)(2): why the applicant could not comply with a request.',
    ),
  });

  // The regulation's factors are numbered without gaps (HARDSHIP_FACTOR_NUMBERS: 1 to 8).
  const firstFactor = Math.min(...HARDSHIP_FACTOR_NUMBERS);
  const lastFactor = Math.max(...HARDSHIP_FACTOR_NUMBERS);
  const notAFactor = `must be a factor number ${firstFactor} to ${lastFactor} of 8 CFR 214.209(b)`;
  const HardshipFactor = z.strictObject({
    factor: z
      .number({ message: notAFactor })
      .int({ message: notAFactor })
      .superRefine((n, ctx) => {
        if (n >= firstFactor && n <= lastFactor) return;
        ctx.addIssue({
          code: 'custom',
          message:
            n === lastFactor + 1
              ? `is not a factor of 8 CFR 214.209(b): economic detriment is excluded from extreme hardship (8 CFR 214.209(a)); argue factors ${firstFactor} to ${lastFactor}`
              : notAFactor,
          params: { code: 'not-a-hardship-factor' },
        });
      })
      .meta({
        title: 'Factor',
        description:
          'Factor of 8 CFR 214.209(b): 1 age, maturity and personal circumstances; 2 serious illness needing care not reasonably available abroad; 3 consequences of the trafficking; 4 loss of access to U.S. courts and justice; 5 laws or customs that would penalize a victim; 6 re-victimization and protection by foreign authorities; 7 harm from the traffickers or their agents; 8 civil unrest or armed conflict.',
        minimum: firstFactor,
        maximum: lastFactor,
      }),
    narrative: labelled(Narrative, 'Why', 'The hardship under this factor, in the applicant’s words.'),
    exhibits: Cites,
  });

  const Hardship = z.strictObject({
    factors: labelled(
      withDefault(
        list(HardshipFactor, CAPS.short).superRefine((fs, ctx) => {
          const seen = new Set<unknown>();
          fs.forEach((f, i) => {
            if (seen.has(f?.factor)) {
              ctx.addIssue({ code: 'custom', path: [i, 'factor'], message: 'this factor is already argued above; merge the two', params: { code: 'duplicate-hardship-factor' } });
            }
            seen.add(f?.factor);
          });
        }),
        [],
      ),
      'Hardship factors',
      'Extreme hardship involving unusual and severe harm on removal, argued factor by factor (8 CFR 214.209).',
    ),
  });

  return { ActDate, Act, Trafficking, Escape, Presence, Departure, LawEnforcement, HardshipFactor, Hardship };
}
