// Home page: the document kinds, one line on what each is and one on who files it, with links to
// their forms, the batch page and the API docs.
import { api, problemOf, WHO_FILES, type KindInfo } from './api.js';

async function main(): Promise<void> {
  const list = document.getElementById('kinds')!;
  const status = document.getElementById('kinds-status')!;
  const res = await api('/v1/documents');
  if (!res.ok) {
    status.textContent = `Could not load the document kinds: ${(await problemOf(res)).title}`;
    return;
  }
  const kinds = (await res.json()) as KindInfo[];
  status.textContent = '';
  for (const k of kinds) {
    const li = document.createElement('li');
    li.className = 'kind';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = `/forms/${encodeURIComponent(k.id)}`;
    a.textContent = k.title;
    h.append(a);
    const what = document.createElement('p');
    what.textContent = k.description;
    li.append(h, what);
    const who = WHO_FILES[k.id];
    if (who) {
      const p = document.createElement('p');
      p.className = 'who';
      p.textContent = who;
      li.append(p);
    }
    list.append(li);
  }
}

void main();
