// The web host's test extension (bundled by build.ts into out/test/exthost/web-ext/main.js):
// on activation, in the web worker extension host beside the extension under test, it runs the
// suites of ./suite with mocha's browser build, and writes mocha's output (output.log, as it
// goes) and the result (result.txt: "passes failures") into the workspace's .odb-web-test/.
import { format } from 'util';
import * as vscode from 'vscode';
import './suite/web-core.web';
import { channelUri, workspaceStore } from './store';

interface BrowserMocha {
  setup(opts: Record<string, unknown>): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

declare const mocha: BrowserMocha;
declare const Mocha: { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } };

export function activate(): void {
  void run();
}

async function run(): Promise<void> {
  const store = workspaceStore();
  let log = '';
  let flushing: Promise<void> = Promise.resolve();
  // the whole log each time: vscode.workspace.fs cannot append
  const flush = () => { flushing = flushing.then(() => store.write('output.log', log)).catch(() => undefined); return flushing; };
  const timer = setInterval(() => { void flush(); }, 300);
  const write = (...a: unknown[]) => { log += format(...a) + '\n'; };
  Mocha.reporters.Base.consoleLog = write;
  // the tests' console.log (their measurements) goes to the log too, as in the node host's runs
  const forward = console.log.bind(console);
  try {
    Object.defineProperty(console, 'log', { configurable: true, get: () => (...a: unknown[]) => { write(...a); forward(...a); } });
  } catch { /* keep the default forwarding */ }
  // the bdd interface is set up already (mocha-bdd.js): the suites were defined on import
  mocha.setup({ reporter: 'spec', timeout: 60000, color: false });
  try {
    const { passes, failures } = await new Promise<{ passes: number; failures: number }>(resolve => {
      const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    });
    log += `web host: ${passes} passed, ${failures} failed\n`;
    clearInterval(timer);
    await flush();
    await vscode.workspace.fs.writeFile(channelUri('result.txt'), new TextEncoder().encode(`${passes} ${failures}`));
  } catch (e) {
    log += `web host: the run failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`;
    clearInterval(timer);
    await flush();
    await vscode.workspace.fs.writeFile(channelUri('result.txt'), new TextEncoder().encode('0 1'));
  }
}
