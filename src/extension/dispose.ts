// Ownership of disposables (the pattern of vscode-hexeditor's src/dispose.ts): whatever an object
// creates and must release is registered with it, and disposing the owner releases all of it.
import type * as vscode from 'vscode';

export function disposeAll(items: vscode.Disposable[]): void {
  while (items.length) {
    try { items.pop()?.dispose(); } catch (e) { console.error('[opendata-badge] dispose failed', e); }
  }
}

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  public dispose(): void {
    if (this.disposed) { return; }
    this.disposed = true;
    disposeAll(this.owned);
  }

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Registers `value` to be disposed with this object (immediately when already disposed). */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) { value.dispose(); } else { this.owned.push(value); }
    return value;
  }
}
