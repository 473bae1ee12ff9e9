// Other children who may be victims (docs/domain/rfa.md, "Other children"): siblings or other
// minors in the same situation, whether any are known, who they are, and that each needs their
// own request; their columns in a batch come from the schema.
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src/batch/csv-input.js';
import { fromText, type BatchRecord } from '../../../src/batch/input.js';
import { csvTemplate } from '../../../src/batch/run.js';
import { exampleCase } from '../../../src/kinds/fixtures.js';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { OTHER_MINOR_WITH_TRAFFICKER } from '../../../src/kinds/rfa/not-yet-known.js';
import { ADULT_ROUTE } from '../../../src/kinds/rfa/age-rules.js';
import { OTHER_ADULT } from '../../../src/kinds/rfa/others.js';
import { NOT_YET_KNOWN } from '../../../src/kinds/rfa/view.js';
import { leadsIn } from '../../../src/model/keeps.js';
import { buildDocument, generate } from '../../../src/pipeline.js';
import { pdfPages } from '../../support/extract.js';
import { codes, errors, fixture, ok, withCase, type Json } from './support.js';

/** The blocks of section 5 from the "Other children" heading to the next heading, as text. */
function section(c: Json): string {
  const body = buildDocument('rfa', c).model.body as any[];
  const at = body.findIndex((b) => b.type === 'heading' && JSON.stringify(b).includes('Other children who may be victims'));
  const end = body.findIndex((b, i) => i > at && b.type === 'heading');
  const text = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(text).join(n.type === 'paragraph' ? '' : '|'));
  return body.slice(at + 1, end).map(text).join('|');
}
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);

describe('other children who may be victims', () => {
  it('not answered: "Not yet known" on the page, once, and an entry of "Can follow later"', () => {
    const c = withCase(() => {});
    expect(section(c)).toBe(NOT_YET_KNOWN);
    expect(later(c)).toContain('concern.otherMinorsKnown');
  });
  it('none known: said so, and nothing to find out', () => {
    const c = withCase((x) => (x.concern.otherMinorsKnown = false));
    expect(section(c)).toBe('No: no other child is known to be in the same situation.');
    expect(later(c).filter((p) => p.startsWith('concern.otherMinors'))).toEqual([]);
  });
  it('children listed (the answer left out reads as yes): each with its labelled values, an age as "about", the reminder that each needs a request', () => {
    const c = withCase((x) => {
      x.concern.otherMinors = [
        { name: 'Yesenia', relationshipToChild: 'Younger sister', age: 13, whereabouts: 'Honduras, with the mother', withTrafficker: false, details: 'Offered the same job.\n\nStill in contact with the recruiter.' },
        { relationshipToChild: 'A boy who worked beside her' },
      ];
    });
    const s = section(c);
    expect(s).toContain('Yes. Each of these children in the United States needs their own Request for Assistance, within 24 hours of learning of them:|Name: Yesenia');
    expect(s).toContain(`Name: Yesenia · Relationship to the child: Younger sister · Age: about 13|Where: Honduras, with the mother|U.S. citizen, national or lawful permanent resident: ${NOT_YET_KNOWN}|In the United States: ${NOT_YET_KNOWN}|${OTHER_MINOR_WITH_TRAFFICKER} *: No|Details: Offered the same job.|Still in contact with the recruiter.`);
    expect(s).toContain(`Name: ${NOT_YET_KNOWN} · Relationship to the child: A boy who worked beside her|Where: ${NOT_YET_KNOWN}|U.S. citizen, national or lawful permanent resident: ${NOT_YET_KNOWN}|In the United States: ${NOT_YET_KNOWN}|${OTHER_MINOR_WITH_TRAFFICKER} *: ${NOT_YET_KNOWN}`);
    expect(later(c).filter((p) => p.startsWith('concern.otherMinors'))).toEqual([
      'concern.otherMinors.0.inUnitedStates',
      'concern.otherMinors.0.usCitizenOrResident',
      'concern.otherMinors.1.name',
      'concern.otherMinors.1.whereabouts',
      'concern.otherMinors.1.inUnitedStates',
      'concern.otherMinors.1.usCitizenOrResident',
    ]);
  });
  it('yes, none listed yet: who they are is still to find out', () => {
    const c = withCase((x) => (x.concern.otherMinorsKnown = true));
    expect(section(c)).toContain(`Who they are: ${NOT_YET_KNOWN}`);
    expect(later(c)).toContain('concern.otherMinors');
  });
  it('"none known" with children listed is refused, naming the field and what to do', () => {
    expect(
      errors(
        withCase((x) => {
          x.concern.otherMinorsKnown = false;
          x.concern.otherMinors = [{ name: 'Ana' }];
        }),
      ),
    ).toEqual(['concern.otherMinorsKnown other-minors-listed']);
  });
  it('a batch has their columns, and a CSV row fills them (the age as a number)', async () => {
    const schema = caseJsonSchema(getKind('rfa'));
    const header = csvTemplate(schema, exampleCase('rfa')).split('\r\n')[0]!.split(',');
    for (const col of ['child.age', 'concern.otherMinorsKnown', 'concern.otherMinors.0.name', 'concern.otherMinors.0.age', 'concern.otherMinors.0.whereabouts']) expect(header).toContain(col);
    const src = await csvRecords(fromText('concern.otherMinorsKnown,concern.otherMinors.0.name,concern.otherMinors.0.age\r\ntrue,Yesenia,13\r\n'), 10, schema);
    const rows: BatchRecord[] = [];
    for await (const r of src.records) rows.push(r);
    expect((rows[0] as { value: any }).value.concern).toEqual({ otherMinorsKnown: true, otherMinors: [{ name: 'Yesenia', age: 13 }] });
  });
});

