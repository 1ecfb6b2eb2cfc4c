// Bundles the CLI, the extension, the engine's worker and the benchmark into dist/.
// `node esbuild.mjs` builds everything that exists; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  { in: 'src/core/worker/worker-main.ts', out: 'worker' },
  { in: 'test/bench/bench.ts', out: 'bench' },
].filter(e => existsSync(e.in));

const watch = process.argv.includes('--watch');
const builds = entries.map(e => ({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
}));

if (watch) {
  for (const b of builds) { await (await esbuild.context(b)).watch(); }
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  console.log(`built ${entries.map(e => `dist/${e.out}.js`).join(', ')}`);
}
