// The dates of the other dated paragraphs (escape, law-enforcement contacts, a declarant's
// contacts, observations and disclosures) are sworn facts of the applicant's life: on or after the
// birth, on or before the signing date, and a contact ends on or after it began
// (docs/domain/t-visa-declaration-form.md, "Form of a declaration").
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const errors = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};
const patched = (name: string, patch: (c: any) => void) => {
  const c = fixture(name);
  patch(c);
  return c;
};

describe('the personal statement (full: born March 12, 2004; signed March 2, 2026)', () => {
  it('an escape or a law-enforcement contact after the signing date is date-after-document-date; on it, or in its month, it is not', () => {
    expect(errors(patched('full', (c) => (c.escapes[0].date = '2026-03-03')))).toEqual([['escapes.0.date', 'date-after-document-date']]);
    expect(errors(patched('full', (c) => (c.escapes[0].date = '2026-04')))).toEqual([['escapes.0.date', 'date-after-document-date']]);
    expect(errors(patched('full', (c) => (c.escapes[0].date = '2026-03')))).toEqual([]); // March 2026 covers the signing day
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[1].date = '2026-03-03')))).toEqual([['lawEnforcement.contacts.1.date', 'date-after-document-date']]);
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[1].date = '2026-03-02')))).toEqual([]);
  });

  it('before the date of birth is date-before-birth; on the birthday it is not', () => {
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[0].date = '2004-03-11')))).toEqual([['lawEnforcement.contacts.0.date', 'date-before-birth']]);
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[0].date = '2004-03-12')))).toEqual([]);
    expect(errors(patched('full', (c) => (c.escapes[0].date = '2003')))).toEqual([['escapes.0.date', 'date-before-birth']]);
  });
});

// A law-enforcement contact had to be an exact day: an applicant who remembers "spring 2023" had a
// day made up for a sworn paragraph the adjudicator reads against the agency's records.
describe('a law-enforcement contact dated at the precision remembered, as an act is', () => {
  it('a month or a year is taken and printed as such', () => {
    const c = patched('full', (x) => {
      x.lawEnforcement.contacts[0].date = '2023-02';
      x.lawEnforcement.contacts[1].date = '2023';
    });
    expect(errors(c)).toEqual([]);
    const t = body(c);
    expect(t).toContain('In February 2023, I was in contact with the Houston Police Department, Human Trafficking Unit. With my case manager');
    expect(t).toContain('In 2023, I was in contact with Homeland Security Investigations. I met two agents');
    expect(body(fixture('full'))).toContain('On February 6, 2023, I was in contact with the Houston Police Department, Human Trafficking Unit.'); // an exact day as before
  });
  it('held to the birth and the signing date at its precision, and refused when not a date', () => {
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[1].date = '2026-04')))).toEqual([['lawEnforcement.contacts.1.date', 'date-after-document-date']]);
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[1].date = '2026-03')))).toEqual([]); // March 2026 covers the signing day
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[0].date = '2003')))).toEqual([['lawEnforcement.contacts.0.date', 'date-before-birth']]);
    expect(errors(patched('full', (c) => (c.lawEnforcement.contacts[0].date = 'spring 2023')))).toEqual([['lawEnforcement.contacts.0.date', 'invalid-date']]);
  });
});

// A parent's or witness's observation had to be an exact day as well, where a disclosure could be
// a month: "in November 2024 he came home with bruises" had a day made up.
describe('an observation dated at the precision remembered, as a disclosure is', () => {
  it('a month is taken and printed as such, and held to the signing date at its precision', () => {
    const c = patched('parent-signs', (x) => (x.supporting.observations[0].date = '2024-11'));
    expect(errors(c)).toEqual([]);
    expect(body(c)).toMatch(/\nNovember 2024\. /);
    expect(errors(patched('supporting', (x) => (x.supporting.observations[2].date = '2026-03')))).toEqual([['supporting.observations.2.date', 'date-after-document-date']]);
    expect(errors(patched('supporting', (x) => (x.supporting.observations[2].date = '2026-02')))).toEqual([]); // February 2026 covers the signing day
  });
});

