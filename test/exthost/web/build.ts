// Builds the web host's test extension into out/test/exthost/web-ext/: its package.json and one
// browser bundle of main.ts with the suites, mocha's browser build and the engine (for the
// inline comparison of the big-file test), packaged as a .vsix (the server cleans up extension
// folders it did not install). Called by runTest.ts before the `web` run.
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

type BrowserOptions = (root: string) => esbuild.BuildOptions & { alias: Record<string, string> };

/** Resolves with the test extension's .vsix. */
export async function buildWebTests(root: string): Promise<string> {
  // the extension's browser build options (esbuild.mjs uses them too)
  const web = (require(path.join(root, 'scripts/browser-build.js')) as { browserOptions: BrowserOptions }).browserOptions(root);
  const here = path.join(root, 'test/exthost/web');
  const out = path.join(root, 'out/test/exthost/web-ext');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(here, 'package.json'), path.join(out, 'package.json'));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: path.join(here, 'main.ts') },
    outdir: out,
    ...web,
    bundle: true,
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    loader: { '.csv': 'binary' },
    logLevel: 'warning',
    alias: {
      mocha: path.join(here, 'mocha-bdd.js'),
      'node:assert/strict': path.join(here, 'assert-strict.js'),
      'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
      ...web.alias,
    },
  });
  const vsix = path.join(root, 'out/test/exthost/web-tests.vsix');
  const vsce = cp.spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies',
    '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: out, encoding: 'utf8' });
  if (vsce.status !== 0) { throw new Error(`vsce package of the web tests failed:\n${vsce.stdout}\n${vsce.stderr}`); }
  return vsix;
}
