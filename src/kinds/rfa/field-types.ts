// The shape of a row of the RFA draft's field table (field-table.ts): its path, label, whether OTIP
// needs it now or it can follow, and when it applies; and the entries still to find out it yields
// (fields.ts stillToFindOut, computed.stillToFindOut).
import type { RfaCase } from './schema.js';

export type Need = 'now' | 'later';

/** A field not yet known: its path in the case and how the page names it. */
export interface Missing {
  path: string;
  label: string;
}

export interface StillToFindOut {
  now: Missing[];
  later: Missing[];
}

export interface Field {
  path: string;
  /** The row label on the page. */
  label: string;
  /** The name in the "still to find out" lists when the row label needs context (default: label). */
  item?: string;
  need: Need;
  /** A field that can follow in general but is needed now in this case (its label then carries NOW_MARK: `labelsIn`). */
  nowWhen?: (c: RfaCase) => boolean;
  /** The value; a field is not yet known when it is null or an empty list. Absent: required by the schema. */
  value?: (c: RfaCase) => unknown;
  /** When the field applies to this case (default: always). */
  applies?: (c: RfaCase) => boolean;
  /** Entries of a list that are themselves not yet known (a trafficker's name...). */
  each?: (c: RfaCase) => Array<Missing & { need: Need }>;
}
