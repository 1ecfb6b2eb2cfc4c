// Bundles the CLI, the extension, the engine's and the table preview's workers, the webview
// scripts (badge view, table preview) and the benchmark into dist/.
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension', minify: true },
  { in: 'src/core/worker/worker-main.ts', out: 'worker', minify: true },
  { in: 'src/core/preview/worker-main.ts', out: 'preview-worker', minify: true },
  { in: 'media/webview/main.ts', out: 'webview', browser: true },
  { in: 'media/webview/preview/main.ts', out: 'preview', browser: true },
  { in: 'test/bench/bench.ts', out: 'bench' },
].filter(e => existsSync(e.in));

const watch = process.argv.includes('--watch');
const builds = entries.map(e => ({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: e.browser ? 'browser' : 'node',
  target: e.browser ? 'es2022' : 'node20',
  format: e.browser ? 'iife' : 'cjs',
  sourcemap: true,
  // what ships in the .vsix is minified (the source maps keep stack traces readable)
  minify: Boolean(e.minify),
  external: ['vscode'],
  // jsonc-parser's default entry is a UMD build whose dynamic requires esbuild cannot follow
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
}));

if (watch) {
  for (const b of builds) { await (await esbuild.context(b)).watch(); }
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  console.log(`built ${entries.map(e => `dist/${e.out}.js`).join(', ')}`);
}
