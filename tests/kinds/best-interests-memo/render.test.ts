// Rendering the best-interests memo to PDF and DOCX (issue #6, "What it must show" 2 and 3; issue
// #15 points 9–13): the ten factor headings in order, the alternatives and the home study stated as
// law, every recommendation number, the not-relied-on note for an
// implicated parent, nothing truncated in the hostile case, identical bytes on every run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxParts, docxText, findInOrder, pdfPageCount, pdfPages, pdfText, squash, wordXmlText } from '../../support/extract.js';
import { expectGolden } from '../../support/golden.js';
import { libreOfficePdf, loTimeout, wordNumbers } from '../../render/docx/support.js';

const K = 'best-interests-memo';
const fixture = (name: string): any =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

const cache = new Map<string, Uint8Array>();
async function render(name: string, format: Format): Promise<Uint8Array> {
  const key = `${name}.${format}`;
  if (!cache.has(key)) cache.set(key, (await generate({ kind: K, input: fixture(name), format })).bytes);
  return cache.get(key)!;
}
async function text(name: string, format: Format): Promise<string> {
  const bytes = await render(name, format);
  return format === 'pdf' ? pdfText(bytes) : docxText(bytes);
}

// Every factor of 45 CFR 410.1001 and the Framework's two, in the memo's fixed order
// (docs/domain/best-interests-memo.md, "Factors"). Written out here, not imported from src/.
const FACTOR_HEADINGS = [
  'Safety and Well-being',
  'Expressed Interests, in Light of Age and Maturity',
  'Mental and Physical Health',
  'Family Relationships and the Wishes of Parents or Legal Guardians',
  'Adjustment to the Community',
  'Time in a Stable Environment',
  'Individualized Needs, Including Disability',
  'Liberty',
  'Development',
  'Identity, Cultural Background and Primary Language',
];
const SECTION_HEADINGS = [
  'Best-Interests Recommendation',
  '1. Summary of the Recommendation',
  '2. Role of the Child Advocate',
  '3. Sources Consulted',
  '4. Background',
  "5. The Child's Expressed Wishes",
  '6. Analysis of the Best-Interests Factors',
  ...FACTOR_HEADINGS,
  "7. Best Interests and the Child's Expressed Wishes",
  '8. Recommendations',
  'Alternatives considered',
  'Recommendations of the child advocate',
  'Respectfully submitted,',
];
const NOTE = 'Not relied on:';
// The memo's own basis (issue #15 point 3), not 8 U.S.C. § 1367.
const BANNER = 'CONFIDENTIAL — child advocate’s recommendation (8 U.S.C. § 1232(c)(6)); for the decision-maker and the child’s attorney only';
// A memo copied to no attorney names the one reader it has.
const BANNER_NO_ATTORNEY = 'CONFIDENTIAL — child advocate’s recommendation (8 U.S.C. § 1232(c)(6)); for the decision-maker only';

