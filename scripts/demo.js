#!/usr/bin/env node
// Starts a real VS Code in the browser (code-server, installed by test/host/setup-code-server.sh)
// with the extension installed from its freshly built .vsix and a COPY of the demo workspace
// (samples/: a Big5 CSV, a merged header, subtotals, metadata that does not match, a gold-ready
// dataset), then prints the URL to open. Runs until Ctrl-C. The workbench opens with the Explorer
// and the badge view in view together (scripts/demo-layout) and no empty secondary side bar.
//   node scripts/demo.js [--port 8080] [--host 127.0.0.1] [--locale zh-tw] [--workspace DIR] [--no-build]
//                        [--screenshot FILE.png [--width 1280 --height 800]]  (the first screen, then stop)
'use strict';
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('../test/host/code-server');

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 && args[i + 1] ? args[i + 1] : dflt; };
const port = Number(opt('port', process.env.PORT || 8080));
const bind = opt('host', process.env.HOST || '127.0.0.1');
const locale = opt('locale', undefined);
const source = path.resolve(opt('workspace', path.join(host.root, 'samples')));
const shot = opt('screenshot', undefined);

function run(cmd, argv, cwd = host.root, quiet = false) {
  const r = cp.spawnSync(cmd, argv, { cwd, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`[demo] ${cmd} ${argv.join(' ')} failed${quiet ? '\n' + r.stdout + r.stderr : ''}`);
    process.exit(r.status || 1);
  }
}

/** The demo's layout helper (scripts/demo-layout), packaged into `dir`. */
function layoutVsix(dir) {
  const out = path.join(dir, 'demo-layout.vsix');
  const vsce = path.join(host.root, 'node_modules', '.bin', 'vsce');
  run(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], path.join(host.root, 'scripts', 'demo-layout'), true);
  return out;
}

(async () => {
  run('bash', [path.join(host.root, 'test/host/setup-code-server.sh')]);
  if (!args.includes('--no-build')) { run('npm', ['run', '--silent', 'package']); }
  const pkg = JSON.parse(fs.readFileSync(path.join(host.root, 'package.json'), 'utf8'));
  const vsix = path.join(host.root, `${pkg.name}-${pkg.version}.vsix`);
  host.requireInstalled(false);
  if (!fs.existsSync(vsix)) { console.error(`[demo] ${vsix} is missing: run npm run package`); process.exit(1); }
  if (!fs.existsSync(source)) { console.error(`[demo] no demo workspace at ${source}`); process.exit(1); }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'odb-demo-'));
  const workspace = path.join(tmp, path.basename(source));
  fs.cpSync(source, workspace, { recursive: true });
  console.log('[demo] ' + host.installExtension(tmp, vsix));
  console.log('[demo] ' + host.installExtension(tmp, layoutVsix(tmp)));
  const logFile = path.join(tmp, 'code-server.log');
  const shown = bind === '0.0.0.0' ? '127.0.0.1' : bind;
  const server = host.startServer({ tmp, port, bind, locale, logFile });
  let stopping = false;
  const stop = async code => {
    if (stopping) { return; }
    stopping = true;
    await host.stopServer(server);
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => { console.log('\n[demo] stopping'); void stop(0); });
  process.on('SIGTERM', () => void stop(0));
  server.on('exit', code => { if (!stopping) { console.error(`[demo] code-server exited (${code}); log: ${logFile}`); void stop(1); } });
  try {
    await host.waitHttp(`http://${shown}:${port}/healthz`, 60000, server);
  } catch (e) {
    console.error('[demo] ' + e.message + '\n' + fs.readFileSync(logFile, 'utf8').slice(-2000));
    return stop(1);
  }
  const url = `http://${shown}:${port}/?folder=${encodeURIComponent(workspace)}`;
  if (shot) {
    const size = { width: Number(opt('width', 1280)), height: Number(opt('height', 800)), env: host.hostEnv(tmp) };
    try {
      await require('./demo-shot').shoot(url, path.resolve(shot), size);
      console.log(`[demo] the first screen: ${path.resolve(shot)}`);
    } catch (e) {
      console.error('[demo] screenshot failed: ' + e.message);
      return stop(1);
    }
    return stop(0);
  }
  console.log(`\n  Open Data Badge demo: a real VS Code (code-server ${host.CS_VERSION}) with ${path.basename(vsix)} installed.`);
  console.log(`  Workspace (a copy of ${path.relative(host.root, source) || source}): ${workspace}`);
  console.log(`\n  Open  ${url}\n`);
  console.log('  Press Ctrl-C to stop.');
})();
