// Kind `rfa`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'rfa',
  title: 'Draft OTIP Request for Assistance for a child',
  description:
    'The caseworker’s draft of a Request for Assistance to HHS’s Office on Trafficking in Persons, ready to enter in Shepherd: the deadline (24 hours, or before the 18th birthday), age checks and the ten sections, with what is needed now and what can follow marked.',
  // 2.3.0: location.addressWithheld, concern.otherMinors[].withTrafficker, lateReason, concern.narrativeLanguage and narrativeTranslation, child.pregnantOrParenting (optional; every 2.2.0 case reads the same).
  // 2.4.0: what a case prints: "do not contact" beside a suspected parent, guardian or sponsor; each other child asked whether still with the suspected trafficker; the interpreter's language; suspects of sections 3-4 named in section 5; turns-18-soon's midnight; another person listed at 18 or over told apart (no new field: every 2.3.0 case is valid).
  // 2.5.0: submittedAt (Part A's submission, for a Part B draft: the age and the 24 hours read it; optional, every 2.4.0 case reads the same); the warning letter-to-suspect; what a case prints: Samoa and Chamorro time named as the law names them (15 U.S.C. § 263), where the page said "GMT-11" and "GMT+10"; a typed list in a narrative prints as a list.
  // 2.6.0: what a case prints (no new field: every 2.5.0 case is valid): the running header's date without its weekday, one line however long the month and the zone's name; a "Clock change" row when no zone is given and the U.S. clocks change before the deadline; letter-to-suspect also by address, email and role; for a Part B, child.age is the age when Part A was submitted.
  // 2.7.0: what a case prints (no new field: every 2.6.0 case is valid): the "Clock change" row recomputes the deadline on the changed clock (the child’s midnight moves with it); computed.ageAtSubmission and computed.clockChange added, computed.ageAtPreparation deprecated.
  // 2.8.0: what a case prints (no new field: every 2.7.0 case is valid): the "Clock change" row says which due rows hold for which clock and to go by the earlier deadline when the changed clock's is another instant; turns-18-soon gives the time left on the last two days and names the written offset's midnight; the Time zone row names the zone as a reader knows it, not by its IANA name.
  // Also in this version, from the shared layout (docs/markup.md, docs/rendering.md): a compound name is not
  // broken at its hyphen in the PDF; a lone lettered line (an initial) stays a line; roman lists past 3,999 number in digits.
  // 2.9.0: what a case prints (no new field: every 2.8.0 case is valid): a warning on the page names fields by their labels or in words and dates in words, never by the case's paths (page-words.ts; the API's message keeps them); the "Clock change" row says which deadline a changed clock has and which to go by, its why in a row of its own, not bold; other children who may be victims need a request of their own when in the United States, and one abroad is reported to law enforcement.
  // 2.9.0, from the shared layout (docs/markup.md, "Typed lists"): lines pasted with "1)", "(1)",
  // "a)", "(a)" or "(i)" markers print as lists that keep those delimiters (they were lines of text);
  // a `keep` or short table taller than half a page breaks instead of moving whole (docs/pagination.md).
  // 2.10.0: concern.otherMinors[].inUnitedStates (optional: every 2.9.0 case is valid), the page says per child whether their own request is due or law enforcement; every rule's message names fields by their labels and dates in words, in the API and the web form too (the path keeps the path); computed.clockChange is the "Clock change" row alone, computed.clockChangeWhy its why; one 18 or older by the age given and outside the United States is not called a child.
  // 2.10.0, from the shared layout (docs/pagination.md, "Gaps"): a `keep` or short table is kept
  // whole only up to a third of a page (was a half; a keep ending with a signature still a half), and a
  // table row of two lines or more may stand alone at a page break (a one-line first or last row still
  // keeps with its neighbour); its examples lay out as before (their keeps end with a signature or are short), a case with a taller keep or table moves.
  // 2.11.0, from the shared layout (docs/markup.md, "Typed lists"): a pasted list line that numbers
  // the open list's next item in other delimiters ("a.", "b.", then "(c)" or "c)") goes on counting
  // it as a list of its own (it nested under "b." counting from 3, or was a line of "b.");
  // a signature's capacity or place typed on several lines prints them as lines (they ran on as one). Examples unchanged.
  // 2.11.0: what a case prints (no new field: every 2.10.0 case is valid): the "Clock change" row and its why say "the due times above", where "the times above" stood, which in the web form's summary, a paragraph of its own, named no rows; messages name a choice by its label, not its code; the supervisor review is a run-in line under the requester's signature, where as a heading it started a page alone; the warning child-in-danger when the child is in current danger (report it now as for any child, never a condition of the letter). One still with the suspected trafficker and 18 or older by the age given is "this person" in section 5's urgent line, and "them" in the warning for one outside the United States, not "this child" or "that child".
  // 2.12.0, from the shared layout (docs/rendering.md): the DOCX writes a hyphen before a digit as Word's
  // non-breaking hyphen, so Word and LibreOffice no longer break a phone number "555-010-2290" or a time zone "UTC-05:00" at the hyphen where the PDF
  // keeps it whole (a compound name's and an address's hyphens stay plain); a signer whose name is
  // Hebrew or Arabic signs from the right margin in both formats (signing line and every line at the
  // right), and a Latin signer's right-to-left capacity or place line starts at the left in the PDF,
  // as in the DOCX. The examples' text is unchanged; their DOCX marks the hyphens of its phone numbers, time zones and case numbers.
  // 2.12.0: a value outside a choice is refused in the kit's words (docs/fields.md, "Choices"): the field and each choice by its label, the codes in one aside, "(codes: …)", where zod's "Invalid option: expected one of …" named codes alone; the means' message in the same words.
  // 2.12.0: location.hasCaseManager and location.hasAttorney (optional: every 2.11.0 case is valid): false prints "None" in the row, where "Not yet known" stood for a child who has none, and the field is not still to find out; false beside a person named is answer-contradicted.
  // 2.12.0: a child known by an age range: one from 18 up is "18 or older by the age range given (about 18 to 20)", where it said "by the age given"; the date of birth "Not yet known (only an age range is given)", in its row and in "Can follow later", where it said "only an age is given".
  // 2.12.0: letter-to-suspect suggests instead only the case manager and attorney the child may have (not one answered none), then the requester.
  // 2.13.0: location.hasCaseManager or hasAttorney true with no one named prints "Yes; name to follow" (the name an entry of "Can follow later": "Case manager’s name", "Attorney’s name"), where "Not yet known" stood, as for no answer.
  // 2.13.0: a time the case gives (the concern learned, Part A submitted, the draft prepared) written at another offset than the requester's clock is printed as written too, after the clock's time ("10:10 AM CST (as written: 9:40 PM UTC+05:30)"), where only the converted time stood and could not be matched to its source.
  // 2.13.0: not-a-foreign-national also reads what makes a child a citizen or resident written as the status: "Naturalized", "Derived citizenship", "resident alien" refused; naturalization, derived or acquired citizenship, a U.S. passport, a birth in a U.S. state or territory by name, an I-551 a warning (each passed without a word).
  // 2.13.0: the Time zone row names every time the deadline box prints (the 24 hours' end in the reason, Part A's submission): "Pacific time (PST and PDT)" where "(PST)" stood beside a reason in PDT.
  // 2.13.0: the requester's phone left out or not a number says what to give with no direct line (the organization's main number); a phone of one digit repeated ("000-000-0000") is refused in every phone field (invalid-phone), where it was printed as a number to call.
  // 2.13.0: the warning own-name-repeated: the child's own name under “Other names used”, or another child listed with the child's full name (the page read it as an alias, or as a second child whose request is due).
  // 2.13.0, from the shared layout (docs/pagination.md, §Blocks): a paragraph directly before a table stays with the table's first rows whether or not it ends in a colon (src/model/keeps.ts introducesTable), so it no longer ends a page alone above a table moved to the next (the note under "7. Law enforcement" and the confidential location's note). The examples' pages are unchanged.
  // 2.13.0, from the shared layout (docs/pagination.md §Blocks): a one-line close before a signature holds the last line of the text before it, and a lead-in ending a `keep` holds the list after it, so a signature page never holds a close and the signature alone. The examples' pages are unchanged.
  // 2.13.0, from the shared layout (docs/rendering.md): a hyphen or minus sign in a token holding a digit (a case number "4:17-cr-00907-RBH", a receipt number, "-$1.00", "24-hour";
  // not one between two lower-case letters) is no line end in the PDF and a non-breaking hyphen in the DOCX; a right-to-left signature in a
  // list item is indented as the item's text; a paragraph's direction by one rule in both formats (a letter, all of right-to-left scripts);
  // a DOCX render warns script-not-embedded for a field in a script no embedded font has (Devanagari, Thai…); an address part wider
  // than the line breaks before its periods, "@" and hyphens. The late example's PDF keeps "24-hour" whole (it read back "24hour"); the DOCX marks its hyphen and "OTIP-PI1601"'s.
  // 2.14.0: not-a-foreign-national reads the immigration status clause by clause: a negation, a pending application or another person cancels a mention of citizenship or residence only in its own clause ("U.S. citizen, no papers", "born in Texas; lives with her aunt" passed without a word; now the warning).
  // 2.14.0: child.noFamilyName (not-yet-known, none) in place of child.familyName: a child known by a first name only prints "Not yet known (only a first name is known)" (an entry of "Can follow later"), one with one name only "None: the child has one name only"; a family name typed as "Unknown", "LNU", "N/A" is refused, as are both or neither (family-name-or-why-none), where "Unknown" printed as the surname.
  version: '2.14.0',
} as const;
