// The HTTP API over loopback (a server seeded with the bundled examples), the
// token and read-only modes, and `dyad watch` alerts.
//   node tests/web/api.mjs build/dyad .
//   node tests/web/api.mjs build/dyad . postgresql   (the store in $DYAD_TEST_PG; exit 77 without it)
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { seededStore, startServer, checks } from './server.mjs';

const [dyad, sourceDir] = [resolve(process.argv[2]), resolve(process.argv[3] || '.')];
const backend = process.argv[4] || 'sqlite';
if (backend === 'postgresql' && !process.env.DYAD_TEST_PG) {
  console.log('SKIP: DYAD_TEST_PG is not set (eval "$(bash scripts/pg-start)" starts a server and sets it)');
  process.exit(77);
}
const t = checks();
const get = async (base, path, init) => {
  const res = await fetch(base + path, init);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json().catch(() => null) };
};

const store = seededStore(dyad, sourceDir, ['examples'], backend);
let server = await startServer(dyad, ['--db', store.db]);
try {
  const u = server.url;
  const health = await get(u, '/api/health');
  t.ok(health.status === 200 && health.body.read_only === true, 'health, read-only by default', JSON.stringify(health.body));

  // The seed article: MAR-FRA events in April 2024, both directions.
  const ev = await get(u, '/api/events?dyad=MAR,FRA&limit=1000');
  const events = ev.body.events;
  t.ok(events.length > 0 && events.every((e) => e.event.date.startsWith('2024-04')), 'MAR-FRA events are dated April 2024',
    events.map((e) => e.event.date).join());
  t.ok(events.every((e) => [e.event.source.country, e.event.target?.country].sort().join() === 'FRA,MAR'), 'every MAR-FRA event is between the two');
  t.ok(new Set(events.map((e) => e.event.source.country)).size === 2, 'the dyad is read in both directions');
  t.ok(events.some((e) => e.doc_id === '000_c2b724ebaf41cd13.txt'), 'the seed article reports MAR-FRA events');

  // Pagination: pages of one event add up to the whole, in the same order.
  const pages = [];
  for (let offset = 0; offset !== null && pages.length < 100;) {
    const p = await get(u, `/api/events?dyad=MAR,FRA&limit=1&offset=${offset}`);
    pages.push(...p.body.events.map((e) => e.id));
    offset = p.body.next_offset;
  }
  t.ok(pages.join() === events.map((e) => e.id).join(), 'pages of one event list the same events', pages.join());

  // Filters agree with dyad query.
  const cli = execFileSync(dyad, ['query', '--db', store.db, '--country', 'MAR', '--root', '05', '--format', 'jsonl']).toString().trim().split('\n').filter(Boolean);
  const api = (await get(u, '/api/events?country=MAR&root=05')).body.events;
  t.ok(api.length === cli.length && api.every((e, i) => e.event.event_id === JSON.parse(cli[i]).event_id),
    'country and root filters give what dyad query gives', `${api.length} vs ${cli.length}`);
  const fr = (await get(u, '/api/events?lang=fr')).body.events;
  t.ok(fr.length > 0 && fr.every((e) => e.event.lang === 'fr'), 'the language filter');
  const text = (await get(u, '/api/events?text=Darmanin')).body.events;
  const mentions = await Promise.all(text.map(async (e) => (await get(u, `/api/documents/${e.document}`)).body.content.includes('Darmanin')));
  t.ok(text.length > 0 && mentions.every(Boolean), 'full-text filter: events of documents naming Darmanin', JSON.stringify(text.map((e) => e.doc_id)));

  // Time series: counts per quad class and mean Goldstein per week.
  const series = (await get(u, '/api/series?dyad=MAR,FRA&period=week')).body;
  const total = series.periods.reduce((s, p) => s + p.events, 0);
  t.ok(total === events.length, 'the weekly series counts every MAR-FRA event', `${total} vs ${events.length}`);
  const mean = events.reduce((s, e) => s + e.event.goldstein, 0) / events.length;
  const seriesMean = series.periods.reduce((s, p) => s + p.mean_goldstein * p.events, 0) / total;
  t.ok(Math.abs(mean - seriesMean) < 0.01, 'its mean Goldstein is the events\' mean', `${seriesMean} vs ${mean}`);
  t.ok(series.periods.every((p) => p.from >= '2024-04-01' && p.to <= '2024-04-30' && p.from <= p.to), 'its weeks fall in April 2024',
    JSON.stringify(series.periods.map((p) => [p.period, p.from, p.to])));
  const month = (await get(u, '/api/series?dyad=MAR,FRA&period=month')).body.periods;
  t.ok(month.length === 1 && month[0].period === '2024-04' && month[0].to === '2024-04-30', 'per month: April 2024');

  const top = (await get(u, '/api/top?by=country')).body.top;
  t.ok(top.length > 0 && top.map((r) => r.key).includes('MAR') && top.every((r, i) => i === 0 || top[i - 1].events >= r.events), 'top countries, most first');
  const actors = (await get(u, '/api/top?by=actor&dyad=MAR,FRA')).body.top;
  t.ok(actors.every((r) => /^(MAR|FRA)/.test(r.key)), 'top actors of a dyad');
  const places = (await get(u, '/api/places')).body.places;
  t.ok(places.some((p) => p.name === 'Rabat' && p.country === 'MAR'), 'places: Rabat');

  // A document with its events' evidence spans: content[start:end] (bytes) is the evidence.
  const doc = (await get(u, `/api/documents/${events[0].document}`)).body;
  const bytes = Buffer.from(doc.content, 'utf8');
  t.ok(doc.events.length > 0 && doc.events.every((e) => bytes.subarray(e.evidence.start, e.evidence.end).toString() === e.event.evidence.text || !e.first_document),
    'document: every evidence span cuts its evidence text out of the content');
  const hits = (await get(u, '/api/search?q=Laftit')).body.hits;
  t.ok(hits.length > 0 && hits.every((h) => h.snippet.includes('\u0002')), 'search marks its matches');

  // Bad parameters: 400 with a message; unknown paths 404; wrong methods 405.
  for (const [path, status] of [
    ['/api/events?root=21', 400], ['/api/events?from=2024-13-01', 400], ['/api/events?limit=0', 400],
    ['/api/events?limit=1001', 400], ['/api/events?offset=-1', 400], ['/api/events?dyad=MAR', 400],
    ['/api/events?country=mar', 400], ['/api/events?nope=1', 400], ['/api/events?quad=5', 400],
    ['/api/events?lang=fr&lang=nl', 400], ['/api/series?period=year', 400], ['/api/top?by=city', 400],
    ['/api/search', 400],
    // An unclosed quote is an FTS5 syntax error; PostgreSQL's websearch_to_tsquery reads any text.
    ['/api/search?q=%22open', backend === 'sqlite' ? 400 : 200], ['/api/events?text=%22open', backend === 'sqlite' ? 400 : 200],
    ["/api/events?source=MAR'%20OR%201=1--", 400], ['/api/documents/abc', 400], ['/api/documents/999999', 404],
    ['/api/nothing', 404], ['/api/rules/1/matches', 404],
  ]) {
    const r = await get(u, path);
    t.ok(r.status === status && (status === 200 || (typeof r.body?.error === 'string' && r.body.error.length > 0)), `${path} -> ${status}`, `${r.status} ${JSON.stringify(r.body)}`);
  }
  const del = await get(u, '/api/events', { method: 'DELETE' });
  t.ok(del.status === 405, 'DELETE /api/events -> 405', del.status);
  const post = await get(u, '/api/rules', { method: 'POST', body: '{"name":"x","kind":"events","dyad":"MAR,FRA"}' });
  t.ok(post.status === 403, 'a read-only server refuses to save rules', post.status);

  // Every path of the OpenAPI description answers.
  const spec = (await get(u, '/api/openapi.json')).body;
  for (const path of Object.keys(spec.paths)) {
    if (!spec.paths[path].get) continue;
    const r = await get(u, path.replace('{id}', path.startsWith('/api/documents') ? String(events[0].document) : '1'));
    t.ok(r.status === 200 || (path.startsWith('/api/rules/') && r.status === 404) || (path === '/api/search' && r.status === 400),
      `openapi path ${path} answers`, r.status);
  }
  t.ok(health.type.startsWith('application/json'), 'answers are JSON');
  await server.stop();

  // A token: without it 401, with it (either header) 200; the description stays open.
  server = await startServer(dyad, ['--db', store.db, '--token', 's3cret']);
  t.ok((await get(server.url, '/api/health')).status === 401, 'without the token: 401');
  t.ok((await get(server.url, '/api/health', { headers: { Authorization: 'Bearer s3cret' } })).status === 200, 'with Authorization: Bearer');
  t.ok((await get(server.url, '/api/health', { headers: { 'X-Dyad-Token': 's3cret' } })).status === 200, 'with X-Dyad-Token');
  t.ok((await get(server.url, '/api/health', { headers: { 'X-Dyad-Token': 'wrong' } })).status === 401, 'with a wrong token: 401');
  t.ok((await get(server.url, '/api/openapi.json')).status === 200, 'the OpenAPI description needs no token');
  await server.stop();

  // Watch rules: saved through the API (--allow-writes), then `dyad watch` ingests the seed article again
  // into a store that lacks it and prints an alert per matching event and week.
  const fresh = seededStore(dyad, sourceDir, ['examples/wire.jsonl'], backend);
  server = await startServer(dyad, ['--db', fresh.db, '--allow-writes']);
  const rules = {};
  for (const [name, spec] of [
    ['mar-fra', { kind: 'events', dyad: 'MAR,FRA' }],
    ['sahel', { kind: 'events', roots: ['18', '19', '20'], located_in: ['MLI', 'NER', 'BFA'] }],
    ['laftit', { kind: 'events', actor_names: ['Abdelouafi Laftit'] }],
    ['mar-fra-week', { kind: 'goldstein', dyad: 'MAR,FRA', period: 'week', below: 9 }],
    ['mar-fra-hostile', { kind: 'goldstein', dyad: 'MAR,FRA', period: 'week', below: -5 }],
  ]) {
    // Sent as `curl -d` sends it (form-encoded): the body is still the rule, not parameters.
    const r = await get(server.url, '/api/rules', { method: 'POST', body: JSON.stringify({ name, ...spec }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    t.ok(r.status === 201 && r.body.id > 0 && r.body.name === name && /^\d{4}-\d\d-\d\dT/.test(r.body.created_at),
      `rule ${name} saved`, JSON.stringify(r.body));
    rules[name] = r.body.id;
  }
  for (const bad of [{ name: 'x' }, { name: 'x', kind: 'events' }, { name: 'x', kind: 'events', roots: ['99'] },
    { name: 'x', kind: 'goldstein', dyad: 'MAR,FRA' }, { name: 'x', kind: 'events', colour: 'red' }, { kind: 'events', dyad: 'MAR,FRA' }]) {
    const r = await get(server.url, '/api/rules', { method: 'POST', body: JSON.stringify(bad) });
    t.ok(r.status === 400 && r.body.error, `bad rule ${JSON.stringify(bad)} -> 400`, `${r.status} ${JSON.stringify(r.body)}`);
  }
  const none = (await get(server.url, `/api/rules/${rules['mar-fra']}/matches`)).body;
  t.ok(none.matches.length === 0, 'before the seed article: no MAR-FRA matches');
  await server.stop();

  const out = execFileSync(dyad, ['watch', '--db', fresh.db, '-q', '-j', '2', join(sourceDir, 'examples')]).toString();
  const alerts = out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const of = (name) => alerts.filter((a) => a.rule === rules[name]);
  t.ok(of('mar-fra').length > 0 && of('mar-fra').every((a) => a.kind === 'event' && a.event.date.startsWith('2024-04')), 'watch: MAR-FRA events alert', out);
  t.ok(of('laftit').length > 0 && of('laftit').every((a) => [a.event.source.name, a.event.target?.name].includes('Abdelouafi Laftit')), 'watch: the named person alerts');
  t.ok(of('sahel').length === 0, 'watch: no Sahel alert from these articles');
  t.ok(of('mar-fra-week').length === 1 && of('mar-fra-week')[0].period === '2024-W17' && of('mar-fra-week')[0].mean_goldstein < 9, 'watch: the week below the threshold alerts', JSON.stringify(of('mar-fra-week')));
  t.ok(of('mar-fra-hostile').length === 0, 'watch: a week above the threshold does not');
  const again = execFileSync(dyad, ['watch', '--db', fresh.db, '-q', '-j', '2', join(sourceDir, 'examples')]).toString();
  t.ok(again.trim() === '', 'watch: documents already stored raise no alert again', again);
  const now = execFileSync(dyad, ['watch', '--db', fresh.db]).toString().trim().split('\n').map((l) => JSON.parse(l));
  t.ok(now.filter((a) => a.rule === rules['mar-fra']).length === of('mar-fra').length, 'watch without inputs: the current matches');

  server = await startServer(dyad, ['--db', fresh.db, '--allow-writes']);
  const m = (await get(server.url, `/api/rules/${rules['mar-fra']}/matches`)).body;
  t.ok(m.matches.length === of('mar-fra').length, 'the API lists the same matches');
  const d = await get(server.url, `/api/rules/${rules.sahel}`, { method: 'DELETE' });
  t.ok(d.status === 200 && (await get(server.url, '/api/rules')).body.rules.length === 4, 'a rule deleted');
  t.ok((await get(server.url, `/api/rules/${rules.sahel}`, { method: 'DELETE' })).status === 404, 'deleting it again: 404');
  await server.stop();
  fresh.cleanup();
} catch (e) {
  t.ok(false, 'api run', e.stack);
  await server.stop();
} finally {
  store.cleanup();
  t.finish();
}
