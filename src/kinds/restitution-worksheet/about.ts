// Kind `restitution-worksheet`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'restitution-worksheet',
  title: 'Restitution worksheet (18 U.S.C. § 1593)',
  description:
    'The § 1593 restitution calculation for a trafficking victim: FLSA minimum wage and overtime per workweek, the gross income to the defendant from the labor, the greater of the two, plus the gross income from commercial sex acts and the § 2259 losses; the total under each open legal choice, every rule cited, ready to file under seal.',
  // 2.1.0: the total without each choice that lowers it (exemptions, liquidated damages off,
  // federal rates alone); exemptions said to be used only where they removed overtime
  // (exemption-no-effect); the court-appointed payee's wording. The filing's text changes.
  // 2.2.0: victim.minorDuringOffense (optional): a victim who was a child during the offense is
  // marked and filed as a child victim (18 U.S.C. § 3509(d)) whatever the age on filing; several
  // defendants are asked the total jointly and severally (§ 3664(h)), and the row counting every
  // G line in full is no longer called "joint and several"; an open choice whose total counts the
  // other of G and F says so; losses worded as § 2259(c)(2) words them (proximate result; (E)
  // "as well as other costs incurred"); no tip credit said; why liquidated damages are included.
  // 2.3.0: laborPeriods[].agreedRate (optional): overtime valued at 1.5 × an agreed hourly rate
  // above the minimum wage (29 U.S.C. § 207(e); 29 C.F.R. §§ 778.109, 778.315), the first 40 hours
  // still at the minimum wage; the rule on overtime says which regular rate is used, and an
  // assumption says when overtime is valued on the minimum wage. The filing's text changes.
  // 2.4.0: with liquidated damages off the credits box prints $0.00 beside "none claimed"; a
  // workweek of several rates gives the hours at each; live-in domestic and § 213(b)(12) periods
  // say what their hours and rates leave out (552.102, 552.109(c); the H-2A rates); territories
  // refused with why. The filing's text changes.
  // 2.5.0: labor periods may share days (two jobs on the same days, hours added, 29 C.F.R.
  // § 778.103; overlapping-periods a warning, a day over 24 hours in all refused); Guam and the
  // U.S. Virgin Islands accepted as places of work, with their own rates under the state setting
  // (territory-rate-not-in-table where the table has none). Every case valid before reads as before.
  // 2.6.0: the place of work by name ("Guam", not "GU"); a workweek whose regular rate averages
  // several agreed rates lists the hours at each (weeks[].regularRateHours); a week of live-in
  // domestic and farm hours is said to be exempt by combining the exemptions (29 C.F.R. § 780.12;
  // exemptions[].combinedWeeks); a quoted exchange's dashed lines in a description stay lines;
  // pasted "a.", "iv." sub-items print as a sub-list.
  // Figures unchanged; the filing's text changes.
  // 2.7.0: where a state rate was applied but F is the same without it (agreed rates or wages
  // paid decided every workweek), one sentence says so in place of the figure without state
  // rates and its open-choices row; the Northern Mariana Islands accepted from September 30,
  // 2018 (earlier work refused, territory-before-federal-rate), and the rule on the minimum wage
  // names only the territories the case is in; warning pay-without-hours. Every case valid
  // before reads as before (figures unchanged); the filing's text changes.
  // 2.8.0: a Northern Mariana Islands period's minimum wage cites Pub. L. No. 110-28, § 8103,
  // which applies the federal rate there; warnings lump-sum-payment (several weeks' pay in one
  // week) and pay-without-hours at wagesPaid.perWeek (a weekly share credited to a week with no
  // hours). Figures unchanged; the filing's text changes for Northern Mariana Islands periods.
  // Also in this version, from the shared layout (docs/markup.md, docs/rendering.md): a compound name is not
  // broken at its hyphen in the PDF; a lone lettered line (an initial) stays a line; roman lists past 3,999 number in digits.
  // 2.9.0: warning lump-sum-payment set against the pay at the agreed rate where given, counting
  // the weekly payment's share with the dated payments, at wagesPaid.perWeek when the weekly
  // payment alone is several weeks' pay, and only for a week that stands out (a rate of twice the
  // minimum wage paid every week is asked for by pay-above-minimum-wage instead); warning
  // payday-after-week (Sunday paydays, each possibly credited a week late), which was a note
  // inside pay-without-hours. Figures and the filing's text unchanged.
  // 2.9.0, from the shared layout (docs/markup.md, "Typed lists"): lines pasted with "1)", "(1)",
  // "a)", "(a)" or "(i)" markers print as lists that keep those delimiters (they were lines of text);
  // a `keep` or short table taller than half a page breaks instead of moving whole (docs/pagination.md).
  // 2.10.0: a workweek valued on an agreed rate across a minimum wage change says that its hours
  // up to 40 are valued at the minimum wages' weighted average, with that rate, so that "Owed"
  // can be checked (it said "at the minimum wage", and the first 40 hours in date order gave
  // another figure); warnings lump-sum-payment (the amount that lowers nothing in a workweek
  // shared with another job) and payday-after-week (F with each payday dated in the week before).
  // Figures unchanged; the filing's text changes only in such a workweek's line.
  // 2.10.0, from the shared layout (docs/pagination.md, "Gaps"): a `keep` or short table is kept
  // whole only up to a third of a page (was a half; a keep ending with a signature still a half), and a
  // table row of two lines or more may stand alone at a page break (a one-line first or last row still
  // keeps with its neighbour); the full example's "Total restitution requested" table now ends page 8, where it moved whole to page 9 and left a quarter of page 8 empty.
  // 2.11.0: in a workweek of two jobs valued on an agreed rate, each job's wages paid go to its own
  // agreed straight time (overtime.ts, agreedWeek; worked example 16): a job without a rate that
  // paid well no longer pays another job's agreed straight time, which F then claimed ($1,302.40
  // owed where $1,182.19 is). Figures change only in such a week (and its table note says so). An
  // agreed rate's line says 1.5 × the rate holds in workweeks whose hours are all at it, naming the
  // days worked at a minimum wage at or above it; the rule on overtime says the regular rate is
  // each hour's rate averaged over the workweek (it said "that rate"). An appendix of daily logs,
  // on a page of its own after the signature, lists each dated entry with its weekday, hours and
  // workweek (daily-log.ts), only when a period has a daily log; the period's line points to it.
  // 2.11.0, from the shared layout (docs/markup.md, "Typed lists"): a pasted list line that numbers
  // the open list's next item in other delimiters ("a.", "b.", then "(c)" or "c)") goes on counting
  // it as a list of its own (it nested under "b." counting from 3, or was a line of "b.").
  // 2.11.0 (templates/partials/restitution-worksheet-filing.hbs, by the layout): the "Preparer"
  // closing ends in a signature, its /s/ on a signing line (`signature signed`) and the preparer's
  // lines under the name, so it is kept whole up to half a page and its /s/ block no longer starts
  // the last page alone when a long address takes it past a third (docs/pagination.md, "Gaps").
  // The full example's text is unchanged; its last page draws the signing line.
  // 2.12.0, from the shared layout (docs/rendering.md): the DOCX writes a hyphen before a digit as Word's
  // non-breaking hyphen, so Word and LibreOffice no longer break a case number's "cr-00907" or a phone number at the hyphen where the PDF
  // keeps it whole (a compound name's and an address's hyphens stay plain); a signer whose name is
  // Hebrew or Arabic signs from the right margin in both formats (signing line and every line at the
  // right), and a Latin signer's right-to-left capacity or place line starts at the left in the PDF,
  // as in the DOCX. The examples' text is unchanged; their DOCX marks the hyphens of its case and phone numbers.
  // 2.12.0: a workweek of two jobs valued on an agreed rate in which something was paid gives, under
  // the workweek table, each job's hours, straight time at the minimum wage and at the agreed rate,
  // and pay, then the sum to "Owed" (weeks[].jobs; worked example 16 with the cleaning job paid
  // $150.00: $1,219.74 could not be rebuilt from the page). Figures unchanged; the filing's text
  // changes only in such a workweek's line and the list's heading ("… more than one rate or job").
  // 2.12.0: the pooled reading of such a week (its pay one employer's, 29 C.F.R. § 778.315) is an
  // open legal choice with its F (alternatives.weekPayPooled) and an assumption naming the weeks,
  // when F differs under it; it was in the domain file only. Figures as requested unchanged.
  // 2.12.0: warning pay-without-hours names every workweek a weekly payment is credited to without
  // the period's hours, with its share, and every such dated payment with its workweek (each named
  // the first alone), and asks of a week inside the period whether its days are missing from the log.
  // 2.12.0: a value outside a choice is refused in the kit's words (docs/fields.md, "Choices"): the field and each choice by its label, the codes in one aside, "(codes: …)", where the codes alone were listed. No document changes.
  // 2.13.0: a warning about several workweeks names every one of them by its first day, runs of
  // consecutive workweeks as ranges with their count ("the workweeks of January 1 to March 25, 2024
  // (13 weeks) and of May 6, 2024"; week-names.ts): lump-sum-payment, pay-above-minimum-wage and
  // exemption-used named the count and the first week only, pay-without-hours each week one by one,
  // payday-after-week and exemption-no-effect none. No document changes.
  // 2.13.0, from the shared layout (docs/pagination.md, §Blocks): a paragraph directly before a table stays with the table's first rows whether or not it ends in a colon (src/model/keeps.ts introducesTable), so it no longer ends a page alone above a table moved to the next: "Each row changes one choice …" and the open legal choices'
  // table on one page (worked example 16 with the restaurant alone paid). The examples' pages are unchanged.
  // 2.13.0: check's answer gives computed.rateLines, the lines printed under the workweek table, which the
  // web form's summary shows word for word (it built a shorter line of its own, without a two-job week's by-job figures).
  // 2.13.0, from the shared layout (docs/pagination.md §Blocks): a one-line close before a signature holds the last line of the text before it, and a lead-in ending a `keep` holds the list after it, so a signature page never holds a close and the signature alone. The examples' pages are unchanged.
  // 2.13.0, from the shared layout (docs/rendering.md): a hyphen or minus sign in a token holding a digit (a case number "4:17-cr-00907-RBH", a receipt number, "-$1.00", "24-hour";
  // not one between two lower-case letters) is no line end in the PDF and a non-breaking hyphen in the DOCX; a right-to-left signature in a
  // list item is indented as the item's text; a paragraph's direction by one rule in both formats (a letter, all of right-to-left scripts);
  // a DOCX render warns script-not-embedded for a field in a script no embedded font has (Devanagari, Thai…); an address part wider
  // than the line breaks before its periods, "@" and hyphens. The full and minimal examples' PDF print the case numbers "2:18-cr-00524-RBS" and "4:17-cr-00907-RBH" whole (they read back as "2:18cr-00524-RBS" and "4:17-cr-00907RBH"), and "No." on the line of its number (the text layer holds "No. 4:17-…" as a unit, both formats), which moves a page break of each by one line; their DOCX marks those hyphens.
  // 2.13.0: the FLSA exemption's description (the web form's help for the field, and the JSON Schema's) no longer ends by naming a file of this repository (docs/domain/…, Exemptions); a test reads every kind's descriptions for one.
  // 2.13.0: a phone of one digit repeated ("000-000-0000") is refused (invalid-phone, "leave it out when not known"), as the RFA's are, where it was printed as a number to call.
  // 2.14.0, from the shared layout (docs/rendering.md): a minus sign (U+2212, as word processors type it: "−$40.00") prints in the PDF, drawn from Noto Serif's own figure dash and plus sign, where it was refused (unsupported-character), and the DOCX embeds it and no longer warns script-not-embedded; a sentence's "No." before a number ("she said No. 3 people came") is no longer held to it across a line end, the abbreviation ("Case No. 3", "Dkt. No. 45", a caption's "CASE NO. 3", which was not) is; a web address keeps its characters in the DOCX (no word joiner inside "…(c)(2)"); in the PDF an Arabic "الله" (Abdullah) is drawn as its joined letters and copies back as typed (was reversed, "اهلل"), and a hamza the font has no anchor for no longer fails the render. The examples' text is unchanged.
  // 2.14.0: a payment received in another currency records its amount there, its ISO 4217 code and the
  // exchange rate used (wagesPaid.payments[].original, wagesPaid.perWeekOriginal), checked against
  // the dollar amount to the cent (conversion-mismatch, rate-not-sourced) and printed beside the
  // payment; the rule on credits and the rounding line say so only when a case has one.
  // 2.14.0: laborPeriods[].lodgingOrMeals (optional): lodging or meals a defendant provided are said,
  // on the period's table, not to be credited, with why (29 U.S.C. § 203(m)(1); 29 C.F.R. §§ 531.3(a),
  // 531.30, 516.27; Donovan v. New Floridian Hotel). Figures unchanged.
  // 2.14.0: a warning about several workweeks says a detail shared by weeks that are not consecutive
  // once, after their dates, and each year once (week-names.ts): twelve monthly lump sums read "the
  // workweeks of December 31, 2023, February 4, … and December 1, 2024 (12 weeks, each $1,200.00)",
  // where each date carried its year and "($1,200.00)". No document changes.
  // 2.14.0: the rounding line names the rounding of a weekly payment's share of a partial first or last
  // workweek (weekly amount × days ÷ 7), which the Paid column prints ($21.43 in the full example)
  // and the line, which names each rounding, left out (worked example 19). The full example's text changes by that clause.
  // 2.15.0: counts in running prose are words up to nine, by the kit's one rule (src/domain/format.ts
  // counted; the template helper `counted`): the workweek table's lead-in opens "Two workweeks, each
  // beginning …" (was "2 workweeks"), "In two workweeks, those of …", "The four workweeks from …",
  // "all three defendants", "In three workweeks, those of …"; figures (hours, money, dates, the daily
  // log's table cell) unchanged. Warnings' messages unchanged. The minimal and full examples' text
  // changes by those words.
  // 2.15.0: a gross-income line (the figure its form uses) and a loss (its amount, or its basis's)
  // record a figure in another currency (grossIncome[].original, losses[].original), with the
  // payments' checks (conversion-mismatch, rate-not-sourced) and printed the same way beside the
  // dollar figure; the rule on the rate is its own point and names the figures converted, and
  // the rounding line says "each figure given in another currency". New warning rate-far-from-date:
  // a rate dated more than 31 days from the payment, the weekly payment's period or the loss's dates.
  // 2.15.0: the assumption on workweeks holding hours of two periods no longer says the separate-
  // employers reading "lowers F": it gives fewer overtime hours, and where wages were credited in
  // those weeks F may be lower or higher (one job's pay no longer covering the other's shortfall);
  // "lower" only without pay or agreed rates (worked example 20). The full example's text changes there.
  // 2.15.0: a period's agreed-rate line says the hours up to 40 are valued at the minimum wage "or at
  // this rate as far as the period's wages paid that workweek reached it" (29 U.S.C. § 207(h); 29
  // C.F.R. § 778.315), as the workweek table values them; it said "at the minimum wage" alone, from
  // which a day rate's week (worked example 21) rebuilt to $890.00 where the table owed $1,100.00.
  // 2.15.0 (shared layout): Word's arrows, operators (≤ ≥ ≠) and geometric shapes print in the PDF from the
  // shipped fallback face, ✓ ✗ ☐ ☑ drawn by each body face, as the DOCX printed them; vowelled Arabic and
  // Hebrew copy back out of the PDF as typed; a paragraph or cell whose first and last letters are
  // right-to-left is laid out right to left (an Arabic cell quoting English); a table row split across
  // pages repeats its ended cells marked "(continued)" in the PDF; a "+" keeps with its amount; a
  // parenthesised amount hangs its parenthesis so its digits align; the unprintable-text message names
  // the script, or says to write a symbol in words. The examples' text is unchanged.
  // 2.15.0: the preparer's name refuses a word for not known typed as the name ("FNU", "Unknown", "N/A", "?": the kit's not-a-name, docs/fields.md "Names"), which printed in the signature block.
  // 2.15.0: the JSON Schema's laborPeriods[].perWeekOriginal carries `x-with: perWeek` (docs/fields.md): the
  // web form shows the group "Paid each week in another currency" only while the period has a weekly
  // amount (or the group holds a value); what a case may hold is unchanged.
  // 2.16.0 (shared layout): a paragraph's direction is decided by its letters outside double quotation marks, and where a right-to-left first letter meets a Latin last, by the more words (an Arabic sentence ending on its English quotation is laid out right to left; a label before right-to-left names, "Other names: سلمى عبد", stays left to right); the arrows and operators ← ↑ → ↓ ↔ ⇐ ⇒ ⇔ ≠ ≤ ≥ are drawn in the body faces at the text's width and weight (they were the Korean face's wide hairlines) and the ballot X ✗ ✘ as a hand's mark (it read as ×), in both formats; the DOCX keeps a table row of a fifth to a third of a page whole (w:cantSplit), where Word and LibreOffice split it with its short cells empty on the next page. The examples' text is unchanged.
  // 2.16.0: the numbers of its limits' messages and of its JSON Schema's list caps are grouped as every
  // message writes a number (src/domain/format.ts figure): "more than 9,132 days", "at most 5,000 entries".
  // 2.16.0: laborPeriods[].dayRate (optional): a flat sum for each day worked. Each workweek's regular
  // rate is its day-rate pay ÷ its hours (29 C.F.R. § 778.112), the minimum wage where higher (§ 778.107);
  // such a week is marked "*" and its line under the workweek table rebuilds "Owed"; the period's table
  // has a "Day rate" row. New error agreed-and-day-rate (both rates on one period). Cases without the
  // field print as before.
  // 2.16.0: a date the preparer could not have known on the worksheet's date is refused with the code every
  // kind uses, date-after-document-date: an exchange rate (original.rateDate of a payment, weekly payment,
  // G line or loss) or a past loss's start or end (projected: false) after preparedOn (known-dates.ts).
  // The codes period-after-document and too-much-labor, emitted since issue 16, are now in the kind's table.
  // 2.16.0: the help and messages of a figure in another currency are worded for its use (schema.ts,
  // ORIGINAL_WORDS): a payment's currency is the one it was made in, a G line's figure's the one it was
  // charged or earned in, a loss's the one it was paid or billed in; refusing US dollars names "the loss’s
  // amount" or "the line’s figure", no longer "the payment’s amount". What the worksheet prints is unchanged.
  // 2.16.0: the workweek table's lead-in with one workweek reads "One workweek, beginning on a …" (was
  // "One workweek, each beginning"; worked example 23); the context gains weeksLead, weekCount stays.
  // 2.17.0: what a day rate reaches (worked example 24): lump-sum-payment reads a day-rate week at
  // its day-rate pay (plus the half-time of 29 C.F.R. § 778.112), not at the minimum wage, and asks
  // no period with a rate for an agreedRate; every workweek with hours paid by the day has a line
  // under the table, one the day rate leaves at the minimum wage saying why ("paid by the day, not
  // marked “*”: …"; computed.weeks[].dayRates is given in every such week, marked or not); a period
  // the day rate never values says so on its "Day rate" row; the table's note speaks of an agreed
  // hourly rate only when a marked week has one (context hasHourlyAgreedWeeks, hasDayRateLines).
  // In a week of a day-rate job beside one paid by the hour, the by-job line under the table, the
  // assumption on pooled pay and its row among the open choices say "day-rate pay" / "a day rate"
  // where they said "the agreed rate" / "an agreed hourly rate" of a case with none (payKinds).
  // Read in the PDF and in the DOCX through LibreOffice: the heading of the lines under the table had two
  // parentheses in a row ("… paid by the day (29 C.F.R. §§ 778.107, 778.112) (regular rate by …)"), now
  // one; in a case paid by the day alone the table's note no longer says the day-rate pay twice, and the
  // credits' first row says "with the day-rate pay as far as paid" (it said "the agreed straight time").
  // The examples' text is unchanged (no fixture is paid by the day).
  // 2.17.0: a row of the open legal choices whose total is the total as requested says why ("(the same
  // total as requested: F is then $211.75, still below G, $430.34, which is counted either way)"; worked
  // example 23); it printed the same figure with no word. The examples' text is unchanged.
  // 2.17.0: the rule on credits (printed wherever wages are credited) and the help of wagesPaid, a
  // payment's amount and perWeek say that an amount deducted from the pay (rent for a bunk) and food,
  // lodging or goods given instead of pay are not wages paid (29 C.F.R. §§ 531.27(a), 531.35; worked
  // example 25); they spoke of what was handed back alone. The full example's rule 7 and the JSON Schema's
  // three descriptions change there.
  // 2.17.0 (shared layout, docs/rendering.md): a word broken between characters keeps two characters before a break and three after it in the PDF (no lone "0" ending a receipt number in a narrow column); the arrows and operators ↕ ↖ ↗ ↘ ↙ ⇑ ⇓ ⇕ ≈ ∞ ≡ are drawn in the body face at its weight (NanumMyeongjo's hairlines before), and every drawn symbol slants in italic text; an English quotation in a right-to-left paragraph is one left-to-right piece with its quotation marks (the DOCX marks it with two left-to-right marks). A kept block holding a table with text after it stays on one page in LibreOffice's rendering of the DOCX, as in the PDF (docs/pagination.md). Examples unchanged.
  // 2.18.0 (shared layout, docs/rendering.md, docs/pagination.md): a number written with a sign or currency before it reads as written in a right-to-left line in both formats ("−15%" after Hebrew was drawn "15%−", "$40.00" after Arabic "40.00$"; the DOCX holds one left-to-right mark before such a sign); in the DOCX a lead-in of four lines or more before a table (F's "… workweeks, each beginning on a …") is no longer held with the table, so LibreOffice splits it under its heading as the PDF does, where it moved the heading and the whole lead-in to the next page and left half a page empty; a signature right after a table stands 1 pt below it, not 8 pt lower than the PDF sets it. Text unchanged.
  // 2.18.0: laborPeriods[].deductions (optional): an amount kept from each week's pay (what for,
  // whether claimed as lodging or meals) is printed in the period's "Deducted from pay" row, received
  // + kept = the pay before deductions, never credited (29 C.F.R. §§ 531.35, 531.27(a)); claimed as
  // board or lodging, the defence's § 203(m)(1) argument and why it fails, no figure (worked example
  // 26). The rule on credits is printed for a period with deductions and nothing paid. JSON Schema gains the field.
  // 2.18.0: the day-rate lines and notes name the day-rate pay where a figure or comparison means the
  // pay (29 C.F.R. § 778.112): "regular rate from the day-rate pay", the hours up to 40 "at the day-rate
  // pay as far as the week's pay … reached it", "$750.00 as its day-rate pay", "does not guarantee the
  // day-rate pay", "above the day-rate pay for those days", and the rule on overtime's "whose day-rate
  // pay for the week is above the minimum wage for its hours" (it compared a day rate with an hourly
  // minimum wage). The examples' text is unchanged (no fixture is paid by the day).
  // 2.18.0: the workweek table's notes on weeks marked "*" and "Exempt" are a paragraph of their own
  // ("In the workweek table below, …"; "“Exempt” means that …") before its legend, which alone leads
  // into the table: LibreOffice moved the one long paragraph and the F heading whole to the next page
  // (the DOCX writer now holds no lead-in the PDF could split: docs/pagination.md).
  // The full example's F section has two paragraphs; two of its workweek rows move to the next page in the PDF.
  // 2.18.0: the assumption on tips gives the floor a proved tip credit would leave (a cash wage of $2.13,
  // 29 U.S.C. § 203(m)(2)(A)(i); a credit of at most $5.12, 29 C.F.R. § 531.59; overtime on the full
  // minimum wage, § 531.60; worked example 27). Every worksheet with labor: the examples' text changes there.
  // 2.18.0: grossIncome[].monthlyEarnings with startDate and endDate (optional): a G line by the month
  // over dates that need not begin or end with a month, each calendar month counting its days covered ÷
  // its days, the G table printing each part ("× (17 ÷ 31 + 3) months … 17 of the 31 days of March 2024;
  // 3 whole months"), rule 9 naming the form where used (worked example 28). JSON Schema gains the fields.
  version: '2.18.0',
} as const;
