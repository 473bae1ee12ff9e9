// Kind `t-visa-declaration`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 't-visa-declaration',
  title: 'T-visa declaration (Form I-914)',
  description:
    'The applicant’s personal statement in support of Form I-914, the own declaration of the parent or legal guardian of an applicant under 14, or a supporting declaration by a professional or lay witness (declarant.role): numbered paragraphs, exhibits, 28 U.S.C. § 1746 attestation, translator and interpreter certificates.',
  // 2.0.0 (issue 14): role "parent"; signing.parentSigner refused; hardship factor 9 refused;
  // professional credentials; supporting contacts as sentences; exhibits; pronouns; readsEnglish.
  // 2.1.0: travel.firstEntry (optional); departures date-checked (date-before-birth,
  // date-after-document-date, departure-before-entry, departures-overlap refused).
  // 2.2.0: declarant.professional.licensed (optional); a read-back after signing refused; what a
  // case prints changed (departures in date order, the entry among the acts by date, a parent's
  // intro without a pronoun, CJK names).
  // 2.3.0: a departure to where presence is counted refused (departure-within-united-states);
  // warnings applicant-under-14-signs and escape-before-acts, and section-not-printed for a
  // translator of a declaration in English; what a case prints changed (a country in a sentence
  // with "the", a read-back in English certified as a reading, no certificate from English into
  // English, CJK names in the last paragraph and in the metadata title's initials).
  // 2.4.0: a law-enforcement contact and an observation dated at any precision (yyyy-mm, yyyy); warning
  // law-enforcement-not-described; a perpetrator written "Family, Given" matched to a parent
  // declarant; what a case prints changed (the last paragraph under "About This Declaration", the
  // minor-exemption paragraph without the date of birth said a third time).
  // 2.5.0: a personal statement signed in American Samoa names it in its headings and in a
  // departure with no return date, not "the United States" (presence-view.ts).
  // 2.6.0: a parent's or supporting declarant's contact dated at any precision (yyyy-mm, yyyy);
  // warning no-act-in-united-states; what a case prints changed (a professional's organization
  // with "the" where English gives one: "at the Los Angeles Police Department").
  // 2.7.0: a departure and its return dated at any precision (yyyy-mm, yyyy), printed at it ("In
  // March 2024, I left …"), its checks certain at that precision (departures.ts).
  // 2.8.0: a list typed in a dated paragraph (act, means, escape, departure, law-enforcement
  // contact, hardship factor, supporting contact, observation, disclosure) prints as a nested list
  // under its bold lead (dated-view.ts); a supporting contact's paragraphs and lines are kept;
  // escapes, a list (`escape`, one, read as the first), compared with the acts per episode.
  // 2.9.0: lettered and roman sub-items (a., iv.) under a numbered line print as a sub-list;
  // escapes compared with each other (warnings).
  // 2.10.0: every escape but the last told among the acts, before the first act dated after it
  // (escapes-view.ts), the last under How I Got Away.
  // Also in this version, from the shared layout (docs/markup.md, docs/rendering.md): a compound name is not
  // broken at its hyphen in the PDF; a lone lettered line (an initial) stays a line; roman lists past 3,999 number in digits.
  // 2.11.0: escapes listed out of order each told where their own dates put them among the acts,
  // two before the same act earliest first; the acts' heading after the entry says when an escape
  // is told among them ("What They Did to Me and When I Got Away").
  // 2.11.0, from the shared layout (docs/markup.md, "Typed lists"): lines pasted with "1)", "(1)",
  // "a)", "(a)" or "(i)" markers print as lists that keep those delimiters (they were lines of text);
  // a `keep` or short table taller than half a page breaks instead of moving whole (docs/pagination.md).
  // 2.12.0: each escape told among the acts by one rule, where the fewest acts are on the wrong
  // side of it, before the recapture, the latest such place (chronology.ts escapePlaces): with the
  // acts out of order it no longer prints above acts it followed.
  // 2.12.0, from the shared layout (docs/pagination.md, "Gaps"): a `keep` or short table is kept
  // whole only up to a third of a page (was a half; a keep ending with a signature still a half), and a
  // table row of two lines or more may stand alone at a page break (a one-line first or last row still
  // keeps with its neighbour); its examples lay out as before (the closing, which ends with the signature, is still kept whole up to half a page), a case whose exhibit list takes over a third of a page moves.
  // 2.13.0, from the shared layout (docs/markup.md, "Typed lists"): a pasted list line that numbers
  // the open list's next item in other delimiters ("a.", "b.", then "(c)" or "c)") goes on counting
  // it as a list of its own (it nested under "b." counting from 3, or was a line of "b.");
  // a signature's capacity or place (a translator's or interpreter's address) typed on several lines prints them as lines (they ran on as one). Examples unchanged.
  // 2.13.0: applicant.nameOnForm (optional), the name as on Form I-914 in Latin letters, printed
  // first with the name in its own script in parentheses ("LIN Xiuying (林秀英)"); warning
  // name-on-form-not-given for a name with no Latin letter.
  // 2.14.0, from the shared layout (docs/rendering.md): the DOCX writes a hyphen before a digit as Word's
  // non-breaking hyphen, so Word and LibreOffice no longer break the title's "Form I-914" (it printed "Form I-" / "914" in LibreOffice) or an A-number at the hyphen where the PDF
  // keeps it whole (a compound name's and an address's hyphens stay plain); a signer whose name is
  // Hebrew or Arabic signs from the right margin in both formats (signing line and every line at the
  // right), and a Latin signer's right-to-left capacity or place line starts at the left in the PDF,
  // as in the DOCX. The examples' text is unchanged; their DOCX marks the hyphens of "I-914" and its other numbers.
  // 2.14.0: declarant.nameOnForm, translator.nameOnForm and interpreter.nameOnForm (optional), each
  // person's name in Latin letters, printed first wherever they are named ("LIN Jianguo (林建国)"),
  // and name-on-form-not-given for each such name with no Latin letter; a parent is matched to the
  // perpetrators by either name; the metadata title's initials are the form name's ("L.X.", was "林.秀.").
  // 2.14.0: declarant.capacity taken in a supporting declaration (a parent or legal guardian of an
  // applicant 14 or older): said in the first paragraph and under the signature ("Mother of …").
  // 2.14.0: a supporting contact's dates print as its bold lead ("Since March 12, 2009."), its text
  // after it as the declarant's own sentence (joined, "…, I have raised her since she was born").
  // 2.14.0: a value outside a choice is refused in the kit's words (docs/fields.md, "Choices"): the field and each choice by its label, the codes in one aside, "(codes: …)", where the codes alone were listed, some in quotes. No document changes.
  // 2.15.0: a supporting declarant with declarant.capacity (a parent or legal guardian) is refused
  // as a parent declarant is when suspected or named among the perpetrators (parent-declarant.ts);
  // the perpetrators and the suspect answer are no longer section-not-printed there.
  // 2.15.0: a lay supporting witness who is no parent or guardian signs "Declarant in support of the
  // application of …", the capacity the first paragraph states (the block had the name alone).
  // 2.15.0: warning act-age-contradicts-date, an age an act's or escape's text states that its date cannot give (stated-ages.ts).
  // 2.15.0, from the shared layout (docs/pagination.md §Blocks): a one-line close before a signature holds the last line of the text before it, and a lead-in ending a `keep` holds the list after it, so a signature page never holds a close and the signature alone. The examples' pages are unchanged.
  // 2.15.0, from the shared layout (docs/rendering.md): a hyphen or minus sign in a token holding a digit (a case number "4:17-cr-00907-RBH", a receipt number, "-$1.00", "24-hour";
  // not one between two lower-case letters) is no line end in the PDF and a non-breaking hyphen in the DOCX; a right-to-left signature in a
  // list item is indented as the item's text; a paragraph's direction by one rule in both formats (a letter, all of right-to-left scripts);
  // a DOCX render warns script-not-embedded for a field in a script no embedded font has (Devanagari, Thai…); an address part wider
  // than the line breaks before its periods, "@" and hyphens. The examples' PDF is unchanged; their DOCX marks the hyphens of "ICD-10-CM" and the like.
  // 2.15.0: a phone of one digit repeated ("000-000-0000") is refused (invalid-phone, "leave it out when not known"), as the RFA's are, where it was printed as a number to call.
  // 2.16.0, from the shared layout (docs/rendering.md): a minus sign (U+2212, as word processors type it: "−$40.00") prints in the PDF, drawn from Noto Serif's own figure dash and plus sign, where it was refused (unsupported-character), and the DOCX embeds it and no longer warns script-not-embedded; a sentence's "No." before a number ("she said No. 3 people came") is no longer held to it across a line end, the abbreviation ("Case No. 3", "Dkt. No. 45", a caption's "CASE NO. 3", which was not) is; a web address keeps its characters in the DOCX (no word joiner inside "…(c)(2)"); in the PDF an Arabic "الله" (Abdullah) is drawn as its joined letters and copies back as typed (was reversed, "اهلل"), and a hamza the font has no anchor for no longer fails the render. The examples' text is unchanged.
  // 2.16.0: every date at the precision known may be a season or part of a year ("2022-spring",
  // "2022-winter" for December 2022 to February 2023, "2021-late"), its ages computed over its
  // months and printed as said ("Spring 2022.", "the events of the fall of 2021"); it had to be
  // the year, printed "2022." before "In the spring of 2022, …" (dates.ts, seasons.ts).
  // 2.16.0: the interpreter's certificate of a declarant with no pronouns reads "before signing,
  // [name] heard me read the foregoing declaration …, acknowledged understanding it, and affirmed
  // that it is true and correct" (it read "… [name] confirmed to me that the declaration was understood").
  // 2.16.0: warning dated-outside-contacts, a declarant's observation or disclosure dated certainly
  // before their first contact with the applicant or after every contact ended (dated-paragraphs.ts).
  // 2.16.0: the minor-exemption sentence for some of the acts names them by their dates before
  // "that I describe above" ("the 10 events from May 10, 2021 to February 10, 2022 that I describe
  // above"; the dates came after it, where they read as when the applicant describes them).
  // 2.17.0: the minor-exemption sentence counts the acts in words up to nine ("all four events",
  // "the four events from …"; 10 and above stay figures), by the kit's one rule for counts in
  // running prose (src/domain/format.ts counted).
  // 2.17.0: warning paragraphs-not-chronological: a law-enforcement contact, observation or
  // disclosure dated certainly before one listed earlier in its list (chronology.ts), as the acts are.
  // 2.17.0 (shared layout): Word's arrows, operators (≤ ≥ ≠) and geometric shapes print in the PDF from the
  // shipped fallback face, ✓ ✗ ☐ ☑ drawn by each body face, as the DOCX printed them; vowelled Arabic and
  // Hebrew copy back out of the PDF as typed; a paragraph or cell whose first and last letters are
  // right-to-left is laid out right to left (an Arabic cell quoting English); a table row split across
  // pages repeats its ended cells marked "(continued)" in the PDF; a "+" keeps with its amount; a
  // parenthesised amount hangs its parenthesis so its digits align; the unprintable-text message names
  // the script, or says to write a symbol in words. The examples' text is unchanged.
  // 2.17.0: the other names used, a declarant's, the translator's and the interpreter's names and a perpetrator's name refuse a word for not known typed as the name ("FNU", "Unknown", "N/A", "?": the kit's not-a-name, docs/fields.md "Names"), which printed as the name; a perpetrator is named as the applicant knows them ("Rolando (last name unknown)").
  // 2.18.0 (shared layout): a paragraph's direction is decided by its letters outside double quotation marks, and where a right-to-left first letter meets a Latin last, by the more words (an Arabic sentence ending on its English quotation is laid out right to left; a label before right-to-left names, "Other names: سلمى عبد", stays left to right); the arrows and operators ← ↑ → ↓ ↔ ⇐ ⇒ ⇔ ≠ ≤ ≥ are drawn in the body faces at the text's width and weight (they were the Korean face's wide hairlines) and the ballot X ✗ ✘ as a hand's mark (it read as ×), in both formats; the DOCX keeps a table row of a fifth to a third of a page whole (w:cantSplit), where Word and LibreOffice split it with its short cells empty on the next page. The examples' text is unchanged.
  // 2.18.0: a professional's title that already names the organization is not followed by it again,
  // in the first paragraph ("… at the …") or the signature's capacity.
  // 2.18.0: counts in the messages in words under ten, a message's counts alike (hardship-fewer-than-three-factors:
  // "argues two of the factors …; practitioners argue at least three"; an exhibit id "of one to four characters").
  // 2.18.0: the applicant's given and family names refuse a word for not known ("FNU", "Unknown", "N/A": not-a-name), which printed as the name sworn under; an applicant of one name only leaves the family name empty and answers applicant.noFamilyName "none" (family-name-or-why-none: neither or both), and the declaration prints the one name alone. applicant.nameOnForm stays free (USCIS writes "FNU" there).
  // 2.19.0: warning paragraphs-not-chronological also for a parent's or supporting declarant's
  // contacts with the applicant (supporting.contacts, by when each began), printed in the order given.
  // 2.19.0: a professional's self-introduction says a title typed with its organization after a comma
  // or a dash as prose ("I am a Detective at the Houston Police Department."; it read "I am a
  // Detective, Houston Police Department."), and a unit the title names "in the … at the …".
  // 2.19.0 (shared layout, docs/rendering.md): a word broken between characters keeps two characters before a break and three after it in the PDF (no lone "0" ending a receipt number in a narrow column); the arrows and operators ↕ ↖ ↗ ↘ ↙ ⇑ ⇓ ⇕ ≈ ∞ ≡ are drawn in the body face at its weight (NanumMyeongjo's hairlines before), and every drawn symbol slants in italic text; an English quotation in a right-to-left paragraph is one left-to-right piece with its quotation marks (the DOCX marks it with two left-to-right marks). A kept block holding a table with text after it stays on one page in LibreOffice's rendering of the DOCX, as in the PDF (docs/pagination.md). Examples unchanged.
  // 2.19.0: an entry of the applicant’s “Other names used” holding a semicolon (“Ana; Anita” in one entry) is refused (invalid-format: give each name as an entry of its own), where the caption printed it exactly as two names.
  // 2.19.0: declarant.role's description no longer cites 8 CFR 214.204(c) and 103.2(a)(2) after the choices whose labels cite them: the web page heads each clause with the label, and said each rule twice (the T-visa's first field fell below two screens on a phone); what a case accepts and prints is unchanged.
  // 2.20.0 (shared layout, docs/rendering.md, docs/pagination.md): a number written with a sign or currency before it reads as written in a right-to-left line in both formats ("−15%" after Hebrew was drawn "15%−", "$40.00" after Arabic "40.00$"; the DOCX holds one left-to-right mark before such a sign); in the DOCX a lead-in of four lines or more before a table is no longer held with the table (LibreOffice moved it whole to the next page with its heading), and a signature right after a table stands 1 pt below it, not 8 pt lower than the PDF sets it. Examples unchanged.
  // 2.20.0: lawEnforcement.continuedPresence (optional: status, requesting agency, requestedOn, grantedOn,
  // validUntil, exhibits; 22 U.S.C. § 7105(c)(3), 28 CFR 1100.35), printed after the law-enforcement contacts;
  // a grant before the request refused (granted-before-request), a grant with no date or a grant date
  // for a request not granted refused (continued-presence-status); a request counts as a law-enforcement contact.
  // 2.20.0: warnings continued-presence-lapsed (a grant called current that ended before the signing) and
  // contact-before-trafficking (a law-enforcement contact or the request dated before every act).
  // 2.20.0: a perpetrator's bare relation prints as the applicant's own, "Darren Pike (my husband)" (it printed "(husband)").
  // 2.20.0: the people responsible are set off by semicolons when a name or its note holds a comma (“García, María; and Juan Pérez”, where “García, María and Juan Pérez” read as three people), and a perpetrator's name holding a semicolon is refused (invalid-format, kit joined.ts).
  version: '2.22.0',
} as const;
