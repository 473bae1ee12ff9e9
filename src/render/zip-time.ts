// The fixed timestamp of every zip entry Harbor writes (DOCX parts, batch archives), so the same
// input gives the same bytes (docs/architecture.md §Determinism).
//
// 1980-01-01 00:00, the DOS epoch, in *local* time: a zip stores local DOS time, converted with
// local getters (getFullYear…, dosTimeDate below), so a local-time constant yields the same fields
// in every zone where a UTC timestamp would not. Made at each use, not once at import, so it holds
// even if TZ changes while the process runs (a date built under one zone can fall outside the DOS
// range under another).
export function zipEpoch(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** MS-DOS time and date fields of an entry (PKWARE APPNOTE 4.4.6). */
export interface DosTime {
  time: number;
  date: number;
}

/** MS-DOS time and date fields of a local date. */
export function dosTimeDate(d: Date): DosTime {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
