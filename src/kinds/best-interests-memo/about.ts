// Kind `best-interests-memo`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'best-interests-memo',
  title: 'Best-interests recommendation for an unaccompanied child',
  description:
    'Best-interests recommendation of a child advocate for an unaccompanied child: sources, background, the factors of 45 CFR 410.1001, divergence from the child’s expressed wishes, the alternatives weighed and numbered recommendations.',
  // 2.12.0 (see README.md, "Template version"): a contact's role reads role first, the rest of
  // its detail in parentheses ("Proposed sponsor (maternal aunt)", beside "Parent (mother)");
  // recommendation-names-sponsor-not-recommended finds "Ms. Velásquez" and "the Velásquez home" too.
  // 2.11.0: the home-study heading beside a ground of law names
  // ORR's ground before a release not recommended too; recommendation-names-sponsor-not-recommended; beside a ground of law, the recommended release "does not need a home study on this ground; the home study required by law, above, still applies to it".
  // 2.10.0: the heading of ORR's home study before a release
  // not recommended says "required", as computed.homeStudyRequired does.
  // 2.9.0: no record reviewed is said as the advocate's
  // statement; ORR's home study before a release not recommended is said so.
  // Also in this version, from the shared layout (docs/markup.md, docs/rendering.md): a compound name is not
  // broken at its hyphen in the PDF; a lone lettered line (an initial) stays a line; roman lists past 3,999 number in digits.
  // 2.8.0: a release alternative names its sponsor; small counts in words; pasted "a.", "iv."
  // sub-items print as a sub-list.
  // 2.7.0: lines of a quoted
  // exchange opened by a dash stay lines, not a bulleted list. 2.6.0: a paragraph break in a table cell, a quotation or a
  // reason is an empty line; proposedSponsors (several); no finding printed when the case does
  // not say whether the recommendations depart from the child's wishes.
  // 2.10.0, from the shared layout (docs/markup.md, "Typed lists"): lines pasted with "1)", "(1)",
  // "a)", "(a)" or "(i)" markers print as lists that keep those delimiters (they were lines of text);
  // a `keep` or short table taller than half a page breaks instead of moving whole (docs/pagination.md).
  // 2.11.0, from the shared layout (docs/pagination.md, "Gaps"): a `keep` or short table is kept
  // whole only up to a third of a page (was a half; a keep ending with a signature still a half), and a
  // table row of two lines or more may stand alone at a page break (a one-line first or last row still
  // keeps with its neighbour); the full example's "8. Recommendations" heading and decision now end page 6, where they moved whole with the alternatives table and left a quarter of it empty.
  // 2.12.0, from the shared layout (docs/markup.md, "Typed lists"): a pasted list line that numbers
  // the open list's next item in other delimiters ("a.", "b.", then "(c)" or "c)") goes on counting
  // it as a list of its own (it nested under "b." counting from 3, or was a line of "b.");
  // a signature's capacity or place typed on several lines prints them as lines (they ran on as one). Examples unchanged.
  // 2.13.0, from the shared layout (docs/rendering.md): the DOCX writes a hyphen before a digit as Word's
  // non-breaking hyphen, so Word and LibreOffice no longer break a case number "UC-2025-114782" or an A-number at the hyphen where the PDF
  // keeps it whole (a compound name's and an address's hyphens stay plain); a signer whose name is
  // Hebrew or Arabic signs from the right margin in both formats (signing line and every line at the
  // right), and a Latin signer's right-to-left capacity or place line starts at the left in the PDF,
  // as in the DOCX. The examples' text is unchanged; their DOCX marks the hyphens of its case number.
  // 2.13.0: recommendation-names-sponsor-not-recommended also finds the sponsor by a family name
  // alone at a sentence's start when written as only a name is ("Velásquez has…": an accent, two
  // words of the name, a possessive) and by the given name alone ("to Marta") when no one else the
  // memo names shares it, not in a longer proper name, not a month or day (sponsor-names.ts).
  // 2.13.0: a value outside a choice is refused in the kit's words (docs/fields.md, "Choices"): the field and each choice by its label, the codes in one aside, "(codes: …)", where the codes alone were listed. No document changes.
  // 2.14.0: recommendation-names-sponsor-not-recommended reads names with their accents or without
  // them ("Marta" for "Márta", "Ms. Velasquez"), takes one word at a sentence's start unless it is an
  // English word common as a name ("Cruz will…", "Marta has…"; not "Young people…"), no longer reads
  // "Rosa. Marta" as one longer name, and skips a given name after a role the sponsor does not have
  // ("her teacher Marta") (sponsor-names.ts).
  // 2.14.0, from the shared layout (docs/pagination.md, §Blocks): a paragraph directly before a table stays with the table's first rows whether or not it ends in a colon (src/model/keeps.ts introducesTable), so it no longer ends a page alone above a table moved to the next (fixture alternatives-alike: "3. Sources Consulted" and its lead-in move to page 2 with their table; 5 pages, was 4, the signature and "Respectfully submitted," alone on the last). The examples' pages are unchanged.
  // 2.14.0, from the shared layout (docs/pagination.md §Blocks): a one-line close before a signature ("Respectfully submitted,") holds the last line of the text before it, and a lead-in ending a `keep` ("The child advocate recommends:") holds its list, so the signature page carries the recommendations' last lines: the `minimal` example's page 4 (and `alternatives-alike`'s page 5) held "Respectfully submitted," and the signature alone.
  // 2.14.0, from the shared layout (docs/rendering.md): a hyphen or minus sign in a token holding a digit (a case number "4:17-cr-00907-RBH", a receipt number, "-$1.00", "24-hour";
  // not one between two lower-case letters) is no line end in the PDF and a non-breaking hyphen in the DOCX; a right-to-left signature in a
  // list item is indented as the item's text; a paragraph's direction by one rule in both formats (a letter, all of right-to-left scripts);
  // a DOCX render warns script-not-embedded for a field in a script no embedded font has (Devanagari, Thai…); an address part wider
  // than the line breaks before its periods, "@" and hyphens. The examples' PDF is unchanged; their DOCX marks the first hyphen of "15-year-old".
  // 2.15.0, from the shared layout (docs/rendering.md): a minus sign (U+2212, as word processors type it: "−$40.00") prints in the PDF, drawn from Noto Serif's own figure dash and plus sign, where it was refused (unsupported-character), and the DOCX embeds it and no longer warns script-not-embedded; a sentence's "No." before a number ("she said No. 3 people came") is no longer held to it across a line end, the abbreviation ("Case No. 3", "Dkt. No. 45", a caption's "CASE NO. 3", which was not) is; a web address keeps its characters in the DOCX (no word joiner inside "…(c)(2)"); in the PDF an Arabic "الله" (Abdullah) is drawn as its joined letters and copies back as typed (was reversed, "اهلل"), and a hamza the font has no anchor for no longer fails the render. The examples' text is unchanged.
  // 2.15.0: divergence.childsChoice (first, other); Part 7 says "consistent with the child's
  // expressed wishes" only of the child's first choice, "do not depart from …, but … not the
  // child's first choice" of another the child named, and without it only "do not depart from …"
  // (it said "consistent" whenever diverges was false); error divergence-contradicts-choice.
  // 2.16.0: the summary's "The child's wishes:" line says what Part 7 says of another outcome the
  // child named (`childsChoice: other`): "… do not depart from what the child wants, but they are
  // not the child's first choice …", and of a departure to one, both (it was said in Part 7 alone).
  // 2.16.0: warning addressee-not-decision-maker: the "To:" line names an office (ORR, an
  // immigration judge or court, USCIS) that does not decide, or the decision-maker's name another
  // office than its type (addressee.ts); three fixtures addressed to ORR for a judge's hearing now
  // are addressed to the court.
  // 2.16.0 (shared layout): Word's arrows, operators (≤ ≥ ≠) and geometric shapes print in the PDF from the
  // shipped fallback face, ✓ ✗ ☐ ☑ drawn by each body face, as the DOCX printed them; vowelled Arabic and
  // Hebrew copy back out of the PDF as typed; a paragraph or cell whose first and last letters are
  // right-to-left is laid out right to left (an Arabic cell quoting English); a table row split across
  // pages repeats its ended cells marked "(continued)" in the PDF; a "+" keeps with its amount; a
  // parenthesised amount hangs its parenthesis so its digits align; the unprintable-text message names
  // the script, or says to write a symbol in words. The examples' text is unchanged.
  // 2.16.0: the child's other names, the advocate's, a supervising or child's attorney's and a proposed sponsor's name refuse a word for not known typed as the name ("FNU", "Unknown", "N/A", "?": the kit's not-a-name, docs/fields.md "Names"), which printed as the name.
  // 2.17.0 (shared layout): a paragraph's direction is decided by its letters outside double quotation marks, and where a right-to-left first letter meets a Latin last, by the more words (an Arabic sentence ending on its English quotation is laid out right to left; a label before right-to-left names, "Other names: سلمى عبد", stays left to right); the arrows and operators ← ↑ → ↓ ↔ ⇐ ⇒ ⇔ ≠ ≤ ≥ are drawn in the body faces at the text's width and weight (they were the Korean face's wide hairlines) and the ballot X ✗ ✘ as a hand's mark (it read as ×), in both formats; the DOCX keeps a table row of a fifth to a third of a page whole (w:cantSplit), where Word and LibreOffice split it with its short cells empty on the next page. The examples' text is unchanged.
  // 2.17.0: the caption and party lines say each thing once: "Decision by:" adds no office a name
  // already names ("ORR Federal Field Specialist", "IJ"), a sponsor's detail that says the category
  // ("father", "paternal uncle") is not followed by it, "Copy to:" and "From:" give the attorney's
  // role and an organization a title names once.
  // 2.17.0: warning addressee-not-decision-maker also for a "To:" line naming no office and only a
  // role that never decides (a case manager, the shelter's staff, a clinician, the child's attorney).
  // 2.17.0: counts in the messages in words under ten, a message's counts alike ("two placements are
  // recommended", "four days after the child's 18th birthday"; "within 90 days … (in 5 days)").
  // 2.17.0: warning release-to-implicated-parent: a recommended release to a parent recorded as
  // implicated in the trafficking.
  // 2.17.0: childsWords[].saidOn (optional): when the child said the words, printed before the
  // quotation ("In the child's words on February 20, 2026:"); after the memo date refused.
  // 2.17.0: a factor's two "not applicable" forms are titled in its JSON Schema ("Yes or no, with the
  // reason below", "The reason, written here"), and factor-not-addressed / factor-form say the forms
  // in words, their JSON only in the "(in JSON: …)" aside.
  // 2.17.0: the child's given and family names refuse a word for not known ("FNU", "Unknown", "N/A": not-a-name), which printed as the child's name; a child who gave a first name only or has one name only leaves the family name empty and answers child.noFamilyName (not-yet-known, none; family-name-or-why-none: neither or both): the memo prints the one name, its Name row saying why ("Yesenia (family name not yet known)").
  // 2.18.0: a factor's "analysis" and "reason" carry `x-not-with` in its JSON Schema (kit value-format.ts): the values of "notApplicable" each is refused beside (Yes or a reason; a reason), so the web form draws neither where the case refuses it ("not both"); what a case accepts, prints and says is unchanged.
  // 2.18.0: the child's dated quotations (childsWords[].saidOn) print in the order the child said
  // them, an undated one where it was given; they printed in the order given.
  // 2.18.0: warning release-to-implicated-parent also by relation (a proposed sponsor who is "father"
  // where the father is implicated) and in a recommendation's or a recommended alternative's words
  // ("Release Lucía to her father"), a negated sentence or another person by relation not warned.
  // 2.18.0: addressee-not-decision-maker lists three roles as a list is written ("a, b and c"; it
  // read "a and b and c and no office that decides").
  // 2.18.0: warning stated-age-differs: the prose says the child is another age than the one the
  // Background prints ("Lucía is 15" beside "Age on the date of this memo: 17").
  // 2.18.0 (shared layout, docs/rendering.md): a word broken between characters keeps two characters before a break and three after it in the PDF (no lone "0" ending a receipt number in a narrow column); the arrows and operators ↕ ↖ ↗ ↘ ↙ ⇑ ⇓ ⇕ ≈ ∞ ≡ are drawn in the body face at its weight (NanumMyeongjo's hairlines before), and every drawn symbol slants in italic text; an English quotation in a right-to-left paragraph is one left-to-right piece with its quotation marks (the DOCX marks it with two left-to-right marks). A kept block holding a table with text after it stays on one page in LibreOffice's rendering of the DOCX, as in the PDF (docs/pagination.md). Examples unchanged.
  // 2.18.0: an entry of the child’s “Other names” holding a semicolon (“Ana; Anita” in one entry) is refused (invalid-format: give each name as an entry of its own), where “Also known as” printed it exactly as two names.
  // 2.19.0 (shared layout, docs/rendering.md, docs/pagination.md): a number written with a sign or currency before it reads as written in a right-to-left line in both formats ("−15%" after Hebrew was drawn "15%−", "$40.00" after Arabic "40.00$"; the DOCX holds one left-to-right mark before such a sign); in the DOCX a lead-in of four lines or more before a table is no longer held with the table (LibreOffice moved it whole to the next page with its heading), and a signature right after a table stands 1 pt below it, not 8 pt lower than the PDF sets it. Examples unchanged.
  // 2.19.0: the records reviewed, the related documents ("See also:") and the pending applications print
  // their dated entries in date order, an undated one where given, as the child's quotations do (they
  // printed in the order typed: the full example's February 25 record above its February 3 one).
  // 2.19.0: warnings decision-before-hearing (a judge's decision expected before the next hearing) and
  // letter-before-request (an OTIP letter dated before every request listed); the appointment, a related
  // document, a quotation and a pending filing dated before the child's birth refused (date-before-birth).
  // 2.19.0: release-to-implicated-parent reads a courtesy title and the parent's family name ("to Mr. Ajú")
  // when another adult shares the name, and a title's period no longer ends the sentence it is read in.
  // 2.19.0: “Languages” and the proposed sponsors named in the home-study paragraph are set off by semicolons when an entry holds a comma (“Mam; Spanish (some, little)”, “Velásquez Oxlaj, Marta; and Ana Tzoc”), where commas made one entry read as two; a language or a sponsor's name holding a semicolon is refused (invalid-format, kit joined.ts).
  // 2.19.0: release-to-implicated-parent's message names the parent's entry and its “Implicated” field by
  // their paths only, which the web page words as their labels (it also said “(parentImplicated)”, the
  // contract's bare name, which the page cannot word); its valid fixture is back.
  // 2.20.0 (shared layout, docs/rendering.md, docs/pagination.md): in the DOCX the signature block stands where the PDF puts it (the signing line's text 2 pt above the rule, the name 2 pt below it; every line from the rule on stood 1.75 pt lower in LibreOffice), and a minus sign before a digit ("−15%") carries no invisible word joiner, which a copy out of the document carried (one stays before a currency sign, "−$40.00"). Examples unchanged.
  // 2.20.0: otherProceedings[] (optional): each other court case of the child (a state dependency or
  // guardianship case beside the immigration court's, a criminal case as a witness), with its court,
  // kind, number, matter and dates, printed one a line under "Decision by:"; its dates checked by the
  // decision's rules (hearing-before-memo-date, decision-before-memo-date, decision-before-hearing).
  // 2.20.0: siblings[] (optional): each brother or sister who does not live with the child, printed
  // under the family factor after the parents' wishes ("Mateo Ajú Tzoc (younger brother, age 12): in
  // Guatemala with their mother. Contact with the child: …"); a date of birth after the memo date
  // refused; family-factor-not-applicable also when the factor is not applicable above siblings.
  // 2.20.0: a court's decision expected on its hearing's day is said once, in the caption ("next hearing
  // on April 14, 2026, at which the decision is expected") and the Time-sensitive box (one sentence).
  // 2.20.0: the refusal of a language, another name or a proposed sponsor's name holding the Arabic “؛” or the full-width “；” says which it is (“the “؛” given is the Arabic semicolon”), where it spoke only of “a semicolon” (kit text.ts semicolonGiven; tests/kinds/joined-lists.test.ts).
  // 2.20.0: a language, another name or a proposed sponsor's name holding a line break is refused (invalid-format, naming the list: it printed as a space); “Also known as” prints a name given twice in case or spacing only once; “Languages” prints once a language given with and without its accents (“Español”, “Espanol”).
  // 2.21.0: the Time-sensitive box says when another proceeding's next hearing or expected decision falls on or after the 18th birthday, as plain fact naming the court as the caption does ("In Cook County Circuit Court, … (dependency case no. …), the next hearing, on May 20, 2027, is 19 days after that birthday."); no warning, since what 18 means there is for that court's law.
  // 2.21.0: warning proceeding-repeats-decision: an other proceeding of type immigration-court beside an immigration judge's decision, most likely the same removal proceedings printed twice.
  // 2.21.0 (kit organization.ts): the appointing body in a sentence takes "the" by the head of its part before a comma ("Catholic Charities, Refugee Services Department" is no longer "the Catholic Charities, …"). Examples unchanged.
  version: '2.21.0',
} as const;
