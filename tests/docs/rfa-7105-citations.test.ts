// 22 U.S.C. § 7105(b)(1) as the RFA kind cites it (docs/domain/rfa.md, Authorities, "24 hours" and
// "The text of § 7105 read"). Until round r57 the code and the domain files cited "§ 7105(b)(1)"
// for the 24-hour notice, a paragraph of (A) to (H), where (H) is exact, and called the notice one
// for a "foreign-national minor", where (H) says "a person who is under 18 years of age" (OTIP's
// instructions say "foreign national minor": the RFA is OTIP's form for one); and the text read came
// from an unofficial copy that the docs named only in passing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFiles, ROOT } from '../support/files.js';

/** "§ 7105(b)(1)" with no subparagraph after it: a paragraph of eight, no pinpoint. */
const BARE = /7105\s*\(b\)\s*\(1\)(?!\s*\()/g;
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('§ 7105(b)(1) in the RFA kind', () => {
  const files = [...repoFiles('src/kinds/rfa', /\.(ts|md)$/), ...repoFiles('docs/domain', /^rfa.*\.md$/), 'templates/rfa.hbs'];

  it('the pattern finds a bare paragraph, not a subparagraph', () => {
    expect('§ 7105(b)(1), § 7105(b)(1)(H), § 7105(b)(1)(C)(ii)(I), § 7105 (b) (1):'.match(BARE)).toHaveLength(2);
  });

  it('every citation names its subparagraph', () => {
    const bare = files.flatMap((f) => [...read(f).matchAll(BARE)].map((m) => `${f}: …${read(f).slice(Math.max(0, m.index - 60), m.index + 14)}`));
    expect(bare).toEqual([]);
  });

  it('the rows of the 24 hours and of one request per child say whom (H) covers, and what Harbor’s RFA covers', () => {
    const rows = read('docs/domain/rfa.md').split('\n');
    const day = rows.find((l) => l.startsWith('| 24 hours |'))!;
    const each = rows.find((l) => l.startsWith('| One request per child |'))!;
    // The statute: any person under 18, an official's duty; the RFA: OTIP's form for a foreign-national minor.
    expect(day).toContain('covers any person under 18, a U.S. citizen too');
    expect(day).toContain('Harbor\'s RFA is that form, for a foreign-national minor in the United States');
    expect(each).toContain('22 U.S.C. § 7105(b)(1)(H) (an official\'s 24-hour notice is owed for each "person who is under 18 years of age"');
    // What the rows said before: the statute's notice a foreign national's only.
    for (const row of [day, each]) expect(row).not.toMatch(/discovering that a foreign-national minor|each foreign-national minor an official/);
  });

  it('the domain file quotes (H) and names the copy it was read in', () => {
    const rfa = read('docs/domain/rfa.md');
    const row = rfa.split('\n').find((l) => l.startsWith('| 24 hours |'))!;
    expect(row).toContain('22 U.S.C. § 7105(b)(1)(H)');
    expect(row).toContain('a person who is under 18 years of age may be a victim of a severe form of trafficking in persons, the official shall notify the Secretary of Health and Human Services');
    const copy = rfa.slice(rfa.indexOf('### The text of § 7105 read'));
    expect(copy).toContain('**unofficial**');
    expect(copy).toContain('`codexstanford/markdonw-chunck-of-the-usa-code`');
    expect(copy).toContain('`chuncks/title-22/chunck-5997.md`');
    expect(copy).toMatch(/commit\s+`[0-9a-f]{40}`/);
  });
});
