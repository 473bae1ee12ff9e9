// A requester who is the child's case manager (docs/domain/rfa.md, "Answers implied by other
// fields"; requester.childsCaseManager): a placement's caseworker often is. Until template 2.14.0
// the form had no way to say so: "has a case manager" with no name printed "Yes; name to follow"
// and listed "Case manager’s name" under "Can follow later", a name the page had in section 1.
// Now section 4's case manager is the requester, named once, as for the child's attorney.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { errors, fixture, ok, withCase, type Json } from './support.js';

const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.cells ?? []), ...(n.blocks ?? [])].map(t).join(''));
  return (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'table').flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const row = (c: Json, label: string): string | undefined => rows(c).find((r) => r.startsWith(`${label}|`));
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);

describe('a requester who is the child’s case manager', () => {
  it('section 4’s case manager is the requester, named once, and nothing is left to find out', () => {
    const c = withCase((x) => ((x.requester.childsCaseManager = true), (x.location = { hasCaseManager: true })));
    expect(row(c, 'Case manager')).toBe('Case manager|Dana Whitfield, the requester (section 1)');
    expect(later(c)).not.toContain('location.caseManager');
    expect(JSON.stringify(buildDocument('rfa', c).model.body)).not.toContain('Case manager’s name');
  });
  it('with no other words, the relationship to the child is “The child’s case manager”; words given win', () => {
    expect(row(withCase((x) => (x.requester.childsCaseManager = true)), 'Relationship to the child')).toBe('Relationship to the child|The child’s case manager');
    const own = withCase((x) => ((x.requester.childsCaseManager = true), (x.requester.relationshipToChild = 'Case manager at the shelter since May')));
    expect(row(own, 'Relationship to the child')).toBe('Relationship to the child|Case manager at the shelter since May');
  });
  it('another case manager named is printed as named', () => {
    const c = withCase((x) => ((x.requester.childsCaseManager = true), (x.location = { caseManager: { name: 'Tomás Aldana' } })));
    expect(row(c, 'Case manager')).toBe('Case manager|Tomás Aldana');
  });
  it('“has no case manager” beside it is refused: the page would say both', () => {
    expect(errors(withCase((x) => ((x.requester.childsCaseManager = true), (x.location = { hasCaseManager: false }))))).toContain('location.hasCaseManager answer-contradicted');
  });
  it('a requester who is not: as before, the case manager can follow', () => {
    expect(later(withCase((x) => (x.requester.childsCaseManager = false)))).toContain('location.caseManager');
  });
});

describe('letter-to-suspect’s suggestion', () => {
  it('does not name the requester twice, as the case manager and as the requester', () => {
    const c = fixture('released-to-sponsor');
    c.location.sponsor.suspectedInTrafficking = true;
    c.letterRecipient = { name: c.location.sponsor.name };
    c.requester.childsCaseManager = true;
    delete c.location.caseManager;
    const w = ok(c).warnings.find((x) => x.code === 'letter-to-suspect')!;
    expect(w.message.replace(/.*Name someone who is not, such as /, '')).toBe('the child’s attorney or the requester');
  });
});
