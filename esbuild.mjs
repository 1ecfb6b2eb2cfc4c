// Bundles the CLI, the extension, the engine's and the table preview's workers, the webview
// scripts (badge view, table preview) and the benchmark into dist/, and the extension and its
// workers again for the browser (VS Code for the Web's web worker extension host) into dist/web/.
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import browserBuild from './scripts/browser-build.js';

const { browserOptions } = browserBuild;

// `web`: the browser build of a node entry (package.json "browser"; scripts/browser-build.js)
const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension', minify: true },
  { in: 'src/core/worker/worker-main.ts', out: 'worker', minify: true },
  { in: 'src/core/preview/worker-main.ts', out: 'preview-worker', minify: true },
  { in: 'src/extension/extension.ts', out: 'web/extension', minify: true, web: 'cjs' },
  { in: 'src/core/worker/web-worker-main.ts', out: 'web/worker', minify: true, web: 'iife' },
  { in: 'src/core/preview/web-worker-main.ts', out: 'web/preview-worker', minify: true, web: 'iife' },
  { in: 'media/webview/main.ts', out: 'webview', browser: true },
  { in: 'media/webview/preview/main.ts', out: 'preview', browser: true },
  { in: 'test/bench/bench.ts', out: 'bench' },
].filter(e => existsSync(e.in));

const web = browserOptions(process.cwd());
const JSONC = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };

const watch = process.argv.includes('--watch');
const builds = entries.map(e => ({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: e.browser ? 'browser' : 'node',
  target: e.browser ? 'es2022' : 'node20',
  format: e.web ?? (e.browser ? 'iife' : 'cjs'),
  sourcemap: true,
  // what ships in the .vsix is minified (the source maps keep stack traces readable)
  minify: Boolean(e.minify),
  external: ['vscode'],
  logLevel: 'warning',
  banner: e.banner ? { js: e.banner } : undefined,
  ...(e.web ? web : {}),
  // jsonc-parser's default entry is a UMD build whose dynamic requires esbuild cannot follow
  alias: { ...JSONC, ...(e.web ? web.alias : {}) },
}));

/** "dist/web/extension.js 1.2 MB (gzip 0.4 MB)" for each browser bundle */
function sizes() {
  const mb = n => (n / 1024 / 1024).toFixed(2) + ' MB';
  return entries.filter(e => e.web).map(e => {
    const file = `dist/${e.out}.js`;
    const bytes = readFileSync(file);
    return `${file} ${mb(bytes.length)} (gzip ${mb(gzipSync(bytes).length)})`;
  });
}

if (watch) {
  for (const b of builds) { await (await esbuild.context(b)).watch(); }
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  console.log(`built ${entries.map(e => `dist/${e.out}.js`).join(', ')}`);
  console.log(`browser bundles: ${sizes().join(', ')}`);
}
