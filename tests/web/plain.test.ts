// The form page's words for a caseworker (web/src/form/plain.ts), without a browser: every field's
// help and every message the page shows, in every kind, without the contract's terms ("yyyy-mm-dd",
// "ISO date-time with offset", "true or false", a field's name in the case, a choice's code), each
// saying what to type. A date typed as a person writes it is typed-dates.test.ts; a list item's
// name, item-names.test.ts. The service's messages are the API's and stay as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { plainHelp, plainMessage } from '../../web/src/form/plain.js';
import { buildUiSchema, emptyFields, normalizeSchema, type Json } from '../../web/src/form/schema.js';
import { ROOT } from './support/browser.js';
import { JARGON, keysInRunningText } from './support/jargon.js';

const schemaOf = (kind: string): Json => normalizeSchema(caseJsonSchema(getKind(kind)) as Json);


/** Every field of a normalised schema with its dot path (list items as 0). */
function fields(root: Json): [string, Json][] {
  const out: [string, Json][] = [];
  const walk = (n: Json, path: string[], depth: number): void => {
    if (depth > 12) return;
    out.push([path.join('.'), n]);
    if (n.properties && typeof n.properties === 'object') for (const [k, v] of Object.entries(n.properties as Record<string, Json>)) walk(v, [...path, k], depth + 1);
    if (n.items && typeof n.items === 'object') walk(n.items as Json, [...path, '0'], depth + 1);
  };
  walk(root, [], 0);
  return out;
}

/** A property name of the schema (camelCase) that a sentence still shows as written in the case. */
function namesShown(text: string, root: Json): string[] {
  const names = new Set(fields(root).map(([p]) => p.split('.').pop()!));
  return (text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).filter((w) => names.has(w));
}

describe('every field’s help, in every kind', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no contract term and no field named as the case names it`, () => {
      const root = schemaOf(kind);
      const bad: string[] = [];
      for (const [path, node] of fields(root)) {
        if (typeof node.description !== 'string' || node['x-removed'] === true) continue;
        const help = plainHelp(node.description, node, root, path, 'en-US');
        if (JARGON.test(help) || namesShown(help, root).length > 0) bad.push(`${path}: ${help}`);
      }
      expect(bad).toEqual([]);
    });
  }

  // Review, round r53: "then stateless: “Yes”", "unless licensed is “No”", a detail "required for
  // other": a field or a choice named by its key in running text, where the page names each by its
  // label and the choice's words (plain.ts plainTerms, choicesByKey).
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no field or choice named by its key in running text`, () => {
      const root = schemaOf(kind);
      const helps = fields(root)
        .filter(([, node]) => typeof node.description === 'string' && node['x-removed'] !== true)
        .map(([path, node]) => plainHelp(node.description as string, node, root, path, 'en-US'));
      expect(keysInRunningText(helps, kind)).toEqual([]);
    });
  }

  it('a field beside, and a choice beside, said by label and words: the review’s three', () => {
    const help = (kind: string, path: string): string => {
      const root = schemaOf(kind);
      const node = fields(root).find(([p]) => p === path)![1];
      return plainHelp(node.description as string, node, root, path, 'en-US');
    };
    expect(help('rfa', 'child.citizenship')).toContain('(then “Stateless”: “Yes”)');
    expect(help('t-visa-declaration', 'declarant.professional.license')).toContain('unless “Holds a professional license” is “No”');
    expect(help('best-interests-memo', 'pendingRelief.0.detail')).toMatch(/required when “[^”]+” is “Other”\.$/);
    expect(help('best-interests-memo', 'contacts.0.mode')).toBe('“In person”, “Video call” or “Phone call”.');
    // Where something goes, or what it comes with: a field beside, by its label.
    expect(help('restitution-worksheet', 'laborPeriods.0.wagesPaid.perWeek')).toContain('goes in “Payments”, with that week');
    expect(help('rfa', 'child.ageUpTo')).toMatch(/\(“Age[^”]*” is then its bottom: .*only with “Age[^”]*”\./);
    expect(help('t-visa-declaration', 'escape')).toContain('Give several in “How I got away”.');
  });

  it('a date says how to type it in the browser’s order; a yes/no loses "true or false; absent when not yet known"', () => {
    const root = schemaOf('rfa');
    const dob = fields(root).find(([p]) => p === 'child.dateOfBirth')![1];
    expect(plainHelp(dob.description as string, dob, root, 'child.dateOfBirth', 'en-US')).toBe(
      'An estimate when “Date of birth estimated” is “Yes”. Leave it empty and give the age when only an age is known. Type the date as month/day/year, e.g. 03/14/2011, or pick it from the calendar (Alt+Down).',
    );
    expect(plainHelp(dob.description as string, dob, root, 'child.dateOfBirth', 'en-GB')).toMatch(/Type the date as day\/month\/year, e\.g\. 14\/03\/2011/);
    const interpreter = fields(root).find(([p]) => p === 'child.interpreterNeeded')![1];
    expect(plainHelp(interpreter.description as string, interpreter, root, 'child.interpreterNeeded', 'en-US')).toBe('Whether the child needs an interpreter.');
  });
});

