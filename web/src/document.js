// Document view: the stored text with each event's evidence, source and target
// marked. Spans are byte offsets into the original bytes (UTF-8 text, or the
// HTML as fetched), so the text is cut as bytes; HTML tags are left out.
import { api, el, go } from './app.js';

const BLOCK = /^<\/?(p|div|br|h[1-6]|li|tr|article|section|header|footer|title|ul|ol|nav|aside|blockquote)\b/i;
const decoder = new TextDecoder();
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10))
      : entities[e.toLowerCase()] ?? m);
}

// The spans to mark: [start, end, kind, event id].
function spansOf(events) {
  const spans = [];
  for (const e of events) {
    spans.push([e.evidence.start, e.evidence.end, 'ev', e.id]);
    if (!e.first_document || !e.event) continue;  // actor spans point into the event's first document
    for (const [side, kind] of [['source', 'src'], ['target', 'tgt']]) {
      const a = e.event[side];
      if (a && a.end > a.start) spans.push([a.start, a.end, kind, e.id]);
    }
  }
  return spans;
}

// Byte ranges of markup to leave out: tags, and the contents of head, script and style.
function markupRanges(bytes) {
  const text = decoder.decode(bytes);
  if (!/^\s*</.test(text)) return [];
  const ranges = [];
  const enc = new TextEncoder();
  let pos = 0, bytePos = 0;
  const re = /<(head|script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
  for (let m; (m = re.exec(text));) {
    bytePos += enc.encode(text.slice(pos, m.index)).length;
    const len = enc.encode(m[0]).length;
    ranges.push([bytePos, bytePos + len, BLOCK.test(m[0])]);
    bytePos += len;
    pos = m.index + m[0].length;
  }
  return ranges;
}

export function renderMarked(container, content, events, selected) {
  const bytes = new TextEncoder().encode(content);
  const spans = spansOf(events).filter(([s, e]) => s >= 0 && e <= bytes.length && s < e);
  const markup = markupRanges(bytes);
  const cuts = new Set([0, bytes.length]);
  for (const [s, e] of spans) { cuts.add(s); cuts.add(e); }
  for (const [s, e] of markup) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  const html = markup.length > 0;
  const out = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; ++i) {
    const [s, e] = [points[i], points[i + 1]];
    while (m < markup.length && markup[m][1] <= s) ++m;
    if (m < markup.length && markup[m][0] <= s && e <= markup[m][1]) {
      if (markup[m][2] && s === markup[m][0]) out.push('\n');
      continue;
    }
    let text = decoder.decode(bytes.subarray(s, e));
    if (html) text = decodeEntities(text.replace(/\s+/g, ' '));
    const covering = spans.filter(([a, b]) => a <= s && e <= b);
    if (!covering.length) { out.push(text); continue; }
    const kinds = new Set(covering.map((c) => c[2]));
    const ids = [...new Set(covering.filter((c) => c[2] === 'ev').map((c) => c[3]))];
    const span = el('span', { class: [...kinds].join(' ') + (ids.includes(selected) ? ' sel' : ''), 'data-events': ids.join(' ') }, text);
    out.push(span);
  }
  container.replaceChildren(...out);
}

export async function showDocument(arg, params) {
  if (!arg) return;
  const doc = await api(`documents/${encodeURIComponent(arg)}`);
  const selected = params.event ? Number(params.event) : doc.events[0]?.id;
  document.getElementById('doc-title').textContent = doc.title || doc.doc_id;
  document.getElementById('doc-meta').textContent =
    [doc.doc_id, doc.url, doc.published && `published ${doc.published}`, doc.lang && `language ${doc.lang}`, `${doc.events.length} events`]
      .filter(Boolean).join(' · ');
  const text = document.getElementById('doc-text');
  renderMarked(text, doc.content, doc.events, selected);
  const list = document.getElementById('doc-events');
  list.replaceChildren(...doc.events.map((e) => {
    const ev = e.event || {};
    return el('li', { class: e.id === selected ? 'sel' : '', 'data-event': e.id, onclick: () => go(`#doc/${doc.id}?event=${e.id}`) },
      `${ev.date || '?'} ${ev.source?.code || '?'} → ${ev.target?.code || '–'} ${ev.cameo || ''} (Goldstein ${ev.goldstein ?? '?'})`,
      el('br'), el('small', {}, ev.evidence?.text || ''));
  }));
  text.querySelector('.ev.sel')?.scrollIntoView({ block: 'center' });
  document.body.dataset.ready = 'doc';
}
