// A group that opens and closes (a native <details>) named by its <summary> in the accessibility
// tree. Chromium names the <summary>'s button by its words but leaves the group itself unnamed, so
// a screen reader moving by group (or reading where the focus is inside one) heard "group" with no
// name: the warnings, the fields a T-visa declaration's role does not print, "Still to find out",
// the worksheet's weeks at an agreed rate, the case as JSON. Every <details> of the page is this.
import { useId, type DetailsHTMLAttributes, type ReactElement, type ReactNode } from 'react';

export function Disclosure({ summary, children, ...details }: { summary: ReactNode; children?: ReactNode } & Omit<DetailsHTMLAttributes<HTMLElement>, 'children'>): ReactElement {
  const id = `${useId()}summary`;
  return (
    <details {...details} aria-labelledby={id}>
      <summary id={id}>{summary}</summary>
      {children}
    </details>
  );
}
