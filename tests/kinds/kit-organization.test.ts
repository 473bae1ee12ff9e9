// An organization's name inside a generated sentence takes "the" where English gives one
// (src/kinds/kit/organization.ts; docs/fields.md, "Formatting"): the declaration printed "I am a
// Detective at Los Angeles Police Department".
import { describe, expect, it } from 'vitest';
import { organizationInProse } from '../../src/kinds/kit/index.js';

describe('organizationInProse', () => {
  it.each([
    // A common noun naming a body heads the name, last or before "of", "for", "to"…
    ['Los Angeles Police Department', 'the Los Angeles Police Department'],
    ["Harris County Sheriff's Office", "the Harris County Sheriff's Office"],
    ['Federal Bureau of Investigation', 'the Federal Bureau of Investigation'],
    ['Office of Refugee Resettlement', 'the Office of Refugee Resettlement'],
    ['Department of Labor, Wage and Hour Division', 'the Department of Labor, Wage and Hour Division'],
    ['Coalition to Abolish Slavery and Trafficking', 'the Coalition to Abolish Slavery and Trafficking'],
    ['Houston Human Trafficking Task Force', 'the Houston Human Trafficking Task Force'],
    ['Tahirih Justice Center', 'the Tahirih Justice Center'],
    // An acronym that qualifies the head follows the head's rule.
    ['LAPD Human Trafficking Unit', 'the LAPD Human Trafficking Unit'],
    ["U.S. Attorney's Office for the Southern District of Texas", "the U.S. Attorney's Office for the Southern District of Texas"],
    // A note in parentheses at the end is not the head.
    ['Houston Police Department (HPD)', 'the Houston Police Department (HPD)'],
    ['Federal Bureau of Investigation (FBI)', 'the Federal Bureau of Investigation (FBI)'],
    // A university or hospital only when its name begins with the word.
    ['University of Houston', 'the University of Houston'],
    // The head is in the part before a comma: a unit, a parent department or a place after it.
    ['Diplomatic Security Service, U.S. Department of State', 'the Diplomatic Security Service, U.S. Department of State'],
    ['Houston Police Department, Human Trafficking Unit', 'the Houston Police Department, Human Trafficking Unit'],
    ['Tahirih Justice Center, Houston', 'the Tahirih Justice Center, Houston'],
  ])('%s → %s', (name, printed) => expect(organizationInProse(name)).toBe(printed));

  it.each([
    // A proper name, or a plural that is part of the name.
    'Homeland Security Investigations',
    'Immigration and Customs Enforcement',
    'Catholic Charities',
    'Kids in Need of Defense',
    'Covenant House',
    'Homeland Security Investigations (HSI)',
    'Safe Horizon',
    'Rice University',
    "Texas Children's Hospital",
    // An acronym alone Harbor does not know, and a name already given its article, as the drafter wrote it.
    'CCHT',
    'LAPD',
    // A surname is not an acronym: only capitals are.
    'Ice',
    // An officer named before the body (it read "the Detective Ana Ruiz, …"), or a proper name
    // before a unit of it (it read "the Catholic Charities, …").
    'Detective Ana Ruiz, Houston Police Department',
    'Special Agent Mark Lee, Federal Bureau of Investigation',
    'Catholic Charities, Refugee Services Department',
    'Homeland Security Investigations, Houston Field Office',
    'The Door',
  ])('%s is printed as written', (name) => expect(organizationInProse(name)).toBe(name));

  it.each([
    // An agency typed by its acronym is spelled out, the acronym after it, as at a first mention:
    // "a Victim Specialist at FBI" lacked its article, "at HSI" told a reader nothing.
    ['FBI', 'the Federal Bureau of Investigation (FBI)'],
    ['the FBI', 'the Federal Bureau of Investigation (FBI)'],
    ['ICE', 'U.S. Immigration and Customs Enforcement (ICE)'],
    ['ORR', 'the Office of Refugee Resettlement (ORR)'],
    // With more words after it, the article is the full name's with them.
    ['HSI Houston', 'Homeland Security Investigations (HSI) Houston'],
    ['HSI Human Trafficking Unit', 'the Homeland Security Investigations (HSI) Human Trafficking Unit'],
    ['FBI, Houston Field Office', 'the Federal Bureau of Investigation (FBI), Houston Field Office'],
  ])('%s → %s', (name, printed) => expect(organizationInProse(name)).toBe(printed));

  it('trims the name as text fields are', () => expect(organizationInProse('  Houston Police Department ')).toBe('the Houston Police Department'));
});
