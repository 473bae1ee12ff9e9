// The fields of the RFA draft in one table (docs/domain/rfa-draft.md, "What OTIP needs now, and what can
// follow"): each field's row label, whether OTIP needs it within 24 hours (Part A of its request,
// `now`) or it can follow (Part B, `later`), and when it applies. From this table come the labels
// of the page (with * when needed now) and `computed.stillToFindOut`, the fields not yet known in
// page order; the view prints one NOT_YET_KNOWN for each entry and nowhere else
// (tests/kinds/rfa/view.test.ts holds the two together). The table itself is field-table.ts, its
// rows' shape field-types.ts, when a row applies applies.ts, why one is not yet known not-yet-known.ts.
import type { Field, StillToFindOut } from './field-types.js';
import { FIELDS } from './field-table.js';
import { careProviderNotCurrent, NOT_CURRENT, sponsorNotCurrent } from './placement.js';
import type { RfaCase } from './schema.js';

/** Whether a field is needed now in this case: one marked `now`, or one that can follow whose `nowWhen` holds here. */
function neededNow(f: Field, c: RfaCase): boolean {
  return f.need === 'now' || f.nowWhen?.(c) === true;
}

const isUnknown = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** The fields of this case not yet known, needed now and later, in page order. */
export function stillToFindOut(c: RfaCase): StillToFindOut {
  const out: StillToFindOut = { now: [], later: [] };
  for (const f of FIELDS) {
    if (f.value === undefined || (f.applies && !f.applies(c))) continue;
    if (isUnknown(f.value(c))) out[neededNow(f, c) ? 'now' : 'later'].push({ path: f.path, label: f.item ?? f.label });
    else for (const m of f.each?.(c) ?? []) out[m.need].push({ path: m.path, label: m.label });
  }
  return out;
}

/** The mark after the label of a field needed within 24 hours. */
export const NOW_MARK = ' *';

/** Row labels by field path, with NOW_MARK when needed now in every case. */
export const LABELS: Readonly<Record<string, string>> = Object.fromEntries(FIELDS.map((f) => [f.path, f.need === 'now' ? f.label + NOW_MARK : f.label]));

/** The fields whose label depends on the case (`nowWhen`), found once. */
const NOW_WHEN = FIELDS.filter((f) => f.nowWhen !== undefined);

/**
 * Row labels of this case by field path (the templates print `label.[path]`): LABELS, with
 * NOW_MARK also on a field that can follow but is needed now here (`nowWhen`: "Custody details *"
 * when custody is "Other"). LABELS itself, not a copy, when no such field is needed now.
 */
export function labelsIn(c: RfaCase): Readonly<Record<string, string>> {
  const now = NOW_WHEN.filter((f) => neededNow(f, c));
  const sponsorPast = sponsorNotCurrent(c);
  const careProviderPast = careProviderNotCurrent(c);
  if (now.length === 0 && !sponsorPast && !careProviderPast) return LABELS;
  const out: Record<string, string> = { ...LABELS };
  for (const f of now) out[f.path] = f.label + NOW_MARK;
  // A sponsor or care provider the custody says the child is not with now (placement.ts): said at
  // each of its rows, so that no row reads as where the child is.
  const mark = (path: string, label: string) => (out[path] = `${label} (${NOT_CURRENT})${out[path]!.endsWith(NOW_MARK) ? NOW_MARK : ''}`);
  if (sponsorPast) for (const [path, label] of [['location.sponsor', 'Sponsor'], ['location.sponsor.address', 'Sponsor’s address']] as const) mark(path, label);
  if (careProviderPast) for (const [path, label] of [['location.careProvider.name', 'Care provider'], ['location.careProvider.address', 'Care provider’s address']] as const) mark(path, label);
  return out;
}