// A sibling still "with the employer" is in danger now and is owed their own request within the
// same 24 hours: said on page 1 (a warning) and in bold beside the child in section 5.
describe('another child still with the suspected trafficker (withTrafficker)', () => {
  const brother = (withTrafficker: boolean | null) =>
    withCase((x) => (x.concern.otherMinors = [{ name: 'Tomás', relationshipToChild: 'Brother', age: 12, whereabouts: 'With the employer, in Delano', withTrafficker }]));
  it('true: the warning other-minor-with-trafficker at the child, by its number, and an urgent line in section 5', () => {
    const r = ok(brother(true));
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['concern.otherMinors.0.withTrafficker other-minor-with-trafficker']);
    expect(r.warnings[0]!.message).toContain('other child 1 (section 5) is still with the suspected trafficker');
    expect(r.warnings[0]!.message).not.toContain('Tomás');
    expect(r.warnings[0]!.message).toContain('own Request for Assistance, if the child is in the United States, is due within 24 hours');
    expect(r.warnings[0]!.message).toContain('for a child outside the United States, who cannot have a request while there, law enforcement');
    expect(section(brother(true))).toContain('Urgent: still with the suspected trafficker');
  });
  it('false or not given: no warning, no urgent line', () => {
    for (const v of [false, null]) {
      expect(ok(brother(v)).warnings).toEqual([]);
      expect(section(brother(v))).not.toContain('Urgent');
    }
  });
  // The free text is never read ("with the employer" is said many ways): the question is asked of
  // every child listed, so the requester answers it, and the draft leads to the warning above.
  it('not given: asked beside the child ("Not yet known") and needed now, whatever the whereabouts say', () => {
    const c = brother(null);
    expect(section(c)).toContain(`Where: With the employer, in Delano|U.S. citizen, national or lawful permanent resident: ${NOT_YET_KNOWN}|In the United States: ${NOT_YET_KNOWN}|${OTHER_MINOR_WITH_TRAFFICKER} *: ${NOT_YET_KNOWN}`);
    expect(ok(c).computed.stillToFindOut.now).toContainEqual({ path: 'concern.otherMinors.0.withTrafficker', label: 'Other child 1: whether still with the suspected trafficker' });
    expect(later(c).filter((p) => p.endsWith('withTrafficker'))).toEqual([]);
  });
  it('false: the answer "No" beside the child, nothing to find out', () => {
    const c = brother(false);
    expect(section(c)).toContain(`${OTHER_MINOR_WITH_TRAFFICKER} *: No`);
    const s = ok(c).computed.stillToFindOut;
    expect([...s.now, ...s.later].map((m: any) => m.path).filter((p: string) => p.startsWith('concern.otherMinors') && !p.endsWith('inUnitedStates') && !p.endsWith('usCitizenOrResident'))).toEqual([]);
  });
  it('true: the urgent line instead of the answer', () => {
    expect(section(brother(true))).not.toContain(`${OTHER_MINOR_WITH_TRAFFICKER} *:`);
  });
});

