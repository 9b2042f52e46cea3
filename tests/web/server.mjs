// Test helpers: a store seeded with the bundled examples and a `dyad serve`
// on a free loopback port.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// backend 'postgresql': a fresh schema in the database $DYAD_TEST_PG names (scripts/pg-start).
let schemas = 0;
export function seededStore(dyad, sourceDir, inputs = ['examples'], backend = 'sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  let db = join(dir, 'dyad.db');
  let drop = () => {};
  if (backend === 'postgresql') {
    const uri = process.env.DYAD_TEST_PG;
    const schema = `dyad_web_${process.pid}_${++schemas}`;
    const psql = (sql) => execFileSync('psql', [uri, '-qtA', '-v', 'ON_ERROR_STOP=1', '-c', sql],
      { env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' } });
    psql(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    db = `${uri}${uri.includes('?') ? '&' : '?'}options=-csearch_path%3D${schema}`;
    drop = () => psql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  execFileSync(dyad, ['ingest', ...inputs.map((i) => join(sourceDir, i)), '--db', db, '-q', '-j', '2'], { stdio: 'inherit' });
  return { dir, db, cleanup: () => { drop(); rmSync(dir, { recursive: true, force: true }); } };
}

// Starts `dyad serve --port 0 ...args` and resolves to {url, stop} once it prints its address.
export function startServer(dyad, args) {
  const child = spawn(dyad, ['serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`dyad serve did not start: ${out}`)); }, 30000);
    child.on('exit', (code) => reject(new Error(`dyad serve exited with ${code}: ${out}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const stop = () => new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.on('exit', (code) => done(code));
        child.kill('SIGTERM');
      });
      resolve({ url: `http://127.0.0.1:${m[1]}`, stop });
    });
  });
}

// A tiny runner: named checks, a closing "N passed, N failed" line, exit 1 on any failure.
export function checks() {
  let passed = 0, failed = 0;
  return {
    ok(cond, name, detail = '') {
      if (cond) { ++passed; console.log(`ok   ${name}`); }
      else { ++failed; console.log(`FAIL ${name} ${detail}`); }
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed || !passed ? 1 : 0;
    },
  };
}
