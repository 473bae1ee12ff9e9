// An organization's name inside a sentence Harbor writes ("I am a Detective at the Los Angeles
// Police Department", "Appointed … by the Office of Refugee Resettlement"), with "the" where
// English gives one. The case holds the name as a label ("Los Angeles Police Department", as a
// signature's capacity line prints it); the sentence printed "at Los Angeles Police Department".
//
// Rule (one for every kind; docs/fields.md, "Formatting"): the name takes "the" when its head noun
// is a common noun naming a kind of body: the word before its first "of", "for", "to", "on",
// "against" or "in" ("Office of the District Attorney", "Coalition to Abolish Slavery and
// Trafficking"), else its last word ("Houston Police Department", "Harris County Sheriff's
// Office", "Tahirih Justice Center"). A name whose head is a proper noun or a plural that is
// part of the name is printed as written: "Homeland Security Investigations", "Catholic
// Charities", "Kids in Need of Defense", "Covenant House". A university, college, school or
// hospital takes "the" only when its name begins with that word ("the University of Houston",
// never "the Rice University" or "the Texas Children's Hospital"). An acronym is printed as
// written when it is the whole name (usage differs: "the FBI", but "at ICE", "at HSI"; "the LAPD
// Human Trafficking Unit" follows its head), and so is a name that already
// begins with an article: the drafter writes "the FBI" where English wants it.
// A heuristic for names of agencies and organizations; a wrong guess reads oddly, never wrongly.

/** Common nouns that head the name of a body and take "the" wherever they stand in it. */
const BODY_NOUNS = new Set([
  'academy', 'administration', 'agency', 'alliance', 'army', 'association', 'authority', 'board', 'bureau', 'center', 'centre',
  'clinic', 'coalition', 'commission', 'committee', 'corps', 'council', 'court', 'department', 'directorate', 'division',
  'force', 'foundation', 'institute', 'ministry', 'network', 'office', 'patrol', 'police', 'program', 'programme', 'project',
  'prosecutor', 'secretariat', 'service', 'society', 'squad', 'team', 'unit',
]);

/** Nouns that name a particular institution by a proper name before them ("Rice University"): "the" only when first. */
const FIRST_ONLY_NOUNS = new Set(['university', 'college', 'school', 'hospital']);

/** Words that end a name's head phrase ("Office | of the District Attorney"). */
const HEAD_ENDS = new Set(['of', 'for', 'to', 'on', 'against', 'in']);

/**
 * The name with "the" before it when English gives one (rule above); else as written. An agency
 * typed as the acronym of AGENCY_ACRONYMS ("FBI", "HSI Houston") is spelled out with the acronym
 * after it, as at a first mention: "the Federal Bureau of Investigation (FBI)", never "at FBI". A
 * document that names agencies more than once prints them through organizationsInProse, which
 * uses the acronym alone once it has been given.
 */
export function organizationInProse(name: string): string {
  const agency = knownAgency(name);
  return agency?.byAcronym ? agencyInProse(agency, true) : articled(name);
}

/** The name with "the" before it when English gives one (rule above); else as written. */
function articled(name: string): string {
  const text = name.trim();
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  if (/^(?:the|a|an)$/i.test(first)) return text;
  // An acronym alone ("FBI", "LAPD") is printed as written; one that qualifies a head noun
  // ("LAPD Human Trafficking Unit", "U.S. Attorney's Office") follows the head's rule.
  if (words.length === 1 && /^[A-Z][A-Z.&-]*[A-Z.]$/.test(first)) return text;
  // The name's head is found without a note in parentheses at its end: "Houston Police Department (HPD)",
  // and in its first part, before a comma: what follows is a unit, a parent body or a place in
  // apposition ("Houston Police Department, Human Trafficking Unit"; "Tahirih Justice Center,
  // Houston"), or the body after an officer's name ("Detective Ana Ruiz, Houston Police
  // Department", which read "the Detective Ana Ruiz, …"; "Catholic Charities, Refugee Services
  // Department", "the Catholic Charities, …").
  const { head, headPhrase } = headOf(text.split(',')[0]!);
  const takesThe = BODY_NOUNS.has(head) || (FIRST_ONLY_NOUNS.has(head) && headPhrase.length === 1);
  return takesThe ? `the ${text}` : text;
}

