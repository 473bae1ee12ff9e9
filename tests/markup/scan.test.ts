// The fast tokeniser (src/markup/scan.ts) against htmlparser2 (`tokenizeWithLibrary`): wherever
// the fast path gives a tree it must be htmlparser2's tree, start offsets included, and it must
// give one for the markup the shipped templates write (or it would never be used).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/check.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { KINDS } from '../../src/kinds/index.js';
import { tokenizeWithLibrary } from '../../src/markup/library.js';
import { Positions } from '../../src/markup/parse.js';
import { scan, SUBSET_ENTITIES, type Node } from '../../src/markup/scan.js';
import { sealValues } from '../../src/markup/values.js';
import { defaultTemplates } from '../../src/templates/env.js';

/** htmlparser2's tree, or the error it ends in. */
function library(markup: string): Node[] | Error {
  try {
    return tokenizeWithLibrary(markup, new Positions(markup, 'test.hbs (output)'));
  } catch (e) {
    return e as Error;
  }
}

describe('the fast tokeniser', () => {
  for (const kind of KINDS) {
    it(`reads every fixture's markup of ${kind.id} as htmlparser2 does`, () => {
      for (const f of validFixtures(kind.id)) {
        const v = validateCase(kind.id, f.data);
        const markup = defaultTemplates().render(v.kind.template(v.data), sealValues(v.kind.view(v.data, v.computed, v.warnings)));
        const fast = scan(markup);
        expect(fast, `${kind.id}/${f.name}`).toBeDefined();
        expect(fast).toEqual(library(markup));
      }
    });
  }

  it('decodes the entities Handlebars writes, in text and in attributes, and restores sealed values', () => {
    const m = '<p title="a &amp; &quot;b&quot; &#x3D; \uFDD0&#x60;">x &lt;y&gt; &#x27;z&#x27; &apos;w&apos; \uFDD2&#x60;</p>';
    const t = scan(m)!;
    expect(t).toEqual([
      { kind: 'el', name: 'p', attrs: { title: 'a & "b" = <' }, start: 0, children: [{ kind: 'text', text: "x <y> 'z' 'w' &", start: m.indexOf('">') + 2 }] },
    ]);
    expect(t).toEqual(library(m));
  });

  it('gives up on everything outside its subset, which htmlparser2 then reads or refuses', () => {
    const outside = [
      '<p><!-- a comment --></p>',
      '<?xml version="1.0"?><p/>',
      '<!DOCTYPE x><p/>',
      '<p><![CDATA[x]]></p>',
      '<p>not closed',
      '<p><b></p>',
      '<p></b></p>',
      '</p>',
      '<p>&nbsp;</p>',
      '<p>&#8212;</p>',
      '<p>a & b</p>',
      '<p align="x" align="y"></p>',
      "<p align='x'></p>",
      '<p align=x></p>',
      '<p align></p>',
      '<p align="a<b"></p>',
      '<p align="x"title="y"></p>',
      '<p></p >',
      '<p>< p</p>',
      '<1p></1p>',
      '<p:x></p:x>',
      '<br/ >',
    ];
    for (const m of outside) expect(scan(m), m).toBeUndefined();
  });

  it('gives htmlparser2’s tree for any markup it reads (random markup)', () => {
    const pieces = [
      '<p>', '</p>', '<td align="right">', '</td>', '<tr>', '</tr>', '<br/>', '<br />', '<page-number/>',
      '<p\n  align="center" >', '<document title="T" banner="B">', '</document>', '<strong>', '</strong>',
      'text', ' ', '  ', '\n', '\t', '>', '"', "'", '=', '`', '&', '&bogus;', '&#38;', '&amp', '&lt', '&#x27', '&#x3d;', ';', ...SUBSET_ENTITIES,
      '\uFDD0`', '\uFDD0&#x60;', '\uFDD3&#x60;', '<!-- c -->', '</x>', "<a b='c'>", '<a b=c>', '<a b="x&lt;y">',
      '<a b="1" b="2">', '</ p>', '< p>', '<1>', '<a/>', '<a b="c"/>', '<a\tb="&amp;&#x60;">', '<?pi?>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const m = parts.join('');
        const fast = scan(m);
        if (fast !== undefined) expect(fast).toEqual(library(m));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads well-formed random markup (so the property above is not vacuous)', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('text', ' ', '\n', '&amp;', '&#x60;', '<br/>', '<strong>x</strong>', '<td align="right">1</td>'), { maxLength: 20 }),
        (parts) => {
          const m = `<p title="t &quot;x&quot;">${parts.join('')}</p>`;
          const fast = scan(m);
          expect(fast).toBeDefined();
          expect(fast).toEqual(library(m));
          read++;
        },
      ),
      { numRuns: 500 },
    );
    expect(read).toBe(500);
  });
});
