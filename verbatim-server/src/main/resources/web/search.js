'use strict';
(() => {
  const {el, clear, getJson, showError, pageLink, speakerLink} = V;
  const FIELDS = ['q', 'speaker', 'outlet', 'kind', 'since', 'until'];
  const SIZE = 20;
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const f of FIELDS) {
    state[f] = params.get(f) || '';
    const input = document.getElementById(f);
    if (input) input.value = state[f];
  }
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const results = document.getElementById('results');
  const facets = document.getElementById('facets');
  const pager = document.getElementById('pager');
  const status = document.getElementById('status');

  function withParams(changes) {
    const next = Object.assign({}, state, changes);
    return pageLink('index.html', next, '').getAttribute('href');
  }

  // The statement text with the query's matching words in <mark class="hl">; highlights are code point
  // spans of h.text, so they apply only when the shown text is exactly that text.
  function highlighted(text, h) {
    if (text !== h.text || !h.highlights || h.highlights.length === 0) return [text];
    const cps = Array.from(text);
    const out = [];
    let at = 0;
    for (const s of h.highlights) {
      if (s.start < at || s.end > cps.length) continue;
      out.push(cps.slice(at, s.start).join(''), el('mark', {class: 'hl'}, cps.slice(s.start, s.end).join('')));
      at = s.end;
    }
    out.push(cps.slice(at).join(''));
    return out;
  }

  function hitItem(h) {
    const c = h.context;
    const quote = c ? el('blockquote', {}, c.before, el('mark', {class: 'quote'}, highlighted(c.quote, h)), c.after)
      : el('blockquote', {}, highlighted(h.text, h));
    return el('li', {class: 'result'},
      el('p', {class: 'meta'}, el('span', {class: 'kind'}, h.kind), ' ', speakerLink(h.speaker_id, h.speaker || h.source),
        ' \u00b7 ', el('span', {class: 'outlet'}, h.outlet || 'unknown outlet'),
        ' \u00b7 ', el('time', {}, h.published || 'undated')),
      quote,
      V.contextLine(h),
      el('p', {class: 'meta'},
        pageLink('article.html', {key: h.article}, h.title || h.doc || 'article', {class: 'article-link'}),
        h.statement ? ' \u00b7 ' : '',
        h.statement ? pageLink('statement.html', {id: h.statement}, 'trail across outlets', {class: 'trail-link'}) : ''));
  }

  function facetBlock(title, values, toChanges) {
    if (!values || values.length === 0) return null;
    return el('section', {}, el('h3', {}, title), el('ul', {}, values.map(v => {
      const b = el('button', {type: 'button', class: 'facet'}, v.value + ' (' + v.count + ')');
      b.addEventListener('click', () => { window.location.href = withParams(Object.assign({page: ''}, toChanges(v.value))); });
      return el('li', {}, b);
    })));
  }

  function monthBounds(month) {
    const [y, m] = month.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {since: month + '-01', until: month + '-' + String(last).padStart(2, '0')};
  }

  async function run() {
    const qs = new URLSearchParams();
    for (const f of FIELDS) if (state[f]) qs.set(f, state[f]);
    qs.set('page', page); qs.set('size', SIZE); qs.set('facets', 'true');
    status.textContent = 'Searching…';
    const r = await getJson('api/search?' + qs.toString());
    if (!r.ok) { status.textContent = ''; showError(results, r); return; }
    const b = r.body;
    status.textContent = b.total + ' matching statement' + (b.total === 1 ? '' : 's')
      + (b.total > SIZE ? ', page ' + b.page : '');
    clear(results);
    for (const h of b.hits) results.appendChild(hitItem(h));
    clear(facets);
    const f = b.facets || {};
    facets.appendChild(el('h2', {}, 'Refine'));
    [facetBlock('Speaker', f.speaker, v => ({speaker: v})),
      facetBlock('Outlet', f.outlet, v => ({outlet: v})),
      facetBlock('Kind', f.kind, v => ({kind: v})),
      facetBlock('Month', f.month, v => monthBounds(v))].forEach(x => { if (x) facets.appendChild(x); });
    clear(pager);
    if (page > 1) pager.appendChild(el('a', {href: withParams({page: page - 1}), rel: 'prev'}, '\u2190 Previous'));
    if (page * SIZE < b.total && page * SIZE < 1000) pager.appendChild(el('a', {href: withParams({page: page + 1}), rel: 'next'}, 'Next \u2192'));
  }

  run();
})();
