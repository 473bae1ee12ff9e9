// A requester whom another section names (docs/domain/rfa.md, "Answers implied by other fields"):
// the child's legal guardian, a parent or the sponsor who prepares the request. Until template
// 2.21.0 section 1 read "Relationship to the child: Not yet known", an entry of "Can follow later",
// beside "Legal guardian: Dana Whitfield" in section 3.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.cells ?? []), ...(n.blocks ?? [])].map(t).join(''));
  const tables = (n: any): any[] => (n.type === 'table' ? [n] : [...(n.children ?? []), ...(n.blocks ?? [])].flatMap(tables));
  return (buildDocument('rfa', c).model.body as any[]).flatMap(tables).flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const relationship = (c: Json) => rows(c).find((r) => r.startsWith('Relationship to the child|'));
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);

describe('a requester named again as a parent, guardian or the sponsor', () => {
  it('the legal guardian, written family name first in capitals: the relationship says so, and is not to find out', () => {
    const c = withCase((x) => (x.parentsOrGuardians = [{ relationship: 'legal-guardian', name: 'WHITFIELD, Dana', suspectedInTrafficking: false }]));
    expect(relationship(c)).toBe('Relationship to the child|The child’s legal guardian (section 3)');
    expect(later(c)).not.toContain('requester.relationshipToChild');
  });
  it('the sponsor the child was released to', () => {
    const c = withCase((x) => (x.location = { custody: 'released-to-sponsor', sponsor: { name: 'Dana Whitfield', relationshipToChild: 'aunt', suspectedInTrafficking: false } }));
    expect(relationship(c)).toBe('Relationship to the child|The child’s sponsor (section 4)');
  });
  it('the requester’s own words win; another name is not the requester', () => {
    const own = withCase((x) => ((x.requester.relationshipToChild = 'Aunt and legal guardian'), (x.parentsOrGuardians = [{ relationship: 'legal-guardian', name: 'Dana Whitfield', suspectedInTrafficking: false }])));
    expect(relationship(own)).toBe('Relationship to the child|Aunt and legal guardian');
    const other = withCase((x) => (x.parentsOrGuardians = [{ relationship: 'mother', name: 'Dana Whitfield-Ortega', suspectedInTrafficking: false }]));
    expect(relationship(other)).toBe('Relationship to the child|Not yet known');
    expect(later(other)).toContain('requester.relationshipToChild');
  });
});
