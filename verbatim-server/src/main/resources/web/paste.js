'use strict';
(() => {
  const {el, clear, getJson, showError} = V;
  const area = document.getElementById('paste');
  const format = document.getElementById('format');
  const status = document.getElementById('status');
  const output = document.getElementById('output');
  let timer = null;
  let sequence = 0;

  async function extract() {
    const body = area.value;
    if (!body.trim()) { clear(output); status.textContent = ''; return; }
    const mine = ++sequence;
    status.textContent = 'Reading…';
    const payload = format.value === 'html' ? {html: body} : {text: body};
    const r = await getJson('api/extract', {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(payload)});
    if (mine !== sequence) return;
    if (!r.ok) { status.textContent = ''; showError(output, r); return; }
    const res = r.body;
    const atts = res.attributions || [];
    status.textContent = atts.length + ' attribution' + (atts.length === 1 ? '' : 's') + ' found';
    const text = el('div', {class: 'article-text', id: 'pasted-text'});
    V.renderSpans(text, res.text || '', atts);
    clear(output);
    V.append(output, [el('h2', {}, 'Statements (' + atts.length + ')'), V.statementList(atts, null, null),
      el('h2', {}, 'On the text'), V.legend(), text]);
  }

  area.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(extract, 400); });
  format.addEventListener('change', extract);
  document.getElementById('paste-form').addEventListener('submit', e => { e.preventDefault(); clearTimeout(timer); extract(); });
})();
