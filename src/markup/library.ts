// htmlparser2's tokenising of Harbor markup: the definition of the markup's syntax, for what the
// scanner (./scan.ts) hands over (anything outside its subset, every syntax error included). A
// module of its own, loaded only then (./parse.ts `loadMarkupLibrary`): issue 18, cold start.
import { Parser } from 'htmlparser2';
import type { HarborError } from '../errors.js';
import type { Positions } from './parse.js';
import type { El, Node } from './scan.js';
import { unseal } from './values.js';

/** Tokenise with htmlparser2: the definition of the markup's syntax (the tests of ./scan.ts compare the scanner with it). */
export function tokenizeWithLibrary(markup: string, pos: Positions): Node[] {
  const root: El = { kind: 'el', name: '#root', attrs: {}, children: [], start: 0 };
  const stack: El[] = [root];
  const explicitCloses: number[] = [];
  let failure: HarborError | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // htmlparser2 hands each tag an object of its own: its values are unsealed in place.
        for (const k in attrs) attrs[k] = unseal(attrs[k]!);
        const el: El = { kind: 'el', name, attrs, children: [], start: parser.startIndex };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      onclosetag(name, isImplied) {
        const el = stack.pop();
        if (!isImplied) {
          explicitCloses.push(parser.startIndex);
          return;
        }
        // htmlparser2 reports both `<br/>` and a never-closed element as an implied close; only
        // the self-closing form is legitimate.
        const selfClosed = el !== undefined && el.start === parser.startIndex && markup.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if (!selfClosed && el) failure ??= pos.error(el.start, `element <${name}> is not closed where it should be`);
      },
      ontext(text) {
        const parent = stack[stack.length - 1]!;
        const last = parent.children[parent.children.length - 1];
        if (last && last.kind === 'text') last.text += text;
        else parent.children.push({ kind: 'text', text, start: parser.startIndex });
      },
      oncomment() {
        failure ??= pos.error(parser.startIndex, 'comments are not part of Harbor markup (use {{!-- --}} in templates)');
      },
      onprocessinginstruction() {
        failure ??= pos.error(parser.startIndex, 'processing instructions are not part of Harbor markup');
      },
      oncdatastart() {
        failure ??= pos.error(parser.startIndex, 'CDATA sections are not part of Harbor markup');
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(markup);
  if (failure) throw failure;
  // Sealed value characters back to themselves (./values.ts), once each text node is whole:
  // htmlparser2 may hand a text over in pieces, split at an entity.
  const unsealAll = (el: El): void => {
    for (const c of el.children) {
      if (c.kind === 'text') c.text = unseal(c.text);
      else unsealAll(c);
    }
  };
  unsealAll(root);
  // htmlparser2 silently drops a closing tag that matches no open element; in Harbor markup a
  // literal "<" in text is always escaped, so every "</" starts a real closing tag. Each explicit
  // close the parser reported starts at a distinct "</": when there are as many "</" as reports,
  // none was dropped; otherwise the first "</" not reported is named.
  let closes = 0;
  for (let i = markup.indexOf('</'); i !== -1; i = markup.indexOf('</', i + 2)) closes++;
  if (closes !== explicitCloses.length) {
    const reported = new Set(explicitCloses);
    for (const m of markup.matchAll(/<\/([^\s>]*)/g)) {
      if (!reported.has(m.index)) throw pos.error(m.index, `closing tag </${m[1]}> has no matching open tag`);
    }
  }
  return root.children;
}