// Whether each child listed is in the United States (concern.otherMinors[].inUnitedStates): a sister
// in Honduras was told, with every other child, that "each of these children in the United States"
// needs a request, and the page could not say which rule was hers. The answer says it beside her.
describe('whether another child is in the United States (inUnitedStates)', () => {
  const sister = (inUnitedStates: boolean | null, withTrafficker: boolean, age = 13) =>
    withCase((x) => (x.concern.otherMinors = [{ name: 'Yesenia', relationshipToChild: 'Sister', age, whereabouts: 'San Pedro Sula', inUnitedStates, withTrafficker }]));
  const ABROAD = 'A child outside the United States cannot have a Request for Assistance while there: report the danger to them to law enforcement.';
  it('yes: her own request beside her, the rule for a child abroad not said, nothing to find out', () => {
    const s = section(sister(true, false));
    expect(s).toContain('In the United States: Yes. This child needs their own Request for Assistance, within 24 hours of learning of them.|');
    expect(s).not.toContain(ABROAD);
    // Her U.S. status is still asked (usCitizenOrResident, since RFA 2.25.0): it decides whether her request is due.
    expect(later(sister(true, false)).filter((p) => p.startsWith('concern.otherMinors'))).toEqual(['concern.otherMinors.0.usCitizenOrResident']);
  });
  it('no: law enforcement beside her, and the general rule not said again', () => {
    const s = section(sister(false, false));
    expect(s).toContain('In the United States: No. A child outside the United States cannot have a Request for Assistance while there: report the danger to them to law enforcement.|');
    expect(s.split('cannot have a Request for Assistance while there')).toHaveLength(2);
    // Every child listed abroad: the sentence before the list says so, not that each child in the United States needs a request.
    expect(s).toMatch(/^Yes, outside the United States:\|Name: Yesenia/);
    const two = withCase((x) => (x.concern.otherMinors = [{ name: 'Yesenia', inUnitedStates: false }, { name: 'Mateo' }]));
    expect(section(two)).toMatch(/^Yes\. Each of these children in the United States needs their own Request for Assistance/);
  });
  it('not known: "Not yet known" beside her, "Can follow later", and the general rule after the list', () => {
    expect(section(sister(null, false))).toContain(`In the United States: ${NOT_YET_KNOWN}|`);
    expect(section(sister(null, false))).toContain(ABROAD);
    expect(later(sister(null, false))).toContain('concern.otherMinors.0.inUnitedStates');
  });
  it('still with the trafficker: the urgent line and the warning say what is due where she is', () => {
    expect(section(sister(true, true))).toContain('Urgent: still with the suspected trafficker or where the exploitation happens. This child may be in danger now, and their own request is due within 24 hours of learning of them.');
    expect(section(sister(false, true))).toContain('Urgent: still with the suspected trafficker or where the exploitation happens. This child may be in danger now: outside the United States, report the danger to law enforcement now.');
    const here = ok(sister(true, true)).warnings[0]!.message;
    expect(here).toContain('whose own Request for Assistance is due within 24 hours of learning of them; prepare it now');
    expect(here).not.toContain('outside the United States');
    const abroad = ok(sister(false, true)).warnings[0]!.message;
    expect(abroad).toContain('who is outside the United States and cannot have a request while there; report the danger to law enforcement now');
    expect(abroad).not.toContain('prepare it now');
    const adult = ok(sister(true, true, 19)).warnings[0]!.message;
    expect(adult).toContain('due within 24 hours of learning of them if they may be under 18 (the age given is 19); if not, an adult’s assistance');
    expect(section(sister(true, true, 19))).toContain('and their own request, if they may be under 18, is due within 24 hours');
  });
  it('no, for one 18 or older by the age given: law enforcement beside them, without calling them a child', () => {
    const s = section(sister(false, false, 19));
    expect(s).toContain('In the United States: No: report the danger to them to law enforcement.|');
    expect(s).not.toContain('A child outside the United States');
    expect(s).toContain(OTHER_ADULT);
  });
  it('still with the trafficker, 18 or older by the age given: the urgent line says "this person", not "this child", wherever they are', () => {
    for (const inUs of [true, false, null]) {
      const s = section(sister(inUs, true, 19));
      expect(s).toContain('Urgent: still with the suspected trafficker or where the exploitation happens. This person may be in danger now');
      expect(s).not.toContain('This child may be in danger now');
    }
    expect(section(sister(null, true, 17))).toContain('This child may be in danger now');
    // The warning for one abroad does not call them "that child" either.
    const abroad = ok(sister(false, true, 19)).warnings[0]!.message;
    expect(abroad).toContain('this request does not cover them, and they are outside the United States; report the danger to law enforcement now');
    expect(abroad).not.toContain('that child');
  });
});

