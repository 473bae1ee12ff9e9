// The template context of the RFA draft. Handlebars runs in strict mode, so every optional value is
// an explicit `null` (the template prints `{{default x "Not yet known"}}`); times, dates, lists and
// labels are formatted here, in tested TypeScript, not in the template.
import type { Issue } from '../../errors.js';
import type { RfaComputed } from './compute.js';
import { deadline, EASTERN } from './compute.js';
import { andList, capitalize, countryLabel, displayInZone, longDate } from '../kit/index.js';
import type { Contact, RfaCase } from './schema.js';

export { andList, countryLabel, longDate };

export const NOT_YET_KNOWN = 'Not yet known';
export const BANNER = 'Draft for entry in OTIP Shepherd — confidential';

const yesNo = (b: boolean | null | undefined): string | null => (b === undefined || b === null ? null : b ? 'Yes' : 'No');
const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);
const listOrNull = (xs: readonly string[] | null | undefined, sep = ', '): string | null => (xs && xs.length > 0 ? xs.join(sep) : null);

const CUSTODY_LABELS: Record<string, string> = {
  'orr-shelter': 'ORR shelter',
  'orr-foster-care': 'ORR foster care',
  'released-to-sponsor': 'Released to a sponsor',
  'state-child-welfare': 'State child welfare',
  other: 'Other',
};
const ACT_LABELS: Record<string, string> = {
  recruit: 'recruited',
  harbor: 'harbored',
  transport: 'transported',
  provide: 'provided',
  obtain: 'obtained',
  patronize: 'patronized',
  solicit: 'solicited',
};
const MEANS_LABELS: Record<string, string> = {
  force: 'force',
  fraud: 'fraud',
  coercion: 'coercion',
  'debt-bondage': 'debt bondage',
  'abuse-of-legal-process': 'abuse of legal process',
};
const CP_LABELS: Record<string, string> = {
  'not-requested': 'Not requested',
  requested: 'Requested',
  granted: 'Granted',
  denied: 'Denied',
};
const SEX_LABELS: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other' };

/** One line for a contact: "Name, Organization · phone · email". */
export function contactLine(c: Pick<Contact, 'name'> & Partial<Omit<Contact, 'name'>> | null | undefined): string | null {
  if (!c) return null;
  const who = c.organization ? `${c.name}, ${c.organization}` : c.name;
  return [who, c.phone, c.email].filter((x): x is string => !!x).join(' · ');
}

/** Dates of an event as printed: "March 1, 2026 – April 2, 2026 (approximate)", or null. */
export function eventDates(e: { date?: string | null | undefined; endDate?: string | null | undefined; dateApproximate?: boolean | null | undefined }): string | null {
  let s: string | null = null;
  if (e.date && e.endDate && e.endDate !== e.date) s = `${longDate(e.date)} – ${longDate(e.endDate)}`;
  else if (e.date) s = longDate(e.date);
  else if (e.endDate) s = `until ${longDate(e.endDate)}`;
  if (s && e.dateApproximate) s += ' (approximate)';
  return s;
}

