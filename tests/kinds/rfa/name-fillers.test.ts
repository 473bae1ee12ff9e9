// A word for "not known" typed as a person's name (docs/fields.md, "Names"; rfa-draft.md, "A child
// whose name is not yet known"): until 2.15.0 only the child's family name refused "Unknown", so a
// child's given name "FNU", a sponsor "N/A" or a trafficker "Unknown" printed as the person's name.
// Every name field of the kind now refuses them with the kit's one rule (not-a-name), each saying how
// to tell that the name is not known; real names that look like fillers ("Na", "No", "Una") pass.
import { describe, expect, it } from 'vitest';
import { buildDocument, checkCase } from '../../../src/pipeline.js';
import { errors, ok, withCase, type Json } from './support.js';

const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};

/** The messages of an invalid case. */
const messages = (c: Json): string[] => {
  const r = checkCase('rfa', c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors.map((e) => e.message);
};

/** Each person-name field of the case, and how to put a name into it. */
const FIELDS: Array<[string, (c: Json, name: string) => void]> = [
  ['child.givenName', (c, n) => (c.child.givenName = n)],
  ['child.otherNames.0', (c, n) => (c.child.otherNames = [n])],
  ['requester.name', (c, n) => (c.requester.name = n)],
  ['parentsOrGuardians.0.name', (c, n) => (c.parentsOrGuardians = [{ relationship: 'mother', name: n, suspectedInTrafficking: false }])],
  ['location.sponsor.name', (c, n) => (c.location = { custody: 'released-to-sponsor', sponsor: { name: n, suspectedInTrafficking: false } })],
  ['location.caseManager.name', (c, n) => (c.location = { caseManager: { name: n } })],
  ['location.attorney.name', (c, n) => (c.location = { attorney: { name: n } })],
  ['location.careProvider.name', (c, n) => (c.location = { custody: 'orr-shelter', careProvider: { name: n } })],
  ['lawEnforcement.contactName', (c, n) => (c.lawEnforcement = { contactName: n })],
  ['concern.traffickers.0.name', (c, n) => (c.concern.traffickers = [{ name: n }])],
  ['concern.otherMinors.0.name', (c, n) => (c.concern.otherMinors = [{ name: n, withTrafficker: false }])],
  ['letterRecipient.name', (c, n) => (c.letterRecipient = { name: n })],
  ['supervisor.name', (c, n) => (c.supervisor = { name: n })],
];

describe('a word for "not known" as a person’s name is refused in every name field (not-a-name)', () => {
  it.each(FIELDS)('%s', (path, put) => {
    for (const filler of ['FNU', 'Unknown', 'N/A', 'L.N.U.', '?', 'Desconocido']) {
      expect(errors(withCase((c) => put(c, filler))), `${path} = ${filler}`).toEqual([`${path} not-a-name`]);
    }
  });
  it.each(FIELDS)('%s: real names that look like fillers pass ("Na", "No", "Una", "Nu")', (path, put) => {
    for (const name of ['Na', 'No', 'Una', 'Nu']) ok(withCase((c) => put(c, name)));
  });
  it('each says how to tell the name is not known: the child’s given name by its own answer, an optional name left empty', () => {
    const msg = (put: (c: Json) => void): string => messages(withCase(put))[0]!;
    expect(msg((c) => (c.child.givenName = 'FNU'))).toContain('answer “Given name not yet known”');
    expect(msg((c) => (c.concern.traffickers = [{ name: 'Unknown' }]))).toContain('leave it empty');
    expect(msg((c) => (c.location = { caseManager: { name: 'TBD' } }))).toContain('“Yes; name to follow”');
  });
});

describe('a child whose name is not yet known (child.givenNameNotYetKnown)', () => {
  const unnamed = (edit: (ch: Json) => void = () => {}): Json =>
    withCase((c) => {
      delete c.child.givenName;
      c.child.givenNameNotYetKnown = true;
      edit(c.child);
    });
  it('prints "Not yet known" in the given-name row, never a filler, and lists it as needed now', () => {
    expect(text(unnamed())).toContain('Given name(s) *|Not yet known');
    expect(ok(unnamed()).computed.stillToFindOut.now).toContainEqual({ path: 'child.givenName', label: 'Given name(s)' });
  });
  it('with the family name not yet known either, both rows say so', () => {
    const page = text(unnamed((ch) => (delete ch.familyName, (ch.noFamilyName = 'not-yet-known'))));
    expect(page).toContain('Given name(s) *|Not yet known');
    // Until 2.20.0 it said "(only a first name is known)", with no first name known (alias-only.test.ts).
    expect(page).toContain('Family name(s) *|Not yet known (no name of the child is known yet)');
  });
  it('neither a given name nor the answer: given-name-or-not-yet-known at child.givenName', () => {
    expect(errors(withCase((c) => delete c.child.givenName))).toEqual(['child.givenName given-name-or-not-yet-known']);
    expect(errors(withCase((c) => (c.child.givenName = '  ')))).toEqual(['child.givenName given-name-or-not-yet-known']);
  });
  it('both: given-name-or-not-yet-known at child.givenNameNotYetKnown', () => {
    expect(errors(withCase((c) => (c.child.givenNameNotYetKnown = true)))).toEqual(['child.givenNameNotYetKnown given-name-or-not-yet-known']);
  });
  it('false beside a given name is the same as no answer', () => {
    ok(withCase((c) => (c.child.givenNameNotYetKnown = false)));
  });
});
