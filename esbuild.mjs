// Bundles the CLI, the extension, the engine's worker, the badge view's webview script and the
// benchmark into dist/. What only some files need lives in bundles of its own, next to them,
// loaded on first use: the OpenAPI validator, iconv-lite and chardet (non-UTF-8 files); so the
// CLI starts in the time of a bare node (1.1 MB of code less to compile on every start).
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli/bin.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/cli/main.ts', out: 'cli-main' },
  { in: 'src/extension/extension.ts', out: 'extension', minify: true },
  { in: 'src/core/worker/worker-main.ts', out: 'worker', minify: true },
  { in: 'media/webview/main.ts', out: 'webview', browser: true },
  { in: 'test/bench/bench.ts', out: 'bench' },
  { in: 'src/core/openapi/api-check.ts', out: 'openapi', part: true },
  { in: 'node_modules/iconv-lite/lib/index.js', out: 'iconv-lite', part: true },
  { in: 'node_modules/chardet/lib/index.js', out: 'chardet', part: true },
].filter(e => existsSync(e.in));

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
  format: e.browser ? 'iife' : 'cjs',
  sourcemap: true,
  // what ships in the .vsix is minified (the source maps keep stack traces readable)
  minify: Boolean(e.minify),
  external: ['vscode'],
  // jsonc-parser's default entry is a UMD build whose dynamic requires esbuild cannot follow
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  plugins: e.browser || e.part ? [] : [lazyParts],
  // import() of a part becomes a plain require (the extension host runs CommonJS)
  supported: { 'dynamic-import': false },
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
}));

if (watch) {
  for (const b of builds) { await (await esbuild.context(b)).watch(); }
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  // V8's code cache of the CLI (src/cli/bin.ts), from a check of the samples: what such a run compiles
  spawnSync(process.execPath, ['dist/cli.js', 'check', 'samples', '--offline', '--format', 'json'], {
    stdio: 'ignore', env: { ...process.env, OPENDATA_BADGE_WRITE_CODE_CACHE: '1' },
  });
  console.log(`built ${entries.map(e => `dist/${e.out}.js`).join(', ')}, dist/cli-main.cache`);
}
