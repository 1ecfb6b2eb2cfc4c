// Runs mocha inside the extension host and copies its output to the file the driver
// (test/host/run-tests.js) streams to the terminal.
import * as fs from 'node:fs';
import * as util from 'node:util';
import Mocha from 'mocha';

export function runMocha(files: string[]): Promise<void> {
  const out = process.env.EXT_TEST_OUTPUT;
  if (out) {
    const write = (...a: unknown[]) => fs.appendFileSync(out, util.format(...a) + '\n');
    (Mocha.reporters.Base as unknown as { consoleLog: typeof write }).consoleLog = write;
    // console.* in the extension host is a getter-only property (forwarded to the workbench), so
    // plain assignment is ignored; redefine it to also copy the tests' console.log to the file.
    const log = console.log.bind(console);
    try {
      Object.defineProperty(console, 'log', { configurable: true, get: () => (...a: unknown[]) => { write(...a); log(...a); } });
    } catch { /* keep default forwarding */ }
  }
  const grep = process.env.ODB_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, ...(grep ? { grep } : {}) });
  for (const f of files) { mocha.addFile(f); }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const s = runner.stats!;
      Mocha.reporters.Base.consoleLog(`exthost: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
      if (failures > 0) { reject(new Error(`${failures} test(s) failed`)); } else { resolve(); }
    });
  });
}