describe.each(['pdf', 'docx'] as const)('best-interests-memo as %s', (format) => {
  it('full: caption with the ORR case number, who decides and when, the sections and the ten factor headings, in order', async () => {
    const t = squash(await text('full', format));
    expect(findInOrder(t, [
      'To: Elena Varga',
      'From: Miriam Castellanos-Holt',
      'Re: Lucía Ajú Tzoc (A212345678; ORR case no. UC-2025-114782): Release of the child',
      'Decision by: ORR Federal Field Specialist, Houston region; decision expected by March 31, 2026',
      'Date: March 10, 2026',
    ])).toEqual({ missing: [], outOfOrder: [] });
    expect(t).not.toContain('1367');
    expect(findInOrder(t, SECTION_HEADINGS)).toEqual({ missing: [], outOfOrder: [] });
  });

  it('full: the caption and the Role part say each fact once (the advocate’s role, the attorney’s title and organization)', async () => {
    const t = squash(await text('full', format));
    expect(t).toContain('From: Miriam Castellanos-Holt, Child Advocate, Gulf Coast Child Advocacy Project Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement (ORR) on December 10, 2025');
    expect(t).not.toContain('Child Advocate appointed');
    expect(t.split('Staff Attorney, Bayou Immigrant Legal Services').length - 1).toBe(1);
    expect(t).toContain('The child\'s attorney, Sofia Brennan, represents the child\'s expressed interests.');
  });

  it('every page carries the memo’s own confidentiality banner', async () => {
    const bytes = await render('full', format);
    if (format === 'pdf') {
      const pages = pdfPages(bytes);
      expect(pages.length).toBeGreaterThan(1);
      for (const p of pages) expect(squash(p)).toContain(BANNER);
    } else {
      // Word repeats the header part on every page; the banner lives there, not in the body.
      const headers = Object.entries(docxParts(bytes)).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
      expect(headers.some(([, xml]) => squash(wordXmlText(xml)).includes(BANNER))).toBe(true);
    }
  });

  it('a memo copied to no attorney (minimal): the banner names the decision-maker alone, never the child’s attorney', async () => {
    const bytes = await render('minimal', format);
    const t = squash(await text('minimal', format));
    expect(t).not.toContain('Copy to:');
    expect(t).not.toContain('child’s attorney');
    if (format === 'pdf') {
      for (const p of pdfPages(bytes)) expect(squash(p)).toContain(BANNER_NO_ATTORNEY);
    } else {
      const headers = Object.entries(docxParts(bytes)).filter(([n]) => /^word\/header\d*\.xml$/.test(n));
      expect(headers.some(([, xml]) => squash(wordXmlText(xml)).includes(BANNER_NO_ATTORNEY))).toBe(true);
    }
  });

  it('full: the not-relied-on note stands under the implicated father’s name, after the mother’s wishes', async () => {
    const t = squash(await text('full', format));
    expect(t.split(NOTE).length - 1).toBe(1);
    // Issue #15 point 13: the note used to come right after the mother's wishes, before the
    // father's name, where it read as being about her.
    expect(findInOrder(t, ['Juana Tzoc Ixcoy (mother):', 'Ms. Tzoc wants Lucía', 'Pedro Ajú (father):', `${NOTE} Pedro Ajú is implicated in the trafficking of the child`, 'Mr. Ajú told the case manager']))
      .toEqual({ missing: [], outOfOrder: [] });
    expect(t).not.toContain('were weighed, but');
  });

  it('full: the sources sentence, readable roles and interpreters (issue #15 point 13)', async () => {
    const t = squash(await text('full', format));
    expect(t).toContain('The advocate met or spoke with the child three times and also consulted five other people, as listed below.');
    expect(t).not.toContain('Attorney (child');
    expect(t).not.toMatch(/K’iche’[^.]{0,40}K’iche’ interpreter/);
  });

  it('full: the alternatives weighed, URM among them, and the home study as a requirement of law', async () => {
    const t = squash(await text('full', format));
    expect(findInOrder(t, [
      'Alternatives considered',
      'Option Recommended Why',
      'Release to her maternal aunt, Rosa Ajú Tzoc, in Houston Yes',
      'Unaccompanied Refugee Minors program',
      'No',
      'Home study required by law',
      'Federal law requires a home study before a child who is a victim of a severe form of trafficking in persons is released to a sponsor (8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a)). OTIP has issued an Eligibility Letter for the child, so a home study must be completed before release. This is a requirement of law, not a condition set by the advocate.',
      'Recommendations of the child advocate',
    ])).toEqual({ missing: [], outOfOrder: [] });
  });

  it('a placement decision that recommends the release prints the home-study requirement too (practitioner review, m2)', async () => {
    const t = squash(await text('release-recommended-in-a-placement-decision', format));
    expect(findInOrder(t, [
      'Alternatives considered',
      'Home study required by law',
      'Federal law requires a home study before a child who is a victim of a severe form of trafficking in persons is released to a sponsor (8 U.S.C. § 1232(c)(3)(B); 45 CFR 410.1204(a)). OTIP has issued an Eligibility Letter for the child',
      'Recommendations of the child advocate',
    ])).toEqual({ missing: [], outOfOrder: [] });
  });

  it('ranked-placements: the first choice and the one in the alternative are told apart (practitioner review, m1)', async () => {
    const t = squash(await text('ranked-placements', format));
    expect(findInOrder(t, [
      'Option Recommended Why',
      'Release to her maternal aunt, Rosa Ajú Tzoc, in Houston Yes, first choice',
      'makes her eligible Yes, second choice',
      'Remaining in the ORR shelter in Houston No',
      'Post-release services for at least twelve months, in either placement Yes',
      'The advocate recommends the first choice; each later choice is recommended in the alternative, if the choices before it cannot be carried out.',
      'Home study required by law',
    ])).toEqual({ missing: [], outOfOrder: [] });
  });

  it('restrictive-placement: a child in a secure facility is recommended a shelter, never "Remaining in the shelter"', async () => {
    const t = squash(await text('restrictive-placement', format));
    expect(findInOrder(t, [
      'Current placement ORR secure facility, Yolo County, California',
      'Option Recommended Why',
      'Shelter care Yes A shelter meets Tomás’s needs now',
      'Remaining in the secure facility No',
      'Transitional foster care No',
    ])).toEqual({ missing: [], outOfOrder: [] });
    expect(t).not.toContain('Remaining in the shelter');
  });

  it('pending-relief: the Background says which relief is pending, when filed and where it stands', async () => {
    const t = squash(await text('pending-relief', format));
    expect(findInOrder(t, [
      '4. Background',
      'Immigration relief pending Asylum (filed November 3, 2025; with USCIS',
      'Special Immigrant Juvenile status (filed January 5, 2026; with USCIS, on a state-court order with SIJ findings)',
      "5. The Child's Expressed Wishes",
    ])).toEqual({ missing: [], outOfOrder: [] });
  });

  it('full (one placement recommended): no rank and no sentence about choices', async () => {
    const t = squash(await text('full', format));
    expect(t).not.toMatch(/Yes, \w+ choice|each later choice/);
    expect(t).toContain('in Houston Yes Lucía wants');
  });

  it('minimal (a transfer, no trafficking shown): no home-study paragraph', async () => {
    expect(squash(await text('minimal', format))).not.toContain('Home study required by law');
  });

  it('implicated-parent shows the not-relied-on note under the parent’s name, before the wishes', async () => {
    const t = squash(await text('implicated-parent', format));
    expect(findInOrder(t, [
      'Family Relationships and the Wishes of Parents or Legal Guardians',
      'Marta Lima Cruz (mother):',
      `${NOTE} Marta Lima Cruz is implicated in the trafficking of the child. The advocate records these wishes here but has not relied on them in this recommendation.`,
      'Ms. Lima wants Ana Sofía to be released to her',
      'Liberty',
      'Not applicable. Both options under consideration are family settings',
    ])).toEqual({ missing: [], outOfOrder: [] });
  });

  it('minimal: no parent listed, so no parents’ wishes, no note and no "not recorded" line under the factor’s own reason; a summary built from the recommendations', async () => {
    const t = squash(await text('minimal', format));
    expect(t).not.toContain(NOTE);
    expect(t).not.toContain("Wishes of the child's parents or legal guardians");
    expect(t).not.toContain('not recorded');
    expect(t).toContain('Not applicable. Tomás has no known family in the United States');
    expect(findInOrder(t, ['1. Summary of the Recommendation', 'Transfer Tomás to a transitional foster home.', '8. Recommendations', 'Transfer Tomás to a transitional foster home.']))
      .toEqual({ missing: [], outOfOrder: [] });
  });

  it('turns-18-soon prints the time-sensitive notice', async () => {
    expect(squash(await text('turns-18-soon', format))).toContain('Time-sensitive: The child turns 18 on June 8, 2026, 90 days after the date of this memo.');
  });

  it('decision-after-18: the time-sensitive box ties the hearing to the 18th birthday, marked estimated wherever printed (practitioner review, m1)', async () => {
    const t = squash(await text('decision-after-18', format));
    expect(findInOrder(t, [
      'Decision by: Immigration Judge, Houston Immigration Court; next hearing on March 30, 2026',
      'Time-sensitive: The child turns 18 on March 29, 2026 (estimated), 19 days after the date of this memo, and the Unaccompanied Refugee Minors program must be entered before that birthday.',
      'The next hearing, on March 30, 2026, is 1 day after that birthday. Because ORR custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2)), this recommendation may be moot by then.',
      'If the child is still in ORR custody on that birthday and is transferred to the custody of the Department of Homeland Security (DHS), DHS must consider placement in the least restrictive setting available',
      'which may include placement with an individual or organizational sponsor (8 U.S.C. § 1232(c)(2)(B)).',
      'Date of birth March 29, 2008 (estimated)',
      'Age on the date of this memo 17 (estimated)',
      '18th birthday March 29, 2026 (estimated), 19 days after the date of this memo',
    ])).toEqual({ missing: [], outOfOrder: [] });
    // Every "March 29, 2026" (the birthday, computed from the estimate) is marked.
    expect(t.split('March 29, 2026').length - 1).toBe(t.split('March 29, 2026 (estimated)').length - 1);
  });

  it('hostile: markup characters stay text and no long narrative is truncated', async () => {
    const t = squash(await text('hostile', format));
    const h = fixture('hostile');
    for (const s of [h.child.givenName, h.child.familyName, '王小梅', '{{childName}}', '**bold** #1 | pipe', h.advocate.name, '<h1>not a heading</h1> & {{factors}}', 'Custody {{#each x}}loop{{/each}}']) {
      expect(t, s).toContain(s);
    }
    // The 30-paragraph narrative is given whole in five fields; its last paragraph appears five times.
    expect(t.split('Paragraph 30. ').length - 1).toBe(5);
    // A recommendation may run across a page break: read it without the running banner, header
    // and page number that the break puts in the middle (the hostile name ends in "& Sons").
    const body = t.replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? only Best-interests recommendation — .*?& Sons ?/g, ' ');
    for (const r of h.recommendations) expect(body).toContain(squash(r.text));
    expect(t).toContain(squash(h.attachments[2]));
  });

  it('renders the same bytes twice', async () => {
    const again = (await generate({ kind: K, input: fixture('full'), format })).bytes;
    expect(Buffer.from(again).equals(Buffer.from(await render('full', format)))).toBe(true);
  });

  it.each(['minimal', 'full'])('%s: extracted text matches the reviewed golden file', async (name) => {
    expectGolden(`${K}/${name}.${format}.txt`, await text(name, format));
  });
});

