// A supporting declaration's headings name the applicant as the sentences under them do, by the
// given name (the form's, when given), after the first paragraph has given the full name: "How I
// Know Lucía Fernanda Morales Quispe" stood beside "What Lucía Fernanda Told Me" (round r60;
// docs/domain/t-visa-declaration-others.md, "Supporting declarations").
import { describe, expect, it } from 'vitest';
import { bodyOf } from './support.js';

const headings = (t: string) => t.split('\n').filter((l) => /^(How I |What .* Told Me$|.* and Me$)/.test(l));

describe('the applicant’s name in a supporting declaration’s headings', () => {
  it('the full name once in the first paragraph, the given name in every heading', () => {
    const t = bodyOf('supporting');
    expect(t).toContain('in support of the application of Lucía Fernanda Morales Quispe for T nonimmigrant status');
    expect(headings(t)).toEqual(['How I Know Lucía Fernanda', 'How I Assessed Her', 'What Lucía Fernanda Told Me']);
  });
  it('without pronouns the assessment heading names her too, by the same name', () => {
    const t = bodyOf('supporting', (c) => (c.applicant.pronouns = null));
    expect(headings(t)).toEqual(['How I Know Lucía Fernanda', 'How I Assessed Lucía Fernanda', 'What Lucía Fernanda Told Me']);
  });
  it('the name as on Form I-914 gives the headings its given name, as it gives the sentences', () => {
    const t = bodyOf('supporting', (c) => {
      c.applicant.givenName = '秀英';
      c.applicant.familyName = '林';
      c.applicant.nameOnForm = { givenName: 'Xiuying', familyName: 'LIN' };
      c.applicant.pronouns = null;
    });
    expect(t).toContain('in support of the application of LIN Xiuying (林秀英) for T nonimmigrant status');
    expect(headings(t)).toEqual(['How I Know Xiuying', 'How I Assessed Xiuying', 'What Xiuying Told Me']);
  });
});
