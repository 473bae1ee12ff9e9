// GET /docs: a small static page that reads /openapi.json and lists the operations and schemas.
// No CDN, no network beyond this server; its script and style are served from /docs/* so the page
// runs under a CSP without 'unsafe-inline'. The script builds the DOM with textContent only.

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbor API</title>
<link rel="stylesheet" href="/docs/docs.css">
<script src="/docs/docs.js" defer></script>
</head>
<body>
<header><h1>Harbor API</h1><p id="about">Loading /openapi.json…</p></header>
<main id="main"></main>
<footer><p>Machine-readable description: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p></footer>
</body>
</html>
`;

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.op{border:1px solid #ddd;border-radius:4px;margin:.6rem 0;padding:.4rem .8rem}
.m{display:inline-block;min-width:3.5rem;font-weight:700;font-family:monospace}
.get{color:#0b6e2e}.post{color:#8a4b00}.p{font-family:monospace}
pre{background:#f5f5f5;padding:.6rem;overflow:auto;font-size:12px;max-height:30rem}
summary{cursor:pointer}ul{margin:.2rem 0}
`;

export const DOCS_JS = `'use strict';
(function () {
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  fetch('/openapi.json').then(function (r) { return r.json(); }).then(function (api) {
    document.getElementById('about').textContent = (api.info.description || '') + ' Version ' + api.info.version + '.';
    var main = document.getElementById('main');
    add(main, el('h2', '', 'Operations'));
    Object.keys(api.paths).forEach(function (path) {
      var item = api.paths[path];
      Object.keys(item).forEach(function (method) {
        var op = item[method];
        var box = add(main, el('details', 'op'));
        var sum = add(box, el('summary'));
        add(sum, el('span', 'm ' + method, method.toUpperCase()));
        add(sum, el('span', 'p', path + '  '));
        add(sum, el('span', '', op.summary || ''));
        if (op.description) add(box, el('p', '', op.description));
        if (op.parameters) {
          var ul = add(box, el('ul'));
          op.parameters.forEach(function (p) {
            var s = p.schema && p.schema.enum ? ' (' + p.schema.enum.join(' | ') + ')' : '';
            add(ul, el('li', '', p.in + ' ' + p.name + s + (p.description ? ': ' + p.description : '')));
          });
        }
        if (op.requestBody) {
          var c = op.requestBody.content['application/json'];
          add(box, el('p', '', 'Body: application/json ' + (c && c.schema && c.schema.$ref ? c.schema.$ref.split('/').pop() : '')));
        }
        var rl = add(box, el('ul'));
        Object.keys(op.responses).forEach(function (code) {
          add(rl, el('li', '', code + ' ' + op.responses[code].description + ' [' + Object.keys(op.responses[code].content || {}).join(', ') + ']'));
        });
      });
    });
    add(main, el('h2', '', 'Schemas'));
    var schemas = (api.components && api.components.schemas) || {};
    Object.keys(schemas).forEach(function (name) {
      var d = add(main, el('details', 'op'));
      add(d, el('summary', 'p', name));
      add(d, el('pre', '', JSON.stringify(schemas[name], null, 2)));
    });
  }).catch(function () {
    document.getElementById('about').textContent = 'Could not load /openapi.json.';
  });
})();
`;
