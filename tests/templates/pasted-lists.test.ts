// Lists typed or pasted into a narrative (src/templates/pasted-lists.ts): bulleted and numbered
// lines become markup lists, a sub-list (indented, or marked with Word's next glyph) nested in the
// item above it, where they were lines of one paragraph whose indent collapsed, so a sub-list read
// as more items of its parent. What is not a list (a lone marked line, other numberings) stays text.
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/templates/helpers.js';
import { MAX_DEPTH } from '../../src/templates/pasted-lists.js';

const md = (text: string, tag: 'p' | 'li' = 'p', lead = '') => paragraphs(text, tag, lead).toString();

describe('paragraphs: typed lists', () => {
  it('a nested bulleted list stays nested, indented or in Word\'s glyphs', () => {
    const want = '<p>Rules:</p><ul><li><p>one</p><ul><li>sub a</li><li>sub b</li></ul></li><li>two</li></ul>';
    expect(md('Rules:\n- one\n  - sub a\n  - sub b\n- two')).toBe(want);
    expect(md('Rules:\n* one\n\t* sub a\n\t* sub b\n* two')).toBe(want);
    // Word's plain text: "•", "o", "§" and a tab, with no indent.
    expect(md('Rules:\n•\tone\no\tsub a\no\tsub b\n•\ttwo')).toBe(want);
    // Three levels, back out two at once.
    expect(md('- a\n  - b\n    - c\n- d')).toBe('<ul><li><p>a</p><ul><li><p>b</p><ul><li>c</li></ul></li></ul></li><li>d</li></ul>');
  });

  it('a numbered list keeps the numbers typed, a break in them starting a list at the number', () => {
    expect(md('Days:\n1. Clean\n2. Cook\n   - breakfast\n   - dinner\n3. Wait')).toBe(
      '<p>Days:</p><ol><li>Clean</li><li><p>Cook</p><ul><li>breakfast</li><li>dinner</li></ul></li><li>Wait</li></ol>',
    );
    expect(md('4. four\n5. five')).toBe('<ol start="4"><li>four</li><li>five</li></ol>');
    expect(md('1. one\n3. three\n4. four')).toBe('<ol><li>one</li></ol><ol start="3"><li>three</li><li>four</li></ol>');
  });

  it('text after a list, a continued item and other numberings', () => {
    expect(md('- a\n- b\nAfter the list.')).toBe('<ul><li>a</li><li>b</li></ul><p>After the list.</p>');
    expect(md('- a\n  still a\n- b')).toBe('<ul><li>a<br/>still a</li><li>b</li></ul>');
  });

  it('"1)", "(1)", "a)", "(a)" and "(i)" number lists that keep their delimiters, nested at the margin too', () => {
    expect(md('1. Cook\n   1) Breakfast\n   2) Dinner\n2. Wait')).toBe('<ol><li><p>Cook</p><ol delimiter="paren"><li>Breakfast</li><li>Dinner</li></ol></li><li>Wait</li></ol>');
    expect(md('(1) one\n(2) two')).toBe('<ol delimiter="parens"><li>one</li><li>two</li></ol>');
    expect(md('a) uno\nb) dos')).toBe('<ol type="a" delimiter="paren"><li>uno</li><li>dos</li></ol>');
    // A numbered line, then lettered lines at the margin (Word's plain text): they were no list at all.
    expect(md('1. Cook\n(a) breakfast\n(b) lunch\n2. Clean')).toBe(
      '<ol><li><p>Cook</p><ol type="a" delimiter="parens"><li>breakfast</li><li>lunch</li></ol></li><li>Clean</li></ol>',
    );
    // A statute's or court form's levels, all at the margin: (a), (1), (i); "(i)" after "(h)" is a letter.
    expect(md('(a) Definitions\n(1) first\n(i) one\n(ii) two\n(2) second\n(b) Rules')).toBe(
      '<ol type="a" delimiter="parens"><li><p>Definitions</p><ol delimiter="parens"><li><p>first</p><ol type="i" delimiter="parens"><li>one</li><li>two</li></ol></li><li>second</li></ol></li><li>Rules</li></ol>',
    );
    expect(md('(g) g\n(h) h\n(i) i')).toBe('<ol type="a" delimiter="parens" start="7"><li>g</li><li>h</li><li>i</li></ol>');
    // A lone marked line stays text, as any: one "(a)" under a numbered item is a line of it.
    expect(md('1. Cook\n(a) breakfast\n2. Clean')).toBe('<ol><li>Cook<br/>(a) breakfast</li><li>Clean</li></ol>');
    expect(md('(a) only one\nthen text')).toBe('<p>(a) only one<br/>then text</p>');
  });

  it('lettered and roman sub-items are a sub-list in their numbering, indented or not (Word\'s plain text)', () => {
    const want = '<ol><li><p>Cook</p><ol type="a"><li>Breakfast</li><li>Dinner</li></ol></li><li>Wait</li></ol>';
    expect(md('1. Cook\n   a. Breakfast\n   b. Dinner\n2. Wait')).toBe(want);
    expect(md('1. Cook\na. Breakfast\nb. Dinner\n2. Wait')).toBe(want);
    expect(md('A. Intake\nB. Placement\n  i. first\n  ii. second\nC. Review')).toBe(
      '<ol type="A"><li>Intake</li><li><p>Placement</p><ol type="i"><li>first</li><li>second</li></ol></li><li>Review</li></ol>',
    );
    expect(md('I. Background\nII. Facts\nIV. Relief')).toBe('<ol type="I"><li>Background</li><li>Facts</li></ol><ol type="I" start="4"><li>Relief</li></ol>');
    expect(md('c. three\nd. four')).toBe('<ol type="a" start="3"><li>three</li><li>four</li></ol>');
  });

  it('the next number of an open list in other delimiters goes on counting as a list of its own, a first number nests', () => {
    // Pasted with its delimiters changed half-way ("a.", "b." typed, "(c)", "(d)" from a form):
    // "(c)" numbers the list's third item, never a sub-list of "b." counting from 3.
    expect(md('a. one\nb. two\n(c) three\n(d) four')).toBe('<ol type="a"><li>one</li><li>two</li></ol><ol type="a" delimiter="parens" start="3"><li>three</li><li>four</li></ol>');
    // One such line at the end is an item too, not a line of "b.".
    expect(md('a. one\nb. two\nc) third')).toBe('<ol type="a"><li>one</li><li>two</li></ol><ol type="a" delimiter="paren" start="3"><li>third</li></ol>');
    expect(md('1. one\n2. two\n(3) three')).toBe('<ol><li>one</li><li>two</li></ol><ol delimiter="parens" start="3"><li>three</li></ol>');
    // And back again, at any level: "(2)" goes on with "1." past its lettered sub-list.
    expect(md('a. one\nb. two\n(c) three\nd. four')).toBe(
      '<ol type="a"><li>one</li><li>two</li></ol><ol type="a" delimiter="parens" start="3"><li>three</li></ol><ol type="a" start="4"><li>four</li></ol>',
    );
    expect(md('1. one\na. x\nb. y\n(c) z\n(2) two')).toBe(
      '<ol><li><p>one</p><ol type="a"><li>x</li><li>y</li></ol><ol type="a" delimiter="parens" start="3"><li>z</li></ol></li></ol><ol delimiter="parens" start="2"><li>two</li></ol>',
    );
    // A lettered line opens a list when the next letter follows it in other delimiters.
    expect(md('a. one\n(b) two\n(c) three')).toBe('<ol type="a"><li>one</li></ol><ol type="a" delimiter="parens" start="2"><li>two</li><li>three</li></ol>');
    // A statute's or court form's next level starts at its first number: "(a)" under "b.", "(1)"
    // under "(a)", "(I)" under "(ii)" stay sub-lists.
    expect(md('a. x\nb. y\n(a) s\n(b) t\nc. z')).toBe('<ol type="a"><li>x</li><li><p>y</p><ol type="a" delimiter="parens"><li>s</li><li>t</li></ol></li><li>z</li></ol>');
    expect(md('(a) x\n(1) y\n(2) z\n(b) w')).toBe('<ol type="a" delimiter="parens"><li><p>x</p><ol delimiter="parens"><li>y</li><li>z</li></ol></li><li>w</li></ol>');
    expect(md('(i) x\n(ii) y\n(I) s\n(II) t\n(iii) z')).toBe(
      '<ol type="i" delimiter="parens"><li>x</li><li><p>y</p><ol type="I" delimiter="parens"><li>s</li><li>t</li></ol></li><li>z</li></ol>',
    );
    // "(i)" after "h." is the ninth letter, unless "(ii)" follows it: then a roman sub-list.
    expect(md('g. seven\nh. eight\n(i) nine\n(j) ten')).toBe('<ol type="a" start="7"><li>seven</li><li>eight</li></ol><ol type="a" delimiter="parens" start="9"><li>nine</li><li>ten</li></ol>');
    expect(md('g. seven\nh. eight\n(i) sub\n(ii) sub\ni. nine')).toBe(
      '<ol type="a" start="7"><li>seven</li><li><p>eight</p><ol type="i" delimiter="parens"><li>sub</li><li>sub</li></ol></li><li>nine</li></ol>',
    );
  });

  it('"i.", "v.", "x.", "c." are read as the list they continue: a run from "i." is roman, "c." after "b." a letter', () => {
    const letters = 'abcdefghijk'.split('').map((l) => `${l}. item ${l}`).join('\n');
    expect(md(letters)).toBe(`<ol type="a">${'abcdefghijk'.split('').map((l) => `<li>item ${l}</li>`).join('')}</ol>`);
    expect(md(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'].map((r) => `${r}. ${r}`).join('\n'))).toMatch(/^<ol type="i">(<li>[ivx]+<\/li>){11}<\/ol>$/);
    expect(md('v. fifth\nvi. sixth')).toBe('<ol type="i" start="5"><li>fifth</li><li>sixth</li></ol>');
    expect(md('a. one\nb. two\nc. three')).toBe('<ol type="a"><li>one</li><li>two</li><li>three</li></ol>');
    // Flattened by Word's plain text: roman sub-items under a letter, then the next letter.
    expect(md('a. Work\ni. cleaning\nii. cooking\niii. laundry\niv. yard\nv. car\nb. Pay')).toBe(
      '<ol type="a"><li><p>Work</p><ol type="i"><li>cleaning</li><li>cooking</li><li>laundry</li><li>yard</li><li>car</li></ol></li><li>Pay</li></ol>',
    );
  });

  it('no list where lines open with initials, or one lettered line stands alone', () => {
    expect(md('J. Pérez, cousin\nM. López, aunt')).toBe('<p>J. Pérez, cousin<br/>M. López, aunt</p>');
    expect(md('a. only one\nthen text')).toBe('<p>a. only one<br/>then text</p>');
    expect(md('i.e. that one\nii.e. no')).toBe('<p>i.e. that one<br/>ii.e. no</p>');
  });

  it('a lettered line under a numbered item with no item after it is a line of that item, not a sub-list of one', () => {
    // An initial after a numbered line ("J. Pérez"), not a sub-item "J.": the numbered list goes on.
    expect(md('1. The people in the house:\nJ. Pérez, the owner\n2. What I did there')).toBe(
      '<ol><li>The people in the house:<br/>J. Pérez, the owner</li><li>What I did there</li></ol>',
    );
    expect(md('1. Cook\n   a. Breakfast\n2. Wait')).toBe('<ol><li>Cook<br/>a. Breakfast</li><li>Wait</li></ol>');
    // After a sub-list, at the numbered item's indent: a line of that item, not of the sub-list's last.
    expect(md('1. Workers\n   - Ana\n   - Luis\nM. López came later\n2. Pay')).toBe(
      '<ol><li><p>Workers<br/>M. López came later</p><ul><li>Ana</li><li>Luis</li></ul></li><li>Pay</li></ol>',
    );
    // A letter out of a lettered list's count, with none after it.
    expect(md('a. Ana\nb. Luis\nJ. Pérez as well')).toBe('<ol type="a"><li>Ana</li><li>Luis<br/>J. Pérez as well</li></ol>');
    // Two lettered lines that count are still a sub-list.
    expect(md('1. Cook\nJ. Breakfast\nK. Dinner\n2. Wait')).toBe(
      '<ol><li><p>Cook</p><ol type="A" start="10"><li>Breakfast</li><li>Dinner</li></ol></li><li>Wait</li></ol>',
    );
  });

  it('in a numbered declaration paragraph ("li"), the list is in the paragraph\'s item', () => {
    expect(md('Rules:\n- one\n- two\n\nNext.', 'li')).toBe('<li><p>Rules:</p><ul><li>one</li><li>two</li></ul></li>\n<li>Next.</li>');
  });

  it('in numbered paragraphs, a paragraph that is only a list (a blank line typed before it) is the list of the one above it', () => {
    // It printed as a numbered paragraph holding only a list: "9.  1. They took my passport…".
    expect(md('They did two things:\n\n1. Took my passport\n2. Locked the door\n\nThen I ran.', 'li')).toBe(
      '<li><p>They did two things:</p><ol><li>Took my passport</li><li>Locked the door</li></ol></li>\n<li>Then I ran.</li>',
    );
    // A typed heading over it is no lead-in (round r60): the bold italic first line of the list's
    // paragraph, where "What they did" read as a sentence missing its colon.
    expect(md('What they did\n\n1. Took my passport\n2. Locked the door\n\nThen I ran.', 'li')).toBe(
      '<li><p><strong><em>What they did</em></strong></p><ol><li>Took my passport</li><li>Locked the door</li></ol></li>\n<li>Then I ran.</li>',
    );
    // A first paragraph that is a list keeps its number; a single marked line is text, its own paragraph.
    expect(md('- a\n- b\n\nNext.', 'li')).toBe('<li><ul><li>a</li><li>b</li></ul></li>\n<li>Next.</li>');
    expect(md('Next.\n\n1. Alone', 'li')).toBe('<li>Next.</li>\n<li>1. Alone</li>');
    // After a paragraph ending in a list, a list keeps its own paragraph: joined, it would run on as more items.
    expect(md('- a\n- b\n\n- c\n- d', 'li')).toBe('<li><ul><li>a</li><li>b</li></ul></li>\n<li><ul><li>c</li><li>d</li></ul></li>');
    // Outside numbered paragraphs the blank line stays a break between blocks.
    expect(md('What they did\n\n- a\n- b')).toBe('<p>What they did</p>\n<ul><li>a</li><li>b</li></ul>');
  });

  it('a lead opens the text before the list, or a paragraph of its own', () => {
    expect(md('Seen:\n- a\n- b', 'p', 'Details: ')).toBe('<p>Details: Seen:</p><ul><li>a</li><li>b</li></ul>');
    expect(md('- a\n- b', 'p', 'Details: ')).toBe('<p>Details: </p><ul><li>a</li><li>b</li></ul>');
  });

  it('no list where dashes open the lines of a quoted exchange, with or without the speaker', () => {
    const exchange = '- "Where is your passport?"\n- "The manager has it."\n- "When will you get it back?"';
    expect(md(exchange)).toBe(`<p>${['- &quot;Where is your passport?&quot;', '- &quot;The manager has it.&quot;', '- &quot;When will you get it back?&quot;'].join('<br/>')}</p>`);
    expect(md('- \u201cYou owe us.\u201d\n- \u201cI paid.\u201d')).toBe('<p>- \u201cYou owe us.\u201d<br/>- \u201cI paid.\u201d</p>');
    expect(md('- Ofelia: "You owe us."\n- Me: "I paid."\n- The boarding house manager: "Not enough."')).toBe(
      '<p>- Ofelia: &quot;You owe us.&quot;<br/>- Me: &quot;I paid.&quot;<br/>- The boarding house manager: &quot;Not enough.&quot;</p>',
    );
    expect(md('- ¿Dónde está tu pasaporte?\n- ¡No lo sé!')).toBe('<p>- ¿Dónde está tu pasaporte?<br/>- ¡No lo sé!</p>');
    // A labelled item is no dialogue, nor a bullet of another glyph before a quotation.
    expect(md('- Housing: stable\n- School: enrolled')).toBe('<ul><li>Housing: stable</li><li>School: enrolled</li></ul>');
    expect(md('• "Coyote" debt\n• Passport taken')).toBe('<ul><li>&quot;Coyote&quot; debt</li><li>Passport taken</li></ul>');
  });

  it('no list where there is one marked line, a dash of dialogue, "o " in a sentence or a year', () => {
    expect(md('* Not her real name.')).toBe('<p>* Not her real name.</p>');
    expect(md('- Where are you?\nShe did not answer.')).toBe('<p>- Where are you?<br/>She did not answer.</p>');
    expect(md('o sea, nada\no sea, todo')).toBe('<p>o sea, nada<br/>o sea, todo</p>');
    expect(md('2021. A year.\n2022. Another.')).toBe('<p>2021. A year.<br/>2022. Another.</p>');
    // Escaped like any text.
    expect(md('- <b>\n- a & b')).toBe('<ul><li>&lt;b&gt;</li><li>a &amp; b</li></ul>');
  });

  it('nests at most four lists deep: a deeper list line is a line of the item above it, its marker as typed', () => {
    const text = ['- a', '  - b', '    - c', '      - d', '        - e', '          1. f', '- g'].join('\n');
    const out = md(text);
    expect(out.match(/<ul>/g)).toHaveLength(4);
    expect(out).toBe('<ul><li><p>a</p><ul><li><p>b</p><ul><li><p>c</p><ul><li>d<br/>- e<br/>1. f</li></ul></li></ul></li></ul></li><li>g</li></ul>');
    // Text indented a step more on each line (a quoted e-mail) stays a few lists deep.
    const deep = Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}- item ${i}`).join('\n');
    expect(md(deep).match(/<ul>/g)).toHaveLength(MAX_DEPTH);
    for (let i = 0; i < 120; i++) expect(md(deep)).toContain(`item ${i}<`);
  });
});