describe('a supporting declaration (supporting: signed February 20, 2026)', () => {
  it('an observation, a disclosure or a contact after the signing date is date-after-document-date, messages quoting no date', () => {
    const c = patched('supporting', (c) => {
      c.supporting.observations[2].date = '2026-05-04';
      c.supporting.disclosures[0].date = '2026-04';
      c.supporting.contacts[1].to = '2026-06-30';
    });
    expect(errors(c)).toEqual([
      ['supporting.contacts.1.to', 'date-after-document-date'],
      ['supporting.observations.2.date', 'date-after-document-date'],
      ['supporting.disclosures.0.date', 'date-after-document-date'],
    ]);
    const r = checkCase(K, c);
    for (const e of r.ok ? [] : r.errors) expect(e.message).not.toMatch(/20\d\d|May|April|June/);
  });

  it('a contact that ends before it begins is end-before-start (it printed "From May 1 to February 1, 2023"); a one-day contact is not', () => {
    const c = patched('supporting', (c) => {
      c.supporting.contacts[1].from = '2023-05-01';
      c.supporting.contacts[1].to = '2023-02-01';
    });
    expect(errors(c)).toEqual([['supporting.contacts.1.to', 'end-before-start']]);
    const day = patched('supporting', (c) => {
      c.supporting.contacts[1].from = '2023-05-01';
      c.supporting.contacts[1].to = '2023-05-01';
    });
    expect(errors(day)).toEqual([]);
    expect(body(day)).toContain('On May 1, 2023. She also attended');
  });

  it('an observation before the applicant was born is date-before-birth', () => {
    expect(errors(patched('supporting', (c) => (c.supporting.observations[0].date = '2000-01-01')))).toEqual([['supporting.observations.0.date', 'date-before-birth']]);
  });
});