// An older brother of 19 in the same situation was listed under "Each of these children needs
// their own Request for Assistance", and the warning told the requester to prepare his.
describe('another person listed whose age given is 18 or more', () => {
  const sibling = (age: number, withTrafficker: boolean) => withCase((x) => (x.concern.otherMinors = [{ name: 'Elmer', relationshipToChild: 'Brother', age, withTrafficker }]));
  it('says beside them that a request is a child’s, and where an adult’s assistance goes', () => {
    expect(section(sibling(19, false))).toContain(OTHER_ADULT);
    expect(section(sibling(18, false))).toContain(OTHER_ADULT);
    expect(section(sibling(17, false))).not.toContain(OTHER_ADULT);
  });
  // Round r54: the line said only "an adult victim’s assistance goes through certification (22 U.S.C.
  // § 7105(b)(1)(E))", where child-not-a-minor names the route (ADULT_ROUTE): a requester beside a
  // brother of 19 learned no step to take. The page now says the same route for him.
  it('says the adult’s route as the child’s own refusal does: Certification Letter, DHS first, then Shepherd', () => {
    const s = section(sibling(19, false));
    expect(s).toContain('is a Certification Letter, which HHS issues only once DHS tells it of Continued Presence, a T visa, or a bona fide T-visa application not denied (22 U.S.C. § 7105(b)(1)(E); OTIP-FS-16-01)');
    expect(s).toContain('then a Request for Certification in Shepherd');
    expect(s).not.toContain('goes through certification');
  });
  it('the warning for one still with the trafficker asks for their request only if they may be under 18', () => {
    const adult = ok(sibling(19, true)).warnings[0]!.message;
    expect(adult).toContain('due within 24 hours of learning of them if they may be under 18 and are in the United States (the age given is 19); if not,');
    // Not "that child", and the request a clause of its own, not a run-on before "and report".
    expect(adult).toContain('this request does not cover them; their own Request for Assistance is due');
    expect(adult).toMatch(/8 CFR 214\.202\(c\)\(1\)\); report the danger as for any child/);
    // Round r60: the warning said "an adult's assistance goes through certification", the words section 5
    // dropped in 2.19.0 for the route (ADULT_ROUTE); the two now say the same thing, in the same words.
    expect(adult).toContain(`if not, ${ADULT_ROUTE}`);
    expect(section(sibling(19, true))).toContain(ADULT_ROUTE);
    expect(adult).not.toContain('goes through certification');
    expect(adult).not.toContain('prepare it now');
    expect(ok(sibling(12, true)).warnings[0]!.message).toContain('whose own Request for Assistance, if the child is in the United States, is due within 24 hours of learning of them; prepare it now, and report the danger');
  });
});

