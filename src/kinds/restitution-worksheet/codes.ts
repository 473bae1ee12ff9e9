// The issue codes of the restitution worksheet (beyond the kit's common codes), documented in
// docs/domain/restitution-worksheet.md.
import { defineCodes, type KindIssue } from '../kit/codes.js';

export const CODES = defineCodes({
  'end-before-start': { level: 'error', rule: 'a period or loss ends before it starts' },
  'no-hours': { level: 'error', rule: 'a labor period has neither a weekly schedule nor a daily log' },
  'date-outside-period': { level: 'error', rule: 'a log entry or payment falls outside its period' },
  'duplicate-date': { level: 'error', rule: 'two log entries, or two custom rates, on the same date' },
  'territory-before-federal-rate': { level: 'error', rule: 'Northern Mariana Islands work before September 30, 2018, when its FLSA minimum wage was below $7.25, is not computed' },
  'state-required': { level: 'error', rule: 'the state setting needs the state of every period' },
  'no-rate-table': { level: 'error', rule: 'work before the wage table starts needs a custom rate' },
  'incomplete-line': { level: 'error', rule: 'a gross-income line is not exactly one of its three forms' },
  'unknown-state': { level: 'error', rule: 'a state is not a USPS code of a state, DC, PR, GU, VI or MP' },
  'hours-out-of-range': { level: 'error', rule: 'hours of a day outside 0 to 24, in one period or in all the periods that share the day' },
  'share-out-of-range': { level: 'error', rule: 'the defendant’s share is not between 0 and 1' },
  'amount-too-large': { level: 'error', rule: 'the amounts are too large to compute exactly' },
  'renamed-field': { level: 'error', rule: 'a version-1 …Cents money field; give the amount in dollars in the new field' },
  'exemption-not-computed': { level: 'error', rule: '29 U.S.C. § 213(a)(6) (no minimum wage for some farm work) is refused' },
  'payee-is-defendant': { level: 'error', rule: 'a defendant may never receive restitution for the victim (18 U.S.C. § 1593(c))' },
  'basis-mismatch': { level: 'error', rule: 'a loss amount is not units × rate × years of its basis' },
  'exemption-used': { level: 'warning', rule: 'an overtime exemption removes the overtime of at least one workweek of a period' },
  'exemption-no-effect': { level: 'warning', rule: 'an overtime exemption given for a period removes no overtime (no workweek of it is over 40 hours with every hour exempt)' },
  'pay-above-minimum-wage': { level: 'warning', rule: 'a period with no agreed rate was paid more than the minimum wage an hour in a workweek with overtime, whose overtime is then valued too low' },
  'lump-sum-payment': { level: 'warning', rule: 'a period’s pay in one workweek (dated payments with its weekly payment’s share), or its weekly payment alone, is twice or more the pay of its hours that week at the minimum wage or the agreed rate, and stands out from its other weeks: pay of several weeks credited to one, where the rest lowers nothing' },
  'pay-without-hours': { level: 'warning', rule: 'a payment is credited to a workweek in which its period has no hours, so it is set against no work of its own' },
  'overlapping-periods': { level: 'warning', rule: 'a labor period shares days with another: read as two jobs whose hours are added (29 C.F.R. § 778.103)' },
  'state-rates-used': { level: 'warning', rule: 'a state minimum wage, higher than the others, was used on at least one day worked' },
  'territory-rate-not-in-table': { level: 'warning', rule: 'with state rates, a Guam, U.S. Virgin Islands or Northern Mariana Islands period reaches days whose own territorial rate, possibly higher, is not in the wage table' },
  'custom-rates-several-states': { level: 'warning', rule: 'custom rates, which apply to every period, reach periods worked in more than one state' },
  'no-evidence': { level: 'warning', rule: 'a gross-income line cites no evidence' },
  'lost-income-overlap': { level: 'warning', rule: 'lost income may double-count a labor period' },
  'minor-full-name': { level: 'warning', rule: 'the identifier of a victim who is a minor, or was one during the offense, looks like a full name' },
  'share-apportioned': { level: 'warning', rule: 'a defendant’s share below 1 lowers mandatory restitution (18 U.S.C. § 3664(h))' },
  'pooled-reading-used': { level: 'warning', rule: 'commercial sex income pooled with labor income instead of added' },
  'payee-needed': { level: 'warning', rule: 'a minor victim with no payee named (18 U.S.C. § 1593(c))' },
  'no-bar-number': { level: 'warning', rule: 'the preparer gives no bar number for the signature block' },
  'projected-without-basis': { level: 'warning', rule: 'a projected loss without units × rate × years' },
  'exhibit-range-kept': { level: 'warning', rule: 'a range of exhibits too long or unclear to expand is listed as written' },
  'exhibit-not-listed': { level: 'warning', rule: 'a line cites an exhibit that the case’s exhibits do not list' },
  'nothing-claimed': { level: 'warning', rule: 'the case has no labor period, gross-income line or loss, so the worksheet requests $0.00' },
});
export type RestitutionCode = keyof typeof CODES;
export type RestitutionIssue = KindIssue<RestitutionCode>;
