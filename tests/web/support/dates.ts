// Dates and times as a person types them into the form's inputs (the browser tests' entry point
// reads the clock; these only format what it read).

const pad = (n: number): string => String(n).padStart(2, '0');

/** The UTC calendar date of a moment, `yyyy-mm-dd`: what a date input takes. */
export function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A moment as the wall-clock time at a UTC offset (minutes): what a datetime-local input takes. */
export function isoIn(d: Date, offsetMinutes: number): { local: string; iso: string } {
  const t = new Date(d.getTime() + offsetMinutes * 60_000);
  const local = `${ymd(t)}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const a = Math.abs(offsetMinutes);
  return { local, iso: `${local}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}` };
}
