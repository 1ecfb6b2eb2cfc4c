#!/usr/bin/env node
// Runs a mocha suite INSIDE a real VS Code extension host: code-server's VS Code server (Node
// extension host, full `vscode` API) with the workbench in headless Chromium (playwright-core).
// Like @vscode/test-electron's extensionTestsPath, with nothing downloaded outside npm/apt.
//
// test-electron compatible CLI (test/host/code is a drop-in `vscodeExecutablePath`):
//   --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [WORKSPACE_FOLDER]
//   --locale=zh-tw               display language (see code-server.js registerLanguage)
//   --install-extension=F.vsix   installed into the run's fresh extensions dir before start
//   --disable-extensions         installed extensions off (not built-in ones, not the one under test)
//   --enable-workspace-trust     open the folder untrusted (Restricted Mode); by default trust is
//                                off, as with test-electron's --disable-workspace-trust
//   --web                        the web worker extension host instead (VS Code for the Web): the
//                                extension under test is an --install-extension .vsix run there
//                                (remote.extensionKind ui) beside a browser-only test extension
//                                (test/exthost/web, also an --install-extension .vsix), which runs
//                                its suites on activation and answers through the workspace's
//                                .odb-web-test/ folder (output.log, result.txt)
// other flags are ignored. Without arguments: this repository, out/test/exthost/suite/index and a
// copy of test/exthost/workspace.
// Env: VERBOSE=1 (workbench + browser logs), SHOT_DIR=dir (keep screenshots; a request may set the
// side bar's width first, see serveScreenshots), TEST_TIMEOUT_MS,
// KEEP_TMP=1 (keep the run's temporary folder, always kept when the run fails);
// every ODB_TEST_* variable is passed on to the extension host.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const host = require('./code-server');

const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 300000);

const cli = process.argv.slice(2);
const argVals = name => cli.filter(a => a.startsWith(`--${name}=`)).map(a => a.slice(name.length + 3));
const extensionDevelopmentPath = path.resolve(argVals('extensionDevelopmentPath')[0] || host.root);
const extensionTestsPath = path.resolve(argVals('extensionTestsPath')[0] || path.join(host.root, 'out/test/exthost/suite/index'));
const workspaceArg = cli.filter(a => !a.startsWith('-')).map(a => path.resolve(a))[0];
const locale = argVals('locale')[0] || process.env.TEST_LOCALE || undefined;
const vsixes = argVals('install-extension').map(f => path.resolve(f));
const trust = cli.includes('--enable-workspace-trust') ? false : undefined;
const web = cli.includes('--web');
/** the web host's tests write and read here (test/exthost/web/store.ts) */
const WEB_CHANNEL = '.odb-web-test';

/** The primary side bar's box (the activity bar and the side bar when `withActivityBar`). */
async function sidebarBox(page, withActivityBar) {
  const bar = await page.locator('.part.sidebar').first().boundingBox();
  if (!bar) { throw new Error('no side bar on screen'); }
  return withActivityBar ? { x: 0, y: 0, width: bar.x + bar.width, height: bar.y + bar.height } : bar;
}

/** Drags the sash on the side bar's right edge until the side bar is `width` px wide. */
async function setSidebarWidth(page, width) {
  const bar = await sidebarBox(page, false);
  const edge = bar.x + bar.width;
  const y = bar.y + bar.height / 2;
  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(edge + (width - bar.width) / 2, y, { steps: 4 });
  await page.mouse.move(bar.x + width, y, { steps: 4 });
  await page.mouse.up();
  await page.waitForTimeout(600);
  const now = await sidebarBox(page, false);
  if (Math.abs(now.width - width) > 2) { throw new Error(`side bar is ${now.width}px wide, wanted ${width}px`); }
}

/**
 * Files the extension host asks for (`NAME.request`) are answered with a browser screenshot. The
 * request may hold JSON: `sidebarWidth` (px, set first by dragging the sash) and `clip: "sidebar"`
 * (only the activity bar and the side bar).
 */
