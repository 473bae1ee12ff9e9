// The USCIS Alien Registration Number (A-number), one rule for every kind.
//
// Rule: an A-number is "A" followed by 8 or 9 digits. USCIS issues 8- and 9-digit numbers (the
// 9-digit series is the current one); its forms give nine boxes and tell the filer to put a zero
// before an 8-digit number (e.g. Form I-914 and I-485 instructions, "A-Number"). A 7-digit number
// is not an A-number USCIS issues today, so it is refused rather than silently padded: a missing
// digit is far more likely than a 7-digit A-number. People write it with or without the "A", with
// dashes or spaces ("A 012-345-678", "12345678"); Harbor keeps one form: "A" + 9 digits.
const A_NUMBER = /^[Aa]?[\s-]*(\d[\d\s-]*)$/;

/** Normalise an A-number to "A" + 9 digits ("A-12-345-678" → "A012345678"), or null when it is not one. */
export function normaliseANumber(s: string): string | null {
  const r = A_NUMBER.exec(s.trim());
  if (!r) return null;
  const digits = r[1]!.replace(/[\s-]/g, '');
  if (digits.length < 8 || digits.length > 9) return null;
  return 'A' + digits.padStart(9, '0');
}

/**
 * An A-number as every document prints it: "A" + 9 digits, "A012345678" (8 digits get the leading
 * zero). That is how USCIS writes it ("the letter A followed by eight or nine numbers (such as
 * A012345678)") and fills its forms' "A-Number ► A-" boxes, nine digits without separators; one
 * form in every kind, so the same child's number reads the same in the RFA, the memo and the
 * declaration (review B point 5: the declaration printed "A-201-555-014").
 */
export function formatANumber(aNumber: string): string {
  return 'A' + aNumber.replace(/^A/i, '').replace(/[\s-]/g, '').padStart(9, '0');
}
