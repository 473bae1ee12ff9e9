// Talking to Harbor's API from the pages: the same origin, the same auth. When the service needs
// an API key (401), the person is asked for it once, in a dialog; the key is kept in
// sessionStorage only (gone when the tab closes) and never in a URL, cookie or localStorage.

import type { Issue, Problem } from './problem.js';

export type { Issue, Problem };

const KEY = 'harbor.apiKey';

let asking: Promise<string | null> | undefined;

/** Ask for the API key in a modal dialog; null when the person cancels. */
function askKey(again: boolean): Promise<string | null> {
  asking ??= new Promise<string | null>((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'key-dialog';
    dialog.setAttribute('aria-labelledby', 'key-title');
    const form = document.createElement('form');
    form.method = 'dialog';
    const h = document.createElement('h2');
    h.id = 'key-title';
    h.textContent = 'API key';
    const p = document.createElement('p');
    p.textContent = again
      ? 'That key was not accepted. Enter the API key your administrator gave you.'
      : 'This Harbor service needs an API key. It is kept in this tab only and forgotten when you close it.';
    const label = document.createElement('label');
    label.htmlFor = 'api-key';
    label.textContent = 'API key';
    const input = document.createElement('input');
    input.id = 'api-key';
    input.type = 'password';
    input.autocomplete = 'off';
    input.required = true;
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.value = 'ok';
    ok.textContent = 'Use this key';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    cancel.addEventListener('click', () => dialog.close(''));
    form.append(h, p, label, input, ok, cancel);
    dialog.append(form);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const v = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      asking = undefined;
      resolve(v || null);
    });
    dialog.showModal();
    input.focus();
  });
  return asking;
}

/** fetch() on the API with the session's key; asks for a key on 401 and tries again. */
export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const headers = new Headers(init.headers);
    const key = sessionStorage.getItem(KEY);
    if (key) headers.set('Authorization', `Bearer ${key}`);
    const res = await fetch(path, { ...init, headers, cache: 'no-store', credentials: 'same-origin' });
    if (res.status !== 401 || attempt >= 3) return res;
    const k = await askKey(attempt > 0 || !!key);
    if (!k) return res;
    sessionStorage.setItem(KEY, k);
  }
}

/**
 * The problem+json of a failed response, or a stand-in when the body is not one (a proxy's HTML
 * page, an empty body, an answer cut while it was read): the status and its reason phrase, and
 * that no explanation came with it.
 */
export async function problemOf(res: Response): Promise<Problem> {
  try {
    const p = (await res.json()) as Problem;
    if (p && typeof p === 'object' && typeof p.title === 'string') return p;
  } catch {
    /* not JSON, or cut */
  }
  const phrase = res.statusText ? ` (${res.statusText})` : '';
  return { title: `The server answered ${res.status}${phrase} with no explanation`, status: res.status };
}

/** The file name of a download, from Content-Disposition (the API's own name). */
export function fileNameOf(res: Response, fallback: string): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ?? fallback;
}

/** Hand a blob to the browser as a download; the object URL is revoked once it is taken. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface KindInfo {
  id: string;
  title: string;
  version: string;
  description: string;
}

/**
 * A kind's description as the home page shows it: without an aside that names a field as the case
 * does ("(declarant.role)", the T-visa's), which the page cannot put in words without the kind's
 * schema (the form page names the field by its label instead: plain.ts plainTerms).
 */
export function describedForPeople(description: string): string {
  return description.replace(/\s*\((?:[a-z][A-Za-z0-9]*\.)+[a-z][A-Za-z0-9]*\)/g, '');
}

/** Who files each document (the home page's second line); kinds not listed show only their description. */
export const WHO_FILES: Record<string, string> = {
  rfa: 'Filed by a caseworker or other professional who learns that a foreign-national child may be trafficked: to HHS OTIP within 24 hours.',
  't-visa-declaration': 'Prepared by a pro bono attorney with the applicant (and an interpreter) for Form I-914, or by a witness for a supporting declaration.',
  'restitution-worksheet': 'Prepared by a clinic or prosecutor for a criminal restitution order under 18 U.S.C. § 1593.',
  'best-interests-memo': "Written by a child advocate for an unaccompanied child's immigration, custody or release decision.",
};