/** A name's head noun, lower case, and the phrase it ends (the rule above organizationInProse). */
function headOf(text: string): { head: string; headPhrase: string[] } {
  const named = text.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
  const cut = named.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const headPhrase = cut > 0 ? named.slice(0, cut) : named;
  return { head: (headPhrase[headPhrase.length - 1] ?? '').replace(/[,.;:]+$/, '').toLowerCase(), headPhrase };
}

/**
 * Whether a part of a title names a body, by its head noun (a body's noun, or a university,
 * college, school or hospital; a plural of one, "Legal Services", too), in more than one word:
 * "Houston Police Department", "Example Trauma Recovery Center", "Rice University"; not a
 * credential or a note ("LCSW", "Ph.D.", "retired"), nor one word ("Houston").
 */
function namesABody(part: string): boolean {
  if (knownAgency(part) !== null) return true;
  const { head } = headOf(part.trim());
  const one = head.replace(/s$/u, '');
  return part.trim().split(/\s+/u).length > 1 && [head, one].some((h) => BODY_NOUNS.has(h) || FIRST_ONLY_NOUNS.has(h));
}

/**
 * A person's title and organization as a sentence introducing them says them, after "I am a":
 * "Licensed Clinical Social Worker at the Example Trauma Recovery Center". A title typed as a
 * label with the organization after a comma or a dash ("Detective, Houston Police Department",
 * the organization given or not) is said the same way, "Detective at the Houston Police
 * Department": the sentence read "I am a Detective, Houston Police Department.", a signature's
 * capacity line in the middle of prose. The organization is added when the title does not say it
 * (`saysAlready`), after a unit the title names ("Detective, Human Trafficking Unit": "Detective
 * in the Human Trafficking Unit at the …"); a title that says it otherwise ("Staff Attorney at
 * Bayou Legal Services") is printed as written, and so is a last part that is not a body
 * ("Social Worker, LCSW").
 * docs/fields.md, "Formatting".
 */
export function titleInProse(
  title: string,
  organization: string | null,
  inProse: (name: string) => string = organizationInProse,
  inText: (text: string) => string = (text) => text,
): string {
  const t = title.trim();
  const org = organization?.trim() || null;
  // The title's own words go through `inText` (an agency's acronym in them, "FBI Victim
  // Specialist", spelled out at its first mention: organizationsInProse), before the organization
  // after them (a template literal's parts are evaluated in order), so the first mention printed
  // is the one spelled out.
  const m = /^(.*?[^\s,])\s*(?:,|\s[-–—]\s)\s*([^,–—]+)$/u.exec(t);
  if (m) {
    const [, role, last] = m as unknown as [string, string, string];
    // The last part is the organization given (as words, an article aside), or, with none given, a body's name.
    if (org !== null ? saysAlready(last, org) && saysAlready(org, last) : namesABody(last)) return `${inText(role)} at ${inProse(org ?? last)}`;
    // A unit of the organization given ("Detective, Human Trafficking Unit" at the Houston Police
    // Department): "Detective in the Human Trafficking Unit at the Houston Police Department".
    if (org !== null && !saysAlready(t, org) && namesABody(last)) return `${inText(role)} in ${inProse(last)} at ${inProse(org)}`;
  }
  return org !== null && !saysAlready(t, org) ? `${inText(t)} at ${inProse(org)}` : inText(t);
}

/** A text as compared for words: a leading article dropped, spaces collapsed, case folded. */
const wordsOf = (s: string): string => s.trim().replace(/^(?:the|a|an)\s+/iu, '').replace(/\s+/gu, ' ').toLocaleLowerCase('en-US');

/**
 * Whether `text` already says `phrase`, as whole words anywhere in it (case, spacing and a leading
 * article aside): "Detective, Houston Police Department" says "the Houston Police Department";
 * "Child Advocate" does not say "Child Advocacy Project". A line of a caption or a signature that
 * adds the phrase again says one thing twice (the organization after a title that names it,
 * docs/fields.md, "Formatting").
 */
export function saysAlready(text: string, phrase: string): boolean {
  const p = wordsOf(phrase);
  if (p === '') return true;
  const escaped = p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(wordsOf(text));
}

/**
 * The parts of a line ("name, title, organization") without the empty ones and without a part an
 * earlier one already says (`saysAlready`): "Ana Ruiz, Staff Attorney, Bayou Legal Services" from a
 * title "Staff Attorney, Bayou Legal Services" and that organization, not the organization twice.
 */
