// Stage 3 input: the template context of a T-visa declaration. Everything awkward for a template
// (dates at their precision, country names, generated first-person sentences, the caption, the
// exhibit list) is made here, in tested TS; optional values are explicit nulls (Handlebars strict
// mode). Generated sentences state facts, never a legal conclusion (docs/domain/t-visa-declaration.md).
import type { Issue } from '../../errors.js';
import { andList, compareDates, counted, countryName, entriesInSentence, formatANumber, initialsWithFormName, isEnglish, longDate, nameWithFormName, namesLine, organizationsInProse, partsOnce, titleInProse, type AgencyNames } from '../kit/index.js';
import type { TVisaComputed } from './compute.js';
import { continuedPresenceText } from './continued-presence.js';
import { supplementBText } from './supplement-b.js';
import { citedExhibits } from './exhibits.js';
import { actDateLead, actDateText, dateSpan } from './dates.js';
import { dated } from './dated-view.js';
import { escapesView, storyOrder } from './escapes-view.js';
import { givenInEnglish, languageSentences } from './language.js';
import { supportingView } from './supporting-view.js';
import { departureLead, departuresInDateOrder, placeOfPresence } from './presence-view.js';
import { textParagraphs } from '../../templates/pasted-lists.js';
import { typedHeadings } from '../../templates/typed-headings.js';
import { cap, countryInProse, inMyWords, lawEnforcementContactLead, nameWithNote, perpetratorsParagraph, referent, withArticle, type Referent } from './phrasing.js';
import type { TVisaCase } from './schema.js';

export { formatANumber };
export { splitParagraphs } from './dated-view.js';

export const BANNER = 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367';

/**
 * The factors of 8 CFR 214.209(b)(1)–(8): the regulation's wording (`rule`, shown in the schema
 * and the domain file) and the heading printed in the applicant's voice (`heading`: plain words,
 * no term of art). Economic harm is not a factor (214.209(a)).
 */
export const HARDSHIP_FACTORS: Record<number, { rule: string; heading: string }> = {
  1: { rule: 'the age, maturity, and personal circumstances of the applicant', heading: 'My age and my situation' },
  2: {
    rule: 'serious physical or mental illness that necessitates medical or psychological attention not reasonably available in the foreign country',
    heading: 'Care I need that I could not get there',
  },
  3: { rule: 'the nature and extent of the physical and psychological consequences of the severe form of trafficking in persons', heading: 'How what happened still affects me' },
  4: {
    rule: 'the impact of the loss of access to the United States courts and criminal justice system, including criminal and civil redress, criminal prosecution, restitution, and protection',
    heading: 'Losing the chance to go to court here',
  },
  5: {
    rule: 'the reasonable expectation that laws, social practices, or customs in the foreign country would penalize the applicant severely for having been a victim',
    heading: 'How I would be treated there for what happened to me',
  },
  6: { rule: 'the likelihood of re-victimization and the need, ability, or willingness of foreign authorities to protect the applicant', heading: 'The danger that it would happen again, and who could protect me' },
  7: { rule: 'the likelihood that the trafficker or others acting on the trafficker’s behalf in the foreign country would severely harm the applicant', heading: 'Harm from the people who did this or people working for them' },
  8: {
    rule: 'the likelihood that individual safety would be seriously threatened by civil unrest or armed conflict, as shown by a Temporary Protected Status designation or other relevant protections',
    heading: 'Violence and armed conflict there',
  },
};

/** The means, as a bold lead in the applicant's words (force, fraud, coercion are not printed as terms). */
const MEANS_LEAD: Record<string, string> = { force: 'Physical force.', fraud: 'Lies and false promises.', coercion: 'Threats and pressure.' };
/** What a parent declarant is to the child, by capacity and the parent's pronouns. */
function parentNoun(capacity: string | null, pronouns: string | null): string {
  if (capacity === 'legal-guardian') return 'legal guardian';
  return pronouns === 'she' ? 'mother' : pronouns === 'he' ? 'father' : 'parent';
}
/** The document's kind in its metadata title (with initials only: issue 14 point 14). */
const KIND_TITLE: Record<string, string> = {
  applicant: 'T-visa personal statement',
  parent: 'T-visa parent’s declaration',
  supporting: 'T-visa supporting declaration',
};

