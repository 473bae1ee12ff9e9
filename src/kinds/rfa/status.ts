// Whether the child is a foreign national (docs/domain/rfa-eligibility.md, "Foreign national"): OTIP's letters
// are for a child who is neither a U.S. citizen nor a lawful permanent resident (22 U.S.C.
// § 7105(b)(1)(G); OTIP's RFA instructions, OMB No. 0970-0362: "non-U.S. citizen or non-lawful
// permanent resident under the age of 18"), and a U.S. national is no alien either (8 U.S.C.
// § 1101(a)(3)). The spellings read as the codes follow OTIP's own ("non-Lawful Permanent Resident
// (LPR)", the 2011 RFA form; "legal permanent resident", ACF OTIP's Eligibility Letters page):
// docs/domain/rfa-eligibility.md.
//
// `child.immigrationStatus` is free text, so a caseworker at night types "U.S. citizen" or
// "Lawful permanent resident (green card)", not the codes `us-citizen` and `lpr`: those
// spellings are read as the codes are (an error), and a status that only mentions citizenship or
// permanent residence among other words ("U.S. citizen father") is a warning, since Harbor cannot
// tell. A child born in the United States or a territory whose people are citizens or nationals
// at birth is a U.S. citizen or national with rare exceptions (a foreign diplomat's child), which
// the caseworker checks: a warning.
import type { RfaIssue } from './codes.js';
import type { RfaCase } from './schema.js';

/** A status as compared: lower case, parentheses dropped, runs of dots, dashes, underscores and spaces one space. */
function normalized(status: string): string {
  return status
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.\-_\s]+/g, ' ')
    .trim();
}

/**
 * Whole statuses (normalized) that say the child is a U.S. citizen or national. A naturalized
 * child is a citizen (8 U.S.C. § 1421 ff.), as is one who derived citizenship from a parent
 * (8 U.S.C. § 1431): "Naturalized" alone is the child's own status.
 */
const CITIZEN = new Set([
  'us citizen', 'usc', 'u s citizen', 'united states citizen', 'citizen of the united states', 'american citizen', 'us national', 'u s national', 'united states national',
  'naturalized', 'naturalised', 'naturalized citizen', 'naturalised citizen', 'naturalized us citizen', 'naturalized u s citizen', 'naturalized united states citizen',
  'us citizen by naturalization', 'u s citizen by naturalization', 'derived citizen', 'derived us citizen', 'derived u s citizen', 'derived citizenship',
]);
/**
 * Whole statuses (normalized) that say the child is a lawful permanent resident; "resident alien"
 * and "permanent resident alien" are the older words for one (the card is still the "Permanent
 * Resident Card", Form I-551, 8 CFR 264.1(b)).
 */
const LPR = new Set(['lpr', 'lawful permanent resident', 'legal permanent resident', 'permanent resident', 'green card', 'green card holder', 'conditional permanent resident', 'resident alien', 'permanent resident alien', 'lawful permanent resident alien']);
/** Words that make a status that mentions citizenship or permanent residence about something else. */
const MENTION = /\b(u ?s citizen|united states citizen|american citizen|u ?s national|permanent resident|green card|lpr|usc|resident alien|i 551)\b/g;

/**
 * The states, D.C. and the territories whose people are citizens or nationals at birth, by name
 * (as US_BIRTHPLACES by code). Not Georgia: "born in Georgia" is as likely the country, and
 * `countryOfBirth` GE or US tells them apart.
 */
const US_PLACE_NAMES =
  'u ?s ?a|u ?s|united states|america|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia|puerto rico|guam|virgin islands|northern mariana islands|american samoa';
/**
 * What makes a child a U.S. citizen, written in the status instead of the status itself:
 * naturalization or citizenship derived or acquired from a parent (8 U.S.C. §§ 1401(c)–(g), 1431),
 * a certificate of citizenship or naturalization, a U.S. passport (issued only to citizens and
 * nationals, 22 U.S.C. § 212), a birth in the United States or a territory (U.S. Const. amend. XIV;
 * 8 U.S.C. §§ 1401–1408). Until template 2.13.0 "Naturalized", "derived citizenship through
 * mother", "born in Texas" or "has a U.S. passport" passed without a word.
 */