export function partsOnce(parts: ReadonlyArray<string | null | undefined>): string[] {
  const kept: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    if (kept.some((k) => saysAlready(k, part))) continue;
    kept.push(part);
  }
  return kept;
}

/**
 * Agencies a drafter often types by their acronym alone, with the name a filing spells out at its
 * first mention, and how later mentions read ("the FBI", but "HSI", "ICE", "ORR": as usage has it).
 * Names as the agencies write them (the Department of Homeland Security's components; the
 * Department of State's Diplomatic Security Service; the Department of Labor; HHS's Office of
 * Refugee Resettlement, which appoints a child advocate, 8 U.S.C. § 1232(c)(6)).
 */
const AGENCY_ACRONYMS: Readonly<Record<string, { full: string; later: string }>> = {
  FBI: { full: 'Federal Bureau of Investigation', later: 'the FBI' },
  HSI: { full: 'Homeland Security Investigations', later: 'HSI' },
  ICE: { full: 'U.S. Immigration and Customs Enforcement', later: 'ICE' },
  CBP: { full: 'U.S. Customs and Border Protection', later: 'CBP' },
  DSS: { full: 'Diplomatic Security Service', later: 'DSS' },
  DOL: { full: 'U.S. Department of Labor', later: 'DOL' },
  ORR: { full: 'Office of Refugee Resettlement', later: 'ORR' },
};

/** A name that begins with an agency of AGENCY_ACRONYMS: its acronym, whether it was typed as the acronym, and what follows it ("HSI Houston": " Houston"). */
interface KnownAgency {
  key: string;
  byAcronym: boolean;
  rest: string;
}

/**
 * The agency a name begins with, by its acronym (as typed, in capitals: a surname "Ice" is none)
 * or its full name (any case; "U.S." optional), an article before it aside, followed by the end,
 * a space or a comma: "FBI", "HSI Houston", "the Federal Bureau of Investigation, Houston Field
 * Office". A closing period after a bare acronym ("HSI.") is not part of the name. Null for any
 * other name, and for one that gives the acronym itself ("Federal Bureau of Investigation (FBI)").
 */