/**
 * A person's name as the declaration prints it: with the name in Latin letters first when the
 * case gives one (`nameOnForm`: "LIN Jianguo (林建国)"), so a USCIS reader matches the person
 * across the filing (docs/domain/t-visa-declaration-form.md, "Names").
 */
function fullName(p: { givenName: string; familyName: string; nameOnForm?: { givenName: string; familyName: string } | null }): string {
  return nameWithFormName(p.givenName, p.familyName, p.nameOnForm ?? null);
}

function place(city: string, region: string | null, country: string): string {
  return [city, region, countryName(country) ?? country].filter((x): x is string => !!x).join(', ');
}

export function view(c: TVisaCase, k: TVisaComputed, warnings: Issue[]): Record<string, unknown> {
  void warnings; // warnings are returned by `check`; the document itself does not print them.
  const role = c.declarant.role;
  // As on Form I-914 too, when the case gives that name ("LIN Xiuying (林秀英)"), and then the
  // sentences that call the child by the given name use the form's ("what Xiuying told me").
  // A person of one name (noFamilyName "none") prints that name alone (kit personName).
  const applicantName = nameWithFormName(c.applicant.givenName, c.applicant.familyName ?? '', c.applicant.nameOnForm);
  const child = referent(c.applicant.nameOnForm?.givenName ?? c.applicant.givenName, c.applicant.pronouns);
  const applicantRef = referent(applicantName, c.applicant.pronouns);
  const other = role !== 'applicant';
  const declarantName = other ? fullName({ givenName: c.declarant.givenName ?? '', familyName: c.declarant.familyName ?? '', nameOnForm: c.declarant.nameOnForm }) : applicantName;
  const declarantRef = other ? referent(declarantName, c.declarant.pronouns) : applicantRef;
  const title = `Declaration of ${declarantName} in Support of Form I-914, Application for T Nonimmigrant Status`;
  const aNumber = c.applicant.aNumber ? formatANumber(c.applicant.aNumber) : null;
  const s = other ? c.supporting : null;
  const pro = role === 'supporting' ? c.declarant.professional : null;
  const country = countryName(c.applicant.countryOfBirth) ?? c.applicant.countryOfBirth;
  const bornIn = countryInProse(c.applicant.countryOfBirth);

  const minorActs = c.trafficking ? c.trafficking.acts.filter((_, i) => k.ageAtEachAct[i]?.under18 === true) : [];
  // The acts with every escape but the last told among them, and the escapes left for How I Got Away.
  const story = storyOrder(c);
  const relation = parentNoun(c.declarant.capacity, c.declarant.pronouns);
  // A supporting declarant who is the applicant's parent or legal guardian (an applicant 14 or
  // older: docs/domain/t-visa-declaration-others.md) says so in the first paragraph, and signs in
  // that capacity, as a parent's declaration does: a lay parent signed with the name alone.
  const supportingRelation = role === 'supporting' && c.declarant.capacity ? `${relation} of ${applicantName}` : null;

  const signature =
    role === 'parent'
      ? { signer: declarantName, capacity: `${cap(relation)} of ${applicantName}, who is under 14` }
      : role === 'supporting'
        ? {
            signer: declarantName,
            // One line each: what the first paragraph says the declarant is to the applicant, then a
            // professional's title and organization (the organization as a label: an article the
            // drafter wrote for the sentence, "the FBI", is not part of it). A lay witness who is
            // neither (a teacher, a neighbour) signs in the capacity the first paragraph states,
            // "in support of the application of …": their relation is in their own words only,
            // which Harbor does not read for a label, and a block with the name alone said nothing
            // of why they sign.
            capacity: (agencies: AgencyNames) =>
              [
                supportingRelation === null ? null : cap(supportingRelation),
                partsOnce([pro?.title, pro?.organization?.replace(/^the\s+/, '')])
                  .map((part) => agencies.inText(part))
                  .join(', ') || null,
              ]
                .filter(Boolean)
                .join('\n') || `Declarant in support of the application of ${applicantName}`,
          }
        : { signer: applicantName, capacity: 'Applicant' };

  const closingSentences: string[] = [];
  if (role === 'parent') {
    closingSentences.push(
      `Everything in this declaration is what I saw and heard myself; where I report what ${child.name} told me, I say when${child.pronoun ? ` ${child.subject} told me` : ''}.`,
    );
  } else if (role === 'supporting') {
    // A professional also speaks from professional judgment; a lay witness does not.
    closingSentences.push(
      pro ? 'The statements in this declaration are based on my personal knowledge and my professional judgment.' : 'The statements in this declaration are based on my personal knowledge.',
    );
  } else {
    closingSentences.push('This declaration is in my own words, and everything in it is true to the best of my knowledge.');
  }
  closingSentences.push(...languageSentences(c));

  // How the statement names agencies, in the order it prints them (a professional's organization in
  // the first paragraph, then the law-enforcement contacts, Supplement B and Continued Presence): an
  // acronym spelled out at its first mention, by the acronym alone after it (kit organizationsInProse).
  const agencies = organizationsInProse();
  const intro =
    role === 'parent'
      ? `My name is ${declarantName}. I am the ${relation} of ${applicantName}, who was born on ${longDate(c.applicant.dateOfBirth)}, in ${bornIn}. ${parentReason(child)}`
      : role === 'supporting'
        ? `My name is ${declarantName}.${supportingRelation === null || saysRelation(c.declarant.relationship, relation) ? '' : ` I am the ${supportingRelation}.`}${pro ? ` I am ${withArticle(titleInProse(pro.title, pro.organization, agencies, agencies.inText))}.` : ''} I make this declaration in support of the application of ${applicantName} for T nonimmigrant status.`
        : `My name is ${applicantName}. I was born on ${longDate(c.applicant.dateOfBirth)}, in ${bornIn}. I make this declaration in support of my application for T nonimmigrant status.`;

  // The exhibit list, when any paragraph cites an exhibit (docs/domain/t-visa-declaration-form.md, "Exhibits").
  const cited = citedExhibits(c);
  const exhibits = cited.size > 0 ? c.exhibits.map((x) => ({ label: `Exhibit ${x.id}`, description: x.description })) : null;

  return {
    // The file's metadata title: the kind and the applicant's initials, never the full name.
    // With the name as on Form I-914, its initials ("L.X." for LIN Xiuying (林秀英)): the name the reader matches by.
    docTitle: `${KIND_TITLE[role]} — ${role === 'applicant' ? '' : 're '}${initialsWithFormName(c.applicant.givenName, c.applicant.familyName ?? '', c.applicant.nameOnForm)}`,
    title,
    banner: BANNER,
    isSupporting: other,
    // Short enough for one header line; names the applicant on every page (pages get separated).
    runningHead: `Declaration of ${declarantName}${other ? ` re: ${applicantName}` : ''}${aNumber ? ` — ${aNumber}` : ''}`,
    applicant: {
      fullName: applicantName,
      otherNames: namesLine(c.applicant.otherNames),
      dateOfBirth: longDate(c.applicant.dateOfBirth),
      countryOfBirth: country,
      aNumber,
    },
    intro,
    background: c.background,
    trafficking: c.trafficking
      ? {
          narrative: c.trafficking.narrative,
          // The personal statement's acts all have a description (role-rules.ts), with every escape
          // but the last told among them where its date puts it (escapes-view.ts). Those certainly
          // before the first entry print before "How I Came to the United States", the others after.
          ...actsAroundEntry(story.acts, c.trafficking.entry === null ? null : c.travel.firstEntry),
          // The shipped template's: the sentence, with the people listed under it when a note holds a comma (phrasing.ts).
          perpetrators: perpetratorsParagraph(
            c.trafficking.perpetrators.map((p) => nameWithNote(p.name, p.relationship ? inMyWords(p.relationship) : null)),
            (items) => entriesInSentence(items),
          ),
          // The one sentence, as before 2.21.0: kept for a clinic's template written before.
          perpetratorsText:
            c.trafficking.perpetrators.length > 0
              ? `${c.trafficking.perpetrators.length === 1 ? 'The person responsible for what happened to me is' : 'The people responsible for what happened to me are'} ${entriesInSentence(
                  c.trafficking.perpetrators.map((p) => nameWithNote(p.name, p.relationship ? inMyWords(p.relationship) : null)),
                )}.`
              : null,
          means: c.trafficking.means.map((m) => dated(MEANS_LEAD[m.type]!, m.narrative, m.exhibits)),
          // A narrative with a heading typed in it (an unnumbered sub-heading: docs/markup.md, "Typed
          // headings") gives the acts after it their own heading, as an entry does: under the last
          // typed one ("The cleaning company") they read as part of that part of the story.
          actsHeaded: c.trafficking.narrative !== null && typedHeadings(textParagraphs(c.trafficking.narrative, true)).length > 0,
          entry: c.trafficking.entry,
        }
      : null,
    ...escapesView(story.escapes),
    // The ground of 214.207(a) is counsel's, reported by `check`; the applicant gives the facts.
    presence: c.presence ? c.presence.narrative : null,
    // The headings that name where the applicant is: American Samoa for a statement signed there.
    place: placeOfPresence(c.signing.country),
    departures: departuresInDateOrder(c.travel.departures).map((d) => dated(departureLead(d, c.signing.country), d.explanation, d.exhibits)),
    lawEnforcement: c.lawEnforcement
      ? {
          // An agency's acronym ("HSI") spelled out at its first mention in the statement,
          // "Homeland Security Investigations (HSI)", and used alone after it (`agencies`).
          contacts: c.lawEnforcement.contacts.map((x) => dated(lawEnforcementContactLead(x, agencies), x.narrative, x.exhibits)),
          // After the contacts: the agency's declaration (Supplement B; supplement-b.ts).
          supplementB: c.lawEnforcement.supplementB ? dated('Law-enforcement declaration.', supplementBText(c, agencies)!, c.lawEnforcement.supplementB.exhibits) : null,
          // Then the agency's request for Continued Presence and what became of it (continued-presence.ts).
          continuedPresence: c.lawEnforcement.continuedPresence
            ? dated('Continued Presence.', continuedPresenceText(c, agencies)!, c.lawEnforcement.continuedPresence.exhibits)
            : null,
          minorText: k.minorExemption && minorActs.length > 0 ? minorExemptionText(minorActs.map((a) => a.date), c.trafficking?.acts.length ?? 0) : null,
          trauma: c.lawEnforcement.traumaException?.narrative ?? null,
        }
      : null,
    hardship: [...c.hardship.factors]
      .sort((a, b) => a.factor - b.factor)
      .map((f) => ({ heading: HARDSHIP_FACTORS[f.factor]!.heading, ...dated('', f.narrative, f.exhibits) })),
    closing: c.closing,
    closingStatement: closingSentences.join(' '),
    supporting: s ? supportingView(c, s, declarantRef, applicantRef, child, pro) : null,
    attestationText: k.attestationText,
    signature: {
      signer: signature.signer,
      // After the body (this literal's earlier fields wrote its agencies): an agency's acronym in the
      // capacity line is spelled out only when the statement never gave it (kit organizationsInProse),
      // as a label, no article added ("FBI Victim Specialist, FBI Houston Field Office" once the
      // first paragraph introduced it). Docs: docs/domain/t-visa-declaration-form.md, "Agencies by their acronym".
      capacity: typeof signature.capacity === 'function' ? signature.capacity(agencies) : signature.capacity,
      date: longDate(c.signing.date),
      place: place(c.signing.city, c.signing.region, c.signing.country),
    },
    exhibits,
    // A statement given in English has no translation: no certificate (unprinted.ts warns).
    translator: c.translator && !givenInEnglish(c)
      ? {
          name: fullName(c.translator),
          text: `I, ${fullName(c.translator)}, certify that I am competent to translate from ${c.translator.fromLanguage} into English, and that the foregoing English translation of the declaration of ${declarantName} is complete and accurate to the best of my knowledge and ability.`,
          dateText: longDate(c.translator.signedOn),
          address: c.translator.address,
        }
      : null,
    interpreter: c.interpreter ? interpreterView(c, declarantRef) : null,
  };
}

