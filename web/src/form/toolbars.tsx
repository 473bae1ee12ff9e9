// The form page's buttons: the draft's (the example, open, save) and the document's (preview and
// the two downloads). On a wide screen both stay at the top of the screen in one row; on a phone
// only the document's does, in one row ("Preview  Download: PDF DOCX"), and the draft's stays where
// it is (all six stuck took four rows, a quarter of a phone's screen). The document's buttons are
// never `disabled` while a document is made: a disabled button loses the keyboard's focus to the
// page's body, so they say `aria-disabled` and ignore a click until it is done.
//
// Each row is a named group of ordinary buttons, each a stop of Tab: as `role="toolbar"` a screen
// reader announced a toolbar, whose pattern (WAI-ARIA APG) is one Tab stop moved within by the
// arrow keys, and the arrows did nothing. Three buttons a row, each a main action, need no roving
// focus; a group keeps the row's name ("Document, group").
//
// What is stuck at the top covers the page under it, and the browser scrolled a field that
// Shift+Tab (or a field's link) brought the focus to just to the top edge of the screen, under the
// bar: on a phone 17 of 60 stops going back through a worksheet were hidden in part or whole (WCAG
// 2.2 SC 2.4.11, Focus Not Obscured). The page now keeps the bar's height, as drawn, in
// `--stuck-height` on the root element, which its scroll-padding-top reads (app.css), so whatever
// takes the focus or is scrolled to stops below the bar.
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

/** Keeps the height of what sticks at the top (the whole `.toolbars` on a wide screen, `.stuck` on a phone) in the root element's `--stuck-height`. */
function useStuckHeight(bars: React.RefObject<HTMLDivElement | null>, stuck: React.RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const [all, doc] = [bars.current, stuck.current];
    if (!all || !doc) return;
    const measure = (): void => {
      // On a phone the whole is no box (display: contents) and only the document's row sticks.
      const sticky = getComputedStyle(all).display === 'contents' ? doc : all;
      // On a screen too short for it (app.css) nothing sticks, and nothing covers the page.
      const height = getComputedStyle(sticky).position === 'sticky' ? Math.ceil(sticky.getBoundingClientRect().height) : 0;
      document.documentElement.style.setProperty('--stuck-height', `${height}px`);
    };
    const watch = new ResizeObserver(measure);
    watch.observe(all);
    watch.observe(doc);
    // The screen's height decides whether the bar sticks, which changes no size the observer sees.
    window.addEventListener('resize', measure);
    measure();
    return () => {
      watch.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
}

export interface ToolbarActions {
  /** A document is being made: the document's buttons wait. */
  busy: boolean;
  onExample: () => void;
  /** A draft file the person chose. */
  onOpen: (file: File) => void;
  onSave: () => void;
  onPreview: () => void;
  onDownload: (format: 'pdf' | 'docx') => void;
  /**
   * The page's status line (what a button started: "Making the PDF…", a download done or refused),
   * kept on the screen with the document's buttons: below the buttons it scrolled away with the
   * page, so a person who pressed a stuck Download far down the form saw no progress and no failure.
   */
  children?: ReactNode;
}

export function Toolbars({ busy, onExample, onOpen, onSave, onPreview, onDownload, children }: ToolbarActions): ReactElement {
  const fileInput = useRef<HTMLInputElement>(null);
  const bars = useRef<HTMLDivElement>(null);
  const stuck = useRef<HTMLDivElement>(null);
  useStuckHeight(bars, stuck);
  return (
    <div className="toolbars" ref={bars}>
      <div className="toolbar draft-actions" role="group" aria-label="Draft">
        <button type="button" onClick={onExample}>
          Start from the example
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open draft…
        </button>
        <input
          ref={fileInput}
          id="open-draft"
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          // Out of the accessibility tree: "Open draft…" is the one way in, and a screen reader listed
          // this hidden chooser beside it as a second button, "Open draft file" (review, round r56).
          aria-hidden="true"
          aria-label="Open draft file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onOpen(f);
          }}
        />
        <button type="button" onClick={onSave}>
          Save draft
        </button>
      </div>
      <div className="stuck" ref={stuck}>
        <div className="toolbar document-actions" role="group" aria-label="Document">
          <button type="button" aria-disabled={busy || undefined} onClick={() => busy || onPreview()}>
            Preview
          </button>
          <span className="phone-only" aria-hidden="true">
            Download:
          </span>
          <button type="button" aria-disabled={busy || undefined} onClick={() => busy || onDownload('pdf')}>
            <span className="phone-hidden">Download </span>PDF
          </button>
          <button type="button" aria-disabled={busy || undefined} onClick={() => busy || onDownload('docx')}>
            <span className="phone-hidden">Download </span>DOCX
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