/** The errors and warnings of every fixture of a kind, as the service reports them. */
function issuesOf(kind: string): { path: string; code: string; message: string }[] {
  const dir = join(ROOT, 'fixtures', kind);
  const out: { path: string; code: string; message: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const r = checkCase(kind, JSON.parse(readFileSync(join(dir, f), 'utf8')));
    out.push(...(r.ok ? r.warnings : r.errors));
  }
  return out;
}

describe('every message the fixtures bring, in every kind', () => {
  for (const kind of KINDS.map((k) => k.id)) {
    it(`${kind}: no contract term and no field named as the case names it`, () => {
      const root = schemaOf(kind);
      const issues = issuesOf(kind);
      expect(issues.length).toBeGreaterThan(5);
      const bad = issues.map((i) => plainMessage(i, root, 'en-US')).filter((m) => JARGON.test(m) || namesShown(m, root).length > 0);
      expect(bad).toEqual([]);
    });
    // A screen reader reads a field's issues and its help as one description: a message that ended
    // on a citation ran into the help ("… § 778.109) The hourly rate …"). Each ends as a sentence.
    it(`${kind}: every message ends as a sentence`, () => {
      const root = schemaOf(kind);
      expect(issuesOf(kind).map((i) => plainMessage(i, root, 'en-US')).filter((m) => !/[.!?…]$/.test(m))).toEqual([]);
    });
  }
});

