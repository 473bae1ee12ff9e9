// What the form's words must not hold (tests/web/plain.test.ts, typed-dates.test.ts).

/** Words a caseworker does not read: the contract's formats, JSON's values, a type's name. */
export const JARGON = /`|yyyy|\bISO\b|IANA|alpha-2|true or false|\bboolean\b|\bnull\b|\bJSON\b|\b(?:is|be|to|default|give|then)\s+(?:true|false)\b|^(?:true|false)\b|, (?:true|false) for\b|date-time|T\d\d:\d\d/;