// The sentence before the list was left at the foot of a page, the children on the next: ending
// with a colon, it leads in the list (src/model/keeps.ts), which keeps the two on one page.
describe('the sentence before the children listed', () => {
  it('leads in the list (ends with a colon, the list next); with none listed it ends with a period', () => {
    const blocks = (c: Json) => {
      const body = buildDocument('rfa', c).model.body as any[];
      const at = body.findIndex((b) => b.type === 'paragraph' && JSON.stringify(b).includes('Each of these children in the United States needs their own'));
      return [body[at], body[at + 1]];
    };
    const [intro, next] = blocks(withCase((x) => (x.concern.otherMinors = [{ name: 'Yesenia' }])));
    expect(leadsIn(intro)).toBe(true);
    expect(next.type).toBe('list');
    const [alone] = blocks(withCase((x) => (x.concern.otherMinorsKnown = true)));
    expect(JSON.stringify(alone)).toContain('learning of them.');
  });
  it('in the PDF, it is on the page of the first child (a case whose break fell between them)', async () => {
    const c = fixture('parent-suspected');
    const { bytes } = await generate({ kind: 'rfa', input: c, format: 'pdf' });
    const pages = pdfPages(bytes);
    const page = pages.findIndex((p) => p.includes('Each of these children in the United States needs their own'));
    expect(pages[page]).toContain('Name: Elmer');
  });
});

// A sister in Honduras was told "Each of these children needs their own Request for Assistance":
// a request is for a child in the United States (OTIP's instructions; child-not-in-us), so one
// abroad cannot have it while there, and the danger to them goes to law enforcement. Where a child
// is, written as text, is not read (see above): the page says both, for every child listed.
describe('another child outside the United States', () => {
  it('the page and the urgent line say that a request is for a child in the United States, and where the danger to one abroad is reported', () => {
    const sister = withCase((x) => (x.concern.otherMinors = [{ name: 'Yesenia', relationshipToChild: 'Sister', age: 13, whereabouts: 'San Pedro Sula, Honduras, with the recruiter', withTrafficker: true }]));
    const s = section(sister);
    expect(s).toContain('Each of these children in the United States needs their own Request for Assistance');
    expect(s).toContain('A child outside the United States cannot have a Request for Assistance while there: report the danger to them to law enforcement.');
    expect(s).toContain('in the United States, their own request is due within 24 hours of learning of them; outside it, report the danger to law enforcement now.');
    expect(s).not.toMatch(/Each of these children needs their own/);
  });
});

// The RFA is OTIP's form for a foreign-national minor (OTIP's RFA instructions; docs/domain/rfa.md,
// Authorities, "24 hours"): until RFA 2.22.0 the page said "Each of these children in the United
// States needs their own Request for Assistance" of a brother born here, a U.S. citizen, too.
describe('another child who may be a U.S. citizen', () => {
  const CITIZEN = 'A child who is a U.S. citizen, national or lawful permanent resident needs no Request for Assistance (OTIP’s letters are for foreign-national children): report the concern for them as for any child (child welfare, law enforcement).';
  const brother = (inUnitedStates: boolean | null) =>
    withCase((x) => (x.concern.otherMinors = [{ name: 'Kevin', relationshipToChild: 'Brother, born in Texas', age: 9, inUnitedStates, withTrafficker: false }]));
  it('a child listed in the United States, or not yet known where: said after the list', () => {
    for (const inUs of [true, null]) expect(section(brother(inUs)), String(inUs)).toMatch(new RegExp(`\\|${CITIZEN.replace(/[()]/g, '\\$&')}$`));
  });
  it('children known, none listed yet: said', () => {
    expect(section(withCase((x) => (x.concern.otherMinorsKnown = true)))).toContain(CITIZEN);
  });
  it('every child listed outside the United States: not said', () => {
    expect(section(brother(false))).not.toContain(CITIZEN);
  });
});

