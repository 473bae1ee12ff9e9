// The template context of the restitution worksheet. Handlebars runs in strict mode, so optional
// values are explicit nulls; every amount, date and sentence is formatted here, in tested
// TypeScript, so the template only places text (docs/markup.md). One module per part of the
// worksheet: view-periods (each labor period's lines), view-flsa (the workweek table and F),
// view-gross (G and the greater-of sentence), view-losses (L), view-alternatives (the open legal
// choices), view-rules (the rules and rounding), view-assumptions (the assumptions and open questions); this file assembles them.
import type { Issue } from '../../errors.js';
import type { RestitutionComputed } from './compute.js';
import { longDate, money, shortDate } from '../kit/index.js';
import type { RestitutionCase } from './schema.js';
import { dailyLogAppendix } from './daily-log.js';
import { roundingPolicy, rulesApplied } from './view-rules.js';
import { assumptions } from './view-assumptions.js';
import { exhibitList } from './exhibits.js';
import { banner, childStatus, identifierNote, liabilityNote, ninetyDayNote, payeeLine, sealNote, signatureBlock } from './filing.js';
import { LOSS_CATEGORY_TITLES } from './losses.js';
import { periodRows } from './view-periods.js';
import { flsaRows, workweekRows } from './view-flsa.js';
import { grossRows, laborLabel } from './view-gross.js';
import { lossRows } from './view-losses.js';
import { alternativeRows } from './view-alternatives.js';

// The parts' functions that tests and other modules read from here, as before the split.
export { longDate, shortDate };
export { dateSpan, exemptionText, scheduleText, wagesPaidText } from './view-periods.js';
export { federalOnlyLabels } from './view-flsa.js';
export { greaterOfSentence, grossText, laborLabel, type GreaterOf } from './view-gross.js';
export { basisText, lossPeriod } from './view-losses.js';
export { alternativeRows } from './view-alternatives.js';

export const TITLE = 'Restitution Worksheet (18 U.S.C. § 1593)';

export function view(c: RestitutionCase, computed: RestitutionComputed, warnings: Issue[]): Record<string, unknown> {
  // Warnings are for the preparer (check, render, the web app), never printed in the worksheet:
  // it is a filing (README, "Warnings").
  void warnings;
  const pooled = computed.settings.commercialSexIncome === 'pooled';
  const hasSex = c.grossIncome.some((g) => g.incomeFrom === 'commercial-sex-acts');
  return {
    title: TITLE,
    banner: banner(childStatus(c)),
    caption: {
      court: c.court?.name ?? null,
      docket: c.court?.docket ?? null,
      defendants: c.defendants,
      convictions: c.convictions && c.convictions.length > 0 ? c.convictions : null,
    },
    victim: {
      identifier: c.victim.identifier,
      minorNote: identifierNote(childStatus(c)),
      payee: payeeLine(c),
    },
    preparedOn: longDate(c.preparedOn),
    rules: rulesApplied(c, computed),
    roundingPolicy: roundingPolicy(c),
    hasPeriods: c.laborPeriods.length > 0,
    periods: periodRows(c, computed),
    dailyLogs: dailyLogAppendix(c),
    ...workweekRows(computed),
    ...flsaRows(c, computed),
    ...grossRows(c, computed),
    ...lossRows(c, computed),
    totals: {
      losses: money(computed.losses.totalCents),
      labor: money(computed.laborValue.cents),
      laborLabel: laborLabel(c, computed, pooled),
      commercialSex: hasSex && !pooled ? money(computed.commercialSexAddedCents) : null,
      commercialSexLabel: 'Added: gross income to the defendant from commercial sex acts (18 U.S.C. § 1593(b)(3))',
      total: money(computed.totalCents),
      liability: liabilityNote(c),
    },
    alternatives: alternativeRows(computed, c.settings.customRates.length > 0),
    assumptions: assumptions(c, computed),
    filing: {
      seal: sealNote(childStatus(c)),
      ninetyDays: ninetyDayNote(c),
      pending: c.pendingLosses.length > 0 ? c.pendingLosses.map((p) => `${LOSS_CATEGORY_TITLES[p.category]}: ${p.description}`) : null,
      // Without the case's own list no exhibit has a description, and a column of "(no description
      // given)" read as a form left unfilled: the list then has no such column, and says where each
      // exhibit is described. An exhibit cited but not in the list (exhibit-not-listed warns the
      // preparer) is described where cited too.
      exhibitsDescribed: c.exhibits.length > 0,
      exhibits: ((xs) => (xs.length > 0 ? xs : null))(
        exhibitList(c).map((e) => ({
          id: e.id,
          description: e.description ?? (e.range ? 'A range of exhibits, listed as cited' : 'As described where cited'),
          citedBy: e.citedBy.length > 0 ? e.citedBy.join('; ') : 'Not cited above',
        })),
      ),
    },
    signature: signatureBlock(c),
  };
}
