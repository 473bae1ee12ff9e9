// Stage 3 input: the template context of a T-visa declaration. Everything awkward for a template
// (dates at their precision, country names, generated first-person sentences, the caption) is
// made here, in tested TS; optional values are explicit nulls (Handlebars strict mode).
import type { Issue } from '../../errors.js';
import type { TVisaComputed } from './compute.js';
import { andList, countryName, formatANumber, longDate } from '../kit/index.js';
import { actDateText } from './dates.js';
import type { TVisaCase } from './schema.js';

export { formatANumber };

export const BANNER = 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367';

/** Plain-language labels of the hardship factors of 8 CFR 214.209(b)(1)–(9). */
export const HARDSHIP_LABELS: Record<number, string> = {
  1: 'My age, maturity and personal circumstances',
  2: 'Care I could not get outside the United States',
  3: 'What the trafficking did to me',
  4: 'Losing access to U.S. courts, restitution and protection',
  5: 'Laws and customs that would punish me',
  6: 'The risk of being trafficked again',
  7: 'Harm from the traffickers or people working for them',
  8: 'Civil unrest or armed conflict',
  9: 'Economic harm',
};

/** 8 CFR 214.207(a)(1)–(5), as the applicant would say it. */
const PRESENCE_TEXT: Record<string, string> = {
  'currently-subjected': 'I am in the United States because I am still being trafficked.',
  'liberated-by-law-enforcement': 'I am in the United States because law enforcement freed me from the trafficking.',
  escaped: 'I am in the United States because I escaped the trafficking here, before law enforcement was involved.',
  'continuing-presence': 'I am still in the United States because of the trafficking that happened to me.',
  'entry-for-investigation': 'I was allowed to enter the United States to take part in the investigation or prosecution of the trafficking.',
};

const TYPE_TEXT: Record<string, string> = { sex: 'sex trafficking', labor: 'labor trafficking' };
const MEANS_TEXT: Record<string, string> = { force: 'Force', fraud: 'Lies and false promises (fraud)', coercion: 'Threats and pressure (coercion)' };
const ELEMENT_TEXT: Record<string, string> = {
  victimization: 'the trafficking the applicant suffered',
  presence: 'physical presence in the United States on account of the trafficking',
  trauma: 'the trauma exception to law-enforcement cooperation',
  'law-enforcement': 'cooperation with law enforcement',
  hardship: 'extreme hardship involving unusual and severe harm on removal',
};


/** Paragraphs (blank line) and lines (single newline) of a narrative, for items with a lead-in. */
export function splitParagraphs(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l.length > 0))
    .filter((p) => p.length > 0);
}

/** A dated item: the first paragraph carries the lead ("March 2019."), the rest follow as items. */
function dated(lead: string, text: string): { lead: string; first: string[]; rest: string[][] } {
  const ps = splitParagraphs(text);
  return { lead, first: ps[0] ?? [], rest: ps.slice(1) };
}