/**
 * Why the parent declares, and what they say. With the child's pronoun: "Mateo is under 14 and
 * does not sign a statement of his own, so … his application …". Without one, the sentences are
 * built so the name never stands where only a pronoun reads ("a statement of Mateo’s own"), nor
 * is said three times over: "… does not sign a statement, so … Mateo’s application …; I say what
 * I saw myself, and what Mateo told me and when."
 */
export function parentReason(child: Referent): string {
  const purpose = `so I make this declaration in support of ${child.possessive} application for T nonimmigrant status.`;
  return child.pronoun
    ? `${child.name} is under 14 and does not sign a statement of ${child.possessive} own, ${purpose} I say what I saw myself and what ${child.name} told me, and when ${child.subject} told me.`
    : `${child.name} is under 14 and does not sign a statement, ${purpose} I say what I saw myself, and what ${child.name} told me and when.`;
}

/** Up to this many dates, the minor-exemption sentence names each; past it, the first, the last and the count. */
export const MINOR_DATES_LISTED = 3;

/**
 * The minor-exemption paragraph (8 CFR 214.202(c)(1)): the acts that happened while the applicant
 * was certainly under 18. Not the date of birth: the first paragraph and the caption say it, and
 * this paragraph said it a third time ("I was born on …" again). A few are named by date; more are said as
 * their count, the first and the last date (chronologically, at each date's precision), so 200
 * acts do not make a 200-date sentence. The summary stays exact: every act dated from the first to
 * the last of them is one of them (any other act ends on or after the 18th birthday).
 */