// A supporting declarant's contact had to begin and end on exact days: a shelter worker who knows
// "since December 2024" or "the summer of 2023" had a day made up for a sworn sentence
// (supporting.json: born March 12, 2004; signed February 20, 2026).
describe('a supporting declarant’s contact dated at the precision remembered, as an observation is', () => {
  const contact = (from: string, to: string | null) => patched('supporting', (c) => (c.supporting.contacts = [{ from, to, text: 'I saw her at the shelter three nights a week.' }]));

  it.each([
    ['2024-12', null, 'Since December 2024. I saw her'],
    ['2023', null, 'Since 2023. I saw her'],
    ['2023-06', '2023-08', 'From June to August 2023. I saw her'],
    ['2023-06', '2023-06', 'In June 2023. I saw her'],
    ['2023', '2023', 'In 2023. I saw her'],
    ['2022', '2024', 'From 2022 to 2024. I saw her'],
    ['2023-11', '2024-02', 'From November 2023 to February 2024. I saw her'],
    ['2023-06-01', '2023-08', 'From June 1, 2023 to August 2023. I saw her'],
    // Exact days print as they did.
    ['2023-03-01', '2023-06-30', 'From March 1 to June 30, 2023. I saw her'],
    ['2023-02-13', null, 'Since February 13, 2023. I saw her'],
    ['2023-05-04', '2023-05-04', 'On May 4, 2023. I saw her'],
  ])('from %s to %s: "%s"', (from, to, sentence) => {
    const c = contact(from, to);
    expect(errors(c)).toEqual([]);
    expect(body(c)).toContain(sentence);
  });

  // Joined after "Since [date],", a text that says its own time repeated or contradicted the
  // lead-in: "Since March 12, 2009, I have raised her since she was born". The dates are the bold
  // lead now, as an observation's, and the text the declarant's own sentence after it.
  it.each([
    ['2004-03-12', null, 'I have raised her since she was born.', 'Since March 12, 2004. I have raised her since she was born.'],
    ['2019', '2021', 'In 2019 I started teaching her at the village school, until she left in 2021.', 'From 2019 to 2021. In 2019 I started teaching her'],
    ['2023-06', null, 'from June on, I saw her at the shelter.', 'Since June 2023. From June on, I saw her at the shelter.'],
  ])('from %s to %s, a text that says its own time: the dates print apart, never "…, %s"', (from, to, text, printed) => {
    const c = patched('supporting', (c) => (c.supporting.contacts = [{ from, to, text }]));
    expect(errors(c)).toEqual([]);
    const t = body(c);
    expect(t).toContain(printed);
    // Never a lead-in running into the text: "Since March 12, 2004, I have raised her…".
    expect(t).not.toMatch(/(?:Since|From|In|On) [^.\n]*\d{4}, (?:I have raised|In 2019|from June)/);
  });

  it('an end certainly before the beginning is end-before-start; one that may be on or after it is not', () => {
    expect(errors(contact('2024-12-24', '2024-11'))).toEqual([['supporting.contacts.0.to', 'end-before-start']]);
    expect(errors(contact('2024', '2023-12-31'))).toEqual([['supporting.contacts.0.to', 'end-before-start']]);
    expect(errors(contact('2024-12', '2024-12-10'))).toEqual([]);
    expect(errors(contact('2024-12-24', '2024'))).toEqual([]);
  });

  it('a beginning before the birth or after the signing date is refused at its own precision', () => {
    expect(errors(contact('2003', null))).toEqual([['supporting.contacts.0.from', 'date-before-birth']]);
    expect(errors(contact('2026-03', null))).toEqual([['supporting.contacts.0.from', 'date-after-document-date']]);
    expect(errors(contact('2026-02', null))).toEqual([]); // February 2026 covers the signing day
    expect(errors(contact('2025-13', null))).toEqual([['supporting.contacts.0.from', 'invalid-date']]);
  });
});

// An observation or disclosure dated before the supporting declarant's contacts with the applicant
// began went unflagged: the declarant swore to seeing, or being told, something before they knew
// the applicant by their own account (docs/domain/t-visa-declaration-others.md, "Supporting
// declarations"). supporting.json: a therapist whose contacts run from February 13, 2023 (open)
// and March 1 to June 30, 2023 (a group).
describe('an observation or disclosure outside the declarant’s own contacts', () => {
  const outside = (c: unknown) => {
    const r = checkCase(K, c);
    return r.ok ? r.warnings.filter((w) => w.code === 'dated-outside-contacts').map((w) => w.path) : r.errors.map((e) => e.code);
  };
  it('before the first contact began is warned at its date, for an observation and a disclosure', () => {
    const c = patched('supporting', (x) => {
      x.supporting.observations[0].date = '2023-02-12'; // the day before therapy began
      x.supporting.disclosures[0].date = '2022-12';
    });
    expect(outside(c)).toEqual(['supporting.observations.0.date', 'supporting.disclosures.0.date']);
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.find((w) => w.code === 'dated-outside-contacts')?.message).toContain('is before the first of the declarant’s contacts with the applicant (supporting.contacts) began: the declaration says the declarant saw this before any time it says the declarant was with the applicant');
  });
  it('a date that may fall on or after the first contact is no alarm, at either date’s precision', () => {
    for (const date of ['2023-02-13', '2023-02', '2023', '2022-winter']) {
      expect(outside(patched('supporting', (x) => (x.supporting.observations[0].date = date))), date).toEqual([]);
    }
    // A contact known by its year only: an observation in its first month may be within it.
    expect(outside(patched('supporting', (x) => {
      x.supporting.contacts[0].from = '2023';
      x.supporting.observations[0].date = '2023-01-02';
    }))).toEqual([]);
    expect(outside(fixture('supporting'))).toEqual([]);
    expect(outside(fixture('outside-us'))).toEqual([]);
  });
  it('after every contact ended is warned; while one is open, nothing is', () => {
    // outside-us: the mother lived with Marisol from 1998 to May 20, 2023, then calls every week (open).
    expect(outside(patched('outside-us', (x) => (x.supporting.observations[1].date = '2025-12-01')))).toEqual([]);
    const ended = patched('outside-us', (x) => (x.supporting.contacts[1].to = '2024-06'));
    expect(outside(ended)).toEqual(['supporting.observations.1.date']); // December 1, 2025
    expect(outside(patched('outside-us', (x) => {
      x.supporting.contacts[1].to = '2025';
    }))).toEqual([]); // December 2025 may be within 2025
  });
  it('a parent’s declaration is held to the contacts it lists (the child came to live with the mother in November 2024)', () => {
    const c = patched('parent-signs', (x) => {
      x.supporting.contacts = [{ from: '2024-11-01', to: null, text: 'Mateo has lived with me in Miami since he arrived.' }];
      x.supporting.observations[0].date = '2024-10';
    });
    expect(outside(c)).toEqual(['supporting.observations.0.date']);
  });
  it('a parent’s declaration with no contacts listed, or a personal statement, is not held to them', () => {
    expect(outside(fixture('parent-signs'))).toEqual([]);
    expect(outside(fixture('full'))).toEqual([]);
  });
});