// The sentence before the list says of each one listed only what is true of them (since RFA
// 2.24.0): above a brother of 19 in Texas it said "Each of these children in the United States
// needs their own Request for Assistance", while his own line said he needs one only if he may be
// under 18 (others.ts otherMinorsLead).
describe('the sentence before a list with one 18 or older by the age given', () => {
  const listed = (...ms: Json[]) => withCase((x) => (x.concern.otherMinors = ms));
  const elmer = { name: 'Elmer', relationshipToChild: 'Brother', age: 19, inUnitedStates: true, withTrafficker: false };
  const yesenia = { name: 'Yesenia', relationshipToChild: 'Sister', age: 13, inUnitedStates: true, withTrafficker: false };
  it('one of 19 beside a sister of 13: the rule is said of those under 18 in the United States, not of “these children”', () => {
    const s = section(listed(elmer, yesenia));
    expect(s).toMatch(/^Yes\. Each person listed here who is under 18 and in the United States needs their own Request for Assistance, within 24 hours of learning of them:\|Name: Elmer/);
    expect(s).not.toContain('Each of these children');
    expect(s).toContain(OTHER_ADULT);
    expect(s).toContain('In the United States: Yes. This child needs their own Request for Assistance');
  });
  it('every one listed 18 or older: “Yes:” alone, each line saying what is due', () => {
    const s = section(listed(elmer));
    expect(s).toMatch(/^Yes:\|Name: Elmer/);
    expect(s).not.toContain('needs their own Request for Assistance, within 24 hours');
    expect(s).toContain(OTHER_ADULT);
  });
  it('under 18 only, or all abroad: as before', () => {
    expect(section(listed(yesenia))).toMatch(/^Yes\. Each of these children in the United States needs their own Request for Assistance, within 24 hours of learning of them:\|/);
    expect(section(listed({ ...elmer, inUnitedStates: false }))).toMatch(/^Yes, outside the United States:\|/);
  });
  it('the sentence still leads in the list (the colon keeps it on the list’s page)', () => {
    const body = buildDocument('rfa', listed(elmer, yesenia)).model.body as any[];
    const at = body.findIndex((b) => b.type === 'paragraph' && JSON.stringify(b).includes('Each person listed here who is under 18'));
    expect(at).toBeGreaterThan(-1);
    expect(leadsIn(body[at])).toBe(true);
  });
});