describe('a wrong entry’s message says what to type', () => {
  const rfa = schemaOf('rfa');
  const say = (path: string, code: string, message: string, locale = 'en-US'): string => plainMessage({ path, code, message }, rfa, locale);

  it('a date: month/day/year with an example; the year range as a year', () => {
    expect(say('child.dateOfBirth', 'invalid-date', 'must be a real calendar date written yyyy-mm-dd')).toBe('is not a date that exists: type the date as month/day/year, e.g. 03/14/2011.');
    expect(say('child.dateOfBirth', 'invalid-date', 'must be a date between 1900 and 2100')).toBe('must be between the years 1900 and 2100: check the year.');
    expect(say('preparedAt', 'invalid-type', 'is required; it must be a date and time with a UTC offset, like 2026-03-07T22:00:00-05:00')).toBe(
      'is required: type the date (month/day/year) and the time, e.g. 03/14/2011 10:30 PM.',
    );
  });

  // A draft's date of birth of a year alone: the service's message says what to give instead (the
  // age range the year makes); the page said only "is not a date that exists" and lost that.
  it('a year alone: said as such, with the service’s advice of what to give instead', () => {
    const r = checkCase('rfa', { child: { dateOfBirth: '2010' } });
    const issue = r.ok ? undefined : r.errors.find((i) => i.path === 'child.dateOfBirth');
    expect(issue?.code).toBe('invalid-date');
    const text = plainMessage(issue!, rfa, 'en-US');
    expect(text).toMatch(/^is only a year or a year and month, not a whole date: type the date as month\/day\/year, e\.g\. 03\/14\/2011; or, when only the year of birth is known, leave the date of birth empty and give the age range it makes /);
    expect(text).toMatch(/\.$/);
  });

  // The RFA's event known only by its month: the service's advice gives its first day as an example,
  // "2025-08-01 for August 2025", which the page showed in words (or as the service's yyyy-mm-dd)
  // while its boxes take month/day/year. Every example of what to type is in the page's own order.
  it("a year and month: the advice's example date typed as the page's boxes take it, in the browser's order", () => {
    const r = checkCase('rfa', { concern: { events: [{ date: '2025-08', endDate: '2025' }] } });
    const issues = r.ok ? [] : r.errors.filter((i) => /^concern\.events\.0\.(date|endDate)$/.test(i.path));
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(plainMessage(issue, rfa, 'en-US'), issue.path).toContain('give its first day (08/01/2025 for August 2025)');
      expect(plainMessage(issue, rfa, 'en-GB'), issue.path).toContain('give its first day (01/08/2025 for August 2025)');
    }
  });

  // The class: in every kind, each date field given a year and month, and every help: a date shown
  // as an example of what to type is never the service's yyyy-mm-dd nor a date in words.
  it("every kind: no example of what to type in another format than the page's (each date field given a year and month, every help)", () => {
    const EXAMPLE = /(?:e\.g\.,? |like |such as |for example,? |\()(?:\d{4}-\d{2}(?:-\d{2})?|[A-Z][a-z]+ \d{1,2}, \d{4})(?=[ ,;)]|$)/;
    for (const kind of KINDS.map((k) => k.id)) {
      const root = schemaOf(kind);
      const bad: string[] = [];
      const dates = fields(root).filter(([, n]) => n.format === 'date').map(([p]) => p);
      for (const path of dates) {
        // The case holding only that date, as a year and month (list items as the first).
        const value: Record<string, unknown> = {};
        let at: any = value;
        const segs = path.split('.');
        segs.forEach((seg, i) => {
          const next = i === segs.length - 1 ? '2025-08' : /^\d+$/.test(segs[i + 1]!) ? [] : {};
          at[seg] = next;
          at = next;
        });
        const r = checkCase(kind, value);
        for (const issue of r.ok ? [] : r.errors.filter((e) => e.path === path)) {
          const text = plainMessage(issue, root, 'en-US');
          if (EXAMPLE.test(text)) bad.push(`${path}: ${text}`);
        }
      }
      for (const [path, node] of fields(root)) {
        if (typeof node.description !== 'string') continue;
        const help = plainHelp(node.description, node, root, path, 'en-US');
        if (EXAMPLE.test(help)) bad.push(`${path} (help): ${help}`);
      }
      expect(bad, kind).toEqual([]);
    }
  });

  it('a yes/no, a choice, a country, a time zone, an amount: each in words', () => {
    expect(say('child.interpreterNeeded', 'invalid-type', 'must be true or false')).toBe('must be Yes or No: choose one.');
    expect(say('child.sex', 'invalid-value', 'must be one of the choices of “Sex”: “Female”, “Male” or “Other” (codes: female, male, other)')).toBe('is not one of the choices: choose one from the list.');
    expect(say('child.countryOfBirth', 'invalid-country-code', 'must be an ISO 3166 two-letter country code, like GT or HN')).toBe(
      'is not a country the page knows: type the country’s name and pick it from the list, e.g. Honduras, or its two-letter code (HN).',
    );
    expect(say('requester.timeZone', 'invalid-time-zone', 'must be an IANA time-zone name, like America/Los_Angeles')).toBe(
      'is not a time zone the page knows: type the city whose time is kept and pick it from the list, e.g. Chicago, or leave it empty.',
    );
    const ws = schemaOf('restitution-worksheet');
    expect(plainMessage({ path: 'losses.0.amount', code: 'invalid-money', message: 'must be an amount in dollars, like 2843, 2,843.00 or $2,843.50' }, ws, 'en-US')).toBe(
      'is not an amount of dollars: type the amount in dollars, e.g. 1,250.50, with at most two decimals.',
    );
  });

  it('a whole section left out: which of its fields to fill in, by their labels', () => {
    expect(say('child', 'invalid-type', 'is required')).toBe(
      // Not "Given name(s)" since RFA 2.15.0: it may be left empty with "Given name not yet known" (rfa-draft.md).
      'is required: fill in its “Citizenship”, “Immigration status” and “In the United States now” (each marked required).',
    );
    expect(say('concern', 'invalid-type', 'is required')).toBe('is required: fill in its “Type” and “What is known” (each marked required).');
    const memo = schemaOf('best-interests-memo');
    expect(plainMessage({ path: 'advocate', code: 'invalid-type', message: 'is required' }, memo, 'en-US')).toBe('is required: fill in its “Name” (marked required).');
    expect(plainMessage({ path: 'factors', code: 'invalid-type', message: 'is required' }, memo, 'en-US')).toBe(
      'is required: fill in its “Safety and Well-being”, “Expressed Interests, in Light of Age and Maturity”, “Mental and Physical Health”, “Family Relationships and the Wishes of Parents or Legal Guardians”, “Adjustment to the Community” and 5 more (each marked required).',
    );
  });

  it('a rule naming other fields names them by their labels, its true and false as Yes and No', () => {
    expect(say('lawEnforcement.reported', 'answer-contradicted', 'must not be false: the requester is law enforcement (requester.lawEnforcement); set it to true, or leave it out')).toBe(
      'must not be “No”: the requester is law enforcement (“Requester › Requester is law enforcement”); set it to “Yes”, or leave it out.',
    );
    // "false" in prose stays a word.
    expect(say('child.dateOfBirth', 'child-not-a-minor', 'If this date comes from a false or borrowed document')).toBe('If this date comes from a false or borrowed document.');
  });
});

