// The latest check of each file, for the code actions, the prediction, the panel and the status bar.
import * as vscode from 'vscode';
import type { CheckOutcome } from './checker';
import { Disposable } from './dispose';

export class ReportStore extends Disposable {
  private readonly outcomes = new Map<string, CheckOutcome>();
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): CheckOutcome | undefined {
    return this.outcomes.get(uri.toString());
  }

  set(uri: vscode.Uri, outcome: CheckOutcome): void {
    this.outcomes.set(uri.toString(), outcome);
    this.changed.fire(uri);
  }

  delete(uri: vscode.Uri): void {
    if (this.outcomes.delete(uri.toString())) { this.changed.fire(uri); }
  }

  uris(): vscode.Uri[] {
    return [...this.outcomes.keys()].map(k => vscode.Uri.parse(k));
  }
}
