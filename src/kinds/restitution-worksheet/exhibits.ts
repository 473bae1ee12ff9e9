// The exhibit list (issue 15 point 7): every exhibit a line cites in its `evidence` text
// ("Exhibit 14", "Exhibits 3–7", "Ex. 9") or that the case lists in `exhibits`, with its
// description when given and the lines that cite it. Exhibits are listed in the order of their
// identifiers (numbers numerically, then letters), so the list reads like a court's.
import type { RestitutionCase } from './schema.js';

export interface ExhibitEntry {
  id: string;
  description: string | null;
  citedBy: string[];
}

// "Exhibit 14", "Exhibits 3–7", "Exhibit 31A", "Ex. 9", "Exs. 3-7" (case-insensitive).
const REF = /\b(?:exhibits?|exs?\.)\s+([0-9]+[A-Za-z]?(?:\s*[–-]\s*[0-9]+[A-Za-z]?)?)/giu;

/** Exhibit identifiers cited in one evidence text, as written ("3–7" stays a range). */
export function citedExhibits(evidence: string | null | undefined): string[] {
  if (!evidence) return [];
  const out: string[] = [];
  for (const m of evidence.matchAll(REF)) {
    const id = m[1]!.replace(/\s*[–-]\s*/u, '–');
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

function order(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}

export function exhibitList(c: RestitutionCase): ExhibitEntry[] {
  const byId = new Map<string, ExhibitEntry>();
  const entry = (id: string) => {
    let e = byId.get(id);
    if (!e) byId.set(id, (e = { id, description: null, citedBy: [] }));
    return e;
  };
  for (const x of c.exhibits) entry(x.id).description = x.description;
  const cite = (evidence: string | null | undefined, by: string) => {
    for (const id of citedExhibits(evidence)) {
      const e = entry(id);
      if (!e.citedBy.includes(by)) e.citedBy.push(by);
    }
  };
  c.laborPeriods.forEach((p, i) => {
    cite(p.evidence, `Period ${i + 1}`);
    cite(p.description, `Period ${i + 1}`);
  });
  c.grossIncome.forEach((g, i) => cite(g.evidence, `G line ${i + 1}`));
  c.losses.forEach((l, i) => cite(l.evidence, `Loss ${i + 1}`));
  return [...byId.values()].sort((a, b) => order(a.id, b.id));
}
