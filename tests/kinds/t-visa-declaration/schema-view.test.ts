// Schema details (date precision formats, A-numbers, what each role must provide) and the
// template context (caption pieces, generated first-person sentences, who signs).
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { formatANumber, minorExemptionText, splitParagraphs } from '../../../src/kinds/t-visa-declaration/view.js';
import { actsOutOfOrder, escapeBeforeActs } from '../../../src/kinds/t-visa-declaration/chronology.js';
import { bodyOf, fixture, K } from './support.js';

const codes = (r: ReturnType<typeof checkCase>) => (r.ok ? [] : r.errors.map((e) => [e.path, e.code]));


describe('act dates at three precisions', () => {
  it.each([
    ['2019', true],
    ['2019-02', true],
    ['2019-02-28', true],
    ['2020-02-29', true],
    ['2019-02-29', false], // not a leap year
    ['2019-13', false],
    ['2019-00', false],
    ['19', false],
    ['2019-2', false],
    ['March 2019', false],
  ])('%s → valid: %s', (date, ok) => {
    const c = fixture('minimal');
    c.trafficking.acts[0].date = date;
    const r = checkCase(K, c);
    if (ok) expect(codes(r)).toEqual([]);
    else expect(codes(r)).toEqual([['trafficking.acts.0.date', 'invalid-date']]);
  });
});

describe('A-number', () => {
  it('accepts "A-", spaces and dashes and prints A + 9 digits, as USCIS writes it (8 digits padded)', () => {
    expect(formatANumber('A201555014')).toBe('A201555014');
    expect(formatANumber('201555014')).toBe('A201555014');
    expect(formatANumber('12345678')).toBe('A012345678');
    const c = fixture('minimal');
    c.applicant.aNumber = 'a 201 555 014';
    expect(bodyOf('minimal', (x) => (x.applicant.aNumber = 'a 201 555 014'))).toContain('A-Number: A201555014');
    c.applicant.aNumber = 'A-12-34';
    expect(codes(checkCase(K, c))).toEqual([['applicant.aNumber', 'invalid-a-number']]);
  });
});

describe('what each role must provide', () => {
  it('a supporting declaration needs the declarant’s name and relationship, and its own section', () => {
    const c = fixture('supporting');
    delete c.declarant.relationship;
    delete c.supporting;
    expect(codes(checkCase(K, c))).toEqual([
      ['supporting', 'missing-section'],
      ['declarant.relationship', 'missing-section'],
    ]);
    // A lay witness needs no professional credentials (and then gives no findings or opinion).
    const lay = fixture('supporting');
    delete lay.declarant.professional;
    delete lay.supporting.method;
    delete lay.supporting.findings;
    delete lay.supporting.diagnoses;
    delete lay.supporting.opinion;
    expect(codes(checkCase(K, lay))).toEqual([]);
  });
  it('a supporting declarant cannot have a parent sign for them', () => {
    const c = fixture('supporting');
    c.signing.parentSigner = { givenName: 'A', familyName: 'B', relationship: 'parent', isSuspectedTrafficker: false };
    expect(codes(checkCase(K, c))).toEqual([['signing.parentSigner', 'parent-signature-not-allowed']]);
  });
  it('a parent is recognised among the perpetrators whatever the case and order of the names', () => {
    const c = fixture('parent-signs');
    c.trafficking.perpetrators.push({ name: 'LUZ  PEÑA Carolina', relationship: null });
    expect(codes(checkCase(K, c))).toEqual([['declarant', 'signer-is-suspected-trafficker']]);
  });
  it.each(['Carolina Luz Pena', 'Carolina Luz Peña (“La Caro”)', 'Carolina (mother) Luz Peña', 'Luz Peña, Carolina', 'LUZ PENA , Carolina (“La Caro”)'])(
    'a parent is recognised among the perpetrators written without accents, with a note or family name first with a comma: %s',
    (name) => {
      const c = fixture('parent-signs');
      c.trafficking.perpetrators.push({ name, relationship: null });
      expect(codes(checkCase(K, c))).toEqual([['declarant', 'signer-is-suspected-trafficker']]);
    },
  );
  it('sex trafficking of a minor needs no means; of an adult it does', () => {
    expect(codes(checkCase(K, fixture('minor')))).toEqual([]);
    const c = fixture('minor');
    c.applicant.dateOfBirth = '2000-01-01';
    c.lawEnforcement.contacts = [{ agency: 'Example PD', date: '2025-02-01', narrative: 'I reported it.' }];
    expect(codes(checkCase(K, c))).toEqual([['trafficking.means', 'sex-trafficking-needs-means']]);
  });
  it('the trauma exception alone satisfies law-enforcement compliance for an adult', () => {
    const c = fixture('invalid-lea-not-shown');
    c.lawEnforcement.traumaException = { narrative: 'I could not speak to the police because of what happened.' };
    const r = checkCase(K, c);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.computed as any).elements[2]).toEqual({ element: 'law-enforcement', addressed: true, basis: 'trauma-exception' });
  });
});