// A contact's lead read as a label ("May 10, 2023, Diplomatic Security Service, U.S. Department of
// State."), where the statement is sworn sentences in the applicant's voice: it is a sentence, its
// date at its precision, the agency as prose gives it, an officer named before the agency as written
// (docs/domain/t-visa-declaration-form.md, "A law-enforcement contact's lead").
describe('a law-enforcement contact’s lead, as the applicant says it', () => {
  const lead = (date: string, agency: string): string => {
    const c = patched('full', (x) => {
      x.lawEnforcement.contacts[1].date = date;
      x.lawEnforcement.contacts[1].agency = agency;
    });
    expect(errors(c)).toEqual([]);
    const line = body(c).split('\n').find((l) => l.endsWith('I met two agents and looked at photographs. I recognised Beto and one of the drivers. I told them I am willing to testify.'));
    return line!.replace(/ I met two agents.*$/, '');
  };
  it.each([
    ['2023-05-10', 'Diplomatic Security Service, U.S. Department of State', 'On May 10, 2023, I was in contact with the Diplomatic Security Service, U.S. Department of State.'],
    ['2023-05', 'Homeland Security Investigations', 'In May 2023, I was in contact with Homeland Security Investigations.'],
    ['2023-spring', 'Federal Bureau of Investigation, Houston Field Office', 'In the spring of 2023, I was in contact with the Federal Bureau of Investigation, Houston Field Office.'],
    // An acronym alone is printed as written (the kit's rule: "at ICE", "at HSI"), but one Harbor knows
    // is spelled out at its first mention (agency-acronym.test.ts), with an article typed before it or not.
    ['2023', 'HSI', 'In 2023, I was in contact with Homeland Security Investigations (HSI).'],
    ['2023-late', 'the FBI', 'In late 2023, I was in contact with the Federal Bureau of Investigation (FBI).'],
    ['2023-09-18', 'Detective Ana Ruiz, Houston Police Department', 'On September 18, 2023, I was in contact with Detective Ana Ruiz, Houston Police Department.'],
    ['2023-09-18', 'Special Agent Mark Lee (HSI)', 'On September 18, 2023, I was in contact with Special Agent Mark Lee (HSI).'],
    ['2023-09-18', 'Example County Police Dept.', 'On September 18, 2023, I was in contact with Example County Police Dept.'],
  ])('%s, %s', (date, agency, printed) => expect(lead(date, agency)).toBe(printed));
});