export function view(c: RfaCase, computed: RfaComputed, warnings: Issue[]): Record<string, unknown> {
  const zone = computed.timeZone;
  const dl = deadline(c.discoveredAt, c.preparedAt, zone);
  const ch = c.child;
  const loc = c.location;
  const le = c.lawEnforcement;
  const s = c.safety;
  const sn = c.strengthsAndNeeds;
  const cityState = [loc.city, loc.state].filter((x): x is string => !!x).join(', ');

  const ctx = {
    title: 'Draft Request for Assistance for a Child (OTIP)',
    banner: BANNER,
    deadline: {
      dueLocal: displayInZone(dl.dueMs, zone),
      dueEastern: displayInZone(dl.dueMs, EASTERN),
      /** The requester's zone is Eastern: one line is enough. */
      localIsEastern: zone === EASTERN,
      zone,
      zoneAssumed: computed.timeZoneAssumed,
      discovered: displayInZone(dl.discoveredMs, zone),
      prepared: displayInZone(dl.preparedMs, zone),
      late: dl.late,
      hoursSinceDiscovery: computed.hoursSinceDiscovery,
    },
    warnings: warnings.map((w) => ({ path: w.path, code: w.code, message: w.message })),
    hasWarnings: warnings.length > 0,
    requester: {
      name: c.requester.name,
      title: orNull(c.requester.title),
      organization: c.requester.organization,
      email: c.requester.email,
      phone: c.requester.phone,
      relationshipToChild: orNull(c.requester.relationshipToChild),
      howLearned: orNull(c.requester.howLearned),
    },
    child: {
      givenName: ch.givenName,
      familyName: ch.familyName,
      otherNames: listOrNull(ch.otherNames, '; '),
      dateOfBirth: longDate(ch.dateOfBirth),
      dateOfBirthEstimated: ch.dateOfBirthEstimated === true,
      ageAtPreparation: computed.ageAtPreparation,
      lastDayUnder18: longDate(computed.lastDayUnder18),
      sex: ch.sex ? SEX_LABELS[ch.sex]! : null,
      countryOfBirth: ch.countryOfBirth ? countryLabel(ch.countryOfBirth) : null,
      citizenship: listOrNull(ch.citizenship.map(countryLabel), '; '),
      immigrationStatus: ch.immigrationStatus,
      inUnitedStates: yesNo(ch.inUnitedStates),
      aNumber: computed.aNumber,
      languages: listOrNull(ch.languages),
      interpreterNeeded: yesNo(ch.interpreterNeeded),
    },
    location: {
      cityState: cityState === '' ? null : cityState,
      custody: loc.custody ? CUSTODY_LABELS[loc.custody]! : null,
      custodyDetails: orNull(loc.custodyDetails),
      careProviderName: orNull(loc.careProvider?.name),
      careProviderAddress: orNull(loc.careProvider?.address),
      caseManager: contactLine(loc.caseManager),
      attorney: contactLine(loc.attorney),
    },
    concern: {
      types: capitalize(andList(c.concern.types.map((t) => (t === 'labor' ? 'labor trafficking' : 'sex trafficking')))),
      acts: c.concern.acts.length > 0 ? capitalize(andList(c.concern.acts.map((a) => ACT_LABELS[a]!))) : null,
      means: c.concern.means.length > 0 ? capitalize(andList(c.concern.means.map((m) => MEANS_LABELS[m]!))) : null,
      // Means are not required for commercial sex involving a minor (22 U.S.C. § 7102).
      meansNote: c.concern.types.includes('sex') && !c.concern.types.includes('labor'),
      commercialSex: orNull(c.concern.commercialSex),
      // null (printed "Not yet known") when the list is empty.
      events: c.concern.events.length === 0 ? null : c.concern.events.map((e, i) => ({
        number: i + 1,
        dates: eventDates(e),
        place: orNull(e.place),
        description: e.description,
      })),
      traffickers: c.concern.traffickers.length === 0 ? null : c.concern.traffickers.map((t, i) => ({
        number: i + 1,
        name: orNull(t.name),
        relationship: orNull(t.relationship),
        description: orNull(t.description),
      })),
      narrative: c.concern.narrative,
    },
    safety: {
      inCurrentDanger: yesNo(s.inCurrentDanger),
      traffickerHasAccess: yesNo(s.traffickerHasAccess),
      threatsToFamily: yesNo(s.threatsToFamily),
      runawayRisk: yesNo(s.runawayRisk),
      details: orNull(s.details),
    },
    lawEnforcement: {
      reported: yesNo(le.reported),
      agency: orNull(le.agency),
      contactName: orNull(le.contactName),
      contactPhone: orNull(le.contactPhone),
      contactEmail: orNull(le.contactEmail),
      caseNumber: orNull(le.caseNumber),
      continuedPresence: le.continuedPresence ? CP_LABELS[le.continuedPresence]! : null,
    },
    strengthsAndNeeds: {
      strengths: orNull(sn.strengths),
      needs: orNull(sn.needs),
      servicesRequested: sn.servicesRequested && sn.servicesRequested.length > 0 ? sn.servicesRequested : null,
    },
    signature: {
      signer: c.requester.name,
      capacity: [c.requester.title, c.requester.organization].filter((x): x is string => !!x).join(', '),
    },
  };
  return { ...ctx, notYetKnownCount: countNulls(ctx) };
}

/** How many values the draft prints as "Not yet known": the nulls of the context (each is printed). */
function countNulls(v: unknown): number {
  if (v === null) return 1;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countNulls(x), 0);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).reduce((n: number, x) => n + countNulls(x), 0);
  return 0;
}
