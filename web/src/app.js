// The dashboard's shell: API access, global filters (language, dates) and the
// hash routes #map, #dyad?a=MAR&b=FRA, #events?country=MAR, #doc/ID?event=N, #rules.
import { showMap } from './map.js';
import { showDyad, showEvents, showRules, initViews } from './views.js';
import { showDocument } from './document.js';

export const state = { lang: '', from: '', to: '', countries: null, overview: null };

export function setStatus(text) { document.getElementById('status').textContent = text || ''; }

// GET or POST /api/...; throws an Error with the server's message on failure.
export async function api(path, params = {}, init = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) q.set(k, v);
  const headers = { ...(init.headers || {}) };
  const token = sessionStorage.getItem('dyadToken');
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`/api/${path}${q.toString() ? '?' + q : ''}`, { ...init, headers });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (res.status === 401 && !init.retried) {
    const t = window.prompt('This dyad server needs an API token');
    if (t) { sessionStorage.setItem('dyadToken', t); return api(path, params, { ...init, retried: true }); }
  }
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

// The global filters every view applies.
export function globalFilters() { return { lang: state.lang, from: state.from, to: state.to }; }

export function countryName(a3) { return (state.countries && state.countries.names[a3]) || a3; }

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return e;
}

export function go(hash) { if (location.hash === hash) route(); else location.hash = hash; }

function parseHash() {
  const h = location.hash.replace(/^#/, '') || 'map';
  const [path, query] = h.split('?');
  const [view, arg] = path.split('/');
  return { view, arg, params: Object.fromEntries(new URLSearchParams(query || '')) };
}

const views = { map: showMap, dyad: showDyad, events: showEvents, doc: showDocument, rules: showRules };

async function route() {
  const { view, arg, params } = parseHash();
  const name = views[view] ? view : 'map';
  for (const s of document.querySelectorAll('.view')) s.hidden = s.id !== `view-${name}`;
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === name);
  setStatus('');
  try {
    await views[name](arg, params);
  } catch (e) {
    setStatus(e.message);
  }
}

async function start() {
  const [countries, overview] = await Promise.all([
    fetch('data/countries.json').then((r) => r.json()),
    api('overview'),
  ]);
  state.countries = countries;
  state.overview = overview;
  const lang = document.getElementById('f-lang');
  for (const l of overview.languages) lang.append(el('option', { value: l.lang }, `${l.lang} (${l.events})`));
  document.getElementById('global-filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    state.lang = f.get('lang');
    state.from = f.get('from');
    state.to = f.get('to');
    route();
  });
  initViews();
  window.addEventListener('hashchange', route);
  await route();
}

start().catch((e) => setStatus(`cannot load the dashboard: ${e.message}`));