export function minorExemptionText(minorDates: readonly string[], totalActs: number): string {
  if (minorDates.length <= MINOR_DATES_LISTED) {
    return `I was under 18 years old at the time of the events of ${andList(minorDates.map(actDateText))} that I describe above.`;
  }
  // The earliest start (on a tie, the most precise date) and the latest end (likewise).
  const spans = minorDates.map((d) => ({ d, ...dateSpan(d) }));
  const first = spans.reduce((a, b) => (compareDates(b.earliest, a.earliest) < 0 || (compareDates(b.earliest, a.earliest) === 0 && compareDates(b.latest, a.latest) < 0) ? b : a)).d;
  const last = spans.reduce((a, b) => (compareDates(b.latest, a.latest) > 0 || (compareDates(b.latest, a.latest) === 0 && compareDates(b.earliest, a.earliest) > 0) ? b : a)).d;
  const when = actDateText(first) === actDateText(last) ? `in ${actDateText(first)}` : `from ${actDateText(first)} to ${actDateText(last)}`;
  // Some of the acts: the dates say which ("the four events from 2020 to December 31, 2021 that I
  // describe above"); after "describe above" they read as when the applicant describes them. The
  // count in words up to nine, as prose writes it (format.ts counted): "all 4 events" read as a form's.
  const events = counted(minorDates.length, 'event');
  const which = minorDates.length === totalActs ? `all ${events} that I describe above, ${when}` : `the ${events} ${when} that I describe above`;
  return `I was under 18 years old at the time of ${which}.`;
}

