// Lists typed in a dated paragraph (an act, a means, the escape, a departure, a law-enforcement
// contact, a hardship factor, a supporting declarant's contact, observation or disclosure) print
// as lists with their nesting, the bold lead opening the text before them (docs/markup.md, "Typed
// lists"; src/kinds/t-visa-declaration/dated-view.ts). They printed as lines of one paragraph,
// trimmed, so a sub-list read as more items of its parent (and a supporting contact's lines ran
// together into one).
import { describe, expect, it } from 'vitest';
import { inlineText, type Block, type Inline, type ListItem } from '../../../src/model/types.js';
import { buildDocument } from '../../../src/pipeline.js';
import { dated } from '../../../src/kinds/t-visa-declaration/dated-view.js';
import { fixture, K } from './support.js';

/** Every numbered paragraph of the declaration (an item of the series "decl"). */
function numbered(c: unknown): ListItem[] {
  const out: ListItem[] = [];
  const walk = (bs: Block[]): void => {
    for (const b of bs) {
      if (b.type === 'list' && b.series === 'decl') out.push(...b.items);
      else if (b.type === 'keep') walk(b.children);
    }
  };
  walk(buildDocument(K, c).model.body);
  return out;
}

/** A block as a small outline: a paragraph's text (bold runs in **), a list's items nested. */
function outline(b: Block): unknown {
  if (b.type === 'paragraph') return b.children.map((n: Inline) => (n.type === 'text' && n.bold ? `**${n.text}**` : inlineText([n]))).join('');
  if (b.type === 'list') return { [b.ordered ? 'ol' : 'ul']: b.items.map((i) => (i.children.length === 1 ? outline(i.children[0]!) : i.children.map(outline))) };
  return b.type;
}

/** The numbered paragraph whose text starts with `start`, as an outline of its blocks. */
function item(c: unknown, start: string): unknown[] {
  const found = numbered(c).find((i) => {
    const p = i.children[0]!;
    return p.type === 'paragraph' && inlineText(p.children).startsWith(start);
  });
  if (!found) throw new Error(`no numbered paragraph starts with ${start}`);
  return found.children.map(outline);
}

const LIST = 'Every day he made me:\n- clean the house\n  - the kitchen\n  - the rooms\n- cook';
const NESTED = ['Every day he made me:', { ul: [['clean the house', { ul: ['the kitchen', 'the rooms'] }], 'cook'] }];

