// Builds the dashboard into one folder that `dyad serve` serves (default
// ../build/web; CMake passes its own build folder). Offline: everything comes
// from the npm packages installed by `npm ci` (package-lock.json).
//   node build.mjs [OUT_DIR]
import { existsSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, '..', 'build', 'web'));
const require = createRequire(import.meta.url);
const pkg = (name, file) => require.resolve(`${name}/${file}`);

if (!existsSync(join(here, 'node_modules', 'world-atlas'))) {
  console.error(`dashboard: the npm packages are missing: run "npm ci" in ${here} (scripts/setup does)`);
  process.exit(1);
}
mkdirSync(join(out, 'vendor'), { recursive: true });
mkdirSync(join(out, 'data'), { recursive: true });
for (const f of ['index.html', 'app.js', 'views.js', 'map.js', 'document.js', 'style.css'])
  copyFileSync(join(here, 'src', f), join(out, f));
copyFileSync(pkg('topojson-client', 'dist/topojson-client.min.js'), join(out, 'vendor', 'topojson-client.min.js'));
// Natural Earth 1:110m country shapes; their ids are ISO 3166 numeric codes.
copyFileSync(pkg('world-atlas', 'countries-110m.json'), join(out, 'data', 'world.json'));

// ISO numeric -> alpha-3 and English names, so the map joins the API's alpha-3 counts.
const iso = require('i18n-iso-countries');
const byNumeric = {}, names = {};
for (const [numeric, a2] of Object.entries(iso.getNumericCodes())) {
  const a3 = iso.alpha2ToAlpha3(a2);
  byNumeric[numeric] = a3;
  names[a3] = iso.getName(a2, 'en') || a3;
}
writeFileSync(join(out, 'data', 'countries.json'), JSON.stringify({ byNumeric, names }));
console.log(`dashboard built in ${out} (${Object.keys(names).length} countries)`);
