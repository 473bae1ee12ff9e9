// Helpers of the DOCX renderer tests: XML parts, a model of what Word's numbering shows, and a
// LibreOffice conversion (each with its own user profile, so parallel conversions don't collide).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestRunner } from 'vitest';
import { docxParts } from '../../support/extract.js';
import { childBound } from '../../support/until.js';

/** All matches of a regex's first group. */
export function all(re: RegExp, s: string): string[] {
  return [...s.matchAll(re)].map((m) => m[1]!);
}

/** Paragraph XML strings of a part, in order (paragraphs inside table cells included). */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g) ?? [];
}

/** Visible text of one paragraph's XML (a non-breaking hyphen as the hyphen it prints). */
export function paraText(p: string): string {
  return all(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, p.replace(/<w:noBreakHyphen\/>/g, '<w:t>-</w:t>')).join('');
}

/**
 * The number Word shows before each numbered paragraph of document.xml, computed from
 * numbering.xml the way Word does it for single-level lists: each w:num is a counter starting at
 * its level's startOverride (else the abstract level's w:start) and counting its paragraphs.
 * Returns [text, shown number] for paragraphs with a decimal number.
 */
export function wordNumbers(docx: Uint8Array): Array<[string, number]> {
  const parts = docxParts(docx);
  const numbering = parts['word/numbering.xml'] ?? '';
  const doc = parts['word/document.xml']!;
  const abstract = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) abstract.set(m[1]!, m[2]!);
  const nums = new Map<string, { abs: string; overrides: string }>();
  for (const m of numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    nums.set(m[1]!, { abs: /<w:abstractNumId w:val="(\d+)"\/>/.exec(m[2]!)![1]!, overrides: m[2]! });
  }
  const counters = new Map<string, number>();
  const out: Array<[string, number]> = [];
  for (const p of paragraphs(doc)) {
    const np = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p);
    if (!np) continue;
    const [, ilvl, numId] = np;
    const num = nums.get(numId!);
    if (!num) throw new Error(`numId ${numId} has no w:num`);
    const lvl = new RegExp(`<w:lvl w:ilvl="${ilvl}"[^>]*>([\\s\\S]*?)</w:lvl>`).exec(abstract.get(num.abs) ?? '')?.[1] ?? '';
    if (!/<w:numFmt w:val="decimal"\/>/.test(lvl)) continue;
    const override = new RegExp(`<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="(\\d+)"/>`).exec(num.overrides)?.[1];
    const start = Number(override ?? /<w:start w:val="(\d+)"\/>/.exec(lvl)?.[1] ?? '0');
    const key = `${numId}:${ilvl}`;
    const n = counters.has(key) ? counters.get(key)! + 1 : start;
    counters.set(key, n);
    out.push([paraText(p), n]);
  }
  return out;
}

/** The fonts Harbor ships (Noto Serif, the CJK fallback): what the documents name. */
const SHIPPED_FONTS = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

/**
 * A fontconfig file that adds the shipped fonts to the system's, so LibreOffice lays the DOCX out
 * in the face the document names on any machine, not in whatever a fresh machine substitutes
 * (DejaVu Sans, which is wider, wrapped "Overtim/e" on a machine without Noto Serif installed).
 * The font cache is kept per machine in the temp folder so each conversion does not rebuild it.
 */
function fontconfigFile(): string {
  const dir = join(tmpdir(), 'harbor-lo-fontconfig');
  const file = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${SHIPPED_FONTS}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

/**
 * A fontconfig file for a machine WITHOUT Harbor's fonts: the system's fonts less any Noto,
 * Droid or Nanum file in the system font folders (so the proof holds on a machine that has them
 * installed too). LibreOffice then finds Noto Serif and Droid Sans Fallback only where the DOCX
 * embeds them: it installs embedded fonts from its own profile folder, which no rule here rejects.
 */
export function fontconfigWithoutShippedFonts(): string {
  const dir = join(tmpdir(), 'harbor-lo-fontconfig-bare');
  const file = join(dir, 'fonts.conf');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const reject = ['/usr/share/fonts/*/noto/*', '/usr/share/fonts/*/droid/*', '/usr/share/fonts/*/nanum/*', '/usr/share/fonts/*Noto*', '/usr/share/fonts/*Droid*', '/usr/share/fonts/*Nanum*', '/usr/local/share/fonts/*', `${SHIPPED_FONTS}*`]
    .map((g) => `<glob>${g}</glob>`)
    .join('');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <selectfont><rejectfont>${reject}</rejectfont></selectfont>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

/** The family fontconfig gives for `family` under a fontconfig file (fc-match). */
export function fcMatch(family: string, fontconfig: string): string {
  return execFileSync('fc-match', ['-f', '%{family}', family], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: fontconfig }, ...childBound() });
}

