// The engine's verified text fixes for an open document, and "fix all": the fixes applied one
// after another (each computed again on the result of the previous one, so edits never clash).
import type * as vscode from 'vscode';
import { FIX_ORDER, applyEdits, textFixes, type TextFix } from '../core/fixes';
import type { FileFormat, FixId } from '../core/types';
import { enginePath } from './file-access';

export interface FixAllResult {
  text: string;
  applied: FixId[];
  /** title / notes rows taken out, for the metadata's 備註 */
  removedText: string[];
}

/** where a big document's fixes are computed (the engine's worker), and what is big */
export interface OffThreadFixes {
  isBig(doc: vscode.TextDocument): boolean;
  textFixes(input: { path: string; text: string; format: FileFormat }): Promise<TextFix[]>;
}

/**
 * Text fixes of a document, remembered for its current version; a big document's are worked out
 * in the worker (each fix is verified by analysing the fixed text again: seconds for 20 MB).
 */
export class TextFixCache {
  private readonly entries = new Map<string, { version: number; fixes: Promise<TextFix[]> }>();

  constructor(private readonly offThread: OffThreadFixes) {}

  get(doc: vscode.TextDocument, format: FileFormat): Promise<TextFix[]> {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) { return hit.fixes; }
    const input = { path: enginePath(doc.uri), text: doc.getText(), format };
    const fixes = (this.offThread.isBig(doc) ? this.offThread.textFixes(input) : Promise.resolve().then(() => textFixes(input)))
      .catch(e => {
        console.error('[opendata-badge] textFixes', e);
        return [];
      });
    this.entries.set(key, { version: doc.version, fixes });
    return fixes;
  }

  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }
}

/** `skip`: fixes left out (title / notes rows when their text cannot be kept in the metadata). */
export function fixAll(path: string, text: string, format: FileFormat, skip: readonly FixId[] = []): FixAllResult | null {
  let current = text;
  const applied: FixId[] = [];
  const removedText: string[] = [];
  for (const id of FIX_ORDER.filter(f => !skip.includes(f))) {
    const fix = textFixes({ path, text: current, format }).find(f => f.id === id);
    // a fix on an uncertain decision is only ever applied from its own preview
    if (!fix || fix.edits.length === 0 || fix.review) { continue; }
    current = applyEdits(current, fix.edits);
    applied.push(id);
    removedText.push(...(fix.removedText ?? []));
  }
  return applied.length ? { text: current, applied, removedText } : null;
}