describe('a typed list in a dated paragraph', () => {
  it('prints nested under its bold lead in an act, a means, the escape, a law-enforcement contact and a hardship factor', () => {
    const c = fixture('full');
    c.trafficking.acts[1].description = LIST;
    c.trafficking.means[0].narrative = `Lies. ${LIST}`;
    c.escapes[0].narrative = `I ran. ${LIST}`;
    c.lawEnforcement.contacts[0].narrative = `I told them. ${LIST}`;
    c.hardship.factors[0].narrative = `Nobody there. ${LIST}`;
    const [, ...rest] = NESTED;
    expect(item(c, 'June 14, 2021.')).toEqual([`**June 14, 2021.** ${NESTED[0]}`, ...rest]);
    expect(item(c, 'Lies and false promises.')).toEqual([`**Lies and false promises.** Lies. ${NESTED[0]}`, ...rest]);
    expect(item(c, 'January 20, 2023.')).toEqual([`**January 20, 2023.** I ran. ${NESTED[0]}`, ...rest]);
    expect(item(c, 'On February 6, 2023, I was in contact')).toEqual([expect.stringMatching(/^\*\*On February 6, 2023, I was in contact with the Houston .*\.\*\* I told them\. Every day he made me:$/), ...rest, '(See Exhibit A.)']);
    // A factor's citation closes the paragraph after the list, not inside its last item.
    expect(item(c, `Nobody there.`)).toEqual([`Nobody there. ${NESTED[0]}`, ...rest, expect.stringMatching(/^\(See Exhibit [A-Z]\.\)$/)]);
  });

  it('a paragraph opening with a list gives the lead a paragraph of its own; further paragraphs keep theirs', () => {
    const c = fixture('full');
    c.trafficking.means[1].narrative = '- He said the debt grew.\n- He said:\n    1. one\n    2. two\n\n- a\n- b';
    expect(item(c, 'Threats and pressure.')).toEqual(['**Threats and pressure.**', { ul: ['He said the debt grew.', ['He said:', { ol: ['one', 'two'] }]] }]);
    const all = numbered(c).map((i) => i.children.map(outline));
    expect(all).toContainEqual([{ ul: ['a', 'b'] }]);
  });

  it('in a departure and in a supporting declarant’s contacts, observations and disclosures', () => {
    const f = fixture('full');
    f.travel.departures[0].explanation = LIST;
    expect(item(f, 'From August 3 to')).toEqual([expect.stringMatching(/^\*\*From August 3 to .*\*\* Every day he made me:$/), ...NESTED.slice(1)]);
    const s = fixture('supporting');
    s.supporting.contacts[0].text = `I have met with her every week:\n- alone\n- in a group\n\nShe has not missed a session.`;
    s.supporting.observations[0].text = LIST;
    s.supporting.disclosures[0].text = LIST;
    expect(item(s, 'Since February 13, 2023')).toEqual(['**Since February 13, 2023.** I have met with her every week:', { ul: ['alone', 'in a group'] }]);
    expect(numbered(s).map((i) => i.children.map(outline))).toContainEqual(['She has not missed a session.']);
    expect(item(s, 'February 13, 2023.')).toEqual([`**February 13, 2023.** ${NESTED[0]}`, ...NESTED.slice(1)]);
    expect(item(s, 'February 20, 2023, in our second session.')).toEqual([`**February 20, 2023, in our second session.** ${NESTED[0]}`, ...NESTED.slice(1)]);
  });

  it('a paragraph that is only a list, a blank line typed before it, is the list of the text above it', () => {
    // It printed as a numbered paragraph holding only the list ("13.  1. They took my passport.").
    const c = fixture('full');
    c.trafficking.acts[1].description = 'They did three things:\n\n1. They took my passport.\n2. They locked the door.\n\nThen they left.';
    c.hardship.factors[0].narrative = 'There is nothing there:\n\n- no clinic\n- no counsellor';
    expect(item(c, 'June 14, 2021.')).toEqual(['**June 14, 2021.** They did three things:', { ol: ['They took my passport.', 'They locked the door.'] }]);
    expect(numbered(c).map((i) => i.children.map(outline))).toContainEqual(['Then they left.']);
    expect(item(c, 'There is nothing there:')).toEqual(['There is nothing there:', { ul: ['no clinic', 'no counsellor'] }, expect.stringMatching(/^\(See Exhibit [A-Z]\.\)$/)]);
    expect(numbered(c).filter((i) => i.children[0]!.type === 'list')).toEqual([]);
  });

  it('a dated paragraph without a list prints as before: lines of one item', () => {
    const c = fixture('full');
    c.trafficking.acts[0].description = 'One.\n  Two, indented.\n\nThree.';
    expect(item(c, 'May 2021.')).toEqual(['**May 2021.** One.\nTwo, indented.']);
    expect(numbered(c).map((i) => i.children.map(outline))).toContainEqual(['Three.']);
  });
});

describe('dated()', () => {
  it('splits the first paragraph where its list begins, keeping each line as typed for the list', () => {
    expect(dated('May 2021.', 'Text:\n- a\n  - b\n- c\n\nMore.', ['A'])).toMatchObject({
      openingText: 'Text:',
      openingList: '- a\n  - b\n- c',
      further: ['More. (See Exhibit A.)'],
      first: ['Text:', '- a', '- b', '- c'],
      rest: [['More. (See Exhibit A.)']],
    });
    expect(dated('', '- a\n- b', ['A', 'B'])).toMatchObject({ openingText: '', openingList: '- a\n- b\n(See Exhibits A and B.)' });
    // One marked line is no list: the citation closes its line.
    expect(dated('', 'Text.\n- a lone dash', ['A'])).toMatchObject({ openingText: 'Text.\n- a lone dash (See Exhibit A.)', openingList: '' });
  });
});
