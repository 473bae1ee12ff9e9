// Where the child is held or placed, written in the immigration status while the custody is not
// answered (docs/domain/rfa-draft.md, "Custody written in the immigration status"). A caseworker at
// night types "UAC, in ORR custody" or "detained by ICE" as the child's status, believes the
// custody answered, and leaves "Custody or placement" empty: the page printed "Custody or
// placement *: Not yet known" two sections below a status that said where the child is, and OTIP's
// intake, which reads the custody in section 4 (it decides who to call and whether the child has an
// ORR case manager), sent it back. The custody is one of OTIP's choices and Harbor cannot choose
// between them from words ("ORR" is a shelter or a foster home), so the case is warned, never
// filled in. The status itself stays as written: it may rightly say both ("unaccompanied child in
// ORR custody, in removal proceedings"). With a custody answered, a status that names only
// placements the custody is not ("detained by ICE" beside "ORR shelter", "with sponsor" beside
// "DHS custody (CBP or ICE)") is the warning `custody-contradicts-status`, naming both (until
// template 2.22.0 the page printed both without a word, and OTIP's intake could not tell where the
// child is, whom to call).
import type { RfaIssue } from './codes.js';
import { CUSTODY_LABELS } from './labels.js';
import type { RfaCase } from './schema.js';

/** One kind of placement a status can name: what it matches, how the message says it, and the custody choices it points to. */
interface Placement {
  re: RegExp;
  says: string;
  choices: ReadonlyArray<keyof typeof CUSTODY_LABELS>;
}

/** ORR named, by its initials or its name. */
const ORR_RE = /\b(?:ORR|office of refugee resettlement)\b/i;

/** A foster placement in words: "foster care", "foster home", "foster family", "foster placement". */
const FOSTER = String.raw`foster[\s-]+(?:care|homes?|family|placement)`;
/** ORR (its initials or name, "ORR's" too) as a source fragment. */
const ORR = String.raw`(?:ORR|office of refugee resettlement)(?:['’]s)?`;
/** A State's child welfare agency as a source fragment ("state", "county", CPS and its names). */
const STATE = String.raw`(?:state|county|CPS|DCFS|DFPS|child welfare|child protective services)(?:['’]s)?`;

/**
 * The placements a status may name, most telling first (the first that matches is the one the
 * message names). ORR's care is its shelters and foster care (6 U.S.C. § 279; 45 CFR 410.1001);
 * DHS holds a child (CBP at the border, ICE inland) until it transfers an unaccompanied child to
 * ORR (8 U.S.C. § 1232(b)(3)). "ICE", "CBP" and "DHS" are matched in capitals only: "ice" is a word.
 */
const PLACEMENTS: readonly Placement[] = [
  // A sponsor as the child's placement ("released to a sponsor", "lives with her sponsor"), not a
  // sponsor who only speaks ("the sponsor told us she has a U.S. passport": status.ts reads that).
  // "with sponsor" without an article too, as typed at night; "to sponsor" needs one ("wants to sponsor her" is a verb).
  { re: /\breleased\b[^;.]*\bsponsor\b|\bwith (?:(?:a|the|her|his|their) )?sponsor\b|\bto (?:a|the|her|his|their) sponsor\b|\bsponsor(?:'s|’s) (?:home|care)\b/i, says: 'a sponsor', choices: ['released-to-sponsor'] },
  // ORR's own foster care, named as ORR's: its transitional and long-term foster care (TFC, LTFC:
  // licensed foster homes, ORR's least restrictive placements; ORR, "Resource library", TFC and
  // LTFC pages; 45 CFR 410.1001 "standard program"), "ORR foster care", "foster care through ORR".
  // Not the Unaccompanied Refugee Minors program ("ORR URM foster care"), a State's foster care that
  // ORR pays for (45 CFR 410.1208): the words between are not matched, and it stays plain foster care.
  {
    re: new RegExp(String.raw`\b${ORR}(?:[\s-]+(?:transitional|long[\s-]term|TFC|LTFC))?[\s-]+${FOSTER}\b|\b${FOSTER}\s+(?:with|through|under|of)\s+(?:the\s+)?${ORR}`, 'i'),
    says: 'ORR foster care',
    choices: ['orr-foster-care'],
  },
  // A State's foster care, named as the State's or its agency's ("state foster care", "CPS foster home", "foster care through the county").
  {
    re: new RegExp(String.raw`\b${STATE}[\s-]+${FOSTER}\b|\b${FOSTER}\s+(?:with|through|under|of)\s+(?:the\s+)?${STATE}`, 'i'),
    says: 'a State’s foster care',
    choices: ['state-child-welfare'],
  },
  { re: ORR_RE, says: 'ORR care', choices: ['orr-shelter', 'orr-foster-care', 'released-to-sponsor'] },
  { re: /\b(?:DHS|ICE|CBP)\b/, says: 'DHS custody', choices: ['dhs-custody'] },
  { re: /\bborder patrol\b|\bdetention\b|\bdetained\b/i, says: 'DHS custody', choices: ['dhs-custody'] },
  // Foster care whose it is the words do not say: ORR's or a State's (a plain "foster care" beside either custody is no contradiction).
  { re: /\b(?:foster (?:care|home|family|placement)|shelter)\b/i, says: 'a shelter or foster care', choices: ['orr-shelter', 'orr-foster-care', 'state-child-welfare'] },
  { re: /\b(?:CPS|DCFS|DFPS|child welfare|child protective services|state custody)\b/i, says: 'state child welfare', choices: ['state-child-welfare'] },
  { re: /\bcustody\b|\bplaced (?:with|in|at)\b|\bplacement\b/i, says: 'a custody or placement', choices: ['orr-shelter', 'orr-foster-care', 'released-to-sponsor', 'state-child-welfare', 'dhs-custody', 'other'] },
];

/** The placement the child's immigration status names, or null (none, or the custody is answered: then nothing is compared). */
export function placementInStatus(c: RfaCase): Placement | null {
  if (c.location.custody !== null) return null;
  return PLACEMENTS.find((p) => p.re.test(c.child.immigrationStatus)) ?? null;
}

/** The last placement, a custody or placement named with no kind of it: it contradicts no custody answered. */
const ANY_PLACEMENT = PLACEMENTS.at(-1)!;

/**
 * Words just before a placement that put it in the past ("released from ICE detention", "formerly
 * in ORR custody", "previously with a sponsor"): up to two words between the marker and the placement.
 */
const PAST_BEFORE = /\b(?:from|formerly|previously|former|earlier)\s+(?:\S+\s+){0,2}$/i;

/**
 * The placements the status names as where the child is, not only where the child was, in
 * PLACEMENTS' order. Words an earlier (more telling) placement matched are not read again by a
 * later one: "ORR foster care" is ORR's foster care only, not also a foster care that may be a
 * State's (until template 2.23.0 it was both, and beside "State child welfare custody" nothing
 * was warned), and "formerly in ORR foster care" is no plain foster care now.
 */
function namedNow(status: string): Placement[] {
  const taken: Array<[number, number]> = [];
  const out: Placement[] = [];
  for (const p of PLACEMENTS) {
    const flags = p.re.flags.includes('g') ? p.re.flags : `${p.re.flags}g`;
    const mine: Array<[number, number]> = [];
    let now = false;
    for (const m of status.matchAll(new RegExp(p.re.source, flags))) {
      const at: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => at[0] >= a && at[1] <= b)) continue;
      mine.push(at);
      // The clause before the match, to its last ";", "," or "." (a marker in another clause is another fact).
      const before = status.slice(0, m.index).split(/[;,.]/).at(-1)!;
      if (!PAST_BEFORE.test(before)) now = true;
    }
    taken.push(...mine);
    if (now) out.push(p);
  }
  return out;
}