describe('recommendation numbers', () => {
  it('PDF: each recommendation starts with its number', async () => {
    const t = squash(await text('full', 'pdf'));
    const recs = fixture('full').recommendations as Array<{ text: string }>;
    expect(findInOrder(t, recs.map((r, i) => `${i + 1}. ${r.text}`))).toEqual({ missing: [], outOfOrder: [] });
  });

  it('DOCX: Word numbers the recommendations 1 to 4 (numbering.xml)', async () => {
    const recs = fixture('full').recommendations as Array<{ text: string }>;
    // wordNumbers gives the raw XML text of each paragraph: decode the entities the texts contain.
    const decode = (x: string) => x.replace(/&apos;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const numbered = wordNumbers(await render('full', 'docx'))
      .map(([t, n]): [string, number] => [decode(t), n])
      .filter(([t]) => recs.some((r) => r.text === t));
    expect(numbered).toEqual(recs.map((r, i) => [r.text, i + 1]));
  });

  it('DOCX through LibreOffice: the numbers are visible before each recommendation', async () => {
    const t = squash(pdfText(libreOfficePdf(await render('full', 'docx'))));
    const recs = fixture('full').recommendations as Array<{ text: string }>;
    expect(findInOrder(t, recs.map((r, i) => `${i + 1}. ${r.text}`))).toEqual({ missing: [], outOfOrder: [] });
    expect(findInOrder(t, FACTOR_HEADINGS)).toEqual({ missing: [], outOfOrder: [] });
  }, loTimeout());

  // full.json's second recommendation fell at the foot of page 7 with its "Conditions:" and
  // their list on page 8: the conditions read as if they qualified nothing, or the next one.
  it.each(['pdf', 'docx'] as const)('%s: a recommendation and its conditions are on one page (full: the second one, at a page foot)', async (format) => {
    const bytes = await render('full', format);
    const pages = pdfPages(format === 'pdf' ? bytes : libreOfficePdf(bytes)).map(squash);
    const at = pages.findIndex((p) => p.includes('Continue trauma-focused therapy after release.'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(findInOrder(pages[at]!, ['Continue trauma-focused therapy after release.', 'Conditions:', 'The therapist works through a qualified K’iche’ interpreter']))
      .toEqual({ missing: [], outOfOrder: [] });
  }, loTimeout());

  it('hostile: the contacts table spans pages and repeats its header row', async () => {
    const pdf = await render('hostile', 'pdf');
    expect(pdfPageCount(pdf)).toBeGreaterThan(3);
    expect(squash(pdfText(pdf)).split('Date Person Role Language Mode').length - 1).toBeGreaterThanOrEqual(2);
  });
});

describe('right-to-left names', () => {
  // Many children in ORR custody write their names in Arabic script: both formats print it. The
  // PDF renderer refuses the right-to-left scripts it does not lay out (Syriac, Thaana, N'Ko…)
  // with the field's path (pipeline checkPrintable); DOCX carries them.
  const withArabic = () => {
    const c = fixture('minimal');
    c.child.otherNames = ['أمينة'];
    return c;
  };
  it('PDF: the Arabic name prints; a Syriac one is unsupported-script naming child.otherNames.0', async () => {
    expect(squash(pdfText((await generate({ kind: K, input: withArabic(), format: 'pdf' })).bytes))).toContain('أمينة');
    const c = withArabic();
    c.child.otherNames = ['ܡܪܝܡ'];
    await expect(generate({ kind: K, input: c, format: 'pdf' })).rejects.toMatchObject({
      code: 'unsupported-script',
      issues: [{ path: 'child.otherNames.0', code: 'unsupported-script' }],
    });
  });
  it('DOCX: a name the PDF fonts cannot show, in the running header, still renders (Word lays it out)', async () => {
    for (const name of ['أمينة', '龦']) {
      const c = fixture('minimal');
      c.child.givenName = name;
      const t = squash(docxText((await generate({ kind: K, input: c, format: 'docx' })).bytes));
      expect(t).toContain(name);
    }
  });
  it('a factor given as plain text is named by the path the user wrote, not the validated one (review B point 5)', async () => {
    const c = fixture('minimal');
    c.factors.identity = 'The child prays in Syriac: ܡܪܝܡ';
    await expect(generate({ kind: K, input: c, format: 'pdf' })).rejects.toMatchObject({
      code: 'unsupported-script',
      issues: [{ path: 'factors.identity', code: 'unsupported-script' }],
    });
    // {"notApplicable": true, "reason": "…"} is validated into notApplicable: the user wrote reason.
    c.factors.identity = { notApplicable: true, reason: 'The child prays in Syriac: ܡܪܝܡ' };
    await expect(generate({ kind: K, input: c, format: 'pdf' })).rejects.toMatchObject({ issues: [{ path: 'factors.identity.reason' }] });
    c.factors.identity = { analysis: 'The child prays in Syriac: ܡܪܝܡ' };
    await expect(generate({ kind: K, input: c, format: 'pdf' })).rejects.toMatchObject({ issues: [{ path: 'factors.identity.analysis' }] });
  });
  it('DOCX: the name is in the document', async () => {
    const t = squash(docxText((await generate({ kind: K, input: withArabic(), format: 'docx' })).bytes));
    expect(t).toContain('Also known as أمينة');
  });
});
