// Bundles the CLI, the extension, the engine's and the table preview's workers, the webview
// scripts (badge view, table preview) and the benchmark into dist/, and the extension and its
// workers again for the browser (VS Code for the Web's web worker extension host) into dist/web/.
// What only some files need lives in node bundles of its own, next to them, loaded on first use:
// the OpenAPI validator, iconv-lite and chardet (non-UTF-8 files); so the CLI starts in the time
// of a bare node (1.1 MB of code less to compile on every start). The browser bundles hold all.
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import browserBuild from './scripts/browser-build.js';

const { browserOptions } = browserBuild;

// `web`: the browser build of a node entry (package.json "browser"; scripts/browser-build.js)
const entries = [
  { in: 'src/cli/bin.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/cli/main.ts', out: 'cli-main' },
  { in: 'src/extension/extension.ts', out: 'extension', minify: true },
  { in: 'src/core/worker/worker-main.ts', out: 'worker', minify: true },
  { in: 'src/core/preview/worker-main.ts', out: 'preview-worker', minify: true },
  { in: 'src/extension/extension.ts', out: 'web/extension', minify: true, web: 'cjs' },
  { in: 'src/core/worker/web-worker-main.ts', out: 'web/worker', minify: true, web: 'iife' },
  { in: 'src/core/preview/web-worker-main.ts', out: 'web/preview-worker', minify: true, web: 'iife' },
  { in: 'media/webview/main.ts', out: 'webview', browser: true },
  { in: 'media/webview/preview/main.ts', out: 'preview', browser: true },
  { in: 'test/bench/bench.ts', out: 'bench' },
  { in: 'src/core/openapi/api-check.ts', out: 'openapi', part: true },
  { in: 'node_modules/iconv-lite/lib/index.js', out: 'iconv-lite', part: true },
  { in: 'node_modules/chardet/lib/index.js', out: 'chardet', part: true },
].filter(e => existsSync(e.in));

const web = browserOptions(process.cwd());
const JSONC = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };

/** the imports that stay out of a bundle: `require('./openapi.js')` and the like, resolved next to it */
const lazyParts = {
  name: 'lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^(iconv-lite|chardet)$/ }, a => ({ path: `./${a.path}.js`, external: true }));
    build.onResolve({ filter: /\/openapi\/api-check$/ }, () => ({ path: './openapi.js', external: true }));
  },
};

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
  plugins: e.browser || e.part ? [] : [lazyParts],
  // import() of a part becomes a plain require (the extension host runs CommonJS)
  supported: { 'dynamic-import': false },
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
  // V8's code cache of the CLI (src/cli/bin.ts), from a check of the samples: what such a run compiles
  spawnSync(process.execPath, ['dist/cli.js', 'check', 'samples', '--offline', '--format', 'json'], {
    stdio: 'ignore', env: { ...process.env, OPENDATA_BADGE_WRITE_CODE_CACHE: '1' },
  });
  console.log(`built ${entries.map(e => `dist/${e.out}.js`).join(', ')}, dist/cli-main.cache`);
  console.log(`browser bundles: ${sizes().join(', ')}`);
}
