'use strict';
// Shared helpers for every page. All text from the server is untrusted: it only ever reaches the page
// through textContent / createTextNode, never through innerHTML, and links are built only from ids we
// encode ourselves or from http(s) URLs checked with the URL parser.
const V = (() => {
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) throw new Error('no inline handlers: ' + k);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    append(e, children);
    return e;
  }

  function append(parent, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return parent;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function getJson(url, options) {
    let res;
    try {
      res = await fetch(url, Object.assign({headers: {'Accept': 'application/json'}}, options || {}));
    } catch (e) {
      return {ok: false, status: 0, body: {error: {message: 'the server cannot be reached'}}};
    }
    let body = null;
    try { body = await res.json(); } catch (e) { body = {error: {message: 'unreadable answer (' + res.status + ')'}}; }
    return {ok: res.ok, status: res.status, body};
  }

  function errorMessage(r) {
    return (r.body && r.body.error && r.body.error.message) || ('request failed (' + r.status + ')');
  }

  function showError(container, r) {
    clear(container);
    container.appendChild(el('p', {class: 'error', role: 'alert'}, errorMessage(r)));
  }

  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  function pageLink(page, params, text, attrs) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') qs.set(k, v);
    return el('a', Object.assign({href: page + '?' + qs.toString()}, attrs || {}), text);
  }

  function speakerLink(id, name) {
    return id ? pageLink('speaker.html', {id}, name || 'unknown speaker', {class: 'speaker'})
      : el('span', {class: 'speaker'}, name || 'unknown speaker');
  }

  function externalLink(url) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        return el('a', {href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank'}, url);
      }
    } catch (e) { /* not a URL: shown as text */ }
    return el('span', {class: 'url'}, url);
  }

  const ROLE_PRIORITY = {cue: 3, source: 2, content: 1};

  // Draws `text` with each attribution's source, cue and content spans (code points, end exclusive) coloured.
  function renderSpans(container, text, attributions) {
    const cps = Array.from(text);
    const role = new Array(cps.length).fill(null);
    const owner = new Array(cps.length).fill(-1);
    attributions.forEach((a, i) => {
      for (const r of ['content', 'source', 'cue']) {
        for (const s of (a[r] || [])) {
          const from = Math.max(0, s.start), to = Math.min(cps.length, s.end);
          for (let p = from; p < to; p++) {
            if (role[p] === null || ROLE_PRIORITY[r] > ROLE_PRIORITY[role[p]]) { role[p] = r; owner[p] = i; }
          }
        }
      }
    });
    clear(container);
    let start = 0;
    for (let p = 1; p <= cps.length; p++) {
      if (p === cps.length || role[p] !== role[start] || owner[p] !== owner[start]) {
        const chunk = cps.slice(start, p).join('');
        if (role[start] === null) container.appendChild(document.createTextNode(chunk));
        else container.appendChild(el('span', {class: 'span-' + role[start], 'data-attribution': owner[start],
          title: role[start] + ' of statement ' + (owner[start] + 1)}, chunk));
        start = p;
      }
    }
  }

  function legend() {
    return el('ul', {class: 'legend', 'aria-label': 'Legend'},
      el('li', {}, el('span', {class: 'span-source'}, 'source'), ' who is quoted'),
      el('li', {}, el('span', {class: 'span-cue'}, 'cue'), ' the reporting verb'),
      el('li', {}, el('span', {class: 'span-content'}, 'content'), ' what was said'));
  }

  // One list item per attribution: number, kind, speaker (linked when known), cue, text.
  /** "when: … · where: … · about: …" for a contract attribution's time, place and mentions, or null. */
  function contextLine(a) {
    const parts = [];
    const t = a.time;
    if (t) {
      const date = !t.date ? 'unresolved' : (t.end && t.end !== t.date ? t.date + '..' + t.end : t.date);
      parts.push('when: ' + (t.text ? t.text.replace(/\s+/g, ' ').trim() + ' = ' : '') + date
        + ' (' + t.precision + ', ' + t.source + ')');
    }
    const p = a.place;
    if (p) parts.push('where: ' + p.text.replace(/\s+/g, ' ').trim() + (p.kind === 'venue' ? '' : ' (' + p.kind + ')'));
    if (a.mentions && a.mentions.length) {
      parts.push('about: ' + a.mentions.map(m => {
        const text = m.text.replace(/\s+/g, ' ').trim();
        return text + (m.name !== text ? ' \u2192 ' + m.name : '') + ' ' + m.type + (m.speaker ? ' (' + m.speaker + ')' : '');
      }).join(', '));
    }
    return parts.length ? el('p', {class: 'meta context'}, parts.join(' \u00b7 ')) : null;
  }

  function statementList(attributions, speakerIdOf, statementIds) {
    const ol = el('ol', {class: 'statements'});
    attributions.forEach((a, i) => {
      const sp = a.speaker;
      const who = sp ? speakerLink(speakerIdOf ? speakerIdOf(sp.id) : null, sp.name)
        : el('span', {class: 'speaker unknown'}, a.source_text || 'unknown speaker');
      const trail = statementIds && statementIds[i]
        ? pageLink('statement.html', {id: statementIds[i]}, 'trail across outlets') : null;
      ol.appendChild(el('li', {class: 'statement', 'data-kind': a.kind},
        el('p', {class: 'meta'}, el('span', {class: 'kind'}, a.kind), ' ', who,
          a.cue_text ? ' \u2014 ' + a.cue_text : '', trail ? ' \u00b7 ' : '', trail),
        el('blockquote', {}, a.text), contextLine(a)));
    });
    return ol;
  }

  return {el, append, clear, getJson, showError, param, pageLink, speakerLink, externalLink, renderSpans,
    legend, statementList, contextLine, errorMessage};
})();
