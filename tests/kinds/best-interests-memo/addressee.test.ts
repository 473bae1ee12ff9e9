// The memo goes to who decides (docs/domain/best-interests-memo.md, "The decision, its maker and
// its date"): a "To:" line naming an ORR Federal Field Specialist above an immigration judge's
// decision, or a judge above ORR's, was printed without a word, and the recommendation went to an
// office that does not decide. Warning addressee-not-decision-maker, with hits and non-hits.
import { describe, expect, it } from 'vitest';
import { addresseeIssues, officesNamed } from '../../../src/kinds/best-interests-memo/addressee.js';
import { codes, fixture, ok } from './cases.js';

type Type = 'orr' | 'immigration-judge' | 'uscis' | 'asylum-office' | 'other';
const warned = (recipient: string, type: Type, name: string | null = null) =>
  addresseeIssues({ recipient, decisionMaker: { type, name } }).map((w) => [w.path, w.code]);
const TO_FFS = 'Elena Varga\nFederal Field Specialist\nOffice of Refugee Resettlement, Houston region';
const TO_IJ = 'The Honorable Immigration Judge\nHouston Immigration Court';

describe('the addressee against who decides', () => {
  it('an ORR Federal Field Specialist addressed for an immigration judge’s decision, and a judge for ORR’s: warned at the recipient', () => {
    expect(warned(TO_FFS, 'immigration-judge')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned('FFS, ORR', 'immigration-judge')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned(TO_IJ, 'orr')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned('Hon. Maria Ortiz\nEOIR, Chicago', 'orr')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned('USCIS Vermont Service Center', 'immigration-judge')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned(TO_FFS, 'asylum-office')).toEqual([['recipient', 'addressee-not-decision-maker']]);
  });

  it('the office that decides, alone or beside another, or no office named: not warned', () => {
    expect(warned(TO_FFS, 'orr')).toEqual([]);
    expect(warned(TO_IJ, 'immigration-judge')).toEqual([]);
    expect(warned('ORR Federal Field Specialist, for the Immigration Judge', 'immigration-judge')).toEqual([]);
    expect(warned('Houston Asylum Office, USCIS', 'asylum-office')).toEqual([]);
    expect(warned('USCIS Houston Asylum Office', 'uscis')).toEqual([]);
    expect(warned('Elena Varga', 'immigration-judge')).toEqual([]);
    // Not an office: a person named Orr ("orr" as a word is not the abbreviation), a "judgement".
    expect(warned('Ms. Katherine Orr, Paralegal', 'immigration-judge')).toEqual([]);
    expect(officesNamed('Ms. Katherine Orr, Case Coordinator')).toEqual(new Set());
    expect(officesNamed('for her judgement and care')).toEqual(new Set());
  });

  it('a decision-maker of type other is read by its name; with no office in it, not judged', () => {
    expect(warned(TO_FFS, 'other', 'Judge of the Harris County District Court')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    expect(warned(TO_IJ, 'other', 'Judge of the Harris County District Court')).toEqual([]);
    expect(warned(TO_FFS, 'other', 'The state child-welfare agency')).toEqual([]);
  });

  it('a decision-maker’s name naming another office than its type: warned at the name', () => {
    expect(warned(TO_IJ, 'orr', 'Immigration Judge, Houston Immigration Court')).toEqual([
      ['decisionMaker.name', 'addressee-not-decision-maker'],
      ['recipient', 'addressee-not-decision-maker'],
    ]);
    expect(warned(TO_FFS, 'orr', 'ORR Federal Field Specialist, Houston region')).toEqual([]);
    expect(warned(TO_IJ, 'immigration-judge', 'Immigration Judge, Houston Immigration Court')).toEqual([]);
  });

  it('through check: the fixture is warned, and no shipped example is', () => {
    expect(codes(ok(fixture('addressee-not-decision-maker.json')).warnings)).toEqual(['addressee-not-decision-maker']);
    for (const f of ['full.json', 'minimal.json', 'pending-relief.json', 'decision-after-18.json', 'implicated-parent.json', 'hostile.json']) {
      expect(codes(ok(fixture(f)).warnings), f).not.toContain('addressee-not-decision-maker');
    }
  });

  it('the message names the offices, never the case’s words', () => {
    const [w] = addresseeIssues({ recipient: TO_FFS, decisionMaker: { type: 'immigration-judge', name: null } });
    expect(w!.message).toContain('the Office of Refugee Resettlement (ORR)');
    expect(w!.message).toContain('an immigration judge or court');
    expect(w!.message).not.toContain('Elena Varga');
  });
});

// A "To:" line naming only a role that never decides the child's custody or release (a case
// manager, the shelter's staff) was not warned: the rule knew offices only. Hits and non-hits.
describe('the addressee is a role that never decides', () => {
  it('a case manager, the shelter’s staff, a clinician, the child’s attorney or a post-release provider alone: warned at the recipient', () => {
    for (const to of [
      'Case Manager\nSouthwest Example Shelter',
      'Ana Pop, Case Coordinator',
      'Shelter staff',
      'Program Director, Example Care Provider',
      'Dr. Ruth Kim, Clinician',
      'Sofia Brennan, Attorney for the Child',
      'Post-release services caseworker',
      'The foster family of the child',
    ]) {
      expect(warned(to, 'orr'), to).toEqual([['recipient', 'addressee-not-decision-maker']]);
    }
    expect(warned('Case Manager', 'immigration-judge')).toEqual([['recipient', 'addressee-not-decision-maker']]);
    // A decision-maker of type other that names no office: the case manager still does not decide.
    expect(warned('Case Manager', 'other', 'The state child-welfare agency')).toEqual([['recipient', 'addressee-not-decision-maker']]);
  });

  it('the deciding office named beside the role, a person’s name alone, or ordinary words: not warned', () => {
    expect(warned('Federal Field Specialist, ORR\nc/o Case Manager, Southwest Example Shelter', 'orr')).toEqual([]);
    expect(warned('Elena Varga', 'orr')).toEqual([]);
    expect(warned('Ms. Katherine Shelton, Case Review Unit', 'orr')).toEqual([]);
    expect(warned('Immigration Judge, for the case manager’s file', 'immigration-judge')).toEqual([]);
    // The decision-maker the case names is that role (an `other` decision the case describes so).
    expect(warned('Program Director', 'other', 'Program Director of the care provider')).toEqual([]);
  });

  it('the message names the role and who decides in Harbor’s words, never the case’s', () => {
    const [w] = addresseeIssues({ recipient: 'Ana Pop, Case Manager', decisionMaker: { type: 'orr', name: null } });
    expect(w!.message).toContain('a case manager or case coordinator');
    expect(w!.message).toContain('the Office of Refugee Resettlement (ORR)');
    expect(w!.message).not.toContain('Ana Pop');
  });

  // A review round later: three roles read "names a case manager or case coordinator and the shelter
  // … and a clinician or therapist and no office that decides". A list is written "a, b and c".
  it('three roles are listed as a list is written', () => {
    const [w] = addresseeIssues({ recipient: 'Case Manager, Shelter Staff, Therapist', decisionMaker: { type: 'orr', name: null } });
    expect(w!.message).toMatch(/^names a case manager or case coordinator, the shelter or care provider \(its staff, director or foster family\) and a clinician or therapist, and no office that decides: those roles do not/);
  });

  it('through check: a full memo addressed to its case manager is warned', () => {
    const c = fixture('full.json');
    c.recipient = 'Case Manager\nSouthwest Example Shelter';
    expect(codes(ok(c).warnings)).toContain('addressee-not-decision-maker');
  });
});
