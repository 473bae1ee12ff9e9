// A person's name as a document prints it, from the case's given and family names: in the order
// the name's own script writes it, and its initials for a file's metadata. Shared by the kinds
// (the T-visa declaration first; docs/domain/t-visa-declaration-form.md, "Names").

/** A name written in Chinese characters, Japanese kana or Korean Hangul only (and their marks). */
const EAST_ASIAN_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\u30FB\u3005 ]+$/u;

/**
 * A person's full name from the case's given and family names, in the order the name's own
 * script writes it: "Lucía Fernanda Morales Quispe" (given first), but "陈美玲" for family name
 * 陈 and given name 美玲, family name first and without a space, as Chinese, Japanese and Korean
 * names are written (and as the applicant's documents in that script show them). Given first,
 * with a space, whenever either part has a letter of another script ("Mei Ling 陈" stays so).
 */
export function personName(givenName: string, familyName: string): string {
  const g = givenName.trim();
  const f = familyName.trim();
  if (familyFirst(g, f)) return `${f}${g}`;
  // A person of one name (no family name: kit one-name.ts) prints that name alone, with no space after it.
  if (f === '') return givenName;
  if (g === '') return familyName;
  return `${givenName} ${familyName}`;
}

/** Whether a text has a letter of the Latin script (A–Z and the accented Latin letters). */
export function hasLatinLetter(s: string): boolean {
  return /\p{Script=Latin}/u.test(s);
}

/** Whether every letter of a text is a Latin letter (marks, spaces, hyphens and apostrophes aside). */
export function latinLettersOnly(s: string): boolean {
  return !/(?!\p{Script=Latin})\p{L}/u.test(s);
}

/**
 * A person's name as a document prints it when the case also gives the name as written on a form
 * in Latin letters (Form I-914 is completed in English): the form's name first, so the reader can
 * match the document to the form, and the name in its own script after it in parentheses, as the
 * person's documents write it. "LIN Xiuying (林秀英)": a name written family name first in its own
 * script (Chinese, Japanese, Korean) keeps that order in Latin letters, the family name in
 * capitals to say which part it is; others read given name first, "Olha Petrenko (Ольга
 * Петренко)". The same name loosely (`nameKey`: "Maria Lopez" for "María López") is not repeated:
 * the name as the person writes it prints alone. Without a form name, `personName`.
 * (docs/domain/t-visa-declaration-form.md, "Names")
 */
export function nameWithFormName(givenName: string, familyName: string, form: { givenName: string; familyName: string } | null): string {
  const own = personName(givenName, familyName);
  if (form === null) return own;
  const g = form.givenName.trim();
  const f = form.familyName.trim();
  const latin = familyFirst(givenName.trim(), familyName.trim()) ? `${f.toLocaleUpperCase('en')} ${g}` : `${g} ${f}`;
  if (nameKeys(form.givenName, form.familyName).includes(nameKey(own))) return own;
  return `${latin} (${own})`;
}

/** Whether a name is written family name first: both parts in Chinese, Japanese or Korean script. */
function familyFirst(g: string, f: string): boolean {
  return g !== '' && f !== '' && EAST_ASIAN_NAME.test(g) && EAST_ASIAN_NAME.test(f);
}

/**
 * Initials of a person's name, for a file's metadata title, in the order `personName` prints the
 * name: "Lucía Fernanda" + "Morales Quispe" → "L.F.M.Q."; 美玲 + 陈 → "陈.美." (family name first,
 * as "陈美玲" is written). The first letter of each word of each part: a name written with no
 * space has one initial per part, never one for the whole name ("陈." said only the family name)
 * and never one per character (which would spell the name the title must not carry).
 */
export function initials(givenName: string, familyName: string): string {
  const g = givenName.trim();
  const f = familyName.trim();
  const parts = familyFirst(g, f) ? [f, g] : [g, f];
  const letters = parts
    .flatMap((part) => part.split(/\s+/))
    .map((w) => /\p{L}/u.exec(w)?.[0])
    .filter((x): x is string => !!x)
    .map((l) => l.toLocaleUpperCase('en'));
  return letters.length > 0 ? `${letters.join('.')}.` : '';
}

/**
 * Initials for a file's metadata title of a name that `nameWithFormName` prints: those of the name
 * the reader reads first, in the order it prints. With a form name other than the own name
 * loosely, the form's Latin letters ("LIN Xiuying (林秀英)" → "L.X."): the title said "林.秀.",
 * which the file browser or index of a reader matching the filing by the form's name never shows
 * next to "LIN". Otherwise `initials` of the own name.
 */
export function initialsWithFormName(givenName: string, familyName: string, form: { givenName: string; familyName: string } | null): string {
  if (form === null || nameKeys(form.givenName, form.familyName).includes(nameKey(personName(givenName, familyName)))) return initials(givenName, familyName);
  // Printed family name first when the own name is written so ("LIN Xiuying"): the same order here.
  return familyFirst(givenName.trim(), familyName.trim()) ? initials(form.familyName, form.givenName) : initials(form.givenName, form.familyName);
}