function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`;
}

function place(city: string, region: string | null, country: string): string {
  return [city, region, countryName(country) ?? country].filter((x): x is string => !!x).join(', ');
}

export function viewTVisa(c: TVisaCase, k: TVisaComputed, warnings: Issue[]): Record<string, unknown> {
  void warnings; // warnings are returned by `check`; the document itself does not print them.
  const applicantName = fullName(c.applicant);
  const supporting = c.declarant.role === 'supporting' ? c.supporting : null;
  const declarantName = supporting ? fullName({ givenName: c.declarant.givenName ?? '', familyName: c.declarant.familyName ?? '' }) : applicantName;
  const title = `Declaration of ${declarantName} in Support of Form I-914, Application for T Nonimmigrant Status`;
  const aNumber = c.applicant.aNumber ? formatANumber(c.applicant.aNumber) : null;
  const language = c.statement.language.trim();
  const english = language.toLowerCase() === 'english';

  const minorActs = c.trafficking ? c.trafficking.acts.filter((_, i) => k.ageAtEachAct[i]?.under18 === true) : [];
  const ps = c.signing.parentSigner;

  const signature = ps
    ? {
        signer: fullName(ps),
        capacity: `${ps.relationship === 'parent' ? 'Parent' : 'Legal guardian'} of ${applicantName}, signing for the applicant, who is under 14`,
      }
    : supporting
      ? { signer: declarantName, capacity: [c.declarant.title, c.declarant.organization].filter(Boolean).join(', ') || null }
      : { signer: applicantName, capacity: 'Applicant' };

  const closingSentences: string[] = [];
  if (supporting) {
    // A professional (with a title) also speaks from professional judgment; a lay witness does not.
    closingSentences.push(
      c.declarant.title
        ? 'The statements in this declaration are based on my personal knowledge and my professional judgment.'
        : 'The statements in this declaration are based on my personal knowledge.',
    );
  } else {
    closingSentences.push('This declaration is in my own words, and everything in it is true to the best of my knowledge.');
  }
  if (!english) closingSentences.push(`I gave this declaration in ${language}, and it was translated into English.`);
  if (c.interpreter) {
    closingSentences.push(`${c.interpreter.givenName} ${c.interpreter.familyName} read the whole declaration back to me in ${c.interpreter.language} before I signed it, and I understood it.`);
  }

  return {
    title,
    banner: BANNER,
    isSupporting: supporting !== null,
    // Short enough for one header line; names the applicant on every page (pages get separated).
    runningHead: `Declaration of ${declarantName}${supporting ? ` re: ${applicantName}` : ''}${aNumber ? ` — ${aNumber}` : ''}`,
    applicant: {
      fullName: applicantName,
      otherNames: c.applicant.otherNames.length > 0 ? c.applicant.otherNames.join('; ') : null,
      dateOfBirth: longDate(c.applicant.dateOfBirth),
      countryOfBirth: countryName(c.applicant.countryOfBirth) ?? c.applicant.countryOfBirth,
      aNumber,
    },
    intro: supporting
      ? `My name is ${declarantName}.${c.declarant.title ? ` I am a ${c.declarant.title}${c.declarant.organization ? ` at ${c.declarant.organization}` : ''}.` : ''} I make this declaration in support of the application of ${applicantName} for T nonimmigrant status.`
      : `My name is ${applicantName}. I was born on ${longDate(c.applicant.dateOfBirth)}, in ${countryName(c.applicant.countryOfBirth) ?? c.applicant.countryOfBirth}. I make this declaration in support of my application for T nonimmigrant status.`,
    background: c.background,
    trafficking: c.trafficking
      ? {
          kindText: `What happened to me was ${andList(c.trafficking.types.map((t) => TYPE_TEXT[t]!))}.`,
          narrative: c.trafficking.narrative,
          acts: c.trafficking.acts.map((a) => dated(`${actDateText(a.date)}.`, a.description)),
          perpetratorsText:
            c.trafficking.perpetrators.length > 0
              ? `${c.trafficking.perpetrators.length === 1 ? 'The person responsible for what happened to me is' : 'The people responsible for what happened to me are'} ${andList(c.trafficking.perpetrators.map((p) => (p.relationship ? `${p.name} (${p.relationship})` : p.name)))}.`
              : null,
          means: c.trafficking.means.map((m) => dated(`${MEANS_TEXT[m.type]!}.`, m.narrative)),
          entry: c.trafficking.entry,
        }
      : null,
    escape: c.escape ? dated(c.escape.date ? `${actDateText(c.escape.date)}.` : '', c.escape.narrative) : null,
    presence: c.presence ? { groundText: PRESENCE_TEXT[c.presence.ground]!, narrative: c.presence.narrative } : null,
    departures: c.travel.departures.map((d) =>
      dated(
        `From ${longDate(d.departedOn)} to ${d.returnedOn ? longDate(d.returnedOn) : 'now'}, I was in ${countryName(d.country) ?? d.country}.`,
        d.explanation,
      ),
    ),
    lawEnforcement: c.lawEnforcement
      ? {
          contacts: c.lawEnforcement.contacts.map((x) => dated(`${longDate(x.date)}, ${x.agency}.`, x.narrative)),
          minorText:
            k.minorExemption && minorActs.length > 0
              ? `I was born on ${longDate(c.applicant.dateOfBirth)}. I was under 18 years old at the time of the events of ${andList(minorActs.map((a) => actDateText(a.date)))} that I describe above.`
              : null,
          trauma: c.lawEnforcement.traumaException?.narrative ?? null,
        }
      : null,
    hardship: [...c.hardship.factors]
      .sort((a, b) => a.factor - b.factor)
      .map((f) => ({ label: HARDSHIP_LABELS[f.factor]!, narrative: f.narrative })),
    closing: c.closing,
    closingStatement: closingSentences.join(' '),
    supporting: supporting
      ? {
          name: declarantName,
          qualifications: c.declarant.qualifications ?? null,
          relationship: c.declarant.relationship ?? '',
          contacts: supporting.contacts.map((x) => ({
            text: x.to ? `From ${longDate(x.from)} to ${longDate(x.to)}: ${x.kind}.` : `Since ${longDate(x.from)}: ${x.kind}.`,
          })),
          observations: supporting.observations.map((o) => dated(`${longDate(o.date)}.`, o.text)),
          findings: supporting.findings,
          opinionIntro: `I offer my opinion on ${andList(supporting.opinion.elements.map((e) => ELEMENT_TEXT[e]!))}.`,
          opinion: supporting.opinion.narrative,
        }
      : null,
    attestationText: k.attestationText,
    signature: {
      ...signature,
      date: longDate(c.signing.date),
      place: place(c.signing.city, c.signing.region, c.signing.country),
    },
    translator: c.translator
      ? {
          name: fullName(c.translator),
          text: `I, ${fullName(c.translator)}, certify that I am competent to translate from ${c.translator.fromLanguage} into English, and that the foregoing English translation of the declaration of ${declarantName} is complete and accurate to the best of my knowledge and ability.`,
          dateText: longDate(c.translator.signedOn),
          address: c.translator.address,
        }
      : null,
    interpreter: c.interpreter
      ? {
          name: fullName(c.interpreter),
          text: `I, ${fullName(c.interpreter)}, certify that I am competent to interpret between ${c.interpreter.language} and English, and that on ${longDate(c.interpreter.readBackOn)}, I read the foregoing declaration in its entirety to ${declarantName} in ${c.interpreter.language}. ${declarantName} stated that they understood the declaration and that it is true and correct.`,
          dateText: longDate(c.interpreter.readBackOn),
          address: c.interpreter.address,
        }
      : null,
  };
}

