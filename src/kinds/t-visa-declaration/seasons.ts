// The seasons and parts of a year a T-visa date may be given at (`2022-spring`, `2022-late`):
// the one table the kind's dates (dates.ts) and the web form's date box (web/src/form/typed-dates.ts)
// read, so the form shows a season as the document prints it. No imports: the web app bundles it.
// Rules and worked examples: docs/domain/t-visa-declaration-form.md, "Dates at a season".

/**
 * The seasons and parts of a year a date may be given at, with the months each spans (first and
 * last, 1–12; a last month past 12 is in the next year). Seasons are the meteorological ones of
 * the Northern Hemisphere, which the U.S. reader of the declaration reads them as (spring March to
 * May); winter is the one that begins in December of the year written ("2022-winter": December
 * 2022 to February 2023), printed with both years so that no reader takes another winter. The
 * thirds of a year (early, mid, late) are four months each.
 */
export const SEASONS = {
  spring: { first: 3, last: 5, lead: (y: number) => `Spring ${y}`, text: (y: number) => `the spring of ${y}` },
  summer: { first: 6, last: 8, lead: (y: number) => `Summer ${y}`, text: (y: number) => `the summer of ${y}` },
  fall: { first: 9, last: 11, lead: (y: number) => `Fall ${y}`, text: (y: number) => `the fall of ${y}` },
  winter: { first: 12, last: 14, lead: (y: number) => `Winter ${y}–${y + 1}`, text: (y: number) => `the winter of ${y}–${y + 1}` },
  early: { first: 1, last: 4, lead: (y: number) => `Early ${y}`, text: (y: number) => `early ${y}` },
  mid: { first: 5, last: 8, lead: (y: number) => `Mid-${y}`, text: (y: number) => `mid-${y}` },
  late: { first: 9, last: 12, lead: (y: number) => `Late ${y}`, text: (y: number) => `late ${y}` },
} as const;
export type Season = keyof typeof SEASONS;
export const SEASON_NAMES = Object.keys(SEASONS) as Season[];

export const SEASON_FORM = new RegExp(`^(\\d{4})-(${SEASON_NAMES.join('|')})$`);

/** The year and season of a date written `yyyy-season`, or null for any other form. */
export function seasonOf(s: string): { y: number; season: Season } | null {
  const m = SEASON_FORM.exec(s);
  return m ? { y: Number(m[1]), season: m[2] as Season } : null;
}