/**
 * The forms a name is compared by, loosely: case, spacing, accents (Latin, Greek and Cyrillic
 * diacritics: "Hernan" is "Hernán", as a name is often typed without them) and a note in
 * parentheses ("Rolando (last name unknown)", "Hernán Ruiz (“El Flaco”)": how the kind's own
 * fixtures write a perpetrator) do not matter, nor the order of given and family name, written
 * with a comma or without ("Ruiz, Hernán", "Ruiz Hernán"); a Chinese,
 * Japanese or Korean name also as it is written, family name first with no space ("陈美玲",
 * `personName`). Kana voicing marks are not accents and are kept (か is not が). Two people are
 * the same name when one's first key is among the other's keys.
 */
export function nameKeys(given: string, family: string): string[] {
  return [nameKey(`${given} ${family}`), nameKey(`${family} ${given}`), nameKey(personName(given, family))];
}

/**
 * One written name's loose form (as `nameKeys`): also without the characters that print as nothing
 * and that validation lets through (a soft hyphen, the zero-width joiners; Unicode's
 * Default_Ignorable_Code_Point), so "Ro\u00ADlando" is compared as the "Rolando" it prints as.
 */
export function nameKey(s: string): string {
  const loose = s
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\([^()]*\)/g, ' ')
    .toLocaleLowerCase('en');
  return givenFirst(loose).replace(/\s+/g, ' ').trim();
}

/** A generational suffix written after a comma ("Hernán Ruiz, Jr."): not a given name. */
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/;

/**
 * A name written "Family, Given", as lists and records write it ("Ruiz, Hernán"), read given name
 * first ("Hernán Ruiz"), so it is the same name as the case's given and family names; a comma
 * before a generational suffix ("Hernán Ruiz, Jr.") is only dropped. A name with no comma, or
 * more than one, is left as written (less the commas).
 */
function givenFirst(s: string): string {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return parts.join(' ');
  const [family, given] = parts as [string, string];
  return SUFFIX.test(given) ? `${family} ${given}` : `${given} ${family}`;
}

/**
 * What people type into a name field for "not known" or "none" instead of a name (compared as
 * `fillerKey` writes them: lower case, every character that is not a letter a space): law
 * enforcement's "FNU", "LNU" ("first (last) name unknown") and "NFN" ("no first name"), "Unknown",
 * "N/A", "TBD", "John Doe", and the Spanish and French words caseworkers meet. A document would print
 * any of them as the person's name (docs/fields.md, "Names"). Not a real name that looks like one:
 * "Na", "No" and "Nu" (Korean and Vietnamese family names), "Una", "Non" (a Welsh given name),
 * "Nada", "Ana", which are no entries here; "N/A" is one only with its slash or points ("N A" too),
 * never "Na".
 */
const NAME_FILLERS: ReadonlySet<string> = new Set([
  'unknown', 'unk', 'unkn', 'not known', 'not yet known', 'none', 'n a', 'tbd', 'tba', 'tbc', 'xx', 'xxx', 'pending', 'not given', 'not provided', 'not stated',
  'fnu', 'lnu', 'f n u', 'l n u', 'nfn', 'nln', 'nmn', 'no name', 'noname', 'unnamed', 'name unknown', 'anonymous', 'anon',
  'first name unknown', 'given name unknown', 'no first name', 'no given name', 'first name not known', 'given name not known',
  'last name unknown', 'family name unknown', 'surname unknown', 'no last name', 'no family name', 'no surname', 'last name not known', 'family name not known',
  'john doe', 'jane doe', 'baby doe', 'doe john', 'doe jane',
  'desconocido', 'desconocida', 'no se sabe', 'no sabe', 'sin nombre', 'sin apellido', 'nombre desconocido', 'apellido desconocido', 'ninguno', 'ninguna',
  'inconnu', 'inconnue',
]);

/** A name as the filler list compares it: NFC, lower case, every run of non-letters one space. */
function fillerKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en-US').replace(/[^\p{L}\p{M}]+/gu, ' ').trim();
}

/**
 * Whether a name as typed says "not known" or "none" instead of giving one (NAME_FILLERS), or has
 * no letter at all ("?", "--", "000"). The one rule of every kind's person-name fields (kit
 * `personNameText`, `optPersonNameText`; the RFA child's family name tells it as
 * family-name-or-why-none). The kit's plain `GivenName` and `FamilyName` do not apply it: a kind's
 * person's name is built with `personNameText`, whose message says what to give instead.
 */
export function nameFiller(name: string): boolean {
  const k = fillerKey(name);
  return k === '' || NAME_FILLERS.has(k);
}
