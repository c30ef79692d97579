'use strict';
(() => {
  const {el, clear, getJson, showError, pageLink} = V;
  const root = document.getElementById('speaker');
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.appendChild(document.createTextNode(text));
    return e;
  }

  // Every month from the first to the last with statements, zeros included.
  function fillMonths(months) {
    if (months.length === 0) return [];
    const counts = new Map(months.map(m => [m.month, m.statements]));
    const [y0, m0] = months[0].month.split('-').map(Number);
    const [y1, m1] = months[months.length - 1].month.split('-').map(Number);
    const out = [];
    for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
      const key = y + '-' + String(m).padStart(2, '0');
      out.push({month: key, statements: counts.get(key) || 0});
    }
    return out;
  }

  function chart(months) {
    const data = fillMonths(months);
    const max = Math.max(1, ...data.map(d => d.statements));
    const gap = 4, left = 30, bottom = 24, top = 10, h = 140;
    const barW = Math.max(6, Math.min(48, Math.floor(560 / data.length) - gap));
    const width = Math.max(600, left + data.length * (barW + gap) + 10);
    const label = 'Statements per month: ' + data.map(d => d.month + ' ' + d.statements).join(', ');
    const s = svg('svg', {class: 'chart', id: 'timeline', viewBox: '0 0 ' + width + ' ' + (h + top + bottom),
      role: 'img', 'aria-label': label});
    s.appendChild(svg('title', {}, 'Statements per month'));
    s.appendChild(svg('line', {x1: left - 2, y1: top + h, x2: width - 5, y2: top + h, stroke: '#999'}));
    s.appendChild(svg('text', {x: 2, y: top + 8}, String(max)));
    s.appendChild(svg('text', {x: 2, y: top + h}, '0'));
    data.forEach((d, i) => {
      const x = left + i * (barW + gap);
      const bh = Math.round(d.statements / max * h);
      const bar = svg('rect', {class: 'bar', x, y: top + h - bh, width: barW, height: bh, 'data-month': d.month,
        'data-count': d.statements});
      bar.appendChild(svg('title', {}, d.month + ': ' + d.statements));
      s.appendChild(bar);
      if (i === 0 || i === data.length - 1 || d.month.endsWith('-01')) {
        s.appendChild(svg('text', {x, y: top + h + 14}, d.month));
      }
    });
    return s;
  }

  function count(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }

  async function run() {
    const id = V.param('id');
    if (!id) { showError(root, {status: 400, body: {error: {message: 'no speaker id in the address'}}}); return; }
    const r = await getJson('api/speakers/' + encodeURIComponent(id));
    if (!r.ok) { showError(root, r); return; }
    const s = r.body, a = s.activity;
    document.title = s.name + ' · Verbatim';
    clear(root);
    V.append(root, [
      el('h1', {}, s.name),
      el('p', {class: 'meta'}, count(s.statements, 'statement') + ' in ' + count(s.articles, 'article')
        + (s.outlets.length ? ' from ' + count(s.outlets.length, 'outlet') : '')),
      el('h2', {}, 'Also called'),
      s.aliases.length ? el('ul', {class: 'aliases'}, s.aliases.map(x => el('li', {}, x))) : el('p', {}, 'No other names seen.'),
      el('h2', {}, 'Roles over time'),
      s.roles.length ? el('div', {class: 'table-wrap'}, el('table', {},
        el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Role'), el('th', {scope: 'col'}, 'First seen'), el('th', {scope: 'col'}, 'Last seen'))),
        el('tbody', {}, s.roles.map(x => el('tr', {}, el('td', {}, x.role), el('td', {}, x.first_seen || 'undated'), el('td', {}, x.last_seen || 'undated'))))))
        : el('p', {}, 'No roles seen.'),
      el('h2', {id: 'timeline-heading'}, 'Statements per month'),
      a.months.length ? chart(a.months) : el('p', {}, 'No dated statements.'),
      a.undated ? el('p', {class: 'meta'}, a.undated + ' undated statement' + (a.undated === 1 ? '' : 's') + ' not charted.') : null,
      el('h2', {}, 'Recent statements'),
      el('ol', {class: 'results'}, a.recent.map(h => el('li', {class: 'result'},
        el('p', {class: 'meta'}, el('span', {class: 'kind'}, h.kind), ' ', h.outlet || 'unknown outlet', ' \u00b7 ', h.published || 'undated'),
        el('blockquote', {}, h.text),
        el('p', {class: 'meta'}, pageLink('article.html', {key: h.article}, h.title || 'article'),
          h.statement ? ' \u00b7 ' : '', h.statement ? pageLink('statement.html', {id: h.statement}, 'trail across outlets') : '')))),
      el('h2', {}, 'Named alongside'),
      el('p', {class: 'meta'}, 'From ' + s.co_mentioned_source + '.'),
      a.co_mentioned.length ? el('ul', {class: 'comentions'}, a.co_mentioned.map(c => el('li', {}, c.name + ' (' + c.articles + ' article' + (c.articles === 1 ? '' : 's') + ')')))
        : el('p', {}, 'Nobody else named in the same articles.'),
      el('p', {}, pageLink('index.html', {speaker: s.name}, 'Search this speaker\u2019s statements'))]);
  }

  run();
})();
