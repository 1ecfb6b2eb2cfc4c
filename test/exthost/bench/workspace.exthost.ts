// "Check workspace" on a ministry-sized portfolio, in the real extension host: the same generated
// 1,000 datasets (and 50 OpenAPI documents) as `npm run bench`'s CLI report, timed against a
// one-dataset check in the same run. It prints figures; it asserts only that the editor's
// portfolio is the CLI's (no timing thresholds: the machines are shared and noisy).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { writePortfolio } from '../../bench/portfolio';
import { activate, wsUri } from '../suite/helpers';

const DATASETS = Number(process.env.BENCH_PORTFOLIO ?? 1000);

describe('benchmark: Check workspace', () => {
  it(`${DATASETS} datasets, against 1 dataset in the same run`, async function () {
    this.timeout(30 * 60 * 1000);
    const api = await activate();
    const dir = wsUri('bench-portfolio');
    writePortfolio(dir.fsPath, DATASETS);
    try {
      const time = async (folder: vscode.Uri) => {
        const t = Date.now();
        const r = await api.checkWorkspace(folder);
        return { ms: Date.now() - t, r };
      };
      const one = await time(vscode.Uri.joinPath(dir, 'dataset-0001'));
      const first = await time(dir);
      const again = await time(dir);
      console.log(`Check workspace (editor, ${first.r.checked} files)`);
      console.log(`  1 dataset: ${one.ms} ms (the baseline)`);
      console.log(`  ${first.r.portfolio.datasets.length} datasets and ${first.r.portfolio.apis.length} OpenAPI documents: ` +
        `${(first.ms / 1000).toFixed(1)} s, score ${first.r.portfolio.score}; ratio to 1 dataset: ${(first.ms / one.ms).toFixed(1)}`);
      console.log(`  checked again: ${(again.ms / 1000).toFixed(1)} s; ratio to 1 dataset: ${(again.ms / one.ms).toFixed(1)}`);
      // the same files through the command line give the same portfolio
      const cli = spawnSync(process.execPath, [path.resolve(__dirname, '../../../../dist/cli.js'), 'report', dir.fsPath, '--format', 'json', '--offline'],
        { encoding: 'utf8', maxBuffer: 1 << 28 });
      const expected = JSON.parse(cli.stdout) as { score: number; counts: unknown; bonus: number };
      assert.deepEqual([first.r.portfolio.score, first.r.portfolio.counts, first.r.portfolio.bonus], [expected.score, expected.counts, expected.bonus]);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });
});
