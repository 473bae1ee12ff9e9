// A heading typed inside a narrative ("What happened in Houston" on a line of its own) printed as a
// numbered paragraph of its own, "3. What happened in Houston": a declaration's numbered paragraphs
// are the statements the declarant swears to and counsel cites by number. It prints as an
// unnumbered sub-heading, the numbers running on under it; in a dated paragraph's further
// paragraphs, as the bold first line of the paragraph it introduces (an h3 there would reach over
// the dated paragraphs after it). Each narrative holding one is the warning `typed-heading`, since
// a statement typed without its period reads the same (docs/markup.md, "Typed headings"; the
// decision in the kind's README).
import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type Inline } from '../../../src/model/types.js';
import { buildDocument } from '../../../src/pipeline.js';
import { checkCase } from '../../../src/check.js';
import { isTypedHeading } from '../../../src/templates/typed-headings.js';
import { fixture, K } from './support.js';

/** The body as lines: "# heading", "N. text" for a numbered paragraph (its blocks' text joined by " / ", bold in **). */
function outline(c: unknown): string[] {
  const out: string[] = [];
  const text = (b: Block): string =>
    b.type === 'paragraph' ? b.children.map((n: Inline) => (n.type === 'text' && n.bold ? `**${n.text}**` : inlineText([n]))).join('') : b.type === 'list' ? b.items.map((i) => i.children.map(text).join(' / ')).join(' / ') : b.type;
  const walk = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'heading') out.push(`${'#'.repeat(b.level)} ${inlineText(b.children)}`);
      else if (b.type === 'list' && b.series === 'decl') b.items.forEach((i) => out.push(`${i.number}. ${i.children.map(text).join(' / ')}`));
      else if (b.type === 'keep') walk(b.children);
    }
  };
  walk(buildDocument(K, c).model.body);
  return out;
}

