// Bundles the CLI, the extension, the engine's and the table preview's workers, the webview
// scripts (badge view, table preview) and the benchmark into dist/, and the extension and its
// workers again for the browser (VS Code for the Web's web worker extension host) into dist/web/.
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

// `web`: the browser build of a node entry (package.json "browser"): no node built-ins (esbuild
// fails on any left), node:buffer and node:path by their browser equivalents, and each
// `X.node.ts` platform module replaced by its `X.web.ts` twin
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

/** `./name.node` -> `./name.web.ts` beside it (the twins export the same names, tsc checks both) */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.node$/ }, args => {
      const twin = path.join(args.resolveDir, args.path.replace(/\.node$/, '.web.ts'));
      if (!existsSync(twin)) { return { errors: [{ text: `${args.path} has no web twin (${path.relative('.', twin)})` }] }; }
      return { path: twin };
    });
  },
};

const webOptions = {
  plugins: [webTwins],
  alias: {
    'node:buffer': './src/browser/node-buffer.ts',
    'node:path': 'path-browserify',
  },
  inject: ['./src/browser/buffer-global.ts'],
  // @apidevtools/swagger-parser asks for node's util (format, inherits): the util package, which
  // reads this at load time; a browser has no process
  define: { 'process.env.NODE_DEBUG': 'undefined' },
  metafile: true,
};

const watch = process.argv.includes('--watch');
const builds = entries.map(e => ({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: e.browser || e.web ? 'browser' : 'node',
  target: e.browser || e.web ? 'es2022' : 'node20',
  format: e.web ?? (e.browser ? 'iife' : 'cjs'),
  sourcemap: true,
  // what ships in the .vsix is minified (the source maps keep stack traces readable)
  minify: Boolean(e.minify),
  external: ['vscode'],
  logLevel: 'warning',
  banner: e.banner ? { js: e.banner } : undefined,
  ...(e.web ? webOptions : {}),
  // jsonc-parser's default entry is a UMD build whose dynamic requires esbuild cannot follow
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js', ...(e.web ? webOptions.alias : {}) },
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
