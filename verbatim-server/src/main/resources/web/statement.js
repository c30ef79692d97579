'use strict';
(() => {
  const {el, clear, getJson, showError, pageLink} = V;
  const root = document.getElementById('statement');

  function norm(w) { return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''); }

  // The wording with every word an edit added marked as altered.
  function markedWording(text, edits) {
    const added = new Set();
    for (const e of edits) for (const w of e.added.split(/\s+/)) if (norm(w)) added.add(norm(w));
    const out = [];
    for (const part of text.split(/(\s+)/)) {
      if (part && added.has(norm(part))) out.push(el('mark', {class: 'altered'}, part));
      else out.push(part);
    }
    return out;
  }

  function editList(edits) {
    return el('ul', {class: 'edits'}, edits.map(e => el('li', {},
      e.removed ? el('del', {}, e.removed) : null, e.removed && e.added ? ' \u2192 ' : '',
      e.added ? el('ins', {}, e.added) : null)));
  }

  async function run() {
    const id = V.param('id');
    if (!id) { showError(root, {status: 400, body: {error: {message: 'no statement id in the address'}}}); return; }
    const r = await getJson('api/statements/' + encodeURIComponent(id));
    if (!r.ok) { showError(root, r); return; }
    const s = r.body;
    const variantOf = new Map();
    for (const v of s.variants) for (const rid of v.reports) variantOf.set(rid, v);
    clear(root);
    V.append(root, [
      el('h1', {}, 'Statement'),
      el('blockquote', {class: 'reference'}, s.text),
      el('p', {class: 'meta'}, 'Said by ', s.speakers.length ? s.speakers.join(', ') : 'an unknown speaker',
        ' \u00b7 first reported by ', s.earliest.outlet || 'an unknown outlet', ' on ', s.earliest.published || 'an unknown date'),
      el('h2', {}, 'Every outlet that printed it (' + s.reports.length + ')'),
      el('div', {class: 'table-wrap'}, el('table', {id: 'reports'},
        el('thead', {}, el('tr', {}, ['Outlet', 'Date', 'Speaker', 'Kind', 'Wording'].map(h => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, s.reports.map(rep => {
          const v = variantOf.get(rep.id);
          return el('tr', {class: v ? 'altered-report' : ''},
            el('td', {}, pageLink('article.html', {key: rep.article}, rep.outlet || 'unknown outlet')),
            el('td', {}, rep.published || 'undated'), el('td', {}, rep.speaker || 'unknown'), el('td', {}, rep.kind),
            el('td', {}, v ? markedWording(rep.text, v.edits) : rep.text));
        })))),
      el('h2', {}, 'Altered wordings (' + s.variants.length + ')'),
      s.variants.length === 0 ? el('p', {}, 'Every outlet printed the same words.') :
        el('ol', {class: 'variants'}, s.variants.map(v => el('li', {class: 'variant'},
          el('blockquote', {}, markedWording(v.text, v.edits)),
          el('p', {class: 'meta'}, 'Printed by ', v.outlets.length ? v.outlets.join(', ') : 'unknown outlets'),
          editList(v.edits))))]);
  }

  run();
})();