describe('a heading typed in a narrative', () => {
  it('prints as an unnumbered sub-heading, the numbers running on; the acts after the narrative take their own heading', () => {
    const o = outline(fixture('typed-heading'));
    const from = o.indexOf('## What Happened to Me');
    expect(o.slice(from, from + 8)).toEqual([
      '## What Happened to Me',
      '### What happened in Houston',
      '2. A man named Rolando met me at the bus station. He said he had work for me at a cleaning company.',
      '3. He told me three things: / I owed him $9,000 for the trip / I could not leave the apartment without him / nobody would believe me',
      '### The cleaning company',
      '4. I cleaned offices every night and he kept all my pay.',
      // Under "The cleaning company" the dated act read as part of that part of the story.
      '### What They Did to Me',
      expect.stringMatching(/^5\. \*\*June 5, 2023\.\*\* The owner/) as unknown as string,
    ]);
  });
  it('in a dated paragraph’s further paragraphs, the bold first line of the one it introduces', () => {
    const o = outline(fixture('typed-heading'));
    expect(o).toContain('6. **At the apartment** / He locked the door from the outside every night.');
    expect(o.some((l) => /^\d+\. At the apartment$/.test(l))).toBe(false);
  });
  it('in a supporting declaration’s narratives too', () => {
    const c = fixture('supporting');
    c.declarant.qualifications = `Education\n\n${c.declarant.qualifications}`;
    const o = outline(c);
    expect(o.slice(o.indexOf('## My Qualifications'), o.indexOf('## My Qualifications') + 3)).toEqual([
      '## My Qualifications',
      '### Education',
      '2. I hold a Master of Social Work from an accredited university and have been licensed as a clinical social worker in Texas since 2014.',
    ]);
  });
  it('in qualifications or findings: the license and contact, and the diagnoses, printed after them take a heading of their own', () => {
    const c = fixture('supporting');
    c.declarant.qualifications = `Education\n\n${c.declarant.qualifications}`;
    c.supporting.findings = `What the tests showed\n\n${c.supporting.findings}`;
    const o = outline(c);
    const q = o.indexOf('## My Qualifications');
    // Under "Education" the license and the telephone read as the declarant's education.
    expect(o.slice(q, q + 7)).toEqual([
      '## My Qualifications',
      '### Education',
      expect.stringMatching(/^2\. I hold a Master of Social Work/) as unknown as string,
      expect.stringMatching(/^3\. For nine years/) as unknown as string,
      '### My License and How to Reach Me',
      '4. I hold the following license: Licensed Clinical Social Worker (LCSW), number LCSW-0000000, issued in Texas.',
      expect.stringMatching(/^5\. I can be reached at /) as unknown as string,
    ]);
    const f = o.indexOf('## Professional Findings');
    expect(o.slice(f, f + 5)).toEqual([
      '## Professional Findings',
      '### What the tests showed',
      expect.stringMatching(/^\d+\. Her scores and my clinical interviews/) as unknown as string,
      expect.stringMatching(/^\d+\. Her progress depends/) as unknown as string,
      '### My Diagnoses',
    ]);
    expect(o[f + 5]).toMatch(/^\d+\. My diagnoses, with their ICD-10-CM codes, are: F43\.10/);
    // An unlicensed professional (who makes no diagnosis): the contact sentence alone, "How to Reach Me".
    c.declarant.professional.licensed = false;
    delete c.declarant.professional.license;
    c.supporting.diagnoses = [];
    const u = outline(c);
    expect(u[u.indexOf('### How to Reach Me') + 1]).toMatch(/^4\. I can be reached at /);
    expect(u).not.toContain('### My Diagnoses');
  });
  it('in the relationship: the dated contacts after it take a heading of their own', () => {
    const c = fixture('parent-signs');
    c.declarant.relationship = `Before he came\n\n${c.declarant.relationship}`;
    c.supporting.contacts = [{ from: '2024-11-01', to: null, text: 'He has lived with me in Miami.' }];
    const o = outline(c);
    const i = o.indexOf('### Before he came');
    expect(o.slice(i, i + 4)).toEqual([
      '### Before he came',
      expect.stringMatching(/^\d+\. Mateo lived with his father/) as unknown as string,
      '### Our Contact Over Time',
      expect.stringMatching(/^\d+\. \*\*Since November 1, 2024\.\*\* He has lived with me in Miami\.$/) as unknown as string,
    ]);
    // No heading typed: none added.
    c.declarant.relationship = c.declarant.relationship.replace('Before he came\n\n', '');
    expect(outline(c)).not.toContain('### Our Contact Over Time');
  });
  it('with no heading typed in them, the license, contact and diagnoses stay under the section’s own heading', () => {
    const o = outline(fixture('supporting'));
    expect(o.filter((l) => l.startsWith('### '))).toEqual([]);
    expect(o[o.indexOf('## My Qualifications') + 3]).toMatch(/^4\. I hold the following license/);
  });
  it('as a dated paragraph’s first paragraph: the item’s bold first line, the date opening the paragraph after it', () => {
    const c = fixture('typed-heading');
    c.trafficking.acts[0].description = `The first night\n\n${c.trafficking.acts[0].description}`;
    const o = outline(c);
    // After the date it read "June 5, 2023. The first night", that day's first sentence.
    expect(o).toContain(
      '5. **The first night** / **June 5, 2023.** The owner of the cleaning company took my passport on my first day and told me I owed him $9,000 for the trip. I cleaned offices every night from 8 p.m. to 6 a.m. and he kept all my pay.',
    );
    expect(o).toContain('6. **At the apartment** / He locked the door from the outside every night.');
    expect(o.some((l) => /June 5, 2023\.\*\* The first night/.test(l))).toBe(false);
    // A supporting declarant's dated disclosure too, the paragraph after the heading opening with a list.
    const s = fixture('supporting');
    s.supporting.disclosures[0].text = `The locked room\n\nShe told me two things:\n- he locked her room at night\n- he hit her with his belt\n\nShe was fourteen.`;
    const so = outline(s);
    const i = so.findIndex((l) => l.includes('The locked room'));
    expect(so.slice(i, i + 2)).toEqual([
      expect.stringMatching(/^\d+\. \*\*The locked room\*\* \/ \*\*February 20, 2023, in our second session\.\*\* She told me two things: \/ he locked her room at night \/ he hit her with his belt$/) as unknown as string,
      expect.stringMatching(/^\d+\. She was fourteen\.$/) as unknown as string,
    ]);
  });
  it('followed only by a typed list, the bold italic first line of the paragraph the list makes, not its plain lead-in (round r60)', () => {
    // The list was joined to the paragraph above it (listsJoined), the heading too: "3. What he
    // took from me / my passport / …" read as the list's lead-in, a sentence missing its colon.
    // Not an h3 over the list's paragraph: the DOCX printed that paragraph's number alone on a
    // line above the bullets.
    const c = fixture('typed-heading');
    c.trafficking.narrative = 'A man named Rolando met me at the bus station.\n\nWhat he took from me\n\n- my passport\n- my phone\n\nThe cleaning company\n\nI cleaned offices every night.';
    const o = outline(c);
    const i = o.indexOf('3. **What he took from me** / my passport / my phone');
    expect(o.slice(i - 1, i + 3)).toEqual(['2. A man named Rolando met me at the bus station.', '3. **What he took from me** / my passport / my phone', '### The cleaning company', '4. I cleaned offices every night.']);
    const r = checkCase(K, c);
    if (!r.ok) throw new Error('the case is valid');
    expect(r.warnings.filter((w) => w.code === 'typed-heading').map((w) => w.message)).toEqual([expect.stringContaining('paragraphs 2 and 4 are each one line')]);
    // In a dated paragraph's further paragraphs: the list's bold first line.
    c.trafficking.acts[0].description = 'He took my passport.\n\nWhat he made me do\n\n- clean offices\n- carry his boxes';
    expect(outline(c)).toContain('5. **June 5, 2023.** He took my passport.');
    expect(outline(c)).toContain('6. **What he made me do** / clean offices / carry his boxes');
    // A lead-in that is a statement still opens its list ("He told me three things:").
    c.trafficking.narrative = 'He told me two things:\n\n- I owed him money\n- nobody would believe me';
    expect(outline(c)).toContain('2. He told me two things: / I owed him money / nobody would believe me');
  });
  it('a line that is a statement stays a numbered paragraph: with its punctuation, as the last paragraph, opening a list, or a dialogue', () => {
    const c = fixture('minimal');
    c.trafficking.narrative = 'They did three things:\n\nThey took my passport.\n\n“You owe us”\n\nI was fourteen\n\nI want to stay';
    const o = outline(c);
    for (const s of ['They did three things:', 'They took my passport.', '“You owe us”', 'I want to stay']) expect(o.some((l) => new RegExp(`^\\d+\\. ${s}$`, 'u').test(l))).toBe(true);
    // A statement typed without its period reads as a heading: the warning names it.
    expect(o).toContain('### I was fourteen');
    const r = checkCase(K, c);
    if (!r.ok) throw new Error('the case is valid');
    expect(r.warnings.filter((w) => w.code === 'typed-heading')).toEqual([
      expect.objectContaining({ path: 'trafficking.narrative', message: expect.stringContaining('paragraph 4 is one line') }),
    ]);
  });
  it('the rule, line by line', () => {
    expect(isTypedHeading('What happened in Houston', true)).toBe(true);
    expect(isTypedHeading('在休斯顿发生的事', true)).toBe(true);
    expect(isTypedHeading('What happened in Houston', false)).toBe(false);
    expect(isTypedHeading('what happened next was worse', true)).toBe(false);
    expect(isTypedHeading('- a bullet alone', true)).toBe(false);
    expect(isTypedHeading('在休斯顿发生的事。', true)).toBe(false);
    expect(isTypedHeading('A line\nand another', true)).toBe(false);
    expect(isTypedHeading('One two three four five six seven eight nine ten eleven', true)).toBe(false);
  });
});