/**
 * The placements the status names as the child's now, when none of them is the custody answered:
 * the status contradicts the custody (empty when it names none, names one the custody is, or the
 * custody is "Other", which any words may describe, or not answered: custodyInStatusRule reads that).
 */
export function statusAgainstCustody(c: RfaCase): Placement[] {
  const custody = c.location.custody;
  if (custody === null || custody === 'other') return [];
  const named = namedNow(c.child.immigrationStatus).filter((p) => p !== ANY_PLACEMENT);
  return named.some((p) => p.choices.includes(custody)) ? [] : named;
}

/** Whether the immigration status says the child is or was in ORR care (applies.ts orrCare: the ORR case number is then asked). */
export const statusSaysOrr = (c: RfaCase): boolean => ORR_RE.test(c.child.immigrationStatus);

/** "“A”, “B” or “C”": the custody choices by their labels, as the form shows them. */
const choiceWords = (choices: Placement['choices']): string => {
  const q = choices.map((x) => `“${CUSTODY_LABELS[x]}”`);
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
};

/** The warning `custody-in-status` of a case, when its immigration status names a placement while the custody is not answered. */
export function custodyInStatusRule(c: RfaCase, warnings: RfaIssue[]): void {
  const p = placementInStatus(c);
  if (p === null) return;
  warnings.push({
    path: 'location.custody',
    code: 'custody-in-status',
    message: `the immigration status (section 2) speaks of ${p.says}, while “Custody or placement” (section 4) is not answered: OTIP needs the custody now and reads it there, not in the status. Answer “Custody or placement” (${choiceWords(p.choices)}); the immigration status may keep its words`,
  });
}

/**
 * The warning `custody-contradicts-status` of a case: its immigration status names as the child's
 * placement now only placements that the custody answered is not. Warned, never corrected: either
 * may be the stale one (a status typed before a transfer, a custody chosen in haste), and Harbor
 * cannot tell which; the message names both, never quoting the status (case data).
 */
export function custodyAgainstStatusRule(c: RfaCase, warnings: RfaIssue[]): void {
  const named = statusAgainstCustody(c);
  if (named.length === 0) return;
  // One kind named once ("DHS custody" from both "ICE" and "detained").
  const says = [...new Set(named.map((p) => p.says))];
  const saysWords = says.length === 1 ? says[0]! : `${says.slice(0, -1).join(', ')} and ${says.at(-1)}`;
  const choices = [...new Set(named.flatMap((p) => p.choices))];
  warnings.push({
    path: 'child.immigrationStatus',
    code: 'custody-contradicts-status',
    message: `the immigration status (section 2) speaks of ${saysWords}, while “Custody or placement” (section 4) is “${CUSTODY_LABELS[c.location.custody!]}”: OTIP would read two placements and not know where the child is or whom to call. If the status says where the child is now, correct the custody (${choiceWords(choices)}); if the status tells where the child was before, say so in it (“released from ICE detention”, “formerly with a sponsor”)`,
  });
}
