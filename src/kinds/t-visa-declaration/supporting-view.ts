// The template context of a parent's or supporting declaration's own sections (view.ts makes the
// rest): the declarant's license and how to reach them, each contact, observation and disclosure as
// a dated paragraph, and a professional's findings and opinion
// (docs/domain/t-visa-declaration-others.md).
import { textParagraphs } from '../../templates/pasted-lists.js';
import { typedHeadings } from '../../templates/typed-headings.js';
import { andList } from '../kit/index.js';
import { actDateLead } from './dates.js';
import { dated } from './dated-view.js';
import { cap, dateRange, type Referent } from './phrasing.js';
import type { TVisaCase } from './schema.js';

/** The elements a professional's opinion may address, as its sentence names them. */
const ELEMENT_TEXT: Record<string, string> = {
  victimization: 'what the applicant suffered',
  presence: 'the applicant’s presence in the United States',
  trauma: 'the trauma exception to law-enforcement cooperation',
  'law-enforcement': 'cooperation with law enforcement',
  hardship: 'extreme hardship involving unusual and severe harm on removal',
};

/** A supporting contact's lead: its dates at their precision, "Since March 12, 2009.", "From March 1 to June 30, 2023.". */
function contactLead(x: { from: string; to: string | null }): string {
  return `${dateRange(x.from, x.to)}.`;
}

/**
 * A contact's text as its own sentence after the lead: as typed, its first letter a capital (a
 * clause written for the old lead-in, "weekly sessions at the shelter", starts the sentence).
 */
function contactText(text: string): string {
  const t = text.trimStart();
  return t.charAt(0).toLocaleUpperCase('en') + t.slice(1);
}

/**
 * Whether a narrative printed as numbered paragraphs holds a heading typed on a line of its own
 * (an unnumbered sub-heading: docs/markup.md, "Typed headings"). Under its last one the sentences
 * Harbor prints after the narrative (the license and contact, the diagnoses) read as part of that
 * typed part ("Training"), so they take a heading of their own, as the acts after a narrative do
 * (view.ts `actsHeaded`).
 */
function headed(text: string | null | undefined): boolean {
  return !!text && typedHeadings(textParagraphs(text, true)).length > 0;
}

/** The context of a parent's or supporting declaration. */
export function supportingView(
  c: TVisaCase,
  s: NonNullable<TVisaCase['supporting']>,
  declarant: Referent,
  applicant: Referent,
  child: Referent,
  pro: TVisaCase['declarant']['professional'],
) {
  void declarant;
  const parent = c.declarant.role === 'parent';
  const license = pro?.license;
  const contact = pro?.contact;
  const reach = contact
    ? [contact.address ? `at ${contact.address}` : null, contact.phone ? `by telephone at ${contact.phone}` : null, contact.email ? `by email at ${contact.email}` : null].filter(
        (x): x is string => !!x,
      )
    : [];
  return {
    professional: pro
      ? {
          // The type is printed as given, after a colon: "I hold a Licensed Clinical Social Worker
          // (LCSW) license" (the schema's own example) said "license" twice, and "a" read wrong
          // before a type such as "Independent Clinical Social Worker".
          // None for a professional who holds no license (`licensed: false`, a case manager).
          licenseText: pro.licensed === false ? null : `I hold the following license: ${license?.type ?? ''}, number ${license?.number ?? ''}, issued in ${license?.jurisdiction ?? ''}.`,
          contactText: `I can be reached ${andList(reach)}.`,
        }
      : null,
    qualifications: pro ? (c.declarant.qualifications ?? null) : null,
    // A professional who gives no qualifications and holds no license (a case manager, an officer)
    // has only the contact sentence there: under "My Qualifications" it read as having none.
    qualificationsHeading: pro && (c.declarant.qualifications !== null || pro.licensed !== false) ? 'My Qualifications' : 'How to Reach Me',
    // The heading over the license and contact sentences after qualifications holding a typed
    // heading; null when none is typed (they stand under "My Qualifications", as before).
    credentialsHeading: pro && headed(c.declarant.qualifications) ? (pro.licensed === false ? 'How to Reach Me' : 'My License and How to Reach Me') : null,
    // The headings call the applicant as the sentences under them do, by the given name (as on
    // Form I-914 when given: view.ts `child`), the full name having been given in the first
    // paragraph: "How I Know Lucía Fernanda Morales Quispe" stood over "What Lucía Fernanda Told
    // Me", as if two people (round r60; docs/domain/t-visa-declaration-others.md, "Supporting declarations").
    knowHeading: parent ? `${child.name} and Me` : `How I Know ${child.name}`,
    relationship: c.declarant.relationship ?? '',
    // Kept for a clinic's partial written before `contactItems` (HARBOR_TEMPLATES): the lead, then the text.
    contacts: s.contacts.map((x) => `${contactLead(x)} ${contactText(x.text)}`),
    // Each contact as a dated paragraph, its dates the bold lead as an observation's are ("Since
    // March 12, 2009."), the declarant's text after it as their own sentence: joined after "Since
    // [date]," a text that says its own time ("I have raised her since she was born") printed
    // "Since March 12, 2009, I have raised her since she was born", and one that gives another
    // ("In 2019 I started…") contradicted it. Its further paragraphs and a list typed in it print
    // as such (printed with `{{this}}`, its lines ran together into one, a list's markers inline).
    contactItems: s.contacts.map((x) => dated(contactLead(x), contactText(x.text))),
    // The heading over the contacts after a relationship holding a typed heading (under its last
    // one, "Before he came", the dated contacts read as part of it); null otherwise.
    contactsHeading: s.contacts.length > 0 && headed(c.declarant.relationship) ? 'Our Contact Over Time' : null,
    methodHeading: `How I Assessed ${cap(applicant.pronoun ? applicant.object : child.name)}`,
    method: pro ? s.method : null,
    observedHeading: parent ? 'What I Saw' : 'What I Observed',
    observations: s.observations.map((o) => dated(`${actDateLead(o.date)}.`, o.text, o.exhibits)),
    toldHeading: `What ${child.name} Told Me`,
    disclosures: s.disclosures.map((o) => dated(`${actDateLead(o.date)}${o.setting ? `, ${o.setting}` : ''}.`, o.text, o.exhibits)),
    findings: pro ? s.findings : null,
    diagnosesText:
      pro && s.diagnoses.length > 0
        ? `My diagnoses, with their ICD-10-CM codes, are: ${s.diagnoses.map((x) => `${x.code}, ${x.name}`).join('; ')}.`
        : null,
    // The heading over the diagnoses sentence after findings holding a typed heading; null otherwise.
    diagnosesHeading: pro && s.diagnoses.length > 0 && headed(s.findings) ? 'My Diagnoses' : null,
    // "on" before each element: "the trauma exception to law-enforcement cooperation and extreme
    // hardship" read as one exception to two things.
    opinionIntro: pro && s.opinion ? `I offer my opinion ${andList(s.opinion.elements.map((e) => `on ${ELEMENT_TEXT[e]!}`))}.` : null,
    opinion: pro && s.opinion ? s.opinion.narrative : null,
  };
}
