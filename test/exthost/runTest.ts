// Entry point of the extension-host tests: @vscode/test-electron's runTests, with the VS Code
// executable replaced by test/host/code (code-server's real extension host in headless Chromium).
// Runs: `en` and `zh-tw` (the full suite, on fresh copies of test/exthost/workspace), `restricted`
// (an untrusted folder) and `vsix` (the packaged .vsix installed into the host, with a small
// suite) and `web` (the .vsix in the web worker extension host of VS Code for the Web, with the
// core cases of test/exthost/web). ODB_EXTHOST_RUNS=en,vsix picks runs; SHOT_DIR keeps the
// screenshots (default .vscode-test/screenshots; the web run's in its web/ folder).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildWebTests } from './web/build';

const root = path.resolve(__dirname, '../../..');
const shim = path.join(root, 'test/host/code');

/** A fresh copy of the fixtures for each run (the tests convert and edit files), removed after. */
function withWorkspace(run: (dir: string) => Promise<number>): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odb-workspace-'));
  fs.cpSync(path.join(root, 'test/exthost/workspace'), dir, { recursive: true });
  return run(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

function vsixPath(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(root, `${pkg.name}-${pkg.version}.vsix`);
}

interface Run { name: string; run(): Promise<number> }

const shotDir = path.resolve(process.env.SHOT_DIR ?? path.join(root, '.vscode-test/screenshots'));

const all: Run[] = [
  ...['en', 'zh-tw'].map(locale => ({
    name: locale,
    run: () => withWorkspace(ws => runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/exthost/suite/index'),
      launchArgs: [ws, '--disable-extensions', `--locale=${locale}`],
      extensionTestsEnv: { SHOT_DIR: shotDir },
    })),
  })),
  {
    // the folder opens untrusted: checks work, fixes that write are refused
    name: 'restricted',
    run: () => withWorkspace(ws => runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/exthost/restricted/index'),
      launchArgs: [ws, '--disable-extensions', '--enable-workspace-trust'],
    })),
  },
  {
    // `npm run bench:editor`: Check workspace on a generated portfolio (never in the default runs)
    name: 'bench',
    run: () => withWorkspace(ws => runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/exthost/bench/index'),
      launchArgs: [ws, '--disable-extensions'],
      extensionTestsEnv: { BENCH_PORTFOLIO: process.env.BENCH_PORTFOLIO ?? '1000' },
    })),
  },
  {
    name: 'vsix',
    run: () => {
      const vsix = vsixPath();
      if (!fs.existsSync(vsix)) { throw new Error(`${vsix} not found: run \`npm run package\` first`); }
      // the development extension is an empty probe, so the extension under test is the installed one
      return withWorkspace(ws => runTests({
        vscodeExecutablePath: shim,
        extensionDevelopmentPath: path.join(root, 'test/exthost/probe'),
        extensionTestsPath: path.join(root, 'out/test/exthost/vsix/index'),
        launchArgs: [ws, `--install-extension=${vsix}`],
      }));
    },
  },
  {
    // VS Code for the Web: the packaged extension's browser entry in the web worker extension host
    name: 'web',
    run: async () => {
      const vsix = vsixPath();
      if (!fs.existsSync(vsix)) { throw new Error(`${vsix} not found: run \`npm run package\` first`); }
      const tests = await buildWebTests(root);
      return withWorkspace(ws => runTests({
        vscodeExecutablePath: shim,
        extensionDevelopmentPath: path.dirname(tests),
        extensionTestsPath: tests,
        launchArgs: [ws, '--web', `--install-extension=${vsix}`, `--install-extension=${tests}`],
        extensionTestsEnv: { SHOT_DIR: path.join(shotDir, 'web') },
      }));
    },
  },
];

async function main(): Promise<void> {
  const wanted = (process.env.ODB_EXTHOST_RUNS ?? 'en,zh-tw,restricted,vsix,web').split(',').map(s => s.trim());
  const failed: string[] = [];
  for (const r of all.filter(x => wanted.includes(x.name))) {
    console.log(`\n=== extension host run: ${r.name} ===`);
    try {
      await r.run();
    } catch (err) {
      console.error(`run ${r.name} failed:`, err instanceof Error ? err.message : err);
      failed.push(r.name);
    }
  }
  console.log(failed.length ? `\nextension host runs failed: ${failed.join(', ')}` : '\nall extension host runs passed');
  process.exit(failed.length ? 1 : 0);
}

void main();
