// Issue 14 points 3 and 4: what OTIP needs within 24 hours (Part A) and what can follow (Part B),
// computed in one place (`computed.stillToFindOut`), including the new fields and the ones that
// apply only in some cases (ORR case number, sponsor, parents' involvement).
import { describe, expect, it } from 'vitest';
import { LABELS, labelsIn } from '../../../src/kinds/rfa/fields.js';
import type { RfaCase } from '../../../src/kinds/rfa/schema.js';
import { buildDocument } from '../../../src/pipeline.js';
import { fixture, ok, withCase } from './support.js';

const paths = (xs: Array<{ path: string }>) => xs.map((x) => x.path);

describe('computed.stillToFindOut', () => {
  it('minimal: what is needed now, in page order, with labels', () => {
    const s = ok(fixture('minimal')).computed.stillToFindOut;
    expect(paths(s.now)).toEqual([
      'parentsOrGuardians',
      'location.city',
      'location.custody',
      'safety.inCurrentDanger',
      'safety.traffickerHasAccess',
      'letterRecipient',
    ]);
    expect(s.now[0]).toEqual({ path: 'parentsOrGuardians', label: 'Parents or legal guardian' });
  });

  it('minimal: what can follow, in page order', () => {
    const s = ok(fixture('minimal')).computed.stillToFindOut;
    expect(paths(s.later)).toEqual([
      'requester.title', 'requester.relationshipToChild', 'requester.howLearned',
      'child.otherNames', 'child.sex', 'child.countryOfBirth', 'child.aNumber', 'child.languages', 'child.interpreterNeeded',
      'location.caseManager', 'location.attorney', 'location.custodyDetails', 'location.careProvider.name', 'location.careProvider.address',
      'concern.acts', 'concern.means', 'concern.purposes', 'concern.whereExploited', 'concern.industry', 'concern.employer', 'concern.events', 'concern.traffickers', 'concern.otherMinorsKnown',
      'safety.threatsToFamily', 'safety.runawayRisk', 'safety.details',
      'lawEnforcement.reported', 'lawEnforcement.agency', 'lawEnforcement.contactName', 'lawEnforcement.contactPhone', 'lawEnforcement.contactEmail', 'lawEnforcement.caseNumber', 'lawEnforcement.continuedPresence',
      'strengthsAndNeeds.strengths', 'strengthsAndNeeds.needs', 'strengthsAndNeeds.servicesRequested',
    ]);
  });

  it('full: nothing needed now is missing; later only the second trafficker’s name and description', () => {
    const s = ok(fixture('full')).computed.stillToFindOut;
    expect(s.now).toEqual([]);
    expect(s.later).toEqual([
      { path: 'concern.traffickers.1.name', label: 'Suspected trafficker 2: name' },
      { path: 'concern.traffickers.1.description', label: 'Suspected trafficker 2: description' },
    ]);
  });

  it('a child in or formerly in ORR care: the ORR case number is needed now', () => {
    const now = (edit: (c: any) => void) => paths(ok(withCase(edit)).computed.stillToFindOut.now);
    expect(now((c) => (c.location = { custody: 'orr-shelter' }))).toContain('location.orrCaseNumber');
    expect(now((c) => (c.location = { custody: 'orr-foster-care' }))).toContain('location.orrCaseNumber');
    expect(now((c) => (c.location = { custody: 'state-child-welfare', formerlyInOrrCare: true }))).toContain('location.orrCaseNumber');
    expect(now((c) => (c.location = { custody: 'state-child-welfare', formerlyInOrrCare: false }))).not.toContain('location.orrCaseNumber');
    expect(now((c) => (c.location = { custody: 'orr-shelter', orrCaseNumber: 'UC-2026-1' }))).not.toContain('location.orrCaseNumber');
  });

  it('released to a sponsor: the sponsor, and whether the sponsor is suspected, are needed now', () => {
    const now = (edit: (c: any) => void) => paths(ok(withCase(edit)).computed.stillToFindOut.now);
    expect(now((c) => (c.location = { custody: 'released-to-sponsor', orrCaseNumber: 'UC-1' }))).toContain('location.sponsor');
    expect(now((c) => (c.location = { custody: 'released-to-sponsor', orrCaseNumber: 'UC-1', sponsor: { name: 'A. Sponsor' } }))).toContain('location.sponsor.suspectedInTrafficking');
    expect(now((c) => (c.location = { custody: 'orr-shelter', orrCaseNumber: 'UC-1' }))).not.toContain('location.sponsor');
  });

  it('parents or legal guardian: whether each is suspected is needed now; a name or whereabouts can follow', () => {
    const s = ok(withCase((c) => (c.parentsOrGuardians = [{ relationship: 'mother' }, { relationship: 'legal-guardian', name: 'R. Guardian', whereabouts: 'Houston', suspectedInTrafficking: true }]))).computed.stillToFindOut;
    expect(s.now).toContainEqual({ path: 'parentsOrGuardians.0.suspectedInTrafficking', label: 'Mother: whether suspected in the trafficking' });
    expect(paths(s.now)).not.toContain('parentsOrGuardians');
    expect(paths(s.now)).not.toContain('parentsOrGuardians.1.suspectedInTrafficking');
    expect(paths(s.later)).toEqual(expect.arrayContaining(['parentsOrGuardians.0.name', 'parentsOrGuardians.0.whereabouts']));
  });

  it('fields of one kind of trafficking only: commercial sex for sex; means, purposes, industry and employer for labor', () => {
    const sex = paths(ok(withCase((c) => ((c.concern.types = ['sex']), (c.concern.purposes = [])))).computed.stillToFindOut.later);
    expect(sex).toContain('concern.commercialSex');
    for (const p of ['concern.means', 'concern.purposes', 'concern.industry', 'concern.employer']) expect(sex).not.toContain(p);
    const labor = paths(ok(withCase((c) => ((c.concern.means = []), (c.concern.purposes = [])))).computed.stillToFindOut.later);
    expect(labor).not.toContain('concern.commercialSex');
    expect(labor).toEqual(expect.arrayContaining(['concern.means', 'concern.purposes', 'concern.industry', 'concern.employer']));
  });

  it('custody "Other": the custody details (in whose care) are needed now and the heading is marked *; in a listed placement they can follow', () => {
    const other = withCase((c) => (c.location = { custody: 'other' }));
    const s = ok(other).computed.stillToFindOut;
    expect(paths(s.now)).toContain('location.custodyDetails');
    expect(paths(s.later)).not.toContain('location.custodyDetails');
    expect(JSON.stringify(buildDocument('rfa', other).model.body)).toContain('"Custody details *"');
    const shelter = withCase((c) => (c.location = { custody: 'orr-shelter' }));
    expect(paths(ok(shelter).computed.stillToFindOut.later)).toContain('location.custodyDetails');
    expect(JSON.stringify(buildDocument('rfa', shelter).model.body)).not.toContain('Custody details *');
    // Told: nothing missing about it.
    const told = withCase((c) => (c.location = { custody: 'other', custodyDetails: 'No one: the child sleeps at the restaurant where she worked.' }));
    expect(paths(ok(told).computed.stillToFindOut.now)).not.toContain('location.custodyDetails');
  });

  it('labelsIn: the row labels of the case, the shared LABELS unless a field that can follow is needed now here', () => {
    // labelsIn reads only the case's custody: the edited fixture stands for the parsed case.
    const other = withCase((c) => (c.location = { custody: 'other' })) as unknown as RfaCase;
    const shelter = withCase((c) => (c.location = { custody: 'orr-shelter' })) as unknown as RfaCase;
    expect(labelsIn(shelter)).toBe(LABELS);
    const marked = labelsIn(other);
    expect(marked['location.custodyDetails']).toBe('Custody details *');
    expect(LABELS['location.custodyDetails']).toBe('Custody details');
    // Every other label as in LABELS.
    expect({ ...marked, 'location.custodyDetails': LABELS['location.custodyDetails'] }).toEqual(LABELS);
  });

  it('an empty citizenship list, not marked stateless, is needed now', () => {
    expect(paths(ok(withCase((c) => (c.child.citizenship = []))).computed.stillToFindOut.now)).toContain('child.citizenship');
  });
});
