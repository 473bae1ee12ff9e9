// The form page's polite live regions (role=status): what a list's button did (lists.tsx) and what a
// field just left is wrong with (left-told.ts). Each region is put in the page before anything is
// said in it, since a region made with its text is not read; each text is a node of its own, since
// the same words set again are not told.

/** The live region of `id` in the page's main, made if missing; null when the page has no main yet. */
export function liveRegion(id: string): HTMLElement | null {
  const had = document.getElementById(id);
  if (had) return had;
  const main = document.querySelector('main');
  if (!main) return null;
  const p = document.createElement('p');
  p.id = id;
  p.className = 'visually-hidden';
  p.setAttribute('role', 'status');
  p.setAttribute('aria-live', 'polite');
  main.append(p);
  return p;
}

/** Says `text` in the live region of `id`, as a node of its own (nothing when the region was never made). */
export function sayIn(id: string, text: string): void {
  const region = document.getElementById(id);
  if (!region) return;
  const line = document.createElement('span');
  line.textContent = text;
  region.replaceChildren(line);
}
