// Dyad explorer, event table and watch rules.
import { api, el, go, globalFilters, countryName, setStatus, state } from './app.js';

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

// A table of events; a row opens the event in its document.
export function renderEvents(table, events) {
  const head = el('tr', {}, ...['date', 'source', 'target', 'CAMEO', 'Goldstein', 'location', 'evidence'].map((h) => el('th', {}, h)));
  const rows = events.map((r) => {
    const e = r.event || {};
    return el('tr', { 'data-event': r.id, onclick: () => go(`#doc/${r.document}?event=${r.id}`) },
      el('td', {}, e.date || ''), el('td', {}, e.source?.code || ''), el('td', {}, e.target?.code || ''),
      el('td', {}, e.cameo || ''), el('td', {}, e.goldstein ?? ''), el('td', {}, e.location ? `${e.location.name} (${e.location.country})` : ''),
      el('td', {}, e.evidence?.text || ''));
  });
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  if (!events.length) table.append(el('tbody', {}, el('tr', {}, el('td', { colspan: 7 }, 'No events.'))));
}

export function initViews() {
  const [a, b] = [document.getElementById('dyad-a'), document.getElementById('dyad-b')];
  for (const c of state.overview.countries) {
    a.append(el('option', { value: c.country }, `${countryName(c.country)} (${c.country})`));
    b.append(el('option', { value: c.country }, `${countryName(c.country)} (${c.country})`));
  }
  document.getElementById('dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(`#dyad?${new URLSearchParams(new FormData(ev.target))}`);
  });
  document.getElementById('events-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams([...new FormData(ev.target)].filter(([, v]) => v));
    go(`#events?${q}`);
  });
  document.getElementById('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); search(ev.target.q.value); });
  document.getElementById('rule-form').addEventListener('submit', (ev) => { ev.preventDefault(); addRule(ev.target); });
}

export async function showDyad(_, params) {
  const codes = state.overview.countries.map((c) => c.country);
  const pick = (want, fallback) => (codes.includes(want) ? want : fallback || '');
  const a = params.a || pick('MAR', codes[0]), b = params.b || pick('FRA', codes[1]);
  const period = params.period || 'week';
  document.getElementById('dyad-a').value = a;
  document.getElementById('dyad-b').value = b;
  document.getElementById('dyad-period').value = period;
  document.getElementById('dyad-events').replaceChildren();
  document.getElementById('dyad-events-title').textContent = '';
  if (!a || !b) return;
  const series = await api('series', { ...globalFilters(), dyad: `${a},${b}`, period });
  const ps = series.periods;
  const total = ps.reduce((s, p) => s + p.events, 0);
  const mean = total ? ps.reduce((s, p) => s + p.mean_goldstein * p.events, 0) / total : 0;
  document.getElementById('dyad-summary').textContent =
    `${countryName(a)} – ${countryName(b)}: ${total} events in ${ps.length} ${period}s, ` +
    `${ps.reduce((s, p) => s + p.cooperation, 0)} cooperation, ${ps.reduce((s, p) => s + p.conflict, 0)} conflict, ` +
    `mean Goldstein ${mean.toFixed(2)}`;
  drawChart(ps, (p) => dyadEvents(a, b, p));
  if (ps.length) await dyadEvents(a, b, ps[ps.length - 1]);
}

function drawChart(ps, onPick) {
  const chart = document.getElementById('dyad-chart');
  chart.replaceChildren();
  const W = 900, H = 300, L = 50, R = 50, T = 20, B = 40, mid = T + (H - T - B) / 2, half = (H - T - B) / 2;
  chart.append(svg('line', { x1: L, x2: W - R, y1: mid, y2: mid, stroke: '#999' }));
  chart.append(svg('text', { x: 4, y: T + 8 }, 'coop.'), svg('text', { x: 4, y: H - B }, 'conflict'));
  chart.append(svg('text', { x: W - R + 4, y: T + 8 }, '+10'), svg('text', { x: W - R + 4, y: H - B }, '-10'));
  if (!ps.length) { chart.append(svg('text', { x: W / 2 - 40, y: mid - 10 }, 'No events')); return; }
  const max = Math.max(1, ...ps.map((p) => Math.max(p.cooperation, p.conflict)));
  const step = (W - L - R) / ps.length, bar = Math.min(40, step * 0.6);
  const every = Math.ceil(ps.length / 12);
  const line = [];
  ps.forEach((p, i) => {
    const cx = L + step * i + step / 2;
    const up = (p.cooperation / max) * half, down = (p.conflict / max) * half;
    chart.append(svg('rect', { x: cx - bar / 2, y: mid - up, width: bar, height: up, class: 'coop' }));
    chart.append(svg('rect', { x: cx - bar / 2, y: mid, width: bar, height: down, class: 'conf' }));
    line.push(`${cx.toFixed(1)},${(mid - (p.mean_goldstein / 10) * half).toFixed(1)}`);
    if (i % every === 0) chart.append(svg('text', { x: cx, y: H - B + 16, 'text-anchor': 'middle' }, p.period));
    const hit = svg('rect', { x: cx - step / 2, y: T, width: step, height: H - T - B, class: 'hit', 'data-period': p.period });
    hit.append(svg('title', {}, `${p.period}: ${p.cooperation} cooperation, ${p.conflict} conflict, mean Goldstein ${p.mean_goldstein}`));
    hit.addEventListener('click', () => {
      for (const h of chart.querySelectorAll('.hit')) h.classList.toggle('selected', h === hit);
      onPick(p).catch((e) => setStatus(e.message));
    });
    chart.append(hit);
  });
  chart.append(svg('polyline', { points: line.join(' '), class: 'gold' }));
  for (const pt of line) {
    const [cx, cy] = pt.split(',');
    chart.append(svg('circle', { cx, cy, r: 3, fill: '#1c3f94' }));
  }
}

