// World map: Natural Earth countries (world-atlas, equirectangular), shaded by
// the number of events with the country on either side; dots where events took place.
import { api, el, go, globalFilters, countryName, state } from './app.js';

const W = 1000, H = 400, TOP = 84, BOTTOM = -58;  // latitudes shown
const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((TOP - lat) / (TOP - BOTTOM)) * H;
const SVG = 'http://www.w3.org/2000/svg';
let shapes = null;
// Fetched as soon as the module loads, in parallel with the dashboard's other start-up requests.
const world = fetch('data/world.json').then((r) => r.json());

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function pathOf(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const poly of polys)
    for (const ring of poly) {
      // A ring across the antimeridian (Russia's east, Fiji) is drawn east of 180°, off the map's edge,
      // instead of as a band across the whole map.
      const wraps = ring.some(([lon], i) => i > 0 && Math.abs(lon - ring[i - 1][0]) > 180);
      d += 'M' + ring.map(([lon, lat]) => `${x(wraps && lon < 0 ? lon + 360 : lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L') + 'Z';
    }
  return d;
}

function shade(n, max) {
  if (!n) return '#f1f3f5';
  const t = Math.log1p(n) / Math.log1p(max);  // log scale: a few countries dominate
  const from = [198, 219, 239], to = [8, 69, 148];
  return `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * t)).join(',')})`;
}

export async function showMap() {
  if (!shapes) {
    const w = await world;
    shapes = topojson.feature(w, w.objects.countries).features;
  }
  const f = globalFilters();
  const [top, places] = await Promise.all([api('top', { ...f, by: 'country', limit: 300 }), api('places', f)]);
  const counts = Object.fromEntries(top.top.map((t) => [t.key, t.events]));
  const max = Math.max(1, ...top.top.map((t) => t.events));
  const map = document.getElementById('map');
  map.replaceChildren();
  for (const feature of shapes) {
    if (!feature.geometry) continue;
    const a3 = state.countries.byNumeric[feature.id] || '';
    const n = counts[a3] || 0;
    const p = svg('path', { d: pathOf(feature.geometry), class: 'country', fill: shade(n, max), 'data-country': a3, 'data-events': n });
    p.append(svg('title', {}));
    p.firstChild.textContent = `${countryName(a3) || feature.properties.name}: ${n} events`;
    if (a3) p.addEventListener('click', () => go(`#events?country=${a3}`));
    map.append(p);
  }
  for (const pl of places.places) {
    const c = svg('circle', { cx: x(pl.lon).toFixed(1), cy: y(pl.lat).toFixed(1), r: (2.5 + 2 * Math.sqrt(pl.events)).toFixed(1),
      class: 'place', 'data-place': pl.name });
    c.append(svg('title', {}));
    c.firstChild.textContent = `${pl.name} (${pl.country}): ${pl.events} events`;
    c.addEventListener('click', () => go(`#events?in=${pl.country}`));
    map.append(c);
  }
  const list = document.getElementById('map-top');
  list.replaceChildren(...top.top.slice(0, 15).map((t) =>
    el('li', { onclick: () => go(`#events?country=${t.key}`) }, `${countryName(t.key)} (${t.key}): ${t.events}`)));
  document.body.dataset.ready = 'map';
  if (window.dyadFirstRender === undefined) window.dyadFirstRender = performance.now();
}