/**
 * The dated acts, split where the journey and entry ("How I Came to the United States") fall among
 * them: `actsBeforeEntry` is the run of acts, from the first as listed, each certainly before the
 * first entry (`travel.firstEntry`, at each date's precision: an act of "2020-09" before an entry
 * of "2022"); `acts` the rest, in the order given. Without a first entry (or an entry paragraph)
 * every act follows the entry, which is the order of most statements (recruited at home,
 * brought across, exploited here); an applicant first exploited abroad then reads in order too.
 */
export function actsAroundEntry<A extends { date: string; description?: string | null; exhibits: readonly string[]; escape?: boolean }>(acts: readonly A[], firstEntry: string | null) {
  const entry = firstEntry === null ? null : dateSpan(firstEntry).earliest;
  let before = 0;
  while (entry !== null && before < acts.length && compareDates(dateSpan(acts[before]!.date).latest, entry) < 0) before++;
  const print = (a: A) => dated(`${actDateLead(a.date)}.`, a.description ?? '', a.exhibits);
  const after = acts.slice(before);
  return { actsBeforeEntry: acts.slice(0, before).map(print), acts: after.map(print), actsHeading: actsHeading(after) };
}

/**
 * The heading of the acts after the entry: "What They Did to Me", and, when an earlier escape is
 * told among them (escapes-view.ts), "What They Did to Me and When I Got Away": the applicant's own
 * escape is not something the traffickers did, and an officer reading it under that heading alone
 * reads a mislabelled paragraph (docs/domain/t-visa-declaration-form.md, "Escapes").
 */