/**
 * How long one LibreOffice conversion may take (ms). A conversion takes ~2 s on a quiet 2-core
 * machine; under a load average of 30 (the machine shared by several full test runs) they took
 * 86–220 s each (measured), and the limit was 120 s, the same as the test's own, so a slow
 * conversion failed its test as a timeout, not as a fault of the document (24 such failures in one
 * full run at load 34–50). Generous, because a conversion that hangs for good is rare and costs
 * only this much once.
 */
export const LO_CONVERSION_MS = 360_000;

/**
 * The time limit of a test (or hook) that converts `conversions` documents with LibreOffice: each
 * conversion's own limit plus a minute for the rendering and reading around them, so a slow
 * machine fails the conversion (with LibreOffice's own error) before the test's timer, never the
 * test's timer in the middle of a conversion that would have finished.
 */
export function loTimeout(conversions = 1): number {
  return conversions * LO_CONVERSION_MS + 60_000;
}

/** Conversions made so far by each running test, to check its time limit allows for them. */
const conversionsOf = new WeakMap<object, number>();

/**
 * Refuses a conversion that the running test's time limit does not allow for (`loTimeout(n)` for a
 * test of n conversions), before LibreOffice starts: otherwise such a test passes on a quiet
 * machine and times out only on a loaded one. Not checked in a hook (vitest does not say a hook's
 * limit): a hook that converts takes `loTimeout(n)` as its timeout all the same.
 */
export function checkConversionBudget(): void {
  const test = TestRunner.getCurrentTest();
  if (!test) return;
  const n = (conversionsOf.get(test) ?? 0) + 1;
  conversionsOf.set(test, n);
  if (test.timeout < loTimeout(n)) {
    throw new Error(
      `"${test.name}" converts ${n} document(s) with LibreOffice but its time limit is ${test.timeout} ms: give it loTimeout(${n}) (${loTimeout(n)} ms) from tests/render/docx/support.ts, as its last argument`,
    );
  }
}

/**
 * Convert DOCX bytes to PDF bytes with LibreOffice; throws when it fails or writes no PDF.
 * `fonts`: 'shipped' adds assets/fonts to the system's (the face the document names is found);
 * 'embedded' hides them (the DOCX must bring its own, as on most Windows and Mac machines).
 * The calling test's time limit must allow for it (`loTimeout`, checked).
 */
export function libreOfficePdf(docx: Uint8Array, fonts: 'shipped' | 'embedded' = 'shipped'): Uint8Array {
  return libreOfficePdfs([docx], fonts)[0]!;
}

/**
 * Convert several DOCX to PDF in one LibreOffice process (one start, one profile: a start is most
 * of a conversion's ~1.5 s of CPU, and six separate ones took 57 s of CI's loaded machine), each
 * document to its own PDF, in order. Each document counts as one conversion towards the test's
 * time limit (`loTimeout(n)` for n documents, checked) and adds LO_CONVERSION_MS to the process's.
 * Documents whose embedded fonts are under test (`fonts` 'embedded') may share a process: each
 * embeds its subsets under a family named by their content (src/render/docx/fonts.ts
 * subsetFamily), so one document's fonts serve another only where they are the same bytes;
 * before round r58 they shared "Noto Serif", and the first document's subset printed the next
 * (tests/render/docx/font-families.test.ts).
 */
export function libreOfficePdfs(docxs: readonly Uint8Array[], fonts: 'shipped' | 'embedded' = 'shipped'): Uint8Array[] {
  for (let i = 0; i < docxs.length; i++) checkConversionBudget();
  const dir = mkdtempSync(join(tmpdir(), 'harbor-lo-'));
  try {
    const inputs = docxs.map((docx, i) => {
      const input = join(dir, `doc${i}.docx`);
      writeFileSync(input, docx);
      return input;
    });
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs],
      { stdio: 'pipe', timeout: docxs.length * LO_CONVERSION_MS, env: { ...process.env, FONTCONFIG_FILE: fonts === 'shipped' ? fontconfigFile() : fontconfigWithoutShippedFonts() } },
    );
    // LibreOffice exits 0 when one of several files fails to convert: a missing PDF throws here.
    return docxs.map((_, i) => new Uint8Array(readFileSync(join(dir, `doc${i}.pdf`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
