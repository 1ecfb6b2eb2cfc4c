// The linter's promise to its callers (Check links now, Create metadata, Predict badge), tested
// in the extension host with a checker the test holds: a lint whose check is cancelled by a
// scheduled one resolves only after that newer check has published, however the cancelled
// check ends. The window is opened on purpose here; in the product it is a setting change or a
// sidecar written on disk while a check runs.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { checkBytes } from '../../../src/core/engine';
import { CancelledError } from '../../../src/core/types';
import type { CheckOutcome, FileChecker } from '../../../src/extension/checker';
import { readSettings } from '../../../src/extension/config';
import { DiagnosticFactory, DiagnosticPublisher } from '../../../src/extension/diagnostics';
import { Linter } from '../../../src/extension/linter';
import { ReportStore } from '../../../src/extension/report-store';
import { wsUri } from './helpers';

interface HeldCheck {
  token: vscode.CancellationToken | undefined;
  settle: (outcome: CheckOutcome | null | Error) => void;
}

/** a checker whose checks of `uri` answer when the test says so */
class HeldChecker {
  readonly calls: HeldCheck[] = [];

  constructor(private readonly uri: vscode.Uri) {}

  check(uri: vscode.Uri, _doc: vscode.TextDocument | undefined, token?: vscode.CancellationToken): Promise<CheckOutcome | null> {
    if (uri.toString() !== this.uri.toString()) { return Promise.resolve(null); }
    return new Promise((resolve, reject) => {
      this.calls.push({ token, settle: o => (o instanceof Error ? reject(o) : resolve(o)) });
    });
  }

  isBig(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

/** the held checks are plain promises: no event tells when the linter calls the checker */
async function waitFor(ok: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) { assert.fail(`timed out: ${what}`); }
    await new Promise(r => setTimeout(r, 5));
  }
}

const outcome = (text: string): CheckOutcome => ({
  report: checkBytes({ path: 'held.csv', bytes: new TextEncoder().encode(text) }, { today: '2026-12-04' }),
  editorTextMatches: false,
});

describe('the linter when a scheduled check cancels a running one', () => {
  const toDispose: vscode.Disposable[] = [];
  afterEach(() => { toDispose.splice(0).forEach(d => d.dispose()); });

  const ends: [string, () => CheckOutcome | null | Error][] = [
    ['answers null (cancelled while its metadata was read)', () => null],
    ['throws CancelledError (cancelled in the engine)', () => new CancelledError()],
    ['answers a report anyway (cancelled after it was done)', () => outcome('年度,人數\n2024,1\n')],
  ];
  for (const [how, end] of ends) {
    it(`a lint whose check ${how} resolves after the newer check published`, async () => {
      const uri = wsUri('linter-race/held.csv');
      const checker = new HeldChecker(uri);
      const store = new ReportStore();
      const publisher = new DiagnosticPublisher(new DiagnosticFactory(vscode.Uri.file('/')), () => 500);
      const linter = new Linter(checker as unknown as FileChecker, store, publisher, readSettings);
      toDispose.push(linter, publisher, store);
      let resolved = false;
      const first = linter.lint(uri).then(() => { resolved = true; });
      await waitFor(() => checker.calls.length === 1, 5000, 'the first check started');
      linter.schedule(uri, 0);
      assert.equal(checker.calls[0].token?.isCancellationRequested, true, 'schedule() cancels the running check');
      checker.calls[0].settle(end());
      await waitFor(() => checker.calls.length === 2, 5000, 'the scheduled check started');
      assert.equal(resolved, false, 'the cancelled lint waits for the newer check');
      const newer = outcome('年度,人數\n2024,1\n,\n2025,2\n');
      checker.calls[1].settle(newer);
      await first;
      assert.equal(store.get(uri), newer, 'the caller reads the newer check');
    });
  }
});
