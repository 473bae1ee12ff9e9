// A phone of one digit repeated ("000-000-0000", "(111) 111-1111"), typed for "none" or "not
// known", is refused in every kind, where the T-visa declaration's professional declarant and the
// worksheet's preparer printed it as a number to call (src/kinds/kit/contact.ts Phone; the RFA's
// own phones: tests/kinds/rfa/phones.test.ts). A real number with zeros in it passes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/pipeline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Json = Record<string, any>;
const fixture = (kind: string, name: string): Json => JSON.parse(readFileSync(`${root}fixtures/${kind}/${name}.json`, 'utf8')) as Json;

const CASES: [kind: string, fixture: string, path: string, set: (c: Json, phone: string) => void][] = [
  ['t-visa-declaration', 'diagnosis-outdated', 'declarant.professional.contact.phone', (c, p) => (c.declarant.professional.contact.phone = p)],
  ['restitution-worksheet', 'full', 'preparer.phone', (c, p) => (c.preparer.phone = p)],
];

describe('a filler phone in the other kinds', () => {
  it.each(CASES)('%s: refused at its field', (kind, name, path, set) => {
    for (const phone of ['000-000-0000', '(111) 111-1111', '9999999']) {
      const c = fixture(kind, name);
      set(c, phone);
      const r = checkCase(kind, c);
      expect(r.ok, `${kind} ${phone}`).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => `${e.path} ${e.code}: ${e.message}`)).toEqual([`${path} invalid-phone: must be a phone number, not one digit repeated (leave it out when not known)`]);
    }
  });
  it.each(CASES)('%s: a real number with zeros passes', (kind, name, _path, set) => {
    for (const phone of ['(713) 555-0100', '+1 555 010 0000']) {
      const c = fixture(kind, name);
      set(c, phone);
      expect(checkCase(kind, c).ok, `${kind} ${phone}`).toBe(true);
    }
  });
});