const GIVES_CITIZENSHIP_RE = new RegExp(
  `\\b(naturali[sz](?:ed|ation)|(?:derived|acquired|derives|acquires|derivative) (?:u ?s )?citizenship|certificate of (?:citizenship|naturalization)|citizenship certificate|(?:u ?s|united states|american) passport|(?:u ?s|american) born|born (?:in|at) (?:the )?(?:${US_PLACE_NAMES}))\\b`,
  'g',
);
/**
 * Words that make the mention about something other than the child's own status, in the mention's
 * own clause (`clauses`): a pending application, or another person (singular or plural) — a
 * parent, a sponsor, a relative, and the child's own child or partner: a child who is a parent
 * often has a baby born here, a U.S. citizen ("her baby is a U.S. citizen"), which says nothing of
 * the child's status.
 */
const PENDING = 'pending|applied|applying|application|apply|eligible';
const OTHER_PERSON =
  '(?:father|mother|parent|sponsor|sibling|brother|sister|relative|aunt|uncle|cousin|grandmother|grandfather|grandparent|stepfather|stepmother|son|daughter|baby|babie|infant|newborn|kid|husband|wife|spouse|partner|boyfriend|girlfriend)s?|(?:her|his|their) (?:own )?(?:child|children)';
const PENDING_RE = new RegExp(`\\b(?:${PENDING})\\b`);
const OTHER_PERSON_RE = new RegExp(`\\b(?:${OTHER_PERSON})\\b`);
/**
 * Another person who only reports what the clause says ("her aunt says she was born in Texas",
 * "the sponsor told us she has a U.S. passport"): the source of the words, not whom they are about,
 * so the mention is still the child's. Until template 2.17.0 the aunt cancelled it and a child who
 * may be a U.S. citizen passed without a word.
 */
const REPORTER_RE = new RegExp(`\\b(?:${OTHER_PERSON})\\s+(?:says|said|say|reports|reported|report|told us|told me|tells us|tells me|believes|believe|thinks|think|claims|claimed|claim|states|stated|state)\\b(?:\\s+that\\b)?`, 'g');
/**
 * A negation, as it stands before what it negates in its clause ("not a U.S. citizen", "no U.S.
 * passport", "non-U.S. citizen", "doesn't have a green card", "neither … nor"), with no "and"
 * after it: "no papers and born in Texas" negates the papers, not the birth.
 */
