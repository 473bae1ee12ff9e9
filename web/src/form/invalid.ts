// aria-invalid on the form's controls, from the server's errors. The form library ties each control
// to its field's list of issues by aria-describedby (`root_child_dateOfBirth__error`, FieldIssues in
// templates.tsx) but never says a control is invalid: a screen reader read "Date of birth, edit
// text" and only then, maybe, the error. A control is marked invalid exactly when a list it is
// described by holds an error (a warning alone does not make it invalid), and unmarked when not.

/** The controls under `root` whose described-by issues hold an error get aria-invalid="true". */
export function markInvalid(root: ParentNode): void {
  const withErrors = new Set([...root.querySelectorAll('ul.field-issues[data-errors]')].map((ul) => ul.id));
  for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const invalid = ids.some((id) => withErrors.has(id));
    if (invalid) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  }
}
