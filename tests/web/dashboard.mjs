// End-to-end test of the dashboard in headless Chromium (Debian's chromium,
// driven by playwright-core): a server seeded with the bundled examples; map,
// dyad explorer, document view and watch rules clicked through; any console
// error fails. Screenshots go to $DYAD_SCREENSHOTS (e.g. docs/img) when set.
//   node tests/web/dashboard.mjs build/dyad .
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { seededStore, startServer, checks } from './server.mjs';

const [dyad, sourceDir] = [resolve(process.argv[2]), resolve(process.argv[3] || '.')];
const { chromium } = createRequire(join(sourceDir, 'web', 'package.json'))('playwright-core');
const shots = process.env.DYAD_SCREENSHOTS;
const t = checks();
const store = seededStore(dyad, sourceDir);
const server = await startServer(dyad, ['--db', store.db, '--allow-writes']);
const browser = await chromium.launch({
  executablePath: process.env.DYAD_CHROMIUM || '/usr/bin/chromium',
  // Chromium refuses to run as root without --no-sandbox; the rest keeps it off the (closed) network.
  args: [...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  const shot = async (name) => { if (shots) await page.screenshot({ path: join(resolve(shots), name) }); };

  // Map: Morocco and France shaded by their events, a dot at Rabat.
  const t0 = Date.now();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready=map]');
  const firstRender = await page.evaluate(() => window.dyadFirstRender);
  console.log(`first render (map drawn, navigation start to data shown): ${firstRender.toFixed(0)} ms; wall ${Date.now() - t0} ms`);
  for (const a3 of ['MAR', 'FRA']) {
    const n = Number(await page.getAttribute(`#map path[data-country=${a3}]`, 'data-events'));
    const fill = await page.getAttribute(`#map path[data-country=${a3}]`, 'fill');
    t.ok(n > 0 && fill !== '#f1f3f5', `map shades ${a3} by its events`, `events=${n} fill=${fill}`);
  }
  t.ok(Number(await page.getAttribute('#map path[data-country=BRA]', 'data-events')) === 0, 'map leaves a country without events blank');
  t.ok(await page.locator('#map circle[data-place=Rabat]').count() === 1, 'map shows a dot at Rabat');
  await shot('map.png');
  await page.click('#map path[data-country=MAR]');
  await page.waitForSelector('#events-table tbody tr[data-event]');
  const sides = await page.$$eval('#events-table tbody tr', (rows) => rows.map((r) => r.cells[1].textContent + ' ' + r.cells[2].textContent));
  t.ok(sides.length > 0 && sides.every((s) => s.includes('MAR')), 'clicking Morocco lists events with Morocco on a side', sides.join('; '));

  // Dyad explorer: MAR-FRA in April 2024, the events behind a week.
  await page.goto(`${server.url}/#dyad?a=MAR&b=FRA&period=week`);
  await page.waitForSelector('#dyad-chart rect.hit');
  const periods = await page.$$eval('#dyad-chart rect.hit', (r) => r.map((x) => x.dataset.period));
  t.ok(periods.length > 0 && periods.every((p) => /^2024-W1[4-8]$/.test(p)), 'MAR-FRA weeks are in April 2024', periods.join(','));
  await page.click(`#dyad-chart rect.hit[data-period="${periods[0]}"]`);
  await page.waitForFunction((p) => document.getElementById('dyad-events-title').textContent.startsWith(p), periods[0]);
  const rows = await page.$$eval('#dyad-events tbody tr[data-event]', (rs) => rs.map((r) => [...r.cells].map((c) => c.textContent)));
  t.ok(rows.length > 0, 'clicking a week lists its events');
  t.ok(rows.every((r) => r[0].startsWith('2024-04')), 'those events are dated April 2024', rows.map((r) => r[0]).join(','));
  t.ok(rows.every((r) => /^(MAR|FRA)/.test(r[1]) && /^(MAR|FRA)/.test(r[2]) && r[1].slice(0, 3) !== r[2].slice(0, 3)),
    'those events are between Morocco and France', rows.map((r) => `${r[1]}-${r[2]}`).join(','));
  const summary = await page.textContent('#dyad-summary');
  t.ok(/Morocco – France: \d+ events/.test(summary) && /mean Goldstein -?\d/.test(summary), 'the summary gives events and mean Goldstein', summary);
  await shot('dyad.png');

  // Document view: the evidence, source and target of the chosen event are marked.
  const evidence = rows[0][6];
  await page.click('#dyad-events tbody tr[data-event]');
  await page.waitForSelector('body[data-ready=doc]');
  const marked = await page.$$eval('#doc-text .ev.sel', (s) => s.map((x) => x.textContent).join(''));
  t.ok(marked.length > 0 && marked.replace(/\s+/g, ' ') === evidence.replace(/\s+/g, ' '), 'the chosen event\'s evidence is highlighted', `marked="${marked}" evidence="${evidence}"`);
  t.ok(await page.locator('#doc-text .ev.sel.src').count() > 0, 'its source is marked');
  t.ok(await page.locator('#doc-text .ev.sel.tgt').count() > 0, 'its target is marked');
  t.ok((await page.textContent('#doc-meta')).includes('2024-04-22'), 'the document\'s publication date is shown');
  await shot('document.png');

  // The HTML example is shown as text, its tags and scripts left out, its evidence marked.
  const htmlEvents = (await (await fetch(`${server.url}/api/events?limit=1000`)).json()).events.filter((e) => e.doc_id === 'fr_interieur.html');
  t.ok(htmlEvents.length > 0, 'the HTML example has events');
  if (htmlEvents.length) {
    await page.goto(`${server.url}/#doc/${htmlEvents[0].document}?event=${htmlEvents[0].id}`);
    await page.waitForSelector('body[data-ready=doc]');
    const text = await page.textContent('#doc-text');
    const marked = await page.$$eval('#doc-text .ev.sel', (s) => s.map((x) => x.textContent).join(''));
    t.ok(!/<\/?[a-z]+[ >]/i.test(text), 'the HTML document is shown without its tags');
    t.ok(marked.replace(/\s+/g, ' ').trim() === htmlEvents[0].event.evidence.text.replace(/\s+/g, ' ').trim(),
      'its evidence is highlighted', `marked="${marked}" evidence="${htmlEvents[0].event.evidence.text}"`);
  }

  // Language filter: only French events.
  await page.goto(`${server.url}/#events`);
  await page.selectOption('#f-lang', 'fr');
  await page.click('#global-filters button');
  const frApi = await (await fetch(`${server.url}/api/events?lang=fr&limit=50`)).json();
  const want = frApi.events.map((e) => String(e.id)).join();
  const shown = () => page.$$eval('#events-table tbody tr[data-event]', (rs) => rs.map((r) => r.dataset.event).join());
  await page.waitForFunction((w) => [...document.querySelectorAll('#events-table tbody tr[data-event]')].map((r) => r.dataset.event).join() === w, want, { timeout: 5000 }).catch(() => {});
  t.ok(frApi.events.length > 0 && (await shown()) === want, 'the language filter shows the French events', await shown());

  // Watch rules: save one in the dashboard, see its matches.
  await page.goto(`${server.url}/#rules`);
  await page.fill('#rule-form input[name=name]', 'Laftit');
  await page.fill('#rule-form textarea', '{"kind": "events", "actor_names": ["Abdelouafi Laftit"]}');
  await page.click('#rule-form button');
  await page.waitForSelector('#rules-list li b');
  await page.click('#rules-list li');
  await page.waitForSelector('#rule-matches li');
  const matches = await page.$$eval('#rule-matches li', (l) => l.map((x) => x.textContent));
  t.ok(matches.length > 0 && matches.every((m) => m.includes('MARGOV')), 'a person rule matches Laftit\'s events', matches.join('; '));
} catch (e) {
  t.ok(false, 'dashboard run', e.stack);
} finally {
  t.ok(errors.length === 0, 'no console errors', errors.join('\n'));
  await browser.close();
  await server.stop();
  store.cleanup();
  t.finish();
}
