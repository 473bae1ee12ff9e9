// Home page: the document kinds, one line on what each is and one on who files it, with links to
// their forms, the batch page and the API docs.
import { citationsKept } from './citations.js';
import { api, describedForPeople, problemOf, WHO_FILES, type KindInfo } from './api.js';
import { ANSWER_TIMEOUT_MS, Exchange, reasonText } from './exchange.js';
import { started } from './started.js';

async function main(): Promise<void> {
  const list = document.getElementById('kinds')!;
  const status = document.getElementById('kinds-status')!;
  const ex = new Exchange(ANSWER_TIMEOUT_MS);
  let kinds: KindInfo[];
  try {
    const res = await api('/v1/documents', { signal: ex.signal });
    if (!res.ok) {
      status.textContent = `Could not load the document kinds: ${(await problemOf(res)).title}`;
      return;
    }
    kinds = (await res.json()) as KindInfo[];
  } catch (e) {
    status.textContent = `Could not load the document kinds: ${reasonText(ex.why(e))}. Reload the page to try again.`;
    return;
  } finally {
    ex.done();
  }
  status.textContent = '';
  for (const k of kinds) {
    const li = document.createElement('li');
    li.className = 'kind';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = `/forms/${encodeURIComponent(k.id)}`;
    a.textContent = citationsKept(k.title);
    h.append(a);
    const what = document.createElement('p');
    what.textContent = citationsKept(describedForPeople(k.description));
    li.append(h, what);
    const who = WHO_FILES[k.id];
    if (who) {
      const p = document.createElement('p');
      p.className = 'who';
      p.textContent = citationsKept(who);
      li.append(p);
    }
    list.append(li);
  }
}

started(main());
