'use strict';
(() => {
  const {el, clear, getJson, showError, externalLink} = V;
  const root = document.getElementById('article');

  async function run() {
    const key = V.param('key');
    if (!key) { showError(root, {status: 400, body: {error: {message: 'no article key in the address'}}}); return; }
    const r = await getJson('api/article?key=' + encodeURIComponent(key));
    if (!r.ok) { showError(root, r); return; }
    const a = r.body;
    const result = a.result;
    const links = new Map((a.speaker_ids || []).map(x => [x.local, x.speaker]));
    const text = el('div', {class: 'article-text', id: 'article-text'});
    V.renderSpans(text, a.text || '', result.attributions || []);
    clear(root);
    V.append(root, [
      el('h1', {}, a.title || a.doc || 'Article'),
      el('p', {class: 'meta'}, a.outlet || 'unknown outlet', ' \u00b7 ', a.published || 'undated',
        a.url ? ' \u00b7 ' : '', a.url ? externalLink(a.url) : ''),
      V.legend(),
      text,
      el('h2', {}, 'Statements (' + (result.attributions || []).length + ')'),
      V.statementList(result.attributions || [], local => links.get(local) || null, a.statements),
      (result.diagnostics || []).length ? el('details', {}, el('summary', {}, 'Diagnostics'),
        el('ul', {}, result.diagnostics.map(d => el('li', {}, d)))) : null]);
  }

  run();
})();