const NEGATED_BEFORE = /\b(?:not|no|non|never|without|neither|nor|\w+n['’]t)\b(?!.*\band\b)/;
/** What follows a mention that answers it "no" ("U.S. citizen: no", "green card? none"). */
const ANSWERED_NO = /^[:?=]?\s*(?:no|not|none|n\/a)$/;

/**
 * The clauses of a status, each normalized: split at ";", ",", "|", a line's or a sentence's end
 * and a word of contrast ("but", "although"; not at ":", so "U.S. citizen: no" stays one answered
 * clause), a parenthesis dropped first (as `normalized` drops it, so a
 * comma inside one splits nothing). A negation, a pending application or another person speaks
 * of its own clause only: until template 2.14.0 a "no" anywhere in the status ("U.S. citizen, no
 * papers") or a relative anywhere ("born in Texas; lives with aunt") cancelled the mention. A dot
 * ends a sentence unless it follows a lone letter ("U.S.", "U.S.A.").
 */
function clauses(status: string): string[] {
  return status
    .replace(/\([^)]*\)/g, ' ')
    .split(/[;,|\n]|(?<!\b\p{L})\.(?=\s|$)|\b(?:but|though|although|whereas)\b/iu)
    .map(normalized)
    .filter((c) => c !== '');
}

/**
 * Whether a clause says `re` (global) of the child: a match neither negated before it in the
 * clause nor answered "no" after it, in a clause that is not about a pending application or (unless
 * `throughParent` says the match is a parent's by definition) another person.
 */
function saysOfChild(clause: string, re: RegExp, throughParent: (m: RegExpExecArray) => boolean = () => false): boolean {
  if (PENDING_RE.test(clause)) return false;
  for (const m of clause.matchAll(re)) {
    if (NEGATED_BEFORE.test(clause.slice(0, m.index)) || ANSWERED_NO.test(clause.slice(m.index + m[0].length).trim())) continue;
    if (throughParent(m) || !OTHER_PERSON_RE.test(clause.replace(REPORTER_RE, ' '))) return true;
  }
  return false;
}

/**
 * Places of birth that make a child a U.S. citizen or national at birth (ISO 3166-1 alpha-2):
 * the states and D.C. (U.S. Const. amend. XIV; 8 U.S.C. § 1401(a)), Puerto Rico (§ 1402), the
 * Virgin Islands (§ 1406), Guam (§ 1407), the Northern Mariana Islands (48 U.S.C. § 1801 note,
 * Covenant § 303), American Samoa and the outlying islands (nationals, § 1408).
 */
const US_BIRTHPLACES: ReadonlySet<string> = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS', 'UM']);

const NO_LETTER = 'does not need an OTIP eligibility letter: OTIP’s letters are for foreign-national children, and a child who is a U.S. citizen, national or lawful permanent resident receives benefits and services without one; report the concern as for any child (child welfare, law enforcement)';

/**
 * Whether a status says what makes the child a U.S. citizen (GIVES_CITIZENSHIP_RE), read clause by
 * clause as a mention is (`saysOfChild`): not negated ("not born in Texas", "no U.S. passport"),
 * pending, or about another person ("mother naturalized in 2019"), except citizenship derived or
 * acquired, which is through a parent by definition ("derived citizenship through mother" is the
 * child's).
 */
function givesCitizenship(clause: string): boolean {
  return saysOfChild(clause, GIVES_CITIZENSHIP_RE, (m) => /^(?:deriv|acquir)/.test(m[1]!));
}

/**
 * Whether a text about another child listed (section 5: their relationship to the child, their
 * details) says that child is a U.S. citizen, national or lawful permanent resident, or what makes
 * one, read clause by clause as the child's status is (docs/domain/rfa-draft.md, "Other children";
 * since template 2.24.0). `self`: the text names that child's own relationship ("Half-brother, a
 * U.S. citizen", "U.S.-citizen sister"), so a brother or sister named in a clause is that child,
 * not another person; in the details another person still speaks of their own clause ("his father
 * is a U.S. citizen").
 */
export function saysUsStatusOf(text: string, self: boolean): boolean {
  return clauses(text).some((cl) => saysOfChild(cl, MENTION, () => self) || saysOfChild(cl, GIVES_CITIZENSHIP_RE, (m) => self || /^(?:deriv|acquir)/.test(m[1]!)));
}

/** The `not-a-foreign-national` issues of a case: errors when the case says so, warnings when it suggests it. */
export function foreignNationalRules(c: RfaCase, errors: RfaIssue[], warnings: RfaIssue[]): void {
  const status = normalized(c.child.immigrationStatus);
  if (CITIZEN.has(status) || LPR.has(status)) {
    errors.push({ path: 'child.immigrationStatus', code: 'not-a-foreign-national', message: `says the child is a ${CITIZEN.has(status) ? 'U.S. citizen or national' : 'lawful permanent resident'}, who ${NO_LETTER}` });
  } else if (c.child.citizenship.includes('US')) {
    errors.push({ path: 'child.citizenship', code: 'not-a-foreign-national', message: `lists the United States: a U.S. citizen ${NO_LETTER}` });
  } else if (clauses(c.child.immigrationStatus).some((cl) => saysOfChild(cl, MENTION))) {
    warnings.push({
      path: 'child.immigrationStatus',
      code: 'not-a-foreign-national',
      message: `the immigration status mentions U.S. citizenship or permanent residence: if the child is a U.S. citizen, national or lawful permanent resident, the child ${NO_LETTER}; if not, say what the child’s status is`,
    });
  } else if (clauses(c.child.immigrationStatus).some(givesCitizenship)) {
    warnings.push({
      path: 'child.immigrationStatus',
      code: 'not-a-foreign-national',
      message: `the immigration status mentions what makes a child a U.S. citizen or national (naturalization, citizenship derived from a parent, a U.S. passport, a birth in the United States or a U.S. territory): if the child is a U.S. citizen, national or lawful permanent resident, the child ${NO_LETTER}; if not, say what the child’s status is`,
    });
  }
  const born = c.child.countryOfBirth;
  if (born !== null && US_BIRTHPLACES.has(born) && !c.child.citizenship.includes('US')) {
    warnings.push({
      path: 'child.countryOfBirth',
      code: 'not-a-foreign-national',
      message: `a child born in the United States or ${born === 'US' ? 'its territories' : 'this U.S. territory'} is a U.S. citizen or national at birth (8 U.S.C. §§ 1401–1408), with rare exceptions such as a foreign diplomat’s child, and then ${NO_LETTER}; check the country of birth and the citizenship`,
    });
  }
}
