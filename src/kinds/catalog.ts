// What `harbor kinds` prints of each kind (id, template version, title, issue codes) without
// loading the kinds themselves: their zod schemas, rules and views are most of a cold start's work
// (issue 18: `harbor kinds` ≤ 150 ms). Each shipped kind's identity (`about.ts`) and code table
// (`codes.ts`) are the very values its `defineKind` uses, and `registerKind` (./index.ts) adds a
// test kind here too, so this list is always the registry's (tests/kinds/catalog.test.ts).
import type { CodeTable } from './kit/codes.js';
import { ABOUT as rfa } from './rfa/about.js';
import { CODES as rfaCodes } from './rfa/codes.js';
import { ABOUT as tVisa } from './t-visa-declaration/about.js';
import { CODES as tVisaCodes } from './t-visa-declaration/codes.js';
import { ABOUT as restitution } from './restitution-worksheet/about.js';
import { CODES as restitutionCodes } from './restitution-worksheet/codes.js';
import { ABOUT as bestInterests } from './best-interests-memo/about.js';
import { CODES as bestInterestsCodes } from './best-interests-memo/codes.js';

/** A kind as `harbor kinds` lists it. */
export interface KindSummary {
  id: string;
  version: string;
  title: string;
  codes: CodeTable;
}

const summaries: KindSummary[] = [
  { ...rfa, codes: rfaCodes },
  { ...tVisa, codes: tVisaCodes },
  { ...restitution, codes: restitutionCodes },
  { ...bestInterests, codes: bestInterestsCodes },
].map(({ id, version, title, codes }) => ({ id, version, title, codes }));

/** Every kind, in the registry's order (./index.ts). */
export const KIND_SUMMARIES: readonly KindSummary[] = summaries;

/** Called by `registerKind` only (tests): the kind it adds to the registry is listed too. */
export function addKindSummary(k: KindSummary): void {
  summaries.push({ id: k.id, version: k.version, title: k.title, codes: k.codes });
}