function widgets(ui: unknown, at = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (ui === null || typeof ui !== 'object') return out;
  for (const [k, v] of Object.entries(ui as Record<string, unknown>)) {
    if (k === 'ui:widget') out.set(at, v);
    else if (k !== 'ui:enumNames') widgets(v, at === '' ? k : `${at}.${k}`, out);
  }
  return out;
}

/**
 * A schema with every field renamed by its place (f0, f1, …; `required` with them), as a kind's
 * author may name a field: the input chosen must not read a field's name. The case's `id`, which
 * the form leaves out by name, keeps it.
 */
const renamed = (n: unknown): unknown => {
  if (Array.isArray(n)) return n.map(renamed);
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const props = o.properties !== null && typeof o.properties === 'object' ? Object.keys(o.properties) : [];
  const as = (k: string): string => (k === 'id' ? k : `f${props.indexOf(k)}`);
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [
      k,
      k === 'properties' && props.length ? Object.fromEntries(Object.entries(v as object).map(([p, pv]) => [as(p), renamed(pv)])) : k === 'required' && Array.isArray(v) && props.length ? v.map((r) => as(String(r))) : renamed(v),
    ]),
  );
};

/** A schema with every description reworded, as a kind's author may reword one. */
const reworded = (n: unknown): unknown =>
  Array.isArray(n) ? n.map(reworded) : n !== null && typeof n === 'object' ? Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === 'description' && typeof v === 'string' ? 'Reworded.' : reworded(v)])) : n;

// The input of a country, a time zone and a date at the precision known was chosen from the
// description's words ("ISO 3166", "IANA time zone", "yyyy-mm-dd … yyyy-mm … yyyy"): a reworded
// description gave a plain text box, and three T-visa dates worded otherwise had one ("When the
// applicant said it, at the precision known."). It is the contract's `x-format` now.
describe('the input chosen for a field', () => {
  for (const { id: kind } of KINDS) {
    it(`${kind}: the same with every description reworded`, () => {
      const raw = caseJsonSchema(getKind(kind)) as Json;
      expect(widgets(buildUiSchema(normalizeSchema(reworded(raw) as Json)))).toEqual(widgets(buildUiSchema(normalizeSchema(raw))));
    });
  }

  for (const { id: kind } of KINDS) {
    it(`${kind}: the same with every field renamed (a multi-line box where the contract says x-multiline, never by the field's name)`, () => {
      const raw = caseJsonSchema(getKind(kind)) as Json;
      expect([...widgets(buildUiSchema(normalizeSchema(renamed(raw) as Json))).values()]).toEqual([...widgets(buildUiSchema(normalizeSchema(raw))).values()]);
    });
  }

  it('the RFA’s, the T-visa’s and the worksheet’s prose in multi-line boxes, their lines of text in one-line boxes', () => {
    const rfa = widgets(buildUiSchema(schemaOf('rfa')));
    for (const path of ['lateReason', 'requester.howLearned', 'location.custodyDetails', 'concern.commercialSex', 'concern.events.items.description', 'concern.traffickers.items.description', 'concern.otherMinors.items.details', 'concern.narrative', 'concern.narrativeTranslation', 'safety.details', 'strengthsAndNeeds.strengths', 'strengthsAndNeeds.needs'])
      expect([path, rfa.get(path)]).toEqual([path, 'textarea']);
    // A language and a letter's date and number are a line each: a name match made them multi-line.
    for (const path of ['concern.narrativeLanguage', 'child.priorOtipLetterDetails', 'requester.name']) expect([path, rfa.get(path)]).toEqual([path, undefined]);
    expect(widgets(buildUiSchema(schemaOf('t-visa-declaration'))).get('travel.departures.items.explanation')).toBe('textarea');
    // A labor period's description, "in a few sentences": the example's 236 characters sat in one line.
    expect(widgets(buildUiSchema(schemaOf('restitution-worksheet'))).get('laborPeriods.items.description')).toBe('textarea');
    // What a loss, an exhibit or a record reviewed is: written in sentences ("… and why its amount is not yet known").
    const prose = { 'restitution-worksheet': ['losses', 'pendingLosses', 'exhibits'], 't-visa-declaration': ['exhibits'], 'best-interests-memo': ['recordsReviewed'] };
    for (const [kind, lists] of Object.entries(prose)) for (const l of lists) expect([kind, l, widgets(buildUiSchema(schemaOf(kind))).get(`${l}.items.description`)]).toEqual([kind, l, 'textarea']);
  });

  it('a country, a time zone and every date at the precision known by what the contract says the value is', () => {
    const of = (kind: string): Map<string, unknown> => widgets(buildUiSchema(schemaOf(kind)));
    const rfa = of('rfa');
    expect([rfa.get('requester.timeZone'), rfa.get('child.countryOfBirth'), rfa.get('child.citizenship.items')]).toEqual(['TimeZone', 'Country', 'Country']);
    const tvisa = of('t-visa-declaration');
    for (const path of ['trafficking.acts.items.date', 'escape.date', 'travel.firstEntry', 'lawEnforcement.contacts.items.date', 'supporting.contacts.items.from', 'supporting.contacts.items.to', 'supporting.observations.items.date', 'supporting.disclosures.items.date', 'travel.departures.items.departedOn', 'travel.departures.items.returnedOn'])
      expect([path, tvisa.get(path)]).toEqual([path, 'PartialDate']);
    for (const path of ['applicant.countryOfBirth', 'travel.departures.items.country', 'signing.country']) expect([path, tvisa.get(path)]).toEqual([path, 'Country']);
    expect(of('best-interests-memo').get('child.countryOfBirth')).toBe('Country');
  });
});

