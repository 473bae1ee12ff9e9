// Answers implied by other fields (docs/domain/rfa.md, "Answers implied by other fields"): a
// requester who is law enforcement, or a law-enforcement case number, means the concern is
// reported; a sponsor suspected in the trafficking with whom the child lives has access to the
// child. The page fills these in (saying why) instead of "Not yet known", and refuses a "no"
// that contradicts them.
import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';
import { errors, fixture, ok, withCase, type Json } from './support.js';

/** Each table row of the draft as "label|value". */
function rows(c: Json): string[] {
  const text = (n: any): string => (n.type === 'text' ? n.text : (n.children ?? []).map(text).join(''));
  return (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'table').flatMap((t) => t.rows.map((r: any) => r.cells.map(text).join('|')));
}
const row = (c: Json, label: string): string | undefined => rows(c).find((r) => r.startsWith(`${label}|`));
const paths = (c: Json): string[] => {
  const s = ok(c).computed.stillToFindOut;
  return [...s.now, ...s.later].map((m: any) => m.path);
};

/** A child released to a sponsor who is suspected in the trafficking. */
const withSuspectedSponsor = (edit: (c: Json) => void = () => {}): Json => {
  const c = fixture('released-to-sponsor');
  c.location.sponsor.suspectedInTrafficking = true;
  delete c.safety?.traffickerHasAccess;
  edit(c);
  return c;
};

describe('reported to law enforcement', () => {
  it('a requester who is law enforcement: "Yes" with why, the agency is the requester’s organization, nothing to find out of either', () => {
    const c = withCase((x) => {
      x.requester.lawEnforcement = true;
      x.requester.organization = 'Homeland Security Investigations, Fresno';
    });
    expect(row(c, 'Reported')).toBe('Reported|Yes (the requester is law enforcement)');
    // The fact it rests on is printed in section 1, where the requester is.
    expect(row(c, 'Requester is law enforcement')).toBe('Requester is law enforcement|Yes');
    expect(row(c, 'Agency')).toBe('Agency|Homeland Security Investigations, Fresno');
    expect(paths(c)).not.toContain('lawEnforcement.reported');
    expect(paths(c)).not.toContain('lawEnforcement.agency');
  });
  it('a law-enforcement case number given: reported', () => {
    const c = withCase((x) => {
      x.lawEnforcement = { caseNumber: 'FR-2026-0412' };
    });
    expect(row(c, 'Reported')).toBe('Reported|Yes (a law-enforcement case number is given)');
    expect(paths(c)).not.toContain('lawEnforcement.reported');
  });
  it('an answer given is printed as given, and another agency named is kept', () => {
    const c = withCase((x) => {
      x.requester.lawEnforcement = true;
      x.lawEnforcement = { reported: true, agency: 'FBI Sacramento' };
    });
    expect(row(c, 'Reported')).toBe('Reported|Yes');
    expect(row(c, 'Agency')).toBe('Agency|FBI Sacramento');
  });
  it('a requester not law enforcement and nothing else: still "Not yet known"', () => {
    const c = withCase((x) => {
      x.requester.lawEnforcement = false;
    });
    expect(row(c, 'Reported')).toBe(`Reported|${NOT_YET_KNOWN}`);
    expect(paths(c)).toContain('lawEnforcement.reported');
  });
  it('"not reported" beside a requester who is law enforcement, or a case number: refused, naming the field', () => {
    expect(errors(withCase((x) => ((x.requester.lawEnforcement = true), (x.lawEnforcement = { reported: false }))))).toEqual(['lawEnforcement.reported answer-contradicted']);
    expect(errors(withCase((x) => (x.lawEnforcement = { reported: false, caseNumber: 'FR-1' })))).toEqual(['lawEnforcement.reported answer-contradicted']);
  });
});

