// The declarant's party lines say each thing once (docs/domain/t-visa-declaration-others.md): a
// professional whose title already names the organization read "I am a Detective, Houston Police
// Department at the Houston Police Department", and signed with the organization twice. Hits and
// non-hits, the first paragraph and the signature block, in both formats.
import { describe, expect, it } from 'vitest';
import { partsOnce, saysAlready } from '../../../src/kinds/kit/index.js';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfText, squash } from '../../support/extract.js';
import { bodyOf, fixture, K } from './support.js';

describe('a title that names the organization', () => {
  it('saysAlready: whole words, case, spacing and a leading article aside', () => {
    expect(saysAlready('Detective, Houston Police Department', 'the Houston Police Department')).toBe(true);
    expect(saysAlready('Case Manager at  houston police department', 'Houston Police Department')).toBe(true);
    expect(saysAlready('Child Advocate', 'Child Advocacy Project')).toBe(false);
    expect(saysAlready('Detective, HPD', 'Houston Police Department')).toBe(false);
    expect(saysAlready('Counselor, KINDER Center', 'KIND')).toBe(false);
    expect(partsOnce(['Detective, Houston Police Department', 'Houston Police Department'])).toEqual(['Detective, Houston Police Department']);
    expect(partsOnce([null, 'Houston Police Department', undefined])).toEqual(['Houston Police Department']);
  });

  const named = (title: string) =>
    bodyOf('supporting', (c) => {
      c.declarant.professional.title = title;
    });
  it('the first paragraph and the signature give the organization once when the title names it', () => {
    const t = named('Licensed Clinical Social Worker, Example Trauma Recovery Center');
    // As an attorney writes it (a review round later: it read "I am a Licensed Clinical Social
    // Worker, Example Trauma Recovery Center.", a capacity line inside a sentence).
    expect(t).toContain('I am a Licensed Clinical Social Worker at the Example Trauma Recovery Center. I make this declaration');
    expect(t).not.toContain('Recovery Center at the Example Trauma Recovery Center');
    expect(t).not.toContain('Example Trauma Recovery Center, Example Trauma Recovery Center');
  });
  it('a title that does not name it: “at” the organization, as before', () => {
    const t = named('Licensed Clinical Social Worker');
    expect(t).toContain('I am a Licensed Clinical Social Worker at the Example Trauma Recovery Center.');
    expect(t).toContain('Licensed Clinical Social Worker, Example Trauma Recovery Center');
  });

  it.each(['pdf', 'docx'] as const)('%s: the page says the organization once in the first paragraph and the signature', async (format: Format) => {
    const c = fixture('supporting');
    c.declarant.professional.title = 'Licensed Clinical Social Worker, Example Trauma Recovery Center';
    const bytes = (await generate({ kind: K, input: c, format })).bytes;
    const t = squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
    expect(t).toContain('I am a Licensed Clinical Social Worker at the Example Trauma Recovery Center. I make this declaration');
    // The capacity under the signature keeps the label, and nowhere the organization twice in a row.
    expect(t.match(/Licensed Clinical Social Worker, Example Trauma Recovery Center/g)?.length).toBe(1);
    expect(t).not.toMatch(/Recovery Center,? (?:at the )?Example Trauma Recovery Center/);
  });

  // The class: a self-introduction built from a title and an organization reads as a sentence.
  it.each([
    ['Detective, Houston Police Department', 'Houston Police Department', 'a Detective at the Houston Police Department'],
    ['Detective, Houston Police Department', null, 'a Detective at the Houston Police Department'],
    ['Staff Attorney – Bayou Legal Services', null, 'a Staff Attorney at Bayou Legal Services'],
    ['Professor, Rice University', null, 'a Professor at Rice University'],
    ['Staff Attorney at Bayou Legal Services', 'Bayou Legal Services', 'a Staff Attorney at Bayou Legal Services'],
    ['Licensed Clinical Social Worker, LCSW', null, 'a Licensed Clinical Social Worker, LCSW'],
    ['Detective, Human Trafficking Unit', 'Houston Police Department', 'a Detective in the Human Trafficking Unit at the Houston Police Department'],
  ])('%s (organization %s): “I am %s.”', (title, organization, said) => {
    const t = bodyOf('supporting', (c) => {
      c.declarant.professional.title = title;
      c.declarant.professional.organization = organization;
    });
    expect(t).toContain(`I am ${said}. I make this declaration`);
  });
});
