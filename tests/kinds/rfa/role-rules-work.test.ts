// The RFA's role rules (same-role.ts `one-role-two-people`, letter.ts `letter-to-suspect`) run on
// every render of every case (issue 18: a quarter of the `full` case's rules, ~75 µs of ~300).
// They built a global copy of each role word for every person, role and word they tried, and a
// sponsor's role word for every case with a suspected sponsor: each rule now builds no regular
// expression of its own words for a case (a trafficker's relationship, which is the case's own
// words, is still made into one). The role words now try their look back only where the word is;
// the property below holds them to the matches of the form they had.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateKindCase } from '../../../src/check-kind.js';
import { KINDS } from '../../../src/kinds/index.js';
import type { RfaIssue } from '../../../src/kinds/rfa/codes.js';
import { letterToSuspect, roleWord } from '../../../src/kinds/rfa/letter.js';
import { sameRoleRules } from '../../../src/kinds/rfa/same-role.js';
import type { RfaCase } from '../../../src/kinds/rfa/schema.js';
import { withCase, type Json } from './support.js';

/** Regular expressions constructed (`new RegExp`, `RegExp()`) while `f` runs. */
function regExpsBuilt(f: () => void): number {
  const Original = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      built++;
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as object;
    },
    apply(target, self, args) {
      built++;
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    f();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

/** The validated case (stage 1), what the rules read. */
const validated = (c: Json): RfaCase => {
  const v = validateKindCase(KINDS.find((k) => k.id === 'rfa')!, c);
  return v.data as RfaCase;
};

describe('the role rules build no regular expression of their own words per case', () => {
  it('one-role-two-people: recipient, requester and traffickers named with roles that match and do not', () => {
    const c = validated(
      withCase((c) => {
        c.location = { caseManager: { name: 'Marisol Vega', organization: 'Valley Youth Services' }, attorney: { name: 'Ines Okafor' } };
        c.parentsOrGuardians = [{ relationship: 'mother', name: 'Ana Quispe', suspectedInTrafficking: false }];
        c.letterRecipient = { name: 'Tomás Rivera', role: 'the child’s case manager' };
        c.requester.relationshipToChild = 'the child’s attorney';
        c.concern.traffickers = [{ name: 'Hernán Ruiz', relationship: 'acquaintance of the child’s mother' }, { name: 'Luz Díaz', relationship: 'foster mother' }];
      }),
    );
    const warned = (): string[] => {
      const w: RfaIssue[] = [];
      sameRoleRules(c, w);
      return w.map((x) => x.path);
    };
    // The first run makes what is made once (the words' global forms); another makes none.
    expect(warned()).toEqual(['letterRecipient.role', 'requester.relationshipToChild']);
    let again: string[] = [];
    expect(regExpsBuilt(() => (again = warned()))).toBe(0);
    expect(again).toEqual(['letterRecipient.role', 'requester.relationshipToChild']);
  });
  it('letter-to-suspect: a recipient called the sponsor, the sponsor suspected, no trafficker listed', () => {
    const c = validated(
      withCase((c) => {
        c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Quispe', suspectedInTrafficking: true } };
        c.concern.traffickers = [];
        c.letterRecipient = { name: 'Carla Soto', role: 'Sponsor' };
      }),
    );
    expect(letterToSuspect(c)?.path).toBe('letterRecipient.role');
    let again: ReturnType<typeof letterToSuspect> = null;
    expect(regExpsBuilt(() => (again = letterToSuspect(c)))).toBe(0);
    expect(again).toEqual(letterToSuspect(c));
  });
});

/** The role word as it was written before (look back first), the reference the property compares with. */
const lookBackFirst = (w: string): RegExp => new RegExp(`(?<!\\b(?:foster|step|god)[\\s-]*)\\b${w}\\b`, 'iu');
const WORDS = ['sponsor', 'mother', 'mom', 'mum', 'madre', 'mama', 'father', 'dad', 'padre', 'papa', 'guardian', 'tutor', 'tutora'];
const PIECES = [...WORDS, 'foster', 'step', 'god', 'grand', 'Foster', 'STEP', 'MOTHER', 'ſponsor', 'the', 'childs', 'of', ' ', '  ', '-', ' - ', "'", '’s', 'x', 'é', '\u017F', '\u212A', '1', ',', '\n'];

describe('role words', () => {
  test.prop([fc.constantFrom(...WORDS), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 })], { numRuns: 400 })('match where the look-back-first form does', (w, pieces) => {
    const role = pieces.join('');
    const at = (re: RegExp) => [...role.matchAll(new RegExp(re.source, 'giu'))].map((m) => m.index);
    expect(at(roleWord(w))).toEqual(at(lookBackFirst(w)));
    expect(roleWord(w).test(role)).toBe(lookBackFirst(w).test(role));
  });
  it('a foster, step- or god-parent is not the parent; a grandmother is not the mother', () => {
    for (const role of ['foster mother', 'step-father', 'Stepfather', 'god  mother', 'grandmother', 'foster - dad']) expect(WORDS.some((w) => roleWord(w).test(role)), role).toBe(false);
    for (const role of ['mother', 'the child’s Mother', 'mother and foster mother', 'Sponsor', 'foster care sponsor']) expect(WORDS.some((w) => roleWord(w).test(role)), role).toBe(true);
  });
});
