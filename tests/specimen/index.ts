// The specimen document (foundation issue): every element of Harbor markup, a 300-row table, a
// long multi-page narrative, names in Latin-extended, Greek, Cyrillic and CJK, and hostile values.
// Deterministic: built from fixed data, no randomness.
import { fileURLToPath } from 'node:url';
import { parseMarkup } from '../../src/markup/parse.js';
import type { HarborDocument } from '../../src/model/types.js';
import { TemplateSet } from '../../src/templates/env.js';

const DIR = fileURLToPath(new URL('./templates/', import.meta.url));

export const SPECIMEN_NAMES = [
  { script: 'Latin (Vietnamese)', name: 'Nguyễn Thị Ánh' },
  { script: 'Latin (Czech/Polish)', name: 'Dvořák Łukasz' },
  { script: 'Greek', name: 'Ελένη Παπαδοπούλου' },
  { script: 'Cyrillic', name: 'Олена Ковальчук' },
  { script: 'CJK', name: '王秀英' },
  { script: 'Latin (long)', name: 'María-José Guadalupe Fernández-Castellanos de la Santísima Trinidad Ordóñez-Valderrama' },
];

export const SPECIMEN_HOSTILE = ['<b>', '&amp;', '{{x}}', '*', '#', '|', '"quoted"', "O'Brien", '`tick`', 'a=b'];

const SENTENCES = [
  'The recruiter promised work in a restaurant and paid for the journey.',
  'On arrival the documents were taken and the debt grew every week.',
  'The hours began before dawn and ended after midnight, seven days a week.',
  'Nobody was allowed to leave the house alone or to call home.',
  'A neighbour noticed the bruises and spoke to a teacher at the school.',
  'The caseworker met the child with an interpreter in a quiet room.',
  'Every payment was recorded in a notebook that the supervisor kept.',
  'The child described the threats against the family in plain words.',
];

/** A deterministic multi-page narrative: `paras` paragraphs of numbered sentences. */
export function narrative(paras: number): string {
  const out: string[] = [];
  for (let p = 0; p < paras; p++) {
    const s: string[] = [];
    for (let i = 0; i < 6; i++) s.push(`(${p + 1}.${i + 1}) ${SENTENCES[(p * 3 + i) % SENTENCES.length]}`);
    out.push(s.join(' '));
  }
  return out.join('\n\n');
}

/**
 * The specimen's data. The defaults make the 18-page specimen; a test that reads the PDF back with a
 * tool whose cost grows with the content (poppler's -struct-text) can ask for a shorter table and
 * narrative, which still cross page breaks.
 */
export function specimenView(size: { rows?: number; paragraphs?: number } = {}): Record<string, unknown> {
  const rows = Array.from({ length: size.rows ?? 300 }, (_, i) => {
    const day = new Date(Date.UTC(2019, 0, 6 + 7 * i)); // fixed dates: Sundays from 2019-01-06
    return { n: i + 1, week: day.toISOString().slice(0, 10), hours: 40 + (i % 31), cents: 29000 + ((i * 137) % 9000) };
  });
  return {
    title: 'Harbor markup <b> & "friends"',
    caseNumber: 'SPEC-0001 | #42 * {{x}}',
    names: SPECIMEN_NAMES,
    hostile: SPECIMEN_HOSTILE,
    hostileSentence: 'A narrative may contain <b>bold-looking</b> text, &amp; entities, {{handlebars}}, *stars*, # hashes and | pipes: all of it is text.',
    firstParagraphs: 'First numbered paragraph.\n\nSecond numbered paragraph, with a line break\nin the middle.\n\nThird numbered paragraph.',
    moreParagraphs: 'Fourth paragraph continues the numbering after a heading.\n\nFifth paragraph.',
    narrative: narrative(size.paragraphs ?? 40),
    rows,
    totalCents: rows.reduce((s, r) => s + r.cents, 0),
    signer: 'Nguyễn Thị Ánh',
    signedOn: '2026-03-07',
    place: 'Houston, Texas',
  };
}

let templates: TemplateSet | undefined;

/** The specimen's markup (Handlebars output). */
export function specimenMarkup(view: Record<string, unknown> = specimenView()): string {
  templates ??= new TemplateSet([DIR]);
  return templates.render('specimen', view);
}

/** The specimen's document model. */
export function specimenModel(view: Record<string, unknown> = specimenView()): HarborDocument {
  return parseMarkup(specimenMarkup(view), 'specimen.hbs (output)', {
    kind: 'specimen',
    templateVersion: '1.0.0',
    harborVersion: '0.1.0',
    fingerprint: '0123456789abcdef',
    date: '2026-03-07',
    author: 'Harbor specimen',
  });
}
