// What the form page hands its fields beside their props, apart from the page's component
// (form.tsx): the form library's formContext, which never changes (a new one draws every field
// again), the store of each field's issues it holds (field-state.ts), and the React contexts of
// what changes with the case: the date boxes' facts, the fields the chosen role does not print
// (not-printed-group.tsx) and the case itself (section-required.tsx).
import { useLayoutEffect, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import type { Issue } from '../api.js';
import { caseErrors, type CheckState } from './checks.js';
import type { ReportIncomplete } from './dates.js';
import { IssueStore, PageFactsContext, type IssuesAt, type PageFacts } from './field-state.js';
import { notPrintedIn } from './not-printed.js';
import { NotPrintedContext, type NotPrintedHere } from './not-printed-group.js';
import { CaseData } from './section-required.js';
import type { FormContext } from './templates.js';

export interface FieldInputs {
  kind: string;
  formData: unknown;
  check: CheckState;
  /** What the last PDF refused that a DOCX takes, by field. */
  pdfIssues: Issue[];
  /** The last DOCX's own warnings (checks.ts docxWarnings), by field. */
  docxIssues: Issue[];
  /** The page's own date issues (dates.tsx). */
  incomplete: Issue[];
  reportIncomplete: ReportIncomplete;
  /** The loaded date that says its order (typed-dates.ts firstBothWays). */
  orderNoteAt: string | undefined;
}

export interface FieldContexts {
  formContext: FormContext;
  facts: PageFacts;
  notPrinted: NotPrintedHere | undefined;
  formData: unknown;
}

/** The form's formContext and the contexts of its fields, for the page's state. */
export function useFieldContexts({ kind, formData, check, pdfIssues, docxIssues, incomplete, reportIncomplete, orderNoteAt }: FieldInputs): FieldContexts {
  const issues = useMemo(() => {
    const m = new Map<string, IssuesAt>();
    const at = (p: string) => m.get(p) ?? (m.set(p, { errors: [], warnings: [] }), m.get(p)!);
    for (const e of caseErrors(check.errors, incomplete)) at(e.path).errors.push(e);
    for (const e of pdfIssues) at(e.path).errors.push({ ...e, message: `in a PDF: ${e.message}` });
    for (const w of check.warnings) at(w.path).warnings.push(w);
    for (const w of docxIssues) at(w.path).warnings.push({ ...w, message: `in the DOCX: ${w.message}` });
    return m;
  }, [check.errors, check.warnings, pdfIssues, docxIssues, incomplete]);
  // The case's zone, which a date-time's offset follows (templates.tsx, offsetAt).
  const caseZone = (formData as { requester?: { timeZone?: unknown } } | undefined)?.requester?.timeZone;
  const timeZone = typeof caseZone === 'string' ? caseZone : undefined;
  const facts = useMemo<PageFacts>(() => ({ timeZone, orderNoteAt }), [timeZone, orderNoteAt]);
  // The fields the chosen role's document does not print, gathered in a collapsed group (not-printed.ts).
  const notPrintedFor = notPrintedIn(kind, formData);
  const notPrinted = useMemo<NotPrintedHere | undefined>(() => notPrintedFor && { document: notPrintedFor.document, paths: new Set(notPrintedFor.paths) }, [notPrintedFor]);
  // Each field reads its own issues from the store, told when they change (field-state.ts): the
  // form's formContext never changes, since a new one draws every field again.
  // A field's errors are shown once the person has touched it (issue-store.ts, form.tsx touchedField).
  const [store] = useState(() => new IssueStore({ untilTouched: true }));
  useLayoutEffect(() => store.set(issues), [store, issues]);
  const formContext = useMemo<FormContext>(() => ({ issues: store, reportIncomplete }), [store, reportIncomplete]);
  return { formContext, facts, notPrinted, formData };
}

/** The React contexts the fields read (above), around the form. */
export function FieldProviders({ contexts, children }: { contexts: FieldContexts; children: ReactNode }): ReactElement {
  return (
    <PageFactsContext.Provider value={contexts.facts}>
      <NotPrintedContext.Provider value={contexts.notPrinted}>
        <CaseData.Provider value={contexts.formData}>{children}</CaseData.Provider>
      </NotPrintedContext.Provider>
    </PageFactsContext.Provider>
  );
}
