// A fifth, throwaway document kind, defined entirely in this test fixture tree (issue 12 point 3,
// "What it must show" 4): one folder (this one: code, templates/, fixtures/fifth-kind/,
// docs/domain/fifth-kind.md) and one registry line (tests/support/kinds.ts). The checks that
// iterate the registry (HTTP contract, robustness, codes and documents) must pick it up with no
// other edit. Fictional people only.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defineKind } from '../../../src/kinds/kind.js';
import {
  ageOn,
  calendarDate,
  CAPS,
  defineCodes,
  FamilyName,
  GivenName,
  IsoDate,
  type KindIssue,
  longDate,
  Narrative,
  optional,
  optList,
  Text,
} from '../../../src/kinds/kit/index.js';

export const FifthCase = z.object({
  preparedOn: IsoDate,
  person: z.object({ givenName: GivenName, familyName: FamilyName, dateOfBirth: IsoDate, otherNames: optList(Text, CAPS.short) }),
  note: Narrative,
  place: optional(Text),
});
export type FifthCase = z.infer<typeof FifthCase>;

const CODES = defineCodes({
  'fifth-person-is-a-minor': { level: 'warning', rule: 'the person is under 18 on the date of the note' },
});

export const fifthKind = defineKind({
  id: 'fifth-kind',
  title: 'Fifth kind (test only)',
  description: 'A throwaway kind that proves a kind is one folder and one registry line.',
  home: fileURLToPath(new URL('./', import.meta.url)),
  version: '0.0.1',
  schema: FifthCase,
  codes: CODES,
  compute(c: FifthCase) {
    const age = ageOn(calendarDate(c.person.dateOfBirth), calendarDate(c.preparedOn));
    const warnings: Array<KindIssue<keyof typeof CODES>> =
      age < 18 ? [{ path: 'person.dateOfBirth', code: 'fifth-person-is-a-minor', message: 'the person is under 18 on the date of the note' }] : [];
    return { computed: { age }, warnings, errors: [] };
  },
  view: (c: FifthCase, computed: { age: number }) => ({
    title: 'Fifth kind',
    name: `${c.person.givenName} ${c.person.familyName}`,
    otherNames: c.person.otherNames.length > 0 ? c.person.otherNames.join('; ') : null,
    preparedOn: longDate(c.preparedOn),
    ageYears: computed.age,
    place: c.place,
    note: c.note,
  }),
  template: () => 'fifth-kind',
  documentDate: (c: FifthCase) => c.preparedOn,
});
