// A field Tab moves to is brought wholly onto the screen. The browser scrolls a focused element
// only when none of it is in view: Tab forward on a phone left a narrative's box with its top line
// at the screen's bottom edge and the rest below it (up to 69 of its 96 px, the RFA's and the
// worksheet's multi-line boxes), the caret where the person could not see what they typed (WCAG
// 2.2 SC 2.4.11, Focus Not Obscured). Going back, the page's scroll padding keeps a field below the
// stuck buttons (toolbars.tsx); this moves the page just enough that the whole box shows, and where
// it is taller than the screen below the buttons, that its top shows with its label.
//
// Only for focus that Tab moved: a click or a tap is on something the person sees already, and the
// page jumping under the finger would be worse than a box partly shown.

/** Tab is down: the focus moving now is the keyboard's. */
let tabbing = false;

/** Room kept between the box and the screen's edge, CSS pixels. */
const MARGIN = 8;

/** The top of the room below what sticks at the top (the page's scroll padding, app.css: the stuck bar's height). */
function roomTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

/** The label drawn just above a control (its field's title), if any: shown with it when the box is scrolled to. */
function labelAbove(el: HTMLElement, box: DOMRect, room: number): DOMRect | undefined {
  if (!el.id) return undefined;
  const label = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
  const r = label?.getBoundingClientRect();
  // Above the box and near it (its help between them), never a heading half a screen away.
  return r && r.height > 0 && r.bottom <= box.top + 1 && box.top - r.top < room / 2 ? r : undefined;
}

/** Scroll the page so that `el` shows whole below the stuck bar, or, taller than the room, from its label (or its top) down. */
export function bringWhole(el: HTMLElement): void {
  const box = el.getBoundingClientRect();
  if (box.height === 0) return;
  const top = roomTop();
  const bottom = window.innerHeight;
  if (box.top >= top && box.bottom <= bottom) return;
  const label = labelAbove(el, box, bottom - top);
  const start = Math.min(label?.top ?? box.top, box.top);
  let by: number;
  if (box.bottom > bottom) {
    // Below the edge: up until its bottom shows, never so far that its label or top goes under the bar.
    by = Math.min(box.bottom - bottom + MARGIN, start - top - MARGIN);
    if (box.top - by > bottom - MARGIN) by = box.top - top - MARGIN; // still not even its top: its top to the bar
  } else {
    by = start - top - MARGIN; // under the bar: down to its label or top
  }
  if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
}

/** Watches the page's keyboard focus (added once, by form.tsx). */
export function keepTabbedFocusInView(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') tabbing = true;
  }, true);
  document.addEventListener('keyup', (e) => {
    if (e.key === 'Tab') tabbing = false;
  }, true);
  document.addEventListener('pointerdown', () => {
    tabbing = false;
  }, true);
  document.addEventListener('focusin', (e) => {
    if (tabbing && e.target instanceof HTMLElement) bringWhole(e.target);
  });
}
