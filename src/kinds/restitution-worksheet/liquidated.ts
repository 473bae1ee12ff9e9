// The rows of the credits box that concern liquidated damages (29 U.S.C. § 216(b)), worded for
// what the case claims. With the setting off, the box printed the amount liquidated damages
// would be beside "not included", a figure in the amount column that is not claimed, which a
// reader adding the column or reading it quickly takes for part of F. Off, the row now says
// that none are claimed and prints $0.00, and the F that would count them is labelled as not
// requested (the total with them is among the open legal choices). On, the rows are unchanged.
// From worksheet 2.22.0 the row reads "not requested", as a filing says what it asks for: it
// read "none claimed, by the case’s setting", the software's word, which a court cannot cite;
// why they are not requested is the rule's and the assumption's (view-rules.ts, view-assumptions.ts).
import { money } from '../kit/index.js';
import type { FlsaTotals } from './flsa.js';

export interface LiquidatedRows {
  liquidatedOn: boolean;
  /** The row's words and amount: the amount claimed, $0.00 when none is. */
  liquidatedLabel: string;
  liquidated: string;
  /** The label of F counted with liquidated damages (a figure claimed only when they are on). */
  withLdLabel: string;
}

export function liquidatedRows(on: boolean, f: Pick<FlsaTotals, 'totalWithLiquidatedDamagesCents' | 'totalWithoutLiquidatedDamagesCents'>): LiquidatedRows {
  return on
    ? {
        liquidatedOn: true,
        liquidatedLabel: 'Liquidated damages, equal to the unpaid amount (29 U.S.C. § 216(b))',
        liquidated: money(f.totalWithLiquidatedDamagesCents - f.totalWithoutLiquidatedDamagesCents),
        withLdLabel: 'F with liquidated damages',
      }
    : {
        liquidatedOn: false,
        liquidatedLabel: 'Liquidated damages (29 U.S.C. § 216(b)): not requested',
        liquidated: money(0),
        withLdLabel: 'F if liquidated damages were claimed (not requested)',
      };
}
