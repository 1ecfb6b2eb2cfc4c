// The table preview on a 1,000,000-row CSV in the real extension host (`npm run bench:editor`):
// the time to the first rows drawn and to every row indexed (with where that time went), the
// latency of a jump to a far row (a page asked for by index), and scrolling a screen at a time.
// It prints figures; it asserts only what must hold (the webview never holds the whole file).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { PreviewRendered } from '../../../src/extension/webview/preview-protocol';
import { activate, waitForEvent, wsUri } from '../suite/helpers';
import { writeMillion } from '../suite/million';

interface PreviewApi {
  rendered(uri: vscode.Uri): PreviewRendered | undefined;
  onDidRender: vscode.Event<unknown>;
  scrollTo(uri: vscode.Uri, row: number, column?: number): boolean;
  timing(uri: vscode.Uri): { readMs: number; headMs: number; detectMs: number; indexMs: number; webviewMs: number | undefined } | undefined;
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${s[s.length - 1]} ms (${s.length} samples)`;
}

describe('benchmark: table preview', () => {
  it('a 1,000,000-row CSV: open, jump, scroll', async function () {
    this.timeout(10 * 60 * 1000);
    const api = (await activate() as unknown as { tablePreview: PreviewApi }).tablePreview;
    const uri = wsUri('bench-preview/million.csv');
    fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    writeMillion(uri.fsPath);
    const drawn = (ok: (r: PreviewRendered) => boolean, ms = 120000) => waitForEvent(api.onDidRender, () => {
      const r = api.rendered(uri);
      return r && ok(r) ? r : undefined;
    }, ms, () => JSON.stringify(api.rendered(uri)));
    try {
      const opens: { first: number; all: number }[] = [];
      const timings: string[] = [];
      for (let run = 0; run < 3; run++) {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const t0 = Date.now();
        const first = drawn(r => r.rowElements > 0).then(() => Date.now() - t0);
        const all = drawn(r => !r.partial && r.rows === 1000001 && r.rowElements > 0);
        await vscode.commands.executeCommand('opendataBadge.previewTable', uri);
        await all;
        opens.push({ first: await first, all: Date.now() - t0 });
        const t = api.timing(uri);
        timings.push(`the webview's page started ${t?.webviewMs} (VS Code's own start of a webview; the rows wait for it); read ${t?.readMs}, first rows back ${t?.headMs}, in the worker detect ${t?.detectMs} + decode, check and index ${t?.indexMs}`);
      }
      const jumps: number[] = [];
      const pages: number[] = [];
      let seed = 12345;
      for (let k = 0; k < 40; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const row = seed % 1000001;
        const t = Date.now();
        const at = drawn(r => r.cursor.row === row && r.first <= row && row <= r.last);
        api.scrollTo(uri, row);
        const r = await at;
        jumps.push(Date.now() - t);
        pages.push(Math.round(r.pageMs));
        assert.ok(r.rowElements < 100, `${r.rowElements} rows in the DOM`);
      }
      const steps: number[] = [];
      const screen = Math.max(1, (api.rendered(uri)?.rowElements ?? 20) - 2);
      for (let k = 0, row = 400000; k < 100; k++, row += screen) {
        const t = Date.now();
        const at = drawn(r => r.cursor.row === row && r.first <= row && row <= r.last);
        api.scrollTo(uri, row);
        await at;
        steps.push(Date.now() - t);
      }
      console.log(`Table preview, 1,000,000-row CSV (${(fs.statSync(uri.fsPath).size / 1048576).toFixed(0)} MB), 3 opens:`);
      console.log(`  first rows drawn: ${opens.map(o => o.first).join(', ')} ms; every row indexed: ${opens.map(o => o.all).join(', ')} ms`);
      timings.forEach((t, k) => console.log(`  open ${k + 1}, ms: ${t}`));
      console.log(`  jump to a random row (page asked for, sent, drawn): ${stats(jumps)}; the page's round trip in the webview: ${stats(pages)}`);
      console.log(`  scrolling a screen (${screen} rows) at a time, 100 steps: ${stats(steps)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });
});