describe('sections the chosen template does not print', () => {
  it('warn, naming the field, instead of dropping the text silently', () => {
    const c = fixture('full');
    c.supporting = fixture('supporting').supporting;
    c.declarant.professional = fixture('supporting').declarant.professional;
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([
      ['supporting', 'section-not-printed'],
      ['declarant.professional', 'section-not-printed'],
    ]);
  });
});

describe('act descriptions in a parent’s or supporting declaration (review B point 1)', () => {
  // The acts' dates feed the ages; their descriptions are the applicant's account, which these
  // declarations do not print: each declarant speaks from their own knowledge, with its source.
  const act = 'Hernán Ruiz made Mateo sell candy on buses all day and took the money.';
  it('parent: the description is not printed, and a warning on it says where the parent’s knowledge of it goes', () => {
    const r = checkCase(K, fixture('parent-signs'));
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([['trafficking.acts.0.description', 'section-not-printed']]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/parent’s declaration.*supporting\.observations.*supporting\.disclosures/);
    expect(bodyOf('parent-signs')).not.toContain(act);
  });
  it('supporting: each act’s description is not printed, and each has its warning', () => {
    const patch = (c: any) => {
      c.trafficking = {
        types: ['labor'],
        acts: [
          { date: '2021-06-14', description: 'UNPRINTED-ACT-ONE The applicant told me Beto locked her in the house.' },
          { date: '2021-07', description: 'UNPRINTED-ACT-TWO She worked every night.' },
        ],
      };
    };
    const c = fixture('supporting');
    patch(c);
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([
      ['trafficking.acts.0.description', 'section-not-printed'],
      ['trafficking.acts.1.description', 'section-not-printed'],
    ]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/not printed in a supporting declaration.*supporting\.disclosures/);
    expect(bodyOf('supporting', patch)).not.toMatch(/UNPRINTED-ACT/);
  });
  it('parent and supporting: acts given by their dates alone are valid and warn about nothing (the dates still make the ages)', () => {
    for (const name of ['parent-signs', 'supporting']) {
      const c = fixture(name);
      c.trafficking = { ...(c.trafficking ?? { types: ['labor'] }), acts: [{ date: '2021-06-14' }, { date: '2021-07' }] };
      const r = checkCase(K, c);
      expect(r.ok, name).toBe(true);
      expect(r.ok && r.warnings.filter((w) => w.path.startsWith('trafficking.acts')), name).toEqual([]);
      expect(r.ok && (r.computed as any).ageAtEachAct, name).toHaveLength(2);
    }
  });
  it('the personal statement refuses an act without what happened (missing-section at its description)', () => {
    const c = fixture('full');
    delete c.trafficking.acts[1].description;
    const r = checkCase(K, c);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.path, e.code])).toEqual([['trafficking.acts.1.description', 'missing-section']]);
  });
  it('the personal statement prints every act and warns about none', () => {
    const c = fixture('full');
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.filter((w) => w.code === 'section-not-printed')).toEqual([]);
    const t = bodyOf('full');
    for (const a of c.trafficking.acts) expect(t).toContain(a.description.split('\n')[0]);
  });
});

