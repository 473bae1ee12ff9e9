// /docs: Swagger UI (swagger-ui-dist, served from this origin) on /openapi.json, with "try it".
// The bundle is loaded by its own <script> tag before this one and defines SwaggerUIBundle.
import { started } from './started.js';

declare const SwaggerUIBundle: (options: Record<string, unknown>) => unknown;

async function main(): Promise<void> {
  let spec: Record<string, unknown>;
  try {
    const res = await fetch('/openapi.json', { cache: 'no-store' });
    if (!res.ok) throw new Error(`answered ${res.status}`);
    spec = (await res.json()) as Record<string, unknown>;
  } catch {
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.textContent = 'The API description (/openapi.json) could not be loaded: the connection failed, or the server answered with an error. Reload the page to try again.';
    document.getElementById('swagger-ui')!.replaceChildren(p);
    return;
  }
  // Swagger UI renders OpenAPI 3.1 only under the default dialect (OAS base, a superset of JSON
  // Schema 2020-12, which is what Harbor's schemas are); it refuses the explicit 2020-12 URI.
  delete spec.jsonSchemaDialect;
  SwaggerUIBundle({
    spec,
    dom_id: '#swagger-ui',
    deepLinking: false, // the URL never changes: nothing typed into "try it" ends up in it
    displayOperationId: true,
    validatorUrl: null, // no call to a third-party validator
    syntaxHighlight: false, // its colours on a dark ground fail contrast (axe-core)
  });
}

/**
 * Swagger UI's own markup falls short in three places that axe-core reports: its request-body
 * editor has no label, the curl box scrolls but cannot take the focus, and its version badges
 * are low-contrast (fixed in app.css). Each new node it renders is patched as it appears.
 */
function patchAccessibility(root: HTMLElement): void {
  const patch = (): void => {
    for (const t of root.querySelectorAll<HTMLTextAreaElement>('textarea:not([aria-label]):not([id])')) {
      t.setAttribute('aria-label', t.closest('.body-param') ? 'Request body (JSON)' : 'Value');
    }
    for (const c of root.querySelectorAll<HTMLElement>('.curl, .microlight, .highlight-code > pre')) {
      if (!c.hasAttribute('tabindex')) c.tabIndex = 0;
    }
  };
  new MutationObserver(patch).observe(root, { childList: true, subtree: true });
  patch();
}

patchAccessibility(document.getElementById('swagger-ui')!);
started(main());
