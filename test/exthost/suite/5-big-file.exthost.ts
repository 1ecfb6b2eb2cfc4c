// A CSV over 50 MB: VS Code does not sync it to extensions, so it is read from disk and checked in
// the worker thread; the extension host stays responsive and the diagnostics are capped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activate, codeOf, waitForDiagnostics, wsUri } from './helpers';

const TARGET_BYTES = 55 * 1024 * 1024;

/** Header, then data rows with a blank row every 50 rows: thousands of findings. */
function writeBigCsv(file: string): number {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFF年度,縣市,行業別,受僱員工人數,平均薪資\n');
    let size = 0;
    let row = 0;
    while (size < TARGET_BYTES) {
      const lines: string[] = [];
      for (let i = 0; i < 1000; i++, row++) {
        lines.push(row % 50 === 49 ? '' : `2024,臺北市,製造業${row % 97},${1000 + (row % 5000)},${40000 + (row % 20000)}`);
      }
      const chunk = lines.join('\n') + '\n';
      fs.writeSync(fd, chunk);
      size += Buffer.byteLength(chunk);
    }
    return size;
  } finally {
    fs.closeSync(fd);
  }
}

describe('a 55 MB CSV', () => {
  before(async () => { await activate(); });

  it('is checked from disk in the worker, without freezing the extension host, with capped diagnostics', async () => {
    const uri = wsUri('big/wages-55mb.csv');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    const size = writeBigCsv(uri.fsPath);
    assert.ok(size >= TARGET_BYTES);
    // measure the extension host's event loop while the check runs
    let last = Date.now();
    let worstGap = 0;
    const timer = setInterval(() => { const now = Date.now(); worstGap = Math.max(worstGap, now - last); last = now; }, 20);
    const t0 = Date.now();
    try {
      await vscode.commands.executeCommand('vscode.open', uri);
      const d = await waitForDiagnostics(uri, x => x.some(y => codeOf(y) === 'blank-row'), 120000);
      const cap = vscode.workspace.getConfiguration('opendataBadge').get<number>('maxDiagnosticsPerFile')!;
      assert.equal(d.length, cap + 1, 'capped, plus one summary');
      assert.equal(codeOf(d[d.length - 1]), 'too-many-findings');
    } finally {
      clearInterval(timer);
    }
    console.log(`      55 MB CSV checked in ${Date.now() - t0} ms; worst event-loop gap ${worstGap} ms`);
    assert.ok(worstGap < 1500, `extension host blocked for ${worstGap} ms`);
  });
});
