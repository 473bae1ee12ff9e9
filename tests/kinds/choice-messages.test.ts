// A value outside a choice's codes, in every choice of every kind (docs/fields.md, "Choices"): the
// error names the field by its label (the JSON Schema's title, the web form's label) and each
// choice by its label, and keeps the codes, in the same order, in one aside "(codes: …)" for
// whoever writes a case file by hand. zod's own words ("Invalid option: expected one of
// "orr-shelter"|…") named neither field nor labels, and only the RFA's own rules had been worded.
// The walk reads the published schema, so a choice added to any kind is checked here too.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check.js';
import { ENUM_LABELS_KEY } from '../../src/kinds/kit/index.js';
import { KINDS, getKind } from '../../src/kinds/index.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { harbor } from '../support/cli.js';
import { harness } from '../http/helpers.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface ChoiceField {
  /** The dot path of a value of the choice (an entry of a list at index 0). */
  path: string[];
  /** The field's label: the title nearest the choice since its field began. */
  title: string | undefined;
  labels: Record<string, string>;
}

/** Every choice of a published JSON Schema: its data path, its field's title, its labels. */
function choices(node: unknown, path: string[] = [], title?: string): ChoiceField[] {
  if (!isObj(node)) return [];
  const here = typeof node.title === 'string' ? node.title : title;
  const out: ChoiceField[] = [];
  if (Array.isArray(node.enum) && isObj(node[ENUM_LABELS_KEY])) out.push({ path, title: here, labels: node[ENUM_LABELS_KEY] as Record<string, string> });
  if (isObj(node.properties)) for (const [k, v] of Object.entries(node.properties)) out.push(...choices(v, [...path, k], undefined));
  if (isObj(node.items)) out.push(...choices(node.items, [...path, '0'], here));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) if (Array.isArray(node[key])) for (const o of node[key] as unknown[]) out.push(...choices(o, path, here));
  return out;
}

/** A case holding only `value` at `path` (the objects and lists on the way made). */
function caseWith(path: readonly string[], value: unknown): Json {
  const root: Json = {};
  let at: Json | unknown[] = root;
  path.forEach((k, i) => {
    const last = i === path.length - 1;
    const next = last ? value : /^\d+$/.test(path[i + 1]!) ? [] : {};
    if (Array.isArray(at)) at[Number(k)] = next;
    else at[k] = next;
    at = next as Json | unknown[];
  });
  return root;
}

const WRONG = 'not-one-of-them';

/** The error a wrong value at the choice's path gets. */
function errorAt(kind: string, f: ChoiceField) {
  const r = checkCase(kind, caseWith(f.path, WRONG));
  expect(r.ok).toBe(false);
  return (r.ok ? [] : r.errors).filter((i) => i.path === f.path.join('.'));
}

/** What the message must say: the field, each label in “”, the codes in order in one aside. */
function expectChoiceWords(message: string, title: string, labels: Record<string, string>): void {
  const codes = Object.keys(labels);
  expect(message).toMatch(new RegExp(`^must be one of the choices of “${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”: `));
  for (const code of codes) expect(message).toContain(`“${labels[code]}”`);
  expect(message).toContain(`(${codes.length === 1 ? 'code' : 'codes'}: ${codes.join(', ')})`);
  // Never zod's default, nor a code in quotes as a case file writes it.
  expect(message).not.toMatch(/Invalid option|expected one of/);
  for (const code of codes) expect(message).not.toContain(`"${code}"`);
}

const ALL = KINDS.flatMap((k) => choices(caseJsonSchema(getKind(k.id))).map((f) => ({ kind: k.id, ...f })));

describe('a value outside a choice: the field and the choices by their labels, the codes beside them', () => {
  it('the walk finds the choices of all four kinds (each kind has some)', () => {
    for (const id of ['rfa', 't-visa-declaration', 'restitution-worksheet', 'best-interests-memo']) expect(ALL.filter((f) => f.kind === id).length, id).toBeGreaterThan(0);
    expect(ALL.length).toBeGreaterThanOrEqual(33);
  });

  it.each(ALL.map((f) => [`${f.kind} ${f.path.join('.')}`, f] as const))('%s', (_name, f) => {
    expect(f.title, 'a choice whose field has no title: the message could not name it').toBeDefined();
    const errors = errorAt(f.kind, f);
    expect(errors.map((i) => i.code)).toEqual(['invalid-value']);
    expectChoiceWords(errors[0]!.message, f.title!, f.labels);
  });

  it('a retired code keeps its own message (the worksheet’s "agriculture", now two codes)', () => {
    const f = ALL.find((c) => c.kind === 'restitution-worksheet' && c.path.at(-1) === 'exemption')!;
    const r = checkCase('restitution-worksheet', caseWith(f.path, 'agriculture'));
    const at = r.ok ? [] : r.errors.filter((i) => i.path === f.path.join('.'));
    expect(at.map((i) => i.message)).toEqual([expect.stringMatching(/^agriculture is now two values: agriculture-213b12 .* or agriculture-213a6 /)]);
  });

  it('a choice with a why says it after the choices (the worksheet’s gross income: labor or commercial sex acts)', () => {
    const f = ALL.find((c) => c.kind === 'restitution-worksheet' && c.labels['commercial-sex-acts'] !== undefined)!;
    const [e] = errorAt('restitution-worksheet', f);
    expect(e!.message).toMatch(/\(codes: labor, commercial-sex-acts\); the two are counted differently under 18 U\.S\.C\. § 1593\(b\)\(3\)$/);
  });

  it('the CLI’s stderr and the API’s problem+json carry the same words', async () => {
    const custody = ALL.find((c) => c.kind === 'rfa' && c.path.join('.') === 'location.custody')!;
    const body = caseWith(custody.path, 'trailer');
    const cli = await harbor(['render', 'rfa', '-'], { input: JSON.stringify(body) });
    expect(cli.status).toBe(1);
    const line = cli.stderr.split('\n').find((l) => l.startsWith('location.custody: '));
    expect(line).toBeDefined();
    expectChoiceWords(line!.slice('location.custody: '.length).replace(/ \[invalid-value\]$/, ''), 'Custody or placement', custody.labels);
    expect(line).toMatch(/ \[invalid-value\]$/);

    const { agent } = harness();
    const memo = ALL.find((c) => c.kind === 'best-interests-memo' && c.path.join('.') === 'decisionMaker.type')!;
    const res = await agent.post('/v1/documents/best-interests-memo/check').send(caseWith(memo.path, 'the-judge'));
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const issue = (res.body.errors as Array<{ path: string; code: string; message: string }>).find((i) => i.path === 'decisionMaker.type');
    expect(issue?.code).toBe('invalid-value');
    expectChoiceWords(issue!.message, memo.title!, memo.labels);
  });
});
