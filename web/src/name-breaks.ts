// Where a line may break inside a file's name that a status line shows (the form page's and the
// batch page's): after each separator (- . _) between its parts, and nowhere else in the name. The
// browser breaks a hyphen before a digit nowhere and a full stop before the format nowhere, so on a
// narrow screen (a 400 px phone with text at 200%, 200 CSS px: WCAG 1.4.10)
// "t-visa-declaration-f0516933c6b5067b.docx" stuck out past the screen's edge, the page then
// scrolling sideways. A part of one or two letters stays with the next ("t-visa" is one word).
// No DOM and no React here: form/status.tsx draws the pieces as React nodes, batch.ts as elements.

/** A file's name in a status (a download, a draft saved, a batch's file or ZIP): parts and a format. */
const FILE_NAME = /[A-Za-z0-9][A-Za-z0-9._-]*\.(?:pdf|docx|json|zip|csv|xlsx)\b/gi;

/**
 * `text` as its runs: a string is text as it is; an array is a file's name in the pieces between
 * which a line may break.
 */
export function namePieces(text: string): (string | string[])[] {
  const out: (string | string[])[] = [];
  let last = 0;
  for (const m of text.matchAll(FILE_NAME)) {
    out.push(text.slice(last, m.index));
    const pieces: string[] = [];
    for (const piece of m[0].split(/(?<=[-._])/)) {
      const before = pieces[pieces.length - 1];
      if (before !== undefined && before.length <= 2) pieces[pieces.length - 1] = before + piece;
      else pieces.push(piece);
    }
    out.push(pieces);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((r) => r !== '');
}

/** Sets an element's text to `text`, a line break allowed inside a file's name only where namePieces says (a <wbr>). */
export function setTextWithNameBreaks(el: HTMLElement, text: string): void {
  el.replaceChildren(
    ...namePieces(text).flatMap((run) =>
      typeof run === 'string' ? [run] : run.flatMap((piece, i) => (i === 0 ? [piece] : [document.createElement('wbr'), piece])),
    ),
  );
}