function serveScreenshots(shotDir, getPage) {
  return setInterval(async () => {
    for (const f of fs.readdirSync(shotDir).filter(n => n.endsWith('.request'))) {
      const name = f.slice(0, -'.request'.length);
      const text = fs.readFileSync(path.join(shotDir, f), 'utf8');
      fs.unlinkSync(path.join(shotDir, f));
      try {
        const page = getPage();
        const req = text.trim() ? JSON.parse(text) : {};
        if (page && req.sidebarWidth) { await setSidebarWidth(page, req.sidebarWidth); }
        const clip = page && req.clip === 'sidebar' ? await sidebarBox(page, true) : undefined;
        await page?.screenshot({ path: path.join(shotDir, name + '.png'), clip });
      } catch (e) { console.error('screenshot failed', e); }
      fs.writeFileSync(path.join(shotDir, name + '.done'), '');
    }
  }, 200);
}

/**
 * DOM requests from the extension host (`NAME.query`: JSON {selector, action: texts|click|press,
 * key}) run in every frame of the page, webviews included, and are answered in `NAME.answer`:
 * the tests read and drive a webview's real DOM, as a user's clicks and keys would.
 */
function serveQueries(dir, getPage) {
  let busy = false;
  return setInterval(async () => {
    const page = getPage();
    if (busy || !page) { return; }
    busy = true;
    try {
      for (const f of fs.readdirSync(dir).filter(n => n.endsWith('.query'))) {
        const file = path.join(dir, f);
        const q = JSON.parse(fs.readFileSync(file, 'utf8'));
        fs.unlinkSync(file);
        let answer;
        try { answer = await runQuery(page, q); } catch (e) { answer = { error: String(e) }; }
        const out = path.join(dir, f.slice(0, -'.query'.length) + '.answer');
        fs.writeFileSync(out + '.tmp', JSON.stringify(answer));
        fs.renameSync(out + '.tmp', out);
      }
    } finally {
      busy = false;
    }
  }, 100);
}

async function runQuery(page, q) {
  const found = [];
  for (const frame of page.frames()) {
    try { for (const h of await frame.$$(q.selector)) { found.push(h); } } catch { /* a frame that went away */ }
  }
  if (q.action === 'texts') { return { count: found.length, texts: await Promise.all(found.map(h => h.textContent())) }; }
  if (found.length === 0) { return { count: 0 }; }
  if (q.action === 'click') { await found[0].click(); return { count: found.length }; }
  if (q.action === 'press') { await found[0].focus(); await page.keyboard.press(q.key); return { count: found.length }; }
  return { error: `unknown action ${q.action}` };
}

/** The ids (publisher.name) of the extensions installed in the run's extensions dir. */
function installedIds(tmp) {
  const dir = path.join(tmp, 'extensions');
  if (!fs.existsSync(dir)) { return []; }
  return fs.readdirSync(dir).filter(n => fs.existsSync(path.join(dir, n, 'package.json'))).map(n => {
    const m = JSON.parse(fs.readFileSync(path.join(dir, n, 'package.json'), 'utf8'));
    return `${m.publisher}.${m.name}`;
  });
}

/** The web host's tests: resolves with the exit code once they wrote result.txt ("passes failures"). */
function webResult(channel) {
  const file = path.join(channel, 'result.txt');
  return new Promise(resolve => {
    const timer = setInterval(() => {
      const m = fs.existsSync(file) ? /^(\d+) (\d+)$/.exec(fs.readFileSync(file, 'utf8').trim()) : null;
      if (!m) { return; }
      clearInterval(timer);
      resolve(Number(m[2]) === 0 && Number(m[1]) > 0 ? 0 : 1);
    }, 200);
  });
}

/** mocha output: appended to a file by the suite inside the extension host, streamed here. */
function streamFile(file) {
  fs.writeFileSync(file, '');
  let printed = 0;
  const pump = () => {
    // the web host's tests replace the file whole (a rename that deletes it first): it may be missing a moment
    if (!fs.existsSync(file)) { return; }
    let buf;
    try { buf = fs.readFileSync(file); } catch { return; }
    if (buf.length > printed) { process.stdout.write(buf.subarray(printed)); printed = buf.length; }
  };
  const timer = setInterval(pump, 200);
  return () => { clearInterval(timer); pump(); };
}

