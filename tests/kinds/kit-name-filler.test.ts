// The kit's one rule for a word typed as a person's name for "not known" or "none" (kit nameFiller;
// docs/fields.md, "Names"): hits and the real names that look like them.
import { describe, expect, it } from 'vitest';
import { nameFiller } from '../../src/kinds/kit/index.js';

describe('kit nameFiller', () => {
  it.each(['FNU', 'fnu', 'F.N.U.', 'LNU', 'L N U', 'NFN', 'Unknown', ' UNKNOWN ', 'unk.', 'N/A', 'n/a', 'N.A.', 'None', 'none', 'TBD', '?', '--', '???', 'No name', 'Name unknown', 'First name unknown', 'Last name unknown', 'John Doe', 'Jane Doe', 'Desconocido', 'Desconocida', 'Sin nombre', 'sin apellido', 'Inconnu', 'xxx'])('hit: %j', (s) => {
    expect(nameFiller(s)).toBe(true);
  });
  it.each(['Na', 'No', 'Nu', 'Una', 'Non', 'Nada', 'Ana', 'Noe', 'Nona', 'Unni', 'Doe', 'Jane', 'Nguyễn', 'Thida', '陈', 'Ng', 'Fnu Ruiz', 'Unknown Quispe', 'Lucía (unknown surname)'])('real name, not a filler: %j', (s) => {
    expect(nameFiller(s)).toBe(false);
  });
});

// Every kind's person-name fields (docs/fields.md, "Names"): a filler is not-a-name at its path, in
// each kind; a real name that looks like one passes.
import { readFileSync } from 'node:fs';
import { checkCase } from '../../src/pipeline.js';

type Json = Record<string, any>;
const fixture = (kind: string, name: string): Json => JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8'));
const CASES: Array<[string, string, string, (c: Json, n: string) => void]> = [
  ['t-visa-declaration', 'full', 'applicant.givenName', (c, n) => (c.applicant.givenName = n)],
  ['t-visa-declaration', 'full', 'applicant.familyName', (c, n) => (c.applicant.familyName = n)],
  ['t-visa-declaration', 'full', 'applicant.otherNames.0', (c, n) => (c.applicant.otherNames[0] = n)],
  ['t-visa-declaration', 'full', 'translator.givenName', (c, n) => (c.translator.givenName = n)],
  ['t-visa-declaration', 'full', 'interpreter.familyName', (c, n) => (c.interpreter.familyName = n)],
  ['t-visa-declaration', 'full', 'trafficking.perpetrators.1.name', (c, n) => (c.trafficking.perpetrators[1].name = n)],
  ['best-interests-memo', 'full', 'child.givenName', (c, n) => (c.child.givenName = n)],
  ['best-interests-memo', 'full', 'child.familyName', (c, n) => (c.child.familyName = n)],
  ['best-interests-memo', 'full', 'child.otherNames.0', (c, n) => (c.child.otherNames[0] = n)],
  ['best-interests-memo', 'full', 'advocate.name', (c, n) => (c.advocate.name = n)],
  ['best-interests-memo', 'full', 'supervisingAttorney.name', (c, n) => (c.supervisingAttorney.name = n)],
  ['best-interests-memo', 'sponsor-per-alternative', 'proposedSponsors.1.name', (c, n) => (c.proposedSponsors[1].name = n)],
  ['restitution-worksheet', 'full', 'preparer.name', (c, n) => (c.preparer.name = n)],
];

describe('every kind’s person-name fields refuse a filler (not-a-name)', () => {
  it.each(CASES)('%s %s: %s', (kind, file, path, put) => {
    for (const filler of ['FNU', 'Unknown', 'N/A']) {
      const c = fixture(kind, file);
      put(c, filler);
      const r = checkCase(kind, c);
      expect(r.ok, `${path} = ${filler}`).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => `${e.path} ${e.code}`)).toContain(`${path} not-a-name`);
    }
    const c = fixture(kind, file);
    put(c, 'Una Na');
    const r = checkCase(kind, c);
    expect(r.ok ? [] : r.errors.filter((e) => e.path === path).map((e) => e.code)).toEqual([]);
  });
});
