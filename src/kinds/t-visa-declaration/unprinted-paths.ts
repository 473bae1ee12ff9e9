// The fields each declarant role's document does not print (docs/domain/t-visa-declaration-others.md,
// "Who speaks"), as dot paths in the order the warnings give them: the one table read by the
// service's `section-not-printed` rule (./unprinted.ts) and by the web form, which folds these
// fields away for the chosen role (web/src/form/not-printed.ts). Pure data, no imports: the web
// bundle takes it as it is.

/** The applicant's own account: what a parent's or supporting declaration does not print. */
const APPLICANTS_ACCOUNT = ['background', 'trafficking.narrative', 'trafficking.means', 'trafficking.entry'] as const;
/** The rest of the personal statement after the trafficking (escape to the closing). */
const AFTER_THE_TRAFFICKING = ['escape', 'escapes', 'presence', 'travel.departures', 'lawEnforcement', 'hardship.factors', 'closing'] as const;

/**
 * The fields a supporting declarant who is the parent or legal guardian (`declarant.capacity`) is
 * checked by, as a parent declarant is (parent-declarant.ts): not printed, yet read, so not warned.
 */
export const PARENT_CHECK_PATHS = ['trafficking.perpetrators', 'declarant.isSuspectedTrafficker'] as const;

/** By `declarant.role`: the fields its document does not print. */
export const NOT_PRINTED_PATHS = {
  applicant: [
    'supporting',
    'declarant.givenName',
    'declarant.familyName',
    'declarant.nameOnForm',
    'declarant.pronouns',
    'declarant.professional',
    'declarant.qualifications',
    'declarant.relationship',
    'declarant.capacity',
    'declarant.isSuspectedTrafficker',
  ],
  parent: [...APPLICANTS_ACCOUNT, ...AFTER_THE_TRAFFICKING, 'declarant.professional', 'declarant.qualifications'],
  // The perpetrators too, which a parent's declaration keeps as data (the check of a parent declarant, ./unprinted.ts).
  // Not declarant.capacity: a parent or legal guardian of an applicant 14 or older says so, and signs so.
  supporting: [...APPLICANTS_ACCOUNT, 'trafficking.perpetrators', ...AFTER_THE_TRAFFICKING, 'declarant.isSuspectedTrafficker'],
} as const satisfies Record<'applicant' | 'parent' | 'supporting', readonly string[]>;
