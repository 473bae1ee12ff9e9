// The form page printed (the browser's Print, for a paper file or a supervisor's signature): a
// text box prints only the lines it shows, so a narrative of twenty lines printed its first four
// and stopped mid-sentence, with nothing on the paper to say so. Before printing, each text box
// gets a print-only copy of its whole text beside it (app.css shows the copy, not the box, on
// paper; the screen never sees it), removed again after printing. A copy laid out by the page,
// not a box stretched to a height measured on the screen: the paper is narrower, and lines wrap
// differently there.

/** Class of the print-only copies (app.css). */
const COPY = 'print-text';

function addCopies(): void {
  for (const box of document.querySelectorAll<HTMLTextAreaElement>('main textarea')) {
    const copy = document.createElement('div');
    copy.className = COPY;
    copy.setAttribute('aria-hidden', 'true');
    copy.dir = 'auto'; // as the box: right-to-left text reads so on paper too (text.tsx)
    copy.textContent = box.value;
    box.after(copy);
  }
}

function removeCopies(): void {
  for (const copy of document.querySelectorAll(`.${COPY}`)) copy.remove();
}

/** Prints every text box whole: copies made before the page is printed, removed after. */
export function printTextWhole(): void {
  addEventListener('beforeprint', () => {
    removeCopies(); // a print cancelled without afterprint left its copies
    addCopies();
  });
  addEventListener('afterprint', removeCopies);
}