function actsHeading(acts: readonly { escape?: boolean }[]): string {
  return acts.some((a) => a.escape === true) ? 'What They Did to Me and When I Got Away' : 'What They Did to Me';
}

/**
 * The interpreter's certificate: the read-back before signing, with the declarant's pronouns when
 * given. A read-back in English (a declarant who speaks English but does not read it) is a reading,
 * not an interpretation: its certificate says so, under its own heading, and claims no competence
 * "to interpret between English and English", as it did.
 */
function interpreterView(c: TVisaCase, d: Referent) {
  const i = c.interpreter!;
  const name = fullName(i);
  const when = `on ${longDate(i.readBackOn)}`;
  const reading = isEnglish(i.language);
  const competent = reading ? '' : `that I am competent to interpret between ${i.language} and English, and `;
  const text = d.pronoun
    ? `I, ${name}, certify ${competent}that ${when}, before ${d.subject} signed it, I read the foregoing declaration in its entirety to ${d.name} in ${i.language}. ${cap(d.subject)} told me that ${d.subject} understood it and that it is true and correct.`
    : // No pronoun to refer back with: the declarant is the sentence's subject, so the name is said once and
      // nothing is passive ("confirmed to me that the declaration was understood" read as a form's words).
      `I, ${name}, certify ${competent}that ${when}, before signing, ${d.name} heard me read the foregoing declaration in its entirety in ${i.language}, acknowledged understanding it, and affirmed that it is true and correct.`;
  return {
    name,
    text,
    heading: reading ? 'Certificate of Reading' : 'Certificate of Interpreter',
    capacity: reading ? 'Reader' : 'Interpreter',
    dateText: longDate(i.readBackOn),
    address: i.address,
  };
}

/**
 * Whether the declarant's own words already say what they are to the applicant ("I am the mother
 * of Marisol Ventura", "I am her mother", "I am Marisol’s legal guardian"): the first paragraph
 * then does not say it again, the paragraph after it does.
 */
function saysRelation(relationship: string | null, noun: string): boolean {
  return relationship !== null && new RegExp(`\\bI am (?:the |her |his |their |\\S+[’']s )?${noun}\\b`, 'iu').test(relationship);
}