(async () => {
  host.requireInstalled(true);
  const t0 = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'odb-exthost-'));
  let workspace = workspaceArg;
  if (!workspace) {
    workspace = path.join(tmp, 'workspace');
    fs.cpSync(path.join(host.root, 'test/exthost/workspace'), workspace, { recursive: true });
  }
  for (const vsix of vsixes) { console.log('[host] ' + host.installExtension(tmp, vsix)); }
  const channel = path.join(workspace, WEB_CHANNEL);
  if (web) { fs.mkdirSync(channel, { recursive: true }); }

  const testOutput = web ? path.join(channel, 'output.log') : path.join(tmp, 'test-output.log');
  const stopStreaming = streamFile(testOutput);
  const keptShots = process.env.SHOT_DIR ? path.resolve(process.env.SHOT_DIR) : undefined;
  const shotDir = web ? channel : keptShots ?? path.join(tmp, 'shots');
  fs.mkdirSync(shotDir, { recursive: true });
  let page;
  const shooter = serveScreenshots(shotDir, () => page);
  const querier = serveQueries(shotDir, () => page);

  const port = await host.freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const server = host.startServer({
    tmp, port, locale, trust, logFile,
    // an extension of kind ui with a browser entry runs in the web worker extension host (the
    // server's node host is preferred otherwise: its main entry would run there)
    settings: web ? { 'remote.extensionKind': Object.fromEntries(installedIds(tmp).map(id => [id, ['ui']])) } : {},
    // makes the built workbench honour ?payload=extensionDevelopmentPath/extensionTestsPath;
    // --disable-extensions turns installed extensions off (as in VS Code: not built-in ones, not
    // the one under development)
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver',
      ...(cli.includes('--disable-extensions') ? ['--vscode-option', 'disable-extensions'] : [])],
  });

  let browser;
  let code = 1;
  const cleanup = async () => {
    try { await browser?.close(); } catch { /* ignore */ }
    await host.stopServer(server);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) { process.on(sig, async () => { await cleanup(); process.exit(130); }); }
  try {
    const base = `http://127.0.0.1:${port}`;
    await host.waitHttp(`${base}/healthz`, 60000, server);
    const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
    const passEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('ODB_TEST_')));
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['extensionEnvironment', JSON.stringify({ ...passEnv, EXT_TEST_OUTPUT: testOutput, EXT_TEST_SHOT_DIR: shotDir })],
    ]);
    browser = await chromium.launch({
      executablePath: host.CHROMIUM, headless: true, env: host.hostEnv(tmp),  // no ~/.config/chromium
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (process.env.VERBOSE) {
      page.on('console', m => console.log('[browser]', m.text()));
      page.on('pageerror', e => console.log('[pageerror]', e.message));
    }
    const done = new Promise(resolve => {
      // the workbench calls these when the smoke-test driver is enabled
      page.exposeFunction('codeAutomationLog', (type, args) => {
        if (process.env.VERBOSE) { console.log(`[${type}]`, ...args); }
      });
      page.exposeFunction('codeAutomationExit', c => resolve(c));
    });
    await page.goto(web ? `${base}/?folder=${encodeURIComponent(workspace)}`
      : `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const result = await Promise.race([web ? webResult(channel) : done, new Promise(r => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
    if (result === 'timeout') {
      console.error(`Timed out after ${TIMEOUT_MS}ms; server log: ${logFile}`);
      await page.screenshot({ path: path.join(tmp, 'timeout.png') }).catch(() => {});
      code = 2;
    } else {
      code = Number(result);
    }
  } catch (e) {
    console.error(e);
    code = 1;
  } finally {
    await cleanup();
    clearInterval(shooter);
    clearInterval(querier);
    stopStreaming();
  }
  if (web && keptShots) {
    fs.mkdirSync(keptShots, { recursive: true });
    for (const f of fs.readdirSync(channel).filter(n => n.endsWith('.png'))) { fs.copyFileSync(path.join(channel, f), path.join(keptShots, f)); }
  }
  const keep = code !== 0 || process.env.KEEP_TMP;
  if (!keep) { fs.rmSync(tmp, { recursive: true, force: true }); }
  console.log(`extension host tests exited with ${code} in ${((Date.now() - t0) / 1000).toFixed(1)}s${keep ? ` (logs: ${tmp})` : ''}`);
  process.exit(code);
})();