describe('suspected trafficker’s access to the child', () => {
  it('the child lives with a sponsor suspected in the trafficking: "Yes" with why, nothing to find out', () => {
    const c = withSuspectedSponsor();
    expect(row(c, 'Suspected trafficker has access to the child *')).toBe('Suspected trafficker has access to the child *|Yes (the child lives with the sponsor, who is suspected in the trafficking)');
    expect(paths(c)).not.toContain('safety.traffickerHasAccess');
  });
  it('a sponsor not suspected, or the child no longer with the sponsor: not implied', () => {
    const notSuspected = withSuspectedSponsor((x) => (x.location.sponsor.suspectedInTrafficking = false));
    expect(paths(notSuspected)).toContain('safety.traffickerHasAccess');
    const moved = withSuspectedSponsor((x) => (x.location.custody = 'state-child-welfare'));
    expect(paths(moved)).toContain('safety.traffickerHasAccess');
  });
  it('the child lives with a parent suspected in the trafficking: "Yes" with why, nothing to find out, the parent’s entry says so', () => {
    const c = withCase((x) => {
      x.parentsOrGuardians = [
        { relationship: 'father', name: 'Tomás Ortega', suspectedInTrafficking: false, livesWithChild: false },
        { relationship: 'mother', name: 'Rosa Ramos', suspectedInTrafficking: true, livesWithChild: true },
      ];
    });
    expect(row(c, 'Suspected trafficker has access to the child *')).toBe('Suspected trafficker has access to the child *|Yes (the child lives with the mother, who is suspected in the trafficking)');
    expect(paths(c)).not.toContain('safety.traffickerHasAccess');
    expect(JSON.stringify(buildDocument('rfa', c).model.body)).toContain('Where: With the child (the child lives with them)');
    expect(errors(withCase((x) => {
      x.parentsOrGuardians = [{ relationship: 'legal-guardian', suspectedInTrafficking: true, livesWithChild: true }];
      x.safety = { traffickerHasAccess: false };
    }))).toEqual(['safety.traffickerHasAccess answer-contradicted']);
  });
  it('a parent the child lives with who is not suspected, or a suspected parent the child does not live with: not implied', () => {
    expect(paths(withCase((x) => (x.parentsOrGuardians = [{ relationship: 'mother', suspectedInTrafficking: false, livesWithChild: true }])))).toContain('safety.traffickerHasAccess');
    expect(paths(withCase((x) => (x.parentsOrGuardians = [{ relationship: 'mother', suspectedInTrafficking: true, livesWithChild: false }])))).toContain('safety.traffickerHasAccess');
  });
  it('the child lives with a listed suspected trafficker: "Yes" with which one', () => {
    const c = withCase((x) => {
      x.concern.traffickers = [{ name: 'El Patrón' }, { name: 'Marta V.', relationship: 'employer’s wife', livesWithChild: true }];
    });
    expect(row(c, 'Suspected trafficker has access to the child *')).toBe('Suspected trafficker has access to the child *|Yes (the child lives with suspected trafficker 2)');
    expect(paths(c)).not.toContain('safety.traffickerHasAccess');
    expect(errors(withCase((x) => ((x.concern.traffickers = [{ name: 'X', livesWithChild: true }]), (x.safety = { traffickerHasAccess: false }))))).toEqual(['safety.traffickerHasAccess answer-contradicted']);
  });
  it('"no access" while the child lives with the suspected sponsor: refused, naming the field', () => {
    expect(errors(withSuspectedSponsor((x) => ((x.safety ??= {}), (x.safety.traffickerHasAccess = false))))).toEqual(['safety.traffickerHasAccess answer-contradicted']);
  });
});

describe('requester.lawEnforcement in section 1', () => {
  it('printed when true, no row when not, and never a thing still to find out', () => {
    const none = withCase(() => {});
    expect(row(none, 'Requester is law enforcement')).toBeUndefined();
    expect(paths(none)).not.toContain('requester.lawEnforcement');
    expect(paths(withCase((x) => (x.requester.lawEnforcement = true)))).not.toContain('requester.lawEnforcement');
  });
});

describe('a requester who is the child’s attorney', () => {
  it('section 4’s attorney is the requester, named once, and not a thing still to find out', () => {
    const c = withCase((x) => {
      x.requester.childsAttorney = true;
      x.requester.title = 'Staff attorney';
    });
    expect(row(c, 'Relationship to the child')).toBe('Relationship to the child|The child’s attorney');
    expect(row(c, 'Attorney')).toBe('Attorney|Dana Whitfield, the requester (section 1)');
    expect(paths(c)).not.toContain('location.attorney');
  });
  it('another attorney given is printed as given; a requester not the attorney leaves it to find out', () => {
    const other = withCase((x) => {
      x.requester.childsAttorney = true;
      x.location = { attorney: { name: 'Priya Raman', organization: 'Legal Aid' } };
    });
    expect(row(other, 'Attorney')).toBe('Attorney|Priya Raman, Legal Aid');
    const not = withCase((x) => (x.requester.childsAttorney = false));
    expect(row(not, 'Attorney')).toBe(`Attorney|${NOT_YET_KNOWN}`);
    expect(paths(not)).toContain('location.attorney');
  });
});

describe('facts the case gives once, not asked again', () => {
  /** The list items of the parents' section, as text. */
  const parentText = (c: Json): string => {
    const text = (n: any): string => (n.type === 'text' ? n.text : (n.children ?? n.blocks ?? n.items ?? []).map(text).join(' '));
    return JSON.stringify(buildDocument('rfa', c).model.body).includes('Mother') ? (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'list').map(text).join('\n') : '';
  };
  it('the child’s attorney with no other words: the relationship is "The child’s attorney", found out; no row of its own', () => {
    const c = withCase((x) => (x.requester.childsAttorney = true));
    expect(row(c, 'Relationship to the child')).toBe('Relationship to the child|The child’s attorney');
    expect(paths(c)).not.toContain('requester.relationshipToChild');
    expect(rows(c).some((r) => r.startsWith('Requester is the child’s attorney'))).toBe(false);
    const own = withCase((x) => ((x.requester.childsAttorney = true), (x.requester.relationshipToChild = 'represents her in removal proceedings')));
    expect(row(own, 'Relationship to the child')).toBe('Relationship to the child|represents her in removal proceedings');
  });
  it('a requester not law enforcement: no row saying "No"', () => {
    expect(row(withCase((x) => (x.requester.lawEnforcement = false)), 'Requester is law enforcement')).toBeUndefined();
  });
  it('a parent the child lives with, whereabouts not given: "Where: With the child", said once, and not a thing to find out', () => {
    const c = withCase((x) => (x.parentsOrGuardians = [{ relationship: 'mother', name: 'Rosa Ramos', suspectedInTrafficking: false, livesWithChild: true }]));
    const t = parentText(c);
    expect(t).toContain('Where: With the child (the child lives with them)');
    expect(t).not.toContain('The child lives with them: Yes');
    expect(paths(c)).not.toContain('parentsOrGuardians.0.whereabouts');
    const elsewhere = withCase((x) => (x.parentsOrGuardians = [{ relationship: 'mother', whereabouts: 'Fresno, CA', livesWithChild: true }]));
    expect(parentText(elsewhere)).toContain('The child lives with them: Yes');
  });
});
