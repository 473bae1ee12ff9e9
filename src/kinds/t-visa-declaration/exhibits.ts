// Exhibits of a T-visa declaration (docs/domain/t-visa-declaration-form.md, "Exhibits"): the letter or
// number that names one, the citations a paragraph makes, and the case's list of exhibits; then
// the rules on them (`unknown-exhibit`, `exhibit-not-cited`) and the exhibits cited, for the view.
import { z } from 'zod';
import { CAPS, labelled, optList, Prose } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import { escapeEpisodes } from './chronology.js';
import type { TVisaCase } from './schema.js';

/**
 * The exhibits' schemas, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18).
 */
export function exhibitSchemas() {
  /** An exhibit letter or number ("A", "B", "AA", "12"), written in any case; stored in capitals. */
  const ExhibitId = z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, { message: 'must be an exhibit letter or number of one to four characters, like A or 12' });

  /** Exhibits a paragraph cites (docs/domain/t-visa-declaration-form.md, "Exhibits"). */
  const Cites = labelled(
    optList(ExhibitId, CAPS.short),
    'Exhibits cited',
    'Letters of the exhibits this paragraph cites (listed in `exhibits`); printed as "(See Exhibit A.)" at its end.',
  );

  const Exhibit = z.strictObject({
    id: labelled(ExhibitId, 'Exhibit', 'The exhibit’s letter or number, e.g. A.'),
    description: labelled(Prose, 'Description', 'What the exhibit is, e.g. "Letter of Detective …, dated …".'),
  });

  /** The case's exhibits, each letter listed once (`duplicate-exhibit`). */
  const Exhibits = optList(Exhibit, CAPS.items).superRefine((xs, ctx) => {
    const seen = new Set<string>();
    xs.forEach((x, i) => {
      const id = typeof x?.id === 'string' ? x.id : '';
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'this exhibit letter is already listed', params: { code: 'duplicate-exhibit' } });
      seen.add(id);
    });
  });

  return { ExhibitId, Cites, Exhibit, Exhibits };
}

/** Every exhibit citation with its path, in document order. */
function citations(c: TVisaCase): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (path: string, ids: string[] | undefined) => ids?.forEach((id, j) => out.push([`${path}.exhibits.${j}`, id]));
  c.trafficking?.acts.forEach((a, i) => add(`trafficking.acts.${i}`, a.exhibits));
  c.trafficking?.means.forEach((m, i) => add(`trafficking.means.${i}`, m.exhibits));
  escapeEpisodes(c).forEach((e) => add(e.path, e.exhibits));
  c.travel.departures.forEach((d, i) => add(`travel.departures.${i}`, d.exhibits));
  c.lawEnforcement?.contacts.forEach((x, i) => add(`lawEnforcement.contacts.${i}`, x.exhibits));
  add('lawEnforcement.continuedPresence', c.lawEnforcement?.continuedPresence?.exhibits);
  add('lawEnforcement.supplementB', c.lawEnforcement?.supplementB?.exhibits);
  c.hardship.factors.forEach((f, i) => add(`hardship.factors.${i}`, f.exhibits));
  c.supporting?.observations.forEach((o, i) => add(`supporting.observations.${i}`, o.exhibits));
  c.supporting?.disclosures.forEach((o, i) => add(`supporting.disclosures.${i}`, o.exhibits));
  return out;
}

/** Citations must name a listed exhibit (error); a listed exhibit nobody cites is a warning. */
export function exhibitIssues(c: TVisaCase): { errors: TVisaIssue[]; warnings: TVisaIssue[] } {
  const listed = new Set(c.exhibits.map((x) => x.id));
  const cited = new Set<string>();
  const errors: TVisaIssue[] = [];
  for (const [path, id] of citations(c)) {
    cited.add(id);
    if (!listed.has(id)) errors.push({ path, code: 'unknown-exhibit', message: 'cites an exhibit that is not in the exhibits list' });
  }
  const warnings = c.exhibits.flatMap((x, i): TVisaIssue[] =>
    cited.has(x.id) ? [] : [{ path: `exhibits.${i}`, code: 'exhibit-not-cited', message: 'no paragraph cites this exhibit; cite it where it supports a fact, or remove it' }],
  );
  return { errors, warnings };
}

/** The exhibits cited anywhere in the case (for the view's exhibit list). */
export function citedExhibits(c: TVisaCase): Set<string> {
  return new Set(citations(c).map(([, id]) => id));
}