// A field the contract replaced but the service still reads (`deprecated` with its type): the
// memo's proposedSponsor, read as the first of proposedSponsors. A new form offered both, one
// above the other; it is now drawn only while a draft holds a value of it (superseded.tsx).
describe('a field the contract replaced but still reads', () => {
  const memo = schemaOf('best-interests-memo');
  const props = memo.properties as Record<string, Json>;
  it('keeps its input, marked superseded, without the flag the form library would print', () => {
    expect(props.proposedSponsor!['x-superseded']).toBe(true);
    expect(props.proposedSponsor!.deprecated).toBeUndefined();
    expect(props.proposedSponsor!.type).toBe('object');
    expect(props.proposedSponsors!['x-superseded']).toBeUndefined();
    const ui = buildUiSchema(memo) as Record<string, Json>;
    expect(ui.proposedSponsor!['ui:field']).toBe('Superseded');
    expect(ui.proposedSponsors!['ui:field']).toBeUndefined();
  });
  it('is not among the fields still to find out', () => {
    const empty = emptyFields(memo, {});
    expect(empty).toContain('Proposed sponsors');
    expect(empty.filter((f) => f.startsWith('Proposed sponsor (one)'))).toEqual([]);
  });
});

describe('a help names a value as the person picks or types it, not as the case stores it', () => {
  // Review, round r52: the time zone's help said "e.g. America/Los_Angeles" above a box offering
  // "Pacific Time — Los Angeles"; a role's help headed its clauses "parent:", "supporting:" above a
  // list of the roles in words; a country's "e.g. GT" above a box of countries' names.
  const helpAt = (kind: string, path: string): string => {
    const root = schemaOf(kind);
    const node = fields(root).find(([p]) => p === path)![1];
    return plainHelp(node.description as string, node, root, path, 'en-US');
  };
  it('a time zone by the words of the time-zone list', () => {
    expect(helpAt('rfa', 'requester.timeZone')).toMatch(/^Time zone name of the requester, e\.g\. Pacific Time — Los Angeles;/);
  });
  it('a choice’s own codes heading its clauses, by its choices’ words', () => {
    // The memo's decision-maker (the T-visa's role was the example until round r59, when its help
    // stopped repeating the menu).
    expect(helpAt('best-interests-memo', 'decisionMaker.type')).toMatch(/^“Office of Refugee Resettlement[^”]*”: the Office of Refugee Resettlement; “Immigration judge[^”]*”: an immigration judge/);
  });
  it('a choice’s help that is not the menu again: the T-visa’s role (round r59, 238 px on a phone)', () => {
    const help = helpAt('t-visa-declaration', 'declarant.role');
    for (const label of ['The applicant', 'Parent or legal guardian', 'Supporting witness', 'CFR']) expect(help).not.toContain(label);
    expect(help.length).toBeLessThan(100);
  });
  it('a country and a list of countries by their names', () => {
    expect(helpAt('t-visa-declaration', 'applicant.countryOfBirth')).toMatch(/^The applicant’s country of birth, e\.g\. Guatemala\. Type the country’s name/);
    expect(helpAt('rfa', 'child.citizenship')).toMatch(/^The countries, e\.g\. Guatemala or, for two nationalities, Syria and (?:Turkey|Türkiye);/);
  });
});