describe('element checklist', () => {
  it('asks how the applicant escaped, unless the trafficking is still going on', () => {
    const c = fixture('minor');
    c.escape = null;
    let r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([['escapes', 'element-not-addressed']]);
    c.presence.ground = 'currently-subjected';
    r = checkCase(K, c);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && (r.computed as any).elements[0]).toEqual({ element: 'victimization', addressed: true, basis: 'acts-ongoing' });
  });
});

describe('acts in date order (review B point 5: the statement is chronological; Harbor warns, never reorders)', () => {
  const flagged = (dates: string[]) => actsOutOfOrder(dates).map((w) => [w.path, w.code]);
  it.each<[string[], string[][]]>([
    [['2022-02-28', '2022-03-01', '2022-03-02'], []],
    [['2022-02-28', '2022-02-28'], []], // the same day twice
    [['2022-05', '2022', '2022-05-31'], []], // a year overlaps every day in it: no certain order
    [['2022-03-01', '2022-02'], [['trafficking.acts.1.date', 'acts-not-chronological']]], // all of February is before March 1
    [['2022-03', '2022-02-28'], [['trafficking.acts.1.date', 'acts-not-chronological']]],
    [['2022-05-10', '2022', '2022-01-01'], [['trafficking.acts.2.date', 'acts-not-chronological']]], // before an act two places up
    [['2021', '2020-02-29'], [['trafficking.acts.1.date', 'acts-not-chronological']]],
  ])('%j → %j', (dates, expected) => {
    expect(flagged(dates)).toEqual(expected);
  });
  it('one warning on the first act out of order, counting the others (tv-feb29: three)', () => {
    const w = actsOutOfOrder(['2022-02-28', '2022-03-01', '2022-02', '2022-03', '2021-12-31', '2020-02-29']);
    expect(w.map((x) => x.path)).toEqual(['trafficking.acts.2.date']);
    expect(w[0]!.message).toContain('3 of the acts are out of date order');
  });
  it('the acts still print in the order given (the applicant’s account is not reordered)', () => {
    const t = bodyOf('acts-not-chronological');
    expect(t.indexOf('January 11, 2025.')).toBeLessThan(t.indexOf('February 2024.'));
  });
  it('only the personal statement, which prints the acts, is checked', () => {
    const c = fixture('parent-signs');
    c.trafficking.acts = [
      { date: '2024-10', description: 'Later.' },
      { date: '2024-02', description: 'Earlier.' },
    ];
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => w.code)).not.toContain('acts-not-chronological');
  });
});

describe('the escape after the acts (the statement tells of getting away, then of nothing before it)', () => {
  const flagged = (escape: string | null, acts: string[]) => escapeBeforeActs([{ path: 'escape', date: escape }], acts).map((w) => [w.path, w.code]);
  it.each<[string | null, string[], string[][]]>([
    ['2025-01-13', ['2024-02', '2025-01-11'], []], // minor.json: got away two days after the last act
    ['2025-01-11', ['2024-02', '2025-01-11'], []], // on the day of the last act
    ['2025-01', ['2024-02', '2025-01-11'], []], // the escape's month holds the act's day: no certain order
    ['2024', ['2024-02', '2024-06'], []], // a year overlaps every act in it
    [null, ['2024-02'], []], // an escape with no date
    ['2024-12', ['2024-02', '2025-01-11'], [['escape.date', 'escape-before-acts']]], // all of December before January 11
    ['2024-12-31', ['2025'], [['escape.date', 'escape-before-acts']]],
  ])('escape %s, acts %j → %j', (escape, acts, expected) => {
    expect(flagged(escape, acts)).toEqual(expected);
  });
  it('one warning, naming the first act after the escape and the count, quoting no date', () => {
    const [w] = escapeBeforeActs([{ path: 'escape', date: '2020-01-01' }], ['2019', '2021-03', '2022']);
    expect(w!.message).toContain('trafficking.acts.1 and 1 more');
    expect(w!.message).not.toMatch(/20(19|20|21|22)/);
  });
  it('only the personal statement, which prints the escape, is checked', () => {
    const c = fixture('parent-signs');
    c.escape = { date: '2020-01', narrative: 'Got away.' };
    const r = checkCase(K, c);
    expect(r.ok && r.warnings.map((w) => w.code)).not.toContain('escape-before-acts');
  });
});