async function dyadEvents(a, b, p) {
  const res = await api('events', { lang: state.lang, dyad: `${a},${b}`, from: p.from, to: p.to, limit: 200 });
  document.getElementById('dyad-events-title').textContent =
    `${p.period} (${p.from} to ${p.to}): ${res.events.length}${res.next_offset ? '+' : ''} events`;
  renderEvents(document.getElementById('dyad-events'), res.events);
}

export async function showEvents(_, params) {
  const form = document.getElementById('events-form');
  for (const input of form.elements) if (input.name) input.value = params[input.name] || '';
  const offset = Number(params.offset || 0), limit = 50;
  const { offset: _o, ...filters } = params;
  const res = await api('events', { ...globalFilters(), ...filters, limit, offset });
  renderEvents(document.getElementById('events-table'), res.events);
  document.getElementById('events-page').textContent = `events ${offset + 1}-${offset + res.events.length}`;
  const page = (o) => () => go(`#events?${new URLSearchParams({ ...filters, offset: o })}`);
  const prev = document.getElementById('events-prev'), next = document.getElementById('events-next');
  prev.disabled = offset === 0;
  next.disabled = !res.next_offset;
  prev.onclick = page(Math.max(0, offset - limit));
  next.onclick = page(res.next_offset || offset);
}

async function search(q) {
  const list = document.getElementById('search-hits');
  list.replaceChildren();
  if (!q) return;
  try {
    const res = await api('search', { q });
    for (const h of res.hits) {
      // The snippet marks matches with \u0002 ... \u0003.
      const parts = h.snippet.split(/([\u0002\u0003])/);
      const snippet = el('span');
      let inMark = false;
      for (const part of parts) {
        if (part === '\u0002') inMark = true;
        else if (part === '\u0003') inMark = false;
        else snippet.append(inMark ? el('mark', {}, part) : part);
      }
      list.append(el('li', { onclick: () => go(`#doc/${h.id}`) }, el('b', {}, h.title || h.doc_id), ` (${h.lang}, ${h.events} events): `, snippet));
    }
    if (!res.hits.length) list.append(el('li', {}, 'No document matches.'));
  } catch (e) {
    setStatus(e.message);
  }
}

export async function showRules() {
  const res = await api('rules');
  const list = document.getElementById('rules-list');
  list.replaceChildren(...res.rules.map((r) =>
    el('li', { onclick: () => ruleMatches(r.id) }, el('b', {}, r.name), ` #${r.id}: `, el('code', {}, JSON.stringify(r.spec)))));
  if (!res.rules.length) list.append(el('li', {}, 'No rules saved.'));
}

async function ruleMatches(id) {
  const res = await api(`rules/${id}/matches`);
  const list = document.getElementById('rule-matches');
  list.replaceChildren(...res.matches.map((m) => m.kind === 'event'
    ? el('li', { onclick: () => go(`#doc/${m.document}?event=${m.id}`) }, `${m.event?.date} ${m.event?.source?.code} → ${m.event?.target?.code || '-'} ${m.event?.cameo}: ${m.event?.evidence?.text}`)
    : el('li', {}, `${m.dyad} ${m.period}: mean Goldstein ${m.mean_goldstein} over ${m.events} events (below ${m.below})`)));
  if (!res.matches.length) list.append(el('li', {}, `Rule ${res.rule.name} matches nothing yet.`));
}

async function addRule(form) {
  let spec;
  try { spec = JSON.parse(form.spec.value); } catch (e) { setStatus(`rule: ${e.message}`); return; }
  try {
    await api('rules', {}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: form.name.value, ...spec }) });
    setStatus('');
    await showRules();
  } catch (e) {
    setStatus(e.message);
  }
}