// A brother written "a U.S. citizen born in New York" in the United States was told "This child
// needs their own Request for Assistance" (since RFA 2.24.0: others.ts citizenWritten, read as the
// child's status is, status.ts saysUsStatusOf). There is no field for another child's status.
describe('another child written as a U.S. citizen, national or lawful permanent resident', () => {
  const listed = (...ms: Json[]) => withCase((x) => (x.concern.otherMinors = ms));
  const brother = (relationshipToChild: string, details?: string) => ({ name: 'Hao', relationshipToChild, age: 9, inUnitedStates: true, withTrafficker: false, ...(details === undefined ? {} : { details }) });
  const IF_SO = 'In the United States: Yes. Written as a U.S. citizen, national or lawful permanent resident: if so, this child needs no Request for Assistance (OTIP’s letters are for foreign-national children), and the concern for them is reported as for any child (child welfare, law enforcement); if not, this child needs their own Request for Assistance, within 24 hours of learning of them.';
  it.each([['Brother, a U.S. citizen born in New York'], ['U.S.-citizen half-brother'], ['Brother; green card holder']])('%s: his line says both, and the sentence before the list says the rule of foreign nationals', (rel) => {
    const s = section(listed(brother(rel), { name: 'Ana', relationshipToChild: 'Sister', age: 14, inUnitedStates: true }));
    expect(s).toContain(IF_SO);
    expect(s).toMatch(/^Yes\. Each child listed here who is under 18, in the United States and not a U\.S\. citizen, national or lawful permanent resident needs their own Request for Assistance, within 24 hours of learning of them:\|/);
    // The sister, of no such words, keeps her line.
    expect(s).toContain('In the United States: Yes. This child needs their own Request for Assistance, within 24 hours of learning of them.');
  });
  it('in the details, of the child listed: the same; of another person, or negated or pending: as before', () => {
    expect(section(listed(brother('Brother', 'Born in Texas; lives with a cousin.')))).toContain(IF_SO);
    for (const [rel, details] of [['Brother', 'His father is a U.S. citizen.'], ['Brother, not a U.S. citizen', undefined], ['Brother; applied for a green card', undefined]] as const) {
      const s = section(listed(brother(rel, details)));
      expect(s).not.toContain('Written as a U.S. citizen');
      expect(s).toContain('In the United States: Yes. This child needs their own Request for Assistance');
    }
  });
  it('still with the suspected trafficker: the danger reported now, the request on the condition', () => {
    const s = section(listed({ ...brother('Brother, a U.S. citizen'), withTrafficker: true }));
    expect(s).toContain('This child may be in danger now: report the danger now (child welfare, law enforcement); their own request, unless they are a U.S. citizen, national or lawful permanent resident as written, is due within 24 hours of learning of them.');
  });
});

describe('the warning for one written as a U.S. citizen still with the suspected trafficker', () => {
  it('asks for their request on the same condition as their line, not “prepare it now”', () => {
    const c = withCase((x) => (x.concern.otherMinors = [{ name: 'Hao', relationshipToChild: 'Brother, a U.S. citizen', age: 9, inUnitedStates: true, withTrafficker: true }]));
    const m = ok(c).warnings.find((w) => w.code === 'other-minor-with-trafficker')!.message;
    expect(m).toContain('this request does not cover that child, whose own Request for Assistance, unless they are a U.S. citizen, national or lawful permanent resident as section 5 says, is due within 24 hours of learning of them, and report the danger as for any child');
    expect(m).not.toContain('prepare it now');
  });
});