describe('straddling act dates', () => {
  it('warn even when another act carries the minor exemption, saying the exemption rests elsewhere', () => {
    const c = fixture('minor');
    // Born 2008-09-30: during 2026 the applicant is 17 until September 29, then 18.
    c.trafficking.acts.push({ date: '2026', description: 'It happened again.' });
    const r = checkCase(K, c);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The act of 2026 is after the escape of January 13, 2025: trafficked again, which the
    // statement must say (escape-before-acts).
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([
      ['trafficking.acts.2.date', 'act-age-straddles-18'],
      ['escape.date', 'escape-before-acts'],
    ]);
    expect(r.warnings[0]!.message).toContain('rests on another act');
    expect(r.computed).toMatchObject({ minorExemption: true });
  });
});

describe('template context', () => {
  it('splits narratives into paragraphs (blank line) and lines (single newline), keeping every word', () => {
    expect(splitParagraphs('a b\nc\n\n\n d \n \ne')).toEqual([['a b', 'c'], ['d'], ['e']]);
  });
  it('says in the statement when the applicant was a minor, naming the minor acts by their dates', () => {
    const t = bodyOf('minor');
    expect(t).toContain('\nI was under 18 years old at the time of the events of February 2024 and January 11, 2025 that I describe above.');
    // The date of birth is in the caption and the first paragraph; the exemption said it a third time.
    expect(t.match(/I was born on September 30, 2008/g)).toHaveLength(1);
    expect(bodyOf('minimal')).not.toContain('under 18 years old');
  });
  it('past three minor acts, the count with the first and last date, not every date (review B point 5)', () => {
    // tv-maxacts: 200 daily acts from January 1, 2021, all before the 18th birthday (March 12, 2022).
    const dates = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10));
    expect(minorExemptionText(dates, 200)).toBe(
      'I was under 18 years old at the time of all 200 events that I describe above, from January 1, 2021 to July 19, 2021.',
    );
    // Some acts after the 18th birthday: the count of those before it, from the first to the last of
    // them, in date order whatever the listed order and at each date's precision.
    expect(minorExemptionText(['2021-06', '2020', '2021-12-31', '2021-02-03'], 6)).toBe(
      'I was under 18 years old at the time of the four events from 2020 to December 31, 2021 that I describe above.',
    );
    // Ties go to the more precise date; one date for both ends is said once.
    expect(minorExemptionText(['2021-06', '2021-06-01', '2021-06-30', '2021-06-15'], 4)).toBe(
      'I was under 18 years old at the time of all four events that I describe above, from June 1, 2021 to June 30, 2021.',
    );
    expect(minorExemptionText(['2021-06', '2021-06', '2021-06', '2021-06'], 4)).toBe(
      'I was under 18 years old at the time of all four events that I describe above, in June 2021.',
    );
    // Three or fewer: each date named, as before.
    expect(minorExemptionText(['2021-05', '2021-06-14', '2021-11'], 3)).toBe(
      'I was under 18 years old at the time of the events of May 2021, June 14, 2021 and November 2021 that I describe above.',
    );
  });
  it('names who was responsible, and prints the A-number line only when there is one', () => {
    // Notes holding commas: the people listed under the sentence (review.test.ts).
    expect(bodyOf('full')).toContain('The people responsible for what happened to me are:\nDoña Rita (recruiter, last name unknown)\nBeto (trafficker, last name unknown)');
    expect(bodyOf('minor')).toContain("The person responsible for what happened to me is Rolando (last name unknown; my mother's boyfriend).");
    expect(bodyOf('full')).toContain('A-Number: A201555014');
    expect(bodyOf('minimal')).not.toContain('A-Number');
  });
  it('leads each dated act with its date at its own precision', () => {
    const t = bodyOf('full');
    expect(t).toContain('May 2021. We crossed');
    expect(t).toContain('June 14, 2021. They brought me');
    expect(bodyOf('minor')).toContain('February 2024. My mother');
  });
  it('tells the reader how the statement was translated and read back', () => {
    expect(bodyOf('full')).toContain(
      'This declaration is in my own words, and everything in it is true to the best of my knowledge. I gave this declaration in Spanish. I am signing its English translation, made by Tomás Ibarra. Before I signed it, Elena Park read the whole English translation back to me in Spanish, and I understood it.',
    );
  });
  it('signs as the applicant, the declarant, or the parent of a child under 14 (their own declaration)', () => {
    expect(bodyOf('minimal')).toContain('Marisol Ventura | Applicant | March 2, 2026 | Houston, Texas, United States');
    expect(bodyOf('supporting')).toContain('Naomi Castellanos-Reed | Licensed Clinical Social Worker, Example Trauma Recovery Center | February 20, 2026');
    expect(bodyOf('parent-signs')).toContain('Carolina Luz Peña | Mother of Mateo Quintero Luz, who is under 14');
  });
  it('orders the sections as the domain file does: in the order it happened', () => {
    const t = bodyOf('full');
    // The journey and entry between how it began and the dated acts (it printed after the means).
    const order = [
      'About Me',
      'What Happened to Me',
      'How I Came to the United States',
      'What They Did to Me',
      'How They Controlled Me',
      'How I Got Away',
      'Why I Am in the United States',
      'Law Enforcement',
      'What Would Happen to Me If I Had to Leave',
      'My Life Now',
    ];
    const at = order.map((h) => t.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // How it began, then the journey, then the first dated act.
    expect(t).toMatch(/pay for her medicine\.\nHow I Came to the United States\nDoña Rita's men took me across Mexico[^\n]*\nWhat They Did to Me\nMay 2021\. We crossed/);
  });

  // The last numbered paragraph speaks of the whole declaration (voice, language, read-back): it
  // sat under the last section's heading, read as one more hardship factor, or as the Opinion.
  it.each([
    ['full', 'This declaration is in my own words'],
    ['minimal', 'This declaration is in my own words'],
    ['supporting', 'The statements in this declaration are based on my personal knowledge and my professional judgment.'],
    ['parent-signs', 'Everything in this declaration is what I saw and heard myself'],
  ])('%s: the last numbered paragraph has a heading of its own, About This Declaration', (name, closing) => {
    const lines = bodyOf(name).split('\n');
    const at = lines.findIndex((l) => l.startsWith(closing));
    expect(at, closing).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe('About This Declaration');
    expect(lines.filter((l) => l === 'About This Declaration')).toHaveLength(1);
  });

  it('without an entry, the acts follow how it began under "What Happened to Me", with no heading of their own', () => {
    const t = bodyOf('full', (c) => (c.trafficking.entry = null));
    expect(t).not.toContain('How I Came to the United States');
    expect(t).not.toContain('What They Did to Me');
    expect(t).toMatch(/pay for her medicine\.\nMay 2021\. We crossed/);
  });

  it('acts certainly before the first entry (travel.firstEntry) print before the journey, the others after it', () => {
    // full: first entry April 2021; acts May 2021 … April 2022. Here the first two happened abroad before an entry in June 2021.
    const t = bodyOf('full', (c) => (c.travel.firstEntry = '2021-07'));
    expect(t).toMatch(
      /pay for her medicine\.\nMay 2021\. We crossed[^\n]*\nJune 14, 2021\. [^\n]*\nHe made me clean[^\n]*\nHow I Came to the United States\nDoña Rita's men[^\n]*\nWhat They Did to Me\nNovember 2021\. /,
    );
    // An act in the month of the entry may be after it: it follows the entry.
    expect(bodyOf('full', (c) => (c.travel.firstEntry = '2021-05'))).toMatch(/How I Came to the United States\n[^\n]*\nWhat They Did to Me\nMay 2021\. /);
    // Every act before the entry: no heading for acts after it; who was responsible still closes the account.
    const all = bodyOf('full', (c) => (c.travel.firstEntry = '2022-05'));
    expect(all).not.toContain('What They Did to Me');
    expect(all).toMatch(/April 2, 2022\. [^\n]*\nHow I Came to the United States\n[^\n]*\nThe people responsible for what happened to me are/);
  });

  it('an entry with no narrative of how it began opens the section', () => {
    expect(bodyOf('full', (c) => (c.trafficking.narrative = null))).toContain('\nWhat Happened to Me\nHow I Came to the United States\nDoña Rita');
  });
});