function knownAgency(name: string): KnownAgency | null {
  const text = name.trim().replace(/^the\s+/iu, '').replace(/^([A-Z]+)\.$/u, '$1');
  for (const [key, a] of Object.entries(AGENCY_ACRONYMS)) {
    const full = a.full.replace(/^U\.S\. /u, '');
    const m =
      new RegExp(`^(${key})(?=$|[\\s,])`, 'u').exec(text) ??
      new RegExp(`^((?:U\\.S\\.\\s+)?${full.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')})(?=$|[\\s,])`, 'iu').exec(text);
    if (m === null) continue;
    const rest = text.slice(m[1]!.length);
    if (/^\s*\(/u.test(rest)) return null;
    return { key, byAcronym: m[1] === key, rest };
  }
  return null;
}

/**
 * An agency of AGENCY_ACRONYMS in prose, at its first mention (`first`) the full name with the
 * acronym after it, "Homeland Security Investigations (HSI) Houston", "the Federal Bureau of
 * Investigation (FBI), Houston Field Office", and after that the acronym, "HSI Houston", "the
 * FBI, Houston Field Office". At the first mention the article is the full name's with what
 * follows (the rule above organizationInProse): "the Office of Refugee Resettlement (ORR)", "the
 * Homeland Security Investigations (HSI) Human Trafficking Unit". After it the acronym takes the
 * article its own usage gives (the table's `later`: "the FBI", but "ORR", "DOL", "DSS", as the
 * agencies and USCIS write them: "transferred to the care and custody of ORR", ORR Unaccompanied
 * Children Program Policy Guide, Introduction), unless words after it make it a modifier of a
 * body's name that takes one ("the HSI Human Trafficking Unit", "the ORR Houston Field Office").
 * The full name's article was given to the acronym: "by the ORR", "the DOL", "the DSS".
 */
function agencyInProse(a: KnownAgency, first: boolean): string {
  const known = AGENCY_ACRONYMS[a.key]!;
  if (first) {
    const the = articled(`${known.full}${a.rest}`).startsWith('the ') || (a.rest.startsWith(',') && known.later.startsWith('the '));
    return `${the ? 'the ' : ''}${known.full} (${a.key})${a.rest}`;
  }
  const modifies = /^\s/u.test(a.rest) && articled(a.rest.trim()).startsWith('the ');
  const the = modifies || known.later.startsWith('the ');
  return `${the ? 'the ' : ''}${known.later.replace(/^the /u, '')}${a.rest}`;
}

/**
 * How a document prints the organizations it names in prose, one rule for every place an agency is
 * printed (a contact's agency, the one that asked for Continued Presence or signed Supplement B, a
 * professional's organization, the body that appointed an advocate): organizationInProse's article,
 * and an agency of AGENCY_ACRONYMS, typed as its acronym or its full name, written as a filing
 * writes it: spelled out at its first mention with the acronym after it, "Homeland Security
 * Investigations (HSI)", "the Federal Bureau of Investigation (FBI)", and by the acronym once that
 * has been given. "I was in contact with HSI" told an adjudicator nothing of who HSI is, "a Victim
 * Specialist at FBI" lacked its article, and a second mention of "Homeland Security
 * Investigations" after "(HSI)" repeated what the acronym was introduced for. A full name before
 * any acronym prints as typed (the document may never use the acronym). One function per document
 * (or per part read in order): it remembers what it has introduced. Any other acronym is printed
 * as written.
 */
export interface AgencyNames {
  (name: string): string;
  /**
   * Words that are no organization's name but may hold an agency's acronym, a title ("FBI Victim
   * Specialist") or a signature's capacity line: each acronym of AGENCY_ACRONYMS in them (in
   * capitals, as a word) spelled out at the document's first mention, "Federal Bureau of
   * Investigation (FBI) Victim Specialist", and left as typed once given, "FBI Victim
   * Specialist". No article is added: the words are the drafter's, only the acronym is said.
   */
  inText(text: string): string;
  /** Whether the acronym (a key of AGENCY_ACRONYMS, "ORR") has been given: printed after this, it needs no spelling out. */
  given(acronym: string): boolean;
}

/**
 * `usedLater`: acronyms the document prints in its own words after the names it is given (the
 * memo's "ORR case no.", "ORR custody"), so a full name typed before them is their first mention
 * and gives the acronym there, "by the Office of Refugee Resettlement (ORR)", where the next line
 * spelled the name out a second time to give it.
 */
export function organizationsInProse(options: { usedLater?: readonly string[] } = {}): AgencyNames {
  const introduced = new Set<string>();
  const usedLater = new Set(options.usedLater ?? []);
  const keys = Object.keys(AGENCY_ACRONYMS).join('|');
  const inText = (text: string): string => {
    // An acronym the text gives itself, "(FBI)", is introduced there and printed as typed.
    for (const key of Object.keys(AGENCY_ACRONYMS)) if (new RegExp(`\\(${key}\\)`, 'u').test(text)) introduced.add(key);
    // An agency the document names by its acronym later (`usedLater`), printed here by its full
    // name (the memo's "Decision by: Office of Refugee Resettlement", its label for the
    // decision-maker), gives the acronym here: "Office of Refugee Resettlement (ORR)". Not inside
    // parentheses already ("Elena Varga (Office of Refugee Resettlement)"): a later mention
    // spells it out instead.
    for (const key of usedLater) {
      if (introduced.has(key) || !(key in AGENCY_ACRONYMS)) continue;
      const full = AGENCY_ACRONYMS[key]!.full.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{N}(])${full}(?![\\p{L}\\p{N})]| \\()`, 'u');
      if (re.test(text)) {
        text = text.replace(re, (m) => `${m} (${key})`);
        introduced.add(key);
      }
    }
    return text.replace(new RegExp(`(?<![\\p{L}\\p{N}(])(${keys})(?![\\p{L}\\p{N})])`, 'gu'), (key: string) => {
      if (introduced.has(key)) return key;
      introduced.add(key);
      return `${AGENCY_ACRONYMS[key]!.full} (${key})`;
    });
  };
  const named = (name: string) => {
    const a = knownAgency(name);
    if (a === null) {
      // A full name that gives its acronym ("Federal Bureau of Investigation (FBI)") introduces it.
      for (const key of Object.keys(AGENCY_ACRONYMS)) if (new RegExp(`\\(${key}\\)`, 'u').test(name)) introduced.add(key);
      return organizationInProse(name);
    }
    if (introduced.has(a.key)) return agencyInProse(a, false);
    if (!a.byAcronym && !usedLater.has(a.key)) return organizationInProse(name);
    introduced.add(a.key);
    return agencyInProse(a, true);
  };
  return Object.assign(named, { inText, given: (acronym: string) => introduced.has(acronym) });
}