// Round r60: another child's status had no field, and was read from their relationship or details
// (a stopgap: "Brother, a U.S. citizen"). OTIP's reader decides from it whether a request of their
// own is to come, so it is asked (usCitizenOrResident): answered, it decides the lines; not
// answered, the words are read as before.
describe('another child’s U.S. status answered (usCitizenOrResident)', () => {
  const listed = (...ms: Json[]) => withCase((x) => (x.concern.otherMinors = ms));
  const hao = (usCitizenOrResident: boolean | undefined, more: Json = {}) => ({ name: 'Hao', relationshipToChild: 'Brother', age: 9, inUnitedStates: true, withTrafficker: false, ...(usCitizenOrResident === undefined ? {} : { usCitizenOrResident }), ...more });
  const ROW = 'U.S. citizen, national or lawful permanent resident';
  it('yes, in the United States: no request of his own, in his line and the sentence before the list, no “if so”', () => {
    const s = section(listed(hao(true), { name: 'Ana', relationshipToChild: 'Sister', age: 14, inUnitedStates: true, usCitizenOrResident: false }));
    expect(s).toContain(`Where: ${NOT_YET_KNOWN}|${ROW}: Yes|In the United States: Yes. A U.S. citizen, national or lawful permanent resident, as answered: this child needs no Request for Assistance (OTIP’s letters are for foreign-national children); report the concern for them as for any child (child welfare, law enforcement).`);
    expect(s).toMatch(/^Yes\. Each child listed here who is under 18, in the United States and not a U\.S\. citizen, national or lawful permanent resident needs their own Request for Assistance/);
    expect(s).not.toContain('Written as a U.S. citizen');
    // The sister answered no keeps her line.
    expect(s).toContain(`${ROW}: No|In the United States: Yes. This child needs their own Request for Assistance, within 24 hours of learning of them.`);
  });
  it('answered, it decides over the words: “No” beside “a U.S. citizen” is her own request, and a warning at the answer', () => {
    const c = listed(hao(false, { relationshipToChild: 'Brother, a U.S. citizen born in New York' }));
    const s = section(c);
    expect(s).toContain('In the United States: Yes. This child needs their own Request for Assistance');
    expect(s).not.toContain('Written as a U.S. citizen');
    const w = ok(c).warnings.filter((x) => x.code === 'not-a-foreign-national');
    expect(w.map((x) => x.path)).toEqual(['concern.otherMinors.0.usCitizenOrResident']);
    expect(w[0]!.message).toContain('other child 1 (section 5) is answered “No” to “U.S. citizen, national or lawful permanent resident”, while their relationship to the child or details say they are one: correct the one that is wrong');
    expect(w[0]!.message).not.toContain('Hao');
    // “Yes” beside the same words, or “No” beside none: nothing to correct.
    expect(codes(ok(listed(hao(true, { relationshipToChild: 'Brother, a U.S. citizen' }))))).not.toContain('not-a-foreign-national');
    expect(codes(ok(listed(hao(false))))).not.toContain('not-a-foreign-national');
  });
  it('not answered: asked (“Not yet known”, an entry of “Can follow later”) of one under 18 not answered abroad; not of one abroad or 18 or older', () => {
    const c = listed(hao(undefined), hao(undefined, { name: 'Yesenia', inUnitedStates: false }), hao(undefined, { name: 'Elmer', age: 19 }), hao(true, { name: 'Li' }));
    expect(later(c).filter((p) => p.endsWith('usCitizenOrResident'))).toEqual(['concern.otherMinors.0.usCitizenOrResident']);
    const s = section(c);
    expect(s.split(`${ROW}: ${NOT_YET_KNOWN}`).length - 1).toBe(1);
    expect(s.split(`${ROW}: Yes`).length - 1).toBe(1);
  });
  it('still with the suspected trafficker: the danger now, no request, on the page and in the warning', () => {
    const c = listed(hao(true, { withTrafficker: true }));
    expect(section(c)).toContain('This child may be in danger now: report the danger now (child welfare, law enforcement); a U.S. citizen, national or lawful permanent resident needs no Request for Assistance.');
    const m = ok(c).warnings.find((w) => w.code === 'other-minor-with-trafficker')!.message;
    expect(m).toBe('other child 1 (section 5) is still with the suspected trafficker and may be in danger now: this request does not cover that child, who as a U.S. citizen, national or lawful permanent resident (section 5) needs no Request for Assistance; report the danger now as for any child (child welfare, law enforcement)');
  });
  it('18 or older by the age given and answered yes: no adult’s certification route beside them (a foreign national’s)', () => {
    const s = section(listed(hao(true, { age: 19 })));
    expect(s).not.toContain(OTHER_ADULT);
    expect(s).toContain('By the age given, 18 or older, and a U.S. citizen, national or lawful permanent resident: neither a Request for Assistance nor an adult’s Certification Letter is for them');
  });
  it('the field refuses what is not a yes or no, naming it', () => {
    expect(errors(listed(hao(undefined, { usCitizenOrResident: 'yes' })))).toEqual(['concern.otherMinors.0.usCitizenOrResident invalid-type']);
  });
});
