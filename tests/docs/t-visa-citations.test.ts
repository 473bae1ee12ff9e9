// Every pinpoint of the T-visa rules (8 CFR part 214, subpart C, §§ 214.200–214.216) that the code,
// the templates or the web app prints or cites is one the kind's domain files cite, with the
// authority's words there (docs/domain/t-visa-declaration.md: "Every pinpoint below is to the
// current subpart"). The web form's summary labelled the minor exemption "8 CFR 214.204(b)(2)(ii)",
// a pinpoint no domain file gives (the exemption is 214.202(c)(1)), to the attorney who checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT } from '../support/files.js';

/** "8 CFR 214.202(c)(1)", "8 C.F.R. 214.204(c)", "8 CFR § 214.207(b)": the section and its paragraphs. */
const CITE = /\b8 C\.?F\.?R\.?\s+(?:§\s*)?(214\.2(?:0\d|1[0-6])(?:\([a-z0-9]+\))*)/g;
const pinpoints = (text: string) => [...text.matchAll(CITE)].map((m) => m[1]!);

describe('8 CFR part 214, subpart C, as the code cites it', () => {
  const docs = repoFiles('docs/domain', /^t-visa-declaration.*\.md$/).map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  // A domain file cites many pinpoints after a first "8 CFR" ("214.202(c)(1)", "(214.206(a)(1); …)").
  const cited = new Set([...docs.matchAll(/\b(214\.2(?:0\d|1[0-6])(?:\([a-z0-9]+\))*)/g)].map((m) => m[1]!));
  const files = [...repoFiles('src', /\.(ts|hbs)$/), ...repoFiles('templates', /\.hbs$/), ...repoFiles('web/src', /\.(ts|tsx)$/)];

  it('the pattern finds the pinpoints of a sentence', () => {
    expect(pinpoints('(8 CFR 214.202(c)(1)); 8 C.F.R. 214.204(c) and 8 CFR § 214.207(b); not 8 CFR 214.11 nor 8 CFR 103.2(a)(2)')).toEqual(['214.202(c)(1)', '214.204(c)', '214.207(b)']);
  });

  it('each is cited by a domain file, at that pinpoint or a finer one', () => {
    const stray = files.flatMap((f) =>
      pinpoints(readFileSync(join(ROOT, f), 'utf8'))
        .filter((p) => ![...cited].some((c) => c === p || c.startsWith(`${p}(`)))
        .map((p) => `${f}: ${p}`),
    );
    expect(stray).toEqual([]);
  });
});
